"""Faster scanning with the same patterns: a look-ahead on the characters a match can begin with.

sre tries a pattern that opens with `\\b`, a look-behind or an alternation of words at every
character of the text, walking into each alternative. `guarded(pattern)` puts a one-class
look-ahead in front (`(?=[jkhps])(?:...)`): it consumes nothing, so matches, spans and groups
are the same, but most positions are rejected by one class test. The class is derived from
the pattern itself (its parse tree), never written by hand, so it cannot miss a word.
"""
from __future__ import annotations

import re
import sys
from re import _constants as C  # noqa: N812 (sre opcodes)
from re import _parser

_CATEGORY_CLASS = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """The first characters cannot be stated as one class: leave the pattern as it is."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first_of_sequence(items, folded: bool) -> tuple[set[tuple[str, bool]], bool]:
    """(class items a match of the sequence can begin with, each with whether it is matched
    ignoring case; whether the sequence can match empty)."""
    first: set[tuple[str, bool]] = set()
    for op, av in items:
        found, nullable = _first_of_item(op, av, folded)
        first |= found
        if not nullable:
            return first, False
    return first, True


def _first_of_item(op, av, folded: bool) -> tuple[set[tuple[str, bool]], bool]:
    if op is C.LITERAL:
        return {(_char(av), folded)}, False
    if op is C.IN:
        found = set()
        for kind, value in av:
            if kind is C.LITERAL:
                found.add((_char(value), folded))
            elif kind is C.RANGE:
                found.add((f"{_char(value[0])}-{_char(value[1])}", folded))
            elif kind is C.CATEGORY and value in _CATEGORY_CLASS:
                found.add((_CATEGORY_CLASS[value], folded))
            else:
                raise _Unknown(kind)
        return found, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero width: the next item gives the first character
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~re.IGNORECASE:
            raise _Unknown(op)  # only a scoped (?i:...) / (?-i:...) is followed
        if add_flags:
            folded = True
        if del_flags:
            folded = False
        return _first_of_sequence(sub, folded)
    if op is C.ATOMIC_GROUP:
        return _first_of_sequence(av, folded)
    if op is C.BRANCH:
        first: set[tuple[str, bool]] = set()
        nullable = False
        for branch in av[1]:
            found, empty = _first_of_sequence(branch, folded)
            first |= found
            nullable = nullable or empty
        return first, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        found, empty = _first_of_sequence(sub, folded)
        return found, empty or low == 0
    raise _Unknown(op)


def first_char_class(pattern: re.Pattern[str]) -> str | None:
    """A look-ahead body (one class, under the pattern's own flags or ignoring case when a
    scoped (?i:...) holds some first characters) matching every character a match of `pattern`
    can begin with. None when that cannot be told or the pattern can match empty."""
    folded = bool(pattern.flags & re.IGNORECASE)
    try:
        first, nullable = _first_of_sequence(_parser.parse(pattern.pattern, pattern.flags), folded)
    except (_Unknown, re.error):
        return None
    if nullable or not first:
        return None
    items = "".join(sorted({item for item, _ in first}))
    if folded or not any(item_folded for _, item_folded in first):
        return f"[{items}]"
    # Some first characters are matched ignoring case, others not: one class ignoring case
    # for all (a little wider than needed, never narrower; two classes would be slower).
    return f"(?i:[{items}])"


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, faster to search: it rejects a start position whose character no
    match can begin with before trying any alternative. Unchanged when the class is unknown."""
    first = first_char_class(pattern)
    if first is None:
        return pattern
    try:
        return re.compile(f"(?={first})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern


def substring_finder(words) -> re.Pattern[str]:
    """A pattern that finds any of `words` as a plain substring (no flags), the longest at the leftmost place:
    one C scan in place of a Python loop of `word in text` tests. The words are merged by their common
    beginnings ("n(?:aik|ingkat)"): sre then tries one branch per character, not one per word (a third faster
    on the province names)."""
    return re.compile(_trie_pattern(sorted(set(words))))


def _trie_pattern(words: list[str]) -> str:
    """An alternation of the (sorted, distinct, non-empty) `words`, their shared first letters written once."""
    by_first: dict[str, list[str]] = {}
    ends_here = False
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
        else:
            ends_here = True
    branches = [re.escape(first) + _trie_pattern(rests) for first, rests in by_first.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # (a word ending here, when others go on: the longer are tried first, as in an alternation longest first)
    return f"(?:{body})?" if ends_here else body


# ---- words a match cannot be without --------------------------------------------------------------------------


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """ASCII strings, casefolded, one of which every match of `pattern` holds (under the pattern's own flags); None
    when none can be told. A text whose casefold holds none cannot match (casefold equates what IGNORECASE does for
    ASCII letters, except the Turkish dotted/dotless i, which `WindowFinder` leaves to the pattern)."""
    try:
        return _required_of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    except (_Unknown, re.error):
        return None


def _required_of_sequence(items) -> tuple[str, ...] | None:
    """The most selective requirement among the sequence's parts: a run of literal characters, or a part that
    must match (a group, a branch each of whose ways has one, a repeat at least once)."""
    options: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL and av < 128:
            run += chr(av).casefold()
            continue
        if run:
            options.append((run,))
            run = ""
        found = _required_of_item(op, av)
        if found:
            options.append(found)
    if run:
        options.append((run,))
    # (the shortest word of a set is what a text must hold at least: the longer, the fewer texts pass)
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _required_of_item(op, av) -> tuple[str, ...] | None:
    if op is C.SUBPATTERN:
        return _required_of_sequence(av[3])
    if op is C.ATOMIC_GROUP:
        return _required_of_sequence(av)
    if op is C.BRANCH:
        ways = [_required_of_sequence(branch) for branch in av[1]]
        if any(not way for way in ways):
            return None
        return tuple(sorted({word for way in ways for word in way}))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required_of_sequence(av[2])
    return None  # anything else may match without a word of ours (or is zero width)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when `text` holds none of `words` (a pattern's required_words), so the pattern cannot match in it."""
    if "\u0130" in text or "\u0131" in text:
        return True  # (what IGNORECASE equates with "i" and casefold does not)
    folded = text.casefold()
    return any(word in folded for word in words)


class WindowFinder:
    """A pattern searched in short windows of a text (`search(text, pos, endpos)`, the words before a figure) that
    most windows cannot match: the window's casefold is first tested for the pattern's required words, a few
    substring tests in place of a scan from every position. Same matches; other methods are the pattern's own."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.words = required_words(pattern) or ("",)  # (none found: every window passes)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos < 0 or endpos < 0:
            return self.pattern.search(text, pos, endpos)  # (re reads them as 0; a slice would count from the end)
        window = text[pos:endpos]
        if "\u0130" in window or "\u0131" in window:
            return self.pattern.search(text, pos, endpos)
        folded = window.casefold()
        for word in self.words:  # (a loop, not any(): this runs for every figure)
            if word in folded:
                return self.pattern.search(text, pos, endpos)
        return None

    def __getattr__(self, name):
        return getattr(self.pattern, name)
