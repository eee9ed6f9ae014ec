"""Typed figure mentions: every number of a sentence with what it measures.

A number (pantau.extract.numbers) becomes a Figure with a unit read from the words around it
and the lexicon's cue classes (pantau.extract.cues), never from fixed character windows:

- money: written as rupiah (Rp, IDR, `rupiah`), or a miliar/triliun figure, or a scaled figure
  introduced as a value ("senilai 500 juta");
- case / people / company / thing: a count and the noun after it ("812 kasus", "1,3 juta
  penerima manfaat", "4.870 perusahaan", "13 kantor cabang"), `lebih`, `orang` or `-an` between
  allowed; or the noun before it with a linking word ("jumlah kasus 4.120", "klaim sebanyak 1.846");
- bare: a count with no noun ("sebanyak 31.044 senilai Rp 314,8 miliar");
- percent, year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pantau.extract.cues import Cue
from pantau.extract.fastre import guarded
from pantau.model import NumberMention

_BIG_SCALES = ("miliar", "triliun")
APPROX_SLACK = 0.05  # "sekitar 500 kasus": within a few percent of the exact figure


@dataclass
class Figure:
    num: NumberMention
    unit: str  # money | case | people | company | thing | application | bare | percent | year | other
    noun: Cue | None = None  # the noun that says what a count counts
    approx: bool = False  # "sekitar", "lebih dari", "hampir", "N lebih", "-an"
    # The number's span, kept as plain attributes: the rules ask for them a million times per 2 000 articles
    # (bench/README.md, "Extraction cost after issue 12").
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.start, self.end = self.num.start, self.num.end

    @property
    def value(self) -> float | None:
        return self.num.value


# Above every count of cases or people the agency has (about 40 million active participants), a figure can only be money
MONEY_SIZED_COUNT = 1e8


def money_sized(fig: Figure) -> bool:
    """A scaled figure with no currency mark that no count could be ("dengan jumlah klaim 643,51 juta"), with no count
    noun right after it."""
    return fig.unit in ("case", "bare") and fig.num.scale_word in ("juta", "miliar", "triliun") \
        and fig.value is not None and fig.value >= MONEY_SIZED_COUNT \
        and (fig.noun is None or not 0 <= fig.noun.start - fig.end <= 2)


# A sentence opening on a counted whole ("Dari 4.500 peserta pegawai bukan ASN tersebut, ..."): what follows is a part
COUNTED_WHOLE_OPENER_RE = re.compile(r"^\W*[Dd]ari\s+(?:total\s+|jumlah\s+|sebanyak\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?\s+"
                                     r"(?:kasus|klaim|peserta|pekerja|orang|berkas)\b[^,;.]{0,60},")
# "... dari total 223.022 pekerja", "... dari total kepesertaan sebanyak 130.245": the whole the count before is a part of
WHOLE_LEAD_RE = re.compile(r"\bdari\s+(?:total|jumlah|keseluruhan|seluruh)\b[^\d.;]{0,30}$", re.I)


def said_tolerance(fig: Figure) -> float:
    """The figure's rounding as said: a round figure said to be approximate ("sekitar 751.000") is rounded to its
    last non-zero digit, not exact to the unit."""
    tolerance = fig.num.tolerance or 0.0
    if not fig.approx or fig.value is None or fig.value <= 0 or not float(fig.value).is_integer():
        return tolerance
    digits = str(int(fig.value))
    zeros = len(digits) - len(digits.rstrip("0"))
    return max(tolerance, 0.5 * 10 ** zeros) if zeros else tolerance


class SentenceCues:
    """The cues of one sentence, looked up by position."""

    def __init__(self, cues: list[Cue]):
        self.cues = cues
        if cues:
            self.by_start = {c.start: c for c in cues}
            self.classes = frozenset().union(*[c.classes for c in cues])
        else:  # (a third of sentences)
            self.by_start, self.classes = {}, frozenset()

    # (`cls in c.classes` is Cue.has without the call: these run a hundred times per article)
    def between(self, start: int, end: int, cls: str | None = None) -> list[Cue]:
        return [c for c in self.cues if start <= c.start and c.end <= end and (cls is None or cls in c.classes)]

    def last_before(self, pos: int, cls: str, since: int = 0) -> Cue | None:
        if cls not in self.classes:
            return None  # no cue of the class in the sentence
        found = None
        for c in self.cues:
            if c.start >= pos:
                break
            if c.start >= since and cls in c.classes:
                found = c
        return found

    def first_after(self, pos: int, cls: str, until: int | None = None) -> Cue | None:
        if cls not in self.classes:
            return None
        for c in self.cues:
            if c.start >= pos and (until is None or c.start < until) and cls in c.classes:
                return c
        return None

    def any(self, cls: str) -> bool:
        return cls in self.classes


# What may stand between a count and its noun: "dua ribu lebih kasus", "1,3 juta orang peserta", "20.557 jumlah kasus".
_NOUN_GAP_RE = re.compile(r"\s*(?:\)\s*)?(?:(?:lebih|an|-an|orang|unit|jiwa|total|jumlah)\s+)?"
                          # "360 ribu di antaranya merupakan pekerja migran", "1,2 juta adalah peserta BPU"
                          r"(?:(?:di\s*antaranya|diantaranya)\s+)?(?:(?:merupakan|adalah|yakni|yaitu|berupa|sebagai)\s+)?"
                          r"(?P<kind>(?:sektor|segmen|kategori)\s+)?",  # "103 ribu sektor bukan penerima upah": a segment
                          re.I)
_NOUN_GAP_BEFORE_NOUN_RE = re.compile(r"\s*(?:lebih\s+)?", re.I)
# Words linking a noun named before its count: "klaim sebanyak 1.846", "jumlah kasus 4.120",
# "total peserta mencapai 5 juta".
_LINK_BEFORE_RE = re.compile(
    r"(?:\s+(?:yang\s+)?(?:sebanyak|sebnyak|sebayak|sejumlah|berjumlah|mencapai|tercatat|sekitar|hanya|ada|adalah|sebesar|yakni|"
    r"yaitu|lebih\s+dari|hampir|kurang\s+lebih|di\s+angka|pada\s+angka|menjadi|menyentuh|menembus|tembus|sudah|telah|"
    r"angka|"
    # ("jumlah peserta aktif mereka baru sebesar 16,337 juta")
    r"mereka(?:\s+(?:baru|kini|masih))?|"
    # the noun's year between ("kasus kecelakaan kerja sepanjang 2020 tercatat 153.044")
    r"(?:sepanjang|selama|pada|di|hingga|sampai|per)\s+(?:tahun\s+)?(?:19|20)\d\d(?:\s+lalu)?,?))*\s*[:=]?\s*$", re.I)
_FOR_A_COUNT_AFTER_RE = re.compile(r"\s+(?:untuk|kepada|bagi)\s+\d[\d.,]*\s+(?:orang|peserta|kasus|klaim|pekerja|tenaga\s+kerja|"
                                   r"ahli\s+waris|penerima)\b", re.I)
_MONEY_NOUN_BEFORE_RE = re.compile(r"\b(?:uang|biaya|santunan)\s+(?:(?!kepada|untuk|bagi|sebanyak)[a-z]+\s+){0,2}"
                                   r"(?:sebesar\s+|senilai\s+)?$", re.I)
_MONEY_LEAD_RE = re.compile(r"(?:senilai|sebesar|nominal|nilai(?:nya)?|sejumlah|total|dana|mencapai|Rp\.?)\s*$", re.I)
_MORE_AFTER_RE = re.compile(r"\s*(?:lebih|-an)\b", re.I)
_YEAR_TEXT_RE = re.compile(r"(?:19|20)\d\d")
_PERIOD_LEAD_RE = re.compile(r"\b(?:sepanjang|selama|tahun|pada|hingga|sampai|sejak|periode|akhir|awal|di|yakni|yaitu|"
                             r"(?:semester|kuartal|triwulan|kwartal)\s+(?:iv|i{1,3}|[1-4])|januari|februari|maret|april|"
                             r"mei|juni|juli|agustus|september|oktober|november|desember)\s*[-–]?\s*$", re.I)


def noun_after(body: str, cues: SentenceCues, mention: NumberMention) -> Cue | None:
    """The counting noun right after a count, allowing `lebih`, `orang`, `unit`, a bracket."""
    gap = _NOUN_GAP_RE.match(body, mention.end)
    for pos in (gap.end(), _NOUN_GAP_BEFORE_NOUN_RE.match(body, mention.end).end()):
        cue = cues.by_start.get(pos)
        if cue is not None and _is_noun(cue) and (pos != gap.end() or not gap.group("kind") or cue.has("segment")):
            return cue  # (not "12 sektor usaha": only a segment's name makes "sektor" no noun of its own)
    return None


def _is_noun(cue: Cue) -> bool:
    return not cue.classes.isdisjoint(_NOUN_CLASSES)


_NOUN_CLASSES = frozenset(("case_noun", "people_noun", "company_noun", "thing_noun", "member_noun", "segment", "program",
                           "application_noun"))


_COUNTED_BEFORE_RE = re.compile(r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
                                r"belas|puluh|ratus))\s+$", re.I)


_TIME_POINTED_RE = re.compile(r"\s+(?:itu|ini|tersebut|lalu|kemarin)\b", re.I)


def noun_before(body: str, cues: SentenceCues, mention: NumberMention, floor: int) -> Cue | None:
    """A counting noun named before the count with only linking words between ("jumlah kasus
    4.120", "klaim sebanyak 1.846", "peserta aktif tercatat 120.000")."""
    end = mention.start
    chain = 0
    for cue in reversed(cues.cues):
        if cue.end > end:
            continue
        if cue.start < floor or chain >= 3:
            break
        gap_ok = _LINK_BEFORE_RE.fullmatch(body, cue.end, end) if end == mention.start \
            else not body[cue.end:end].strip()
        if not gap_ok:
            return None
        # "peserta JP 210 ribu" counts participants, not claims; "kasus kecelakaan kerja mencapai 153.044" is itself a
        # count's noun that names its program
        if _is_noun(cue) and (not cue.has("program") or cue.has("case_noun")):
            if _COUNTED_BEFORE_RE.search(body, max(floor, cue.start - 15), cue.start):
                return None  # "dalam empat bulan itu sebanyak 22.517": the noun of another count
            if cue.has("thing_noun") and _TIME_POINTED_RE.match(body, cue.end):
                return None  # "sepanjang tahun itu 69.029": a time named, not what is counted
            return cue
        # "Perusahaan aktif: 5.318", "Tenaga kerja aktif: 172.940": a modifier between noun and count
        if not any(cue.has(c) for c in _MODIFIERS):
            return None
        end, chain = cue.start, chain + 1
    return None


# (and the agency named after its participants: "jumlah peserta aktif BPJS Ketenagakerjaan 35,3 juta")
_MODIFIERS = ("active", "inactive", "registered", "member_new", "total", "approx", "anaphor", "agency_ours")


def unit_of_noun(cue: Cue) -> str:
    if cue.has("case_noun") or cue.has("program"):
        return "case"  # "3.167 jaminan kematian": claims counted by their program
    if cue.has("application_noun"):
        return "application"  # "2.515 pengajuan": claims only when approved or paid (claim_rules)
    if cue.has("company_noun"):
        return "company"
    if cue.has("people_noun") or cue.has("member_noun") or cue.has("segment"):
        return "people"  # a segment counts workers: "bukan penerima upah 153.000", "17.858 TKI"
    return "thing"


def is_year_like(body: str, mention: NumberMention) -> bool:
    """A bare 19xx/20xx after a period word ("sepanjang 2022 klaim ...") is a year even when a
    count word follows it."""
    return bool(_YEAR_TEXT_RE.fullmatch(mention.text.strip())) and \
        bool(_PERIOD_LEAD_RE.search(body, max(0, mention.start - 12), mention.start))


# "6.700 dan 310 kasus", "antara 40 hingga 50 orang": two counts of one noun
# ("22,83 juta, 17 persen pekerja informal": the next number is a percentage, its "persen" no noun of the first)
_SHARED_NOUN_RE = re.compile(r"\s*(?:dan|serta|hingga|sampai|,)\s*\d[\d.,]*(?:\s*(?:ribu|juta))?(?!\s*(?:persen|%))", re.I)


def _shared_noun(body: str, cues: SentenceCues, mention: NumberMention) -> Cue | None:
    joined = _SHARED_NOUN_RE.match(body, mention.end)
    return noun_after(body, cues, replace(mention, end=joined.end())) if joined else None


def _count_noun_right_after(body: str, cues: SentenceCues, mention: NumberMention) -> Cue | None:
    """A whole rupiah figure with no scale word but "ribu" followed at once by a case or people noun ("Rp2.543 kasus",
    "sebanyak Rp 1.108 peserta", "Jaminan Kecelakaan Kerja Rp 221 ribu kasus"): the sign slipped in."""
    if mention.scale_word not in (None, "ribu") or mention.value is None or mention.value != int(mention.value) or mention.value >= 1e7:
        return None
    after = noun_after(body, cues, mention)
    return after if after is not None and after.start - mention.end <= 1 and unit_of_noun(after) in ("case", "people") \
        else None


def type_figure(body: str, cues: SentenceCues, mention: NumberMention, floor: int) -> Figure:
    """One number's Figure; `floor` is where its sentence (or list row) begins."""
    if mention.value is None:
        return Figure(mention, "other")
    if mention.kind == "percent":
        return Figure(mention, "percent")
    if mention.kind == "year" or (mention.kind == "count" and is_year_like(body, mention)):
        return Figure(mention, "year")
    if mention.kind == "foreign_money":
        return Figure(mention, "other")
    approx = _is_approximate(body, cues, mention)
    if mention.kind == "money":
        slip = _count_noun_right_after(body, cues, mention)
        if slip is not None:
            return Figure(mention, unit_of_noun(slip), slip, approx)  # "Rp2.543 kasus": a count with a stray sign
        return Figure(mention, "money", approx=approx)
    after = noun_after(body, cues, mention) or _shared_noun(body, cues, mention)
    if mention.is_words and not mention.scale_word and mention.value < 100 \
            and (after is None or after.start - mention.end > 1 and not (
                body[mention.end:after.start].strip().casefold() == "orang" and (after.has("heir") or after.has("claimant")))):
        return Figure(mention, "other")  # "dibagi menjadi empat", "ada empat yakni ...": categories, not a count
    if not mention.scale_word and mention.value != int(mention.value) \
            and (after is None or unit_of_noun(after) in ("case", "people", "company", "application")):
        # "mengundurkan diri sebanyak 1,7 kasus": a count lost its scale word; "peserta aktif ... sebanyak 902,3000.": a
        # broken figure (things are counted whole; an amount has its Rp or scale word)
        return Figure(mention, "other")
    if after is not None:
        unit = unit_of_noun(after)
        if (unit == "people" and body[after.start:after.end].casefold() == "peserta") \
                or (unit == "thing" and body[after.start:after.end].casefold() in ("unit", "buah")):
            # ("... tenaga kerja dengan pemberi kerja/badan usaha sebanyak 25.658 unit": the noun just before)
            subject = next((n for n in (noun_before(body, cues, mention, floor), subject_noun(body, cues, mention, floor))
                            if n is not None and unit_of_noun(n) == "company"), None)
            if subject is not None:
                # "perusahaan mencapai 3.600 peserta", "badan usaha yang aktif sebanyak 9.069 unit": companies
                return Figure(mention, "company", subject, approx)
        return Figure(mention, unit, after, approx)
    if mention.scale_word in _BIG_SCALES or (mention.scale_word and _FOR_A_COUNT_AFTER_RE.match(body, mention.end)):
        # ("klaim 643,51 juta untuk 8 orang peserta": an amount for the people counted after it, its "Rp" left out)
        return Figure(mention, "money", approx=approx)
    if mention.scale_word and _MONEY_NOUN_BEFORE_RE.search(body, max(floor, mention.start - 40), mention.start):
        return Figure(mention, "money", approx=approx)  # "uang kematian 20 juta": its "Rp" left out
    before = noun_before(body, cues, mention, floor) or subject_noun(body, cues, mention, floor)
    # "total peserta klaim ... mencapai 1,6 juta": a count of its subject, though 'mencapai' may lead money
    if before is not None and unit_of_noun(before) in ("people", "case", "company"):
        return Figure(mention, unit_of_noun(before), before, approx)
    if mention.scale_word and _MONEY_LEAD_RE.search(body, max(floor, mention.start - 15), mention.start) \
            and not worth_follows(body, mention.end, len(body)):
        # (not "total klaim mencapai 1,39 juta dengan nilai manfaat ... Rp 21,24 triliun": the worth comes after it)
        return Figure(mention, "money", approx=approx)
    if before is not None:
        return Figure(mention, unit_of_noun(before), before, approx)
    return Figure(mention, "bare", approx=approx)


# The words that tell a figure's worth right after it ("dengan nilai", "dengan total pembayaran", "senilai"), one
# definition for every rule that asks whether an amount follows a count.
# ("dengan total sebesar Rp", "dengan total yang dibayar sebesar Rp": the total worth, no noun)
WORTH_WITH = (r"dengan\s+(?:(?:total\s+|jumlah\s+)?(?:nilai|nominal|pembayaran|santunan|manfaat|klaim)"
              r"|total\s+(?:yang\s+(?:telah\s+|sudah\s+)?dibayar(?:kan)?\s+)?(?=sebesar|senilai|mencapai|Rp))")
WORTH_LEAD = rf"(?:{WORTH_WITH}|senilai)"
_WORTH_AFTER: dict[int, re.Pattern] = {}
# a rupiah figure: "Rp ...", or one with "rupiah" after it ("242 miliar rupiah")
_RUPIAH = r"(?:\bRp|\d[\d.,]*(?:\s*[a-z]+)?\s+rupiah\b)"


def worth_follows(body: str, start: int, end: int, reach: int = 0) -> bool:
    """After at most `reach` characters of its clause, the figure ending at `start` has its worth told: a worth word,
    then within 40 characters a rupiah figure ("1,39 juta dengan nilai manfaat yang telah dibayarkan mencapai Rp",
    "... mencapai 14,35 triliun rupiah")."""
    pattern = _WORTH_AFTER.get(reach)
    if pattern is None:
        pattern = _WORTH_AFTER[reach] = re.compile(
            rf"[^.;]{{0,{reach}}}?\s*,?\s*\b{WORTH_LEAD}\b[^.;\d]{{0,40}}?{_RUPIAH}" if reach else
            rf"\s*,?\s*{WORTH_LEAD}\b[^.;\d]{{0,40}}?{_RUPIAH}", re.I)
    return pattern.match(body, start, end) is not None


# ("perusahaan yang aktif sebagai peserta kini 445 ribu", "segmen penerima upah jumlahnya 93.559")
_COPULA_BEFORE_RE = re.compile(r"\b(?:berjumlah|sebanyak|sejumlah|mencapai|tercatat|adalah|ada|yakni|yaitu|menjadi|"
                               r"menembus|menyentuh|sekitar|hanya|angka|kini|sekarang|saat\s+ini|jumlahnya|totalnya)\s*$",
                               re.I)
_CLAUSE_START_RE = re.compile(r"[,;:]\s|(?<!\b[A-Za-z])\.\s")  # not after "s.d."


_FROM_BEFORE_RE = re.compile(r"\s+dari\s+$", re.I)


def _from_side_of_change(body: str, cues: SentenceCues, mention: NumberMention) -> bool:
    """The from-side of the subject's change, a change word of the lexicon then "dari" ("Kasusnya bertambah dari
    10.351 ... menjadi 11.406")."""
    change = cues.last_before(mention.start, "change_up", since=max(0, mention.start - 25)) \
        or cues.last_before(mention.start, "change_down", since=max(0, mention.start - 25))
    return change is not None and _FROM_BEFORE_RE.fullmatch(body, change.end, mention.start) is not None


def subject_noun(body: str, cues: SentenceCues, mention: NumberMention, floor: int) -> Cue | None:
    """The counting noun that is its clause's subject, when a count is its predicate ("pekerja migran
    yang terdaftar di BPJS Ketenagakerjaan berjumlah 472.934")."""
    if not (_COPULA_BEFORE_RE.search(body, max(floor, mention.start - 25), mention.start) or _from_side_of_change(
            body, cues, mention)):
        return None
    starts = [floor] + [m.end() for m in _CLAUSE_START_RE.finditer(body, floor, mention.start)]
    for start, end in ((starts[-1], mention.start), *(
            # ("jumlah total peserta klaim, atau tenaga kerja yang menerima manfaat ..., telah mencapai 1,6 juta": the
            # subject before an aside opened by "atau/yakni/yaitu")
            [(starts[-3], starts[-2])] if len(starts) > 2 and _ASIDE_OPENER_RE.match(body, starts[-2]) else [])):
        for cue in cues.cues:
            if start <= cue.start < end and _is_noun(cue) and not cue.has("program") and not cue.has("thing_noun"):
                return cue
    return None


_ASIDE_OPENER_RE = re.compile(r"(?:atau|yakni|yaitu|alias)\s", re.I)


def _is_approximate(body: str, cues: SentenceCues, mention: NumberMention) -> bool:
    lead = cues.last_before(mention.start, "approx", since=max(0, mention.start - 25))
    if lead is not None and not body[lead.end:mention.start].strip(" Rp.").strip():
        return True
    return bool(_MORE_AFTER_RE.match(body, mention.end)) or mention.text.endswith("an")


def widened(fig: Figure) -> NumberMention:
    """An approximate figure is only as precise as the word says: its tolerance widens, so it
    restates the exact figure instead of conflicting with it."""
    num = fig.num
    if not fig.approx or num.value is None:
        return num
    return replace(num, tolerance=max(num.tolerance, APPROX_SLACK * abs(num.value)))


def type_figures(body: str, cues: SentenceCues, numbers: list[NumberMention], floor: int) -> list[Figure]:
    figures = [type_figure(body, cues, n, floor) for n in numbers]
    for i in range(1, len(figures)):
        fig, before = figures[i], figures[i - 1]
        # "42,66 juta orang, Februari sebesar 41,38 juta, Maret mencapai 40,19 juta": a series of counts goes on,
        # 'sebesar' or not; a figure with no "Rp" is money only where money is spoken of
        if fig.unit == "money" and fig.num.kind != "money" and fig.num.scale_word in ("ribu", "juta") \
                and before.unit in ("people", "case", "company", "bare") and before.num.scale_word == fig.num.scale_word \
                and not _MONEY_WORD_RE.search(body, before.end, fig.start):
            figures[i] = Figure(fig.num, "bare", approx=fig.approx)
    return figures


_MONEY_WORD_RE = re.compile(r"\bRp|\brupiah\b|\bnilai|\bdana\b|\bnominal|\buang\b|\bsenilai\b|\d", re.I)


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_COPULA_BEFORE_RE = guarded(_COPULA_BEFORE_RE)


def written_before(body: str, before: int, fig: Figure) -> bool:
    """The figure's digits are written in the text before `before` (the figure a back reference points to: "dari
    2.717 orang itu" where 2.717 was never written is a sum told only now)."""
    digits = _DIGITS_RE.search(fig.num.text)
    return digits is None or re.search(rf"(?<![\d.,]){re.escape(digits.group(0))}(?![\d]|[.,]\d)", body[:before]) is not None


_DIGITS_RE = re.compile(r"\d[\d.,]*\d|\d")
