"""Small text helpers shared by extraction, checks and the loader."""
from __future__ import annotations

import re

# A sentence ends at . ! ? followed by a space and an upper-case letter or a quote,
# or at a line break. Dots inside numbers (1.054.000) and after "Rp." never end one.
_SENTENCE_END = re.compile(r"(?<!\bRp)(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


# A line of columns set apart by runs of spaces ("1   Aceh      583.638     117.947"): at least two
# gaps of two spaces or more between words (prose has single spaces).
_COLUMN_GAP_RE = re.compile(r"\S[ \t]{2,}(?=\S)")


def is_column_line(line: str) -> bool:
    return "  " in line and len(_COLUMN_GAP_RE.findall(line)) >= 2


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The [begin, stop) character range of the sentence holding text[start:end]."""
    end = start if end is None else end
    begin, stop = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            stop = match.start()
            break
    return begin, stop


def sentence_around(text: str, start: int, end: int | None = None) -> str:
    begin, stop = sentence_bounds(text, start, end)
    return text[begin:stop].strip()
