"""Settling a separator guess with the article's own figures.

"Rp 9.447 miliar" may be 9 447 miliar (a thousands dot) or 9,447 miliar (a decimal point);
"Rp 42,313 miliar" may be 42,313 miliar or 42 313 miliar. The number grammar reads each by
Indonesian habit and flags the guess (pantau.extract.numbers). An article usually settles it:
  - its other amounts: one reading sits among them, the other a thousand times off
    ("Rp 9.447 miliar" beside Rp 4,35 and Rp 17,163 miliar is 9,447 miliar);
  - its writing: a dot that can only be decimal elsewhere ("Rp486.24 miliar") makes a dot
    before three digits decimal too.
A settled guess is read that way and no longer flagged; an unsettled one keeps its flag.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from pantau.model import NumberMention

_BODY_RE = re.compile(r"\d+(?:[.,]\d+)*")
_ONE_SEPARATOR_THREE_RE = re.compile(r"\d{1,3}([.,])\d{3}")
_DECIMAL_DOT_RE = re.compile(r"\d{1,3}\.\d{1,2}")
_COMMA_GROUPS_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
DECISIVE = 2.0  # orders of magnitude between the two readings' distances to the article's amounts
NEAR = 1.0  # the chosen reading within ten times the article's typical amount


def _body(mention: NumberMention) -> str:
    found = _BODY_RE.search(mention.text)
    return found.group(0) if found else ""


def _separator(mention: NumberMention) -> str | None:
    match = _ONE_SEPARATOR_THREE_RE.fullmatch(_body(mention))
    return match.group(1) if match else None


def _alternative(mention: NumberMention) -> NumberMention:
    """The other reading of a flagged one-separator figure: thousands <-> decimal."""
    thousands_now = mention.tolerance >= 0.5 * _unit(mention)
    if thousands_now:
        return replace(mention, value=mention.value / 1000, tolerance=mention.tolerance / 1000, ambiguous=None)
    return replace(mention, value=mention.value * 1000, tolerance=mention.tolerance * 1000, ambiguous=None)


def _unit(mention: NumberMention) -> float:
    scales = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}
    return scales.get(mention.scale_word or "", 1.0)


def settle_separators(numbers: list[NumberMention]) -> list[NumberMention]:
    flagged = [n for n in numbers if n.ambiguous and n.value and n.kind == "money" and n.scale_word
               and _separator(n)]
    if not flagged:
        return numbers
    clear = [n.value for n in numbers if n.kind == "money" and n.value and not n.ambiguous]
    if not clear:  # every amount is a guess: each is weighed against the others' usual readings
        clear = [n.value for n in flagged]
    decimal_dots = any(_DECIMAL_DOT_RE.fullmatch(_body(n)) for n in numbers if n.kind == "money" and n.scale_word)
    # "Rp 66,361 juta" is 66,361 million in Indonesian writing; a thousands comma before a scale word only in an
    # article that groups thousands with commas elsewhere ("1,020,168"): a small program's amount stays small
    comma_thousands = any(_COMMA_GROUPS_RE.fullmatch(_body(n)) for n in numbers)
    typical = math.log10(sorted(clear)[len(clear) // 2]) if len(clear) >= 2 else None
    settled = {}
    for mention in flagged:
        other = _alternative(mention)
        if _separator(mention) == "." and decimal_dots and other.value < mention.value:
            settled[mention.start] = other  # the writer's dot is a decimal point
            continue
        if typical is None or (_separator(mention) == "," and not comma_thousands):
            continue
        here, there = abs(math.log10(mention.value) - typical), abs(math.log10(other.value) - typical)
        if there <= NEAR and here - there >= DECISIVE:
            settled[mention.start] = other
        elif here <= NEAR and there - here >= DECISIVE:
            settled[mention.start] = replace(mention, ambiguous=None)
    return [settled.get(n.start, n) for n in numbers]
