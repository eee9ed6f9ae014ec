"""Plain-words findings: one builder per check, from a failing row of a batch frame.

Each builder gets the row (a dict of the frame's columns), the article's raw text and
its extraction, and returns a Finding with the sentence as evidence, the figure's span,
and what was expected versus found.
"""
from __future__ import annotations

import re
from datetime import date

import pandas as pd

from pantau.checks.bands import band_for
from pantau.checks.precision import effective_tolerance
from pantau.checks.wording import (format_amount, format_count, format_date, format_percent, format_rupiah,
                                   format_rupiah_short,
                                   weekday_id)
from pantau.model import Extraction, Finding, RawArticle
from pantau.text import sentence_around
from schemas import SEVERITY
from schemas.rules import growth_bounds


def as_date(value) -> date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value if isinstance(value, date) else None


def evidence(raw: RawArticle, start: int | None, end: int | None) -> str:
    body = raw.body_text or ""
    if start is None or not 0 <= start <= len(body):
        return ""
    return sentence_around(body, start, end if end is not None and end <= len(body) else start)


def finding(check: str, raw: RawArticle, start: int | None, end: int | None, message: str,
            expected: str | None, found: str | None, figures: list[tuple[str, int]] | None = None) -> Finding:
    return Finding(check_name=check, severity=SEVERITY.get(check, "warning"), message=message,
                   evidence=evidence(raw, start, end), start_char=start, end_char=end, expected=expected,
                   found=found, figures=figures or [])


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def figures_within(ex: Extraction, spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Claim and membership figures whose evidence overlaps any of `spans`."""
    flagged: list[tuple[str, int]] = []
    for i, c in enumerate(ex.claims):
        own = [s for s in (c.cases_span, c.amount_span) if s] or [(c.start_char, c.end_char)]
        if any(spans_overlap(s, span) for s in own for span in spans):
            flagged.append(("claim", i))
    for i, m in enumerate(ex.membership):
        if any(spans_overlap((m.start_char, m.end_char), span) for span in spans):
            flagged.append(("membership", i))
    return flagged


_CLAIM_SUBJECT = re.compile(r"^klaim (\w+) \((nominal|kasus)\)$")


def plain_subject(subject: str | None) -> str:
    """'klaim JHT (nominal)' -> 'the JHT claim amount'; other subjects are quoted as written."""
    match = _CLAIM_SUBJECT.match((subject or "").strip())
    if match:
        program, what = match.groups()
        program = "total" if program == "TOTAL" else program
        return f"the {program} claim {'amount' if what == 'nominal' else 'case count'}"
    return f"'{subject.strip()}'" if subject and subject.strip() else "the figure"


def _subject(claim) -> str:
    where = claim.office or "an unknown office"
    until = f"up to {format_date(claim.period_end)}" if claim.period_end else "for an unknown period"
    return f"The {claim.program} claim ({where}, {until})"


def claim_figure_span(claim, field: str) -> tuple[int, int]:
    span = claim.amount_span if field == "amount" else claim.cases_span
    return span or (claim.start_char, claim.end_char)


# --- claims ---------------------------------------------------------------------------

def claim_missing_cases(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    claim = ex.claims[i]
    start, end = claim_figure_span(claim, "amount")
    return finding("claim_missing_cases", raw, start, end,
                   f"{_subject(claim)} states an amount of {format_rupiah(claim.amount_idr)} but no case count, "
                   "so the amount cannot be checked per case or summed with other counts.",
                   expected="a case count beside the amount", found=f"{format_rupiah(claim.amount_idr)}, no cases",
                   figures=[("claim", i)])


def claim_missing_amount(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    claim = ex.claims[i]
    start, end = claim_figure_span(claim, "cases")
    return finding("claim_missing_amount", raw, start, end,
                   f"{_subject(claim)} states {format_count(claim.cases)} cases but no amount paid.",
                   expected="an amount in rupiah beside the case count",
                   found=f"{format_count(claim.cases)} cases, no amount", figures=[("claim", i)])


def amount_per_case_out_of_range(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    claim = ex.claims[i]
    day = claim.period_end or ex.published_date
    band = band_for(claim.program, day)
    per_case = claim.amount_idr / claim.cases
    start, end = claim.start_char, claim.end_char
    rule = f"{band.source}" if band else "the program's benefit band"
    low = format_rupiah(band.min_idr) if band else "?"
    high = format_rupiah(band.max_idr) if band else "?"
    return finding("amount_per_case_out_of_range", raw, start, end,
                   f"{_subject(claim)} pays {format_rupiah(claim.amount_idr)} for {format_count(claim.cases)} cases: "
                   f"{format_rupiah(round(per_case))} per case, outside the plausible {low} to {high} per case "
                   f"on {format_date(day)} ({rule}). One of the two figures is probably misread or misreported.",
                   expected=f"between {low} and {high} per case",
                   found=f"{format_rupiah(round(per_case))} per case", figures=[("claim", i)])


def _period_after_publication(kind: str, row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    figure = ex.claims[i] if kind == "claim" else ex.membership[i]
    what = f"The {figure.program} claim figure" if kind == "claim" else f"The {figure.metric} figure"
    published = ex.published_date
    return finding("period_after_publication", raw, figure.start_char, figure.end_char,
                   f"{what} covers a period ending {format_date(figure.period_end)}, after the article was "
                   f"published on {format_date(published)}: the period or the publication date is wrong.",
                   expected=f"a period ending on or before {format_date(published)}",
                   found=f"period ends {format_date(figure.period_end)}", figures=[(kind, i)])


def claim_period_after_publication(row, raw, ex):
    return _period_after_publication("claim", row, raw, ex)


def membership_period_after_publication(row, raw, ex):
    return _period_after_publication("membership", row, raw, ex)


def _period_in_order(kind: str, row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    figure = ex.claims[i] if kind == "claim" else ex.membership[i]
    return finding("period_in_order", raw, figure.start_char, figure.end_char,
                   f"The figure's period starts {format_date(figure.period_start)}, after it ends "
                   f"({format_date(figure.period_end)}).",
                   expected="a period that starts before it ends",
                   found=f"{format_date(figure.period_start)} to {format_date(figure.period_end)}",
                   figures=[(kind, i)])


def _span_in_order(kind: str, row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    return finding("span_in_order", raw, None, None,
                   f"The {kind} figure's position in the text is malformed (ends before it starts).",
                   expected="start_char <= end_char", found=f"{row.get('start_char')} > {row.get('end_char')}",
                   figures=[(kind, i)])


# --- breakdowns, changes, weekdays, articles ---------------------------------------------

def total_mismatch(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    b = ex.breakdowns[row["breakdown_index"]]
    parts = [value for _label, value, _tol, _span in b.parts]
    parts_sum = sum(parts)
    slack = effective_tolerance(b.total, b.total_tolerance) + sum(effective_tolerance(v, t)
                                                                  for _l, v, t, _s in b.parts)
    short = format_rupiah_short if b.unit == "rupiah" else (lambda v: format_amount(round(v, 1), b.unit))
    shown = " + ".join(format_amount(v, b.unit) for v in parts)
    if b.exhaustive:
        claim = f"are said to make up {format_amount(b.total, b.unit)}"
        expected = f"parts summing to {format_amount(b.total, b.unit)} (± {short(slack)} rounding)"
    else:
        claim = f"exceed the stated total of {format_amount(b.total, b.unit)}"
        expected = f"parts summing to at most {format_amount(b.total + slack, b.unit)}"
    spans = [b.total_span] + [span for *_rest, span in b.parts]
    return finding("total_mismatch", raw, b.total_span[0], b.total_span[1],
                   f"The parts {shown} add up to {format_amount(parts_sum, b.unit)}, but they {claim}; "
                   f"the difference ({format_amount(abs(parts_sum - b.total), b.unit)}) is more than the "
                   "rounding of the printed figures allows.",
                   expected=expected, found=f"{shown} = {format_amount(parts_sum, b.unit)}",
                   figures=figures_within(ex, spans))


def growth_mismatch(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    c = ex.changes[row["change_index"]]
    low, high = growth_bounds(c.from_value, row["from_tolerance"], c.to_value, row["to_tolerance"]) or (None, None)
    actual = (c.to_value / c.from_value - 1.0) * 100.0
    money = "nominal" in (c.subject or "") or "rupiah" in (c.subject or "") or c.from_value >= 1e9
    show = format_rupiah if money else format_count
    subject = plain_subject(c.subject)
    return finding("growth_mismatch", raw, c.start_char, c.end_char,
                   f"The text says {subject} changed by {format_percent(c.percent, 1)} from {show(c.from_value)} "
                   f"to {show(c.to_value)}, but those two values are a change of {format_percent(actual)}.",
                   expected=f"a change between {format_percent(low)} and {format_percent(high)} "
                            "(the two values, allowing for their rounding)" if low is not None else None,
                   found=f"stated {format_percent(c.percent, 1)}",
                   figures=figures_within(ex, [(c.start_char, c.end_char)]))


def weekday_mismatch(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    w = ex.weekdays[row["weekday_index"]]
    actual = weekday_id(w.stated_date)
    return finding("weekday_mismatch", raw, w.start_char, w.end_char,
                   f"The text says {w.weekday.capitalize()} for {format_date(w.stated_date)}, but that date was a "
                   f"{actual.capitalize()}: the day or the date is wrong.",
                   expected=actual.capitalize(), found=w.weekday.capitalize())


def missing_publication_date(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    return finding("missing_publication_date", raw, None, None,
                   "No publication date could be found for this article, so its figures' periods cannot be "
                   "checked against it and undated periods stay unknown.",
                   expected="a publication date (page metadata or a dateline)", found="none")


BUILDERS = {
    "claims": {"claim_missing_cases": claim_missing_cases, "claim_missing_amount": claim_missing_amount,
               "amount_per_case_out_of_range": amount_per_case_out_of_range,
               "period_after_publication": claim_period_after_publication,
               "period_in_order": lambda r, raw, ex: _period_in_order("claim", r, raw, ex),
               "span_in_order": lambda r, raw, ex: _span_in_order("claim", r, raw, ex)},
    "membership": {"period_after_publication": membership_period_after_publication,
                   "period_in_order": lambda r, raw, ex: _period_in_order("membership", r, raw, ex),
                   "span_in_order": lambda r, raw, ex: _span_in_order("membership", r, raw, ex)},
    "breakdowns": {"total_mismatch": total_mismatch},
    "changes": {"growth_mismatch": growth_mismatch},
    "weekdays": {"weekday_mismatch": weekday_mismatch},
    "articles": {"missing_publication_date": missing_publication_date},
}

# The list each table's rows index into, and the figure kind a row flags.
ROW_FIGURE = {"claims": "claim", "membership": "membership"}


def invalid_row(table: str, row: dict, column: str, rule: str, value, raw: RawArticle) -> Finding:
    """A row that breaks a column rule (a negative amount, an unknown program, ...)."""
    kind = ROW_FIGURE.get(table)
    start = row.get("start_char")
    end = row.get("end_char")
    ok_span = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
    index = row.get("figure_index")
    figures = [(kind, int(index))] if kind and isinstance(index, int) and index >= 0 else []
    return finding("invalid_figure", raw, start if ok_span else None, end if ok_span else None,
                   f"A {table} row has an impossible {column} ({value!r}): it breaks the rule {rule}. "
                   "The figure was probably misread; please check the text.",
                   expected=f"{column} satisfying {rule}", found=repr(value), figures=figures)


def unstorable_value(table: str, row: dict, column: str, value, raw: RawArticle) -> Finding:
    """A value read from the article that its warehouse column cannot hold (a count beyond 64
    bits from a garbled figure, an amount beyond DECIMAL): the figure is loaded without it."""
    kind = ROW_FIGURE.get(table)
    start, end = row.get("start_char"), row.get("end_char")
    ok_span = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
    index = row.get("figure_index")
    figures = [(kind, int(index))] if kind and isinstance(index, int) and index >= 0 else []
    shown = str(value)[:40]
    return finding("invalid_figure", raw, start if ok_span else None, end if ok_span else None,
                   f"A value read from this article cannot be stored ({column} = {shown}, beyond what the warehouse "
                   "column holds), so the figure is loaded without it. The figure is almost surely misread; please "
                   "check the text.", expected=f"a {column} the warehouse can hold", found=repr(value), figures=figures)


def number_problem(problem, raw: RawArticle) -> Finding:
    if problem.check_name == "unparseable_number":
        message = f"'{problem.text}' is written as a figure but could not be read ({problem.detail})."
        expected = "a readable figure"
    else:
        message = f"'{problem.text}' could be read more than one way; pantau guessed ({problem.detail})."
        expected = "one unambiguous reading"
    return finding(problem.check_name, raw, problem.start_char, problem.end_char, message,
                   expected=expected, found=problem.text)


def implausible_date(raw: RawArticle, start: int, end: int, written: str) -> Finding:
    """A date written with a year no article can mean ('Kamis (12/10/6017)'): read as no date."""
    from pantau.extract.dates import FIRST_YEAR, LAST_YEAR

    return finding("implausible_date", raw, start, end,
                   f"'{written}' is written as a date, but its year is outside {FIRST_YEAR}-{LAST_YEAR} "
                   "(a typo?); pantau does not read it as a date, so nothing is dated by it.",
                   expected=f"a date between {FIRST_YEAR} and {LAST_YEAR}", found=written)


def undecodable_bytes(raw: RawArticle) -> Finding:
    """A file read as UTF-8 with a few invalid bytes replaced (raw.encoding says how many)."""
    text = (raw.title or "") + "\n" + (raw.body_text or "")
    at = (raw.body_text or "").find("\ufffd")
    return finding("undecodable_bytes", raw, at if at >= 0 else None, at + 1 if at >= 0 else None,
                   f"The file is UTF-8 text with bytes that are not valid UTF-8 ({raw.encoding}); each was "
                   "replaced by '\ufffd' and the rest read as written. A figure beside one may be misread.",
                   expected="valid UTF-8 text", found=f"{text.count(chr(0xFFFD))} replaced character(s)")
