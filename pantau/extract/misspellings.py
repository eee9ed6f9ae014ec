"""One-letter slips of the lexicon's words: the variants a word has with one letter left out, and the
repair of a word that is one slip from exactly one listed word (pantau.extract.cues.Lexicon reads both)."""
from __future__ import annotations

from functools import lru_cache


def deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))}


def later_deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(1, len(word))}


@lru_cache(maxsize=8192)
def _repair_cached(lexicon_id: int, norm: str) -> str:
    lexicon = _LEXICONS[lexicon_id]
    candidates: set[str] = set(lexicon._deletes.get(norm, ()))  # a letter missing
    for variant in deletions(norm):
        if variant in lexicon.guessable and len(variant) >= lexicon.FUZZY_MIN:
            candidates.add(variant)  # a letter extra
        candidates |= lexicon._deletes.get(variant, set())  # a letter replaced (or two swapped)
    return next(iter(candidates)) if len(candidates) == 1 else norm


_LEXICONS: dict[int, object] = {}


def repair(lexicon, norm: str) -> str:
    _LEXICONS.setdefault(id(lexicon), lexicon)
    return _repair_cached(id(lexicon), norm)
