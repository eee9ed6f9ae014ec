"""validate_batch: one DataFrame per table for the whole batch, validated lazily by the
Pandera models of schemas/, every failure case turned into a per-article Finding. The
articles, claims and membership frames are the batch's staged rows (what is loaded)."""
from __future__ import annotations

import logging
import math
from collections.abc import Callable

import pandas as pd
import pandera.pandas as pa

import schemas
from pantau.checks import findings as fb
from pantau.checks import frames
from pantau.checks.context import separators_settled
from pantau.checks.headline import headline_conflicts
from pantau.extract.dates import implausible_dates
from pantau.model import Extraction, Finding, RawArticle

log = logging.getLogger(__name__)

Batch = list[tuple[str, RawArticle, Extraction]]

# Frames built from the staged rows: validation frame -> the staged table behind it.
STAGED_FRAMES = {"articles": "articles", "claims": "claim_figures", "membership": "membership_figures"}

# table -> (frame builder, schema); the builders of STAGED_FRAMES also take the staged batch.
TABLES: dict[str, tuple[Callable[..., pd.DataFrame], type[pa.DataFrameModel]]] = {
    "articles": (frames.articles_frame, schemas.ArticlesFrame),
    "claims": (frames.claims_frame, schemas.ClaimsFrame),
    "membership": (frames.membership_frame, schemas.MembershipFrame),
    "breakdowns": (frames.breakdowns_frame, schemas.BreakdownsFrame),
    "changes": (frames.changes_frame, schemas.ChangesFrame),
    "weekdays": (frames.weekdays_frame, schemas.WeekdaysFrame),
}


def failure_cases(schema: type[pa.DataFrameModel], frame: pd.DataFrame) -> pd.DataFrame:
    """Pandera's failure cases (check, column, index, failure_case); empty when all pass."""
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return errors.failure_cases
    return pd.DataFrame(columns=["check", "column", "index", "failure_case"])


def _plain(value):
    """numpy/pandas scalars to Python ones (int indices, None for missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _records(frame: pd.DataFrame, indices) -> dict[int, dict]:
    """The failing rows as plain dicts, read from the frame in one go."""
    wanted = sorted({int(i) for i in (_plain(i) for i in indices) if i is not None and i in frame.index})
    rows = frame.loc[wanted].to_dict("index") if wanted else {}
    return {int(i): {name: _plain(value) for name, value in row.items()} for i, row in rows.items()}


def unreadable_findings(table: str, frame: pd.DataFrame, unreadable: list[tuple[int, str, object]],
                        by_id: dict[str, tuple[RawArticle, Extraction]]) -> list[tuple[str, Finding]]:
    """A value staging could not hold in its column's type (staged as NULL): reported
    like a broken column rule."""
    out = []
    records = _records(frame, [i for i, _column, _value in unreadable])
    for index, column, value in unreadable:
        row = records.get(index)
        if row is None:
            continue
        raw, _ex = by_id[row["article_id"]]
        out.append((row["article_id"], fb.unstorable_value(table, row, column, value, raw)))
    return out


def table_findings(table: str, frame: pd.DataFrame, by_id: dict[str, tuple[RawArticle, Extraction]],
                   unreadable: list[tuple[int, str, object]] = ()) -> list[tuple[str, Finding]]:
    """Validate one table's frame and build a Finding per failing row and check."""
    builder, schema = TABLES[table]
    if frame.empty:
        return []
    cases = failure_cases(schema, frame)
    out: list[tuple[str, Finding]] = unreadable_findings(table, frame, list(unreadable), by_id)
    seen: set[tuple[str, int]] = {("invalid", i) for i, _c, _v in unreadable}
    builders = fb.BUILDERS.get(table, {})
    # A row that breaks a column rule is reported once as such; its other checks would
    # only repeat the misreading (or trip over it).
    records = _records(frame, cases["index"])
    broken = {_plain(i) for c, i in zip(cases["check"], cases["index"]) if str(c) not in builders}
    broken |= {i for i, _c, _v in unreadable}
    for check, column, index, value in zip(cases["check"], cases["column"], cases["index"], cases["failure_case"]):
        index = _plain(index)
        if index is None or index not in frame.index:
            # A column-level failure (missing column, wrong dtype): a bug of ours, not of the article.
            log.error("schema %s failed on %s: %s %s", table, column, check, value)
            continue
        key = (str(check) if str(check) in builders else "invalid", int(index))
        if str(check) in builders and index in broken:
            continue
        if key in seen:
            continue  # a dataframe check reports each failing row once per column
        seen.add(key)
        row = records[int(index)]
        article_id = row["article_id"]
        raw, ex = by_id[article_id]
        try:
            build = builders.get(str(check))
            result = build(row, raw, ex) if build else fb.invalid_row(table, row, str(column), str(check),
                                                                     _plain(value), raw)
        except Exception as exc:  # noqa: BLE001 - a message bug must not lose the batch
            log.debug("building a %s finding failed", check, exc_info=True)
            result = fb.finding("check_failed", raw, None, None,
                                args={"check": str(check), "error": f"{type(exc).__name__}: {exc}"})
        out.append((article_id, result))
    return out


def _check_failed(raw: RawArticle, what: str, exc: BaseException | None, found: str) -> Finding:
    reason = f" ({type(exc).__name__}: {exc})" if exc is not None else ""
    return fb.finding("check_failed", raw, None, None, key="check_failed.article",
                      args={"what": what, "reason": reason, "found": found})


def _one_table(table: str, items: Batch, staged, by_id: dict[str, tuple[RawArticle, Extraction]]
               ) -> list[tuple[str, Finding]]:
    build_frame, _schema = TABLES[table]
    if table in STAGED_FRAMES:
        if staged is None:
            from pantau.pipeline import stage_batch

            staged = stage_batch(items, run_id="")
        return table_findings(table, build_frame(items, staged), by_id,
                              staged.unreadable.get(STAGED_FRAMES[table], []))
    return table_findings(table, build_frame(items), by_id)


def isolated_table_findings(table: str, items: Batch, by_id: dict[str, tuple[RawArticle, Extraction]],
                            staged=None) -> list[tuple[str, Finding]]:
    """One table's findings for the batch. Validating a table is one frame for the whole
    batch; when that fails, the batch is halved (and its halves staged again) until the
    article that cannot be checked is alone: it gets a check_failed finding, every other
    article its findings."""
    try:
        return _one_table(table, items, staged, by_id)
    except Exception as exc:  # noqa: BLE001 - one article must not cost its batch the checks
        if len(items) > 1:
            half = len(items) // 2
            return (isolated_table_findings(table, items[:half], by_id)
                    + isolated_table_findings(table, items[half:], by_id))
        log.debug("validating %s failed", table, exc_info=True)
        article_id, raw, _ex = items[0]
        return [(article_id, _check_failed(raw, table, exc, table))]


def _dates_of(ex: Extraction) -> list:
    return [ex.published_date,
            *(d for c in ex.claims for d in (c.period_start, c.period_end)),
            *(d for m in ex.membership for d in (m.period_start, m.period_end)),
            *(w.stated_date for w in ex.weekdays)]


def _article_findings(article_id: str, raw: RawArticle, ex: Extraction) -> list[tuple[str, Finding]]:
    """The checks that read one article at a time (not a frame)."""
    out = []
    far = sorted({str(d) for d in _dates_of(ex) if not frames.checkable_date(d)})
    if far:  # the frames hold no such date (frames._dates): say which checks did not see it
        out.append((article_id, _check_failed(raw, f"figures dated {', '.join(far)}", None, ", ".join(far))))
    for problem in ex.number_problems:
        guess = fb.guessed_reading(problem.detail) if problem.check_name == "ambiguous_number" else None
        if guess and separators_settled(raw.body_text or "", problem.start_char, problem.end_char, guess[1]):
            continue  # the article's own figures settle the separator, as pantau read it
        out.append((article_id, fb.number_problem(problem, raw)))
    if "replaced" in (raw.encoding or ""):  # sources.decode_text: mostly UTF-8, a few bad bytes
        out.append((article_id, fb.undecodable_bytes(raw)))
    for start, end, written in implausible_dates(raw.body_text or ""):
        out.append((article_id, fb.implausible_date(raw, start, end, written)))
    # The title is not body text, so no claim row carries its figure: compared here.
    out += [(article_id, finding) for finding in headline_conflicts(raw, ex)]
    return out


def validate_batch(items: Batch, staged=None) -> list[tuple[str, Finding]]:
    """Per-article findings for a batch (see pantau.checks for the contract). `staged`: the
    batch's staged rows (pantau.pipeline.stage_batch), staged here when not given. Nothing an
    article holds can cost another article its findings."""
    by_id = {article_id: (raw, ex) for article_id, raw, ex in items}
    results: list[tuple[str, Finding]] = []
    for table in TABLES:
        results += isolated_table_findings(table, items, by_id, staged)
    for article_id, raw, ex in items:
        try:
            results += _article_findings(article_id, raw, ex)
        except Exception as exc:  # noqa: BLE001
            log.debug("checking article %s failed", article_id, exc_info=True)
            results.append((article_id, _check_failed(raw, "number readings, dates and headline", exc, "article")))
    return results
