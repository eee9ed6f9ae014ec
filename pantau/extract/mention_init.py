"""`new_mention(...)`: a NumberMention, as `NumberMention(...)` makes it, at a third of the cost.

A frozen dataclass's __init__ sets each of its eleven fields through object.__setattr__; the figure reader makes
one per figure (bench/README.md: 1.3 % of extraction). Here the fields go straight into the new instance's
__dict__: the same object in every way (fields, equality, hash, repr). Checked once at import against the
dataclass itself: should NumberMention change (a field, a default, slots, a __post_init__), the check fails and
new_mention is NumberMention again.
"""
from __future__ import annotations

from pantau.model import NumberMention

_new = object.__new__


def _quick(start: int, end: int, text: str, value: float | None, kind: str, tolerance: float = 0.0,
           scale_word: str | None = None, is_words: bool = False, range_end: float | None = None,
           ambiguous: str | None = None, unparseable: str | None = None) -> NumberMention:
    mention = _new(NumberMention)
    mention.__dict__.update(start=start, end=end, text=text, value=value, kind=kind, tolerance=tolerance,
                            scale_word=scale_word, is_words=is_words, range_end=range_end, ambiguous=ambiguous,
                            unparseable=unparseable)
    return mention


def _same_as_init() -> bool:
    """Whether _quick makes what NumberMention's own __init__ makes (its defaults included)."""
    probe = dict(start=1, end=2, text="1", value=1.0, kind="count")
    try:
        quick, made = _quick(**probe), NumberMention(**probe)
        return (quick == made and vars(quick) == vars(made) and hash(quick) == hash(made)
                and not hasattr(NumberMention, "__post_init__"))
    except Exception:  # (slots: no __dict__; a changed signature)
        return False


new_mention = _quick if _same_as_init() else NumberMention
