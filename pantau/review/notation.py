"""A figure pantau computed, written the way its article prints its figures.

The parts of "Rp 9,8 miliar" add up to 9 222 450 000: a reviewer comparing the two wants
"Rp 9,22 miliar", not "9.222.450.000" nor "Rp 9.222.450.000,00". like() takes the
printed figure to imitate (its currency prefix, its spacing, its scale word as written,
its decimals) and writes a value that way; numbers are always written the Indonesian way
(a dot groups thousands, a comma marks decimals).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pantau.checks.wording import format_decimal, group_thousands

# Scale words as articles write them, spelling slips included ("miliyar", "trilyun").
SCALES = [(re.compile(r"^(?:ribu|rb)$", re.I), 1e3), (re.compile(r"^(?:juta|jt)$", re.I), 1e6),
          (re.compile(r"^(?:m|mil+[iy]*ar|mil+[iy]+ard?|billion|bn)$", re.I), 1e9),
          (re.compile(r"^(?:t|tn|trill?[iy]+un|trillion)$", re.I), 1e12)]


def scale_of(word: str) -> float | None:
    return next((value for pattern, value in SCALES if pattern.match(word)), None)

_PRINTED = re.compile(r"^(?P<prefix>\D*?)(?P<number>\d(?:[\d.,\u00a0\u202f\u2009 ]*\d)?)(?P<rest>.*)$", re.S)
_SCALE_WORD = re.compile(r"^(\s*)([A-Za-z]+)\.?", re.S)


@dataclass(frozen=True)
class Notation:
    prefix: str  # "Rp ", "Rp", "Rp. ", "" (text before the digits)
    scale: float  # 1, 1e3, 1e6, 1e9, 1e12
    scale_text: str  # the scale word and its leading space as printed (" miliar", "M"), "" when none
    decimals: int  # decimals printed after the comma (0 when none)


def notation_of(printed: str | None) -> Notation | None:
    """How a printed figure is written; None when it holds no digits."""
    match = _PRINTED.match((printed or "").strip())
    if not match:
        return None
    number, rest = match.group("number"), match.group("rest")
    scale, scale_text = 1.0, ""
    word = _SCALE_WORD.match(rest)
    if word and scale_of(word.group(2)):
        scale, scale_text = scale_of(word.group(2)), word.group(1) + word.group(2)
    decimals = 0
    if "," in number and not re.search(r",\d{3}(?:[.,]|$)", number):  # "9,8" / "1.234,50": decimal comma
        decimals = len(number.rsplit(",", 1)[1])
    elif scale > 1 and re.search(r"\.\d{1,2}$", number):  # "1.5 juta": a decimal point before a scale word
        decimals = len(number.rsplit(".", 1)[1])
    return Notation(match.group("prefix"), scale, scale_text, decimals)


def _digits(value: float, decimals: int) -> str:
    if decimals <= 0:
        return group_thousands(int(round(value)))
    text = f"{abs(value):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if value < 0 else "") + text


def like(value: float | None, printed: str | None, max_decimals: int = 3) -> str:
    """`value` written as `printed` writes its figure: like(9_222_450_000, "Rp 9,8 miliar") ->
    "Rp 9,222 miliar" (as many decimals as it takes to be exact, up to max_decimals beyond
    the printed ones, then rounded); like(4450, "4.440 kasus") -> "4.450". A value the
    notation cannot hold (no printed figure) is written plainly, the Indonesian way."""
    if value is None or not isinstance(value, (int, float)) or not math.isfinite(value):
        return "?"
    style = notation_of(printed)
    if style is None:
        return format_decimal(float(value), 2)
    scaled = value / style.scale
    decimals = style.decimals
    while decimals < style.decimals + max_decimals and \
            abs(round(scaled, decimals) - scaled) > 1e-9 * max(1.0, abs(scaled)):
        decimals += 1
    text = _digits(round(scaled, decimals), decimals)
    if style.scale == 1 and decimals and float(round(scaled, decimals)).is_integer():
        text = _digits(scaled, 0)
    percent = "%" if re.match(r"\s*(%|persen)", rest_of(printed)) else ""
    return f"{style.prefix}{text}{style.scale_text}{percent}"


def rest_of(printed: str | None) -> str:
    match = _PRINTED.match((printed or "").strip())
    return match.group("rest") if match else ""
