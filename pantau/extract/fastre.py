"""Faster scanning with the same patterns: a look-ahead on the characters a match can begin with.

sre tries a pattern that opens with `\\b`, a look-behind or an alternation of words at every
character of the text, walking into each alternative. `guarded(pattern)` puts a one-class
look-ahead in front (`(?=[jkhps])(?:...)`): it consumes nothing, so matches, spans and groups
are the same, but most positions are rejected by one class test. The class is derived from
the pattern itself (its parse tree), never written by hand, so it cannot miss a word.
"""
from __future__ import annotations

import re
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
