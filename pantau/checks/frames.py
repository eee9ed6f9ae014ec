"""One DataFrame per table for a whole batch of extractions (what the schemas validate).

Every row carries `article_id` and its index into that article's extraction list, so a
failure case maps back to the figure it flags. Built with plain Python lists (fast for a
few thousand rows) and typed once per column.
"""
from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from pantau.checks.bands import band_for, load_bands
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


def articles_frame(items: Batch) -> pd.DataFrame:
    cols = {"article_id": [], "published_date": [], "office": []}
    for article_id, _raw, ex in items:
        cols["article_id"].append(article_id)
        cols["published_date"].append(ex.published_date)
        cols["office"].append(ex.office)
    return _frame(cols, {"article_id": "str", "office": "str"})


def claims_frame(items: Batch) -> pd.DataFrame:
    bands = load_bands()
    names = ("article_id", "figure_index", "program", "cases", "amount_idr", "period_start", "period_end",
             "published_date", "is_prior_period", "office", "start_char", "end_char", "band_min", "band_max")
    cols: dict[str, list] = {name: [] for name in names}
    for article_id, _raw, ex in items:
        for i, claim in enumerate(ex.claims):
            band = band_for(claim.program, claim.period_end or ex.published_date, bands)
            row = (article_id, i, claim.program, claim.cases, claim.amount_idr, claim.period_start,
                   claim.period_end, ex.published_date, bool(claim.is_prior_period), claim.office,
                   claim.start_char, claim.end_char, band.min_idr if band else None, band.max_idr if band else None)
            for name, value in zip(names, row):
                cols[name].append(value)
    return _frame(cols, {"article_id": "str", "figure_index": "int64", "program": "str", "cases": "Int64",
                         "amount_idr": "float64", "is_prior_period": "bool", "office": "str",
                         "start_char": "int64", "end_char": "int64", "band_min": "float64", "band_max": "float64"})


def membership_frame(items: Batch) -> pd.DataFrame:
    names = ("article_id", "figure_index", "metric", "value", "period_start", "period_end", "published_date",
             "office", "start_char", "end_char")
    cols: dict[str, list] = {name: [] for name in names}
    for article_id, _raw, ex in items:
        for i, m in enumerate(ex.membership):
            row = (article_id, i, m.metric, m.value, m.period_start, m.period_end, ex.published_date, m.office,
                   m.start_char, m.end_char)
            for name, value in zip(names, row):
                cols[name].append(value)
    return _frame(cols, {"article_id": "str", "figure_index": "int64", "metric": "str", "value": "float64",
                         "office": "str", "start_char": "int64", "end_char": "int64"})


def breakdowns_frame(items: Batch) -> pd.DataFrame:
    names = ("article_id", "breakdown_index", "total", "total_tolerance", "parts_sum", "parts_tolerance",
             "unknown_parts", "n_parts", "exhaustive", "start_char", "end_char", "parts_key")
    cols: dict[str, list] = {name: [] for name in names}
    for article_id, _raw, ex in items:
        for i, b in enumerate(ex.breakdowns):
            known = [(value, effective_tolerance(value, tol)) for _label, value, tol, _span in b.parts
                     if value is not None]
            row = (article_id, i, b.total, effective_tolerance(b.total, b.total_tolerance), sum(v for v, _ in known),
                   sum(t for _, t in known), len(b.parts) - len(known), len(b.parts), bool(b.exhaustive),
                   b.total_span[0], b.total_span[1],
                   f"{article_id}|" + ";".join(f"{span[0]}-{span[1]}" for *_rest, span in b.parts))
            for name, value in zip(names, row):
                cols[name].append(value)
    return _frame(cols, {"article_id": "str", "breakdown_index": "int64", "total": "float64",
                         "total_tolerance": "float64", "parts_sum": "float64", "parts_tolerance": "float64",
                         "unknown_parts": "int64", "n_parts": "int64", "exhaustive": "bool",
                         "start_char": "int64", "end_char": "int64"})


def changes_frame(items: Batch) -> pd.DataFrame:
    names = ("article_id", "change_index", "percent", "percent_tolerance", "from_value", "from_tolerance",
             "to_value", "to_tolerance", "start_char", "end_char")
    cols: dict[str, list] = {name: [] for name in names}
    for article_id, _raw, ex in items:
        for i, c in enumerate(ex.changes):
            row = (article_id, i, c.percent, c.percent_tolerance, c.from_value,
                   effective_tolerance(c.from_value, c.from_tolerance), c.to_value,
                   effective_tolerance(c.to_value, c.to_tolerance), c.start_char, c.end_char)
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
