"""Numbers written in words ("dua puluh satu ribu tiga ratus", "sejuta", "Rp lima miliar") and
the scale words shared with digits ("ribu", "jt", "milyar", "T"): read for
pantau.extract.numbers, which merges them with the figures written in digits.
"""
from __future__ import annotations

import bisect
import re

from pantau.extract.fastre import guarded
from pantau.extract.not_figures import word_before
from pantau.model import NumberMention

# "%", "persen" (also after digits: pantau.extract.numbers)
PERCENT = r"(?:%|(?i:persen|prosen|percent)(?![A-Za-z]))"

SCALES: dict[str, int] = {
    "ribu": 10**3,
    "juta": 10**6,
    "miliar": 10**9,
    "triliun": 10**12,
}

# Number words that are idioms, not quantities ("salah satu", "satu per satu").
_IDIOM_WORDS_BEFORE = frozenset({"salah", "per", "demi"})
_IDIOM_AFTER_SATU = re.compile(
    r"\s+(?:(?:per|demi)\s+satu|sama\s+lain|pintu|atap|kesatuan|suara|padu|hati|visi|sisi"
    r"|dan\s+lain\s+hal)(?![A-Za-z])", re.IGNORECASE)


def _is_idiom(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() != "satu":
        return False
    return (word_before(text, start).lower() in _IDIOM_WORDS_BEFORE
            or _IDIOM_AFTER_SATU.match(text, end) is not None)


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
    rf"\s*(?:(?P<pct>{PERCENT})|(?P<rupiah>(?i:rupiah)(?![A-Za-z])))"
)
# The big scale words as printed, misspellings included ("milyar", "mlliar", "miliiar", "miiar", "trilyun"); the
# figure grammar (numbers.py) reads the same spellings.
MILIAR_SPELLINGS = r"mi?l+i{0,2}y?ard?|mii+ard?"
TRILIUN_SPELLINGS = r"tril+i?y?un"
_SCALE_NORMAL = [
    (re.compile(r"(?i)^(?:ribu|ribuan|rbu|rb)$"), "ribu"),
    (re.compile(r"(?i)^(?:juta|jutaan|jta|jt)$"), "juta"),
    (re.compile(rf"(?i)^(?:{MILIAR_SPELLINGS}|M)$"), "miliar"),
    (re.compile(rf"(?i)^(?:{TRILIUN_SPELLINGS}|T)$"), "triliun"),
]


def normal_scale(word: str | None) -> str | None:
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
    if word.startswith("se") and normal_scale(word[2:]):
        return None
    name = normal_scale(word)
    return SCALES[name] if name else None


def _se_scale_value(word: str) -> int | None:
    """'seribu' -> 1000, 'sejuta' -> 10**6, 'semilyar' -> 10**9."""
    word = word.lower()
    if word.startswith("se") and len(word) > 3:
        name = normal_scale(word[2:])
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


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def word_mentions(text: str, digit_mentions: list[NumberMention]) -> list[NumberMention]:
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
                tolerance=0.0, scale_word=last_scale_word(lowered[start:end]), is_words=True))
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


def last_scale_word(words: str) -> str | None:
    for word in reversed(words.lower().split()):
        if normal_scale(word):
            return normal_scale(word)
    return None


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_WORD_TOKEN_RE = guarded(_WORD_TOKEN_RE)
_WORD_SEQUENCE_RE = guarded(_WORD_SEQUENCE_RE)
