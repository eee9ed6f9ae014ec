"""conflicting_figures: the same subject (kind, program or metric, office, period, prior
flag) carrying different values, within one article or across articles.

What is NOT a conflict:
- a restatement that rounds (|a - b| within both printed tolerances) or truncates (the
  less precise figure is the other cut to its printed precision: 1,47 triliun vs
  1.474.200.000.000);
- the parts of a stated breakdown: within one article, two or more smaller figures that
  together stay within the article's largest figure of the group are taken as its parts (and
  a claim whose amount is such a part has its case count taken as a part too);
- single payouts (a claim of one case: two heirs are two subjects);
- two values in one sentence: a sentence does not contradict itself, it lists subjects its
  words tell apart (places, years, segments) even when the figures' office and period say
  otherwise;
- two articles' values for a period neither states (a count "now" in 2016 and in 2017);
- three and more values of one subject within one article: a series or a list its words tell apart
  (years, provinces, months) where the figures' period and office do not; a figure said twice
  differently has two values (measured on the dev sets and real pages: every within-article group of
  three values a reviewer saw was such a list, and dropping them lost no expected conflict).

The comparison is set-based SQL (sql/load/conflicts.sql), run by the loader over the
warehouse inside the load transaction, and here over plain records (tests, tools) in an
in-memory DuckDB: one implementation. Values are compared as distinct (value, tolerance)
pairs, so a national figure restated by a thousand articles costs a handful of
comparisons; a group (one office, program or metric, period and value field) of more than
MAX_FIGURES figures or MAX_VALUES different values is not compared pairwise, and each of
its articles gets a check_failed warning saying so, so the write lock stays short whatever
an article holds.
This module turns the SQL's rows into findings with words.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime
from pathlib import Path

from pantau.checks.severity import SEVERITY
from pantau.checks.wording import format_count, format_rupiah
from pantau.model import Finding
from pantau.review.messages import render

CONFLICT_SQL = Path(__file__).resolve().parent.parent.parent / "sql" / "load" / "conflicts.sql"
# The most figures, and different printed values, one group (office x program or metric x
# period x prior flag x value field) is compared in: the pairwise work grows with the square
# of either. Real groups hold a handful of values (at most 7 in a 20 000-article corpus), and
# as many figures as articles restate them; a table pasted into one article can hold thousands.
MAX_FIGURES = 2000
MAX_VALUES = 200
# The columns of the records find_conflicts takes (sql/load/conflict_figures.sql makes them).
RECORD_COLUMNS = ("kind", "figure_id", "article_id", "key", "office", "period_start", "period_end",
                  "is_prior_period", "value_field", "value", "tolerance", "start_char", "end_char", "is_new",
                  "sentence_start")
# How far apart two values of one subject may be and still be two readings of one quantity. Measured
# on 90 annotated articles (dev sets and real pages): every conflict a reviewer confirmed differed by
# less than a factor of 1.4 (4.404 vs 4.440 kasus, 2,2 vs 2,5 juta); every pair further apart was two
# subjects the figure's words did not tell apart (a region and its city, a year and a month, JHT and one
# cause of it), which a reviewer rejects.
MAX_CONFLICT_RATIO = 1.5
# Where a figure's sentence begins in its article's text: two different values of one subject in
# one sentence are two things the sentence lists (causes, places, segments), never one said twice.
SENTENCE_END_RE = re.compile(r"(?s)(?:.*(?:[.!?][\"”’)]*\s|\n))?(.*)$")


def sentence_start(body: str, start_char: int | None) -> int | None:
    """The offset where the sentence holding `start_char` begins (the same rule as
    sql/load/conflict_figures.sql)."""
    if not body or start_char is None:
        return None
    tail = SENTENCE_END_RE.match(body, 0, start_char)
    return start_char - len(tail.group(1)) if tail else None


def subject_args(first: dict) -> dict:
    """What the group is about, as a finding's arguments (pantau.review.messages words it)."""
    subject = {"metric": str(first["key"])} if first["kind"] != "claim" else {"program": str(first["key"])}
    start, end = _as_date(first["period_start"]), _as_date(first["period_end"])
    office = first["office"] if isinstance(first["office"], str) and first["office"] else ""
    return {**subject, "field": {"cases": "cases", "amount_idr": "amount"}.get(first["value_field"], "value"),
            "office": office, "period_start": start.isoformat() if start else None,
            "period_end": end.isoformat() if end else None, "prior": bool(first["is_prior_period"])}


def _show(value: float, field: str) -> str:
    return format_rupiah(value) if field == "amount_idr" else format_count(value)


SHOWN_VALUES = 10  # a message names at most this many values of one side, and counts the rest


def _distinct_shown(values, field: str) -> list[str]:
    shown = list(dict.fromkeys(_show(v, field) for v in values or ()))
    if len(shown) > SHOWN_VALUES:
        shown = shown[:SHOWN_VALUES - 1] + [f"{format_count(len(shown) - SHOWN_VALUES + 1)} other values"]
    return shown


def finding_of(row: dict) -> Finding:
    """One row of conflict_findings (sql/load/conflicts.sql) as a finding: its words' key and
    arguments (messages.toml), and every figure it involves as a span the loader quotes as
    printed and the report marks: (start, end, role, other article or None, value)."""
    field = str(row["value_field"])
    args = subject_args(row)
    figures = [(str(row["kind"]), str(figure_id)) for figure_id in row["figure_ids"]]
    if row["limited"]:
        key = "check_failed.conflicts"
        args.update(n_figures=format_count(row["n_figures"]), n_values=format_count(row["n_values"]),
                    n_articles=format_count(row["n_articles"]), max_figures=format_count(MAX_FIGURES),
                    max_values=format_count(MAX_VALUES))
        spans: list[tuple] = []
        others: list[str] = []
    else:
        mine = _distinct_shown(row["own_values"], field)
        others = sorted(row["other_article_ids"] or [])
        if not others:
            key = "conflicting_figures"  # (two values: three and more within one article are a series)
            args.update(values=mine, first=mine[0], second=mine[-1])
        else:
            key = "conflicting_figures.across"
            args.update(mine=mine, theirs=_distinct_shown(row["other_values"], field), n=len(others))
        spans = [(int(sp["start_char"]), int(sp["end_char"]), "figure", None, sp["value"])
                 for sp in row["own_spans"] or [] if sp["start_char"] is not None and sp["end_char"] is not None]
        spans += [(int(sp["start_char"]), int(sp["end_char"]), "other", str(sp["article_id"]), sp["value"])
                  for sp in row["other_spans"] or [] if sp["start_char"] is not None and sp["end_char"] is not None]
    words = render(key, args)
    check = "check_failed" if row["limited"] else "conflicting_figures"
    return Finding(check_name=check, severity=SEVERITY[check], message=words.message, evidence="",
                   start_char=_int(row["start_char"]), end_char=_int(row["end_char"]), expected=words.expected,
                   found=words.found, figures=figures, related_article_ids=",".join(others) or None,
                   key=key, args=args, spans=spans)


def evaluate_conflicts(con) -> list[tuple[str, Finding]]:
    """conflicting_figures findings, once for each article involved, for the figures in the
    connection's temp table conflict_figures (see sql/load/conflicts.sql)."""
    from pantau.warehouse import run_script

    run_script(con, CONFLICT_SQL.read_text(encoding="utf-8"),
               {"max_figures": MAX_FIGURES, "max_values": MAX_VALUES, "max_ratio": MAX_CONFLICT_RATIO})
    cursor = con.execute("SELECT * FROM conflict_findings")
    columns = [d[0] for d in cursor.description]
    return [(str(r["article_id"]), finding_of(r)) for r in (dict(zip(columns, row)) for row in cursor.fetchall())]


def find_conflicts(figures) -> list[tuple[str, Finding]]:
    """conflicting_figures findings for plain records (dicts, or a DataFrame of them) with
    the columns RECORD_COLUMNS; only groups holding a record with is_new are evaluated.
    Unreadable values are left out. The loader runs the same SQL over the warehouse."""
    import duckdb
    import pyarrow as pa

    if figures is None:
        return []
    records = figures.to_dict("records") if hasattr(figures, "to_dict") else list(figures)
    rows = []
    for record in records:
        value = _number(record.get("value"))
        if value is None:
            continue
        rows.append({"kind": str(record.get("kind")), "figure_id": str(record.get("figure_id")),
                     "article_id": str(record.get("article_id")), "key": _text(record.get("key")),
                     "office": _text(record.get("office")), "period_start": _as_date(record.get("period_start")),
                     "period_end": _as_date(record.get("period_end")),
                     "is_prior_period": False if _missing(record.get("is_prior_period"))
                     else bool(record["is_prior_period"]),
                     "value_field": str(record.get("value_field")), "value": value,
                     "tolerance": _number(record.get("tolerance")) or 0.0,
                     "start_char": _int(record.get("start_char")), "end_char": _int(record.get("end_char")),
                     "is_new": False if _missing(record.get("is_new")) else bool(record["is_new"]),
                     "sentence_start": _int(record.get("sentence_start"))})
    if not rows:
        return []
    schema = pa.schema([("kind", pa.string()), ("figure_id", pa.string()), ("article_id", pa.string()),
                        ("key", pa.string()), ("office", pa.string()), ("period_start", pa.date32()),
                        ("period_end", pa.date32()), ("is_prior_period", pa.bool_()), ("value_field", pa.string()),
                        ("value", pa.float64()), ("tolerance", pa.float64()), ("start_char", pa.int64()),
                        ("end_char", pa.int64()), ("is_new", pa.bool_()), ("sentence_start", pa.int64())])
    con = duckdb.connect()
    try:
        con.register("conflict_records", pa.Table.from_pylist(rows, schema=schema))
        con.execute("CREATE TEMP TABLE conflict_figures AS SELECT * FROM conflict_records")
        found = evaluate_conflicts(con)
    finally:
        con.close()
    by_id = {}
    for record in records:  # the evidence the caller gave, if any (the loader reads it from the text)
        if record.get("evidence"):
            by_id.setdefault(str(record.get("figure_id")), str(record["evidence"]))
    for _, finding in found:
        first = finding.figures[0][1] if finding.figures else None
        finding.evidence = by_id.get(first, finding.evidence)
    return found


def _missing(value) -> bool:
    """None, NaN or NaT (each unequal to itself)."""
    return value is None or (not isinstance(value, str) and value != value)


def _number(value) -> float | None:
    if _missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _int(value) -> int | None:
    number = _number(value)
    return None if number is None else int(number)


def _text(value) -> str | None:
    return None if _missing(value) else str(value)


def _as_date(value) -> date | None:
    if _missing(value):
        return None
    if isinstance(value, datetime):  # pandas' Timestamp too
        return value.date()
    return value if isinstance(value, date) else None
