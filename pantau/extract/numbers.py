"""The Indonesian grammar of figures: numbers, money, percentages, numbers in words.

Public functions (the interface other extractors call):

- `find_numbers(text)`: every figure written in `text`, in order, with char offsets.
- `parse_number(text)`: read one isolated figure string ("Rp 1,47 triliun", "tujuh").
- `words_to_number(words)`: "dua puluh satu ribu tiga ratus" -> 21300.0.

Reading rules (Indonesian conventions first, English ones tolerated):

- A dot groups thousands (`1.054.000`), a comma marks decimals (`Rp7,1 miliar`).
- A dot followed by one or two digits before a scale word is a decimal point
  (`Rp1.47 triliun`); three digits after a lone dot stay thousands (`Rp1.500 miliar`
  -> 1.5e12) and the mention is flagged `ambiguous` when a scale word follows.
- A lone comma followed by exactly three digits is a guess between separators: decimal
  before a scale word or percent (`Rp 12,375 miliar`), thousands for a bare figure
  (`1,245 kasus` -> 1245); both are flagged `ambiguous`.
- `M` / `T` after a number mean miliar / triliun, but only with a currency mark or glued
  to the digits (`9,6T`), never when letters follow (`5 Maret`).
- `tolerance` is half a unit of the last printed digit, scale applied; 0 for words.

Kinds: "money" (Rp/IDR before or `rupiah` after), "foreign_money" (US$, USD, $, EUR,
... or `dolar` after), "percent", "year" (a lone 4-digit 1990..2100 with no scale or
currency, unless a count word sits beside it: `sebanyak 2019 kasus` is a count),
"count" otherwise (`2,4 juta pekerja`: a scale word alone does not make money).
Ranges (`5-6`, `Rp 1-2 miliar`, `5 juta - 6 juta`, `s.d.`) give `range_end`; a "range"
whose end is not larger (`Menang 2-1`) is two figures. A leading minus is not read.

Not figures, never reported: dates and times (`12/10/2017`, `(14/6)`, `15 September
2021`, `Agustus 2017`, `tahun 2019`, `10:24`, `pukul 08.00`, `10.24 WITA`,
`1-10 Februari 2020`, `12-10-2017`), identifiers (anything slashed like `PP 82/2019`;
a number after `Pasal`, `No.`, `Nomor`, `Lantai`, `RT`, `ISO`, `SK`, ...; digits glued
to letters: `ke-3`, `COVID-19`, `B2B`, `P2K3`, `4G`, `5.000an`; phone numbers starting
with 0, (0xx) or +62; `Industri 4.0`) and number words used as idioms (`salah satu`,
`satu-satunya`, `satu per satu`, `satu pintu`). `ke 3` with a space stays a count
("naik ke 3 juta" is a figure).

Garbled figures (`Rp 1,2,3 miliar`, `1..000`, 23 digits, `Rp ,5 miliar`) are reported
with `value=None` and `unparseable` saying why. Nothing here raises on any input.

This module is the pattern of a figure and the interface; its parts are not_figures (dates,
times, identifiers), figure_surroundings (a year or a count; digits glued to a word), digit_readings (which
separator groups thousands) and number_words.
"""
from __future__ import annotations

import logging
import re

from pantau.extract.digit_readings import Reading, read_digits
from pantau.extract.figure_surroundings import glued_to_word, looks_like_year
from pantau.extract.fastre import guarded
from pantau.extract.mention_init import new_mention
from pantau.extract.not_figures import figure_group, not_a_figure_until
from pantau.extract.number_words import (MILIAR_SPELLINGS, PERCENT, SCALES, TRILIUN_SPELLINGS, last_scale_word,
                                         normal_scale, word_mentions, words_to_number)
from pantau.model import NumberMention

__all__ = ["find_numbers", "parse_number", "words_to_number", "SCALES"]

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------
# Pieces of the figure pattern
# ---------------------------------------------------------------------------

# ("nilai klaimRp2,2 miliar": a page that lost the space before "Rp" still means rupiah)
_IDR_MARK = r"(?:(?<![A-Za-z])(?:Rp|RP|rp|IDR)|(?<=[a-z])Rp)[.,]?"
# "Rp Rp 31,45 miliar", "RpRp11,158 miliar", "Rp3Rp3,7 miliar" (a false start, typed again): one figure
_IDR_PREFIX = rf"{_IDR_MARK}(?:\d{{1,3}}(?=(?:Rp|RP)\d))?(?:\s*(?:Rp|RP|rp|IDR)[.,]?)?"
_FX_PREFIX = r"(?<![A-Za-z])(?:US\s?\$|USD|S\$|SGD|A\$|AUD|HK\$|HKD|NT\$|TWD|RM|MYR|SAR|KRW|₩|EUR|€|£|¥|JPY|\$)"
_BODY = r"\d+(?:[.,]+\d+)*"
# "6,1 jutaan", "puluhan ribuan": the -an form says "some", the scale is the same
_SCALE_WORD = rf"(?i:ribu(?:an)?|rbu|rb|juta(?:an)?|jta|jt|{MILIAR_SPELLINGS}|{TRILIUN_SPELLINGS})(?![a-z])"  # ("Rp26 TriliunNasabah": a caption glued after a capital)
# M/T: with a currency mark, a space may separate them from the digits; without one,
# only glued to the digits ("9,6T"), so "5 Maret" or a stray capital is never a scale.
_SCALE_LETTER = r"[MT](?![A-Za-z0-9])"


def _scale(name: str) -> str:
    return (
        # ("Rp 49, miliar", "Rp 50.miliar": a stray comma or dot after a short rupiah figure still leaves its scale
        # word to it; not after one printed in full, "Rp148.097.120, Triliun")
        rf"(?:(?(pre)(?:(?<![.,]\d{{3}})[.,])?|)\s*(?P<{name}>{_SCALE_WORD})"
        rf"|(?(pre)\s*|)(?P<{name}L>{_SCALE_LETTER}))"
    )


_RANGE_DASH = r"(?:-|–|—|s\.\s?d\.?|s/d)"
_RUPIAH_SUFFIX = r"(?:(?i:rupiah)(?![A-Za-z])|IDR(?![A-Za-z]))"
_FX_SUFFIX = r"(?i:dolar|dollar|usd|euro|yen|yuan|ringgit|poundsterling)(?![A-Za-z])"


def _figure_pattern(with_range: bool) -> re.Pattern[str]:
    range_part = (
        rf"(?:(?:{_scale('sc1')})?\s*(?P<dash>{_RANGE_DASH})\s*"
        rf"(?:(?P<pre2>{_IDR_PREFIX}|{_FX_PREFIX})\s*)?(?P<n2>{_BODY}))?"
        if with_range
        else ""
    )
    return re.compile(
        rf"(?:(?P<pre>(?P<idr>{_IDR_PREFIX})|(?P<fx>{_FX_PREFIX}))\s*)?"
        rf"(?P<lead>(?(pre)[.,]?|))"
        rf"(?P<n1>{_BODY})"
        rf"{range_part}"
        rf"(?:{_scale('sc')})?"
        rf"(?P<tail>,-)?"
        rf"(?:\s*(?P<pct>{PERCENT})|\s*(?P<rupiah>{_RUPIAH_SUFFIX})|\s*(?P<fxs>{_FX_SUFFIX}))?"
    )


_FIGURE_RE = _figure_pattern(with_range=True)
_SINGLE_FIGURE_RE = _figure_pattern(with_range=False)

# "Rp .374.183.286.000": a stray separator before groups of three that can only be thousands (the same mark between
# them) is a slip; "Rp .5 miliar" or "Rp ,374" stay unreadable
_GROUPS_AFTER_STRAY_LEAD = {sep: re.compile(rf"\d{{1,3}}(?:\{sep}\d{{3}}){{2,}}") for sep in ".,"}

# ---------------------------------------------------------------------------
# Building mentions
# ---------------------------------------------------------------------------


def _scale_of(match: re.Match[str], name: str) -> str | None:
    return normal_scale(match.group(name) or match.group(name + "L"))


def _scaled_value(reading: Reading, scale: str | None) -> tuple[float, float]:
    multiplier = SCALES[scale] if scale else 1
    value = reading.mantissa * multiplier / 10**reading.decimals
    tolerance = 5 * multiplier / 10 ** (reading.decimals + 1)
    return value, tolerance


def _kind_of(match: re.Match[str]) -> str:
    if match.group("idr") or match.group("rupiah"):
        return "money"
    if match.group("fx") or match.group("fxs"):
        return "foreign_money"
    if match.group("pct"):
        return "percent"
    return "count"


def _mention_from_match(text: str, match: re.Match[str]) -> NumberMention | None:
    """The NumberMention a figure match stands for; None if it is not a valid range."""
    start, end = match.span()
    n1 = match.group("n1")
    n2 = figure_group(match, "n2")
    scale = _scale_of(match, "sc")
    scale1 = (_scale_of(match, "sc1") if n2 is not None else None) or scale
    kind = _kind_of(match)
    if n2 is not None and match.group("pre2") and not match.group("pre"):
        return None  # "5 - Rp 6 juta": two figures, not a range
    percent = kind == "percent"
    base = dict(start=start, end=end, text=text[start:end], kind=kind, scale_word=scale1)
    lead = match.group("lead")
    stray_lead = bool(lead) and _GROUPS_AFTER_STRAY_LEAD[lead].fullmatch(n1) is not None
    if lead and not stray_lead:
        return new_mention(value=None, unparseable=(
            f"'{match.group()}' has a separator before its first digit"), **base)
    first = read_digits(n1, scale1 is not None, percent)
    if first.problem:
        return new_mention(value=None, unparseable=first.problem, **base)
    ambiguous = first.ambiguous or (
        f"'{match.group()}' read as {n1}: the separator before its first digit taken as a slip" if stray_lead else None)
    if kind == "money" and n2 is None and scale1 and _written_in_full(n1, first):
        # "Rp 57.586.303.766 miliar": every rupiah already printed, the scale word is a slip
        ambiguous = f"'{match.group()}' read as {n1} rupiah: the digits are the full figure, '{scale1}' after them a slip"
        scale1 = None
        base["scale_word"] = None
    if kind == "count" and n2 is None and scale1 and scale1.casefold() == "ribu" and first.decimals == 0 \
            and first.mantissa >= 1000 and _ONE_THOUSANDS_DOT_RE.fullmatch(n1):
        # "24.618 ribu klaim", "31.907 ribu kasus": thousands already grouped in the digits, "ribu" after them a slip
        ambiguous = f"'{match.group()}' read as {n1}: the digits are grouped in thousands already, '{scale1}' a slip"
        scale1 = None
        base["scale_word"] = None
    value, tolerance = _scaled_value(first, scale1)
    range_end = None
    if n2 is not None:
        second = read_digits(n2, scale is not None, percent)
        if second.problem:
            return new_mention(value=None, unparseable=second.problem, **base)
        range_end, tolerance2 = _scaled_value(second, scale)
        if range_end <= value:
            return None  # "2-1" is a score, not a range
        tolerance = max(tolerance, tolerance2)
        ambiguous = ambiguous or second.ambiguous
    if looks_like_year(text, match, value, scale, kind, n2):
        base["kind"] = "year"
    return new_mention(value=value, tolerance=tolerance, range_end=range_end,
                       ambiguous=ambiguous, **base)


_ONE_THOUSANDS_DOT_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _written_in_full(body: str, reading: Reading) -> bool:
    """Digits that already spell a sum in rupiah, to the unit: four thousands groups and more."""
    return reading.decimals == 0 and reading.mantissa >= 10**9 and max(body.count("."), body.count(",")) >= 3


_DIGIT_RUN_RE = re.compile(r"\d+")
_PREFIX_BEFORE_RE = re.compile(rf"(?:{_IDR_PREFIX}|{_FX_PREFIX})\s*[.,]?\Z")
_PREFIX_HINTS = ("Rp", "RP", "rp", "IDR", "$", "USD", "SGD", "AUD", "HKD", "TWD", "RM", "MYR", "SAR", "KRW", "₩",
                 "EUR", "€", "£", "¥", "JPY")
# Any of the hints as a substring: one pass instead of a Python loop over the hints.
_PREFIX_HINT_RE = re.compile("|".join(re.escape(hint) for hint in _PREFIX_HINTS))


def _figure_start(text: str, digits_start: int) -> int:
    """Where the figure whose digits start here begins: at its currency mark, if any."""
    window_start = max(0, digits_start - 16)
    if not _PREFIX_HINT_RE.search(text, window_start, digits_start):
        return digits_start
    prefix = _PREFIX_BEFORE_RE.search(text, window_start, digits_start)
    return prefix.start() if prefix else digits_start


def _match_figure(text: str, digits_start: int) -> re.Match[str] | None:
    start = _figure_start(text, digits_start)
    match = _FIGURE_RE.match(text, start)
    # (the digits may be a false start inside the currency mark itself: "Rp3Rp3,7 miliar")
    if match is None or (match.start("n1") != digits_start and not (match.start("n1") > digits_start and match.group("pre"))):
        match = _FIGURE_RE.match(text, digits_start)
    return match


def _digit_mentions(text: str) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    pos = 0
    while True:
        run = _DIGIT_RUN_RE.search(text, pos)
        if run is None:
            return mentions
        try:
            pos = _read_figure_at(text, run, mentions)
        except Exception as error:  # a reader bug loses this figure only, flagged
            log.exception("figure reader failed at %d", run.start())
            mentions.append(NumberMention(
                start=run.start(), end=run.end(), text=run.group(), value=None, kind="count",
                unparseable=f"'{run.group()}' could not be read (reader error: {error!r})"))
            pos = run.end()


def _read_figure_at(text: str, run: re.Match[str], mentions: list[NumberMention]) -> int:
    """Read the figure whose digits start at `run` into `mentions`; returns where to go on."""
    match = _match_figure(text, run.start())
    if match is None:  # cannot happen (a digit run is a figure); move on safely
        return run.end()
    skip_to = not_a_figure_until(text, match)
    if skip_to is not None:
        return max(match.end(), run.end(), skip_to)
    mention = _mention_from_match(text, match)
    if mention is None:  # not a range after all: read the first figure alone
        match = _SINGLE_FIGURE_RE.match(text, match.start())
        mention = _mention_from_match(text, match)
    if not glued_to_word(text, match.start(), match.end()):
        mention = _with_words_after(text, match, mention)
        mentions.append(mention)
        return max(mention.end, run.end())
    return max(match.end(), run.end())


# "700-an juta": seven hundred-odd million (the scale word stands after the "-an"); "17.000an pekerja" too.
_APPROXIMATE_AN_RE = re.compile(rf"-?an(?![A-Za-z])(?:\s*(?P<sc>{_SCALE_WORD}))?")
# "senilai 6,4 M": after a money word, a lone M/T is miliar/triliun even without Rp.
_LONE_SCALE_LETTER_RE = re.compile(r"[ \t]+(?P<letter>[MT])(?![A-Za-z0-9])")
_DECIMAL_BODY_RE = re.compile(r"\d{1,3},\d{1,2}")
_MONEY_CUE_BEFORE_RE = re.compile(r"(?i:senilai|sebesar|nominal|nominalnya|nilai(?:\s+manfaat)?|nilainya)\s*$")


def _with_words_after(text: str, match: re.Match[str], mention: NumberMention) -> NumberMention:
    """The figure with the words after it that complete it: an approximate "-an" (its scale
    word after it; tolerance up to the next unit of its last non-zero digit) or a lone M/T
    after a money word. Otherwise the figure unchanged."""
    if mention.value is None or mention.range_end is not None or mention.scale_word \
            or mention.kind not in ("count", "money"):
        return mention
    body = match.group("n1")
    if text.startswith("-an", mention.end) or text.startswith("an", mention.end):
        approximate = _APPROXIMATE_AN_RE.match(text, mention.end)
        if approximate is None:
            return mention
        scale = normal_scale(approximate.group("sc"))
        widened = _reread(text, match, mention, scale, approximate.end(), mention.kind)
        digits = re.sub(r"[.,]", "", body)
        if widened.value is None or not re.fullmatch(r"\d+(?:\.\d{3})*", body):
            return widened
        step = 10 ** (len(digits) - len(digits.rstrip("0"))) * (SCALES[scale] if scale else 1)
        return _replace(widened, tolerance=max(widened.tolerance, float(step)))
    if mention.kind == "count":
        letter = _LONE_SCALE_LETTER_RE.match(text, mention.end)
        # ... or after a figure with a decimal comma ("Klaim 26,4 M"): a count has no decimals.
        if letter and (_MONEY_CUE_BEFORE_RE.search(text, max(0, mention.start - 25), mention.start)
                       or _DECIMAL_BODY_RE.fullmatch(body)):
            return _reread(text, match, mention, normal_scale(letter.group("letter")), letter.end(), "money")
    return mention


def _reread(text: str, match: re.Match[str], mention: NumberMention, scale: str | None, end: int,
            kind: str) -> NumberMention:
    """The figure read again with a scale found after it, up to `end`."""
    reading = read_digits(match.group("n1"), scale is not None, False)
    if reading.problem:
        return mention
    value, tolerance = _scaled_value(reading, scale)
    return _replace(mention, end=end, text=text[mention.start:end], value=value, tolerance=tolerance, kind=kind,
                    scale_word=scale, ambiguous=reading.ambiguous)


def _replace(mention: NumberMention, **changes) -> NumberMention:
    fields = {name: getattr(mention, name) for name in (
        "start", "end", "text", "value", "kind", "tolerance", "scale_word", "is_words", "range_end", "ambiguous",
        "unparseable")}
    fields.update(changes)
    return NumberMention(**fields)


def _unreadable(text: str, reason: str) -> NumberMention:
    return NumberMention(start=0, end=len(text), text=text, value=None, kind="count",
                         unparseable=reason)


# ---------------------------------------------------------------------------
# Public interface
# ---------------------------------------------------------------------------


def find_numbers(text: str) -> list[NumberMention]:
    """Every figure written in `text`, in order, with char offsets into `text`.

    Dates, times and identifiers are skipped (see the module docstring); a lone year is
    reported with kind "year".
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        digits = _digit_mentions(text)
        words = word_mentions(text, digits)
        return sorted(digits + words, key=lambda m: m.start)
    except Exception:  # last resort: a reader bug must not stop the article
        log.exception("find_numbers failed")
        return []


def parse_number(text: str) -> NumberMention:
    """Read one isolated figure string; offsets are 0..len(text).

    No date or identifier skipping here: the caller says the string is a figure.
    """
    if not isinstance(text, str):
        return _unreadable(str(text), "not a text")
    try:
        return _parse_isolated(text)
    except Exception as error:
        return _unreadable(text, f"internal error while reading '{text}': {error!r}")


def _parse_isolated(text: str) -> NumberMention:
    core = text.strip().rstrip(".")
    if not core:
        return _unreadable(text, "empty figure")
    match = _FIGURE_RE.match(core)
    mention = _mention_from_match(core, match) if match else None
    if match and mention is None:
        match = _SINGLE_FIGURE_RE.match(core)
        mention = _mention_from_match(core, match)
    if match and mention is not None and _only_words_after(core, match.end()):
        return _whole(mention, text)
    value = words_to_number(core)
    if value is not None:
        return NumberMention(start=0, end=len(text), text=text, value=value, kind="count",
                             is_words=True, scale_word=last_scale_word(core))
    words = word_mentions(core, [])
    if len(words) == 1 and words[0].start == 0 and words[0].end == len(core):
        return _whole(words[0], text)
    return _unreadable(text, f"'{text}' is not a figure this grammar can read")


_TRAILING_WORDS_RE = re.compile(r"(?:\s+[^\W\d_]+)*\s*[.,;:!?)]*")


def _only_words_after(core: str, end: int) -> bool:
    """'1,245 kasus': a figure followed only by words (its unit) is still one figure."""
    return _TRAILING_WORDS_RE.fullmatch(core, end) is not None


def _whole(mention: NumberMention, text: str) -> NumberMention:
    """The same reading, re-anchored to cover the whole isolated string."""
    return NumberMention(
        start=0, end=len(text), text=text, value=mention.value, kind=mention.kind,
        tolerance=mention.tolerance, scale_word=mention.scale_word, is_words=mention.is_words,
        range_end=mention.range_end, ambiguous=mention.ambiguous,
        unparseable=mention.unparseable)


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_PREFIX_BEFORE_RE = guarded(_PREFIX_BEFORE_RE)
_MONEY_CUE_BEFORE_RE = guarded(_MONEY_CUE_BEFORE_RE)
