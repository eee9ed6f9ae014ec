"""Benefit-claim figures: link amounts and case counts to their program, read stated
changes ("naik 20% dari Rp26,7 triliun pada 2019") into a current and a prior figure,
separate the parts of a stated amount from program figures, and merge restatements."""
from __future__ import annotations

import copy
import logging
import re
from datetime import date, timedelta
from dataclasses import dataclass, replace
from functools import lru_cache

from pantau.extract.context import ANAPHORA_RE, SentenceContext
from pantau.extract.fastre import guarded, substring_finder
from pantau.extract.lexicon import (APPROXIMATE_LEAD_RE, AUDIENCE_LEAD_RE, CASE_WORD_RE, CHANGE_RE, CHANGE_SIDE_RE,
                                    CLAIMANT_WORD_RE,
                                    COLLECTIVE_RE, COMPONENT_CUE_RE, NOT_CLAIM_RE,
                                    NOT_CLAIMANT_RE, PAYMENT_CUE_RE, PROGRAM_RE, SINGLE_HEIR_RE, TARGET_RE, is_benefit_payment,
                                    health_agency_in_force, names_another_agency, names_other_insurer,
                                    program_of)
from pantau.extract.offices import province_in
from pantau.extract.periods import previous_year_of
from pantau.extract.tables import table_rows
from pantau.extract.text import CLAUSE_BOUNDARY_RE
from pantau.model import Breakdown, ClaimFigure, NumberMention, StatedChange

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProgramMention:
    start: int
    end: int
    program: str
    excluded: bool = False  # "Selain JKP, ..." names a program the figures are NOT about


# Words (casefolded) PROGRAM_RE cannot match without; re.IGNORECASE equates what casefold
# does, except the Turkish dotted/dotless i, where the pattern is always run.
_PROGRAM_WORDS = ("jaminan", "jk", "jp", "jht", "kecelakaan", "santunan", "klaim")
_PROGRAM_WORDS_RE = substring_finder(_PROGRAM_WORDS)
_EXCLUDED_BEFORE_RE = re.compile(r"\b(?:selain|di\s+luar|kecuali)\s+(?:program\s+|klaim\s+)?$", re.I)


def may_name_program(text: str) -> bool:
    """False only when PROGRAM_RE cannot match `text`."""
    if "\u0130" in text or "\u0131" in text:
        return True
    folded = text.casefold()
    return _PROGRAM_WORDS_RE.search(folded) is not None


def find_programs(text: str, offset: int = 0) -> list[ProgramMention]:
    found = []
    for m in PROGRAM_RE.finditer(text) if may_name_program(text) else ():
        excluded = bool(_EXCLUDED_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()]))
        found.append(ProgramMention(m.start() + offset, m.end() + offset, program_of(m), excluded))
    return found


# A sentence that names what is paid: without one, a figure continues an earlier subject.
CLAIM_NOUN_RE = re.compile(r"\b(?:klaim|manfaat|santunan|jaminan|pembayaran|program)\b", re.I)

# An anaphor that points back at a figure ("klaim tersebut", "angka itu", "nilainya"),
# not at a place or a person ("kantor cabang itu", "pihaknya").
FIGURE_ANAPHORA_RE = re.compile(
    r"\b(?:klaim|manfaat|santunan|pembayaran|dana|angka|nilai|jumlah|nominal|kasus|program)\s+(?:\w+\s+)?"
    r"(?:tersebut|itu|ini)\b|\b(?:nilainya|jumlahnya|nominalnya|angkanya)\b", re.I)

_MONEY_LEAD_RE = re.compile(r"(?:senilai|sebesar|nominal|nilai(?:nya)?|sejumlah|total|dana|mencapai)\s*$", re.I)
_BIG_SCALES = ("miliar", "triliun")


# Patterns of the rules below, compiled once (a module-level re call looks its pattern up every time).
_YEAR_TEXT_RE = re.compile(r"(?:19|20)\d\d")
_PEOPLE_CLAUSE_END_RE = re.compile(r"[,;.]\s|\s(?:dan|serta|sedangkan|karena)\s")
_PAID_TO_GAP_RE = re.compile(r"\s+(?:untuk|kepada|bagi)\s+", re.I)
_AMONG_THEM_AFTER_RE = re.compile(r"\s*\w+\s+(?:di\s*antaranya|diantaranya)\b", re.I)
_SUBSET_LEAD_RE = guarded(re.compile(r"\b(?:di\s*mana|dimana|termasuk|antara\s+lain)\s+(?:sebanyak\s+)?$", re.I))
_DIGIT_RE = re.compile(r"\d")
_LIST_JOIN_RE = re.compile(r",\s|;\s|\s(?:dan|serta)\s")
_OTHER_CLAUSE_RE = re.compile(r"\d|,\s|;|\s(?:dan|serta|sedangkan|sementara)\s")
_FOR_PROGRAM_LEAD_RE = guarded(re.compile(r"\b(?:untuk|bagi|atas|klaim|program)\s+(?:program\s+)?$", re.I))
_UNIT_WORD_LEAD_RE = re.compile(r"^\s*(?:kasus|klaim|orang|peserta|pekerja|berkas)\b", re.I)
_SENTENCE_STOP_RE = re.compile(r"[.;!?]\s")
_JOINT_GAP_RE = re.compile(r"\s*(?:dan|serta|&|\+|maupun|plus)\s*", re.I)
_EACH_IN_TURN_RE = re.compile(r";|\bmasing-masing\b|\bberturut-turut\b", re.I)
_SPLIT_CUE_RE = guarded(re.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|rinciannya)\b", re.I))


def is_amount(body: str, mention: NumberMention) -> bool:
    """Rupiah: written with Rp, or a miliar/triliun figure, or 'senilai 500 juta'."""
    if mention.value is None or mention.kind in ("percent", "year", "foreign_money"):
        return False
    if mention.kind == "money":
        return True
    after = body[mention.end:mention.end + 30]
    if CASE_WORD_RE.match(after) or CLAIMANT_WORD_RE.match(after):
        return False
    if mention.scale_word in _BIG_SCALES:
        return True
    return bool(mention.scale_word and _MONEY_LEAD_RE.search(body[max(0, mention.start - 15):mention.start]))


_PERIOD_LEAD_RE = re.compile(r"\b(?:sepanjang|selama|tahun|pada|hingga|sampai|sejak|periode|akhir|awal|di)\s*$", re.I)


def is_year_like(body: str, mention: NumberMention) -> bool:
    """A bare 4-digit 19xx/20xx after a period word ("sepanjang 2022 klaim ...") is a year
    even when a count word follows it."""
    return bool(_YEAR_TEXT_RE.fullmatch(mention.text.strip())) and \
        bool(_PERIOD_LEAD_RE.search(body[max(0, mention.start - 12):mention.start]))


# "N lebih" before the noun: at least N (an approximation, widened like "lebih dari N").
_MORE_AFTER_RE = re.compile(r"\s*lebih\b(?=\s+[a-z])", re.I)


def is_case_count(body: str, mention: NumberMention, payment_sentence: bool) -> bool:
    """A count followed by a case word ("812 kasus"), or by a people word in a sentence
    about paying benefits ("kepada 3.412 peserta")."""
    if mention.value is None or mention.kind != "count" or is_year_like(body, mention):
        return False
    after = body[mention.end:mention.end + 30]
    if "lebih" in after:  # "dua ribu lebih kasus", "98 ribu lebih peserta" (rare: tested first)
        more = _MORE_AFTER_RE.match(after)
        if more:
            after = after[more.end():]
    if CASE_WORD_RE.match(after) or _is_bare_claim_count(body, mention):
        return True
    if not (payment_sentence and CLAIMANT_WORD_RE.match(after)):
        return False
    if AUDIENCE_LEAD_RE.search(body[max(0, mention.start - 40):mention.start]):
        return False  # "sosialisasi yang diikuti 150 peserta": an audience
    # The people count's own clause must not make it a status, subsidy or loan count
    # ("21.300 peserta berstatus nonaktif", "24.000 pekerja calon penerima BSU").
    clause = _PEOPLE_CLAUSE_END_RE.split(body[mention.end:mention.end + 80])[0]
    return not NOT_CLAIMANT_RE.search(clause)


def _paid_to(body: str, roles: list[tuple[NumberMention, str]], mention: NumberMention) -> bool:
    """People counted right after an amount and "untuk/kepada/bagi" received it ("Rp 700 juta
    untuk 118 peserta"), whatever the sentence's verb."""
    if not roles or roles[-1][1] != "amount":
        return False
    return bool(_PAID_TO_GAP_RE.fullmatch(body[roles[-1][0].end:mention.start]))


_GIVEN_TO_LEAD_RE = re.compile(r"\b(?:kepada|bagi|untuk)\s+(?:para\s+)?(?:ahli\s+waris\s+(?:dari\s+)?)?"
                               r"(?:sebanyak\s+|sejumlah\s+)?$", re.I)


def _given_to(body: str, mention: NumberMention, programs: list) -> bool:
    """People a named program's benefit went to ("Jaminan Kematian diberikan kepada ahli waris
    170 peserta"), whatever the verb."""
    return bool(programs) and any(p.end <= mention.start for p in programs) \
        and bool(_GIVEN_TO_LEAD_RE.search(body, max(0, mention.start - 40), mention.start))


# "klaim sebanyak 1.846 dengan total Rp 21,7 miliar", "Rp 48,6 miliar dengan jumlah kasus 4.120":
# a count of claims with no noun after it, the noun named before.
_CLAIM_COUNT_LEAD_RE = re.compile(
    r"\b(?:klaim\s+(?:sebanyak|sejumlah|berjumlah)|(?:jumlah|total|banyaknya)\s+(?:kasus|klaim|berkas)"
    r"(?:\s+(?:sebanyak|sejumlah|mencapai|tercatat))?)\s+$", re.I)
_BARE_COUNT_END_RE = re.compile(r"\s*(?:[,;.)]|$|(?:dengan|senilai|sebesar|yang|untuk|pada|selama|sepanjang|hingga|"
                                r"sampai|dan|serta|atau)\b)", re.I)


def _is_bare_claim_count(body: str, mention: NumberMention) -> bool:
    # (The anchored end test first: it fails for most counts, the lead search costs more.)
    return bool(_BARE_COUNT_END_RE.match(body, mention.end)
                and _CLAIM_COUNT_LEAD_RE.search(body, max(0, mention.start - 30), mention.start))


def _is_subset_count(body: str, mention: NumberMention) -> bool:
    """"12 kasus di antaranya meninggal", "dimana 12 kasus ...": part of a figure, not a claim."""
    after = body[mention.end:mention.end + 40]
    before = body[max(0, mention.start - 20):mention.start]
    return bool(_AMONG_THEM_AFTER_RE.match(after)
                or _SUBSET_LEAD_RE.search(before))


# "Dari jumlah itu, 214 kasus merupakan kecelakaan lalu lintas": a share of the figure just
# given, described, not paid; it is a claim only when its own clause says it was paid.
_PART_OF_PREVIOUS_LEAD_RE = re.compile(
    r"\bdari\s+(?:jumlah|angka|total|kasus|klaim)\s+(?:itu|tersebut)\s*,?\s*(?:sebanyak\s+|sejumlah\s+)?$", re.I)


def _is_part_of_previous(body: str, mention: NumberMention) -> bool:
    return bool(_PART_OF_PREVIOUS_LEAD_RE.search(body, max(0, mention.start - 40), mention.start))


_FOLLOWING_LINK_RE = re.compile(
    r"^\s*(?:kasus|klaim)?\s*(?:untuk|bagi|dari|pada|di|atas)?\s*(?:klaim|program|manfaat|santunan|kasus|pembayaran)?"
    r"\s*(?:program\s+)?$", re.I)


_RECEIVES_PROGRAM_RE = re.compile(
    r"^[^\d;]{0,120}?\b(?:menerima|mendapat(?:kan)?|memperoleh|mencairkan|menikmati|mengklaim)\s+"
    r"(?:klaim|manfaat|santunan|pembayaran)?\s*(?:program\s+)?$", re.I)


@dataclass
class _Figure:
    program: str
    amount: NumberMention | None = None
    cases: NumberMention | None = None
    anchor: int = 0


# Where the scope of a "not a payment" cue ends: a clause boundary or a comma ("Selain
# mengelola dana investasi, BPJS membayar Rp 40 miliar ..." pays benefits).
_NEGATION_SCOPE_END_RE = re.compile(r",\s|" + CLAUSE_BOUNDARY_RE.pattern, re.I)


# Words (casefolded) NOT_CLAIM_RE / TARGET_RE cannot match without ('arget' for menargetkan,
# 'unggak' for menunggak: the prefix drops the first letter); re.IGNORECASE equates
# what casefold does, except the Turkish dotted/dotless i (then the pattern always runs).
_NOT_CLAIM_STEMS = ("dana", "investasi", "aset", "iuran", "piutang", "unggak", "denda", "arget", "anggaran",
                    "berhak", "kali", "beasiswa", "maksimal", "paling", "premi", "gaji", "upah", "umk", "ump",
                    "pinjaman", "kredit", "kpr", "pembiayaan", "layanan", "mlt", "renovasi", "uang", "biaya",
                    "bsu", "subsidi", "bantuan", "sembako", "csr", "rata-rata", "per", "setiap", "laba",
                    "pendapatan", "omzet", "proyek", "apbd", "apbn", "dolar", "us$", "bawah", "batas")
_TARGET_STEMS = ("arget", "rencana", "akan", "diharapkan", "proyeksi")


@lru_cache(maxsize=16)
def _stem_finder(stems: tuple[str, ...]) -> re.Pattern[str]:
    return substring_finder(stems)


def _may_match(text: str, stems: tuple[str, ...]) -> bool:
    if "\u0130" in text or "\u0131" in text:
        return True
    folded = text.casefold()
    return _stem_finder(stems).search(folded) is not None


_AFTER_FIGURE_END_RE = re.compile(r",|;|\sdan\s|\d")
_NEW_SUBJECT_RE = re.compile(r"\b(?:klaim|manfaat)\b", re.I)


def aligned_casefold(text: str) -> str | None:
    """`text` casefolded when every character folds to exactly one (then a slice of the result
    is the casefold of the same slice of `text`) and no Turkish dotted/dotless i is in it
    (where the stem prefilters always pass); None otherwise."""
    if "\u0130" in text or "\u0131" in text:
        return None
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


def _may_match_span(body: str, start: int, end: int, stems: tuple[str, ...], folded: str | None, offset: int) -> bool:
    """_may_match(body[start:end], stems), read off the casefolded sentence starting at `offset`."""
    if folded is None:
        return _may_match(body[start:end], stems)
    return _stem_finder(stems).search(folded, start - offset, end - offset) is not None


def _negated(body: str, ctx: SentenceContext, mention: NumberMention, previous_end: int,
             folded: str | None = None) -> bool:
    """A money/count figure that is not a payment: an investment fund, contribution,
    arrears, a target or an entitlement rule. `folded`: aligned_casefold of the sentence's
    text in `body`, if the caller has it."""
    # The cue may stand anywhere in the figure's clause ("penerima BSU di Jawa Barat sebanyak
    # ... dengan total dana Rp 7,4 miliar"): look back to the clause start, at least 60 chars.
    clause_start = ctx.start
    for boundary in _NEGATION_SCOPE_END_RE.finditer(body, ctx.start, mention.start):
        clause_start = boundary.end()
    window_start = max(ctx.start, min(clause_start, mention.start - 60))
    window = body[window_start:mention.start]
    after = body[mention.end:min(mention.end + 25, ctx.sentence.end)]
    after = _AFTER_FIGURE_END_RE.split(after)[0]
    if _may_match_span(body, mention.end, mention.end + len(after), _NOT_CLAIM_STEMS, folded, ctx.start) \
            and NOT_CLAIM_RE.search(after):
        return True
    last_negative = None
    for last_negative in (NOT_CLAIM_RE.finditer(window)
                          if _may_match_span(body, window_start, mention.start, _NOT_CLAIM_STEMS, folded, ctx.start)
                          else ()):
        pass
    # "klaim"/"manfaat" after the negative cue starts a new subject ("iuran ..., klaim JHT Rp 5 M").
    if last_negative and not _NEW_SUBJECT_RE.search(window[last_negative.end():]):
        return True
    if not _may_match_span(body, ctx.start, mention.start, _TARGET_STEMS, folded, ctx.start):
        return False
    return bool(TARGET_RE.search(body[ctx.start:mention.start]))


_BACK_TO_SUBJECT_RE = re.compile(r",\s+dengan\s+(?:nilai|total|jumlah|nominal|\d)", re.I)


def _change_tail(body: str, ctx: SentenceContext, programs: list[ProgramMention]) -> tuple[int, int] | None:
    """The stretch of a sentence that states a comparison: from the change cue to the end of
    its clause (the next clause boundary or the next program mention)."""
    if ctx.change_at is None:
        return None
    end = ctx.sentence.end
    boundary = CLAUSE_BOUNDARY_RE.search(body, ctx.change_at, end)
    if boundary:
        end = boundary.start()
    # "naik 8 persen dibanding 2023 sebanyak 379.800 kasus, dengan nilai Rp 5,4 triliun": a
    # clause opened by a comma and "dengan" goes back to the sentence's subject, the current figure.
    back = _BACK_TO_SUBJECT_RE.search(body, ctx.change_at, end)
    if back:
        end = back.start()
    # "Rp 5,4 triliun (naik 9,8% YoY) untuk 410.200 kasus": a change in brackets ends with them.
    opened = body.rfind("(", ctx.start, ctx.change_at)
    if opened != -1 and body.find(")", opened, ctx.change_at) == -1:
        closed = body.find(")", ctx.change_at, end)
        if closed != -1:
            end = closed
    for program in programs:
        if ctx.change_at < program.start < end:
            end = program.start
            break
    return ctx.change_at, end


def on_compared_side(body: str, ctx: SentenceContext, tail: tuple[int, int] | None, pos: int) -> bool:
    """A position on the compared (prior) side of the sentence's stated change: inside its
    opening comparison clause, or inside the change clause unless the last side word before
    it is "menjadi" ("dari 11.820 kasus pada 2020 menjadi 13.064 kasus ..., dengan nilai
    manfaat Rp 231,5 miliar": the amount is the new side's)."""
    lead = ctx.compared_lead
    if lead is not None and lead[0] <= pos < lead[1]:
        return True
    if tail is None or not tail[0] <= pos < tail[1]:
        return False
    side = None
    for side in CHANGE_SIDE_RE.finditer(body, tail[0], pos):
        pass
    return not (side is not None and side.group("to"))


@dataclass
class ClaimResult:
    claims: list[ClaimFigure]
    changes: list[StatedChange]
    breakdowns: list[Breakdown]


_SERIES_CLAUSE_END_RE = re.compile(r",\s|;\s")


def _series_period(body: str, ctx: SentenceContext, start: int, end: int):
    """In a sentence that runs through several periods with no change cue ("Rp 265,0 miliar
    pada 2021, lalu Rp 259,8 miliar pada 2022, hingga pada 2023 mencapai Rp 301,4 miliar"),
    a figure's period is the one named in its own comma-delimited clause; None otherwise."""
    if ctx.change_at is not None or len(ctx.periods) < 2:
        return None
    named = [p for p in ctx.periods if not p.relative and p.end is not None]
    if len({(p.start, p.end) for p in named}) < 2:
        return None
    clause_start, clause_end = ctx.start, ctx.sentence.end
    for boundary in _SERIES_CLAUSE_END_RE.finditer(body, ctx.start, ctx.sentence.end):
        if boundary.end() <= start:
            clause_start = boundary.end()
        elif boundary.start() >= end:
            clause_end = boundary.start()
            break
    own = {(p.start, p.end) for p in named if clause_start <= p.span[0] < clause_end}
    return own.pop() if len(own) == 1 else None


def _claim(fig: _Figure, ctx: SentenceContext, body: str, prior: bool = False, period=None) -> ClaimFigure:
    spans = [m for m in (fig.amount, fig.cases) if m is not None]
    start = min(m.start for m in spans)
    end = max(m.end for m in spans)
    if period is None and not prior:
        period = _series_period(body, ctx, start, end)
    period = period if period is not None else (ctx.period or (None, None))
    office = ctx.office_at(start)
    clause_start = max(ctx.start, start - 80)
    office = province_in(body[clause_start:min(end + 40, ctx.sentence.end)], office) or office  # not the next sentence's
    cases = fig.cases.value if fig.cases else None
    return ClaimFigure(
        program=fig.program,
        cases=int(round(cases)) if cases is not None else None,
        amount_idr=fig.amount.value if fig.amount else None,
        period_start=period[0], period_end=period[1], office=office, is_prior_period=prior,
        start_char=start, end_char=end,
        cases_tolerance=fig.cases.tolerance if fig.cases else 0.0,
        amount_tolerance=fig.amount.tolerance if fig.amount else 0.0,
        cases_span=(fig.cases.start, fig.cases.end) if fig.cases else None,
        amount_span=(fig.amount.start, fig.amount.end) if fig.amount else None,
    )


def _group_into_figures(items: list[tuple[str, str, NumberMention]]) -> list[_Figure]:
    """(program, role, mention) in text order → figures, one amount and one case count each."""
    figures: list[_Figure] = []
    open_by_program: dict[str, _Figure] = {}
    for program, role, mention in items:
        fig = open_by_program.get(program)
        if fig is None or getattr(fig, role) is not None:
            fig = _Figure(program, anchor=mention.start)
            figures.append(fig)
            open_by_program[program] = fig
        setattr(fig, role, mention)
    return figures


def _program_list(body: str, programs: list[ProgramMention], roles: list[tuple[NumberMention, str]]) -> bool:
    """A list of program figures without any verb ("JHT Rp 1,2 triliun, JKK Rp 58 miliar"):
    an amount standing right after a program name."""
    for program in programs:
        for mention, role in roles:
            gap = body[program.end:mention.start]
            if role == "amount" and 0 <= len(gap) <= 25 and not _DIGIT_RE.search(gap) and len(gap.split()) <= 3 \
                    and mention.start >= program.end:
                return True
    return False


def _program_for(mention: NumberMention, programs: list[ProgramMention], body: str) -> str | None:
    before = [p for p in programs if p.end <= mention.start and not p.excluded]
    after = [p for p in programs if p.start >= mention.end and not p.excluded]
    # "..., dan 200 kasus JKK senilai ...": a program named right after its count wins over
    # the previous list item's program.
    if before and after and _FOLLOWING_LINK_RE.match(body[mention.end:after[0].start]) \
            and _LIST_JOIN_RE.search(body[before[-1].end:mention.start]):
        return after[0].program
    if before:
        return before[-1].program
    if after:
        gap = body[mention.end:after[0].start]
        if _FOLLOWING_LINK_RE.match(gap):
            return after[0].program
        # "1.873 pekerja yang terkena PHK telah menerima manfaat JKP": the claimants are the
        # subject of receiving the program's benefit.
        if mention.kind == "count" and _RECEIVES_PROGRAM_RE.match(gap):
            return after[0].program
        # "Rp 20 miliar dibayarkan untuk klaim JHT": same clause, a few words apart.
        if len(gap.split()) <= 6 and not _OTHER_CLAUSE_RE.search(gap) \
                and _FOR_PROGRAM_LEAD_RE.search(gap):
            return after[0].program
    return None


_RESTATES_EXACTLY_RE = re.compile(r"^\s*,?\s*(?:tepatnya|persisnya|tepat(?:nya)?\s+di\s+angka|yakni|yaitu|atau)\s+"
                                  r"(?:sebanyak\s+|sebesar\s+|senilai\s+)?$", re.I)


def _approximate_restatements(body: str, roles: list[tuple[NumberMention, str]]) -> set[int]:
    """Starts of approximate figures followed at once by the exact figure of the same kind
    ("lebih dari 500 kasus, tepatnya 521 kasus"): the exact one is the figure."""
    dropped = set()
    for (mention, role), (following, next_role) in zip(roles, roles[1:]):
        if role != next_role or not APPROXIMATE_LEAD_RE.search(body[max(0, mention.start - 20):mention.start]):
            continue
        gap = body[mention.end:following.start]
        gap = _UNIT_WORD_LEAD_RE.sub("", gap)
        if _RESTATES_EXACTLY_RE.match(gap):
            dropped.add(mention.start)
    return dropped


_EACH_LEAD_RE = re.compile(r"\b(?:masing-masing|masing2|tiap-tiap|per\s+orang|setiap\s+orang)\s*(?:sebesar|senilai)?\s*$",
                           re.I)
# A sentence whose subject is every single recipient states a per-person rule.
PER_PERSON_SUBJECT_RE = re.compile(
    r"\b(?:setiap|tiap|masing-masing)\s+(?:penerima|peserta|pekerja|ahli\s+waris|orang|keluarga|pemohon)\b", re.I)


def _each_amounts(body: str, roles: list[tuple[NumberMention, str]], programs: list[ProgramMention]
                  ) -> list[tuple[NumberMention, str]]:
    """An amount paid to each of the people just counted ("kepada dua ahli waris, masing-masing
    Rp 24 juta") is the figure's amount times the count; an 'each' amount with no count before
    it, or any amount in a sentence about every single recipient, is a per-person rule, not a figure."""
    out: list[tuple[NumberMention, str]] = []
    for index, (mention, role) in enumerate(roles):
        if role != "amount":
            out.append((mention, role))
            continue
        lead = body[max(0, mention.start - 40):mention.start]
        each = _EACH_LEAD_RE.search(lead)
        clause = _SENTENCE_STOP_RE.split(body[max(0, mention.start - 120):mention.start])[-1]
        if not each and PER_PERSON_SUBJECT_RE.search(clause):
            continue
        if not each:
            out.append((mention, role))
            continue
        count = out[-1][0] if out and out[-1][1] == "cases" and index and roles[index - 1][0] is out[-1][0] else None
        if count is not None and mention.start - count.end <= 60:
            out.append((replace(mention, value=mention.value * count.value, tolerance=mention.tolerance * count.value),
                        role))
        elif any(mention.start - 40 <= p.end <= mention.start for p in programs):
            out.append((mention, role))  # "JHT dan JP masing-masing Rp 5 M dan Rp 2 M": respectively
    return out


_APPROXIMATION_SLACK = 0.05  # "sekitar 500 kasus": within a few percent of the exact figure


def _widened_if_approximate(body: str, mention: NumberMention) -> NumberMention:
    """An approximate figure ("lebih dari 370 ribu", "hampir Rp 4,4 triliun") is only as precise
    as the word says: its tolerance widens, so it restates the exact figure instead of conflicting."""
    if mention.value is None or not (APPROXIMATE_LEAD_RE.search(body[max(0, mention.start - 20):mention.start])
                                     or (body.find("lebih", mention.end, mention.end + 12) != -1
                                         and _MORE_AFTER_RE.match(body, mention.end, mention.end + 12))):
        return mention
    return replace(mention, tolerance=max(mention.tolerance, _APPROXIMATION_SLACK * abs(mention.value)))


def _joint_programs(body: str, mention: NumberMention, programs: list[ProgramMention]) -> bool:
    """A figure stated for two programs together ("Untuk JKK dan JKM, kami membayarkan 458
    kasus"): it is neither program's figure alone."""
    before = [p for p in programs if p.end <= mention.start and not p.excluded]
    if len(before) < 2 or before[-1].program == before[-2].program:
        return False
    if not _JOINT_GAP_RE.fullmatch(body[before[-2].end:before[-1].start]):
        return False
    # The same clause (its case count and amount both belong to the joint figure), not each
    # program's figure in turn ("masing-masing").
    return not _EACH_IN_TURN_RE.search(body[before[-1].end:mention.end + 40])


_REFERS_BACK_RE = re.compile(
    r"\b(?:nilainya|nominalnya|totalnya|(?:angka|nilai|jumlah|nominal)\s+(?:tersebut|itu))\b", re.I)


def _refers_back(body: str, ctx: SentenceContext, text: str, claims: list[ClaimFigure]) -> bool:
    """The sentence points back at a figure already reported ("nilainya", "angka tersebut")."""
    return bool(claims) and bool(
        (ctx.change_at is not None and ANAPHORA_RE.search(body[ctx.start:ctx.change_at]))
        or ctx.compared_lead is not None or _REFERS_BACK_RE.search(text))


# "Berikut rincian klaim JHT yang dibayarkan setiap bulan:" announces a list of one program's
# figures; its rows ("- April 2024: 2.845 kasus (Rp 44,6 miliar)") name no program themselves.
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-•▪*·–]|\d{1,2}[.)])\s")


def _announced_list_program(text: str) -> str | None:
    if not text.rstrip().endswith(":") or not CLAIM_NOUN_RE.search(text):
        return None
    named = {p.program for p in find_programs(text) if not p.excluded}
    return next(iter(named)) if len(named) == 1 else None


def _programs_named(programs: set[str] | None, text: str) -> set[str]:
    """The programs the previous sentence names (not excluded): `programs` when already
    read, else read off its `text` now."""
    if programs is not None:
        return programs
    return {p.program for p in find_programs(text) if not p.excluded}


# An editor's correction ("Ralat: Pada versi sebelumnya tertulis Rp 84,6 miliar. Yang benar
# adalah Rp 48,6 miliar."): the wrong figure is retracted, the right one repeats the body's.
_CORRECTION_RE = re.compile(
    r"^\W*(?:ralat|koreksi|catatan\s+redaksi)\b|\b(?:sebelumnya|semula)\s+(?:ter)?tulis\b|"
    r"\btertulis\b.{0,80}\b(?:seharusnya|yang\s+benar)\b|^\W*yang\s+benar\s+(?:adalah|yakni|yaitu)\b", re.I)


def _is_correction_note(text: str) -> bool:
    # (Substrings every cue word holds in either case: most sentences hold none.)
    return ("alat" in text or "oreksi" in text or "edaksi" in text or "tulis" in text or "enar" in text
            or "ALAT" in text) and bool(_CORRECTION_RE.search(text))


def extract_claims(body: str, contexts: list[SentenceContext]) -> ClaimResult:
    claims: list[ClaimFigure] = []
    changes: list[StatedChange] = []
    breakdowns: list[Breakdown] = []
    last_program: str | None = None
    previous_text = ""
    previous_programs: set[str] | None = set()  # None: not read yet, see _programs_named
    table_lines = table_rows(body, contexts)
    health_agency = False  # the sentences speak of BPJS Kesehatan, not of our agency
    other_agencies = names_another_agency(body)
    list_program: str | None = None  # the one program a list's announcing line named
    for index, ctx in enumerate(contexts):
        try:
            text = ctx.text
            if other_agencies:
                health_agency = health_agency_in_force(text, health_agency)
                if (health_agency or names_other_insurer(text)) and not find_programs(text, ctx.start):
                    previous_text = text
                    previous_programs = None
                    continue
            if index in table_lines:  # a line of a claim table: read by its columns
                row = table_lines[index]
                if row is not None:
                    claims.append(row)
                    last_program = row.program
                continue
            if not ctx.numbers:
                # No figure: only the next sentence may ask which programs this one names
                # (rarely), so they are read then.
                previous_text = text
                previous_programs = None
                list_program = _announced_list_program(text) if ":" in text[-3:] else None
                continue
            if list_program and not _LIST_ITEM_RE.match(text):
                list_program = None
            if _is_correction_note(text):
                previous_text = text  # its figures retract or repeat the body's
                previous_programs = None
                continue
            payment = is_benefit_payment(text)  # only figures use it
            programs = find_programs(text, ctx.start)
            roles: list[tuple[NumberMention, str]] = []
            for mention in ctx.numbers:
                if is_amount(body, mention):
                    roles.append((mention, "amount"))
                elif is_case_count(body, mention, payment or _paid_to(body, roles, mention)
                                   or _given_to(body, mention, programs)) \
                        and not _is_subset_count(body, mention) \
                        and not (not payment and _is_part_of_previous(body, mention)):
                    roles.append((mention, "cases"))
            # Tested lazily, cheapest first: most sentences have no figure.
            total_row = not programs and bool(roles) and _is_list_total_row(text, claims)
            if not roles or not (payment or total_row or list_program or _refers_back(body, ctx, text, claims)
                                 or _program_list(body, programs, roles)
                                 or (programs and any(r == "cases" for _, r in roles))) \
                    or states_benefit_rule(text, roles) or _states_ceiling(body, roles) \
                    or _tells_of_fraud(text):
                previous_text = text
                previous_programs = {p.program for p in programs if not p.excluded}
                if not roles and ":" in text[-3:]:  # only a year in it: "... pada semester I 2024:"
                    list_program = _announced_list_program(text)
                continue
            # A breakdown of one payment into its parts with no program named: not claims,
            # unless it splits the figure just reported ("manfaat tersebut terdiri atas ...").
            split = _SPLIT_CUE_RE.search(text)
            if not programs and split:
                refers = last_program and ANAPHORA_RE.search(text[:split.start()]) \
                    and all(m.start >= ctx.start + split.end() for m, _ in roles)
                if not refers:
                    previous_text = text
                    continue
            tail = _change_tail(body, ctx, programs)
            main: list[tuple[str, str, NumberMention]] = []
            compared: list[tuple[str, NumberMention]] = []
            previous_end = ctx.start
            roles = _each_amounts(body, roles, programs)
            approximate = _approximate_restatements(body, roles)
            roles = [(_widened_if_approximate(body, mention), role) for mention, role in roles]
            folded = aligned_casefold(body[ctx.start:ctx.sentence.end])
            for mention, role in roles:
                if mention.start in approximate or _joint_programs(body, mention, programs):
                    previous_end = mention.end
                    continue
                if _negated(body, ctx, mention, previous_end, folded):
                    previous_end = mention.end
                    continue
                previous_end = mention.end
                if on_compared_side(body, ctx, tail, mention.start):
                    compared.append((role, mention))
                    continue
                program = "TOTAL" if total_row else _program_for(mention, programs, body)
                if program is None and list_program and not programs:
                    program = list_program
                if program is None and any(p.excluded for p in programs) and COLLECTIVE_RE.search(text):
                    continue  # "Di luar JHT, klaim ketiga program itu ...": the other programs' sum
                if program is None:
                    if not programs and last_program and FIGURE_ANAPHORA_RE.search(body[ctx.start:mention.start]) \
                            and not COLLECTIVE_RE.search(text):
                        program = last_program
                    elif not programs and _completes_previous(claims, roles, contexts[index - 1] if index else None):
                        # "Total manfaat yang disalurkan ... Rp 6,45 miliar" right after a program's
                        # claimant count with no amount: the sum paid to those claimants.
                        program = claims[-1].program
                    elif not programs and len(_programs_named(previous_programs, previous_text)) == 1 \
                            and (not CLAIM_NOUN_RE.search(text) or _next_in_series(claims, ctx, text)
                                 or _counts_applications(body, roles)):
                        # No subject of its own ("Sudah kami bayarkan kepada 2.300 peserta"): the
                        # sentence continues the one program the previous sentence spoke of.
                        program = next(iter(_programs_named(previous_programs, previous_text)))
                    else:
                        program = "TOTAL"
                main.append((program, role, mention))
            figures = _group_into_figures(main)
            heir_context = SINGLE_HEIR_RE.search(text) or SINGLE_HEIR_RE.search(previous_text)
            sentence_claims: list[ClaimFigure] = []
            for fig in figures:
                if fig.cases is None and fig.amount is not None and heir_context and fig.amount.value < 1e9:
                    continue  # a payout to one heir, not a program figure
                if fig.program == "TOTAL" and _LOAN_RE.search(text) and not _BENEFIT_NOUN_RE.search(text):
                    continue  # a housing loan disbursed, not a benefit paid
                if fig.program == "TOTAL" and fig.amount is not None and fig.cases is None and heir_context \
                        and fig.amount.value < 1e9:
                    continue
                sentence_claims.append(_claim(fig, ctx, body))
            # "Pada tahun sebelumnya, klaim JHT mencapai ...": figures of the year before, for comparison.
            if _speaks_of_previous_year(ctx) and ctx.period and not _compared_period_stated(body, ctx, tail):
                shifted = previous_year_of(*ctx.period)
                for claim in sentence_claims:
                    claim.is_prior_period = True
                    claim.period_start, claim.period_end = shifted
            if sentence_claims and claims:
                _mark_compared_earlier(body, ctx, sentence_claims, claims)
            # The compared (prior-period) side of a stated change.
            if compared and tail is not None:
                current = sentence_claims[-1] if sentence_claims else _referred_claim(body, ctx, programs, claims)
                sentence_claims.extend(_prior_claims(body, ctx, tail, compared, current, changes))
            claims.extend(sentence_claims)
            current_programs = [c.program for c in sentence_claims if not c.is_prior_period]
            if current_programs:
                last_program = current_programs[-1]
            elif programs:
                last_program = programs[-1].program
            previous_text = text
            previous_programs = {p.program for p in programs if not p.excluded}
        except Exception:  # a rule bug costs this sentence's figures, not the article's
            log.exception("claim reading failed on a sentence at %d", ctx.start)
            previous_text = ctx.text

    claims, parts = _split_components(claims, body, contexts)
    breakdowns.extend(parts)
    claims = merge_restatements(claims)
    breakdowns.extend(total_breakdowns(claims, body))
    breakdowns.extend(period_breakdowns(claims))
    return ClaimResult(claims, changes, breakdowns)


# A regulation or the size of an entitlement: the sentence states a rule, not a payment.
_RULE_CUE_RE = re.compile(r"\b(?:PP|Perpres|Permenaker|UU)\b|\b(?i:peraturan\s+(?:pemerintah|presiden|menteri)|"
                          r"regulasi|ketentuan\s+baru|aturan\s+baru|besaran)\b")
_PER_PERSON_LIMIT = 1e9  # a benefit per person stays well below this; a program's total rarely does
_PER_PERSON_RULE_LIMIT = 1e8  # one person's benefit, when the sentence gives its present size
_BENEFIT_SIZE_NOW_RE = re.compile(
    r"\b(?:santunan|besaran|manfaat)\b[^.;]{0,60}?\b(?:saat\s+ini|kini|sekarang|menjadi)\s+(?:\w+\s+)?"
    r"(?:sebesar|senilai|Rp)", re.I)


def states_benefit_rule(text: str, roles: list[tuple[NumberMention, str]]) -> bool:
    """An entitlement, not a claim: per-person sized amounts and no case count in a sentence
    that cites a regulation or speaks of the benefit's size ("santunan kematian naik menjadi
    Rp 42 juta sesuai PP Nomor 82 Tahun 2019, dari sebelumnya Rp 24 juta")."""
    if any(role == "cases" for _, role in roles):
        return False
    if any(m.value is None or m.value >= _PER_PERSON_LIMIT for m, _ in roles):
        return False
    if _RULE_CUE_RE.search(text):
        return True
    # "santunan kematian saat ini sebesar Rp21 juta": the present size of a per-person benefit.
    return all(m.value < _PER_PERSON_RULE_LIMIT for m, _ in roles) and bool(
        _BENEFIT_SIZE_NOW_RE.search(text))


# Claims forged or a loss to the state ("148 klaim JHT fiktif", "kerugian negara Rp 3,2 miliar"):
# a crime's figures, not benefits paid to participants.
_FRAUD_RE = guarded(re.compile(
    r"\b(?:fiktif|bodong|dipalsukan|pemalsuan|kerugian\s+(?:keuangan\s+)?negara|korupsi|penggelapan)\b", re.I))


_FRAUD_STEMS = ("iktif", "odong", "alsu", "erugian", "orupsi", "enggelapan")


def _tells_of_fraud(text: str) -> bool:
    # Substring tests first: the pattern's many first letters make a full scan of each sentence dear.
    return any(stem in text for stem in _FRAUD_STEMS) and _FRAUD_RE.search(text) is not None


# "santunan hingga Rp 50 juta bagi korban meninggal": the most one person may receive.
_CEILING_LEAD_RE = re.compile(
    r"\b(?:hingga|maksimal|maksimum|paling\s+banyak|setinggi-tingginya)\s*(?:sebesar\s+)?(?:Rp\.?\s*)?$", re.I)


def _states_ceiling(body: str, roles: list[tuple[NumberMention, str]]) -> bool:
    """A per-person sized amount with no case count, introduced as an upper bound: a rule."""
    if not roles or any(role == "cases" or m.value is None or m.value >= _PER_PERSON_RULE_LIMIT for m, role in roles):
        return False
    return all(_CEILING_LEAD_RE.search(body, max(0, m.start - 30), m.start) for m, _ in roles)


# The closing row of a list of program figures: "▪ Total | 37.987 kasus | Rp 472,84 miliar",
# "Jumlah: 12.400 kasus, Rp 98 miliar".
_TOTAL_ROW_RE = re.compile(r"^\W*(?:total|jumlah|grand\s+total)(?:\s+(?:klaim|keseluruhan|seluruhnya))?\s*[:|]", re.I)


def _is_list_total_row(text: str, claims: list[ClaimFigure]) -> bool:
    """A row labelled Total/Jumlah right after program claims of a list sums them."""
    return bool(claims) and claims[-1].program != "TOTAL" and bool(_TOTAL_ROW_RE.match(text))


def _counts_applications(body: str, roles: list[tuple[NumberMention, str]]) -> bool:
    """"9.215 pengajuan telah disetujui": the applications the previous sentence spoke of
    ("9.860 pekerja mengajukan klaim JKP"), so of its program."""
    return any(role == "cases" and body.startswith("pengajuan", mention.end + 1) for mention, role in roles)


def _months(period) -> int | None:
    start, end = period
    if start is None or end is None:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _next_in_series(claims: list[ClaimFigure], ctx: SentenceContext, text: str) -> bool:
    """"Pada 2019, klaim JHT tercatat Rp X. Pada 2020, ... nilai klaim tercatat Rp Y": a
    sentence naming no program that reports a stretch as long as the last program claim's,
    but another one, continues that program's series (unless it speaks of all programs)."""
    if not claims or ctx.period is None or COLLECTIVE_RE.search(text):
        return False
    last = claims[-1]
    if last.program == "TOTAL" or last.is_prior_period:
        return False
    last_period = (last.period_start, last.period_end)
    length = _months(ctx.period)
    return length is not None and ctx.period != last_period and length == _months(last_period)


def _completes_previous(claims: list[ClaimFigure], roles: list[tuple[NumberMention, str]],
                        previous: SentenceContext | None) -> bool:
    """The sentence's one figure is an amount, and the previous sentence ended with a
    current program claim that has a case count and no amount."""
    if len(roles) != 1 or roles[0][1] != "amount" or not claims or previous is None:
        return False
    last = claims[-1]
    return last.program != "TOTAL" and not last.is_prior_period and last.cases is not None \
        and last.amount_idr is None and previous.start <= last.start_char < previous.sentence.end


# "tahun lalu" alone ("periode yang sama tahun lalu" is the comparison, "tahun sebelumnya"
# counts back from the period in force).
_LAST_YEAR_WORDS_RE = re.compile(r"tahun\s+(?:lalu|kemarin)", re.I)


def _speaks_of_previous_year(ctx: SentenceContext) -> bool:
    """The sentence's only period is "tahun sebelumnya"/"tahun lalu" (outside a change clause)."""
    limit = ctx.change_at if ctx.change_at is not None else ctx.sentence.end
    lead_end = ctx.compared_lead[1] if ctx.compared_lead else ctx.start
    own = [p for p in ctx.periods if lead_end <= p.span[0] < limit]
    if not any(p.relative == "previous_year" for p in own) or any(p.relative is None for p in own):
        return False
    relative = [p for p in own if p.relative == "previous_year"]
    # "tahun lalu" counts back from publication: in a 2024 article about 2023 it is the
    # period in force ("Jumlah kasus JHT yang dibayarkan tahun lalu ..."), not the year before.
    if ctx.published is not None and ctx.period and ctx.period[1] is not None \
            and ctx.period[1].year == ctx.published.year - 1 \
            and all(_LAST_YEAR_WORDS_RE.fullmatch(ctx.sentence.text, p.span[0] - ctx.start, p.span[1] - ctx.start)
                    for p in relative):
        return False
    return True


# Housing and loan services (Manfaat Layanan Tambahan): money lent, not benefits paid.
_LOAN_RE = re.compile(r"\b(?:KPR|perumahan|pinjaman|kredit|uang\s+muka|MLT|layanan\s+tambahan|renovasi)\b", re.I)
_BENEFIT_NOUN_RE = re.compile(r"\b(?:klaim|manfaat|santunan|jaminan)\b", re.I)


# "lebih besar dibanding pembayaran JHT pada 2013 yang sebesar Rp1,62 triliun": a comparison
# word earlier in the figure's clause.
_COMPARED_BEFORE_RE = re.compile(r"\b(?:dibanding\w*|ketimbang|daripada)\b[^,;]*$", re.I)


def _mark_compared_earlier(body: str, ctx: SentenceContext, sentence_claims: list[ClaimFigure],
                           earlier: list[ClaimFigure]) -> None:
    """A figure named after a comparison word, dated before the figures already reported,
    is the compared (prior) one, even with no % change stated."""
    if not earlier or "anding" not in ctx.text and "etimbang" not in ctx.text and "aripada" not in ctx.text:
        return
    latest = max((c.period_end for c in earlier if not c.is_prior_period and c.period_end), default=None)
    if latest is None:
        return
    for claim in sentence_claims:
        if claim.is_prior_period or claim.period_end is None or claim.period_end >= latest:
            continue
        if _COMPARED_BEFORE_RE.search(body, ctx.start, claim.start_char):
            claim.is_prior_period = True


def _compared_period_stated(body: str, ctx: SentenceContext, tail: tuple[int, int] | None) -> bool:
    """The change names its own compared period ("tumbuh 9,1% dari Rp 40,3 triliun pada 2022"):
    "tahun lalu" before the change is then the current figure's own year, not the compared one."""
    return tail is not None and any(p.relative is None and p.span[0] >= tail[0]
                                    and on_compared_side(body, ctx, tail, p.span[0]) for p in ctx.periods)


def _referred_claim(body: str, ctx: SentenceContext, programs: list[ProgramMention],
                    claims: list[ClaimFigure]) -> ClaimFigure | None:
    """The earlier figure a comparison sentence talks about: the program it names, the
    TOTAL when it speaks of claims in general ("jumlah klaim ... meningkat"), else the
    figure just reported ("Angka tersebut naik ...")."""
    current = [c for c in claims if not c.is_prior_period]
    if not current:
        return None
    head = body[ctx.start:ctx.change_at or ctx.sentence.end]
    named = [p.program for p in programs if p.start < (ctx.change_at or ctx.sentence.end) and not p.excluded]
    if named:
        return next((c for c in reversed(current) if c.program == named[-1]), current[-1])
    if re.search(r"\b(?:jumlah|total|nilai|seluruh)\s+(?:klaim|manfaat|pembayaran)|\bklaim\b", head, re.I):
        total = next((c for c in reversed(current) if c.program == "TOTAL"), None)
        if total is not None:
            return total
    return current[-1]


def _prior_claims(body: str, ctx: SentenceContext, tail: tuple[int, int], compared: list[tuple[str, NumberMention]],
                  current: ClaimFigure | None, changes: list[StatedChange]) -> list[ClaimFigure]:
    if current is None:
        return []
    compared_periods = [p for p in ctx.periods if on_compared_side(body, ctx, tail, p.span[0])]
    explicit = next((p for p in compared_periods if not p.relative), None)
    if explicit:
        period = (explicit.start, explicit.end)
    else:
        period = previous_year_of(current.period_start, current.period_end)
    cue = CHANGE_RE.search(body, tail[0], tail[1])
    sign = -1.0 if cue and cue.group("down") else 1.0
    percent = next((m for m in ctx.numbers if m.kind == "percent" and tail[0] <= m.start < tail[1]
                    and m.value is not None), None)
    out = []
    fig = _Figure(current.program)
    for role, mention in compared:
        if getattr(fig, role) is None:
            setattr(fig, role, mention)
    if fig.amount is None and fig.cases is None:
        return []
    prior = _claim(fig, ctx, body, prior=True, period=period)
    prior.office = current.office
    out.append(prior)
    if percent is not None:
        for role in ("amount", "cases"):
            then = getattr(fig, role)
            now_value = current.amount_idr if role == "amount" else current.cases
            now_tol = current.amount_tolerance if role == "amount" else current.cases_tolerance
            if then is None or now_value is None:
                continue
            unit = "nominal" if role == "amount" else "kasus"
            changes.append(StatedChange(
                subject=f"klaim {current.program} ({unit})", percent=sign * percent.value,
                percent_tolerance=percent.tolerance, from_value=then.value, from_tolerance=then.tolerance,
                to_value=float(now_value), to_tolerance=now_tol,
                start_char=min(current.start_char, tail[0]), end_char=tail[1]))
    return out


def _split_components(claims: list[ClaimFigure], body: str, contexts: list[SentenceContext]
                      ) -> tuple[list[ClaimFigure], list[Breakdown]]:
    """Amount-only figures in a sentence that splits an earlier program amount into parts
    ("uang tunai ... sisanya ... pelatihan") are parts of that amount, not program claims."""
    def sentence_text(pos: int) -> str:
        return next((ctx.text for ctx in contexts if ctx.sentence.start <= pos < ctx.sentence.end), "")

    kept: list[ClaimFigure] = []
    parts_of: dict[int, list[ClaimFigure]] = {}
    exhaustive_of: dict[int, bool] = {}
    for claim in claims:
        text = sentence_text(claim.start_char)
        aggregate = None
        if claim.cases is None and claim.amount_idr is not None and not claim.is_prior_period \
                and COMPONENT_CUE_RE.search(text):
            for index, earlier in enumerate(kept):
                if earlier.program == claim.program and not earlier.is_prior_period \
                        and earlier.amount_idr is not None and earlier.amount_idr > claim.amount_idr \
                        and earlier.start_char < claim.start_char \
                        and (earlier.period_start, earlier.period_end) == (claim.period_start, claim.period_end):
                    aggregate = index
        if aggregate is None:
            kept.append(claim)
        else:
            parts_of.setdefault(aggregate, []).append(claim)
            exhaustive_of[aggregate] = exhaustive_of.get(aggregate, False) or bool(
                re.search(r"\b(?:sisanya|terdiri\s+(?:dari|atas)|meliputi|dan\s+sisanya)\b", text, re.I))
    breakdowns = []
    for index, parts in parts_of.items():
        total = kept[index]
        if len(parts) < 1:
            continue
        breakdowns.append(Breakdown(
            subject=f"klaim {total.program} (nominal)", unit="rupiah", total=total.amount_idr,
            total_tolerance=total.amount_tolerance, total_span=total.amount_span or (total.start_char, total.end_char),
            parts=[(body[max(0, p.start_char - 30):p.start_char].strip(), p.amount_idr, p.amount_tolerance,
                    p.amount_span or (p.start_char, p.end_char)) for p in parts],
            exhaustive=exhaustive_of.get(index, False) and len(parts) >= 2))
    return kept, breakdowns


def _same_value(a: float, a_tol: float, b: float, b_tol: float) -> bool:
    """Equal, or one is the other rounded or truncated to its printed precision."""
    slack = 2 * max(a_tol, b_tol) + 1e-9
    return abs(a - b) <= slack


# Earlier figures of one program, office and prior flag a figure is compared with. Articles
# state a handful; a page of thousands (hostile or flattened text) would make the pairwise
# comparison quadratic.
MAX_RESTATEMENT_CANDIDATES = 100


def merge_restatements(claims: list[ClaimFigure]) -> list[ClaimFigure]:
    """A later figure that repeats an earlier one (same program, period, office, prior flag;
    values equal up to rounding, or the two carry complementary fields: one the amount,
    the other the case count) is merged into the earlier one."""
    merged: list[ClaimFigure] = []
    by_subject: dict[tuple, list[ClaimFigure]] = {}  # the same figures as `merged`, by subject
    for claim in claims:
        target = None
        subject = (claim.program, claim.is_prior_period, claim.office)
        for earlier in by_subject.get(subject, ())[:MAX_RESTATEMENT_CANDIDATES]:
            periods = {(earlier.period_start, earlier.period_end), (claim.period_start, claim.period_end)}
            periods.discard((None, None))  # a headline-like sentence before any period is stated
            if len(periods) > 1:
                continue
            amounts_known = earlier.amount_idr is not None and claim.amount_idr is not None
            cases_known = earlier.cases is not None and claim.cases is not None
            if amounts_known and not _same_value(earlier.amount_idr, earlier.amount_tolerance,
                                                 claim.amount_idr, claim.amount_tolerance):
                continue
            if cases_known and not _same_value(earlier.cases, earlier.cases_tolerance,
                                               claim.cases, claim.cases_tolerance):
                continue
            if not amounts_known and not cases_known:
                # Complementary halves: only when each side has exactly the field the other lacks.
                if not ((earlier.amount_idr is None) != (claim.amount_idr is None)
                        and (earlier.cases is None) != (claim.cases is None)):
                    continue
            target = earlier
            break
        if target is None:
            kept = copy.copy(claim)  # a shallow copy, as replace(claim) makes, cheaper
            merged.append(kept)
            by_subject.setdefault(subject, []).append(kept)
            continue
        if target.period_end is None and target.period_start is None:
            target.period_start, target.period_end = claim.period_start, claim.period_end
        # Keep the most precisely printed reading ("Rp 1,47 triliun" over a headline's "Rp 1,5 T").
        if claim.amount_idr is not None and (target.amount_idr is None
                                             or claim.amount_tolerance < target.amount_tolerance):
            target.amount_idr, target.amount_tolerance, target.amount_span = \
                claim.amount_idr, claim.amount_tolerance, claim.amount_span
        if claim.cases is not None and target.cases is not None and claim.cases_tolerance < target.cases_tolerance:
            target.cases, target.cases_tolerance, target.cases_span = claim.cases, claim.cases_tolerance, claim.cases_span
        if target.cases is None and claim.cases is not None:
            target.cases, target.cases_tolerance, target.cases_span = claim.cases, claim.cases_tolerance, claim.cases_span
    return merged


_MAKES_UP_CUE_RE = re.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|rinciannya|dengan\s+rincian)\b", re.I)


def _said_to_make_up(body: str, total: ClaimFigure, parts: list[ClaimFigure]) -> bool:
    """The program figures are said to make up the total: a "terdiri atas"/"rinciannya" cue
    after the total, in the sentence that opens the list of parts ("merinci pembayaran itu
    terdiri atas JHT ..., JKK ...")."""
    first = min(parts, key=lambda p: p.start_char)
    if first.start_char < total.end_char:
        return False
    lead = body[total.end_char:first.start_char]
    lead = re.split(r"[.!?][\"”']?\s+(?=[\"“']?[A-Z])|\n", lead)[-1]
    return bool(_MAKES_UP_CUE_RE.search(lead))


# When each program started paying benefits: a TOTAL whose listed parts cover every program
# paying at the period's end is fully broken down, whatever the wording. (JP: PP 45/2015,
# from July 2015; JKP: PP 37/2021, claims from February 2022.)
_PROGRAM_START = {"JHT": date(1900, 1, 1), "JKK": date(1900, 1, 1), "JKM": date(1900, 1, 1),
                  "JP": date(2015, 7, 1), "JKP": date(2022, 2, 1)}


def covers_every_program(parts: list[ClaimFigure], period_end: date | None) -> bool:
    """One figure for each program paying at the period's end (two figures for one program
    mean the list is not a clean breakdown)."""
    programs = [p.program for p in parts]
    if period_end is None or len(programs) != len(set(programs)):
        return False
    paying = {program for program, start in _PROGRAM_START.items() if period_end >= start}
    return paying <= set(programs)


def total_breakdowns(claims: list[ClaimFigure], body: str) -> list[Breakdown]:
    """A stated TOTAL against the program figures of the same period and office; exhaustive
    only when the text says the programs make up the total (an article may leave programs out)."""
    out = []
    for total in claims:
        if total.program != "TOTAL" or total.is_prior_period:
            continue
        parts = [c for c in claims if c.program != "TOTAL" and not c.is_prior_period and c.office == total.office
                 and (c.period_start, c.period_end) == (total.period_start, total.period_end)]
        if len(parts) < 2:
            continue
        exhaustive = _said_to_make_up(body, total, parts) or covers_every_program(parts, total.period_end)
        if total.amount_idr is not None:
            out.append(Breakdown(
                subject="klaim TOTAL (nominal)", unit="rupiah", total=total.amount_idr,
                total_tolerance=total.amount_tolerance, total_span=total.amount_span or (total.start_char, total.end_char),
                parts=[(p.program, p.amount_idr, p.amount_tolerance, p.amount_span or (p.start_char, p.end_char))
                       for p in parts], exhaustive=exhaustive))
        if total.cases is not None:
            out.append(Breakdown(
                subject="klaim TOTAL (kasus)", unit="kasus", total=float(total.cases),
                total_tolerance=total.cases_tolerance, total_span=total.cases_span or (total.start_char, total.end_char),
                parts=[(p.program, float(p.cases) if p.cases is not None else None, p.cases_tolerance,
                        p.cases_span or (p.start_char, p.end_char)) for p in parts], exhaustive=exhaustive))
    return out


def _tiling(whole: ClaimFigure, pieces: list[ClaimFigure]) -> list[ClaimFigure] | None:
    """The pieces, in order, when their periods follow one another day by day from the start
    of `whole`'s period to its end (the months of a semester); else None."""
    pieces = sorted(pieces, key=lambda c: c.period_start)
    day = whole.period_start
    for piece in pieces:
        if piece.period_start != day:
            return None
        day = piece.period_end + timedelta(days=1)
    return pieces if day == whole.period_end + timedelta(days=1) else None


def period_breakdowns(claims: list[ClaimFigure]) -> list[Breakdown]:
    """A program's figure for a period against its figures for consecutive shorter periods that
    exactly fill it ("Januari: ..., Februari: ..., ... sepanjang semester I: ..."): those parts
    make up the whole, so they must add up to it."""
    if len(claims) < 3 or len({(c.period_start, c.period_end) for c in claims}) < 3:
        return []  # most articles: one or two periods, nothing to fill
    dated = [c for c in claims if c.period_start and c.period_end and not c.is_prior_period]
    out = []
    for whole in dated:
        pieces = [c for c in dated if c is not whole and c.program == whole.program and c.office == whole.office
                  and whole.period_start <= c.period_start and c.period_end <= whole.period_end
                  and (c.period_start, c.period_end) != (whole.period_start, whole.period_end)]
        parts = _tiling(whole, pieces) if len(pieces) >= 2 else None
        if not parts:
            continue
        for unit, value, tolerance, span in (("rupiah", "amount_idr", "amount_tolerance", "amount_span"),
                                             ("kasus", "cases", "cases_tolerance", "cases_span")):
            total = getattr(whole, value)
            if total is None:
                continue
            out.append(Breakdown(
                subject=f"klaim {whole.program} per periode ({'nominal' if unit == 'rupiah' else 'kasus'})",
                unit=unit, total=float(total), total_tolerance=getattr(whole, tolerance),
                total_span=getattr(whole, span) or (whole.start_char, whole.end_char),
                parts=[(p.period_end.isoformat(), None if getattr(p, value) is None else float(getattr(p, value)),
                        getattr(p, tolerance), getattr(p, span) or (p.start_char, p.end_char)) for p in parts],
                exhaustive=True))
    return out


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_EXCLUDED_BEFORE_RE = guarded(_EXCLUDED_BEFORE_RE)
CLAIM_NOUN_RE = guarded(CLAIM_NOUN_RE)
FIGURE_ANAPHORA_RE = guarded(FIGURE_ANAPHORA_RE)
_MONEY_LEAD_RE = guarded(_MONEY_LEAD_RE)
_PERIOD_LEAD_RE = guarded(_PERIOD_LEAD_RE)
_GIVEN_TO_LEAD_RE = guarded(_GIVEN_TO_LEAD_RE)
_CLAIM_COUNT_LEAD_RE = guarded(_CLAIM_COUNT_LEAD_RE)
_NEW_SUBJECT_RE = guarded(_NEW_SUBJECT_RE)
_EACH_LEAD_RE = guarded(_EACH_LEAD_RE)
PER_PERSON_SUBJECT_RE = guarded(PER_PERSON_SUBJECT_RE)
_REFERS_BACK_RE = guarded(_REFERS_BACK_RE)
_BENEFIT_SIZE_NOW_RE = guarded(_BENEFIT_SIZE_NOW_RE)
_LOAN_RE = guarded(_LOAN_RE)
_BENEFIT_NOUN_RE = guarded(_BENEFIT_NOUN_RE)
_MAKES_UP_CUE_RE = guarded(_MAKES_UP_CUE_RE)
