"""What is not a figure: dates, times, identifiers (pantau.extract.numbers asks around each
candidate it finds). Checked with a few dict look-ups and anchored matches rather than by
scanning the whole text with many patterns: find_numbers runs on every article.
"""
from __future__ import annotations

import re

_MONTH_NAMES = frozenset(
    "januari februari pebruari febuari maret april mei juni juli agustus agustis september "
    "oktober nopember napember november desember".split())
_MONTH_ABBREVIATIONS = frozenset(
    "Jan Feb Peb Mar Apr Jun Jul Agu Agt Ags Agst Sep Sept Okt Nov Nop Des".split())
_MONTH = (
    r"(?:(?i:januari|februari|pebruari|febuari|maret|april|mei|juni|juli|agustus|agustis"
    r"|september|oktober|nopember|napember|november|desember)"
    r"|(?:Jan|Feb|Peb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Agst|Sep|Sept|Okt|Nov|Nop|Des)\.?)"
    r"(?![A-Za-z])"
)
# "15 September 2021", "1-10 Februari 2020", "1 dan 2 Maret": after a day number.
_MONTH_AFTER_DAY = re.compile(
    rf"(?:\s*(?:-|–|—|s\.\s?d\.?|hingga|sampai|dan)\s*\d{{1,2}})?\s*{_MONTH}"
    r"(?:\s*,?\s*\d{4}(?!\d))?"
)
_YEAR_WORDS = frozenset({"tahun", "thn", "th"})
# Words that make the number after them an identifier: Pasal 5, No. 12, Lantai 3.
_ID_WORDS = frozenset(
    "pasal ayat nomor nomer nmr no tanggal tgl lantai blok kav kode versi hotline "
    "telepon telp tel whatsapp fax faks seri gate ruang kamar loket perpres permenaker "
    "permen kepmenaker kepmen perda pergub perbup perwal inpres keppres perppu perpu "
    "pukul jam peringkat urutan ranking rangking".split())
_ID_WORDS_EXACT_CASE = frozenset("PP UU SE SK RT RW HP WA Lt Jl KM Km Bab BAB ISO SNI".split())
_VERSION_WORDS = frozenset({"industri", "society", "web"})  # Industri 4.0
_SLASH_AFTER = re.compile(r"\s?/\s?\d+(?:\s?/\s?\d+)*")
_TIME_AFTER = re.compile(r":\d{2}(?::\d{2})?")
_TIME_ZONE_AFTER = re.compile(r"\s*(?:WIB|WITA|WIT)\b")
_TIME_BODY = re.compile(r"\d{1,2}[.:]\d{2}")
_TIME_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|s\.\s?d\.?|sampai|hingga)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT)\b)?")
_DASHED_DATE_AFTER = re.compile(r"([-.])\d{1,2}\1\d{2,4}(?!\d)")
_DOTTED_DATE_BODY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
_PHONE = re.compile(r"(?:\+62|\(0\d{1,3}\)|0\d{1,3})(?:[\s-]?\d{2,5}){2,4}(?!\d)")
_WORD_GAP = " \t\r\n\xa0(:,"
_TOP_RANK_AFTER = re.compile(r"[ \t]+besar\b", re.I)
_ORDINAL_AFTER = re.compile(r"[.)][ \t]+(?=[^\W\d])")


def word_before(text: str, i: int) -> str:
    """The word just before position i, skipping spaces, '(' ':' ',' and a dot ('No. 12')."""
    j = i
    while j > 0 and text[j - 1] in _WORD_GAP:
        j -= 1
    if j > 0 and text[j - 1] == ".":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j]


def _is_month(word: str) -> bool:
    return word.lower() in _MONTH_NAMES or word in _MONTH_ABBREVIATIONS


def figure_group(match: re.Match[str], name: str) -> str | None:
    """A group of either figure pattern (the single one has no range groups)."""
    try:
        return match.group(name)
    except IndexError:  # "no such group": cheaper than building re.groupindex every time
        return None


def not_a_figure_until(text: str, match: re.Match[str]) -> int | None:
    """Where the date, time or identifier around this candidate ends; None if it is a figure."""
    first, end = match.start("n1"), match.end("n1")
    second = figure_group(match, "n2")
    last = match.end("n2") if second else end
    body = match.group("n1")
    # Each pattern below is tried only when the character it must start with is there.
    slash = _SLASH_AFTER.match(text, last) if "/" in text[last:last + 2] else None
    if slash or (first > 0 and text[first - 1] == "/") or (
            first > 1 and text[first - 2:first] == "/ "):
        return slash.end() if slash else last  # 12/10/2017, (14/6), PP 82/2019
    time = _TIME_AFTER.match(text, end) if text.startswith(":", end) else None
    if time or (first > 1 and text[first - 1] == ":" and text[first - 2].isdigit()):
        return time.end() if time else end  # 10:24
    if body[0] == "0" or text[first - 1:first] in "(+":
        phone = _PHONE.match(text, first - 1 if text[first - 1:first] in "(+" and first else first)
        if phone:
            return phone.end()
    plain = not any(match.group("pre", "pct", "rupiah", "fxs", "sc", "scL"))
    if not plain:
        return None
    if "." in body and _DOTTED_DATE_BODY.fullmatch(body):
        return end  # 12.10.2017
    if len(body) <= 4 and body.isdigit():
        dashed = _DASHED_DATE_AFTER.match(text, end) if text[end:end + 1] in ("-", ".") else None
        if dashed:
            return dashed.end()  # 12-10-2017, 2017-10-12
    if _TIME_BODY.fullmatch(body) and _TIME_ZONE_AFTER.match(text, last):
        return _TIME_ZONE_AFTER.match(text, last).end()  # 10.24 WITA
    if len(body) <= 2 and body.isdigit() and not second and _ORDINAL_AFTER.match(text, end) \
            and not text[text.rfind("\n", 0, first) + 1:first].strip():
        return end + 1  # "2. Kartu Keluarga ...", "3) Surat keterangan": a list's ordinal at a line's start
    if len(body) <= 2 and body.isdigit() and not second and _TOP_RANK_AFTER.match(text, end):
        return end  # "PMI 3 besar Indramayu, Lombok dan Lampung": a ranking, "the top three"
    last_body = second or body
    if len(last_body) <= 2 and last_body.isdigit():
        day = _MONTH_AFTER_DAY.match(text, last)
        if day:
            return day.end()  # 15 September 2021, 1-10 Februari 2020
    before = word_before(text, match.start())
    lower = before.lower()
    if len(body) == 4 and body.isdigit() and (_is_month(before) or lower in _YEAR_WORDS):
        return last  # Agustus 2017, tahun 2019
    if lower in _ID_WORDS or before in _ID_WORDS_EXACT_CASE:
        if lower in ("pukul", "jam"):
            span = _TIME_RANGE_AFTER.match(text, last)
            return span.end() if span else last  # pukul 08.00 hingga 16.00
        return last  # Pasal 5, No. 12
    if lower in _VERSION_WORDS and body.endswith(".0"):
        return last  # Industri 4.0
    return None
