"""Numbers, dates and weekdays in the words an Indonesian reader expects.

Messages quote figures the way the articles print them: a dot groups thousands and a
comma marks decimals (1.245; Rp 9,8 miliar; 24,0%).
"""
from __future__ import annotations

import math
from datetime import date

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
# date.weekday(): Monday is 0.
WEEKDAYS_ID = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
WEEKDAY_ALIASES = {"jum'at": "jumat", "jum’at": "jumat", "ahad": "minggu"}

_SCALES = ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta"))


def group_thousands(number: int) -> str:
    """1245 -> '1.245', -3000 -> '-3.000'."""
    return f"{number:,}".replace(",", ".")


def format_decimal(value: float, max_decimals: int = 3) -> str:
    """The shortest Indonesian spelling of `value` with at most `max_decimals` decimals."""
    if value is None or not math.isfinite(value):
        return "?"
    for decimals in range(max_decimals + 1):
        rounded = round(value, decimals)
        if abs(rounded - value) <= 1e-9 * max(1.0, abs(value)):
            break
    whole = int(abs(rounded))
    text = group_thousands(whole)
    if decimals:
        fraction = f"{abs(rounded):.{decimals}f}".split(".")[1]
        text += "," + fraction
    return ("-" if rounded < 0 else "") + text


def format_count(value: float | None) -> str:
    """A case or participant count: 1245 -> '1.245'."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return "?" if value is None else repr(value)
    if float(value).is_integer():
        return group_thousands(int(value))
    return format_decimal(float(value), 2)


def format_rupiah(value: float | None) -> str:
    """9.8e9 -> 'Rp 9,8 miliar'; 9222450000 -> 'Rp 9.222.450.000' (a scale word only when
    at most three decimals say the figure exactly, so sums are never silently rounded)."""
    if value is None or not math.isfinite(value):
        return "?"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            scaled = value / scale
            if abs(round(scaled, 3) - scaled) <= 1e-9 * max(1.0, abs(scaled)):
                return f"Rp {format_decimal(scaled, 3)} {word}"
            break
    return f"Rp {format_decimal(round(value, 2), 2)}"


def format_rupiah_short(value: float | None, decimals: int = 2) -> str:
    """A rounded amount for summaries: 37359850000000 -> 'Rp 37,36 triliun'."""
    if value is None or not math.isfinite(value):
        return "?"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"Rp {format_decimal(round(value / scale, decimals), decimals)} {word}"
    return f"Rp {group_thousands(round(value))}"


def format_amount(value: float | None, unit: str) -> str:
    """A figure in its unit: rupiah as money, anything else as a count with the unit word."""
    if unit == "rupiah":
        return format_rupiah(value)
    if isinstance(value, (int, float)) and math.isfinite(value) and abs(value) >= 1e6:
        scaled = value / 1e6  # 2,68 juta kasus, as articles print large counts
        if abs(round(scaled, 3) - scaled) <= 1e-9 * max(1.0, abs(scaled)):
            return f"{format_decimal(scaled, 3)} juta {unit}".strip()
    return f"{format_count(value)} {unit}".strip()


def format_percent(value: float, decimals: int = 1) -> str:
    """23.97 -> '+24,0%'; signed, since a change has a direction."""
    rounded = round(value, decimals)
    sign = "+" if rounded > 0 else "-" if rounded < 0 else ""
    return f"{sign}{abs(rounded):.{decimals}f}".replace(".", ",") + "%"


def format_date(day: date | None) -> str:
    """date(2023, 4, 30) -> '30 April 2023'."""
    if day is None:
        return "an unknown date"
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def weekday_id(day: date) -> str:
    """The Indonesian weekday name of a date, lower case ('rabu')."""
    return WEEKDAYS_ID[day.weekday()]


def normal_weekday(name: str) -> str:
    name = (name or "").strip().lower()
    return WEEKDAY_ALIASES.get(name, name)
