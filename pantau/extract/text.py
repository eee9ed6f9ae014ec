"""Article text into the pieces rules work on: the article proper, sentences, list items.

Every piece keeps its character offsets into `body_text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pantau.extract.lexicon import BAR_DATELINE_RE, CHROME_CUT_RE, CHROME_LINE_RE, KEYWORD_LINE_RE


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# A paragraph of prose: 60 characters or more, ending as a sentence ends. A headline is as long but ends in no stop
# ("... Kucurkan Rp12,3 Miliar untuk Klaim JKK" above "Bagikan"): share buttons under it are not the article's end.
_PROSE_LINE_RE = re.compile(r"^[^\n]{59,}[.!?\"”'][ \t]*$", re.M)
PROSE_BEFORE_CUT = 60  # characters of prose lines the article has before its chrome can begin


def article_end(body: str) -> int:
    """Where page chrome after the article begins ("Berita Terkait", share buttons, comments):
    the first chrome line with some prose before it. A chrome word above the article's first
    paragraph is a menu or a byline ("Editor : ..." under the date), not the end."""
    for match in CHROME_CUT_RE.finditer(body):
        prose = sum(len(m.group(0)) for m in _PROSE_LINE_RE.finditer(body, 0, match.start()))
        # "Editor:" also stands in bylines above or beside a teaser: only after a body of text is it the end.
        needed = PROSE_BEFORE_EDITOR if match.group(0).strip().lower().startswith("editor") else PROSE_BEFORE_CUT
        if prose >= needed:
            return match.start()
    return len(body)


PROSE_BEFORE_EDITOR = 400


def chrome_spans(body: str, title: str = "") -> list[tuple[int, int]]:
    """Single chrome lines inside the article ("Baca Juga: ..."). A link set inside a paragraph
    ("... Selasa (2/7). Baca Juga: Gelombang PHK Kini Sasar Ritel Rincian klaim itu meliputi ...")
    is chrome up to its headline's end only: the article goes on after it. A line said again word for word (the
    page's title repeated in its body, under a photo caption) is chrome too: it was read the first time."""
    spans = [(m.start(), _headline_end(body, m.start(), m.end())) for m in CHROME_LINE_RE.finditer(body)] \
        + [m.span() for m in KEYWORD_LINE_RE.finditer(body)] + [m.span() for m in BAR_DATELINE_RE.finditer(body)]
    return sorted(spans + _repeated_lines(body, " ".join(title.split()))) if "\n" in body else sorted(spans)


def _repeated_lines(body: str, title: str) -> list[tuple[int, int]]:
    seen: set[str] = set()
    repeated = []
    start = 0
    for line in body.split("\n"):
        text = " ".join(line.split())  # (whatever spaces it was written with: a no-break space is a space)
        if len(text) >= _REPEATED_LINE_MIN_CHARS:
            if text in seen:
                repeated.append((start, start + len(line)))
            seen.add(text)
        if text and len(title) >= _REPEATED_LINE_MIN_CHARS:
            seen.add(title)  # (after the body's first line, which may be the title's own sentence: a lead saved whole)
        start += len(line) + 1
    return repeated


_REPEATED_LINE_MIN_CHARS = 20  # a headline, not a table's "| --- |" or a one-word label


# After "Baca Juga:": a title-case headline (small joining words and figures allowed) ends where
# the article resumes: a capitalised word followed by two lower-case words ("Rincian klaim itu").
_LINK_LEAD_RE = re.compile(r"[^:]*:\s*")
_HEADLINE_WORD_RE = re.compile(r"\S+")
_JOINING = {"dan", "di", "ke", "dari", "untuk", "yang", "atau", "hingga", "sampai", "jadi", "dengan", "per", "vs", "&",
            "ini", "itu", "pada", "soal", "bagi", "kian", "kini", "masih", "tak", "tidak", "bisa", "akan"}


# (a headline has no full stop; the article resumed after it has one, even when the page cuts it short)
_ENDS_A_SENTENCE_RE = re.compile(r"[a-z)][.!?][\"”’')]*(?:\s|$)")


def _headline_end(body: str, start: int, end: int) -> int:
    lead = _LINK_LEAD_RE.match(body, start, end)
    if lead is None:
        return end
    words = list(_HEADLINE_WORD_RE.finditer(body, lead.end(), end))
    if not _ENDS_A_SENTENCE_RE.search(body, lead.end(), end):
        return end  # ("Baca juga: Pemkot Tangerang minta perusahaan lindungi 12 ribu pekerja informal": a headline, all)
    for k in range(1, len(words) - 2):
        word, nxt, after = words[k].group(0), words[k + 1].group(0), words[k + 2].group(0)
        if word[:1].isupper() and nxt[:1].islower() and after[:1].islower() and nxt not in _JOINING \
                and words[k - 1].group(0)[:1].isupper():
            return words[k].start()
    return end


# Words that end with a dot without ending a sentence.
_ABBREVIATIONS = {"rp", "no", "dr", "drs", "ir", "h", "hj", "st", "jl", "prof", "dll", "dsb", "tbk", "pt", "cv",
                  "sdr", "bpk", "ibu", "kab", "kec", "kel", "s.e", "s.h", "m.m", "a.md", "sd", "s.d", "dkk", "tel", "kep", "prov", "kp", "maks", "min"}
# (a quote may be escaped as it was scraped: `ahli waris. \"Dana yang ...`)
# (a line break inside a word, "s\nampai", is a scraping slip, not a sentence's end)
# (a sentence may open on a quote written as two marks, ‘’Total ...’’ as some outlets do)
# (a full stop glued to the next sentence, as pages are scraped: "Rp10,3 miliar lebih.Hal ini terungkap ...")
# Every way opens by taking its first character ([.!?] or a line break) and tests what stands before it after: a
# pattern that opens with a class lets sre skip ahead to it in C, where a look-behind first (or guarded()'s look-ahead)
# is tried at every character (split_sentences 0.055 -> 0.045 ms per article; bench/README.md, "Twelfth stop of issue
# 12"). The ways, in their order: end punctuation before a capital; a full stop glued to the next sentence after two
# lower-case letters (not "www") or a bracket; line breaks after no lower-case letter; line breaks before none.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*(?:\\?[\"”’')])*(?=\s+(?:\\?[\"“‘’'(*]){0,2}[A-Z0-9])"
                           r"|(?:(?<=[a-z][a-z]\.)(?<!www\.)|(?<=\)\.))(?=[A-Z][a-z]{2})"
                           r"|(?<![a-z]\n)(?<=\n)\n*|(?<=\n)\n*(?![a-z]))")


# "pada semester I. JP justru naik ...": a half or quarter numbered I or V ends the sentence, no initial of a name
_PERIOD_NUMBERED_BEFORE_RE = re.compile(r"\b(?:semester|triwulan|kuartal|caturwulan|tahap|termin)\s+$", re.I)


def _roman_period_number(body: str, begin: int, word_start: int, word: str) -> bool:
    return word in ("I", "V") and _PERIOD_NUMBERED_BEFORE_RE.search(body, max(begin, word_start - 14), word_start) is not None


def split_sentences(body: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of body[start:end], split at end punctuation and line breaks."""
    end = len(body) if end is None else end
    sentences: list[Sentence] = []
    begin = start
    for match in _SENTENCE_END.finditer(body, start, end):
        if match.group(0)[0] == ".":
            word = _word_before(body, begin, match.start())
            hyphenated = len(word) == 1 and body[match.start() - 2:match.start() - 1] == "-"  # "secara y-o-y."
            if word and (word.lower() in _ABBREVIATIONS or (len(word) == 1 and not hyphenated)) \
                    and not _scale_after_figure(body, begin, match.start() - len(word), word) \
                    and not _roman_period_number(body, begin, match.start() - len(word), word):
                continue
            if word.lower() in _LINKS_TO_A_FIGURE and _FIGURE_NEXT_RE.match(body, match.end()):
                continue  # "... Jaminan Pensiun (JP) sebanyak. Rp 5,003 miliar.": a stray stop before the figure
            if _SPELLED_OUT_NEXT_RE.match(body, match.end()):
                continue  # "... membidik iuran lebih tinggi dari tahun sebelumnya. Yakni menjadi Rp141 miliar": one thought
        _add_sentence(body, begin, match.end(), sentences)
        begin = match.end()
    _add_sentence(body, begin, end, sentences)
    if body.count("menjadi", start, end) >= 2:
        sentences = [piece for sentence in sentences for piece in _change_clauses(body, sentence)]
    if _GLUED_HEADING_RE.search(body, start, end) is None:
        return sentences  # (nearly every article: one scan)
    return [piece for sentence in sentences for piece in _unglued(body, sentence)]


# One program's change told in full: its name, a change word, then "menjadi" ("pembayaran JKK tumbuh 2,14 persen menjadi
# Rp412,89 miliar dari ...", "untuk Jaminan Pensiun (JP) dari jumlah sebelumnya 196 kasus meningkat menjadi 218 kasus");
# a decimal comma is no boundary
_NOT_A_BOUNDARY = r"(?:[^,;.]|[,.](?=\d))"
_PROGRAM_CHANGE_RE = re.compile(
    rf"{_NOT_A_BOUNDARY}{{0,60}}?\b(?:JHT|JKK|JKM|JK|JP|JKP|JPK)\b\)?{_NOT_A_BOUNDARY}{{0,100}}?"
    rf"\b(?:naik|turun|tumbuh|meningkat|menurun|bertambah|berkurang|melonjak|merosot|anjlok)\w*\b"
    rf"{_NOT_A_BOUNDARY}{{0,100}}?\bmenjadi\b")
_PROGRAM_CHANGE_SEARCH_RE = re.compile(_PROGRAM_CHANGE_RE.pattern.replace("{0,60}?", "*?", 1))
# Where a program's change clause may begin inside a sentence
_CHANGE_CLAUSE_START_RE = re.compile(r"(?:[,;]\s*|\s(?:sedangkan|sementara|serta)\s+)(?:begitu\s+(?:juga|pula)\s+)?")


def _change_clauses(body: str, sentence: Sentence) -> list[Sentence]:
    """A sentence listing two or more programs' changes, each told in full ("Rinciannya, pembayaran JKK tumbuh 2,14
    persen menjadi Rp412,89 miliar dari Rp404,24 miliar, pembayaran JHT naik 24,57 persen menjadi ... dari ...") is
    one sentence a clause: each change's sides are that program's."""
    if body.count("menjadi", sentence.start, sentence.end) < 2:
        return [sentence]  # (nearly every sentence)
    starts = [m.end() for m in _CHANGE_CLAUSE_START_RE.finditer(body, sentence.start, sentence.end)
              if _PROGRAM_CHANGE_RE.match(body, m.end(), sentence.end)]
    # (the first clause may open on the sentence's subject: "Pada semester I 2023 ... mencatat klaim JHT melonjak ...")
    starts = [p for p in starts if _PROGRAM_CHANGE_SEARCH_RE.search(body[sentence.start:p])]
    if not starts:
        return [sentence]
    pieces: list[Sentence] = []
    cuts = [sentence.start] + starts + [sentence.end]
    for begin, stop in zip(cuts, cuts[1:]):
        _add_sentence(body, begin, stop, pieces)
    return pieces


# A heading glued to the paragraph after it, as some pages are scraped: "Penurunan Peserta Formal dan Pembayaran
# KlaimSementara itu, jumlah pekerja formal ...": a heading's capitalised word, then a capitalised word with no space
# between (not "... 184 pemberi kerjaTercatat tahun 2020 ...": a full stop lost inside a paragraph, one sentence as before)
# (It opens with the capital and tests what stands before it after, and takes the lower-case run possessively: sre skips
# to each capital in C instead of trying the look-behind at every character, 3 times faster over the bench bodies, the
# same matches; bench/README.md, "Fifteenth stop of issue 12".)
_GLUED_HEADING_RE = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}+[A-Z](?=[a-z]{3})")


def _unglued(body: str, sentence: Sentence) -> list[Sentence]:
    pieces, begin = [], sentence.start
    for m in _GLUED_HEADING_RE.finditer(body, sentence.start, sentence.end):
        _add_sentence(body, begin, m.end() - 1, pieces)
        begin = m.end() - 1
    _add_sentence(body, begin, sentence.end, pieces)
    return pieces


# A sentence opened by "Yakni"/"Yaitu" on the same line spells out the one before it: the two are read as one
_SPELLED_OUT_NEXT_RE = re.compile(r"[ \t]+(?:Yakni|Yaitu|Yakninya)\b")
# Words that lead a figure: a full stop after one, right before a figure, is a slip, not a sentence's end
_LINKS_TO_A_FIGURE = frozenset(("sebanyak", "sebesar", "senilai", "sejumlah", "mencapai", "yakni", "yaitu", "berjumlah"))
_FIGURE_NEXT_RE = re.compile(r"\s*(?:Rp\.?\s*)?\d")


# One-letter scale abbreviations: "Rp 2,35 M." ends a sentence (miliar/triliun), where
# "M. Yusuf" is an initial.
_SCALE_LETTERS = {"M", "T"}


def _scale_after_figure(body: str, begin: int, word_start: int, word: str) -> bool:
    if word not in _SCALE_LETTERS:
        return False
    before = body[begin:word_start].rstrip()
    return bool(before) and before[-1].isdigit()


def _word_before(body: str, begin: int, end: int) -> str:
    r"""The run of word characters and dots ending at `end` (not before `begin`): what
    `[\w.]+$` finds, without rescanning the sentence from its start."""
    start = end
    while start > begin and (body[start - 1].isalnum() or body[start - 1] in "_."):
        start -= 1
    return body[start:end]


# Press sentences run to ~400 characters (the longest in our 25 000 is 373). Text without
# full stops (a flattened table, a page of figures joined by "dan") would make one sentence of
# pages, and the rules' work per sentence grows with its length times its figures: such a
# run-on is cut into pieces of at most this length, at a clause boundary where there is one.
MAX_SENTENCE_CHARS = 1000
_PIECE_BOUNDARY_RE = re.compile(r"[;,]\s|\s(?:dan|serta)\s|\s")


def _add_sentence(body: str, begin: int, stop: int, out: list[Sentence]) -> None:
    # str.strip() drops exactly the characters str.isspace() accepts, from both ends.
    segment = body[begin:stop]
    text = segment.strip()
    if not text:
        return
    begin += len(segment) - len(segment.lstrip())
    stop = begin + len(text)
    # A loop, not recursion: a run-on of a megabyte is a thousand pieces (issue 15).
    while stop - begin > MAX_SENTENCE_CHARS:
        cut = _run_on_cut(body, begin)
        piece = body[begin:cut].rstrip()  # begins at a non-space: at most MAX_SENTENCE_CHARS long
        if piece:
            out.append(Sentence(begin, begin + len(piece), piece))
        begin = cut
        while begin < stop and body[begin].isspace():
            begin += 1
    if begin < stop:
        out.append(Sentence(begin, stop, body[begin:stop]))


def _run_on_cut(body: str, begin: int) -> int:
    """Where to end the first piece of a run-on sentence starting at `begin`: after the last
    clause boundary (else space) in its second half-window, else at the length limit."""
    limit = begin + MAX_SENTENCE_CHARS
    best = {}
    for match in _PIECE_BOUNDARY_RE.finditer(body, begin + MAX_SENTENCE_CHARS // 2, limit):
        best["space" if match.group(0).isspace() else "clause"] = match.end()
    return best.get("clause") or best.get("space") or limit


# Boundaries between items of a list or between clauses inside a sentence.
ITEM_BOUNDARY_RE = re.compile(r",\s|;\s|\s(?:dan|serta|sedangkan|sementara|namun|tetapi|sehingga)\s|\s[–—-]\s|:\s",
                              re.I)
CLAUSE_BOUNDARY_RE = re.compile(r";\s|,?\s(?:sedangkan|sementara\s+itu|sementara|namun|tetapi)\s", re.I)


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.


# A thin, narrow no-break or no-break space between digit groups ("8 214", "214 560") is a
# typeset thousands separator: those spaces are chosen so a number never breaks across lines.
# Reading turns a no-break space into an ordinary one, so an ordinary space counts too, but
# only before a word ("214 560 orang"): a phone number or a list of numbers is left alone.
_SPACED_THOUSANDS_RE = re.compile(
    "(?<![\\d.,])\\d{1,3}(?:(?:[\u2009\u202f\xa0]\\d{3})+(?![\\d])|(?: \\d{3})+(?= [a-z]))")
# A space and three digits before a word: where an ordinary-space group can stand. It begins
# with a literal, which sre scans for fast; the digit before is tested by hand.
_SPACE_GROUP_HINT_RE = re.compile(r" \d\d\d(?= [a-z])")
_GROUP_SPACES = str.maketrans({"\u2009": ".", "\u202f": ".", "\xa0": ".", " ": "."})


def _may_hold_spaced_groups(body: str) -> bool:
    if "\u2009" in body or "\u202f" in body or "\xa0" in body:
        return True
    return any(m.start() and body[m.start() - 1].isdigit() for m in _SPACE_GROUP_HINT_RE.finditer(body))


def join_spaced_thousands(body: str) -> str:
    """body with typeset group spaces inside numbers turned into thousands dots, and a space
    after a decimal comma closed ("Rp1, 592 triliun" -> "Rp 1,592 triliun"); same length, so every
    offset still points into the original text."""
    if "Rp" in body and (", " in body or ". " in body or " ," in body):
        body = _SPACED_DECIMAL_RE.sub(_closed_decimal, body)
        body = _SPACED_GROUPS_RE.sub(_closed_groups, body)
    if _SPACED_DOT_COUNT_HINT_RE.search(body):  # (a literal-led scan, where the pattern is tried at every character)
        body = _SPACED_DOT_COUNT_RE.sub(lambda m: " " + m.group(1) + "." + m.group(2), body)
    if not _may_hold_spaced_groups(body):
        return body  # nearly every article: a quick scan, no substitution
    return _SPACED_THOUSANDS_RE.sub(lambda m: m.group(0).translate(_GROUP_SPACES), body)


# "hanya 2. 840 yang masih aktif": a count's thousands dot with a stray space, a lowercase word after it (no sentence
# starts with "840 yang"); the space moves before the number
_SPACED_DOT_COUNT_RE = re.compile(r"(?<![\d.,])(\d{1,3})\. (\d{3})(?=\s+[a-z])")
_SPACED_DOT_COUNT_HINT_RE = re.compile(r"\. \d\d\d")  # (what every match holds)


# "Rp 4.629. 474. 400 Rupiah", "Rp 124, 904,773", "Rp10.577. 804.575,89": thousands separators (one kind) with
# stray spaces, and the cents after the other kind.
_SPACED_GROUPS_RE = re.compile(r"(?P<rp>Rp\.?)(?P<num> ?\d{1,3}(?P<sep>[.,])\s?\d{3}(?:(?P=sep)\s?\d{3})+"
                               r"(?:(?!(?P=sep))[.,]\d{1,2})?)(?![\d.,]\d)")


def _closed_groups(m: re.Match) -> str:
    num, sep = m.group("num"), m.group("sep")
    if sep + " " not in num:
        return m.group(0)
    closed = num.replace(sep + " ", sep).strip()
    return m.group("rp") + " " * (len(num) - len(closed)) + closed


def _closed_decimal(m: re.Match) -> str:
    sep, rest = (",", m.group("dec")) if m.group("dec") else (".", m.group("grp"))
    gap = len(m.group(0)) - len(m.group("rp")) - len(m.group("a")) - 1 - len(rest)
    return m.group("rp") + " " * gap + m.group("a") + sep + rest


# "Rp1, 592 triliun", "Rp 488, 6 Miliar", "Rp18 ,8 miliar": a decimal comma with a stray space before a scale word;
# "Rp. 533. 254.856.048,44": a thousands dot with a stray space before the rest of the groups.
_SPACED_DECIMAL_RE = re.compile(r"(?P<rp>Rp\.?) ?(?P<a>\d{1,3})(?:(?:, | ,)(?P<dec>\d{1,3})(?=\s*(?i:mil[iy]ard?|tril+i?y?un|juta)\b)"
                                r"|\. (?P<grp>\d{3}(?:\.\d{3})+(?:,\d+)?)(?!\d))")
