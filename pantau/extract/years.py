"""Years in an article: which are plausible as a date's, the dates they make, and the year a date written
without one most likely has (the latest the article's head names). Split out of pantau.extract.dates, which
re-exports every name."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from pantau.extract.fastre import guarded
from pantau.extract.lexicon import MONTH_WORD

# (Written to open with its digit, the look-behind after it: a pattern that opens with a literal or a class lets sre
# skip ahead to it in C, where a look-behind or guarded()'s look-ahead first is tried at every character: 0.0195 ->
# 0.0091 ms per article over the bench bodies; bench/README.md, "Twelfth stop of issue 12".)
YEAR_RE = re.compile(r"(?:1(?<![\d.,/]1)9[5-9]\d|2(?<![\d.,/]2)0\d\d)(?![\d.,/]\d)")


# Years a date in an article can have: a year outside is a typo ("6017", "20017"), not a
# date; beyond 2262 it would also overflow pandas' nanosecond timestamps in the checks.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def plausible_year(year: int | None) -> bool:
    return year is not None and FIRST_YEAR <= year <= LAST_YEAR


def make_date(year: int | None, month: int | None, day: int | None) -> date | None:
    """A date, or None when the parts do not form one (or its year is not plausible)."""
    if year is None or month is None or day is None:
        return None
    if year < 100:
        year += 2000
    if not plausible_year(year):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A date written with a year of three or more digits ("Kamis (12/10/6017)", "3 Mei 20017"):
# where one is outside FIRST_YEAR..LAST_YEAR, make_date gives no date and the article says why.
_LONG_YEAR_DATE_RE = re.compile(
    rf"(?<!\d)\d{{1,2}}(?:\s*/\s*\d{{1,2}}\s*/\s*|\s+{MONTH_WORD}\s+)(?P<y>\d{{3,}})(?!\d)", re.I)


def implausible_dates(text: str) -> list[tuple[int, int, str]]:
    """Dates written with a year outside FIRST_YEAR..LAST_YEAR, as (start, end, text): each
    is read as no date, and is worth a warning (a typo in the article)."""
    return [(m.start(), m.end(), m.group(0)) for m in _LONG_YEAR_DATE_RE.finditer(text)
            if not plausible_year(int(m.group("y")))]


def years_in(text: str) -> list[int]:
    return list(_years_in(text))


@lru_cache(maxsize=8)  # the article head is read for its years twice (before and after the publication date)
def _years_in(text: str) -> tuple[int, ...]:
    return tuple(int(m.group(0)) for m in YEAR_RE.finditer(text))


def context_year(text: str, not_after: int | None = None) -> int | None:
    """The year a date without one most likely has: the latest year the text names, not
    after the publication year when known (a target year "pada 2026" or a future start date
    "mulai 1 Juli 2015" is not the reporting year)."""
    years = [y for y in years_in(text) if y <= (not_after or 2100)]
    # "naik 12,94% ketimbang Juni 2013 lalu": written the year after the one it calls past
    years += [y for y in _years_after_ago(text) if y <= (not_after or 2100)]
    return max(years) if years else None


_YEAR_AGO_RE = re.compile(r"\b((?:19|20)\d\d)\s+(?:yang\s+)?lalu\b", re.I)


@lru_cache(maxsize=8)  # (the head again, as _years_in: the scan was 1.3 % of extraction)
def _years_after_ago(text: str) -> tuple[int, ...]:
    if "lalu" not in text.casefold():
        return ()  # (two thirds of articles: casefold equates what IGNORECASE does for these letters)
    return tuple(int(m.group(1)) + 1 for m in _YEAR_AGO_RE.finditer(text))


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_LONG_YEAR_DATE_RE = guarded(_LONG_YEAR_DATE_RE)
_YEAR_AGO_RE = guarded(_YEAR_AGO_RE)
