"""A dateline's date written without its year ("Ambon, 13/9 (Antara Maluku) - ..."), as wire copy of some years has
it: the year is the one the text speaks of, or the one next to it, whichever the weekday of the statement fits ("...,
kata ... di Ambon, Selasa."). So is a statement's own date written as a weekday and a day of a month ("kata ... di Kota
Palu dilansir Antara, Minggu, 7 Februari."). With no weekday to test, no date: a guessed year would pass every check it
should fail."""
from __future__ import annotations

import re
from datetime import date

from pantau.extract.lexicon import MONTH_WORD, MONTHS, WEEKDAY_INDEX, WEEKDAY_WORD
from pantau.extract.years import make_date

_DATELINE_DAY_MONTH_RE = re.compile(r"^[ \t]*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*,\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
                                    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:[–—]|--?)\s", re.M)
# The statement's weekday alone, as a said clause ends ("... di Ambon, Selasa."), no date beside it
_LONE_WEEKDAY_RE = re.compile(rf",\s*(?P<w>{WEEKDAY_WORD})\s*(?:[.,\"”]|\s+(?:lalu|kemarin|ini)\b)(?!\s*\()", re.I)
HEAD_CHARS = 1500  # how far into the text the dateline and the statement's weekday are looked for


def dateline_date_without_year(body: str, limit: int, year: int | None) -> date | None:
    """The dateline's day and month in the year (of `year`, the one after or the one before) its weekday fits."""
    if year is None:
        return None
    head = body[:min(limit, HEAD_CHARS)]
    line = _DATELINE_DAY_MONTH_RE.search(head)
    said = _LONE_WEEKDAY_RE.search(head, line.end()) if line else None
    if said is None:
        return None
    index = WEEKDAY_INDEX.get(said.group("w").replace("'", "").lower())
    for candidate in (year, year + 1, year - 1):
        day = make_date(candidate, int(line.group("m")), int(line.group("d")))
        if day is not None and day.weekday() == index:
            return day
    return None


# "..., Minggu, 7 Februari." after what was said: the weekday, the day and the month, no year
_SAID_ON_RE = re.compile(rf"\b(?:kata|ujar|ungkap|jelas|tutur|sebut|dilansir)(?:nya)?\b[^.\n]{{0,120}}?,\s*(?P<w>{WEEKDAY_WORD})\s*,?\s*"
                         rf"(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_WORD})\b(?!\s*,?\s*\d)", re.I)


def said_date_without_year(body: str, limit: int, year: int | None) -> date | None:
    """The statement's date given by its weekday, day and month alone, in the year (of `year` and the ones beside it) the
    weekday fits."""
    said = _SAID_ON_RE.search(body, 0, min(limit, HEAD_CHARS)) if year is not None else None
    if said is None:
        return None
    index = WEEKDAY_INDEX.get(said.group("w").replace("'", "").lower())
    month = MONTHS.get(said.group("m").lower())
    for candidate in (year, year + 1, year - 1) if month else ():
        day = make_date(candidate, month, int(said.group("d")))
        if day is not None and day.weekday() == index:
            return day
    return None


# An English blog header line ("Thursday, November 21, 2013"): month first, then day and year.
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december")
# ("Posted on March 14, 2023 by admin": a blog's label before it, its author after it; "Senin, Januari 24, 2022": a
# theme's English order with Indonesian names)
ENGLISH_BYLINE_RE = re.compile(
    r"^\s*(?:(?:posted|published)(?:\s+on)?\s*:?\s*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s*,\s*)?"
    r"(?P<mon>" + "|".join(_ENGLISH_MONTHS) + "|" + MONTH_WORD
    + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{4})(?:\s+by\s+[^\n]{1,40})?\s*$", re.I | re.M)


def english_byline_date(head: str) -> date | None:
    """The date of a month-first header line among the page's first lines."""
    match = ENGLISH_BYLINE_RE.search(head)
    if not match:
        return None
    month = match.group("mon").lower()
    number = _ENGLISH_MONTHS.index(month) + 1 if month in _ENGLISH_MONTHS else MONTHS.get(month)
    return make_date(int(match.group("y")), number, int(match.group("d"))) if number else None
