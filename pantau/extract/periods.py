"""Reporting periods written in a sentence → (period_start, period_end) dates.

`sampai akhir Agustus 2017` → (None, 2017-08-31): a figure as of a date, start unstated.
`Januari hingga Juli 2023` → (2023-01-01, 2023-07-31); `sepanjang 2019` → the whole year;
`semester I 2019`, `triwulan III 2022`, `periode 1-10 Februari 2020`, `sejak Maret 2021
hingga Juni 2023`. A missing year comes from the caller's context year.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pantau.extract.fastre import guarded, substring_finder
from pantau.extract.lexicon import MONTHS
from pantau.extract.period_patterns import MONTH_COUNTS, MONTH_LABEL_RE, REQUIRED_PARTS, ROMAN, patterns_to_run


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None
    span: tuple[int, int]
    relative: str | None = None  # "previous_year" for "tahun sebelumnya"/"tahun lalu"
    year_written: bool = False  # the text names the year (else it came from the context)
    kind: str = ""  # which pattern read it ("year", "until", "semester", ...)
    last_year: bool = False  # written as last year's ("sampai September tahun lalu", "semester I tahun sebelumnya")


_UNTIL_BEFORE_RE = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d)\s+(?:akhir\s+)?$", re.I)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_years(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _year(match: re.Match, name: str, default: int | None) -> int | None:
    try:
        value = match.group(name)
    except IndexError:
        value = None
    return int(value) if value else default


def _last_year(m: re.Match, published: date | None, default_year: int | None) -> int | None:
    """The year of "... tahun lalu" (before publication) or "... tahun sebelumnya" (before the year in force)."""
    if published is not None and not m.group("prev").lower().endswith("sebelumnya"):
        return published.year - 1
    return default_year - 1 if default_year else None


def _period_from(kind: str, m: re.Match, default_year: int | None,
                 published: date | None = None) -> tuple[date | None, date | None] | None:
    if kind == "previous_year":
        return None
    if kind == "to_last_month":
        if published is None:
            return None
        end = published.replace(day=1) - timedelta(days=1)
        if not m.group("m1"):
            return None, end
        year1 = _year(m, "y1", end.year)
        month1 = MONTHS[m.group("m1").lower()]
        if m.group("y1") is None and month1 > end.month:
            year1 = end.year - 1
        return date(year1, month1, 1), end
    if kind == "last_year":  # the calendar year before publication
        if published is None:
            return None
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    if kind == "day_range":
        year = _year(m, "y", default_year)
        month2 = MONTHS[m.group("m2").lower()]
        month1 = MONTHS[m.group("m1").lower()] if m.group("m1") else month2
        if year is None:
            return None
        try:
            return date(year, month1, int(m.group("d1"))), date(year, month2, int(m.group("d2")))
        except ValueError:
            return None
    if kind == "month_range":
        year = _year(m, "y", default_year)
        year1 = _year(m, "y1", year)
        if year is None or year1 is None:
            return None
        month1, month2 = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        if m.group("y1") is None and month1 > month2:
            year1 = year - 1
        end = month_end(year, month2)
        if m.group("d2"):
            try:
                end = date(year, month2, int(m.group("d2")))
            except ValueError:
                pass
        return date(year1, month1, 1), end
    if kind == "to_end_of_last_year":
        if published is None:
            return None
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    if kind == "until_now":
        return (None, published) if published else None
    if kind == "this_year":
        if published is not None and published.timetuple().tm_yday <= YEAR_JUST_ENDED_DAYS:
            # "Sepanjang tahun ini laporan kecelakaan kerja bertambah", said on 12 January: the year just ended
            return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
        return (date(published.year, 1, 1), published) if published else None
    if kind == "since":
        year = _last_year(m, published, default_year) if m.group("prev") else _year(m, "y", default_year)
        if year is None or published is None:
            return None
        return date(year, MONTHS[m.group("m").lower()], 1), published
    if kind == "first_months":
        year = _last_year(m, published, default_year) if m.group("prev") else _year(m, "y", default_year)
        written = re.sub(r"\s+", " ", m.group("n").lower())
        months = int(written) if written.isdigit() else MONTH_COUNTS.get(written)
        if year is None or not months:
            return None
        return date(year, 1, 1), month_end(year, months)
    if kind in ("semester", "quarter"):
        year = _last_year(m, published, default_year) if m.group("prev") else _year(m, "y", default_year)
        n = ROMAN.get(m.group("n").lower())
        if year is None or n is None or (kind == "semester" and n > 2):
            return None
        months = 6 if kind == "semester" else 3
        first = (n - 1) * months + 1
        so_far = _UNTIL_BEFORE_RE.search(m.string, max(0, m.start() - 25), m.start()) is not None  # "hingga triwulan III"
        return date(year, 1 if so_far else first, 1), month_end(year, first + months - 1)
    if kind == "until":
        year = _last_year(m, published, default_year) if m.group("prev") else _year(m, "y", default_year)
        if year is None:
            return None
        month = MONTHS[m.group("m").lower()]
        if m.group("d"):
            try:
                return None, date(year, month, int(m.group("d")))
            except ValueError:
                return None
        return None, month_end(year, month)
    if kind in ("month_of", "month_label"):
        year = _last_year(m, published, default_year) if kind == "month_of" and m.group("prev") else _year(m, "y", default_year)
        written = m.group("m") or ((m.group("m0") or m.group("m1")) if kind == "month_of" else None)
        if year is None or written is None:
            return None
        month = MONTHS[written.lower()]
        return date(year, month, 1), month_end(year, month)
    if kind == "mid_year":
        year = _year(m, "y", published.year if published else default_year)
        return (date(year, 1, 1), date(year, 6, 30)) if year else None
    if kind == "year":
        year = int(m.group("y"))
        return date(year, 1, 1), date(year, 12, 31)
    return None


_WRITTEN_YEAR_RE = re.compile(r"(?:19|20)\d\d")


# A period said to run so far ("sepanjang 2019", "hingga Desember", "tahun 2019" in a December
# 2019 article): still running at publication, so it covers the time up to publication.
_CUMULATIVE_RE = re.compile(r"^\W*(?:sepanjang|selama|hingga|sampai|s\.?\s?d|s/d|sejak|per|pada|di|tahun|periode)\b",
                            re.I)


def _not_after_publication(dates: tuple[date | None, date | None], written: str,
                           published: date | None, kind: str = "") -> tuple[date | None, date | None] | None:
    """Reported figures are never about the future: a period with no written year that would
    end after publication is last year's ("hingga 31 Desember lalu" in a February article);
    a period that starts after publication is a plan or target, not a reporting period; a
    period said to run so far ends at publication (a stated range such as "Januari-Desember
    2023" or a semester keeps its end, and a check can tell the reviewer)."""
    if published is None:
        return dates
    start, end = dates
    if not _WRITTEN_YEAR_RE.search(written) and end is not None and end > published \
            and not (kind in ("until", "month_of") and published >= end.replace(day=1)):
        start, end = shift_years(start, -1), shift_years(end, -1)
    if not _WRITTEN_YEAR_RE.search(written) and "tahun" not in written.lower() and end is not None \
            and (published - end).days > 366:
        # "Sampai Juni polanya sama" in a July 2024 article after talk of 2023: the latest June
        # before publication, not one a year and more before it ("tahun sebelumnya" keeps its year)
        years = (published.year - end.year) - (1 if (end.month, end.day) > (published.month, published.day) else 0)
        if years > 0:
            start, end = shift_years(start, years), shift_years(end, years)
    if start is not None and start > published:
        return None
    if end is not None and end > published and _still_running(kind, written, start, end, published):
        end = published
    return start, end


_NAMED_END_RE = re.compile(r"\bakhir\b", re.I)
RUNNING_YEAR_MIN_DAYS = 60  # "sepanjang 2019" two weeks into 2019 is a slip for 2018, not a running total
NAMED_END_REACHED_DAYS = 7  # "akhir Mei" said in May's last week: the end is reached, the month so far
YEAR_JUST_ENDED_DAYS = 15  # "tahun ini" in the first half of January speaks of the year just ended (annual recaps)


def _still_running(kind: str, written: str, start: date | None, end: date, published: date) -> bool:
    """A period said to run so far that is under way at publication: "sejak awal tahun ini",
    "sepanjang 2019" in a December 2019 article, "hingga Desember" in December; not a month yet
    to come ("sampai Juni 2023" in May), nor a year barely begun."""
    if kind in ("this_year", "since"):
        return True
    if kind == "mid_year":  # "hingga pertengahan 2025" said on 16 June 2025: the year so far
        return start is not None and start <= published <= end
    if kind == "month_of":
        return published >= end.replace(day=1)  # "pada bulan Juli" in a 29 July article: July so far
    if kind == "month_range":
        # "sepanjang Januari hingga Juni 2021" in a 17 June 2021 article: the last month is under way;
        # "hingga akhir Maret 2020" on 3 March names an end still to come, "sampai akhir Mei 2022" on
        # 30 May the month so far
        return published >= end.replace(day=1) and (
            not _NAMED_END_RE.search(written) or (end - published).days < NAMED_END_REACHED_DAYS)
    if kind not in ("year", "until") or not _CUMULATIVE_RE.match(written):
        return False
    if kind == "until":
        return published >= end.replace(day=1)
    return start is not None and (published - start).days >= RUNNING_YEAR_MIN_DAYS


# A clause that says when something began ("JP yang baru berjalan Juli tahun lalu", "aturan
# yang berlaku mulai Desember 2019") dates that start, not a figure's period.
_START_CLAUSE_RE = re.compile(
    r"\byang\s+(?:baru\s+|mulai\s+|sudah\s+|telah\s+|akan\s+)?(?:berjalan|dimulai|diluncurkan|beroperasi|"
    r"diberlakukan|berlaku|diterapkan|didirikan|berdiri|hadir|diresmikan)\s+(?:sejak|pada|mulai|per)?\s*", re.I)
_START_STEMS = ("berjalan", "dimulai", "diluncurkan", "beroperasi", "berlaku", "diterapkan", "didirikan", "berdiri",
                "hadir", "diresmikan")
_START_STEMS_RE = substring_finder(_START_STEMS)
_START_CLAUSE_END_RE = re.compile(r"[,;]|\s(?:dan|serta|telah|sudah|tercatat|mencatat|membayar\w*)\s")


# A regulation's number and year ("Permenaker Nomor 4 Tahun 2022", "UU No. 40 tahun 2004"): a name, not a period.
_LAW_REFERENCE_RE = re.compile(r"\b(?:nomor|no\.?|nmr\.?)\s*\d+[A-Za-z]?\s+(?:tahun|thn\.?)\s+(?:19|20)\d\d\b", re.I)


def _start_clauses(text: str) -> list[tuple[int, int]]:
    """Spans right after a start verb, up to the clause end (at most 40 characters), and
    regulations' numbers with their years."""
    laws = [m.span() for m in _LAW_REFERENCE_RE.finditer(text)] if "ahun" in text or "AHUN" in text else []
    return laws + _start_verb_clauses(text)


def _start_verb_clauses(text: str) -> list[tuple[int, int]]:
    folded = text.casefold()
    if "yang" not in folded or not _START_STEMS_RE.search(folded):
        return []
    spans = []
    for m in _START_CLAUSE_RE.finditer(text):
        stop = _START_CLAUSE_END_RE.search(text, m.end(), m.end() + 40)
        spans.append((m.end(), stop.start() if stop else min(len(text), m.end() + 40)))
    return spans


def find_periods(text: str, offset: int = 0, default_year: int | None = None,
                 published: date | None = None, words=None) -> list[Period]:
    """Every period expression in `text`, longest first at each place, in text order.

    Spans are shifted by `offset` so they index into the body the text came from. `words`: the period words
    the article holds (period_patterns.words_in), when known.
    """
    to_run = _patterns_that_may_match(text, words)
    label = MONTH_LABEL_RE.match(text)  # anchored: tried once per sentence, not at every character
    if not to_run and label is None:
        return []  # (most sentences: no clause scan, no sorting; bench/README.md, "Twelfth stop of issue 12")
    taken: list[tuple[int, int]] = _start_clauses(text)
    periods: list[Period] = []
    for kind, pattern in to_run:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            span = (m.start() + offset, m.end() + offset)
            if kind == "same_period_now":
                taken.append((m.start(), m.end()))
                periods.append(Period(None, None, span, kind=kind))
                continue
            if kind in ("previous_year", "same_period", "previous_month"):
                taken.append((m.start(), m.end()))
                periods.append(Period(None, None, span, "previous_month" if kind == "previous_month" else "previous_year"))
                continue
            dates = _period_from(kind, m, default_year, published)
            if dates is None:
                continue
            dates = _not_after_publication(dates, m.group(0), published, kind)
            if dates is None:
                continue
            taken.append((m.start(), m.end()))
            periods.append(Period(dates[0], dates[1], span, year_written=bool(_WRITTEN_YEAR_RE.search(m.group(0))),
                                  kind=kind, last_year=bool(m.groupdict().get("prev"))))
    if label and not any(a < label.end() and label.start() < b for a, b in taken):
        dates = _period_from("month_label", label, default_year, published)
        dates = dates and _not_after_publication(dates, label.group(0), published)
        if dates:
            periods.append(Period(dates[0], dates[1], (label.start() + offset, label.end() + offset)))
    periods.sort(key=lambda p: p.span[0])
    return _since_year_start(_with_year_named_before(_same_period_now(periods, published, default_year), text, offset))


def _patterns_that_may_match(text: str, words) -> list[tuple[str, re.Pattern]]:
    """The period patterns left to run on `text`: those whose required words and parts it holds."""
    return [(kind, pattern) for kind, pattern in patterns_to_run(text, words)
            if kind not in REQUIRED_PARTS or REQUIRED_PARTS[kind].search(text) is not None]


def _same_period_now(periods: list[Period], published: date | None, default_year: int | None) -> list[Period]:
    """"Pada semester I 2019 hanya ada 427 kasus, sedangkan pada periode yang sama tahun ini 607 kasus": the
    period named before, moved to this year (the publication's, else the year in force); dropped with none
    named before it."""
    out: list[Period] = []
    year = published.year if published else default_year
    for period in periods:
        if period.kind != "same_period_now":
            out.append(period)
            continue
        named = next((p for p in reversed(out) if not p.relative and p.end), None)
        if named is not None and year is not None and named.end.year < year:
            shift = year - named.end.year
            out.append(Period(shift_years(named.start, shift), shift_years(named.end, shift), period.span,
                              year_written=True, kind="same_period_now"))
    return out


def _since_year_start(periods: list[Period]) -> list[Period]:
    """"Sampai Agustus 2024, ... sejak awal tahun" ("..., sejak bulan Januari 2024"): one period, from the start
    named to the end named, not two."""
    until = next((p for p in periods if p.kind == "until" and p.start is None and p.end is not None), None)
    since = next((p for p in periods if p.kind in ("this_year", "since") and p.start is not None), None)
    if until is None or since is None or since.start.year != until.end.year or since.start > until.end:
        return periods
    joined = Period(since.start, until.end, until.span, year_written=until.year_written, kind="joined")
    return [joined if p is until else p for p in periods if p is not since]


_YEAR_THEN_UNTIL_RE = re.compile(r"^[\s,]*(?:dan\s+|lalu\s+|tepatnya\s+|persisnya\s+|yakni\s+|yaitu\s+)?$")


def _with_year_named_before(periods: list[Period], text: str, offset: int) -> list[Period]:
    """Two periods written as one: "Untuk tahun 2019, hingga Oktober" (a year, then a period with no
    year of its own: January to October 2019, not the year in force), and "kuartal III hingga
    Oktober 2014" (a period, then "hingga" a later end: from the first's start to that end)."""
    out: list[Period] = []
    for period in periods:
        prev = out[-1] if out else None
        joined = _joined(prev, period, text[prev.span[1] - offset:period.span[0] - offset]) if prev else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(period)
    return out


def _joined(prev: Period, period: Period, gap: str) -> Period | None:
    if prev.relative or period.relative or prev.start is None or prev.end is None or period.end is None \
            or not _YEAR_THEN_UNTIL_RE.match(gap):
        return None
    span = (prev.span[0], period.span[1])
    if prev.year_written and not period.year_written and (prev.start.month, prev.start.day) == (1, 1) \
            and prev.end.year == prev.start.year and period.end.month <= prev.end.month:
        year = prev.start.year
        start = date(year, 1, 1) if period.start is None else shift_years(period.start, year - period.end.year)
        return Period(start, shift_years(period.end, year - period.end.year), span, year_written=True, kind="joined")
    if period.start is not None and prev.year_written and period.year_written and period.start > prev.start \
            and period.start == prev.end + timedelta(days=1):
        # "selama tahun 2019, tahun 2020 hingga bulan Juli tahun 2021": a year, then the span that follows it at once
        return Period(prev.start, period.end, span, year_written=True, kind="joined")
    if period.kind == "until" and period.start is None and period.year_written:
        start = prev.start if prev.year_written else shift_years(prev.start, period.end.year - prev.end.year)
        if start is not None and start < period.end:
            return Period(start, period.end, span, year_written=True, kind="joined")
    return None


def sharpens(start: date | None, end: date | None, new_start: date | None, new_end: date | None) -> bool:
    """(new_start, new_end) is (start, end) with its exact end, earlier in the same month: "periode Januari 2021
    hingga Juli 2021" said on 13 July (taken to run to publication), then "1 Januari 2021 hingga 9 Juli 2021" (or "per
    9 Juli 2021": no start of its own)."""
    return None not in (end, new_end) and new_start in (start, None) and new_end < end \
        and (new_end.year, new_end.month) == (end.year, end.month)


def previous_year_of(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """The same period one year earlier ("dibandingkan tahun sebelumnya")."""
    return shift_years(start, -1), shift_years(end, -1)


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_START_CLAUSE_RE = guarded(_START_CLAUSE_RE)
_WRITTEN_YEAR_RE = guarded(_WRITTEN_YEAR_RE)
