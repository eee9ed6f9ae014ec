"""Is a raw file about BPJS Ketenagakerjaan at all? Decided on its bytes, before any parsing.

A crawl of general news holds a handful of pages about the agency among thousands about
everything else; reading an HTML page (its main text) costs about a millisecond, searching
its bytes for a few names some microseconds. A file that names neither the agency nor one
of its programs (the terms in relevance.toml) is therefore recorded as rejected with that
reason, and not parsed: nothing is lost, every file stays accounted for.

The test errs on the side of reading: any spelling or case of a term counts, anywhere in
the file (a menu, a link, a script), so a relevant page is never skipped; an irrelevant page
that happens to name a program is read as before.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

TERMS_FILE = Path(__file__).with_name("relevance.toml")
# Between the words of a term: spaces, hyphens, dots, underscores, non-breaking spaces
# (as a character in UTF-8 or Latin-1, or as an entity) and tags, or nothing.
_BETWEEN_WORDS = rb"(?:[\s\-_.\xa0]|\xc2\xa0|&nbsp;|&#160;|&#xa0;|<[^<>]{0,200}>)*"


def load_terms(path: Path = TERMS_FILE) -> dict[str, list[str]]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def term_patterns(terms: dict[str, list[str]]) -> list[re.Pattern[bytes]]:
    """Regexes over lower-cased bytes that together find every term: one per first letter, so
    that each scan is a fast search for one byte (one alternation of all terms tried at every
    position is ~20 times slower)."""
    by_first: dict[bytes, list[bytes]] = {}
    for term in terms["agency"] + terms["programs"]:
        words = [re.escape(word.lower().encode()) for word in term.split()]
        rest = _BETWEEN_WORDS.join(words)
        by_first.setdefault(rest[:1], []).append(rest[1:])
    for abbreviation in terms["abbreviations"]:
        # A letter or digit on either side makes an abbreviation part of another word ("jpg").
        first, rest = abbreviation.lower().encode()[:1], re.escape(abbreviation.lower().encode()[1:])
        by_first.setdefault(first, []).append(rb"(?<![a-z0-9]" + first + rb")" + rest + rb"(?![a-z0-9])")
    return [re.compile(re.escape(first) + rb"(?:" + b"|".join(rests) + rb")") for first, rests in by_first.items()]


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[bytes]]:
    return term_patterns(load_terms())


_WIDE_MARKS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 or UTF-32 with a byte-order mark


def names_the_agency(data: bytes) -> bool:
    """Whether these bytes name BPJS Ketenagakerjaan or one of its programs, in any case
    (a UTF-16/32 file with its byte-order mark is searched as the text it holds)."""
    if data.startswith(_WIDE_MARKS) or data.startswith(b"\x00\x00\xfe\xff"):
        from pantau.sources import decode_text

        decoded = decode_text(data)  # (text, encoding), or the reason it is no text
        if isinstance(decoded, tuple):
            data = decoded[0].encode("utf-8")
    lowered = data.lower()
    return any(pattern.search(lowered) for pattern in _patterns())


# The reason recorded for a file skipped; the full list of terms is relevance.toml.
NOT_ABOUT_REASON = ("not about BPJS Ketenagakerjaan: the file names neither the agency (BPJS Ketenagakerjaan, "
                    "BP Jamsostek, BPJS TK, ...) nor one of its programs (JHT, JKK, JKM, JP, JKP, jaminan hari tua, "
                    "...); it was not parsed")
