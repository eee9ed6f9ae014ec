"""A clause that gives the same figure a year earlier right after the current one, its only period "tahun lalu" and no
change word before it: "formal ada 22,58 juta, tahun lalu masih 20,9 juta", "Rp 2 triliun, padahal tahun sebelumnya
hanya Rp 1,5 triliun". The figure after it is the compared (prior) value; the figures before it keep the sentence's
period. A claim so told is dated a year earlier and marked prior (side.previous_year); a participation count is the
compared side of the count before it (its metric, a year earlier) and the from-side of a change stated after it."""
from __future__ import annotations

import re
from datetime import date

from pantau.extract.periods import Period, previous_year_of

# What opens the clause: a comma, or a contrasting word ("tahun lalu" right after a figure, with no comma, is that
# figure's own period: "Rp 2 triliun tahun lalu")
_CLAUSE_LEAD_RE = re.compile(r"(?:[,;]\s*(?:(?:sedangkan|sementara(?:\s+itu)?|adapun|padahal|sedang|dan|namun|tapi)\s+)?|"
                             r"\b(?:sedangkan|sementara(?:\s+itu)?|adapun|padahal)\s+)"
                             r"(?:(?:pada|di|dalam)\s+)?$", re.I)
# Between the period and the figure, only words that state a level ("masih", "baru", "hanya", "sebesar", "di angka")
_LEVEL_GAP_RE = re.compile(r"\s*,?\s*(?:(?:angkanya|jumlahnya|nilainya|totalnya|baru|masih|hanya|cuma|sebesar|sebanyak|"
                           r"sejumlah|mencapai|tercatat|sekitar|kurang\s+lebih|di\s+angka|ada|berada\s+di|yakni|yaitu)\s+){0,3}",
                           re.I)
_LEAD_REACH = 40
_GAP_REACH = 40
_FIGURE_UNITS = ("money", "people", "bare", "company", "case")


def last_year_clause_before(s, fig_start: int) -> Period | None:
    """The "(periode yang sama) tahun lalu" period opening the clause of the figure at fig_start, right before it, after
    another figure of the sentence; None when the figure is not so told. (s: a ClaimSentence; offsets are the body's.)"""
    text, base = s.ctx.sentence.text, s.start
    for p in s.ctx.periods:
        if p.relative != "previous_year" or p.span[1] > fig_start or fig_start - p.span[1] > _GAP_REACH:
            continue
        gap = _LEVEL_GAP_RE.match(text, p.span[1] - base, fig_start - base)
        if gap is None or gap.end() != fig_start - base:
            continue
        lead = _CLAUSE_LEAD_RE.search(text, max(0, p.span[0] - base - _LEAD_REACH), p.span[0] - base)
        if lead is not None and any(f.end - base <= lead.start() and f.unit in _FIGURE_UNITS for f in s.figures):
            return p
    return None


def is_last_year_clause(s, p: Period) -> bool:
    """Period p opens such a clause: a figure follows it as that clause's own."""
    return p.relative == "previous_year" and any(
        f.start >= p.span[1] and f.unit in _FIGURE_UNITS and last_year_clause_before(s, f.start) is p
        for f in s.figures)


# "Tahun lalu, total klaim JHT mencapai 109.912 kasus", "sepanjang tahun lalu": the whole year before, not its same months
_WHOLE_YEAR_BEFORE_RE = re.compile(r"\b(?:sepanjang|selama)\s+tahun\s+(?:lalu|sebelumnya)\b|\btahun\s+(?:lalu|sebelumnya)\s*,?\s*"
                                   r"(?:total|secara\s+keseluruhan)\b|\btotal\s+[^.;\d]{0,30}\btahun\s+(?:lalu|sebelumnya)\b", re.I)


def previous_year_reading(s, period) -> tuple[tuple, bool]:
    """The period of a sentence about the year before, and whether it is the compared side: the same months a year
    earlier, or the whole year when the sentence says so ("Tahun lalu, total klaim JHT mencapai 109.912 kasus"), told
    as background rather than compared."""
    if period[1] is not None and _WHOLE_YEAR_BEFORE_RE.search(s.text):
        return (date(period[1].year - 1, 1, 1), date(period[1].year - 1, 12, 31)), False
    return previous_year_of(*period), True
