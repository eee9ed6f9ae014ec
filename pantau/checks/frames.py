"""One DataFrame per table for a whole batch of extractions (what the schemas validate).

Articles, claims and membership are the rows the batch stages and loads (Arrow tables of
sql/00_tables.sql's types, pantau.pipeline.stage_batch) read as pandas, plus what a check
needs beside them (publication date, benefit band): validation sees exactly what is
loaded. Breakdowns, changes and weekdays are not stored; their frames are built from the
extractions with plain Python lists and typed once per column.

Every row carries `article_id` and its index into that article's extraction list, so a
failure case maps back to the figure it flags.
"""
from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pantau.checks.bands import band_for, load_bands
from pantau.checks.context import count_beside, running_at_publication
from pantau.checks.sums import all_breakdowns, all_changes, gap_printed
from pantau.checks.precision import effective_tolerance
from pantau.model import Extraction, RawArticle

Batch = list[tuple[str, RawArticle, Extraction]]


DATE_COLUMNS = {"published_date", "period_start", "period_end", "stated_date"}
NOT_A_NUMBER = -1  # an unreadable value in a number column: the schema's ge(0) rule flags the row


# pandas' nanosecond timestamps hold 1677-09-21 to 2262-04-11 only.
FIRST_CHECKABLE, LAST_CHECKABLE = date(1678, 1, 1), date(2261, 12, 31)


def checkable_date(value) -> bool:
    """A date the frames can hold (or no date): what extraction gives (years 1900-2100)."""
    if value is None or not isinstance(value, date):
        return True
    day = value.date() if isinstance(value, datetime) else value
    return FIRST_CHECKABLE <= day <= LAST_CHECKABLE


def _dates(values: list) -> pd.Series:
    """A datetime64[ns] column that never overflows: a date outside FIRST/LAST_CHECKABLE is
    NaT here (validate_batch says so on its article) instead of failing the whole batch."""
    safe = [value if checkable_date(value) else None for value in values]
    stamps = pd.Series(pd.to_datetime(pd.Series(safe, dtype=object), errors="coerce"))
    try:
        return stamps.astype("datetime64[ns]")
    except (pd.errors.OutOfBoundsDatetime, OverflowError, TypeError, ValueError):
        # text read as a far date, or a mixed column: what cannot be held is NaT
        stamps = stamps.map(lambda v: v if isinstance(v, pd.Timestamp) and checkable_date(v) else pd.NaT)
        return pd.Series(pd.to_datetime(stamps, errors="coerce")).astype("datetime64[ns]")


def _typed(values: list, dtype: str) -> pd.Series:
    """A column of `dtype` that never raises: a value of the wrong type becomes NOT_A_NUMBER
    (numbers) or text, so the schema reports that row instead of the batch crashing."""
    if dtype != "bool":
        try:  # the common case: every value already has the right type
            return pd.Series(values, dtype=dtype)
        except (TypeError, ValueError, OverflowError):
            pass
    raw = pd.Series(values, dtype=object)
    if dtype == "str":
        return raw.where(raw.isna(), raw.astype(str)).astype("str")
    if dtype == "bool":
        return raw.map(lambda v: bool(v) if isinstance(v, (bool, int)) else False).astype("bool")
    numbers = pd.to_numeric(raw, errors="coerce")
    if dtype in ("int64", "Int64"):  # a count beyond 64 bits (a garbled figure) is unreadable here
        numbers = numbers.astype("float64").where(numbers.astype("float64").abs() < 2.0 ** 63)
    unreadable = numbers.isna() & raw.notna()
    numbers = numbers.mask(unreadable, NOT_A_NUMBER)
    if dtype == "int64":
        return numbers.fillna(NOT_A_NUMBER).round().astype("int64")
    if dtype == "Int64":
        return numbers.round().astype("Int64")
    return numbers.astype("float64")


def _frame(columns: dict[str, list], types: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({name: _dates(values) if name in DATE_COLUMNS else _typed(values, types.get(name, "str"))
                         for name, values in columns.items()})


def _staged(items: Batch, staged, table: str) -> pa.Table:
    """The batch's staged rows of `table` (pantau.pipeline.stage_batch): given by the
    pipeline, which writes these very rows to Parquet, or staged here for a caller that
    validates extractions alone (tests, the workers' warm-up)."""
    if staged is None:
        from pantau.pipeline import stage_batch

        staged = stage_batch(items, run_id="")
    return staged.tables[table]


def _text(column: pa.ChunkedArray) -> pd.Series:
    return pd.Series(column.to_pandas(), dtype="str")


def _required_int(column: pa.ChunkedArray) -> pd.Series:
    """A column the models require: a missing value (one staging could not hold, or None)
    becomes NOT_A_NUMBER, so the schema flags the row instead of the column failing."""
    return column.to_pandas().fillna(NOT_A_NUMBER).astype("int64")


def _flag(column: pa.ChunkedArray) -> pd.Series:
    return column.to_pandas().fillna(False).astype("bool")


def _staged_dates(column: pa.ChunkedArray) -> pd.Series:
    return _dates(column.to_pylist())


def articles_frame(items: Batch, staged=None) -> pd.DataFrame:
    table = _staged(items, staged, "articles")
    return pd.DataFrame({"article_id": _text(table["article_id"]),
                         "published_date": _staged_dates(table["published_date"]),
                         "office": _text(table["office"])})


def _figure_frame(items: Batch, table: pa.Table) -> pd.DataFrame:
    """Columns every figure frame has: the article, the row's index into the article's
    extraction list (rows are staged in that order), the evidence span, the period and
    the article's publication date."""
    published = {article_id: ex.published_date for article_id, _raw, ex in items}
    article_ids = _text(table["article_id"])
    return pd.DataFrame({
        "article_id": article_ids,
        "figure_index": article_ids.groupby(article_ids, sort=False).cumcount().astype("int64"),
        "period_start": _staged_dates(table["period_start"]),
        "period_end": _staged_dates(table["period_end"]),
        "published_date": _dates([published.get(a) for a in table["article_id"].to_pylist()]),
        "office": _text(table["office"]),
        "start_char": _required_int(table["start_char"]),
        "end_char": _required_int(table["end_char"]),
    })


def claims_frame(items: Batch, staged=None) -> pd.DataFrame:
    """The staged claim_figures rows, typed as schemas.ClaimsFrame validates them (the
    amount as a float: the checks compute with it), with the benefit band in force."""
    table = _staged(items, staged, "claim_figures")
    frame = _figure_frame(items, table)
    programs = table["program"].to_pylist()
    frame["program"] = pd.Series(programs, dtype="str")
    frame["cases"] = table["cases"].to_pandas().astype("Int64")
    frame["amount_idr"] = pc.cast(table["amount_idr"], pa.float64()).to_pandas().astype("float64")
    frame["is_prior_period"] = _flag(table["is_prior_period"])
    bands = load_bands()
    published = {article_id: ex.published_date for article_id, _raw, ex in items}
    found = [band_for(program, end or published.get(article_id), bands) for program, end, article_id
             in zip(programs, table["period_end"].to_pylist(), table["article_id"].to_pylist())]
    frame["band_min"] = pd.Series([b.min_idr if b else None for b in found], dtype="float64")
    frame["band_max"] = pd.Series([b.max_idr if b else None for b in found], dtype="float64")
    # What the text around a figure settles (pantau.checks.context), read only where it can matter.
    beside, running = [], []
    for _article_id, raw, ex in items:
        for claim in ex.claims:
            beside.append(claim.amount_idr is not None and claim.cases is None and not claim.is_prior_period
                          and claim.program != "TOTAL" and _safely(count_beside, raw, ex, claim))
            running.append(_safely(running_at_publication, raw, claim.start_char, claim.end_char, claim.period_end,
                                   ex.published_date))
    frame["count_beside"] = pd.Series(beside if len(beside) == len(frame) else [False] * len(frame), dtype="bool")
    frame["running"] = pd.Series(running if len(running) == len(frame) else [False] * len(frame), dtype="bool")
    return frame


def _safely(read, *args) -> bool:
    """A reading of the text that fails silences nothing (the finding stands)."""
    try:
        return bool(read(*args))
    except Exception:  # noqa: BLE001 - a context reading must not cost the batch its checks
        return False


def membership_frame(items: Batch, staged=None) -> pd.DataFrame:
    """The staged membership_figures rows, typed as schemas.MembershipFrame validates them."""
    table = _staged(items, staged, "membership_figures")
    frame = _figure_frame(items, table)
    frame["metric"] = _text(table["metric"])
    frame["value"] = table["value"].to_pandas().fillna(NOT_A_NUMBER).astype("float64")
    running = [_safely(running_at_publication, raw, m.start_char, m.end_char, m.period_end, ex.published_date)
               for _article_id, raw, ex in items for m in ex.membership]
    frame["running"] = pd.Series(running if len(running) == len(frame) else [False] * len(frame), dtype="bool")
    return frame


def breakdowns_frame(items: Batch) -> pd.DataFrame:
    names = ("article_id", "breakdown_index", "total", "total_tolerance", "parts_sum", "parts_tolerance",
             "unknown_parts", "n_parts", "exhaustive", "start_char", "end_char", "parts_key", "gap_printed",
             "parts_above_total")
    cols: dict[str, list] = {name: [] for name in names}
    for article_id, raw, ex in items:
        breakdowns = all_breakdowns(ex)
        for i, b in enumerate(breakdowns):
            known = [(value, effective_tolerance(value, tol)) for _label, value, tol, _span in b.parts
                     if value is not None]
            parts_sum, parts_tolerance = sum(v for v, _ in known), sum(t for _, t in known)
            total_tolerance = effective_tolerance(b.total, b.total_tolerance)
            row = (article_id, i, b.total, total_tolerance, parts_sum, parts_tolerance,
                   len(b.parts) - len(known), len(b.parts), bool(b.exhaustive),
                   b.total_span[0], b.total_span[1],
                   f"{article_id}|" + ";".join(f"{span[0]}-{span[1]}" for *_rest, span in b.parts),
                   _safely(gap_printed, raw, b, parts_sum, parts_tolerance + total_tolerance, breakdowns),
                   sum(value - tol > b.total + total_tolerance for value, tol in known))
            for name, value in zip(names, row):
                cols[name].append(value)
    return _frame(cols, {"article_id": "str", "breakdown_index": "int64", "total": "float64",
                         "total_tolerance": "float64", "parts_sum": "float64", "parts_tolerance": "float64",
                         "unknown_parts": "int64", "n_parts": "int64", "exhaustive": "bool",
                         "start_char": "int64", "end_char": "int64", "gap_printed": "bool",
                         "parts_above_total": "int64"})


def changes_frame(items: Batch) -> pd.DataFrame:
    names = ("article_id", "change_index", "percent", "percent_tolerance", "from_value", "from_tolerance",
             "to_value", "to_tolerance", "start_char", "end_char", "percent_key")
    cols: dict[str, list] = {name: [] for name in names}
    for article_id, raw, ex in items:
        for i, c in enumerate(all_changes(raw, ex)):
            row = (article_id, i, c.percent, c.percent_tolerance, c.from_value,
                   effective_tolerance(c.from_value, c.from_tolerance), c.to_value,
                   effective_tolerance(c.to_value, c.to_tolerance), c.start_char, c.end_char,
                   f"{article_id}|{c.percent:g}")
            for name, value in zip(names, row):
                cols[name].append(value)
    types = {name: "float64" for name in names[2:8]}
    return _frame(cols, {**types, "article_id": "str", "change_index": "int64", "start_char": "int64",
                         "end_char": "int64"})


def weekdays_frame(items: Batch) -> pd.DataFrame:
    from pantau.checks.wording import normal_weekday

    names = ("article_id", "weekday_index", "weekday", "stated_date", "start_char", "end_char")
    cols: dict[str, list] = {name: [] for name in names}
    for article_id, _raw, ex in items:
        for i, w in enumerate(ex.weekdays):
            row = (article_id, i, normal_weekday(w.weekday), w.stated_date, w.start_char, w.end_char)
            for name, value in zip(names, row):
                cols[name].append(value)
    return _frame(cols, {"article_id": "str", "weekday_index": "int64", "weekday": "str",
                         "start_char": "int64", "end_char": "int64"})
