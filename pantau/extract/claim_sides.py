"""The sides of a stated change or comparison in a claims sentence (`side.*`): where the compared clause runs,
whether a figure stands on its compared (prior) side, and whether a figure is the size of the change itself."""
from __future__ import annotations

import re

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.own_period import COMPARISON_WORD_RE
from pantau.extract.figures import WORTH_WITH, Figure
from pantau.extract.fastre import WindowFinder
from pantau.extract.lexicon import FROM_WORD, TO_WORD

# (", di mana terdapat 668 kasus ...": the change's subject, told after it)
_BACK_TO_SUBJECT_RE = re.compile(r",\s+(?:dengan\s+(?:nilai|total|jumlah|nominal|\d)|di\s*mana\s+(?:terdapat|ada|tercatat)\b)",
                                 re.I)
# ("..., sedang JKK tercatat Rp37,7 miliar": "sedang" for "sedangkan" before a new subject)
_CLAUSE_BOUNDARY_RE = re.compile(r";\s|,?\s(?:sedangkan|sementara\s+itu|sementara|namun|tetapi)\s|,\s*sedang\s+(?=[A-Z]|klaim\b|"
                                 r"program\b|untuk\b)", re.I)
# ("menjadi Rp28,2 miliar yang terdiri dari 3.445 kasus": "dari" after "terdiri" says what a figure is made of)
_SIDE_RE = re.compile(rf"\b(?:(?P<to>{TO_WORD}|kini|sekarang)|(?<!berasal\s)(?<!terdiri\s)(?P<from>{FROM_WORD}|"
                      r"dibanding\w*|ketimbang|daripada|sebelumnya|semula))\b", re.I)


def change_tail(body: str, s: ClaimSentence) -> tuple[int, int] | None:
    """The stretch of a sentence that states a comparison: from the change cue to the end of its
    clause (the next clause boundary or the next program named)."""
    at = s.ctx.change_at
    if at is None:
        at = _compare_at(body, s)
        if at is None:
            return None
    end = s.end
    boundary = _CLAUSE_BOUNDARY_RE.search(body, at, end)
    if boundary:
        end = boundary.start()
    back = _BACK_TO_SUBJECT_RE.search(body, at, end)
    if back:
        end = back.start()
    opened = body.rfind("(", s.start, at)
    if opened != -1 and body.find(")", opened, at) == -1:
        closed = body.find(")", at, end)
        if closed != -1:
            end = closed  # "Rp 5,4 triliun (naik 9,8% YoY) untuk 410.200 kasus"
    for program in s.programs:
        # a program after a figure of the clause starts another subject ("naik 5% ..., JKK ...");
        # one before any figure is the change's own ("penyusutan klaim dari sisi program JKM sebesar 15%")
        if _WHEN_CLAUSE_RE.search(body, at, program.start):
            continue  # "dibanding posisi Juni lalu, ketika pembayaran JKP tercatat Rp184 miliar": the compared side goes on
        if at < program.start < end and (any(at < f.start < program.start and f.unit != "year" for f in s.figures)
                                         or re.search(r"[,:;]|\bdibanding\w*|\bketimbang\b|\bdaripada\b",
                                                      body[at:program.start])):
            end = program.start
            break
    return at, end


def _compare_at(body: str, s: ClaimSentence) -> int | None:
    """A comparison with no change word ("..., dibanding periode yang sama tahun lalu sebesar
    Rp 4 triliun"): from the comparison word, when a figure stands before it."""
    for cue in s.cues.cues:
        if cue.has("compare") and (any(f.end <= cue.start and f.unit in ("money", "case", "people", "bare")
                                       for f in s.figures) or _FIGURE_SUBJECT_RE.match(body, s.start, cue.start)):
            return cue.start
    return None


# "Angka itu lebih tinggi dari bulan sebelumnya ...": the subject is the figure just given
_FIGURE_SUBJECT_RE = re.compile(r"\W*(?:angka|jumlah|nilai|nominal|capaian|realisasi)(?:nya)?\s+(?:itu|ini|tersebut)\s+"
                                r"(?:\w+\s+){0,2}$", re.I)


def on_compared_side(body: str, s: ClaimSentence, tail: tuple[int, int] | None, pos: int) -> bool:
    """A position on the compared (prior) side: inside the sentence's opening comparison clause,
    or inside the change clause unless the last side word before it is "menjadi"."""
    lead = s.ctx.compared_lead
    if lead is not None and lead[0] <= pos < lead[1]:
        return True
    if tail is None or not tail[0] <= pos < tail[1]:
        return False
    if COMPARISON_WORD_RE.match(body, pos):
        return True  # a period read with its comparison word: "naik dibandingkan 2019 yang tercatat ..."
    side = None
    for found in _SIDE_RE.finditer(body, tail[0], pos + 8):  # ("ke" looks ahead to the figure at pos)
        if found.end() > pos:
            break
        amount_of = found.group("from") and _AMOUNTS_CASES_RE.match(body, found.start())
        if not (amount_of and _MONEY_END_RE.search(body, max(tail[0], found.start() - 12), found.start())
                and not _EARLIER_PERIOD_AFTER_RE.match(body, amount_of.end())):
            side = found
    return side is not None and not side.group("to")  # "naik, mencapai Rp 310 miliar": the level reached


# "meningkat menjadi Rp17,7 miliar dari 613 kasus": "dari" after an amount, before the count of cases it was paid
# for, says what the amount is of, not where a change started
_MONEY_END_RE = re.compile(r"(?:miliar|milyar|juta|triliun|ribu|rupiah|\d)\s*$", re.I)
# (but "naik menjadi Rp28,2 miliar dari 3.100 kasus tahun sebelumnya": the count the change started from)
_EARLIER_PERIOD_AFTER_RE = re.compile(r"\s*(?:pada\s+)?(?:periode\s+yang\s+sama\s+)?(?:se)?tahun\s+(?:sebelumn?ya|lalu|kemarin)\b",
                                      re.I)
_AMOUNTS_CASES_RE = re.compile(r"dari\s+(?:total\s+|sebanyak\s+|sekitar\s+)?\d[\d.,]*\s*(?:ribu\s+|juta\s+)?"
                               r"(?:kasus|klaim|peserta|orang|penerima|pekerja|tenaga\s+kerja|ahli\s+waris|berkas)\b", re.I)


# "90.123 kasus, meningkat 31,98 persen dibandingkan tahun sebelumnya dengan nilai klaim Rp1,006 triliun": after the
# compared period, "dengan nilai ..." gives the worth of the count told before the change, not the earlier year's
# (the worth words of figures.WORTH_WITH; not a bare "senilai", which may lead the compared side's own figure)
# ("dengan total nominal yang dibayarkan sebesar Rp13,1 triliun": what was paid may be said between)
_WORTH_ATTRIBUTE_RE = re.compile(rf"\b{WORTH_WITH}\s+(?:klaim\s+|pembayaran\s+|manfaat\s+)?"
                                 r"(?:yang\s+(?:telah\s+|sudah\s+)?(?:di)?(?:bayar|cair|salur)\w*\s+)?"
                                 r"(?:sebesar\s+|senilai\s+|mencapai\s+)?$", re.I)


_COMPARED_WORD_RE = re.compile(r"\b(?:dibanding(?:kan)?|ketimbang|daripada)\b", re.I)


def worth_after_compared(body: str, s: ClaimSentence, fig: Figure, role: str, current_roles: set[str]) -> bool:
    """An amount on the compared side, brought in as "dengan nilai ...", when the current side has a count
    and no amount, or nothing: the current count's worth (a compared side gives the kind of figure it is compared with)."""
    # (or the sentence's first figure but a percent: "klaim ... naik 17,69% dibanding tahun sebelumnya dengan nilai Rp
    # 42,89 triliun", the worth of the claims said to rise; not "dibandingkan tahun 2017 yang mencapai 15.954 kasus dengan
    # total nominal klaim Rp 127 miliar", the compared count's)
    alone = not current_roles and not any(f.unit in ("case", "people", "bare", "money") for f in s.figures if f.end <= fig.start)
    # (the compared side opens at its lead when one is said: "tren kenaikan dengan 90.123 kasus, meningkat ...
    # dibandingkan tahun sebelumnya dengan nilai klaim Rp1,006 triliun" compares no count)
    compared_word = None
    for compared_word in _COMPARED_WORD_RE.finditer(body, s.start, fig.start):
        pass
    since = compared_word.start() if compared_word is not None else (s.ctx.change_at or s.start)
    compared_count = any(f.unit in ("case", "people") and since < f.start < fig.start for f in s.figures)
    return role == "amount" and (current_roles == {"cases"} or alone) and not compared_count \
        and _WORTH_ATTRIBUTE_RE.search(body, max(s.start, fig.start - 50), fig.start) is not None


_TO_WORD_RE = re.compile(r"\bmenjadi\b", re.I)
_WHEN_CLAUSE_RE = re.compile(r",\s*(?:ketika|saat|manakala|di\s*mana)\b[^,;]*$", re.I)
YEAR_WORD_RE = re.compile(r"\b(?:19|20)\d\d\b")
_BRACKETED_RE = re.compile(r"\([^()]{0,40}\)")
_NEW_SUBJECT_RE = re.compile(r"\b(?:sedangkan|sementara|namun|tetapi)\b", re.I)
_BEFORE_CHANGE_GAP_RE = re.compile(r"[^\d;.]{0,45}|[^\d;.]{0,10};\s*(?:angka|jumlah|nilai|nominal)(?:nya)?\s+"
                                   r"(?:itu\s+|tersebut\s+|ini\s+)?[^\d;.]{0,20}", re.I)


def from_before_change(body: str, s: ClaimSentence, tail: tuple[int, int] | None, fig: Figure) -> bool:
    """"Nilai klaim Mei 2020 hanya Rp 1,4 miliar, naik di bulan Juni menjadi Rp 3,6 miliar": the figure
    just before the change word is the from-side when the change clause gives only the new value
    ("menjadi ..."), of the same kind, and no program is named between them (rule side.before_change)."""
    if tail is None or fig.start >= tail[0] or s.ctx.change_at is None:
        return False
    to = _TO_WORD_RE.search(body, tail[0], tail[1])
    if to is None or not any(f.unit == fig.unit and to.end() <= f.start < tail[1] for f in s.figures):
        return False
    if any(f.unit == fig.unit and (tail[0] <= f.start < to.start() or fig.end <= f.start < tail[0]) for f in s.figures):
        return False  # "naik dari A menjadi B": the from-side is in the clause; or another figure stands between
    if any(fig.end <= p.start < to.end() for p in s.programs) or _NEW_SUBJECT_RE.search(body, fig.end, tail[0]):
        return False  # "JKK Rp 5 miliar, sedangkan JHT naik menjadi ...": another subject, read as a series
    # "Rp 40 miliar pada 2019, nilainya naik ...", "Rp120,1 miliar (11.241 tenaga kerja), dan Februari meningkat ..."
    gap = YEAR_WORD_RE.sub("", _BRACKETED_RE.sub("", body[fig.end:tail[0]]))
    return _BEFORE_CHANGE_GAP_RE.fullmatch(gap) is not None


def compares_other_office(s: ClaimSentence, tail: tuple[int, int] | None, pos: int) -> bool:
    """"lebih tinggi dibanding Cabang Singaraja yang membayar Rp 38 miliar": the compared figure
    is another office's, of the same period, not an earlier one."""
    if tail is None:
        return False
    own = s.ctx.office_at(tail[0])
    return any(tail[0] <= o.start < pos and o.office != own and not o.reference for o in s.ctx.offices)


# "naik Rp 1,2 triliun", "bertambah sekitar 1.000": the size; "melonjak hingga 2.134.978 peserta": the level reached
# (also the change told as a noun of what changed: "penurunan jumlah peserta BPJS TK sebanyak 6,47 juta orang")
_CHANGE_WORD_RE = re.compile(r"\w+(?:\s+(?:sebesar|senilai|sekitar|hampir|nyaris|kurang\s+lebih|kira-kira|sebanyak|lebih\s+dari)|\s+jumlah\s+(?:[a-z]+\s+){1,4}"
                             r"(?:sebanyak|sebesar))?\s*$", re.I)
# "tumbuh 7,47 persen atau sebanyak 184 pemberi kerja": the size after the change's percent, or the level reached
# ("lonjakan 131 persen atau sebanyak 287,5 ribu kasus"): the size only when two figures of the sentence differ by it
_PERCENT_THEN_FIGURE_RE = re.compile(r"\w+(?:\s+(?:sebesar|sekitar))?\s+\d[\d.,]*\s*(?:%|persen)\s*,?\s*(?:atau|yakni|yaitu)\s+"
                                     r"(?:sebanyak\s+|sekitar\s+|sebesar\s+|senilai\s+)?$", re.I)


# "sehingga ada tambahan 462 kasus", "selisihnya Rp 21 miliar": a difference between two figures given
_DIFFERENCE_LEAD_RE = re.compile(r"\b(?:tambahan|selisih(?:nya)?)\s+(?:sekitar\s+|sebesar\s+|sebanyak\s+|senilai\s+)?"
                                 r"(?:Rp\.?\s*)?$", re.I)


_CHANGE_CLASSES = ("change_up", "change_down")
# "Pertumbuhan kepesertaan aktif untuk penerima upah sebanyak 5.423 orang", "Kenaikan klaim JHT tahun ini mencapai Rp 5
# miliar": a change named as a noun, then what changed, then the figure it amounts to, is that change's size; not when
# a side is told ("menjadi", "dari"), a verb makes the noun another clause's subject ("Kenaikan iuran membuat klaim
# ... mencapai"), or a figure other than a year stands between
_CHANGE_NOUN_SUBJECT_GAP_RE = re.compile(r"(?:(?!\b(?:menjadi|jadi|dari|hingga|sampai|ke|atas|me[a-z]+|di[a-z]{4,}|ber[a-z]+)\b)"
                                         r"(?:[^,;.\d%]|\b(?:19|20)\d\d\b))*?\b"
                                         r"(?:sebanyak|sebesar|senilai|mencapai|yakni|yaitu|adalah|tercatat)\s+"
                                         r"(?:sekitar\s+|hampir\s+|lebih\s+dari\s+)?(?:Rp\.?\s*)?$", re.I)
_HAPPENED_BEFORE_RE = re.compile(r"\b(?:terjadi|mengalami|ada|terdapat)\s+$", re.I)
_LEVEL_REACHED_RE = re.compile(r"\b(?:(?:yaitu|yakni|yang)\s+)?mencapai\s+(?:sekitar\s+|hampir\s+)?(?:Rp\.?\s*)?$", re.I)
_JOINED_COUNT_RE = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:dan|serta)\s+", re.I)
# "turun 1.018 kasus atau 4,71% dengan nilai Rp 1,3 miliar": the worth of the change in cases is a change's size too
_JOINED_WORTH_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:atau\s+(?:sekitar\s+)?[\d.,]+\s*(?:%|persen)\s+)?"
                              r"(?:dengan\s+(?:nilai|nominal|total)(?:\s+sebesar)?|senilai|sebesar)\s+", re.I)


def is_change_size(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"naik Rp 1,2 triliun", "bertambah 1.000 kasus": the size of the change, neither side's value."""
    if fig.unit == "percent":
        return False
    if _DIFFERENCE_LEAD_RE.search(body, max(s.start, fig.start - 30), fig.start):
        return True
    cue = None
    if not s.cues.classes.isdisjoint(_CHANGE_CLASSES):  # (most sentences hold no change word)
        cue = next((c for c in reversed(s.cues.cues) if c.end <= fig.start
                    and (c.has("change_up") or c.has("change_down"))), None)
    if cue is not None and cue.has("member_new"):
        return False  # "penambahan 12.480 peserta baru": a count of new participants
    if cue is None:
        return False
    if _CHANGE_WORD_RE.fullmatch(body, cue.start, fig.start):
        return True
    if cue.has("change_noun") and _CHANGE_NOUN_SUBJECT_GAP_RE.fullmatch(body, cue.end, fig.start):
        # (not "terjadi peningkatan klaim JHT ... yaitu mencapai 16.574 klaim", "mengalami peningkatan mencapai 5.188
        # peserta": an increase said to happen, then the level it reached)
        return not (_HAPPENED_BEFORE_RE.search(body, max(s.start, cue.start - 12), cue.start)
                    and _LEVEL_REACHED_RE.search(body, max(cue.end, fig.start - 25), fig.start))
    joined = next((f for f in reversed(s.figures) if f.end <= fig.start and f.unit != "percent"), None)
    if joined is not None and joined.start > cue.end and joined.unit != fig.unit \
            and (_JOINED_COUNT_RE.fullmatch(body, joined.end, fig.start) or _JOINED_WORTH_RE.fullmatch(body, joined.end, fig.start)) \
            and is_change_size(body, s, joined):
        return True  # "bertambahnya 33.855 perusahaan aktif dan 1,34 juta tenaga kerja": both are what was added, of two kinds
    return bool(_PERCENT_THEN_FIGURE_RE.fullmatch(body, cue.start, fig.start)) and any(
        a is not fig and b is not fig and a.unit == b.unit and (a.unit == "money") == (fig.unit == "money") and a.value and b.value
        and abs(abs(a.value - b.value) - fig.value) <= fig.num.tolerance + a.num.tolerance + b.num.tolerance
        for a in s.figures for b in s.figures if a.start < b.start)


# The same patterns, faster to search in the few words before a figure: their required words tested first (fastre).
_DIFFERENCE_LEAD_RE = WindowFinder(_DIFFERENCE_LEAD_RE)
