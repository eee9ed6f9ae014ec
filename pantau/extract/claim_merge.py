"""Claims across sentences: restatements merged into one figure, and the breakdowns whose parts
must add up (a TOTAL and its programs, a program's period and its months, an amount and its
components).

    period.parts_of_total program figures adding up exactly to an earlier TOTAL of another period
                          take its period
    merge.restatement     a later figure repeating an earlier one (same program, period, office,
                          side; equal up to rounding, or each carrying the field the other lacks:
                          "Rp 224 miliar ..." then "Dari klaim sebanyak itu berasal dari 20.183 kasus")
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from pantau.extract.context import SentenceContext
from pantau.extract.fastre import guarded
from pantau.extract.number_words import words_to_number
from pantau.model import Breakdown, ClaimFigure

_COMPONENT_CUE_RE = re.compile(
    r"\b(?:sisanya|terdiri\s+(?:dari|atas)|meliputi|di\s*antaranya|uang\s+tunai|pelatihan|berupa|"
    r"dalam\s+bentuk|komponen|biaya\s+pemakaman|santunan\s+berkala|beasiswa)\b", re.I)
_EXHAUSTIVE_RE = re.compile(r"\b(?:sisanya|terdiri\s+(?:dari|atas)|meliputi|dan\s+sisanya)\b", re.I)


def split_components(claims: list[ClaimFigure], body: str, contexts: list[SentenceContext]
                     ) -> tuple[list[ClaimFigure], list[Breakdown]]:
    """Amount-only figures in a sentence that splits an earlier program amount into parts
    ("uang tunai ... sisanya ... pelatihan") are parts of that amount, not program claims."""
    starts = [ctx.sentence.start for ctx in contexts]

    def sentence_text(pos: int) -> str:
        i = bisect.bisect_right(starts, pos) - 1
        return contexts[i].text if i >= 0 and pos < contexts[i].sentence.end else ""

    kept: list[ClaimFigure] = []
    parts_of: dict[int, list[ClaimFigure]] = {}
    exhaustive_of: dict[int, bool] = {}
    summing = _parts_summing_to_earlier(claims, sentence_text)
    for claim in claims:
        text = sentence_text(claim.start_char)
        aggregate = None
        if id(claim) in summing:
            aggregate = next(i for i, k in enumerate(kept) if k is summing[id(claim)])
            parts_of.setdefault(aggregate, []).append(claim)
            exhaustive_of[aggregate] = True
            continue
        if claim.cases is None and claim.amount_idr is not None and not claim.is_prior_period \
                and _COMPONENT_CUE_RE.search(text):
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
            exhaustive_of[aggregate] = exhaustive_of.get(aggregate, False) or bool(_EXHAUSTIVE_RE.search(text))
    breakdowns = []
    for index, parts in parts_of.items():
        total = kept[index]
        breakdowns.append(Breakdown(
            subject=f"klaim {total.program} (nominal)", unit="rupiah", total=total.amount_idr,
            total_tolerance=total.amount_tolerance, total_span=total.amount_span or (total.start_char, total.end_char),
            parts=[(body[max(0, p.start_char - 30):p.start_char].strip(), p.amount_idr, p.amount_tolerance,
                    p.amount_span or (p.start_char, p.end_char)) for p in parts],
            exhaustive=exhaustive_of.get(index, False) and len(parts) >= 2))
    return kept, breakdowns


def _parts_summing_to_earlier(claims: list[ClaimFigure], sentence_text) -> dict[int, ClaimFigure]:
    """Two or more amount-only figures of one program in one sentence that add up to an earlier
    amount of that program and period ("santunan JKM sebelum dan sesudah masa kerja Rp8,5 miliar,
    ... pada masa bekerja Rp22,06 miliar" after "klaim JKM ... Rp31 miliar") are its parts:
    id(part) -> the earlier figure."""
    groups: dict[tuple, list[ClaimFigure]] = {}
    for claim in claims:
        if claim.cases is None and claim.amount_idr is not None and not claim.is_prior_period:
            groups.setdefault((sentence_text(claim.start_char), claim.program), []).append(claim)
    out: dict[int, ClaimFigure] = {}
    for parts in groups.values():
        if len(parts) < 2:
            continue
        total = sum(p.amount_idr for p in parts)
        slack = sum(p.amount_tolerance for p in parts)
        whole = next((c for c in claims if c.program == parts[0].program and not c.is_prior_period
                      and c.amount_idr is not None and c.start_char < parts[0].start_char
                      and c.period_end == parts[0].period_end and c.office == parts[0].office
                      and abs(c.amount_idr - total) <= 2 * (slack + c.amount_tolerance) + 1e-9), None)
        if whole is not None:
            out.update({id(p): whole for p in parts})
    return out


def _same_value(a: float, a_tol: float, b: float, b_tol: float) -> bool:
    """Equal, or one is the other rounded or truncated to its printed precision: the rounder figure r (half a
    unit t) stands for a value in [r - t, r + 2t] (rounded, or truncated: "Rp 5 miliar" for 5,9), so
    "Rp 5 miliar" then "Rp 4,2 miliar" are two figures, "Rp 5 miliar" then "Rp 5,47 miliar" one."""
    (rough, t), (fine, f) = ((a, a_tol), (b, b_tol)) if a_tol >= b_tol else ((b, b_tol), (a, a_tol))
    return rough - t - f - 1e-9 <= fine <= rough + 2 * t + f + 1e-9


# Earlier figures of one program, office and prior flag a figure is compared with. Articles
# state a handful; a page of thousands (hostile or flattened text) would make the pairwise
# comparison quadratic.
MAX_RESTATEMENT_CANDIDATES = 100


def _same_period(a: ClaimFigure, b: ClaimFigure) -> bool:
    """One period, or one unstated (a headline-like sentence before any period is stated), or the
    same end with one start unstated ("Hingga Juni 2014" beside "semester pertama 2014")."""
    if (a.period_start, a.period_end) == (b.period_start, b.period_end):
        return True
    if (a.period_start, a.period_end) == (None, None) or (b.period_start, b.period_end) == (None, None):
        return True
    return a.period_end == b.period_end and (a.period_start is None or b.period_start is None)


def _same_last_month(a: ClaimFigure, b: ClaimFigure) -> bool:
    """"Sampai Juni ini, kasus ... JHT 29.292" (cut at publication, 17 June) beside "nilai klaim ...
    Januari hingga Juni 2021 ... JHT Rp435 miliar": one period, written two ways."""
    return a.period_end is not None and b.period_end is not None \
        and (a.period_end.year, a.period_end.month) == (b.period_end.year, b.period_end.month) \
        and (a.period_start is None or b.period_start is None or a.period_start == b.period_start)


def _digits_said(value: float) -> int:
    return len(str(int(round(value))).rstrip("0"))


def _pointed_back_across_offices(claim: ClaimFigure, merged: list[ClaimFigure]) -> ClaimFigure | None:
    """The claim just told, when this one points back at it ("klaim tersebut dibayarkan kepada 27.055 peserta", said
    by a branch head after the province's total): its other half, though the speaker's office differs, or though it
    was the compared year's ("Sedangkan di tahun 2018, ... klaim Rp28,6 miliar. Jumlah ini dibayarkan ... terhadap
    3.578 kasus": the count is that year's too; the periods must still agree)."""
    if claim.rule_id != "link.anaphora" or not merged:
        return None
    last = merged[-1]
    return last if last.program == claim.program and (last.office != claim.office or last.is_prior_period) \
        and (last.is_prior_period == claim.is_prior_period or last.office == claim.office) else None


def _shallow_copy(claim: ClaimFigure) -> ClaimFigure:
    """A copy of the claim's fields, as copy.copy makes: without the reduce protocol, 0.8 us instead of 4.3 (a
    ClaimFigure is a plain dataclass, no slots, no __copy__)."""
    kept = object.__new__(type(claim))
    kept.__dict__.update(claim.__dict__)
    return kept


_BORROWED_PROGRAM = ("link.previous_sentence", "link.only_program", "link.anaphora")


def _total_count_told_again(claim: ClaimFigure, earlier: list[ClaimFigure]) -> bool:
    """A count alone whose program was only borrowed from the sentences before, equal to the unit to the total's count
    told earlier: the total's count again."""
    return claim.amount_idr is None and claim.cases is not None and claim.cases >= 100 and claim.program != "TOTAL" \
        and claim.rule_id in _BORROWED_PROGRAM and any(
            e.program == "TOTAL" and not e.is_prior_period and e.cases == claim.cases and _same_period(e, claim)
            for e in earlier)


def merge_restatements(claims: list[ClaimFigure]) -> list[ClaimFigure]:
    """A later figure that repeats an earlier one (same program, period, office, prior flag;
    values equal up to rounding, or the two carry complementary fields: one the amount,
    the other the case count) is merged into the earlier one."""
    merged: list[ClaimFigure] = []
    by_subject: dict[tuple, list[ClaimFigure]] = {}  # the same figures as `merged`, by subject
    for claim in claims:
        target = None
        if _total_count_told_again(claim, merged):
            claim.program = "TOTAL"  # "Dari seluruh 57.063 kasus jaminan, ..." after "Sebanyak 57.063 peserta ... Rp705,87 M"
        subject = (claim.program, claim.is_prior_period, claim.office)
        candidates = list(by_subject.get(subject, ())[:MAX_RESTATEMENT_CANDIDATES])
        if claim.cases is None:
            # an amount told alone belongs with the whole count, not a part listed before it ("cabang Bali I dengan 10.059
            # kasus, ... Klaim JHT ... mencapai 82.985 kasus ... Nilai pembayaran santunan JHT ... Rp 505,6 miliar")
            candidates.sort(key=lambda c: -(c.cases or 0))
        pointed = _pointed_back_across_offices(claim, merged)
        if pointed is not None:
            candidates.append(pointed)
        for earlier in candidates:
            halves = (earlier.amount_idr is None) != (claim.amount_idr is None) \
                and (earlier.cases is None) != (claim.cases is None)
            if earlier is pointed and not halves:
                continue
            # (an amount pointed back at with "tersebut" is the earlier one's, whatever period is in force by then)
            if not (_same_period(earlier, claim) or (halves and _same_last_month(earlier, claim))
                    or claim.rule_id == "link.restated_amount"):
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
            kept = _shallow_copy(claim)
            merged.append(kept)
            by_subject.setdefault(subject, []).append(kept)
            continue
        if target.period_end is None and target.period_start is None:
            target.period_start, target.period_end = claim.period_start, claim.period_end
        elif target.period_start is None:
            target.period_start = claim.period_start
        # Keep the most precisely printed reading ("Rp 1,47 triliun" over a headline's "Rp 1,5 T").
        # (an approximate "sekitar Rp 10,5 triliun" over a headline's "Rp 10 T": more digits said, though "sekitar"
        # widens its tolerance)
        if claim.amount_idr is not None and (
                target.amount_idr is None or _digits_said(claim.amount_idr) > _digits_said(target.amount_idr)
                or (claim.amount_tolerance < target.amount_tolerance
                    and _digits_said(claim.amount_idr) == _digits_said(target.amount_idr))):
            target.amount_idr, target.amount_tolerance, target.amount_span = \
                claim.amount_idr, claim.amount_tolerance, claim.amount_span
        if claim.cases is not None and target.cases is not None and claim.cases_tolerance < target.cases_tolerance:
            target.cases, target.cases_tolerance, target.cases_span = claim.cases, claim.cases_tolerance, claim.cases_span
        if target.cases is None and claim.cases is not None:
            target.cases, target.cases_tolerance, target.cases_span = claim.cases, claim.cases_tolerance, claim.cases_span
    return merged


def total_of_one_program(claims: list[ClaimFigure]) -> tuple[list[ClaimFigure], bool]:
    """A "total" that repeats the one program claimed for its period ("total klaim mencapai 1,39 juta
    dengan nilai Rp 21,24 triliun" beside "klaim JHT ... 1,39 juta ... Rp 21,24 triliun") is that
    program's figure, not all programs': with a second program beside it, the sum would exceed it
    (rule link.total_of_one_program). Says whether one was found."""
    dropped: set[int] = set()
    for total in claims:
        if total.program != "TOTAL":
            continue
        programs = [c for c in claims if c.program != "TOTAL" and c.is_prior_period == total.is_prior_period
                    and c.office == total.office and _same_period(c, total)]
        if len(programs) != 1 or not _repeats(total, programs[0]):
            continue
        program = programs[0]
        if program.amount_idr is None and total.amount_idr is not None:
            program.amount_idr, program.amount_tolerance, program.amount_span = \
                total.amount_idr, total.amount_tolerance, total.amount_span
        if program.cases is None and total.cases is not None:
            program.cases, program.cases_tolerance, program.cases_span = \
                total.cases, total.cases_tolerance, total.cases_span
        dropped.add(id(total))
    return ([c for c in claims if id(c) not in dropped], True) if dropped else (claims, False)


def _repeats(total: ClaimFigure, program: ClaimFigure) -> bool:
    """Both figures the total gives, the program gives too, the same."""
    if total.amount_idr is None or total.cases is None or program.amount_idr is None or program.cases is None:
        return False
    return _same_value(total.amount_idr, total.amount_tolerance, program.amount_idr, program.amount_tolerance) \
        and _same_value(total.cases, total.cases_tolerance, program.cases, program.cases_tolerance)


_MAKES_UP_CUE_RE = re.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|rincian(?:nya)?|dengan\s+rincian)\b", re.I)
_PROGRAM_COUNT_RE = re.compile(r"\b(dua|tiga|empat|lima|[2-5])\s+(?:macam\s+)?program\b(?!\s+lain)", re.I)  # ("tiga program lain")


# A scheme not ours named among the parts ("empat program, yakni JHT, JKK, JKM serta JPK"): the
# total holds a part no claim row carries.
_OTHER_SCHEME_RE = re.compile(r"\b(?:JPK|JKN|[Jj]aminan\s+[Pp]emeliharaan\s+[Kk]esehatan|[Jj]aminan\s+[Kk]esehatan)\b")


def _said_to_make_up(body: str, total: ClaimFigure, parts: list[ClaimFigure]) -> bool:
    """The program figures are said to make up the total: a "terdiri atas"/"rinciannya" cue
    after the total, in the sentence that opens the list of parts ("merinci pembayaran itu
    terdiri atas JHT ..., JKK ...")."""
    first = min(parts, key=lambda p: p.start_char)
    if first.start_char < total.end_char:
        return False
    whole_lead = body[total.end_char:first.start_char]
    lead = re.split(r"[.!?][\"”']?\s+(?=[\"“']?[A-Z])|\n", whole_lead)[-1]
    # ("... berasal dari tiga program, yakni JHT, JKK, dan JKM": as many programs as parts, said between)
    counted = _PROGRAM_COUNT_RE.search(whole_lead)
    return bool(_MAKES_UP_CUE_RE.search(lead)) or (
        counted is not None and _program_count(counted.group(1)) == len({p.program for p in parts}))


def _program_count(said: str) -> int | None:
    value = int(said) if said.isdigit() else words_to_number(said.lower())  # (the number grammar's words)
    return int(value) if value is not None else None


# When each program started paying benefits: a TOTAL whose listed parts cover every program
# paying at the period's end is fully broken down, whatever the wording. (JP: PP 45/2015,
# from July 2015; JKP: PP 37/2021, claims from February 2022.)
_PROGRAM_START = {"JHT": date(1900, 1, 1), "JKK": date(1900, 1, 1), "JKM": date(1900, 1, 1),
                  "JP": date(2015, 7, 1), "JKP": date(2022, 2, 1)}


JPK_TRANSFERRED = date(2014, 1, 1)  # Jamsostek's health care (JPK) went to BPJS Kesehatan


def covers_every_program(parts: list[ClaimFigure], period_end: date | None) -> bool:
    """One figure for each program paying at the period's end (two figures for one program
    mean the list is not a clean breakdown)."""
    programs = [p.program for p in parts]
    if period_end is None or len(programs) != len(set(programs)) or period_end < JPK_TRANSFERRED:
        return False  # (before 2014 a Jamsostek total may hold health care, JPK, which is no program of ours)
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
        table_total = total.rule_id == "link.total_row" and any(p.rule_id == "link.table_row" for p in parts)
        if table_total:  # a table's total row sums its rows, not a program's figure told elsewhere in the text
            parts = [p for p in parts if p.rule_id == "link.table_row"]
        if len(parts) < 2 or len({p.program for p in parts}) < len(parts):
            continue  # a program twice: parts of another kind (causes, places) stand among them
        exhaustive = (table_total or _said_to_make_up(body, total, parts) or covers_every_program(parts, total.period_end)) \
            and not _OTHER_SCHEME_RE.search(body, total.start_char, max(p.end_char for p in parts))
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
_OTHER_SCHEME_RE = guarded(_OTHER_SCHEME_RE)
