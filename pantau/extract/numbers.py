"""The Indonesian grammar of figures: numbers, money, percentages, numbers in words.

Public functions (the interface other extractors call):

- `find_numbers(text)`: every figure written in `text`, in order, with char offsets.
- `parse_number(text)`: read one isolated figure string ("Rp 1,47 triliun", "tujuh").
- `words_to_number(words)`: "dua puluh satu ribu tiga ratus" -> 21300.0.

Reading rules (Indonesian conventions first, English ones tolerated):

- A dot groups thousands (`1.054.000`), a comma marks decimals (`Rp7,1 miliar`).
- A dot followed by one or two digits before a scale word is a decimal point
  (`Rp1.47 triliun`); three digits after a lone dot stay thousands (`Rp1.500 miliar`
  -> 1.5e12) and the mention is flagged `ambiguous` when a scale word follows.
- A lone comma followed by exactly three digits is a guess between separators: decimal
  before a scale word or percent (`Rp 12,375 miliar`), thousands for a bare figure
  (`1,245 kasus` -> 1245); both are flagged `ambiguous`.
- `M` / `T` after a number mean miliar / triliun, but only with a currency mark or glued
  to the digits (`9,6T`), never when letters follow (`5 Maret`).
- `tolerance` is half a unit of the last printed digit, scale applied; 0 for words.

Kinds: "money" (Rp/IDR before or `rupiah` after), "foreign_money" (US$, USD, $, EUR,
... or `dolar` after), "percent", "year" (a lone 4-digit 1990..2100 with no scale or
currency, unless a count word sits beside it: `sebanyak 2019 kasus` is a count),
"count" otherwise (`2,4 juta pekerja`: a scale word alone does not make money).
Ranges (`5-6`, `Rp 1-2 miliar`, `5 juta - 6 juta`, `s.d.`) give `range_end`; a "range"
whose end is not larger (`Menang 2-1`) is two figures. A leading minus is not read.

Not figures, never reported: dates and times (`12/10/2017`, `(14/6)`, `15 September
2021`, `Agustus 2017`, `tahun 2019`, `10:24`, `pukul 08.00`, `10.24 WITA`,
`1-10 Februari 2020`, `12-10-2017`), identifiers (anything slashed like `PP 82/2019`;
a number after `Pasal`, `No.`, `Nomor`, `Lantai`, `RT`, `ISO`, `SK`, ...; digits glued
to letters: `ke-3`, `COVID-19`, `B2B`, `P2K3`, `4G`, `5.000an`; phone numbers starting
with 0, (0xx) or +62; `Industri 4.0`) and number words used as idioms (`salah satu`,
`satu-satunya`, `satu per satu`, `satu pintu`). `ke 3` with a space stays a count
("naik ke 3 juta" is a figure).

Garbled figures (`Rp 1,2,3 miliar`, `1..000`, 23 digits, `Rp ,5 miliar`) are reported
with `value=None` and `unparseable` saying why. Nothing here raises on any input.
"""
from __future__ import annotations

import bisect
import logging
import re

from pantau.extract.fastre import guarded
from pantau.model import NumberMention

__all__ = ["find_numbers", "parse_number", "words_to_number", "SCALES"]

log = logging.getLogger(__name__)

SCALES: dict[str, int] = {
    "ribu": 10**3,
    "juta": 10**6,
    "miliar": 10**9,
    "triliun": 10**12,
}

# Float keeps 15-16 significant digits; beyond that a figure is surely garbled.
MAX_DIGITS = 15

# ---------------------------------------------------------------------------
# Pieces of the figure pattern
# ---------------------------------------------------------------------------

# ("nilai klaimRp2,2 miliar": a page that lost the space before "Rp" still means rupiah)
_IDR_MARK = r"(?:(?<![A-Za-z])(?:Rp|RP|rp|IDR)|(?<=[a-z])Rp)[.,]?"
_IDR_PREFIX = rf"{_IDR_MARK}(?:\s*(?:Rp|RP|rp|IDR)[.,]?)?"  # "Rp Rp 31,45 miliar", "RpRp11,158 miliar": one figure
_FX_PREFIX = r"(?<![A-Za-z])(?:US\s?\$|USD|S\$|SGD|A\$|AUD|HK\$|HKD|NT\$|TWD|RM|MYR|SAR|KRW|₩|EUR|€|£|¥|JPY|\$)"
_BODY = r"\d+(?:[.,]+\d+)*"
# "6,1 jutaan", "puluhan ribuan": the -an form says "some", the scale is the same
_SCALE_WORD = r"(?i:ribu(?:an)?|rbu|rb|juta(?:an)?|jta|jt|mil+i?y?ard?|tril+i?y?un)(?![A-Za-z])"
# M/T: with a currency mark, a space may separate them from the digits; without one,
# only glued to the digits ("9,6T"), so "5 Maret" or a stray capital is never a scale.
_SCALE_LETTER = r"[MT](?![A-Za-z0-9])"


def _scale(name: str) -> str:
    return (
        rf"(?:\s*(?P<{name}>{_SCALE_WORD})"
        rf"|(?(pre)\s*|)(?P<{name}L>{_SCALE_LETTER}))"
    )


_RANGE_DASH = r"(?:-|–|—|s\.\s?d\.?|s/d)"
_PERCENT = r"(?:%|(?i:persen|prosen|percent)(?![A-Za-z]))"
_RUPIAH_SUFFIX = r"(?:(?i:rupiah)(?![A-Za-z])|IDR(?![A-Za-z]))"
_FX_SUFFIX = r"(?i:dolar|dollar|usd|euro|yen|yuan|ringgit|poundsterling)(?![A-Za-z])"


def _figure_pattern(with_range: bool) -> re.Pattern[str]:
    range_part = (
        rf"(?:(?:{_scale('sc1')})?\s*(?P<dash>{_RANGE_DASH})\s*"
        rf"(?:(?P<pre2>{_IDR_PREFIX}|{_FX_PREFIX})\s*)?(?P<n2>{_BODY}))?"
        if with_range
        else ""
    )
    return re.compile(
        rf"(?:(?P<pre>(?P<idr>{_IDR_PREFIX})|(?P<fx>{_FX_PREFIX}))\s*)?"
        rf"(?P<lead>(?(pre)[.,]?|))"
        rf"(?P<n1>{_BODY})"
        rf"{range_part}"
        rf"(?:{_scale('sc')})?"
        rf"(?P<tail>,-)?"
        rf"(?:\s*(?P<pct>{_PERCENT})|\s*(?P<rupiah>{_RUPIAH_SUFFIX})|\s*(?P<fxs>{_FX_SUFFIX}))?"
    )


_FIGURE_RE = _figure_pattern(with_range=True)
_SINGLE_FIGURE_RE = _figure_pattern(with_range=False)

# ---------------------------------------------------------------------------
# What is not a figure: dates, times, identifiers, idioms.
# Checked around each candidate (a few dict look-ups and anchored matches) rather
# than by scanning the whole text with many patterns: find_numbers runs on every article.
# ---------------------------------------------------------------------------

_MONTH_NAMES = frozenset(
    "januari februari pebruari febuari maret april mei juni juli agustus agustis september "
    "oktober nopember napember november desember".split())
_MONTH_ABBREVIATIONS = frozenset(
    "Jan Feb Peb Mar Apr Jun Jul Agu Agt Ags Agst Sep Sept Okt Nov Nop Des".split())
_MONTH = (
    r"(?:(?i:januari|februari|pebruari|febuari|maret|april|mei|juni|juli|agustus|agustis"
    r"|september|oktober|nopember|napember|november|desember)"
    r"|(?:Jan|Feb|Peb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Agst|Sep|Sept|Okt|Nov|Nop|Des)\.?)"
    r"(?![A-Za-z])"
)
# "15 September 2021", "1-10 Februari 2020", "1 dan 2 Maret": after a day number.
_MONTH_AFTER_DAY = re.compile(
    rf"(?:\s*(?:-|–|—|s\.\s?d\.?|hingga|sampai|dan)\s*\d{{1,2}})?\s*{_MONTH}"
    r"(?:\s*,?\s*\d{4}(?!\d))?"
)
_YEAR_WORDS = frozenset({"tahun", "thn", "th"})
# Words that make the number after them an identifier: Pasal 5, No. 12, Lantai 3.
_ID_WORDS = frozenset(
    "pasal ayat nomor nomer nmr no tanggal tgl lantai blok kav kode versi hotline "
    "telepon telp tel whatsapp fax faks seri gate ruang kamar loket perpres permenaker "
    "permen kepmenaker kepmen perda pergub perbup perwal inpres keppres perppu perpu "
    "pukul jam".split())
_ID_WORDS_EXACT_CASE = frozenset("PP UU SE SK RT RW HP WA Lt Jl KM Km Bab BAB ISO SNI".split())
_VERSION_WORDS = frozenset({"industri", "society", "web"})  # Industri 4.0
_SLASH_AFTER = re.compile(r"\s?/\s?\d+(?:\s?/\s?\d+)*")
_TIME_AFTER = re.compile(r":\d{2}(?::\d{2})?")
_TIME_ZONE_AFTER = re.compile(r"\s*(?:WIB|WITA|WIT)\b")
_TIME_BODY = re.compile(r"\d{1,2}[.:]\d{2}")
_TIME_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|s\.\s?d\.?|sampai|hingga)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT)\b)?")
_DASHED_DATE_AFTER = re.compile(r"([-.])\d{1,2}\1\d{2,4}(?!\d)")
_DOTTED_DATE_BODY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
_PHONE = re.compile(r"(?:\+62|\(0\d{1,3}\)|0\d{1,3})(?:[\s-]?\d{2,5}){2,4}(?!\d)")
_WORD_GAP = " \t\r\n\xa0(:,"


def _word_before(text: str, i: int) -> str:
    """The word just before position i, skipping spaces, '(' ':' ',' and a dot ('No. 12')."""
    j = i
    while j > 0 and text[j - 1] in _WORD_GAP:
        j -= 1
    if j > 0 and text[j - 1] == ".":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j]


def _is_month(word: str) -> bool:
    return word.lower() in _MONTH_NAMES or word in _MONTH_ABBREVIATIONS


def _group(match: re.Match[str], name: str) -> str | None:
    """A group of either figure pattern (the single one has no range groups)."""
    try:
        return match.group(name)
    except IndexError:  # "no such group": cheaper than building re.groupindex every time
        return None


def _not_a_figure_until(text: str, match: re.Match[str]) -> int | None:
    """Where the date, time or identifier around this candidate ends; None if it is a figure."""
    first, end = match.start("n1"), match.end("n1")
    second = _group(match, "n2")
    last = match.end("n2") if second else end
    body = match.group("n1")
    # Each pattern below is tried only when the character it must start with is there.
    slash = _SLASH_AFTER.match(text, last) if "/" in text[last:last + 2] else None
    if slash or (first > 0 and text[first - 1] == "/") or (
            first > 1 and text[first - 2:first] == "/ "):
        return slash.end() if slash else last  # 12/10/2017, (14/6), PP 82/2019
    time = _TIME_AFTER.match(text, end) if text.startswith(":", end) else None
    if time or (first > 1 and text[first - 1] == ":" and text[first - 2].isdigit()):
        return time.end() if time else end  # 10:24
    if body[0] == "0" or text[first - 1:first] in "(+":
        phone = _PHONE.match(text, first - 1 if text[first - 1:first] in "(+" and first else first)
        if phone:
            return phone.end()
    plain = not any(match.group("pre", "pct", "rupiah", "fxs", "sc", "scL"))
    if not plain:
        return None
    if "." in body and _DOTTED_DATE_BODY.fullmatch(body):
        return end  # 12.10.2017
    if len(body) <= 4 and body.isdigit():
        dashed = _DASHED_DATE_AFTER.match(text, end) if text[end:end + 1] in ("-", ".") else None
        if dashed:
            return dashed.end()  # 12-10-2017, 2017-10-12
    if _TIME_BODY.fullmatch(body) and _TIME_ZONE_AFTER.match(text, last):
        return _TIME_ZONE_AFTER.match(text, last).end()  # 10.24 WITA
    last_body = second or body
    if len(last_body) <= 2 and last_body.isdigit():
        day = _MONTH_AFTER_DAY.match(text, last)
        if day:
            return day.end()  # 15 September 2021, 1-10 Februari 2020
    before = _word_before(text, match.start())
    lower = before.lower()
    if len(body) == 4 and body.isdigit() and (_is_month(before) or lower in _YEAR_WORDS):
        return last  # Agustus 2017, tahun 2019
    if lower in _ID_WORDS or before in _ID_WORDS_EXACT_CASE:
        if lower in ("pukul", "jam"):
            span = _TIME_RANGE_AFTER.match(text, last)
            return span.end() if span else last  # pukul 08.00 hingga 16.00
        return last  # Pasal 5, No. 12
    if lower in _VERSION_WORDS and body.endswith(".0"):
        return last  # Industri 4.0
    return None


# Number words that are idioms, not quantities ("salah satu", "satu per satu").
_IDIOM_WORDS_BEFORE = frozenset({"salah", "per", "demi"})
_IDIOM_AFTER_SATU = re.compile(
    r"\s+(?:(?:per|demi)\s+satu|sama\s+lain|pintu|atap|kesatuan|suara|padu|hati|visi|sisi"
    r"|dan\s+lain\s+hal)(?![A-Za-z])", re.IGNORECASE)


def _is_idiom(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() != "satu":
        return False
    return (_word_before(text, start).lower() in _IDIOM_WORDS_BEFORE
            or _IDIOM_AFTER_SATU.match(text, end) is not None)

# A lone 4-digit year is a count when a count word sits beside it ("2019 kasus").
_COUNT_NOUN_AFTER = re.compile(
    r"\s*(?i:kasus|orang|peserta|pekerja|perusahaan|tenaga|karyawan|buruh|unit|jiwa"
    r"|klaim|badan|anak|desa|warga|pegawai|tki|pmi|penerima|ahli|kali|rumah|paket)\b"
)
_COUNT_WORD_BEFORE = re.compile(
    r"(?i:sebanyak|sejumlah|mencapai|total|sekitar|hanya|baru|lebih\s+dari"
    r"|kurang\s+dari|hampir|setidaknya|kepada|bagi|untuk)\s*$"
)
_FIRST_YEAR, _LAST_YEAR = 1990, 2100

# ---------------------------------------------------------------------------
# Numbers written in words
# ---------------------------------------------------------------------------

_UNIT_WORDS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
_SE_WORDS = {"sepuluh": (10, 1), "sebelas": (11, 1), "seratus": (100, 100)}
_TENS_WORDS = {"belas", "puluh", "ratus"}
_WORD_TOKEN = (
    r"nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
    r"|seratus|seribu|sejuta|semil+i?y?ard?|setril+i?y?un|belas|puluh|ratus"
    r"|ribu|juta|mil+i?y?ard?|tril+i?y?un"
)
# Matched on ASCII-lower-cased text (a case-insensitive alternation is several times slower).
_WORD_TOKEN_RE = re.compile(rf"\b(?<!-)(?:{_WORD_TOKEN})\b(?!-)")
_WORD_SEQUENCE_RE = re.compile(
    rf"\b(?<!-)(?:{_WORD_TOKEN})\b(?!-)(?:[ \t]+(?:{_WORD_TOKEN})\b(?!-))*"
)
_WORD_SUFFIX_RE = re.compile(
    rf"\s*(?:(?P<pct>{_PERCENT})|(?P<rupiah>(?i:rupiah)(?![A-Za-z])))"
)
_SCALE_NORMAL = [
    (re.compile(r"(?i)^(?:ribu|ribuan|rbu|rb)$"), "ribu"),
    (re.compile(r"(?i)^(?:juta|jutaan|jta|jt)$"), "juta"),
    (re.compile(r"(?i)^(?:mil+i?y?ard?|M)$"), "miliar"),
    (re.compile(r"(?i)^(?:tril+i?y?un|T)$"), "triliun"),
]


def _normal_scale(word: str | None) -> str | None:
    """'Milyard' -> 'miliar', 'jt' -> 'juta', 'T' -> 'triliun'."""
    if not word:
        return None
    try:
        return _NORMAL_SCALE_SEEN[word]
    except KeyError:
        pass
    name = next((name for pattern, name in _SCALE_NORMAL if pattern.match(word)), None)
    if len(_NORMAL_SCALE_SEEN) < 4096:  # a handful of spellings in practice; bounded for odd input
        _NORMAL_SCALE_SEEN[word] = name
    return name


# Every figure's scale word is normalised, and the same few spellings recur: remembered.
_NORMAL_SCALE_SEEN: dict[str, str | None] = {}


def _word_scale_value(word: str) -> int | None:
    word = word.lower()
    if word.startswith("se") and _normal_scale(word[2:]):
        return None
    name = _normal_scale(word)
    return SCALES[name] if name else None


def _se_scale_value(word: str) -> int | None:
    """'seribu' -> 1000, 'sejuta' -> 10**6, 'semilyar' -> 10**9."""
    word = word.lower()
    if word.startswith("se") and len(word) > 3:
        name = _normal_scale(word[2:])
        if name:
            return SCALES[name]
    return None


class _WordNumber:
    """Indonesian number words, read left to right; refuses a word that breaks the order."""

    def __init__(self) -> None:
        self.total = 0
        self.group = 0  # the part below the last scale word (0..999)
        self.pending: int | None = None  # a unit word waiting for belas/puluh/ratus
        self.slot = 1000  # components of the group must shrink: ratus > puluh > unit
        self.last_scale = 10**15
        self.words = 0

    def value(self) -> int:
        return self.total + self.group + (self.pending or 0)

    def take(self, word: str) -> bool:
        """Add one word; False when it cannot continue this number."""
        w = word.lower()
        ok = self._take(w)
        if ok:
            self.words += 1
        return ok

    def _take(self, w: str) -> bool:
        if self.pending == 0:  # "nol" stands alone
            return False
        if w in _UNIT_WORDS:
            if self.pending is not None or self.slot <= 1:
                return False
            if w == "nol" and self.words:
                return False
            self.pending = _UNIT_WORDS[w]
            return True
        if w in _TENS_WORDS:
            size = {"belas": 10, "puluh": 10, "ratus": 100}[w]
            if not self.pending or self.slot <= size:
                return False
            if w == "belas":
                self.group += 10 + self.pending
                self.slot = 1
            else:
                self.group += self.pending * size
                self.slot = size
            self.pending = None
            return True
        if w in _SE_WORDS:
            amount, slot = _SE_WORDS[w]
            place = 100 if amount == 100 else 10  # seratus fills hundreds, sepuluh/sebelas tens
            if self.pending is not None or self.slot <= place:
                return False
            self.group += amount
            self.slot = slot
            return True
        se_scale = _se_scale_value(w)
        if se_scale:
            if self.pending is not None or self.group or se_scale >= self.last_scale:
                return False
            self.total += se_scale
            self._after_scale(se_scale)
            return True
        scale = _word_scale_value(w)
        if scale:
            amount = self.group + (self.pending or 0)
            if amount == 0 or scale >= self.last_scale:
                return False
            self.total += amount * scale
            self.group = 0
            self.pending = None
            self._after_scale(scale)
            return True
        return False

    def _after_scale(self, scale: int) -> None:
        self.last_scale = scale
        self.slot = 1000


def words_to_number(words: str) -> float | None:
    """'dua puluh satu ribu tiga ratus' -> 21300.0; None unless every word is read."""
    try:
        tokens = (words or "").split()
        if not tokens:
            return None
        number = _WordNumber()
        for token in tokens:
            if not _WORD_TOKEN_RE.fullmatch(token.lower()) or not number.take(token):
                return None
        return float(number.value())
    except Exception:  # never raise on text, whatever it holds
        return None


def _word_numbers_in(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, value) of each number written in words inside text[start:end]."""
    found: list[tuple[int, int, int]] = []
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD_TOKEN_RE.finditer(text, start, end)]
    i = 0
    while i < len(tokens):
        number = _WordNumber()
        first = i
        while i < len(tokens) and number.take(tokens[i][2]):
            i += 1
        if number.words == 0:
            i += 1  # a word that cannot begin a number ("ribu" alone)
            continue
        found.append((tokens[first][0], tokens[i - 1][1], number.value()))
    return found


# ---------------------------------------------------------------------------
# Reading the digits of one figure
# ---------------------------------------------------------------------------


class _Reading:
    __slots__ = ("mantissa", "decimals", "ambiguous", "problem")

    def __init__(self, mantissa: int = 0, decimals: int = 0,
                 ambiguous: str | None = None, problem: str | None = None) -> None:
        self.mantissa = mantissa
        self.decimals = decimals
        self.ambiguous = ambiguous
        self.problem = problem


def _is_thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


_SEPARATOR_RE = re.compile(r"[.,]")
_DOUBLE_SEPARATOR_RE = re.compile(r"[.,]{2}")


def _read_digits(body: str, scaled: bool, percent: bool) -> _Reading:
    """Read '1.054.000', '7,1', '1.47', '8.712.450.000,00' into mantissa and decimals.

    `scaled`/`percent` say what follows; they decide the guesses between separators.
    """
    if "." not in body and "," not in body:  # the common plain "1500": same reading as below
        if len(body.lstrip("0")) > MAX_DIGITS:
            return _Reading(problem=f"'{body}' has {len(body)} digits, too many for a figure")
        return _Reading(int(body))
    if _DOUBLE_SEPARATOR_RE.search(body):
        return _Reading(problem=f"'{body}' has two separators in a row")
    groups = _SEPARATOR_RE.split(body)
    separators = _SEPARATOR_RE.findall(body)
    digits = "".join(groups)
    if len(digits.lstrip("0")) > MAX_DIGITS:
        return _Reading(problem=f"'{body}' has {len(digits)} digits, too many for a figure")
    if not separators:
        return _Reading(int(body))
    if "." in separators and "," in separators:
        return _read_mixed(body, groups, separators)
    sep = separators[0]
    if len(separators) > 1:
        if _is_thousands(groups):
            return _Reading(int(digits))
        return _Reading(problem=(
            f"'{body}' has several '{sep}' but its digit groups are not thousands of three"))
    head, tail = groups
    if len(tail) == 3 and len(head) <= 3 and int(head) != 0:
        return _read_three_after_one_separator(body, head, tail, sep, scaled or percent)
    return _Reading(int(digits), len(tail))  # only a decimal reading is possible


def _read_three_after_one_separator(body: str, head: str, tail: str, sep: str,
                                    before_unit: bool) -> _Reading:
    """'1.500' / '1,245': thousands or decimals? Indonesian habits decide, flagged if unsure."""
    whole = _Reading(int(head + tail))
    if sep == "." and not before_unit:
        return whole  # the usual Indonesian thousands dot: no guess to explain
    decimal = _Reading(int(head + tail), 3)
    as_decimal = f"{head},{tail.rstrip('0') or '0'}"
    if sep == ".":
        if before_unit:
            whole.ambiguous = (
                f"'{body}' read with a thousands dot ({head}{tail}); "
                f"it could be a decimal point ({as_decimal})")
        return whole
    if before_unit:
        decimal.ambiguous = (
            f"'{body}' read with a decimal comma ({as_decimal}); "
            f"it could be a thousands comma ({head}{tail})")
        return decimal
    whole.ambiguous = (
        f"'{body}' read with a thousands comma ({head}{tail}, English style); "
        f"in Indonesian style it would be {as_decimal}")
    return whole


def _read_mixed(body: str, groups: list[str], separators: list[str]) -> _Reading:
    """'8.712.450.000,00' (Indonesian) or '1,234.56' (English)."""
    last = separators[-1]
    thousands_sep = "." if last == "," else ","
    if separators.count(last) != 1 or any(s != thousands_sep for s in separators[:-1]):
        return _Reading(problem=(
            f"'{body}' mixes dots and commas in an order that is neither "
            f"1.234,5 nor 1,234.5"))
    whole, fraction = groups[:-1], groups[-1]
    if not _is_thousands(whole):
        return _Reading(problem=(
            f"'{body}' has digit groups that are not thousands of three"))
    return _Reading(int("".join(whole) + fraction), len(fraction))


# ---------------------------------------------------------------------------
# Building mentions
# ---------------------------------------------------------------------------


def _scale_of(match: re.Match[str], name: str) -> str | None:
    return _normal_scale(match.group(name) or match.group(name + "L"))


def _scaled_value(reading: _Reading, scale: str | None) -> tuple[float, float]:
    multiplier = SCALES[scale] if scale else 1
    value = reading.mantissa * multiplier / 10**reading.decimals
    tolerance = 5 * multiplier / 10 ** (reading.decimals + 1)
    return value, tolerance


def _kind_of(match: re.Match[str]) -> str:
    if match.group("idr") or match.group("rupiah"):
        return "money"
    if match.group("fx") or match.group("fxs"):
        return "foreign_money"
    if match.group("pct"):
        return "percent"
    return "count"


def _looks_like_year(text: str, match: re.Match[str], value: float, scale: str | None,
                     kind: str, n2: str | None) -> bool:
    body = match.group("n1")
    if kind != "count" or scale or not (len(body) == 4 and body.isdigit()):
        return False
    if not _FIRST_YEAR <= value <= _LAST_YEAR:
        return False
    if n2 is not None and not (len(n2) in (2, 4) and n2.isdigit()):
        return False
    if _COUNT_NOUN_AFTER.match(text, match.end()):
        return False
    return not _COUNT_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())


def _mention_from_match(text: str, match: re.Match[str]) -> NumberMention | None:
    """The NumberMention a figure match stands for; None if it is not a valid range."""
    start, end = match.span()
    n1 = match.group("n1")
    n2 = _group(match, "n2")
    scale = _scale_of(match, "sc")
    scale1 = (_scale_of(match, "sc1") if n2 is not None else None) or scale
    kind = _kind_of(match)
    if n2 is not None and match.group("pre2") and not match.group("pre"):
        return None  # "5 - Rp 6 juta": two figures, not a range
    percent = kind == "percent"
    base = dict(start=start, end=end, text=text[start:end], kind=kind, scale_word=scale1)
    if match.group("lead"):
        return NumberMention(value=None, unparseable=(
            f"'{match.group()}' has a separator before its first digit"), **base)
    first = _read_digits(n1, scale1 is not None, percent)
    if first.problem:
        return NumberMention(value=None, unparseable=first.problem, **base)
    ambiguous = first.ambiguous
    if kind == "money" and n2 is None and scale1 and _written_in_full(n1, first):
        # "Rp 57.586.303.766 miliar": every rupiah already printed, the scale word is a slip
        ambiguous = f"'{match.group()}' read as {n1} rupiah: the digits are the full figure, '{scale1}' after them a slip"
        scale1 = None
        base["scale_word"] = None
    value, tolerance = _scaled_value(first, scale1)
    range_end = None
    if n2 is not None:
        second = _read_digits(n2, scale is not None, percent)
        if second.problem:
            return NumberMention(value=None, unparseable=second.problem, **base)
        range_end, tolerance2 = _scaled_value(second, scale)
        if range_end <= value:
            return None  # "2-1" is a score, not a range
        tolerance = max(tolerance, tolerance2)
        ambiguous = ambiguous or second.ambiguous
    if _looks_like_year(text, match, value, scale, kind, n2):
        base["kind"] = "year"
    return NumberMention(value=value, tolerance=tolerance, range_end=range_end,
                         ambiguous=ambiguous, **base)


def _written_in_full(body: str, reading: _Reading) -> bool:
    """Digits that already spell a sum in rupiah, to the unit: four thousands groups and more."""
    return reading.decimals == 0 and reading.mantissa >= 10**9 and max(body.count("."), body.count(",")) >= 3


# Small words a slip of the space bar glues to the figure after them ("121 puskesmas dan116 rumah sakit").
_GLUED_JOINER_RE = re.compile(r"(?<![^\W\d_])(?:dan|atau|serta|sebanyak|sebesar|mencapai)\Z", re.I)


def _glued_to_word(text: str, start: int, end: int) -> bool:
    """True for digits inside a word or code: 'P2K3', '4G', 'B2B', 'COVID-19'; not after a joining word
    a space went missing from ('dan116 rumah sakit')."""
    before = text[start - 1] if start > 0 else ""
    if text.startswith("Rp", start) and before.islower():
        before = ""  # "nilai klaimRp2,2 miliar": the space before a rupiah mark went missing
    if (before.isalnum() or before == "_") and not (before.isalpha()
                                                    and _GLUED_JOINER_RE.search(text, max(0, start - 9), start)):
        return True
    if before == "-" and start > 1 and text[start - 2].isalpha():
        return True
    after = text[end] if end < len(text) else ""
    return after.isalnum() or after == "_"


class _Spans:
    """Sorted, non-overlapping char spans, asked whether a new span touches any."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end


_DIGIT_RUN_RE = re.compile(r"\d+")
_PREFIX_BEFORE_RE = re.compile(rf"(?:{_IDR_PREFIX}|{_FX_PREFIX})\s*[.,]?\Z")
_PREFIX_HINTS = ("Rp", "RP", "rp", "IDR", "$", "USD", "SGD", "AUD", "HKD", "TWD", "RM", "MYR", "SAR", "KRW", "₩",
                 "EUR", "€", "£", "¥", "JPY")
# Any of the hints as a substring: one pass instead of a Python loop over the hints.
_PREFIX_HINT_RE = re.compile("|".join(re.escape(hint) for hint in _PREFIX_HINTS))


def _figure_start(text: str, digits_start: int) -> int:
    """Where the figure whose digits start here begins: at its currency mark, if any."""
    window_start = max(0, digits_start - 16)
    if not _PREFIX_HINT_RE.search(text, window_start, digits_start):
        return digits_start
    prefix = _PREFIX_BEFORE_RE.search(text, window_start, digits_start)
    return prefix.start() if prefix else digits_start


def _match_figure(text: str, digits_start: int) -> re.Match[str] | None:
    start = _figure_start(text, digits_start)
    match = _FIGURE_RE.match(text, start)
    if match is None or match.start("n1") != digits_start:
        match = _FIGURE_RE.match(text, digits_start)
    return match


def _digit_mentions(text: str) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    pos = 0
    while True:
        run = _DIGIT_RUN_RE.search(text, pos)
        if run is None:
            return mentions
        try:
            pos = _read_figure_at(text, run, mentions)
        except Exception as error:  # a reader bug loses this figure only, flagged
            log.exception("figure reader failed at %d", run.start())
            mentions.append(NumberMention(
                start=run.start(), end=run.end(), text=run.group(), value=None, kind="count",
                unparseable=f"'{run.group()}' could not be read (reader error: {error!r})"))
            pos = run.end()


def _read_figure_at(text: str, run: re.Match[str], mentions: list[NumberMention]) -> int:
    """Read the figure whose digits start at `run` into `mentions`; returns where to go on."""
    match = _match_figure(text, run.start())
    if match is None:  # cannot happen (a digit run is a figure); move on safely
        return run.end()
    skip_to = _not_a_figure_until(text, match)
    if skip_to is not None:
        return max(match.end(), run.end(), skip_to)
    mention = _mention_from_match(text, match)
    if mention is None:  # not a range after all: read the first figure alone
        match = _SINGLE_FIGURE_RE.match(text, match.start())
        mention = _mention_from_match(text, match)
    if not _glued_to_word(text, match.start(), match.end()):
        mention = _with_words_after(text, match, mention)
        mentions.append(mention)
        return max(mention.end, run.end())
    return max(match.end(), run.end())


# "700-an juta": seven hundred-odd million (the scale word stands after the "-an").
_APPROXIMATE_AN_RE = re.compile(rf"-an(?![A-Za-z])(?:\s*(?P<sc>{_SCALE_WORD}))?")
# "senilai 6,4 M": after a money word, a lone M/T is miliar/triliun even without Rp.
_LONE_SCALE_LETTER_RE = re.compile(r"[ \t]+(?P<letter>[MT])(?![A-Za-z0-9])")
_DECIMAL_BODY_RE = re.compile(r"\d{1,3},\d{1,2}")
_MONEY_CUE_BEFORE_RE = re.compile(r"(?i:senilai|sebesar|nominal|nominalnya|nilai(?:\s+manfaat)?|nilainya)\s*$")


def _with_words_after(text: str, match: re.Match[str], mention: NumberMention) -> NumberMention:
    """The figure with the words after it that complete it: an approximate "-an" (its scale
    word after it; tolerance up to the next unit of its last non-zero digit) or a lone M/T
    after a money word. Otherwise the figure unchanged."""
    if mention.value is None or mention.range_end is not None or mention.scale_word \
            or mention.kind not in ("count", "money"):
        return mention
    body = match.group("n1")
    if text.startswith("-an", mention.end):
        approximate = _APPROXIMATE_AN_RE.match(text, mention.end)
        if approximate is None:
            return mention
        scale = _normal_scale(approximate.group("sc"))
        widened = _reread(text, match, mention, scale, approximate.end(), mention.kind)
        digits = re.sub(r"[.,]", "", body)
        if widened.value is None or not re.fullmatch(r"\d+(?:\.\d{3})*", body):
            return widened
        step = 10 ** (len(digits) - len(digits.rstrip("0"))) * (SCALES[scale] if scale else 1)
        return _replace(widened, tolerance=max(widened.tolerance, float(step)))
    if mention.kind == "count":
        letter = _LONE_SCALE_LETTER_RE.match(text, mention.end)
        # ... or after a figure with a decimal comma ("Klaim 26,4 M"): a count has no decimals.
        if letter and (_MONEY_CUE_BEFORE_RE.search(text, max(0, mention.start - 25), mention.start)
                       or _DECIMAL_BODY_RE.fullmatch(body)):
            return _reread(text, match, mention, _normal_scale(letter.group("letter")), letter.end(), "money")
    return mention


def _reread(text: str, match: re.Match[str], mention: NumberMention, scale: str | None, end: int,
            kind: str) -> NumberMention:
    """The figure read again with a scale found after it, up to `end`."""
    reading = _read_digits(match.group("n1"), scale is not None, False)
    if reading.problem:
        return mention
    value, tolerance = _scaled_value(reading, scale)
    return _replace(mention, end=end, text=text[mention.start:end], value=value, tolerance=tolerance, kind=kind,
                    scale_word=scale, ambiguous=reading.ambiguous)


def _replace(mention: NumberMention, **changes) -> NumberMention:
    fields = {name: getattr(mention, name) for name in (
        "start", "end", "text", "value", "kind", "tolerance", "scale_word", "is_words", "range_end", "ambiguous",
        "unparseable")}
    fields.update(changes)
    return NumberMention(**fields)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _word_mentions(text: str, digit_mentions: list[NumberMention]) -> list[NumberMention]:
    lowered = text.lower()
    if len(lowered) != len(text):  # 'İ' lower-cases to two chars: keep offsets aligned
        lowered = text.translate(_ASCII_LOWER)
    taken = _Spans([(m.start, m.end) for m in digit_mentions])
    mentions = []
    for sequence in _WORD_SEQUENCE_RE.finditer(lowered):
        if not _may_begin_number(sequence.group()):
            continue  # a lone scale word after digits ("Rp 5 miliar"): most sequences
        for start, end, value in _word_numbers_in(lowered, sequence.start(), sequence.end()):
            if taken.overlaps(start, end) or _is_idiom(lowered, start, end):
                continue
            kind = "count"
            suffix = _WORD_SUFFIX_RE.match(text, end)
            if suffix:
                kind = "percent" if suffix.group("pct") else "money"
                end = suffix.end()
            mentions.append(NumberMention(
                start=start, end=end, text=text[start:end], value=float(value), kind=kind,
                tolerance=0.0, scale_word=_last_scale_word(lowered[start:end]), is_words=True))
    return mentions


# Whether a one-word sequence can begin a number, per word ("miliar" alone cannot).
_WORD_BEGINS_NUMBER: dict[str, bool] = {}


def _may_begin_number(sequence: str) -> bool:
    """False only for one word that no number can begin with: the sequence's one token is
    that whole word (it is all letters, bounded like the token pattern), so
    _word_numbers_in would find nothing in it."""
    if not sequence.isalpha():
        return True  # several words: read them
    begins = _WORD_BEGINS_NUMBER.get(sequence)
    if begins is None:
        begins = _WordNumber().take(sequence)
        if len(_WORD_BEGINS_NUMBER) < 4096:
            _WORD_BEGINS_NUMBER[sequence] = begins
    return begins


def _unreadable(text: str, reason: str) -> NumberMention:
    return NumberMention(start=0, end=len(text), text=text, value=None, kind="count",
                         unparseable=reason)


# ---------------------------------------------------------------------------
# Public interface
# ---------------------------------------------------------------------------


def find_numbers(text: str) -> list[NumberMention]:
    """Every figure written in `text`, in order, with char offsets into `text`.

    Dates, times and identifiers are skipped (see the module docstring); a lone year is
    reported with kind "year".
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        digits = _digit_mentions(text)
        words = _word_mentions(text, digits)
        return sorted(digits + words, key=lambda m: m.start)
    except Exception:  # last resort: a reader bug must not stop the article
        log.exception("find_numbers failed")
        return []


def parse_number(text: str) -> NumberMention:
    """Read one isolated figure string; offsets are 0..len(text).

    No date or identifier skipping here: the caller says the string is a figure.
    """
    if not isinstance(text, str):
        return _unreadable(str(text), "not a text")
    try:
        return _parse_isolated(text)
    except Exception as error:
        return _unreadable(text, f"internal error while reading '{text}': {error!r}")


def _parse_isolated(text: str) -> NumberMention:
    core = text.strip().rstrip(".")
    if not core:
        return _unreadable(text, "empty figure")
    match = _FIGURE_RE.match(core)
    mention = _mention_from_match(core, match) if match else None
    if match and mention is None:
        match = _SINGLE_FIGURE_RE.match(core)
        mention = _mention_from_match(core, match)
    if match and mention is not None and _only_words_after(core, match.end()):
        return _whole(mention, text)
    value = words_to_number(core)
    if value is not None:
        return NumberMention(start=0, end=len(text), text=text, value=value, kind="count",
                             is_words=True, scale_word=_last_scale_word(core))
    words = _word_mentions(core, [])
    if len(words) == 1 and words[0].start == 0 and words[0].end == len(core):
        return _whole(words[0], text)
    return _unreadable(text, f"'{text}' is not a figure this grammar can read")


_TRAILING_WORDS_RE = re.compile(r"(?:\s+[^\W\d_]+)*\s*[.,;:!?)]*")


def _only_words_after(core: str, end: int) -> bool:
    """'1,245 kasus': a figure followed only by words (its unit) is still one figure."""
    return _TRAILING_WORDS_RE.fullmatch(core, end) is not None


def _last_scale_word(words: str) -> str | None:
    for word in reversed(words.lower().split()):
        if _normal_scale(word):
            return _normal_scale(word)
    return None


def _whole(mention: NumberMention, text: str) -> NumberMention:
    """The same reading, re-anchored to cover the whole isolated string."""
    return NumberMention(
        start=0, end=len(text), text=text, value=mention.value, kind=mention.kind,
        tolerance=mention.tolerance, scale_word=mention.scale_word, is_words=mention.is_words,
        range_end=mention.range_end, ambiguous=mention.ambiguous,
        unparseable=mention.unparseable)


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_WORD_TOKEN_RE = guarded(_WORD_TOKEN_RE)
_WORD_SEQUENCE_RE = guarded(_WORD_SEQUENCE_RE)
_PREFIX_BEFORE_RE = guarded(_PREFIX_BEFORE_RE)
_COUNT_WORD_BEFORE = guarded(_COUNT_WORD_BEFORE)
_MONEY_CUE_BEFORE_RE = guarded(_MONEY_CUE_BEFORE_RE)
