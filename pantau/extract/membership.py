"""Participation figures: active companies and workers of the area, by segment, and new
participants by segment. Each count is read with the words of its own list item: the
unit after it ("50.028 perusahaan aktif", "103.000 pekerja sektor bukan penerima upah")
or the label before it ("bukan penerima upah 180 ribu orang")."""
from __future__ import annotations

import logging
import re

from pantau.extract.figures import is_year_like
from pantau.extract.context import SentenceContext
from pantau.extract.fastre import guarded
from pantau.extract.lexicon import (ACTIVE_RE, CASE_WORD_RE, COMPANY_WORD_RE, COUNTED_THING_RE, INACTIVE_RE, MEMBERSHIP_CUE_RE, NEW_RE,
                                    NOT_MEMBERSHIP_RE, PROGRAM_RE, SEGMENT_RES, WORKER_WORD_RE, health_agency_in_force,
                                    is_benefit_payment, names_another_agency, names_other_insurer)
from pantau.extract.offices import province_in
from pantau.extract.text import CLAUSE_BOUNDARY_RE, ITEM_BOUNDARY_RE
from pantau.model import Breakdown, MembershipFigure, NumberMention

log = logging.getLogger(__name__)

_SEGMENT_METRIC = {"wage": "wage_workers", "non_wage": "non_wage_workers", "construction": "construction_workers"}


def segment_of(text: str) -> str | None:
    for name, pattern in SEGMENT_RES:
        if pattern.search(text):
            return name
    return None


def _windows(body: str, ctx: SentenceContext, mention: NumberMention) -> tuple[str, str]:
    """The words before the count back to the previous item boundary or figure, and
    the words after it up to the next one."""
    lo = ctx.start
    for other in ctx.numbers:
        if other.end <= mention.start and other.kind not in ("year",):
            lo = max(lo, other.end)
    figure_lo, label_lo = lo, lo
    for boundary in ITEM_BOUNDARY_RE.finditer(body, figure_lo, mention.start):
        label_lo, lo = lo, max(lo, boundary.end())
    # "Tenaga kerja aktif: 172.940": a colon right before the count ends its label, not the item.
    if lo > figure_lo and body[lo - 2] == ":" and not body[lo:mention.start].strip():
        lo = label_lo
    hi = ctx.sentence.end
    for other in ctx.numbers:
        if other.start >= mention.end and other.kind not in ("year",):
            hi = min(hi, other.start)
            break
    boundary = ITEM_BOUNDARY_RE.search(body, mention.end, hi)
    after_item = body[mention.end:boundary.start() if boundary else hi]
    # Negative cues may stand later in the clause ("... yang belum terlindungi").
    return body[lo:mention.start], after_item


# Patterns of the rules below, compiled once (a module-level re call looks its pattern up every time).
_KEPESERTAAN_RE = guarded(re.compile(r"\bkepesertaan\b", re.I))
_REGISTERED_RE = guarded(re.compile(r"\b(?:terdaftar|mendaftar\w*|didaftarkan)\b", re.I))
_ACTIVE_MEMBERS_RE = guarded(re.compile(
    r"\b(?:peserta|kepesertaan|tenaga\s+kerja|pekerja)\s+(?:yang\s+)?(?:terdaftar\s+)?aktif\b", re.I))
# "naik ... dari 150.000": the compared side; "berasal dari 4.870 perusahaan" is where they work.
# Workers enrolled by a sponsor (a regency paying their iuran from its budget): a batch, not
# the area's count of active participants.
_ENROLLED_BY_OTHERS_RE = guarded(re.compile(r"\b(?:didaftarkan|mendaftarkan)\b", re.I))
_COMPARED_SIDE_RE = guarded(re.compile(r"(?<!berasal\s)\b(?:dari|dibanding\w*)\b", re.I))
_CLAUSE_REST_END_RE = re.compile(r";|\.\s|,\s(?:sedangkan|sementara|namun)")
_COMMA_RE = re.compile(r",\s")
_PLAN_RE = guarded(re.compile(r"\b(?:target\w*|ditargetkan|menargetkan|menyiapkan|disiapkan|direncanakan|"
                              r"merencanakan|rencana\w*|menjelang)\b", re.I))
_PEOPLE_AFTER_RE = re.compile(r"\s*(?:peserta|orang|pekerja)\b")
# Registered participants who do not pay ("sudah terdaftar, namun sebagian besar belum rutin
# membayar iuran", "menunggak iuran"): not active, whatever the sentence before counted.
_UNPAID_RE = guarded(re.compile(
    r"\b(?:belum|tidak(?:\s+lagi)?|berhenti|enggan)\s+(?:\w+\s+)?(?:membayar|membayarkan|bayar|menyetor)\s+iuran|"
    r"\bmenunggak\b", re.I))


def _metric(before: str, after: str, sentence_before: str, sentence: str, membership_context: bool,
            subject: str = "") -> str | None:
    lead = after[:30]
    if COMPANY_WORD_RE.match(lead.strip()) or (COMPANY_WORD_RE.search(lead) and not WORKER_WORD_RE.search(lead)):
        unit = "company"
    elif WORKER_WORD_RE.search(lead) or segment_of(after) or segment_of(before):
        unit = "worker"
    elif COMPANY_WORD_RE.search(before) and not WORKER_WORD_RE.search(before):
        unit = "company"
    elif WORKER_WORD_RE.search(before) or _KEPESERTAAN_RE.search(before):
        unit = "worker"
    elif COMPANY_WORD_RE.search(subject) and not WORKER_WORD_RE.search(subject):
        # "pemberi kerja aktif di Sumut dan Aceh tercatat 33.870 entitas": the clause's subject
        # names the unit across a list's "dan".
        unit = "company"
    else:
        return None
    is_new = bool(NEW_RE.search(sentence_before))
    active = bool(ACTIVE_RE.search(sentence)) and not INACTIVE_RE.search(before + after)
    if unit == "company":
        # "dari 8.410 perusahaan yang terdaftar, 6.215 berstatus aktif": registered is not active.
        registered = _REGISTERED_RE.search(before + after) \
            and not ACTIVE_RE.search(before + after)
        return "active_companies" if active and not is_new and not registered else None
    # The segment may be named in the sentence's subject, set apart by an apposition
    # ("peserta bukan penerima upah (BPU), seperti pedagang dan nelayan, tercatat 21.430 orang").
    segment = segment_of(after) or segment_of(before) or segment_of(subject)
    if segment == "migrant":
        return None if is_new else "migrant_workers"
    if segment:
        if is_new:
            return f"new_{_SEGMENT_METRIC[segment]}"
        if not active and _ENROLLED_BY_OTHERS_RE.search(sentence):
            return None  # a batch someone enrolled ("42.000 pekerja rentan didaftarkan"), not the area's active count
        if active or membership_context or MEMBERSHIP_CUE_RE.search(sentence):
            return f"active_{_SEGMENT_METRIC[segment]}"
        return None
    if is_new:
        return None
    if ACTIVE_RE.search(before + after) or (active and _ACTIVE_MEMBERS_RE.search(sentence_before)):
        return "active_workers"
    return None


# "..., termasuk sekitar 6.300 nelayan peserta BPU": some of the figure, named for an example.
# ("di antaranya 72.480 pekerja BPU" lists the segments themselves: not here.)
_SUBSET_LEAD_RE = re.compile(r"\btermasuk\s+(?:sekitar\s+|sebanyak\s+|hampir\s+)?$", re.I)


def _subject(body: str, ctx: SentenceContext, mention: NumberMention) -> str:
    """The words of the count's clause before it, when it is the clause's first figure."""
    if any(o.end <= mention.start and o.kind != "year" for o in ctx.numbers):
        return ""
    start = ctx.start
    for boundary in CLAUSE_BOUNDARY_RE.finditer(body, ctx.start, mention.start):
        start = boundary.end()
    return body[start:mention.start]


def extract_membership(body: str, contexts: list[SentenceContext]) -> tuple[list[MembershipFigure], list[Breakdown]]:
    figures: list[MembershipFigure] = []
    sentence_of_figure: list[int] = []
    membership_context = False
    other_agencies = names_another_agency(body)
    for index, ctx in enumerate(contexts):
        try:
            text = ctx.text
            # Members of BPJS Kesehatan (JKN) or another insurer, named in the sentence itself
            # (an article about us may mention them in passing; its next sentences stay ours).
            if ctx.numbers and other_agencies and (health_agency_in_force(text, False) or names_other_insurer(text)):
                membership_context = False
                continue
            payment = bool(ctx.numbers) and is_benefit_payment(text)  # "membayar iuran" pays no benefit
            unpaid = bool(ctx.numbers) and ("iuran" in text or "nunggak" in text) and bool(_UNPAID_RE.search(text)) \
                and not ACTIVE_RE.search(text)
            found_here = False
            for mention in ctx.numbers:
                if mention.value is None or mention.kind != "count" or mention.range_end is not None \
                        or unpaid or is_year_like(body, mention):
                    continue
                if ctx.change_at is not None and mention.start > ctx.change_at and \
                        _COMPARED_SIDE_RE.search(body[ctx.change_at:mention.start]):
                    continue  # the compared side of a change
                if ctx.compared_lead and ctx.compared_lead[0] <= mention.start < ctx.compared_lead[1]:
                    continue  # "Dibandingkan tahun lalu sebanyak 1,2 juta peserta, ...": compared too
                if _SUBSET_LEAD_RE.search(body, max(ctx.start, mention.start - 30), mention.start):
                    continue  # "termasuk 6.300 nelayan peserta BPU": a part of a figure, not a segment
                after_text = body[mention.end:mention.end + 30]
                if CASE_WORD_RE.match(after_text) or COUNTED_THING_RE.match(after_text):
                    continue  # claims, or a count of places/periods/kinds
                before, after = _windows(body, ctx, mention)
                clause_rest = body[mention.end:ctx.sentence.end]
                clause_rest = _CLAUSE_REST_END_RE.split(clause_rest)[0]
                if NOT_MEMBERSHIP_RE.search(before) or NOT_MEMBERSHIP_RE.search(after) or \
                        NOT_MEMBERSHIP_RE.search(_COMMA_RE.split(clause_rest)[0]):
                    continue
                if _PLAN_RE.search(body[ctx.start:mention.start]):
                    continue  # a plan or target, not a count
                if PROGRAM_RE.search(before) or PROGRAM_RE.search(after):
                    continue  # a program-level count (peserta JP), not all active participants
                if payment and _PEOPLE_AFTER_RE.match(after_text) and not ACTIVE_RE.search(after):
                    continue  # claimants
                metric = _metric(before, after, body[ctx.start:mention.start], text, membership_context,
                                 _subject(body, ctx, mention))
                if metric is None:
                    continue
                period = ctx.period or (None, None)
                office = ctx.office_at(mention.start)
                office = province_in(before + body[mention.start:mention.end] + after, office) or office
                figures.append(MembershipFigure(metric, mention.value, period[0], period[1], office,
                                                mention.start, mention.end, mention.tolerance))
                sentence_of_figure.append(index)
                found_here = True
            membership_context = found_here
        except Exception:  # a rule bug costs this sentence's figures, not the article's
            log.exception("membership reading failed on a sentence at %d", ctx.start)
            membership_context = False

    return figures, segment_breakdowns(figures, sentence_of_figure, body)


_EXHAUSTIVE_CUE_RE = re.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|yakni|yaitu|dengan\s+rincian|rinciannya)\b",
                                re.I)


def segment_breakdowns(figures: list[MembershipFigure], sentence_of: list[int], body: str) -> list[Breakdown]:
    """An active total followed (same or next sentence) by its segments → total vs parts;
    exhaustive only when the text says the parts make up the whole."""
    out = []
    # Migrant workers are a segment of the active participants too (PU, BPU, Jakon, PMI).
    segments = ("active_wage_workers", "active_non_wage_workers", "active_construction_workers", "migrant_workers")
    for i, total in enumerate(figures):
        if total.metric != "active_workers":
            continue
        parts = [(j, f) for j, f in enumerate(figures) if f.metric in segments and f.start_char > total.end_char
                 and sentence_of[j] - sentence_of[i] in (0, 1) and f.office == total.office]
        if len(parts) < 2:
            continue
        between = body[total.end_char:parts[0][1].start_char]
        out.append(Breakdown(
            subject="peserta aktif", unit="pekerja", total=total.value, total_tolerance=total.tolerance,
            total_span=(total.start_char, total.end_char),
            parts=[(f.metric, f.value, f.tolerance, (f.start_char, f.end_char)) for _, f in parts],
            exhaustive=bool(_EXHAUSTIVE_CUE_RE.search(between))))
    return out


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_SUBSET_LEAD_RE = guarded(_SUBSET_LEAD_RE)
_EXHAUSTIVE_CUE_RE = guarded(_EXHAUSTIVE_CUE_RE)
