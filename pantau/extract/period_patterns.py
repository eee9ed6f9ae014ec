"""The period grammar: one pattern per way of writing a period (`semester I 2022`, `Januari hingga
Juli 2023`, `sepanjang tahun ini`, ...), in the order pantau.extract.periods tries them, and the
substring test that leaves out the patterns a sentence cannot match.
"""
from __future__ import annotations

import re

from pantau.extract.fastre import guarded
from pantau.extract.lexicon import MONTH_WORD

_Y = r"(?:tahun\s+)?(?P<{name}>(?:19|20)\d\d)(?!\d)"  # "20017" is a typo, not 2001
_UNTIL = r"(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d|sd|-|–|—|ke)"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "pertama": 1, "kesatu": 1, "satu": 1,
         "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4, "empat": 4, "awal": 1}
# ("semester awal tahun sebelumnya": the first half)
_ORDINAL = r"(?P<n>iv|iii|ii|i|[1-4]|pertama|kesatu|kedua|ketiga|keempat|satu|dua|tiga|empat|awal)\b"

_LAST_YEAR = r"\s+(?P<prev>tahun\s+(?:lalu|sebelumnya|kemarin))\b"
MONTH_COUNTS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12}
_MONTH_COUNT = r"(?:dua\s+belas|sebelas|sepuluh|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|1[0-2]|[1-9])"

PATTERNS: list[tuple[str, re.Pattern]] = [
    # "periode yang sama tahun 2023", "tahun 2018 periode yang sama": the period in force, a year
    # earlier (before "year" reads "tahun 2018" as the whole year).
    ("same_period", re.compile(
        r"\b(?:(?:pada\s+)?(?:periode|rentang\s+waktu|kurun\s+waktu|masa|waktu|tanggal|bulan|semester|triwulan|kuartal)\s+"
        r"(?:yang\s+)?(?:sama|serupa)\s+(?:di\s+|pada\s+)?"
        r"(?:tahun\s+)?(?:lalu|sebelumnya|"
        r"kemarin|(?:19|20)\d\d)|(?:tahun\s+)?(?:19|20)\d\d\s+(?:pada\s+|di\s+|dengan\s+)?periode\s+(?:yang\s+)?"
        r"(?:sama|serupa)|(?:tahun\s+)?lalu\s+(?:dengan\s+|pada\s+)?periode\s+(?:yang\s+)?sama)\b", re.I)),
    # "sedangkan pada periode yang sama tahun ini", "di periode serupa tahun ini": the period just named, in this year
    ("same_period_now", re.compile(
        r"\b(?:periode|rentang\s+waktu|kurun\s+waktu|masa)\s+(?:yang\s+)?(?:sama|serupa)\s+(?:di\s+|pada\s+)?tahun\s+ini\b",
        re.I)),
    ("day_range", re.compile(
        rf"\b(?P<d1>\d{{1,2}})\s*(?:{MONTH_WORD.replace('(?:', '(?P<m1>', 1)}\s*)?{_UNTIL}\s*(?P<d2>\d{{1,2}})\s+"
        rf"(?P<m2>{MONTH_WORD})(?:\s+{_Y.format(name='y')})?", re.I)),
    ("month_range", re.compile(
        rf"\b(?P<m1>{MONTH_WORD})(?:\s+{_Y.format(name='y1')})?\s*{_UNTIL}\s*(?:akhir\s+|dengan\s+)?"
        rf"(?:(?P<d2>\d{{1,2}})\s+)?(?P<m2>{MONTH_WORD})(?:\s+{_Y.format(name='y')})?", re.I)),
    # "semester I 2022", "semester I-2015" ("semeseter" too), "semester I/2021", "semester I tahun lalu" (of the year before); "paruh
    # pertama 2017", "separuh kedua tahun lalu": a half year in other words (not "paruh pertama Januari": half a month)
    ("semester", re.compile(rf"\b(?:semes?e?ter|(?:se)?paruh)\s+(?:ke-?)?{_ORDINAL}(?!\s+(?:bulan\s+)?{MONTH_WORD})"
                            rf"(?:(?:\s+|\s*[-–/]\s*){_Y.format(name='y')}|{_LAST_YEAR})?",
                            re.I)),
    # "kuartal II 2022", "kuartal II-2022", "triwulan III/2022", "triwulan I tahun sebelumnya"
    ("quarter", re.compile(rf"\b(?:triwulan|kuartal|kwartal|quarter|TW|Q)\s*(?:ke-?)?{_ORDINAL}"
                           rf"(?:(?:\s+|\s*[-–/]\s*){_Y.format(name='y')}|{_LAST_YEAR})?", re.I)),
    # "dalam lima bulan pertama 2019": January to the end of the fifth month.
    ("first_months", re.compile(
        rf"\b(?P<n>{_MONTH_COUNT})\s+bulan\s+perta?ma(?:\s+(?:tahun\s+)?(?P<y>(?:19|20)\d\d)\b|{_LAST_YEAR})?", re.I)),
    # "hingga akhir tahun lalu": the whole calendar year before publication.
    ("to_end_of_last_year", re.compile(
        r"\b(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d|per|pada|sepanjang)\s+akhir\s+tahun\s+(?:lalu|kemarin)\b", re.I)),
    # "hingga saat ini": a figure as of the publication date.
    ("until_now", re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d)\s+(?:saat\s+ini|sekarang|kini)\b", re.I)),
    # "sejak Januari hingga bulan lalu": up to the end of the month before publication.
    ("to_last_month", re.compile(
        rf"\b(?:(?P<m1>{MONTH_WORD})(?:\s+{_Y.format(name='y1')})?\s*{_UNTIL}|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d|"
        rf"per|pada)\s+(?:akhir\s+)?bulan\s+(?:lalu|kemarin)\b", re.I)),
    ("until", re.compile(
        rf"\b(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d|per|posisi|pada\s+akhir|akhir|sejak\s+awal\s+tahun\s+hingga)"
        # ("hingga data bulan Mei", "sampai dengan data per Juni": the data's last month)
        rf"\s+(?:akhir\s+|bulan\s+|dengan\s+|tanggal\s+|data\s+|per\s+)*(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{MONTH_WORD})"
        rf"(?:\s+{_Y.format(name='y')}|{_LAST_YEAR})?", re.I)),
    # "sejak bulan Januari 2021", "sejak Maret": from that month on, so far (a range "sejak Januari hingga Mei"
    # is month_range's, tried first)
    ("since", re.compile(rf"\bsejak\s+(?:awal\s+)?(?:bulan\s+)?(?P<m>{MONTH_WORD})(?:\s+{_Y.format(name='y')}|{_LAST_YEAR})?"
                         rf"(?!\s*(?:{_UNTIL})\s)", re.I)),
    # "pada Juli 2020"; "pada bulan Juli" (the year in force)
    # "Padahal September 2019 cuma ...": a clause opener before a month and year works as "pada"
    # "klaim Desember 2020 sebesar 2,52 juta kasus": the claims of a month written with its year
    # "Selanjutnya April 2020 menurun menjadi ...", "Kemudian Mei 2020 ...": the next month of a series
    # "periode bulan sebelumnya atau Desember 2013", "untuk Desember 2013": the month named outright
    ("month_of", re.compile(rf"\b(?:(?:pada|selama|sepanjang|di|bulan|padahal|sedangkan|sementara|adapun|periode|klaim|"
                            rf"data|realisasi|capaian|selanjutnya|kemudian|lalu|memasuki|terjadi|atau|yakni|yaitu|untuk)\s+"
                            rf"(?:bulan\s+)?(?P<m>{MONTH_WORD})(?:\s+{_Y.format(name='y')}|{_LAST_YEAR})"
                            rf"|(?:pada|selama|sepanjang|di)\s+bulan\s+(?P<m0>{MONTH_WORD})(?!\s+(?:\d|{MONTH_WORD}))"
                            # "dari 1.396 kasus pada April menjadi 2.030 kasus pada Mei": a month of the year in force
                            # ("Memasuki Mei, pencairan kembali naik menjadi 1.701 klaim": entering that month)
                            rf"|(?:pada|selama|sepanjang|memasuki)\s+(?P<m1>{MONTH_WORD})\b(?!\s*(?:\d|-|–|{MONTH_WORD})))", re.I)),
    ("year", re.compile(
        # ("sepanjang setahun 2013", "selama setahun penuh 2013": the whole year)
        r"\b(?:sepanjang|selama|(?:sepanjang|selama)\s+(?:tahun|setahun(?:\s+penuh)?)|tahun|pada|di|periode|hingga\s+akhir|mengakhiri|menutup|"
        # "selama kurun waktu 2021", "dalam rentang waktu 2019"
        r"kurun\s+waktu|rentang\s+waktu|"
        # "62.808 kasus hingga 2023": through that year
        r"hingga|sampai(?:\s+dengan)?|"
        # "untuk kinerja 2016", "realisasi 2022": an achievement dated by its year
        r"kinerja|capaian|realisasi|"
        # "Pada tahun pertama program ini, yakni 2022, tercatat ...": the year named in apposition
        r"yakni|yaitu|"
        r"sampai\s+akhir|akhir|dibanding\w*(?:\s+dengan)?|ketimbang|daripada|"
        # "dibandingkan dengan 2017 sebanyak 120.093 orang dan 2018 sebanyak 361.351 orang"
        r"(?:dengan|dan|serta)(?=\s+(?:tahun\s+)?(?:19|20)\d\d\s+(?:sebanyak|sebesar|senilai|tercatat|mencapai|hanya)\b))"
        r"\s+(?:tahun\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:-|–)\s*\d)"
        # "2019 hingga 2021" is a range of years; "tahun 2021 hingga 9 November" the year, then its end
        r"(?!\s*(?:hingga|sampai)\s*(?:tahun\s+)?(?:19|20)\d\d)", re.I)),
    ("last_year", re.compile(r"\b(?:sepanjang|selama|pada|di)\s+tahun\s+(?:lalu|kemarin)\b", re.I)),
    # "sejak awal tahun (ini)", "sepanjang tahun ini", "selama tahun berjalan": January to publication.
    # "sampai pertengahan tahun ini", "hingga pertengahan 2024": January to the end of June
    # ("namun pertengahan 2019 sudah mencapai Rp 46,570 miliar": the lead word may be left out)
    ("mid_year", re.compile(r"\b(?:(?:hingga|sampai|per|pada)\s+)?pertengahan\s+(?:tahun\s+)?(?:ini|(?P<y>(?:19|20)\d\d))\b",
                            re.I)),
    ("this_year", re.compile(r"\b(?:sejak\s+awal\s+tahun(?:\s+ini)?|(?:sepanjang|selama|hingga|sampai|pada|di)\s+"
                             r"tahun\s+(?:ini|berjalan)|year\s+to\s+date|ytd|"
                             # "Namun tahun ini belum sampai akhir tahun sudah ... Rp78,2 miliar": a clause about this year
                             r"(?<![\w-])(?:(?<=namun\s)|(?<=Namun\s)|(?<=sedangkan\s)|(?<=sementara\s)|(?<=Sementara\s)|"
                             r"(?<=tetapi\s)|(?<=^))tahun\s+ini)\b"
                             r"(?!(?:\s+ini)?,?\s*(?:hingga|sampai|s\.?\s?d\.?|s/d)\b)", re.I)),
    # "tahun sebelumnya", "setahun sebelumnya", "tahun sebelumya" (a common slip)
    ("previous_year", re.compile(r"\b(?:periode\s+yang\s+sama\s+)?(?:se)?tahun\s+(?:sebelumn?ya|lalu|kemarin)\b",
                                 re.I)),
    # "dari bulan sebelumnya": the month before the period in force (a compared month, never the figures' own)
    ("previous_month", re.compile(r"\bbulan\s+(?:sebelumn?ya|lalu|kemarin)\b", re.I)),
]


# A list row labelled by its month ("- April 2024: 2.845 kasus", "3. Maret 2024 | ..."): that month.
# "Juli 2024: ..." as a list label; "September 2019 hanya 188 ribu kasus" opening a sentence (or a quote)
MONTH_LABEL_RE = re.compile(rf"[-•▪*·–\s\"“”']*(?:\d{{1,2}}[.)]\s*)?(?P<m>{MONTH_WORD})\s+{_Y.format(name='y')}"
                             rf"(?:\s*[:|]|\s+(?=(?-i:[a-z])))", re.I)


# A word each kind of period cannot be written without, as it appears in casefolded text:
# most sentences contain none, and a substring test is far cheaper than the pattern.
# (re.IGNORECASE matches what casefold equates, except the Turkish dotted/dotless i.)
_MONTH_STEMS = ("uari", "maret", "april", "mei", "juni", "juli", "agustus", "ember", "oktober")
_NEEDS: dict[str, tuple[str, ...]] = {
    "day_range": _MONTH_STEMS, "month_range": _MONTH_STEMS, "until": _MONTH_STEMS, "month_of": _MONTH_STEMS,
    "since": ("sejak",),

    "semester": ("semester", "semeseter", "paruh"), "quarter": ("triwulan", "kuartal", "kwartal", "q", "tw"),
    "to_last_month": ("bulan",),
    "last_year": ("tahun",), "previous_year": ("tahun",), "previous_month": ("bulan",), "same_period": ("sama", "serupa"),
    "same_period_now": ("sama", "serupa"), "year": ("19", "20"),
    "first_months": ("pertama", "pertma"), "to_end_of_last_year": ("tahun",), "until_now": ("ini", "sekarang", "kini"),
    "this_year": ("tahun", "year", "ytd"), "mid_year": ("pertengahan",),
}


_NEEDED_WORDS = frozenset(word for words in _NEEDS.values() for word in words)


def _absent_kinds(text: str) -> frozenset[str]:
    """The kinds whose pattern cannot match `text` (none of their required words occurs)."""
    if "\u0130" in text or "\u0131" in text:
        return frozenset()
    return _kinds_absent_without(_present_words(text.casefold()))


def _present_words(folded: str, candidates=_NEEDED_WORDS) -> frozenset[str]:
    return frozenset(word for word in candidates if word in folded)


def words_in(texts) -> tuple[str, ...]:
    """The required words some of `texts` holds (casefolded): each of its sentences holds no others, so a
    sentence is tested for these few instead of all of them (a sentence's casefold is part of the whole's)."""
    return words_in_folded("\n".join(texts).casefold())


def words_in_folded(folded: str) -> tuple[str, ...]:
    """words_in of texts already joined and casefolded."""
    return tuple(word for word in _NEEDED_WORDS if word in folded)


# Per set of required words present (a few hundred sets in practice): the kinds left out
# and the patterns still to run, in their order.
_ABSENT_BY_PRESENT: dict[frozenset[str], frozenset[str]] = {}
_TO_RUN_BY_PRESENT: dict[frozenset[str], tuple[tuple[str, re.Pattern], ...]] = {}


def _kinds_absent_without(present: frozenset[str]) -> frozenset[str]:
    absent = _ABSENT_BY_PRESENT.get(present)
    if absent is None:
        absent = frozenset(kind for kind, words in _NEEDS.items() if present.isdisjoint(words))
        if len(_ABSENT_BY_PRESENT) < 4096:
            _ABSENT_BY_PRESENT[present] = absent
    return absent


def patterns_to_run(text: str, candidates=None) -> tuple[tuple[str, re.Pattern], ...]:
    """The (kind, pattern) pairs of PATTERNS not ruled out by _absent_kinds, in order. `candidates`: the
    required words that may occur (words_in of a text holding this one)."""
    if "\u0130" in text or "\u0131" in text:
        return tuple(PATTERNS)
    present = _present_words(text.casefold(), _NEEDED_WORDS if candidates is None else candidates)
    to_run = _TO_RUN_BY_PRESENT.get(present)
    if to_run is None:
        absent = _kinds_absent_without(present)
        to_run = tuple((kind, pattern) for kind, pattern in PATTERNS if kind not in absent)
        if len(_TO_RUN_BY_PRESENT) < 4096:
            _TO_RUN_BY_PRESENT[present] = to_run
    return to_run


# What a match of a kind holds besides its required words, where the words alone pass many sentences that cannot
# match: "year" a year after a space (its words "19"/"20" are in most figures), "day_range" a day then a month.
# A sentence without it is not scanned with the kind's pattern.
REQUIRED_PARTS: dict[str, re.Pattern] = {
    "year": re.compile(r"\s(?:19|20)\d\d\b"),
    "day_range": re.compile(rf"\d\s+{MONTH_WORD}", re.I),
}


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
PATTERNS = [(kind, guarded(pattern)) for kind, pattern in PATTERNS]
