"""A participation count's series inside an article: its earlier value told after it (rule
member.series_earlier), its next values told one after another (rule member.series_next), and which side
of a stated change a count stands on."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pantau.extract.claim_frames import speaks_of_previous_year
from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.dates import make_date
from pantau.extract.periods import month_end, previous_year_of, shift_years
from pantau.extract.figures import Figure
from pantau.extract.last_year_clause import last_year_clause_before
from pantau.extract.lexicon import FROM_WORD, MONTH_WORD, MONTHS
from pantau.extract.member_rules import MemberState
from pantau.model import MembershipFigure


def on_compared_side(body: str, s: ClaimSentence, fig: Figure) -> bool:
    ctx = s.ctx
    if last_year_clause_before(s, fig.start) is not None:
        return True  # "formal ada 22,58 juta, tahun lalu masih 20,9 juta, jadi naik 7 persen"
    if ctx.change_at is None or fig.start <= ctx.change_at:
        return False
    side = None
    for side in _SIDE_WORD_RE.finditer(body, ctx.change_at, fig.start):
        pass
    return side is not None and side.group("to") is None  # "naik dari 99.800 ... menjadi 262.999"


# ("berasal dari 4.870 perusahaan" says where the workers are, "baik dari sisi kualitas maupun kuantitas" how it grew,
# not what they are compared with)
_SIDE_WORD_RE = re.compile(rf"(?<!berasal\s)\b(?:(?P<to>menjadi|jadi)|{FROM_WORD}|dibanding\w*|ketimbang|"
                           r"daripada|sebelumnya|semula)\b", re.I)


# "Pada Januari tercatat 42,66 juta orang, turun menjadi 41,38 juta di Februari, lalu 40,19 juta pada Maret": the
# next values of the count just read, told one after another with nothing of their own between
# (a month's year may stand between: "19.115 pada Februari 2022, lalu 19.870 pada Maret 2022")
# ("42,66 juta orang, Februari sebesar 41,38 juta, Maret mencapai 40,19 juta": a month, then a verb, before each)
_NEXT_OF_SERIES_GAP_RE = re.compile(rf"(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,45}}?(?:\b(?:menjadi|jadi|ke|lalu|kemudian|dan)|,)\s*"
                                    rf"(?:(?:{MONTH_WORD})\s+(?:(?:19|20)\d\d\s+)?(?:sebesar|sebanyak|mencapai|tercatat|menjadi)?\s*)?$",
                                    re.I)


# "... diikuti Kalimantan Timur sebanyak 1,31 juta dan Bali sebanyak 1,1 juta": the next area of a list, named in Capitals
# (its count's words may stand between: "1,2 juta peserta aktif BPJS Ketenagakerjaan per Juli 2023, diikuti Sumatera Barat
# dengan 640 ribu")
_NEXT_AREA_GAP_RE = re.compile(r"(?:[^\d.;:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?(?:,\s*|\s(?=dan\s|serta\s))"
                               r"(?:(?:dan|serta|lalu|kemudian|diikuti|disusul)\s+(?:oleh\s+)?)?"
                               r"(?:(?:Kota|Kabupaten|Kab\.|Provinsi)\s+)?(?:[A-Z][\w-]*\s+){1,3}"
                               r"(?:(?:sebanyak|sejumlah|dengan|mencapai|ada)\s+|:\s*)?$")


def next_area_in_list(body: str, out: list[MembershipFigure], fig: Figure) -> bool:
    """A bare count in the same scale right after a participation count of its sentence, only an area's name between:
    the same count of the next area in the list."""
    if not out or out[-1].end_char > fig.start or fig.start - out[-1].end_char > 100:
        return False
    before = body[out[-1].start_char:out[-1].end_char].casefold().split()
    # (a scale word on both or neither: "1,2 juta ... Sumatera Barat dengan 640 ribu")
    return bool(fig.num.scale_word) == (before[-1] in ("ribu", "juta")) \
        and _NEXT_AREA_GAP_RE.fullmatch(body, out[-1].end_char, fig.start) is not None


def next_of_series(body: str, out: list[MembershipFigure], fig: Figure) -> bool:
    """A bare count in the same scale right after a participation count of its sentence, on the far side of a change
    or next in a list of periods: the same count's next value (rule member.series_next)."""
    if not out or out[-1].metric.startswith("new_") or out[-1].end_char > fig.start:
        return False
    before = body[out[-1].start_char:out[-1].end_char].casefold().split()
    return (fig.num.scale_word or "") == (before[-1] if before[-1] in ("ribu", "juta") else "") \
        and _NEXT_OF_SERIES_GAP_RE.fullmatch(body, out[-1].end_char, fig.start) is not None \
        and _SERIES_VALUE_END_RE.match(body, fig.end) is not None


# What may follow such a value: its period, then the clause's end ("41,38 juta di Februari, lalu ..."); not a
# noun of its own ("7,36 juta lainnya pekerja jasa konstruksi", "50 proyek jasa konstruksi")
_SERIES_VALUE_END_RE = re.compile(r"\s*(?:(?:di|pada|per|hingga|sampai)\s+(?:bulan\s+|akhir\s+|tahun\s+)?(?:[A-Z][a-z]+(?:\s+\d{4})?|(?:19|20)\d\d))?"
                                  r"\s*(?:[,.;]|$|\s(?:dan|lalu|kemudian)\b)")


# "35 juta pekerja aktif di akhir tahun ini. Sementara di akhir tahun lalu terdapat 30,6 juta.": the same count, earlier
# ("Sementara pada periode yang sama di 2014, jumlah peserta aktif mereka baru sebesar 16,337 juta.")
_EARLIER_OF_SERIES_RE = re.compile(r"(?:sementara|sedangkan|adapun)?\s*(?:itu\s*)?,?\s*(?:di|pada)\s+(?:periode\s+(?:yang\s+)?sama\s+"
                                   r"(?:di\s+|pada\s+)?)?(?:akhir\s+)?(?:tahun\s+(?:lalu|sebelumnya|kemarin)|(?:19|20)\d\d)\s*,?\s*"
                                   r"(?:jumlah\s+(?:peserta(?:\s+aktif)?|tenaga\s+kerja\s+aktif)(?:\s+(?:mereka|itu|tersebut))?\s+)?"
                                   r"(?:terdapat|ada|sebanyak|tercatat|mencapai|baru|masih|hanya|sebesar|baru\s+sebesar)?\s*$", re.I)


def earlier_of_series(body: str, s: ClaimSentence, fig: Figure, state: MemberState) -> bool:
    """A bare count alone in a sentence that only names an earlier period, right after a participation
    figure, or that is the compared side of a change told of that figure ("angka itu meningkat sebesar 23%,
    jika dibandingkan periode sama tahun lalu yang sejumlah 212.266"): that figure's metric, earlier
    (rule member.series_earlier). A count with its noun only in a sentence opening on the earlier period, after a
    count of workers ("Sementara pada periode yang sama di 2014, jumlah peserta aktif mereka baru sebesar 16,337 juta")."""
    if fig.unit == "people":
        return state.previous_metric not in (None, "active_companies") and _earlier(body, s, fig, state, False)
    return fig.unit == "bare" and _earlier(body, s, fig, state, True)


def _earlier(body: str, s: ClaimSentence, fig: Figure, state: MemberState, compared: bool) -> bool:
    return bool(state.previous_metric) and state.misses == 0 and not state.previous_metric.startswith("new_") \
        and len([f for f in s.figures if f.unit not in ("year", "percent")]) == 1 \
        and (_EARLIER_OF_SERIES_RE.fullmatch(body, s.start, fig.start) is not None
             or (compared and (s.cues.any("anaphor") or s.cues.any("anaphor_figure")) and on_compared_side(body, s, fig)))


# "Angkanya kembali turun ke 39,70 juta pada April ...": the sentence opens on the number just told
_ITS_NUMBER_OPENER_RE = re.compile(r"\W*(?:angka|jumlah)(?:nya|\s+(?:itu|ini|tersebut))\b", re.I)


# "Kemudian, pada 2019 mencapai 34,17 juta.": the next period opens the sentence, then only a reach or change word
_NEXT_PERIOD_OPENER_RE = re.compile(r"\W*(?:(?:kemudian|lalu|selanjutnya|berikutnya|setahun\s+kemudian)\s*,?\s*)?"
                                    r"(?:pada|di|hingga|sampai(?:\s+dengan)?|per)\s+(?:(?:akhir|awal|bulan|tahun)\s+)?"
                                    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*,?\s*(?:(?:jumlahnya|angkanya|naik|turun|meningkat|"
                                    r"menurun|mencapai|menjadi|sudah|telah|kembali|tercatat|sebanyak|sebesar|hanya|baru)\s+)+",
                                    re.I)


def series_goes_on(body: str, s: ClaimSentence, fig: Figure, state: MemberState) -> bool:
    """The first bare count of a sentence opening on "Angkanya"/"Jumlah itu", or on the next period and a reach or
    change word alone ("Kemudian, pada 2019 mencapai 34,17 juta."), right after a participation count: the same count's
    next value (rule member.series_next), the series carried over from the sentence before."""
    return fig.unit == "bare" and bool(state.previous_metric) and state.misses == 0 \
        and not state.previous_metric.startswith("new_") and state.previous_metric != "active_companies" \
        and (_ITS_NUMBER_OPENER_RE.match(s.ctx.text) is not None
             or _NEXT_PERIOD_OPENER_RE.fullmatch(body, s.start, fig.start) is not None) \
        and not any(f.unit in ("people", "company", "bare") for f in s.figures if f.end <= fig.start) \
        and _SERIES_VALUE_END_RE.match(body, fig.end) is not None


_MONEY_TALK = ("claim_noun", "benefit_noun", "payment", "fund", "contribution", "budget", "wage", "subsidy", "reserve")


def unpriced_counts_as_bare(s: ClaimSentence) -> ClaimSentence:
    """"Kemudian, pada 2019 mencapai 34,17 juta.": a number with "juta" and no "Rp", taken for money by its lead word
    alone ("mencapai"), in a sentence that speaks of no money, is a bare count to membership."""
    if not any(f.unit == "money" and f.num.kind == "count" for f in s.figures) or any(s.cues.any(c) for c in _MONEY_TALK):
        return s
    return replace(s, figures=[replace(f, unit="bare") if f.unit == "money" and f.num.kind == "count" else f
                               for f in s.figures])


def year_earlier_named_before(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"meningkat 21,63% dibandingkan periode yang sama tahun lalu sebanyak 192.454 perusahaan": the compared count
    comes right after "(periode yang sama) tahun lalu", so it is dated a year before the sentence's period."""
    return any(p.relative == "previous_year" and p.span[1] <= fig.start and fig.start - p.span[1] < _YEAR_EARLIER_GAP_CHARS
               and not re.search(r"\d", body[p.span[1]:fig.start]) for p in s.ctx.periods)


_YEAR_EARLIER_GAP_CHARS = 30  # "tahun lalu sebanyak 192.454": the figure follows at once


# "meningkat dari 3.604 badan usaha pada 31 Desember 2021, naik menjadi ...": the count's own day, right after it
_ON_A_DAY_AFTER_RE = re.compile(rf"\s*(?:[a-z]+\s+){{0,2}}?(?:pada|per)\s+(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_WORD})\s+"
                                r"(?P<y>(?:19|20)\d\d)\b", re.I)


def dated_right_after(body: str, fig: Figure) -> tuple[None, date] | None:
    """The day a compared count is given for, said right after it ("3.604 badan usaha pada 31 Desember 2021")."""
    m = _ON_A_DAY_AFTER_RE.match(body, fig.end)
    day = m and make_date(int(m.group("y")), MONTHS.get(m.group("m").lower()), int(m.group("d")))
    return (None, day) if day else None


# "..., Februari sebesar 41,38 juta": the month a series value is given for, named in the gap before it
_MONTH_IN_GAP_RE = re.compile(rf"(?:,|\bdan)\s*(?P<m>{MONTH_WORD})(?:\s+(?P<y>(?:19|20)\d\d))?\s+(?:[a-z]+\s+)?$", re.I)


def month_of_series_value(body: str, out: list[MembershipFigure], fig: Figure) -> tuple[date, date] | None:
    """The month named right before a series' next value, in its own year or the year of the value before it."""
    m = _MONTH_IN_GAP_RE.search(body, out[-1].end_char, fig.start) if out else None
    year = m and (int(m.group("y")) if m.group("y") else out[-1].period_end.year if out[-1].period_end else None)
    month = m and MONTHS.get(m.group("m").lower())
    return (date(year, month, 1), month_end(year, month)) if year and month else None


# A sentence opening on what the one before spoke of ("Jumlah peserta aktif ... turun 4,19 juta. Tepatnya, dari 34,17 juta
# ... menjadi 29,98 juta", "... jumlah perusahaan aktif yang menjadi peserta. Kategori ini melonjak ... menjadi 275.888
# perusahaan")
TOPIC_OPENER_RE = re.compile(r"\W*(?:(?:angka|jumlah|total|capaian|realisasi)(?:nya|\s+(?:itu|ini|tersebut))|jumlah\s+mereka|"
                             r"(?:kategori|kelompok)\s+(?:ini|itu|tersebut)|tepatnya|(?:per)?rinciannya)\b", re.I)
# What makes a subject no active count, or a count of only part of them
_NOT_THE_ACTIVE = frozenset(("target", "estimate", "future", "inactive", "not_member", "registered", "member_new", "claimant",
                             "heir", "segment", "program", "payment", "audience", "enrolled"))


def topic_of(cues, until: int) -> str | None:
    """The active count a sentence names before `until` with no count of it read (rule member.topic): participants
    ("Jumlah peserta aktif BPJS TK mengalami penurunan 4,19 juta") or companies ("pada jumlah perusahaan aktif yang
    menjadi peserta")."""
    if not cues.any("active"):
        return None  # (most sentences: no active word)
    named = [c for c in cues.cues if c.start < until]
    if not any(c.has("active") for c in named) or any(not c.classes.isdisjoint(_NOT_THE_ACTIVE) for c in named):
        return None
    if any(c.has("company_noun") for c in named):
        return "active_companies"
    return "active_workers" if any(c.has("member_noun") for c in named) else None


def from_topic(s: ClaimSentence, fig: Figure, item, state: MemberState, found: list) -> str | None:
    """The first count found, with no subject of its own, in a sentence opening on the topic before: that topic's count."""
    if found or not state.topic_metric or not TOPIC_OPENER_RE.match(s.ctx.text) \
            or any(item.has(cls) for cls in _NOT_THE_ACTIVE):
        return None
    company = fig.unit == "company" or (fig.noun is not None and fig.noun.has("company_noun"))
    return state.topic_metric if company == (state.topic_metric == "active_companies") else None


def from_side_after_to_side(body: str, s: ClaimSentence) -> list[Figure]:
    """The sentence's figures, a bare count on the compared side of a change read after the count
    it is compared with ("peserta naik dari 99.800 pada 2017 menjadi 262.999"): it is of that kind."""
    figures = list(s.figures)
    for i, fig in enumerate(figures):
        if fig.unit == "bare" and on_compared_side(body, s, fig):
            later = next((j for j in range(i + 1, len(figures)) if figures[j].unit in ("people", "bare")
                          and not on_compared_side(body, s, figures[j])), None)
            if later is not None and not any(f.unit == "people" for f in figures[:i]):
                figures.insert(later, figures.pop(i))
                break
    return figures


# "Di antara provinsi di Sumbagsel, total kepesertaan Sumsel berada di urutan pertama. Di bawahnya ada Bengkulu dengan
# 721.599 peserta, Lampung 562.568 peserta, ...": the areas are ranked by all their participants
_RANKED_WHOLE_RE = re.compile(r"\b(?:total|jumlah)\s+(?:kepesertaan|peserta)\b(?:(?!\b(?:penerima\s+upah|PU|BPU|informal|formal|"
                              r"konstruksi|jakon|migran|PMI|baru)\b)[^.;\d]){0,80}?\b(?:(?:urutan|peringkat|posisi)\s+"
                              r"(?:pertama|teratas|tertinggi)|tertinggi|terbanyak|terbesar)\b", re.I)


def ranked_whole(text: str) -> str | None:
    """A sentence with no count of its own that ranks areas by all their participants:
    the counts of the areas listed after it are active workers, whatever segment the series before counted."""
    return "active_workers" if _RANKED_WHOLE_RE.search(text) else None


# "Rinciannya, Jasa kontruksi sebanyak 86.770, ...": the parts of the count just told
_PARTS_OF_LAST_RE = re.compile(r"\s*(?:Rinciannya|Rincian(?:nya)?\s+(?:tersebut|itu)|Adapun\s+rinciannya|Terdiri\s+(?:dari|atas))\b",
                               re.I)


def period_told_of(s: ClaimSentence, state: MemberState, period: tuple) -> tuple:
    """A sentence whose only period is "(periode yang sama) tahun lalu" counts the year before the period in force
    ("Pada periode yang sama tahun lalu, total peserta tercatat 102.715 pekerja"); one that lists the parts of the count
    just told, naming no period of its own, is of that count's period."""
    if speaks_of_previous_year(s) and s.ctx.period and s.ctx.period[1] is not None:
        return previous_year_of(*s.ctx.period)
    if state.previous_period and _PARTS_OF_LAST_RE.match(s.ctx.text) and not any(not p.relative for p in s.ctx.periods):
        return state.previous_period
    later = _A_YEAR_LATER_RE.search(s.ctx.text) if state.previous_period and state.previous_period[1] else None
    first = next((f.start for f in s.figures if f.unit in ("people", "bare", "company")), s.end)
    if later and not any(not p.relative and p.span[0] < first for p in s.ctx.periods):
        # "... pada 2019 mencapai 539.299 orang. Setahun kemudian angkanya merosot ke 389.760 orang": the year after
        return tuple(shift_years(day, 1) for day in state.previous_period)
    return period


_A_YEAR_LATER_RE = re.compile(r"\b(?:setahun\s+(?:kemudian|berikutnya|sesudahnya|setelahnya|berselang)|"
                              r"(?:pada\s+)?tahun\s+(?:berikutnya|sesudahnya|setelahnya))\b", re.I)


def topic_segment_after(ctx, cues, kept: str | None) -> str | None:
    """The one segment a sentence with no count (years aside) names, for a count of it in a later sentence ("jumlah PMI
    peserta aktif mulai menurun sejak 2019. Pada tahun itu ... 539.239 orang"); one naming none keeps the topic
    ("Karena banyak pekerja tersebut datang dari ..."); one with counts ends it."""
    if any(n.kind != "year" for n in ctx.numbers):
        return None
    named = {c.value("segment") for c in cues.cues if c.has("segment")}
    return kept if not named else named.pop() if len(named) == 1 else None


def one_segment(cues) -> str | None:
    """The one segment a sentence names, if it names exactly one."""
    named = {c.value("segment") for c in cues.cues if c.has("segment")}
    return named.pop() if len(named) == 1 else None
