"""The period a sentence's own figures are of, among the periods it names: not one on the compared side of a change,
not one in an opening comparison clause, and a year narrowed to the months spelled after it. Read by the sentence
context (pantau.extract.context)."""
from __future__ import annotations

import re
from datetime import date

from pantau.extract.lexicon import TO_WORD
from pantau.extract.periods import Period

COMPARISON_WORD_RE = re.compile(r"(?:dibanding\w*|ketimbang|daripada)\b", re.I)


def _on_new_side(period: Period, change_at: int, text: tuple[int, str] | None) -> bool:
    """"naik ... dari 43.217 klaim pada tahun 2019 menjadi 52.756 klaim pada tahun 2020": a period
    after the change's last side word "menjadi" is the new value's, the sentence's own; so is one
    right after the change with no side word before it ("menurun pada Juni 2020, ... menjadi 28,7 juta":
    when it fell to the new value)."""
    if text is None:
        return False
    offset, sentence = text
    if COMPARISON_WORD_RE.match(sentence, period.span[0] - offset):
        return False  # "naik drastis dibandingkan tahun 2019": the compared period, whatever stands before it
    side = None
    for side in _SIDE_WORD_RE.finditer(sentence, change_at - offset, period.span[0] - offset):
        pass
    if side is None:
        # ("terjadi peningkatan klaim JHT ... pada periode Januari-Juli 2020 yaitu mencapai 16.574 klaim": the level
        # the period reached, told right after it)
        return _RIGHT_AFTER_CHANGE_RE.match(sentence, change_at - offset, period.span[0] - offset) is not None \
            or _LEVEL_AFTER_PERIOD_RE.match(sentence, period.span[1] - offset) is not None
    return side.group("to") is not None


_LEVEL_AFTER_PERIOD_RE = re.compile(r"\s*,?\s*(?:(?:yaitu|yakni|yang)\s+)?(?:telah\s+|sudah\s+)?mencapai\s+(?:sekitar\s+)?"
                                    r"(?:Rp\.?\s*)?\d", re.I)


# "menurun pada Juni 2020", "meningkat 29 persen pada semester I/2021": the change word (and its size), then at once
# the period
# ("Lonjakan paling tajam terjadi pada Juni: 3.082 klaim": when the change happened, the figures' own period)
_RIGHT_AFTER_CHANGE_RE = re.compile(r"\w+\s+(?:(?:paling\s+|ter)?(?:cukup|sangat|drastis|tajam|signifikan|besar|tinggi)\s+)?"
                                    # ("Penurunan ini masih berlanjut hingga Februari 2021 dengan selisih 2,28 juta")
                                    r"(?:(?:ini\s+|itu\s+|tersebut\s+)?(?:masih\s+|terus\s+)?(?:terjadi|berlanjut|berlangsung)\s+)?"
                                    r"(?:(?:(?:sebesar|sekitar|hingga)\s+)?\d+(?:[.,]\d+)?\s*(?:persen|%)\s+"
                                    # ("meningkat 16,8 persen secara year-on-year (yoy) pada semester I/2019")
                                    r"(?:(?:secara\s+)?(?:year[-\s]on[-\s]year|y-?o-?y|tahunan)\s*(?:\([^()]{1,8}\)\s*)?)?"
                                    r"(?:pada|di|per)"
                                    r"|(?:pada|di|per|hingga|sampai)?)\s*$", re.I)


_SIDE_WORD_RE = re.compile(rf"\b(?:(?P<to>{TO_WORD})|dari|dibanding\w*|ketimbang|daripada)\b", re.I)


def own_period(periods: list[Period], change_at: int | None,
                lead: tuple[int, int] | None = None,
                text: tuple[int, str] | None = None,
                from_before: bool = False) -> tuple[date | None, date | None] | None:
    """The sentence's own period: the first absolute period before any change cue (a period
    after "naik ... dari" belongs to the compared figure) and outside an opening comparison
    clause ("Dibandingkan semester I 2021 ..., klaim naik"). "Secara year to date, yakni sejak
    Januari hingga Mei 2024": the range that spells the year to date out is the period."""
    candidates = [p for p in periods if not p.relative
                  and not (change_at is not None and p.span[0] > change_at and not _on_new_side(p, change_at, text))
                  and not (lead is not None and lead[0] <= p.span[0] < lead[1])]
    if not candidates:
        return None
    if text is not None and len(candidates) > 1:
        # ("Kemudian, pada November, BP Jamsostek merilis pencairan JHT dari Januari hingga Oktober": when it was told)
        offset, sentence = text
        candidates = [p for p in candidates if not _RELEASED_AFTER_RE.match(sentence, p.span[1] - offset)] or candidates
    chosen = candidates[0]
    if from_before and change_at is not None:
        # "Mei 2020 Rp 1,4 miliar, naik di bulan Juni menjadi Rp 3,6 miliar": the first period is the from-side's
        chosen = next((p for p in candidates if p.span[0] > change_at), chosen)
    if chosen.kind == "this_year":
        spelled = next((p for p in candidates[1:] if p.kind != "this_year" and p.end is not None), None)
        chosen = spelled or chosen
    chosen = _narrowed_year(chosen, candidates, text)
    return chosen.start, chosen.end


def _narrowed_year(chosen: Period, candidates: list[Period], text: tuple[int, str] | None = None) -> Period:
    """A year narrowed by the months spelled right after it ("Selama tahun 2020 dari Januari sampai dengan Juni
    2020", "tahun 2021, periode Januari hingga Mei"), or later with no figure between ("Bahkan di tahun 2021 ini,
    kata ..., pembayaran klaim ... selang bulan Januari-Juli 2021, ... senilai Rp4,2 miliar"): the months are the
    period."""
    if chosen.kind not in ("year", "this_year") or chosen.start is None or chosen.end is None:
        return chosen

    def follows(p: Period) -> bool:
        gap = p.span[0] - chosen.span[1]
        if 0 <= gap <= _NARROWING_GAP_CHARS:
            return True
        if text is None or not 0 <= gap <= _NARROWING_REACH_CHARS:
            return False
        offset, sentence = text
        return not any(ch.isdigit() for ch in sentence[chosen.span[1] - offset:p.span[0] - offset])

    within = next((p for p in candidates if follows(p)
                   and p.start is not None and p.end is not None and p.kind not in ("year", "this_year")
                   and chosen.start <= p.start and p.end <= chosen.end and p.end.year == chosen.end.year
                   and (p.start, p.end) != (chosen.start, chosen.end)), None)
    return within or chosen


_NARROWING_GAP_CHARS = 12  # ", periode " / " dari " / " (": the months follow the year at once
_NARROWING_REACH_CHARS = 120  # or later in the sentence, words only between


# a period followed by the release of figures: the day they were told, not the period they count
_RELEASED_AFTER_RE = re.compile(r"\W{0,3}(?:\w+\s+){0,4}?(?:merilis|mengumumkan|melansir|memublikasikan|"
                                r"mempublikasikan)\b", re.I)
