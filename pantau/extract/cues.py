"""Words of an article and the cue phrases of the lexicon found among them.

The lexicon (`lexicon.tsv`, beside this file) is data: phrase -> classes. This module reads
it once, splits text into word tokens with their offsets, and finds every lexicon phrase,
longest first, whatever its case or a doubled letter ("Ketenagakerjaaan"); a long word also
matches with one letter missing, extra or replaced ("Ketenagakerjan", "pembayran"), and a word of
a phrase does inside it ("jamainan kematian"). The classes are listed in cue_classes.py.

    cues = find_cues(text)          # [Cue(start, end, tags), ...] in text order
    cues[0].has("payment")          # a class
    cues[0].value("program")        # "JHT" for a `program:JHT` tag
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pantau.extract.misspellings import deletions, later_deletions, repair

LEXICON_PATH = Path(__file__).with_name("lexicon.tsv")


class Token(NamedTuple):
    start: int
    end: int
    text: str  # as written
    norm: str  # casefolded, triple letters squeezed, misspelling resolved


class Cue:
    """A lexicon phrase found in the text: its span and tags. Immutable by convention; a plain slotted
    class, not a frozen dataclass, because extraction makes one per phrase found and a frozen dataclass's
    __init__ cost a tenth of cue matching (bench/README.md, "Extraction cost after issue 12")."""

    __slots__ = ("start", "end", "tags", "classes", "values")

    def __init__(self, start: int, end: int, tags: frozenset[str], classes: frozenset[str] | None = None,
                 values: dict[str, str] | None = None):
        self.start, self.end, self.tags = start, end, tags
        # The tags' class names ("program" for "program:JHT"): `has` is the rules' most frequent
        # question, a set lookup instead of a scan of the tags.
        self.classes = classes or class_names(tags)
        # (and their values, read once per lexicon entry: `value` is asked 50 times per article, and
        # scanning the tags was 2 % of extraction)
        self.values = tag_values(tags) if values is None else values

    def __eq__(self, other) -> bool:
        return isinstance(other, Cue) and (self.start, self.end, self.tags) == (other.start, other.end, other.tags)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.tags))

    def __repr__(self) -> str:
        return f"Cue(start={self.start}, end={self.end}, tags={self.tags!r})"

    def has(self, cls: str) -> bool:
        return cls in self.classes

    def value(self, cls: str) -> str | None:
        if ":" not in cls:
            return self.values.get(cls)
        prefix = cls + ":"
        return next((t[len(prefix):] for t in self.tags if t.startswith(prefix)), None)


def tag_values(tags: frozenset[str]) -> dict[str, str]:
    """Each class's value in `tags` ("program" -> "JHT" for `program:JHT`), the first in the set's order as
    Cue.value would find it."""
    values = {}
    for cls in class_names(tags):
        prefix = cls + ":"
        found = next((t[len(prefix):] for t in tags if t.startswith(prefix)), None)
        if found is not None:
            values[cls] = found
    return values


@lru_cache(maxsize=4096)
def class_names(tags: frozenset[str]) -> frozenset[str]:
    return frozenset(t.split(":", 1)[0] for t in tags)


@dataclass(frozen=True)
class _Word:
    form: str  # normalised word, or prefix (with `prefix`), or exact text (with `exact`)
    prefix: bool = False
    exact: bool = False

    def pattern(self) -> str:
        if self.exact:
            return f"(?-i:{re.escape(self.form)})"
        return re.escape(self.form) + (r"[^\W\d_]*" if self.prefix else "")

    def fits(self, word: str, norm: str) -> bool:
        if self.exact:
            return word == self.form
        return norm.startswith(self.form) if self.prefix else norm == self.form


_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+|-\d+)*|\d+|[^\w\s]")
# A token with the characters skipped before it (whitespace and "_", the only ones no token starts with):
# its offsets follow from the lengths.
_SPACED_TOKEN_RE = re.compile(r"([\s_]*)(" + _TOKEN_RE.pattern + ")")
_TRIPLE_RE = re.compile(r"([^\W\d_])\1{2,}")
_WORDS_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+|-\d+)*|\S")
_LONG_WORD_RE = re.compile(r"(?<![\w'’-])[^\W\d_]{7,}(?![\w'’])")


def normalise(word: str) -> str:
    folded = word.casefold().replace("’", "'")
    return _TRIPLE_RE.sub(r"\1\1", folded) if len(folded) > 2 else folded


def _parse_phrase(phrase: str) -> tuple[_Word, ...]:
    """A phrase's words: `=Word` keeps its case, `word*` is a prefix; a piece the tokenizer
    splits ("us$") becomes several words."""
    words: list[_Word] = []
    for piece in phrase.split():
        exact, prefix = piece.startswith("="), piece.endswith("*")
        parts = _TOKEN_RE.findall(piece.strip("=*~"))
        for k, part in enumerate(parts):
            if exact:
                words.append(_Word(part, exact=True))
            else:
                words.append(_Word(normalise(part), prefix=prefix and k == len(parts) - 1))
    return tuple(words)


# Letters a phrase's word needs to be recognised misspelt inside the phrase ("jamainan kematian").
PHRASE_FUZZY_MIN = 7


class Lexicon:
    """The compiled lexicon: entries by their first word (longest first), and the vocabulary
    for spelling repair."""

    # Letters a lexicon word needs for its misspellings to be guessed: shorter words are one letter
    # away from other real words too often ("perumahan"/"perubahan", "pinjaman"/"pinjamkan").
    FUZZY_MIN = 10

    def __init__(self, lines: list[str]):
        self.by_first: dict[str, list[_Entry]] = {}
        self.by_exact: dict[str, list[_Entry]] = {}
        self.by_prefix: dict[str, list[_Entry]] = {}  # by the prefix's first three letters
        self.vocabulary: set[str] = set()
        self.guessable: set[str] = set()
        self.all_tags: set[str] = set()
        self.problems: list[str] = []
        seen: dict[str, int] = {}  # a phrase listed twice: only its first tags would ever be read
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if "\t" not in line:
                self.problems.append(f"line {number}: no tab between phrase and tags")
                continue
            phrase, tags = line.split("\t", 1)
            tags = frozenset(tags.split("\t", 1)[0].split())
            key = " ".join(p if p.startswith("=") else p.casefold() for p in phrase.split())  # (`=Word` keeps case)
            if key in seen:
                self.problems.append(f"line {number}: '{phrase.strip()}' is already listed at line {seen[key]}; "
                                     f"give it all its tags there")
            seen.setdefault(key, number)
            words = _parse_phrase(phrase)
            if not words or not tags:
                self.problems.append(f"line {number}: empty phrase or tags")
                continue
            second = words[1].form if len(words) > 1 and not (words[1].exact or words[1].prefix) else None
            entry = _Entry(words, tags, second)
            first = words[0]
            table = self.by_exact if first.exact else self.by_prefix if first.prefix else self.by_first
            table.setdefault(first.form[:3] if first.prefix else first.form, []).append(entry)
            self.all_tags |= tags
            self.vocabulary.update(w.form for w in words if not w.exact and not w.prefix)
            # A word marked `~` has its misspellings guessed ("ketenagakerjaan~").
            self.guessable.update(normalise(p.strip("=*~")) for p in phrase.split() if p.endswith("~"))
        for table in (self.by_first, self.by_exact, self.by_prefix):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e.words))
        self._norms: dict[str, str] = {}
        self._starts: dict[tuple[str, str], tuple[_Entry, ...]] = {}
        self._words: dict[str, tuple[str, tuple[_Entry, ...]]] = {}  # written word -> (norm, entries it may start)
        self._before: dict[tuple[str, str | None], tuple[_Entry, ...]] = {}  # (written word, next norm) -> entries
        self._deletes: dict[str, set[str]] = {}
        # Every plain word of a phrase of two words or more, long enough to be misspelt in it
        # ("jamainan kematian", "jaminan kematin"): by its deletions after the first letter.
        self._phrase_deletes: dict[str, set[str]] = {}
        self._aliases: dict[str, frozenset[str]] = {}
        for table in (self.by_first, self.by_exact, self.by_prefix):
            for entries in table.values():
                for entry in entries:
                    if len(entry.words) < 2:
                        continue
                    for word in entry.words:
                        if not word.exact and not word.prefix and len(word.form) >= PHRASE_FUZZY_MIN \
                                and word.form.isalpha():
                            for variant in {word.form, *later_deletions(word.form)}:
                                self._phrase_deletes.setdefault(variant, set()).add(word.form)
        for word in self.guessable:
            if len(word) >= self.FUZZY_MIN and word.isalpha():
                for variant in deletions(word):
                    self._deletes.setdefault(variant, set()).add(word)

    def classes(self) -> set[str]:
        return {t.split(":")[0] for t in self.all_tags}

    def repair(self, norm: str) -> str:
        """The lexicon word a long unknown word misspells (one letter missing, extra or
        replaced), when exactly one fits; else the word itself."""
        if norm in self.vocabulary or len(norm) < self.FUZZY_MIN - 1 or not norm.isalpha() or not self._deletes:
            return norm
        return repair(self, norm)

    def norm(self, word: str) -> str:
        """normalise() and repair(), remembered: an article repeats most of its words. A word with
        the possessive "-nya" a lexicon word does not list reads as its stem ("santunannya", "JHT-nya")."""
        known = self._norms.get(word)
        if known is None:
            known = self.repair(normalise(word))
            if known.endswith("nya") and known not in self.vocabulary:
                stem = known[:-4] if known.endswith("-nya") else known[:-3]  # ("JHT-nya")
                known = stem if stem in self.vocabulary else known
            if len(self._norms) < 200_000:
                self._norms[word] = known
        return known

    def phrase_aliases(self, norm: str) -> frozenset[str]:
        """The words of listed phrases that an unknown word may misspell by one letter after its
        first (missing, extra or replaced): read only inside such a phrase, its other words as
        listed, so the phrase settles which word was meant ("jaminan kematin": kematian, not
        kemarin). The first letter is kept: it is where Indonesian changes a word on purpose
        ("penerima"/"menerima", "pekerja"/"bekerja")."""
        aliases = self._aliases.get(norm)
        if aliases is None:
            candidates: set[str] = set()
            if len(norm) >= PHRASE_FUZZY_MIN - 1 and norm.isalpha() and norm not in self.vocabulary:
                candidates |= self._phrase_deletes.get(norm, set())  # a letter missing
                for variant in later_deletions(norm):  # a letter extra, or replaced
                    candidates |= self._phrase_deletes.get(variant, set())
                candidates.discard(norm)
            aliases = frozenset(candidates)
            if len(self._aliases) < 200_000:
                self._aliases[norm] = aliases
        return aliases

    def _starting_with(self, norm: str, text: str) -> tuple[_Entry, ...]:
        """The entries whose first word fits a token, longest first: found once per distinct word (an
        article repeats its words, and most words start no entry), so matching tests one list per token.
        (Measured: a third of cue matching was the three table lookups and their merge per token.)"""
        key = (norm, text)
        found = self._starts.get(key)
        if found is None:
            found = tuple(sorted(
                [*self.by_first.get(norm, ()), *self.by_exact.get(text, ()),
                 *(e for e in self.by_prefix.get(norm[:3], ()) if norm.startswith(e.words[0].form))],
                key=lambda e: -len(e.words)))
            if not found:  # "jamainan kematian": the phrases it may begin, misspelt
                found = tuple(sorted((e.misspelt_first() for alias in self.phrase_aliases(norm)
                                      for e in self.by_first.get(alias, ()) if len(e.words) > 1),
                                     key=lambda e: -len(e.words)))
            if len(self._starts) < 200_000:
                self._starts[key] = found
        return found

    def _longest(self, tokens: list[Token], i: int, text: str, offset: int,
                 entries: tuple[_Entry, ...]) -> _Entry | None:
        following = tokens[i + 1][3] if i + 1 < len(tokens) else None  # (its norm)
        # (narrowed by the next word once per pair of words: most entries fail on their second word)
        fitting = self._before.get((tokens[i][2], following))
        if fitting is None:
            fitting = self._fitting_second(entries, following)
            if len(self._before) < 200_000:
                self._before[(tokens[i][2], following)] = fitting
        for entry in fitting:  # longest first: the first that fits is the longest
            if len(entry.words) == 1 or _fits(entry, tokens, i, text, offset, self.phrase_aliases):
                return entry  # (one word: it fits already)
        return None

    def _fitting_second(self, entries: tuple[_Entry, ...], following: str | None) -> tuple[_Entry, ...]:
        """The entries (longest first) whose second word may be `following`, up to the first of one word."""
        misspelt, kept = None, []  # (what the next word may misspell, asked once)
        for entry in entries:
            if len(entry.words) == 1:
                kept.append(entry)
                break
            if entry.second is not None and entry.second != following:
                if misspelt is None:
                    misspelt = self.phrase_aliases(following) if following else frozenset()
                if entry.second not in misspelt or entry.fuzzy_first:
                    continue
            kept.append(entry)
        return tuple(kept)

    def _word(self, word: str) -> tuple[str, tuple[_Entry, ...]]:
        """A written word's norm and the entries it may start, found once per distinct word."""
        norm = self.norm(word)
        info = (norm, self._starting_with(norm, word))
        if len(self._words) < 200_000:
            self._words[word] = info
        return info

    def match(self, text: str, offset: int = 0) -> list[Cue]:
        """Every phrase in `text` (which starts at `offset` in the body), longest first at
        each word, none overlapping."""
        # The words are read and their entries looked up in one pass, and only the tokens that may start an
        # entry are visited after it. A token is a plain tuple (start, end, text, norm), Token's fields, its
        # offsets from findall's lengths (bench/README.md, "Ninth stop of issue 12": 0.254 -> 0.179 ms per article).
        words, word_info = self._words, self._word
        candidates: list[tuple[int, tuple[_Entry, ...]]] = []  # (token index, its entries)
        tokens: list[tuple[int, int, str, str]] = []
        pos = offset
        for skipped, w in _SPACED_TOKEN_RE.findall(text):
            norm, entries = words.get(w) or word_info(w)
            if entries:
                candidates.append((len(tokens), entries))
            start = pos + len(skipped)
            pos = start + len(w)
            tokens.append((start, pos, w, norm))
        cues: list[Cue] = []
        i = 0
        for k, entries in candidates:
            if k < i:
                continue  # inside the phrase just found
            best = self._longest(tokens, k, text, offset, entries)
            if best is None:
                continue
            start = tokens[k][0]
            last = k + len(best.words) - 1
            i = last + 1
            if cues and "(" in text[max(0, start - offset - 3):start - offset] \
                    and _short_form_of(cues[-1], best, tokens, k, last, text, offset):
                continue  # "segmen jasa konstruksi (JK)": the phrase again, not JK for JKM
            cues.append(Cue(start, tokens[last][1], best.tags, best.classes, best.values))
        return cues


def _short_form_of(before: Cue, entry: _Entry, tokens: list[Token], i: int, last: int, text: str, offset: int) -> bool:
    """A bracketed short form right after a phrase that names no program, made of its words' initials, that
    the lexicon reads as a program ("jasa konstruksi (JK)", where JK alone is an old name of JKM): the
    phrase's own abbreviation; or one after a program's full name that names another program: a slip."""
    if "program" not in entry.classes or i != last or text[before.end - offset:tokens[i][0] - offset].strip() != "(":
        return False
    words = text[before.start - offset:before.end - offset].split()
    if "program" in before.classes:
        # "jaminan pensiun (JK)": a short form that names another program than the full name before it is a slip
        # (JK is JKM's old short form); the name written out stands
        return len(words) > 1 and {t for t in before.tags if t.startswith("program:")} != \
            {t for t in entry.tags if t.startswith("program:")}
    return len(words) > 1 and "".join(w[0] for w in words).casefold() == tokens[i][2].casefold()


@dataclass(frozen=True)
class _Entry:
    words: tuple[_Word, ...]
    tags: frozenset[str]
    # The second word's form when it is a plain word: most phrases fail on it, tested inline.
    second: str | None = None
    classes: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    fuzzy_first: bool = False  # matched at a misspelling of its first word (Lexicon.phrase_aliases)
    values: dict = field(default=None, compare=False, repr=False)  # (Cue.values)

    def __post_init__(self):
        object.__setattr__(self, "classes", class_names(self.tags))
        object.__setattr__(self, "values", tag_values(self.tags))

    def misspelt_first(self) -> _Entry:
        return _Entry(self.words, self.tags, self.second, fuzzy_first=True)


def _fits(entry: _Entry, tokens: list[Token], i: int, text: str, offset: int, aliases=None) -> bool:
    words = entry.words
    if i + len(words) > len(tokens):
        return False
    misspelt = entry.fuzzy_first  # one misspelt word a phrase, no more
    for k, word in enumerate(words):  # the words first: most entries fail on one, a cheap test
        token = tokens[i + k]
        if k == 0 and entry.fuzzy_first:
            continue  # (its first word is the misspelling the entry was chosen for)
        if not word.fits(token[2], token[3]):  # (text, norm)
            if misspelt or aliases is None or word.exact or word.prefix or word.form not in aliases(token[3]):
                return False
            misspelt = True
    for k in range(1, len(words)):
        if tokens[i + k - 1][1] != tokens[i + k][0] - 1 \
                and text[tokens[i + k - 1][1] - offset:tokens[i + k][0] - offset].strip():
            return False  # punctuation between the words: not one phrase
    return True


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The project's lexicon, read once per process."""
    return Lexicon(LEXICON_PATH.read_text(encoding="utf-8").splitlines())


def find_cues(text: str, offset: int = 0) -> list[Cue]:
    return lexicon().match(text, offset)
