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


def terms_pattern(terms: dict[str, list[str]]) -> re.Pattern[bytes]:
    """One regex over lower-cased bytes for every term."""
    words = []
    for term in terms["agency"] + terms["programs"]:
        words.append(_BETWEEN_WORDS.join(re.escape(word.lower().encode()) for word in term.split()))
    # A letter or digit on either side makes an abbreviation part of another word ("jpg").
    abbreviations = b"|".join(re.escape(a.lower().encode()) for a in terms["abbreviations"])
    words.append(rb"(?<![a-z0-9])(?:" + abbreviations + rb")(?![a-z0-9])")
    return re.compile(b"|".join(words))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[bytes]:
    return terms_pattern(load_terms())


def names_the_agency(data: bytes) -> bool:
    """Whether these bytes name BPJS Ketenagakerjaan or one of its programs, in any case."""
    return _pattern().search(data.lower()) is not None


# The reason recorded for a file skipped; the full list of terms is relevance.toml.
NOT_ABOUT_REASON = ("not about BPJS Ketenagakerjaan: the file names neither the agency (BPJS Ketenagakerjaan, "
                    "BP Jamsostek, BPJS TK, ...) nor one of its programs (JHT, JKK, JKM, JP, JKP, jaminan hari tua, "
                    "...); it was not parsed")
