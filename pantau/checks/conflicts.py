"""conflicting_figures: the same subject (kind, program or metric, office, period, prior
flag) carrying different values, within one article or across articles.

What is NOT a conflict:
- a restatement that rounds (|a - b| within both printed tolerances) or truncates (the
  less precise figure is the other cut to its printed precision: 1,47 triliun vs
  1.474.200.000.000);
- the parts of a stated breakdown: within one article, two or more smaller figures that
  together stay within the article's largest figure of the group are taken as its parts;
- single payouts (a claim of one case: two heirs are two subjects);
- two values in one sentence: a sentence does not contradict itself, it lists subjects its
  words tell apart (places, years, segments) even when the figures' office and period say
  otherwise (with_sentences gives each figure its sentence, from its article's text);
- two articles' values for a period neither states (a count "now" in 2016 and in 2017).
Values are compared as distinct (value, tolerance) pairs, so a national figure restated
by a thousand articles costs a handful of comparisons.
"""
from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, datetime

from pantau.checks.precision import effective_tolerance
from pantau.checks.severity import SEVERITY
from pantau.checks.wording import format_count, format_rupiah
from pantau.model import Finding
from pantau.review.messages import render

GROUP_KEYS = ["kind", "key", "office", "period_start", "period_end", "is_prior_period", "value_field"]
REL_EPSILON = 1e-9


def same_within_rounding(a: float, ta: float, b: float, tb: float) -> bool:
    return abs(a - b) <= ta + tb + REL_EPSILON * max(abs(a), abs(b), 1.0)


def is_truncation(coarse: float, coarse_tolerance: float, fine: float) -> bool:
    """`coarse` is `fine` cut (not rounded) to the coarse figure's last printed digit."""
    unit = 2.0 * coarse_tolerance
    if unit <= 0:
        return False
    cut = math.floor(fine / unit + REL_EPSILON) * unit
    return abs(cut - coarse) <= REL_EPSILON * max(abs(coarse), unit)


def compatible(a: float, ta: float, b: float, tb: float) -> bool:
    """Two printed figures can state the same quantity."""
    if same_within_rounding(a, ta, b, tb):
        return True
    coarse, coarse_tol, fine = (a, ta, b) if ta >= tb else (b, tb, a)
    return is_truncation(coarse, coarse_tol, fine)


# How far apart two values of one subject may be and still be two readings of one quantity. Measured
# on 90 annotated articles (dev sets and real pages): every conflict a reviewer confirmed differed by
# less than a factor of 1.4 (4.404 vs 4.440 kasus, 2,2 vs 2,5 juta); every pair further apart was two
# subjects the figure's words did not tell apart (a region and its city, a year and a month, JHT and one
# cause of it), which a reviewer rejects.
MAX_CONFLICT_RATIO = 1.5


def clash(a: float, ta: float, b: float, tb: float) -> bool:
    """Two values that cannot be the same quantity, yet are close enough to be meant as one."""
    if compatible(a, ta, b, tb):
        return False
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low <= MAX_CONFLICT_RATIO


def breakdown_parts(rows: list[dict]) -> set[str]:
    """Figure ids (of one article's rows in one group) that look like the parts of the
    article's largest figure: at least two smaller figures summing to no more than it."""
    if len(rows) < 3:
        return set()
    largest = max(r["value"] for r in rows)
    largest_tol = max(r["tolerance"] for r in rows if r["value"] == largest)
    smaller = [r for r in rows if not compatible(r["value"], r["tolerance"], largest, largest_tol)]
    if len(smaller) >= 2 and sum(r["value"] for r in smaller) <= largest + largest_tol + sum(
            r["tolerance"] for r in smaller):
        return {r["figure_id"] for r in smaller}
    return set()


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


def _is_single_payout(record: dict) -> bool:
    return record["kind"] == "claim" and record["value_field"] == "cases" and record["value"] == 1


def _by_article(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        grouped[r["article_id"]].append(r)
    return grouped


def _where(r: dict) -> tuple:
    """Where a figure is stated: its article and, when known, its sentence."""
    return (r["article_id"], r.get("sentence"))


def _can_contradict(a: set[tuple], b: set[tuple], period_known: bool) -> bool:
    """Two values stated at these places can contradict each other. One sentence does not
    contradict itself: two values of one subject in one sentence are a list of different
    subjects the words tell apart ('Manokwari 3.592 kasus, Fakfak 2.908 kasus'; 2018, 2019
    and 2020 side by side). Two articles are about the same period only when it is known."""
    for where_a in a:
        for where_b in b:
            same_article = where_a[0] == where_b[0]
            if same_article and (where_a[1] is None or where_a != where_b):
                return True
            if not same_article and period_known:
                return True
    return False


def _clashes(rows: list[dict]) -> dict[tuple, set[tuple]]:
    """Which distinct printed (value, tolerance) pairs cannot be the same quantity."""
    places: dict[tuple, set[tuple]] = defaultdict(set)
    for r in rows:
        places[(r["value"], r["tolerance"])].add(_where(r))
    period_known = not _missing(rows[0].get("period_end"))
    distinct = list(places)
    pairs: dict[tuple, set[tuple]] = defaultdict(set)
    for i, (a, ta) in enumerate(distinct):
        for b, tb in distinct[i + 1:]:
            if clash(a, ta, b, tb) and _can_contradict(places[(a, ta)], places[(b, tb)], period_known):
                pairs[(a, ta)].add((b, tb))
                pairs[(b, tb)].add((a, ta))
    return pairs


def with_sentences(records: list[dict], bodies: dict[str, str]) -> list[dict]:
    """The records with the sentence each figure stands in (its start offset), read from
    its article's text; a figure whose text is not given keeps none (then any two of its
    article's values may contradict each other)."""
    from pantau.text import sentence_bounds

    out = []
    for r in records:
        body = bodies.get(r.get("article_id"))
        start = r.get("start_char")
        sentence = sentence_bounds(body, int(start))[0] if body and isinstance(start, int) \
            and 0 <= start <= len(body) else None
        out.append({**r, "sentence": sentence})
    return out


def group_conflicts(group: list[dict]) -> list[tuple[str, Finding]]:
    """Findings for one (subject, value field) group that holds at least one new figure.
    Plain records, not DataFrames: a large run has thousands of groups."""
    excluded: set[str] = set()
    for rows in _by_article(group).values():
        excluded |= breakdown_parts(rows)
    rows = [r for r in group if r["figure_id"] not in excluded]
    if len({r["value"] for r in rows}) < 2:
        return []
    clash = _clashes(rows)
    if not clash:
        return []
    label = lambda r: (r["value"], r["tolerance"])  # noqa: E731
    involved = [r for r in rows if label(r) in clash]
    field = str(rows[0]["value_field"])
    period_known = not _missing(rows[0].get("period_end"))
    out: list[tuple[str, Finding]] = []
    for article_id, own in _by_article(involved).items():
        own_labels = {label(r) for r in own}
        # Partners: rows clashing with this article's rows, at least one side new.
        partners = [r for r in involved if any(label(r) in clash[o] for o in own_labels)
                    and (period_known or r["article_id"] == article_id)]
        if not (any(r["is_new"] for r in own) or any(r["is_new"] for r in partners)):
            continue
        partner_labels = {label(r) for r in partners}
        own = sorted((r for r in own if clash[label(r)] & partner_labels), key=lambda r: r["start_char"])
        if not own:
            continue
        others = [r for r in partners if r["article_id"] != article_id]
        mine = list(dict.fromkeys(_show(r["value"], field) for r in own))
        theirs = list(dict.fromkeys(_show(r["value"], field) for r in others))
        args = subject_args(rows[0])
        if not others:
            key = "conflicting_figures" if len(mine) == 2 else "conflicting_figures.several"
            args.update(values=mine, first=mine[0], second=mine[-1])
        else:
            key = "conflicting_figures.across"
            args.update(mine=mine, theirs=theirs, n=len({r["article_id"] for r in others}))
        words = render(key, args)
        first = own[0]
        # Every value involved, this article's and the others', as (start, end, role, article, value):
        # the loader quotes them as printed (pantau.review.evidence) and the report marks them.
        spans = [(int(r["start_char"]), int(r["end_char"]), "figure", None, r["value"]) for r in own] + \
                [(int(r["start_char"]), int(r["end_char"]), "other", str(r["article_id"]), r["value"]) for r in others]
        finding = Finding(check_name="conflicting_figures", severity=SEVERITY["conflicting_figures"],
                          message=words.message, evidence=str(first.get("evidence") or ""),
                          start_char=int(first["start_char"]), end_char=int(first["end_char"]),
                          expected=words.expected, found=words.found,
                          figures=[(str(r["kind"]), str(r["figure_id"])) for r in own],
                          related_article_ids=",".join(sorted({r["article_id"] for r in others})) or None,
                          key=key, args=args, spans=spans)
        out.append((str(article_id), finding))
    return out


def find_conflicts(figures) -> list[tuple[str, Finding]]:
    """conflicting_figures findings, once for each article involved (see the module doc).
    `figures`: records (dicts) with the columns of sql/load/figures_for_conflicts.sql, or
    a DataFrame of them. Plain Python: the loader runs this without importing pandas."""
    if figures is None:
        return []
    records = figures.to_dict("records") if hasattr(figures, "to_dict") else list(figures)
    readable = []
    for record in records:
        value = _number(record.get("value"))
        if value is not None:
            readable.append({**record, "value": value,
                             "tolerance": effective_tolerance(value, _number(record.get("tolerance")) or 0.0),
                             "is_new": False if _missing(record.get("is_new")) else bool(record["is_new"])})
    # A claim of one case is one payout: neither its count nor its amount is compared.
    single = {r["figure_id"] for r in readable if _is_single_payout(r)}
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for record in readable:
        if record["figure_id"] not in single:
            groups[tuple(_key_part(record[k]) for k in GROUP_KEYS)].append(record)
    out: list[tuple[str, Finding]] = []
    for group in groups.values():
        if not any(r["is_new"] for r in group) or len({r["value"] for r in group}) < 2:
            continue
        try:
            out += group_conflicts(group)
        except Exception:  # noqa: BLE001 - one odd group must not lose the run's other findings
            import logging
            logging.getLogger(__name__).exception("conflict check failed for a group")
    return out


def _missing(value) -> bool:
    """None, NaN or NaT (each unequal to itself)."""
    return value is None or (not isinstance(value, str) and value != value)


def _number(value) -> float | None:
    if _missing(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _key_part(value):
    """Group keys compare missing values (None, NaN, NaT) as one."""
    return None if _missing(value) else value


def _as_date(value) -> date | None:
    if isinstance(value, datetime):  # pandas' Timestamp too
        return value.date()
    return value if isinstance(value, date) else None
