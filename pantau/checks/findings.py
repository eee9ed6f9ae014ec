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
from pantau.checks.sums import all_breakdowns, all_changes
from pantau.checks.wording import (format_amount, format_count, format_decimal, format_percent, format_rupiah,
                                   format_rupiah_short)
from pantau.model import Extraction, Finding, RawArticle
from pantau.review.messages import render
from pantau.review.notation import like
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


def finding(check: str, raw: RawArticle, start: int | None, end: int | None, message: str | None = None,
            expected: str | None = None, found: str | None = None, figures: list[tuple[str, int]] | None = None,
            *, args: dict | None = None, key: str | None = None, spans: list[tuple] | None = None) -> Finding:
    """A finding about raw's text. With `args`, its words come from messages.toml under `key`
    (default: the check name), in PANTAU_LANG's language (the loader words them again in
    the run's); without, from the ready text given. `spans`: every figure it involves
    (start, end, role); default: the flagged span."""
    if args is not None:
        key = key or check
        words = render(key, args)
        message, expected, found = words.message, words.expected, words.found
    if spans is None:
        spans = [(start, end, "figure")] if start is not None and end is not None and start < end else []
    return Finding(check_name=check, severity=SEVERITY.get(check, "warning"), message=message or "",
                   evidence=evidence(raw, start, end), start_char=start, end_char=end, expected=expected,
                   found=found, figures=figures or [], key=key or "" if args is not None else "",
                   args=args or {}, spans=spans)


def printed(raw: RawArticle, span: tuple[int, int] | None, value: float | None = None) -> str:
    """A figure as the article prints it (what a reviewer's Ctrl-F finds); "" when the span
    holds no figure, or (given `value`) none that reads as that value."""
    body = raw.body_text or ""
    if not span or span[0] is None or span[1] is None or not 0 <= span[0] < span[1] <= len(body):
        return ""
    text = " ".join(body[span[0]:span[1]].split())
    if value is None:
        return text
    from pantau.extract.numbers import find_numbers

    for mention in find_numbers(text):
        if mention.value is not None and abs(mention.value - value) <= max(abs(mention.tolerance), 1e-6 * abs(value), 0.5):
            return text
    return ""


def iso(day) -> str | None:
    day = as_date(day)
    return day.isoformat() if day else None


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


def claim_args(claim) -> dict:
    """What a claim finding's subject is worded from (pantau.review.messages)."""
    return {"program": claim.program, "office": claim.office or "", "period_end": iso(claim.period_end)}


def claim_figure_span(claim, field: str) -> tuple[int, int]:
    span = claim.amount_span if field == "amount" else claim.cases_span
    return span or (claim.start_char, claim.end_char)


# --- claims ---------------------------------------------------------------------------

def claim_missing_cases(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    claim = ex.claims[i]
    span = claim_figure_span(claim, "amount")
    amount = printed(raw, span, claim.amount_idr) or format_rupiah(claim.amount_idr)
    return finding("claim_missing_cases", raw, *span, figures=[("claim", i)],
                   args={**claim_args(claim), "amount": amount}, spans=[(*span, "figure")])


def claim_missing_amount(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    claim = ex.claims[i]
    span = claim_figure_span(claim, "cases")
    cases = printed(raw, span, claim.cases) or format_count(claim.cases)
    return finding("claim_missing_amount", raw, *span, figures=[("claim", i)],
                   args={**claim_args(claim), "cases": cases}, spans=[(*span, "figure")])


def amount_per_case_out_of_range(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    claim = ex.claims[i]
    day = claim.period_end or ex.published_date
    band = band_for(claim.program, day)
    per_case = claim.amount_idr / claim.cases
    amount_span, cases_span = claim_figure_span(claim, "amount"), claim_figure_span(claim, "cases")
    args = {**claim_args(claim), "amount": printed(raw, amount_span, claim.amount_idr) or format_rupiah(claim.amount_idr),
            "cases": printed(raw, cases_span, claim.cases) or format_count(claim.cases),
            "per_case": format_rupiah_short(per_case), "day_date": iso(day),
            "low": format_rupiah_short(band.min_idr) if band else "?",
            "high": format_rupiah_short(band.max_idr) if band else "?",
            # the regulation's name, which reads the same in both languages ("PP 82/2019")
            "source": band.source.split(" (")[0] if band else "?"}
    spans = [(*amount_span, "figure"), (*cases_span, "figure")] if claim.amount_span and claim.cases_span \
        else [(claim.start_char, claim.end_char, "figure")]
    return finding("amount_per_case_out_of_range", raw, claim.start_char, claim.end_char, figures=[("claim", i)],
                   args=args, spans=spans)


def _period_after_publication(kind: str, row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    figure = ex.claims[i] if kind == "claim" else ex.membership[i]
    subject = {"program": figure.program} if kind == "claim" else {"metric": figure.metric}
    args = {**subject, "figure": printed(raw, (figure.start_char, figure.end_char)),
            "period_end_date": iso(figure.period_end), "published_date": iso(ex.published_date)}
    return finding("period_after_publication", raw, figure.start_char, figure.end_char, figures=[(kind, i)],
                   args=args)


def claim_period_after_publication(row, raw, ex):
    return _period_after_publication("claim", row, raw, ex)


def membership_period_after_publication(row, raw, ex):
    return _period_after_publication("membership", row, raw, ex)


def _period_in_order(kind: str, row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    figure = ex.claims[i] if kind == "claim" else ex.membership[i]
    return finding("period_in_order", raw, figure.start_char, figure.end_char, figures=[(kind, i)],
                   args={"period_start_date": iso(figure.period_start), "period_end_date": iso(figure.period_end)})


def _span_in_order(kind: str, row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    i = row["figure_index"]
    return finding("span_in_order", raw, None, None, figures=[(kind, i)],
                   args={"start": row.get("start_char"), "end": row.get("end_char")})


# --- breakdowns, changes, weekdays, articles ---------------------------------------------

def total_mismatch(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    b = all_breakdowns(ex)[row["breakdown_index"]]
    # (a part given without this value, "JKM Rp383 miliar" in a count breakdown, is left out: it can only add)
    known = [(label, value, tol, span) for label, value, tol, span in b.parts if value is not None]
    parts_sum = sum(value for _label, value, _tol, _span in known)
    slack = effective_tolerance(b.total, b.total_tolerance) + sum(effective_tolerance(v, t)
                                                                  for _l, v, t, _s in known)
    total = printed(raw, b.total_span, b.total) or format_amount(b.total, b.unit)
    args = {"total": total,
            "parts": [printed(raw, span, v) or format_amount(v, b.unit) for _l, v, _t, span in known],
            # computed figures in the total's own notation, so they compare at a glance
            "parts_sum": like(parts_sum, total), "difference": like(abs(parts_sum - b.total), total),
            "slack": like(slack, total), "limit": like(b.total + slack, total)}
    spans = [(*b.total_span, "total")] + [(*span, "part") for *_rest, span in known]
    return finding("total_mismatch", raw, b.total_span[0], b.total_span[1],
                   figures=figures_within(ex, [s[:2] for s in spans]), args=args,
                   key="total_mismatch" if b.exhaustive else "total_mismatch.exceeds", spans=spans)


def _printed_near(raw: RawArticle, start: int, end: int, value: float, kind: str | None = None
                  ) -> tuple[str, tuple[int, int]] | None:
    """The figure of raw's text in [start, end) that reads as `value` (as printed, and where)."""
    from pantau.extract.numbers import find_numbers

    body = raw.body_text or ""
    for mention in find_numbers(body[start:end]):
        if mention.value is None or (kind and mention.kind != kind):
            continue
        if abs(abs(mention.value) - abs(value)) <= max(abs(mention.tolerance), 1e-9 * max(abs(value), 1.0)):
            at = (start + mention.start, start + mention.end)
            return printed(raw, at), at
    return None


def growth_mismatch(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    c = all_changes(raw, ex)[row["change_index"]]
    low, high = growth_bounds(c.from_value, row["from_tolerance"], c.to_value, row["to_tolerance"]) or (None, None)
    actual = (c.to_value / c.from_value - 1.0) * 100.0
    money = "nominal" in (c.subject or "") or "rupiah" in (c.subject or "") or c.from_value >= 1e9
    show = format_rupiah if money else format_count
    found_percent = _printed_near(raw, c.start_char, c.end_char, c.percent, "percent")
    found_from = _printed_near(raw, c.start_char, c.end_char, c.from_value)
    found_to = _printed_near(raw, c.start_char, c.end_char, c.to_value)
    args = {"change": c.subject or "", "percent": found_percent[0] if found_percent else format_percent(c.percent, 1),
            "from": found_from[0] if found_from else show(c.from_value),
            "to": found_to[0] if found_to else show(c.to_value), "actual": format_percent(actual),
            "low": format_percent(low) if low is not None else "?",
            "high": format_percent(high) if high is not None else "?"}
    spans = [(*found[1], role) for found, role in ((found_percent, "percent"), (found_from, "from"), (found_to, "to"))
             if found] or [(c.start_char, c.end_char, "figure")]
    # A writer who gives new ÷ old as the change ("naik 125%" from 100 to 125): said so.
    ratio = c.to_value / c.from_value * 100.0 if c.from_value else None
    is_ratio = ratio is not None and abs(ratio - abs(c.percent)) <= max(c.percent_tolerance, 0.05) + 0.5
    if is_ratio:
        args["ratio"] = f"{format_decimal(round(ratio, 1), 1)}%"
    return finding("growth_mismatch", raw, c.start_char, c.end_char,
                   figures=figures_within(ex, [(c.start_char, c.end_char)]), args=args,
                   key="growth_mismatch.ratio" if is_ratio else "growth_mismatch", spans=spans)


def weekday_mismatch(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    w = ex.weekdays[row["weekday_index"]]
    return finding("weekday_mismatch", raw, w.start_char, w.end_char,
                   args={"stated": w.weekday.capitalize(), "stated_date": iso(w.stated_date),
                         "actual_weekday": w.stated_date.weekday()})


def missing_publication_date(row: dict, raw: RawArticle, ex: Extraction) -> Finding:
    return finding("missing_publication_date", raw, None, None, args={})


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
    return finding("invalid_figure", raw, start if ok_span else None, end if ok_span else None, figures=figures,
                   args={"table": table, "column": column, "rule": rule, "value": repr(value)})


# How pantau.extract.numbers says which reading it guessed (see _read_three_after_one_separator).
_GUESSES = [
    (re.compile(r"read with a thousands dot \((\d+)\); it could be a decimal point \(([\d,]+)\)"),
     "thousands_dot", "decimal_point"),
    (re.compile(r"read with a decimal comma \(([\d,]+)\); it could be a thousands comma \((\d+)\)"),
     "decimal_comma", "thousands_comma"),
    (re.compile(r"read with a thousands comma \((\d+), English style\); in Indonesian style it would be ([\d,]+)"),
     "thousands_comma", "indonesian"),
]


def guessed_reading(detail: str | None) -> tuple[str, str, str, str] | None:
    """(reading, how, alternative, how) of an ambiguous figure, from the extractor's words."""
    for pattern, how, other in _GUESSES:
        match = pattern.search(detail or "")
        if match:
            return match.group(1), how, match.group(2), other
    return None


def unstorable_value(table: str, row: dict, column: str, value, raw: RawArticle) -> Finding:
    """A value read from the article that its warehouse column cannot hold (a count beyond 64
    bits from a garbled figure, an amount beyond DECIMAL): the figure is loaded without it."""
    kind = ROW_FIGURE.get(table)
    start, end = row.get("start_char"), row.get("end_char")
    ok_span = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
    index = row.get("figure_index")
    figures = [(kind, int(index))] if kind and isinstance(index, int) and index >= 0 else []
    return finding("invalid_figure", raw, start if ok_span else None, end if ok_span else None,
                   key="invalid_figure.unstorable", figures=figures,
                   args={"column": column, "value": str(value)[:40], "value_repr": repr(value)[:60]})


def number_problem(problem, raw: RawArticle) -> Finding:
    if problem.check_name == "unparseable_number":
        return finding(problem.check_name, raw, problem.start_char, problem.end_char,
                       args={"text": problem.text, "detail": problem.detail})
    guess = guessed_reading(problem.detail)
    if guess is None:
        return finding(problem.check_name, raw, problem.start_char, problem.end_char, key="ambiguous_number.detail",
                       args={"text": problem.text, "detail": problem.detail})
    reading, how, alternative, other = guess
    return finding(problem.check_name, raw, problem.start_char, problem.end_char,
                   args={"text": problem.text, "reading_value": reading, "reading_how": how,
                         "alternative_value": alternative, "alternative_how": other})


def implausible_date(raw: RawArticle, start: int, end: int, written: str) -> Finding:
    """A date written with a year no article can mean ('Kamis (12/10/6017)'): read as no date."""
    from pantau.extract.dates import FIRST_YEAR, LAST_YEAR

    return finding("implausible_date", raw, start, end,
                   args={"written": written, "first_year": FIRST_YEAR, "last_year": LAST_YEAR})


def undecodable_bytes(raw: RawArticle) -> Finding:
    """A file read as UTF-8 with a few invalid bytes replaced (raw.encoding says how many)."""
    text = (raw.title or "") + "\n" + (raw.body_text or "")
    at = (raw.body_text or "").find("\ufffd")
    return finding("undecodable_bytes", raw, at if at >= 0 else None, at + 1 if at >= 0 else None,
                   args={"encoding": str(raw.encoding), "replaced": text.count(chr(0xFFFD))})
