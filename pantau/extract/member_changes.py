"""Stated % changes of participation counts: "peserta PU sekarang 22,58 juta dibanding 20,9 juta tahun lalu,
naiknya 7 persen", "bukan penerima upah tumbuh 26,26 persen dari 5.774 orang menjadi 7.830 orang". The change
between the count read and the count it is compared with, so that growth_mismatch can tell a % that does not
fit its two values (rule side.member_change).
"""
from __future__ import annotations

import re

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.plans import STRONG_BOUNDARY_RE
from pantau.extract.figures import Figure
from pantau.extract.last_year_clause import last_year_clause_before
from pantau.extract.lexicon import SEGMENT_METRIC
from pantau.model import MembershipFigure, StatedChange

# The count a change starts from: right after "dari", "dibanding", "ketimbang", "semula" (a few words allowed).
_FROM_WORD_BEFORE_RE = re.compile(r"\b(?:dari|dibanding\w*(?:\s+dengan)?|ketimbang|daripada|semula|sebelumnya)\s+"
                                  r"(?:(?!menjadi\b|jadi\b)[^\W\d]+\s+){0,3}$", re.I)
_COUNT_UNITS = ("people", "bare", "company")


def _from_side(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """Right after a from-word; not a target the count is measured against ("lebih rendah dari target yang mencapai
    33.673.202")."""
    if last_year_clause_before(s, fig.start) is not None:
        return True  # "formal ada 22,58 juta, tahun lalu masih 20,9 juta, jadi naik 7 persen"
    lead = _FROM_WORD_BEFORE_RE.search(body, max(s.start, fig.start - 40), fig.start)
    return lead is not None and not any(c.has("target") or c.has("estimate")
                                        for c in s.cues.between(lead.start(), fig.start))


def member_change(body: str, s: ClaimSentence, read: list[MembershipFigure]) -> StatedChange | None:
    """The sentence's one % change between one participation count it reported and one count on the side the
    change starts from, all in one clause; None when the sentence does not say exactly that."""
    if not (s.cues.any("change_up") or s.cues.any("change_down")):
        return None
    percents = [f for f in s.figures if f.unit == "percent" and f.value is not None]
    if len(percents) != 1:
        return None
    counts = [f for f in s.figures if f.unit in _COUNT_UNITS and f.value]
    before = [f for f in counts if _from_side(body, s, f)]
    now = [m for m in read if not any(m.start_char == f.start for f in before)]
    if len(before) != 1 or len(now) != 1:
        return None
    then, current, percent = before[0], now[0], percents[0]
    lo = min(then.start, current.start_char, percent.start)
    hi = max(then.end, current.end_char, percent.end)
    if STRONG_BOUNDARY_RE.search(body, lo, hi):
        return None  # the % and the two counts must be told in one clause
    down = any(c.has("change_down") for c in s.cues.between(lo - 30, hi + 30))
    return StatedChange(subject=current.metric, percent=(-1.0 if down else 1.0) * percent.value,
                        percent_tolerance=percent.num.tolerance, from_value=float(then.value),
                        from_tolerance=then.num.tolerance, to_value=current.value, to_tolerance=current.tolerance,
                        start_char=lo, end_char=hi)


def change_restated_as_new(body: str, item_cues: list, fig: Figure) -> bool:
    """"dari 6.040 peserta menjadi 13.222 peserta atau mengalami penambahan 7.182 peserta": the new members named after
    "atau" are the change's size, not what the count before it is."""
    news = [c for c in item_cues if c.has("member_new")]
    return bool(news) and all(c.start > fig.end and _OR_WORD_RE.search(body, fig.end, c.start) for c in news)


_OR_WORD_RE = re.compile(r"\batau\b", re.I)


def as_new(metric: str | None) -> str | None:
    """The new-participants metric of a segment's active one ("bertambah 3.395.973 pekerja" of jasa konstruksi)."""
    if metric is None or metric.startswith("new_"):
        return metric
    segment = metric.removeprefix("active_")
    return f"new_{segment}" if segment in SEGMENT_METRIC.values() else None
