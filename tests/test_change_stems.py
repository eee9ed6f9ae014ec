"""The sentence prefilter's change stems (context._CHANGE_STEMS) cover every change word of the lexicon: a word
added to lexicon.tsv as change_up/change_down with a new stem would otherwise never be looked for."""
import re

from pantau.extract.context import _CHANGE_STEMS
from pantau.extract.lexicon import CHANGE_DOWN, CHANGE_UP


def _words(alternation: str) -> list[str]:
    return [w.replace(r"\s+", " ") for w in re.sub(r"^\(\?:|\)$", "", alternation).split("|")]


def test_every_change_word_holds_a_prefilter_stem():
    missing = [w for w in _words(CHANGE_UP) + _words(CHANGE_DOWN) if not any(stem in w.casefold() for stem in _CHANGE_STEMS)]
    assert missing == []
