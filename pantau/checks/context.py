"""What the words around a figure settle for a check, read from the article's text: a case
count that stands beside an amount pantau did not pair with it; a period that is still
running when the article is published; which separators the article itself uses.

Each answer only ever silences a finding (a check asks: is there a reason not to report
this?), so a misreading here costs a miss, never a false error.
"""
from __future__ import annotations

import re
from datetime import date

from pantau.extract.numbers import find_numbers
from pantau.model import ClaimFigure, Extraction, RawArticle
from pantau.text import sentence_bounds

# A count of claims or claimants: the noun after it ("2.894 kasus", "(9.825 tenaga kerja)") ...
_CLAIMANT_AFTER = re.compile(r"\s*\(?\s*(?:kasus|klaim|orang|peserta|tenaga\s+kerja|pekerja|kematian|kecelakaan|"
                             r"ahli\s*waris|penerima|jiwa|karyawan|buruh|pengajuan|berkas|kepesertaan)\b", re.I)
# ... or before it ("kasusnya banyak, 2.894", "sebanyak 1.245").
_CLAIMANT_BEFORE = re.compile(r"\b(?:kasus(?:nya)?|klaim(?:nya)?|sebanyak|jumlah\s+kasus)\b[^.;:]{0,24}$", re.I)


def _money(mentions) -> list:
    return [m for m in mentions if m.kind == "money"]


def _only_program(text: str, program: str) -> bool:
    """The text names no program, or only this one."""
    from pantau.extract.claim_rules import named_programs

    return named_programs(text) <= {program}


def count_beside(raw: RawArticle, ex: Extraction, claim: ClaimFigure) -> bool:
    """A case count stands in the amount's clause (between the money figures before and
    after it, in its sentence or a following sentence without money) that no figure took as
    its own: the article states the count, pantau only did not pair it, so the claim is not
    missing its cases."""
    body = raw.body_text or ""
    start, end = claim.amount_span or (claim.start_char, claim.end_char)
    if not 0 <= start < end <= len(body):
        return False
    begin, stop = sentence_bounds(body, start, end)
    after_begin, after_stop = sentence_bounds(body, min(stop + 1, len(body)))
    if after_begin >= stop and not _money(find_numbers(body[after_begin:after_stop])) \
            and _only_program(body[after_begin:after_stop], claim.program):
        stop = after_stop  # "... dengan nilai Rp 873,2 miliar. Sepanjang tahun lalu, 118.610 tenaga kerja ..."
    mentions = [(begin + m.start, begin + m.end, m) for m in find_numbers(body[begin:stop])]
    money = [(a, b) for a, b, m in mentions if m.kind == "money"]
    low = max((b for a, b in money if b <= start), default=begin)
    high = min((a for a, b in money if a >= end), default=stop)
    # Counts other figures stand on; a count-only half of this very claim ("untuk 1,98 juta kasus itu
    # mencapai Rp 24,5 triliun" read as a TOTAL count beside a JHT amount) is no other figure's.
    taken = [c.cases_span for c in ex.claims if c.cases_span
             and not (c.amount_idr is None and c.program in ("TOTAL", claim.program))] \
        + [(m.start_char, m.end_char) for m in ex.membership]
    for a, b, m in mentions:
        if m.kind != "count" or m.value is None or m.value < 1 or not low <= a < high or (a >= start and b <= end):
            continue
        if 1900 <= m.value <= 2100 and m.text.isdigit():
            continue  # a year
        if any(x < b and a < y for x, y in taken):
            continue
        if not _only_program(body[min(b, end):max(a, start)], claim.program):
            continue  # "JKM Rp 5 miliar, sedangkan JKK 744 kasus": another program's count
        if _CLAIMANT_AFTER.match(body, b) or _CLAIMANT_BEFORE.search(body[max(begin, a - 40):a]):
            return True
    return False


_MONTHS = ("januari|jan", "februari|pebruari|feb|peb", "maret|mar", "april|apr", "mei", "juni|jun", "juli|jul",
           "agustus|agu|agt|ags", "september|sept|sep", "oktober|okt", "november|nopember|nov|nop",
           "desember|des")
# Words that state the end of a period ("hingga akhir September", "triwulan I", "semester I"):
# a period ending after publication so stated is after publication, running or not.
_EXPLICIT_END = re.compile(r"\b(?:akhir|penghujung|triwulan|kuartal|caturwulan|semester|tw\s*[1-4iv])\b", re.I)
_UP_TO = re.compile(r"(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|sd|per|[-–—])(?:\s+bulan)?\s*$", re.I)


def running_at_publication(raw: RawArticle, start: int, end: int, period_end: date | None,
                           published: date | None) -> bool:
    """The figure's period ends in the month of publication, after the publication day, and
    the text says only "up to <that month>" ("Januari hingga September 2023" on 23 September):
    the figures are so far this month, a cumulative period still running at publication, not
    a period after it. "hingga akhir September", a quarter or a semester state the end."""
    if period_end is None or published is None or period_end <= published:
        return False
    if (period_end.year, period_end.month) != (published.year, published.month):
        return False
    body = raw.body_text or ""
    if not 0 <= start <= end <= len(body):
        return False
    begin, stop = sentence_bounds(body, start, end)
    if _EXPLICIT_END.search(body[max(0, start - 80):stop]):
        return False
    # The period is often named sentences before the figure: its closest naming of the month counts.
    month = re.compile(rf"\b(?:{_MONTHS[period_end.month - 1]})\b\.?(?:\s+{period_end.year})?", re.I)
    if any(_EXPLICIT_END.search(body[max(0, m.start() - 30):m.start()]) for m in month.finditer(body)):
        return False  # "Data ini sampai akhir September": the article names the month's end somewhere
    named = list(month.finditer(body, 0, stop))
    if not named:
        return False
    before = body[max(0, named[-1].start() - 30):named[-1].start()]
    return not _EXPLICIT_END.search(before) and bool(_UP_TO.search(before.rstrip()))


# How an article writes figures where no guess is needed: Indonesian (1.234.567; 2,5) or English
# (1,234,567; 2.5 juta).
_INDONESIAN = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)|(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
_ENGLISH = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.]|,\d)|(?<![\d.,])\d+\.\d{1,2}\s*(?:%|persen|ribu|"
                      r"juta|miliar|milyar|triliun)\b", re.I)


def separators_settled(body: str, start: int, end: int, guessed: str | None) -> bool:
    """The article's own unambiguous figures settle how it writes separators, and pantau's
    guess for a figure read with a comma reads it that way: 'Rp 11,139 miliar' read as a
    decimal comma in an article that writes 'Rp 2,5 miliar' and '1.245.000'. A dot before a
    scale word ('Rp 10.076 miliar') is never settled so: Indonesian writers slip into a
    decimal point there, and the figure's size, not the style, tells."""
    style = {"decimal_comma": "id", "thousands_comma": "en"}.get(guessed or "")
    if style is None:
        return False
    rest = body[:start] + " " + body[end:]
    indonesian, english = bool(_INDONESIAN.search(rest)), bool(_ENGLISH.search(rest))
    return (style == "id" and indonesian and not english) or (style == "en" and english and not indonesian)
