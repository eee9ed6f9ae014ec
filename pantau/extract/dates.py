"""Dates written in articles: the publication date, the dateline, weekdays beside dates."""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from pantau.extract.dateline_year import english_byline_date
from pantau.extract.fastre import guarded, substring_finder
from pantau.extract.lexicon import MONTH_WORD, MONTHS, WEEKDAY_INDEX, WEEKDAY_WORD
from pantau.extract.years import (FIRST_YEAR, LAST_YEAR, YEAR_RE, context_year,  # noqa: F401 (read here)
                                   implausible_dates, make_date, plausible_year, years_in)
from pantau.model import WeekdayStatement

# The part of the day a statement may name between its weekday and its date ("Senin siang (30/5/2022)",
# "Kamis malam (10/12/2025)"): the weekday still dates it.
_DAY_PART = r"(?:\s+(?:pagi|siang|sore|malam|petang|dini\s+hari))?"
# "Kamis (12/10/2017)", "Jumat, (14/6)", "Selasa 8/11/2022"
NUMERIC_DATE_RE = re.compile(
    rf"(?:(?P<wd>\b{WEEKDAY_WORD}){_DAY_PART})?\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)"
    rf"|(?P<wd2>\b{WEEKDAY_WORD}){_DAY_PART}\s*,?\s*(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y2>\d{{2,4}})(?!\d)",
    re.I)
# "Selasa, 4 Maret 2015", "Rabu, 15 September 2021 10:24 WITA", "2 Mei 2022"
WORDED_DATE_RE = re.compile(
    rf"(?:(?P<wd>\b{WEEKDAY_WORD}){_DAY_PART}\s*,?\s*)?(?<!\d)(?P<d>\d{{1,2}})\s+(?P<mon>{MONTH_WORD})\s+(?P<y>\d{{4}})\b", re.I)
# A dateline opens a paragraph: "MAKASSAR, Selasa (8/11/2022) –", "PASURUAN, beritalima.com –", "SERANG –".
DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'\- ]{1,40}?[A-Z.])\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?P<rest>[^\n–—]{0,80}?))?\s*(?:[–—]|--?)\s",
    re.M)
# A press-release dateline: a title-case place, a comma, a date with its year, then a dash
# ("Jakarta, 26 Januari 2023 – BPJS ...", "Medan, Senin (3/2/2020) - ..."). Mixed case only
# with a whole date, so an ordinary sentence opening with a name is never a dateline.
# An outlet's name may lead it ("KBN News – Jakarta, 30 Januari 2024 – ...").
# (The words' letters and their count are taken possessively: what follows them, a space, a dash, a comma or a
# bracket, is no letter, so giving some back never matches; without it sre tried every split of a line's first
# words, "Kepala Cabang Gresik, Ketut Suastika, ...", 10 us a line. Same matches, 3 times faster over the bench
# bodies; bench/README.md, "Fifteenth stop of issue 12".)
_TITLE_WORDS = r"[A-Z][a-z]++(?:\s+[A-Z][a-z]++){0,2}+"
PRESS_DATELINE_RE = re.compile(
    r"^(?:[A-Z][\w.]*+(?:\s+[A-Z][\w.]*+){0,2}+\s*[–—-]\s*)?"
    rf"(?P<city>{_TITLE_WORDS})\s*,\s*(?P<rest>[^\n–—]{{6,40}}?)\s*(?:[–—]|--?)\s", re.M)
# An agency dateline: a title-case place and, in brackets, the date or the agency's name
# ("Palu (14/1/2019) – ...", "Jakarta (ANTARA) - ...").
AGENCY_DATELINE_RE = re.compile(
    rf"^(?P<city>{_TITLE_WORDS})\s*\((?P<rest>[^)\n]{{3,30}})\)\s*(?:[–—]|--?)\s", re.M)
# A byline date line at the head of a news page: "Kamis, 20 Jun 2024 14:12 WIB",
# "Penulis: Ria | Rabu, 22 Januari 2025 - 13:05 WIB", "Tarakan, 10 Agustus 2022, 09:15 WITA"
# (short month names allowed here).
_SHORT_MONTH = r"(?:jan|feb|peb|mar|apr|mei|jun|jul|agu|agt|ags|agst|sep|sept|okt|nov|nop|des)\.?"
# What may stand before a byline's date: an outlet and a bar, or a site name and a dash ("Kompas.com - ..."); and after
# it, the time of day, then a place or section ("| 06:50 WIB - Pandeglang Ekonomi & Bisnis"): a timed byline is the
# publisher's, where a bare date line may be the site's today-ticker.
_BYLINE_LEAD = r"(?:(?:[^\n|]{0,60}\|\s*){1,3}|[\w.]{2,40}\.(?:com|id|net|co)\s*[-–]\s*)?"  # ("Penulis: X | Editor: Y | ")
_BYLINE_TIME = r"(?P<time>[-|,:]?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?(?:\s+[-|]\s+[^\n\d]{1,60})?)?"
# An outlet, a bar, then a place or a credit may stand before it ("Bali Express | Denpasar, 3 Februari 2023",
# "Laporan: Budi, 12 Oktober 2023"),
# and the year may be cut to two digits after an apostrophe ("14 Juni '24").
BYLINE_DATE_RE = re.compile(
    rf"^{_BYLINE_LEAD}(?:[A-Z][\w.': ]{{1,40}},\s*)?(?:{WEEKDAY_WORD}\s*,?\s*)?(?P<d>\d{{1,2}})\s+"
    rf"(?P<mon>{MONTH_WORD}|{_SHORT_MONTH})\s+(?:(?P<y>\d{{4}})|[\'’](?P<yy>\d{{2}}))\s*{_BYLINE_TIME}\s*$",
    re.I | re.M)
# A label that says which date of the page a date is: when it was published ("Diterbitkan:
# 12/02/2014", "Published: 24 April 2025", "Posted on ...") or when it was last changed
# ("Diperbarui:", "Updated:"), which is not the publication date.
_DATE_VALUE = (rf"(?:{WEEKDAY_WORD}\s*,?\s*)?(?:(?P<d>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<y>\d{{4}})(?!\d)"
               rf"|(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})"
               rf"|(?P<wd>\d{{1,2}})\s+(?P<wmon>{MONTH_WORD}|{_SHORT_MONTH})\s+(?P<wy>\d{{4}})(?!\d))")
PUBLISHED_LABEL_RE = re.compile(
    rf"\b(?:diterbitkan|dipublikasikan|dipublikasi|terbit|tayang|published|posted|dibuat|publikasi|diposting|"
    rf"diposkan|edisi)"  # ("Sumber: harian regional, edisi 30 Desember 2020": a clipping's edition)
    rf"(?:\s+(?:pada|on|tanggal|at))?\s*[:|,-]?\s*{_DATE_VALUE}", re.I)
UPDATED_LABEL_RE = re.compile(r"\b(?:diperbarui|diperbaharui|diupdate|pembaruan|updated|modified|last\s+updated)\b",
                              re.I)
# A numeric byline line at the page head: "Senin, 12/02/2014 10:00 WIB", "12-02-2014 | 10:00"
# (day first, as Indonesian pages write it).
NUMERIC_BYLINE_RE = re.compile(
    rf"^{_BYLINE_LEAD}(?:{WEEKDAY_WORD}\s*,?\s*)?(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
    rf"\s*{_BYLINE_TIME}\s*$", re.I | re.M)
ISO_BYLINE_RE = re.compile(rf"^\s*(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})[ T]{_BYLINE_TIME}\s*$", re.M)  # "2025-08-22 19:06:19"
# A closing line that is a place and a date: "Bandung, 2 Mei 2022".
# (The weekday may stand before the date: "Jambi Independent, Selasa 3 Maret 2020".)
CLOSING_DATE_RE = re.compile(rf"^\s*[A-Z][\w.' ]{{1,40}},\s*(?:{WEEKDAY_WORD}\s*,?\s*)?(?P<d>\d{{1,2}})\s+"
                             rf"(?P<mon>{MONTH_WORD})\s+(?P<y>\d{{4}})\s*$", re.I | re.M)


# Every character a numeric / worded date can hold. A date lies inside one maximal run of
# them, so each pattern runs only over runs that hold its required parts (a slash; a digit
# and a month stem). Searching with pos/endpos keeps the patterns' view of the text: sre
# sees the character before `pos`, and the one after `endpos` is not a word character.
_NUMERIC_DATE_RUN_RE = re.compile(r"[\w\s,()/']+")
_WORDED_DATE_RUN_RE = re.compile(r"[\w\s,']+")
_MONTH_STEMS = ("uari", "maret", "april", "mei", "juni", "juli", "agustus", "ember", "oktober")
_MONTH_STEMS_RE = substring_finder(_MONTH_STEMS)


def _may_hold_month(run: str) -> bool:
    """False only when MONTH_WORD cannot match under IGNORECASE (casefold equates the same
    letters, except the Turkish dotted/dotless i)."""
    if "\u0130" in run or "\u0131" in run:
        return True
    folded = run.casefold()
    return _MONTH_STEMS_RE.search(folded) is not None


# What every match of a date pattern holds, found by a pattern that starts with a digit (so
# sre skips ahead to digits): a day and month around a slash; a digit, a month, a year. Its
# characters all belong to the run classes, so each of its matches lies inside one run, and
# a run with none can hold no date: only runs with one are scanned with the full pattern.
_NUMERIC_DATE_CORE_RE = re.compile(r"\d\s*/\s*\d")
_WORDED_DATE_CORE_RE = re.compile(rf"\d\s+{MONTH_WORD}\s+\d{{4}}\b", re.I)


def _runs_with(run_re: re.Pattern, core_re: re.Pattern, text: str):
    """The runs of `run_re` in `text` that hold a match of `core_re`."""
    hits = [m.start() for m in core_re.finditer(text)]
    if not hits:
        return
    for run in run_re.finditer(text):
        start, end = run.span()
        first = bisect.bisect_left(hits, start)
        if first < len(hits) and hits[first] < end:
            yield run


def _numeric_date_matches(text: str):
    for run in _NUMERIC_DATE_RUN_RE.finditer(text):
        if "/" in run.group() and _NUMERIC_DATE_CORE_RE.search(text, run.start(), run.end()):
            yield from NUMERIC_DATE_RE.finditer(text, run.start(), run.end())


_DECIMAL_DIGIT_RE = re.compile(r"\d")


def _has_digit(run: str) -> bool:
    """Same as any(ch.isdigit() ...): str.isdigit also accepts a few non-decimal digits
    ('²') that \\d does not, and those are never ASCII."""
    if _DECIMAL_DIGIT_RE.search(run):
        return True
    return not run.isascii() and any(ch.isdigit() for ch in run)


def _worded_date_matches(text: str):
    for run in _runs_with(_WORDED_DATE_RUN_RE, _WORDED_DATE_CORE_RE, text):
        chars = run.group()
        if _has_digit(chars) and _may_hold_month(chars):
            yield from WORDED_DATE_RE.finditer(text, run.start(), run.end())


@lru_cache(maxsize=8)
def _written_dates(text: str) -> tuple[tuple[int, int, int | None, int, int, str | None], ...]:
    """Every date pattern match as (start, end, year or None, month, day, weekday or None),
    unsorted. Cached: the same article text is scanned for the publication date and for
    weekday statements, and the scan is the expensive part."""
    found = []
    for m in _numeric_date_matches(text):
        if m.group("d"):
            weekday, day, month, year = m.group("wd"), m.group("d"), m.group("m"), m.group("y")
        else:
            weekday, day, month, year = m.group("wd2"), m.group("d2"), m.group("m2"), m.group("y2")
        start = m.start("wd") if m.group("wd") else (m.start("wd2") if m.group("wd2") else m.start())
        found.append((start, m.end(), int(year) if year else None, int(month), int(day),
                      weekday.lower() if weekday else None))
    for m in _worded_date_matches(text):
        month = MONTHS.get(m.group("mon").lower())
        if month is not None:
            found.append((m.start(), m.end(), int(m.group("y")), month, int(m.group("d")),
                          m.group("wd").lower() if m.group("wd") else None))
    return tuple(found)


def find_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, date, str | None]]:
    """Every written date as (start, end, date, weekday or None), in text order."""
    found = []
    for start, end, year, month, day, weekday in _written_dates(text):
        stated = make_date(year if year is not None else default_year, month, day)
        if stated:
            found.append((start, end, stated, weekday))
    found.sort(key=lambda item: item[0])
    return found


def weekday_statements(text: str, default_year: int | None) -> list[WeekdayStatement]:
    """Every weekday written beside a date, for the weekday_mismatch check."""
    return [WeekdayStatement(weekday.replace("'", ""), stated, start, end)
            for start, end, stated, weekday in find_dates(text, default_year) if weekday]


@lru_cache(maxsize=8)  # asked twice per article (publication date, dateline city)
def dateline(body: str, limit: int) -> tuple[str | None, date | None, int | None]:
    """(city, date, position) of the dateline opening one of the first paragraphs."""
    head_end = min(limit, 1500)
    match = DATELINE_RE.search(body, 0, head_end)
    press = PRESS_DATELINE_RE.search(body, 0, head_end)
    press_dates = find_dates(press.group("rest")) if press else []  # only dates with a year
    if press_dates and (not match or press.start() < match.start()):
        return press.group("city").strip(), press_dates[0][2], press.start()
    agency = AGENCY_DATELINE_RE.search(body, 0, head_end)
    if agency and (not match or agency.start() < match.start()):
        agency_dates = find_dates(agency.group(0))  # "(14/1/2019)": only dates with a year
        return agency.group("city").strip(), (agency_dates[0][2] if agency_dates else None), agency.start()
    if not match:
        return None, None, None
    city = match.group("city").strip().title()
    dates = find_dates(match.group(0))
    return city, (dates[0][2] if dates else None), match.start()


def _labelled_value(m: re.Match) -> date | None:
    if m.group("d"):
        return make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if m.group("iy"):
        return make_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    return make_date(int(m.group("wy")), MONTHS.get(m.group("wmon").lower().rstrip(".")), int(m.group("wd")))


def published_label_date(text: str) -> date | None:
    """The date after a 'published' label ("Diterbitkan: 12/02/2014" is day/month/year,
    as Indonesian pages write it); an 'updated' date is never taken for it."""
    for m in PUBLISHED_LABEL_RE.finditer(text):
        found = _labelled_value(m)
        if found:
            return found
    return None


@lru_cache(maxsize=8)  # asked twice per article (the timed byline first, then the publication date)
def _byline_matches(body: str, limit: int) -> tuple[list[re.Match], list[re.Match]]:
    """The worded and the numeric byline dates among the first lines of the page."""
    # "Diperbarui | Rabu, 3 Mei 2023": when the page changed, not when it came out
    worded = [m for m in BYLINE_DATE_RE.finditer(body, 0, min(limit, 400)) if not UPDATED_LABEL_RE.search(m.group(0))]
    numeric = [m for pattern in (NUMERIC_BYLINE_RE, ISO_BYLINE_RE) for m in pattern.finditer(body, 0, min(limit, 400))
               if not UPDATED_LABEL_RE.search(m.group(0))]
    return worded, numeric


def byline_date(body: str, limit: int, timed_only: bool = False) -> date | None:
    """The date of a byline line among the first lines of the page (the publisher's date;
    it beats a date inside a quote, which is often the day before); with `timed_only`, only one that
    tells the time of day."""
    worded, numeric = _byline_matches(body, limit)
    # "Senin, 15 Jan 2018 | 06:50 WIB - Pandeglang" beats a bare "Sabtu, 20 April 2024" above it: the site's
    # today-ticker carries no time of day
    timed = sorted((m for m in worded + numeric if m.group("time") is not None), key=lambda m: m.start())
    if timed or timed_only:
        return _byline_value(timed[0]) if timed else None
    if worded or numeric:
        return _byline_value(worded[0] if worded else numeric[0])
    return english_byline_date(body[:min(limit, 400)])


def _byline_value(match: re.Match) -> date | None:
    if "mon" in match.re.groupindex:
        year = int(match.group("y")) if match.group("y") else 2000 + int(match.group("yy"))
        return make_date(year, MONTHS.get(match.group("mon").lower().rstrip(".")), int(match.group("d")))
    return make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))


def closing_date(body: str, limit: int) -> date | None:
    """A trailing 'City, 2 Mei 2022' line (press releases)."""
    tail_start = max(0, limit - 400)
    last = None
    for m in CLOSING_DATE_RE.finditer(body, tail_start, limit):
        last = make_date(int(m.group("y")), MONTHS.get(m.group("mon").lower()), int(m.group("d")))
    return last


def _on_updated_line(body: str, pos: int) -> bool:
    line_start = body.rfind("\n", 0, pos) + 1
    return bool(UPDATED_LABEL_RE.search(body, line_start, pos))


# A photo credit closing a caption line: "... Jumat (10/7/2020). Bisnis/Eusebio Chrysnamurti", "ANTARA FOTO/Aris Wasita"
# (or in brackets: "... selasa malam (29/11) (Antarasumbar/Pratiwi Tamela)")
_PHOTO_CREDIT_RE = re.compile(r"(?:\b(?:ANTARA(?:\s+FOTO)?|Antara|[A-Z][A-Za-z]+(?:\.com|\.)?)\s*/\s*[A-Z][\w.'-]*"
                              r"(?:\s+(?:[A-Z][\w.'-]*|el|bin|binti|van|de)){0,3}\s*\)?|\(\s*[Ff]oto\s*:[^)]*\)"
                              r"|\((?i:ist|istimewa|dok|dokumentasi)\.?\))\s*\.?\s*\|?\s*$")  # ("... (ist) |")


def on_photo_caption(body: str, pos: int) -> bool:
    """A date on a line that ends with a photo credit: when the photo was taken, not when the article appeared."""
    end = body.find("\n", pos)
    line = body[body.rfind("\n", 0, pos) + 1:len(body) if end == -1 else end]
    # (every credit ends in a bracket or holds a slash near the line's end: most lines are told by that alone)
    return (line.rstrip(" .|").endswith(")") or "/" in line[-80:]) and bool(_PHOTO_CREDIT_RE.search(line))


def is_photo_caption(line: str) -> bool:
    """A line that ends with a photo credit ("... (Antarasumbar/Nurul Hidayah)", "... (ist) |")."""
    return bool(_PHOTO_CREDIT_RE.search(line))


def publication_date(body: str, limit: int, hint: date | None, default_year: int | None) -> date | None:
    """The publication date, trusting page metadata, then a 'Diterbitkan/Published' line, then a byline date line,
    then the dateline, then a closing date line,
    then the date of the first dated statement (a weekday beside a date), then a whole date after a place or in
    brackets, then a dated URL the page cites."""
    if hint:
        return hint
    labelled = published_label_date(body[:min(limit, 600)])
    if labelled:
        return labelled
    byline = byline_date(body, limit)
    if byline:
        return byline
    _, dated, _ = dateline(body, limit)
    if dated:
        return dated
    opening = _DATE_THEN_DASH_RE.search(body, 0, min(limit, 600))  # "01 Agustus 2025 – Menteri ...": a dateline's date
    if opening and (found := find_dates(opening.group())):
        return found[0][2]
    closing = closing_date(body, limit)
    if closing:
        return closing
    dates = [d for d in find_dates(body[:limit], default_year)
             if not _on_updated_line(body, d[0]) and not on_photo_caption(body, d[0])]
    with_weekday = [d for d in dates if d[3]]
    if with_weekday:
        # A dated statement ("kata Agus di Madiun, Rabu (9/8)") beats a photo caption's date.
        head = [d for d in with_weekday if d[0] < 400 and _on_short_line(body, d[0])
                and _YEAR_WRITTEN_RE.search(body, d[0], d[1])]
        said = [d for d in with_weekday if _SAID_RE.search(_sentence_before(body, d[0]))]
        start, end, stated, weekday = (head or said or with_weekday)[0]
        return _year_from_weekday(body, start, end, stated, weekday)
    with_year = [d for d in dates if _YEAR_WRITTEN_RE.search(body, d[0], d[1])]
    placed = [d for d in with_year if _PLACE_BEFORE_DATE_RE.search(body, max(0, d[0] - 40), d[0])]
    if placed:  # "dalam Public Expose di Jakarta, 12 Mei 2023"
        return placed[0][2]
    # "kata Rini ... kepada media, (1/12/2022)": a whole date in brackets dates a statement, as a weekday's does
    bracketed = [d for d in with_year if "(" in body[d[0]:d[1]]]
    if bracketed:
        return bracketed[0][2]
    return url_date(body[:limit + 400])


_DATE_THEN_DASH_RE = re.compile(rf"^[ \t]*(?:{WEEKDAY_WORD}\s*,\s*)?\d{{1,2}}\s+{MONTH_WORD}\s+\d{{4}}[ \t]*(?:[–—]|--?)\s", re.M | re.I)
_SAID_RE = re.compile(r"\b(?:kata|ujar|ungkap|ungkapnya|jelas|jelasnya|tutur|tuturnya|sebut|terang|papar|paparnya|"
                      r"menurut|mengatakan|menjelaskan|menyampaikan|disampaikan|katanya|ujarnya|kepada)\b", re.I)
_PLACE_BEFORE_DATE_RE = re.compile(r"\b(?:di|dari)\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?,?\s*$")
_URL_DATE_RE = re.compile(r"https?://\S*?/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|\b)")


def _on_short_line(body: str, pos: int) -> bool:
    """A date on a line of its own near the top (an outlet's header line), not in a paragraph, nor at the end of a
    photo caption ("Mobil Keliling BPJS Ketenagakerjaan di Indomarco Mengwi, Badung, Bali, Selasa (15/3/2016).")."""
    start = body.rfind("\n", 0, pos) + 1
    end = body.find("\n", pos)
    return (len(body) if end == -1 else end) - start < 100 and pos - start <= _HEADER_DATE_LEAD_CHARS


_HEADER_DATE_LEAD_CHARS = 40  # "Penulis: Rina | Rabu, 22 Januari 2025": a header's date comes early in its line


def _sentence_before(body: str, pos: int) -> str:
    start = max(body.rfind(". ", 0, pos), body.rfind("\n", 0, pos), 0)
    return body[start:pos]


def _year_from_weekday(body: str, start: int, end: int, stated: date, weekday: str | None) -> date:
    """A date written without its year ("Rabu (26/9)") took the year the text speaks of; when its weekday
    does not fit that year, the weekday tells the year: the next one (a report on "tahun 2018 kemarin"
    published in January 2019), or, when that year was only inferred ("Februari 2018 lalu" read as written
    in 2019), the latest year the text names. A weekday that fits neither stays as written, so the mismatch
    can still be told; so does a date written with its year."""
    if weekday is None or stated is None or _YEAR_WRITTEN_RE.search(body, start, end):
        return stated
    index = WEEKDAY_INDEX.get(weekday.replace("'", "").lower())
    if index is None or stated.weekday() == index:
        return stated
    named = max(years_in(body), default=None)
    # (the next year only in its first half, when last year is reported: "Sabtu (30/12)" beside data to November 2016 is
    # a weekday slip in 2016, not 2017)
    candidates = ([stated.year + 1] if stated.month <= 6 else []) \
        + ([named] if named is not None and named < stated.year else [])
    for year in candidates:
        candidate = make_date(year, stated.month, stated.day)
        if candidate is not None and candidate.weekday() == index:
            return candidate
    return stated


# The year written in a date: four digits, or whatever follows a second slash ("(5/9/15)").
_YEAR_WRITTEN_RE = re.compile(r"(?<!\d)\d{4}(?!\d)|/\s*\d{1,2}\s*/\s*\d{2}")


def url_date(text: str) -> date | None:
    """The date in a dated URL the page cites as its own source ("Sumber: https://.../2024/02/22/...")."""
    found = None
    for m in _URL_DATE_RE.finditer(text):
        found = make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return found


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
PUBLISHED_LABEL_RE = guarded(PUBLISHED_LABEL_RE)
UPDATED_LABEL_RE = guarded(UPDATED_LABEL_RE)
NUMERIC_DATE_RE = guarded(NUMERIC_DATE_RE)
WORDED_DATE_RE = guarded(WORDED_DATE_RE)
_SAID_RE = guarded(_SAID_RE)
_PHOTO_CREDIT_RE = guarded(_PHOTO_CREDIT_RE)
