"""Benefit-claim figures, sentence by sentence: typed figures -> roles -> vetoes -> program
and side -> frames -> claims; then restatements merged and breakdowns found.

The rules live in claim_rules (sentence and veto rules), claim_roles (amount or case count),
claim_program and linking (program and side), claim_frames (frames and prior figures) and
claim_scope (which whole a figure belongs to); what carries from one sentence to the next (the
program just reported, a list's announced program, another agency in force) is claim_discourse's
`Discourse`.
Every ClaimFigure carries the id of the rule that linked it (`rule_id`).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from pantau.extract import claim_frames as frames
from pantau.extract.claim_applicants import amount_told_after, completes_an_amount, paid_in_next_sentence
from pantau.extract.claim_compared import (DOMINATES_RE, another_schemes_change, compared_years_apart, contrasts_the_last_count, own_year,
                                           mark_compared_earlier, redate_last_year_clause, redated_to_own_year)
from pantau.extract.claim_changes import (change_of_money_not_paid_out, change_stated_apart, compares_counts,
                                          amount_for_cases, gives_both_sides, pending_change, said_again_differently,
                                          says_again)
from pantau.extract.claim_discourse import (Discourse, carry, completes_previous, dates_previous, names_previous,
                                             previous_with_figures, program_list, referred_claim, refers_back,
                                             parts_of_claims_given, said_of_the_total, vetoed_topic_carried)
from pantau.extract.claim_merge import (merge_restatements, period_breakdowns, split_components, total_breakdowns,
                                        total_of_one_program)
from pantau.extract.claim_program import LABEL_LINE_RE, link_program, split_by_another_cut
from pantau.extract.claim_roles import (POINTED_BACK, claimants_counted_before, counts_changed_just_before,
                                        heir_payout_sentence, is_benefit_sentence, role_rule)
from pantau.extract.claim_rules import read_sentence, skip_rule, veto_rule
from pantau.extract.claim_vetoed import included_part, part_of_vetoed_whole, restated_veto
from pantau.extract.context import SentenceContext
from pantau.extract.cues import find_cues
from pantau.extract.dates import on_photo_caption
from pantau.extract.figures import Figure, SentenceCues, worth_follows
from pantau.extract.claim_parts import whole_after_list
from pantau.extract.claim_period_parts import align_parts_with_their_total, start_told_elsewhere
from pantau.extract.claim_sides import (change_tail, compares_other_office, from_before_change, is_change_size,
                                         on_compared_side, worth_after_compared)
from pantau.extract.linking import is_total_row, joint_programs, respective_programs
from pantau.extract.last_year_clause import previous_year_reading
from pantau.extract.claim_scope import (BORROWED_LINKS, JOINT_TOTAL_RE, bind_adjacent_pairs, joint_total_given, part_of_last_claim,
                                         subset_part, pair_each_counts, parts_set_aside, program_in_scope, rough_restatement)
from pantau.extract.tables import table_rows
from pantau.model import Breakdown, ClaimFigure, StatedChange

log = logging.getLogger(__name__)

NOT_OURS = "OTHER"  # the program value of another scheme's name in the lexicon (JPK, "jaminan kesehatan")


@dataclass
class ClaimResult:
    claims: list[ClaimFigure]
    changes: list[StatedChange]
    breakdowns: list[Breakdown]
    rule_errors: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)  # ids of every rule that fired, vetoes and skips included


_WAGE_MULTIPLE_RE = re.compile(r"\s*(?:kali|x)\s*(?:upah|gaji)\b", re.I)
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-•▪*·–]|\d{1,2}[.)]|[A-Z][\w ./()'&-]{0,40}:)\s")


def _period_label(ctx: SentenceContext) -> bool:
    """A row labelled by its period ("Lonjakan paling tajam terjadi pada Juni: 3.082 klaim"): the next value of the
    series told, not an item no program names."""
    colon = ctx.text.find(":")
    return colon > 0 and any(not p.relative and p.span[0] < ctx.start + colon for p in ctx.periods)


def sentence_cues(ctx: SentenceContext) -> SentenceCues:
    return SentenceCues(find_cues(ctx.text, ctx.start))


def extract_claims(body: str, contexts: list[SentenceContext], cues_of=sentence_cues) -> ClaimResult:
    result = ClaimResult([], [], [])
    state = Discourse()
    table_lines = table_rows(body, contexts)
    for index, ctx in enumerate(contexts):
        try:
            _read_sentence(body, ctx, index, contexts, table_lines, state, result, cues_of(ctx))
        except Exception:  # a rule bug costs this sentence's figures, not the article's; counted
            log.exception("claim reading failed on a sentence at %d", ctx.start)
            result.rule_errors.append("claims.sentence")
    if align_parts_with_their_total(result.claims, contexts):
        result.trace.append("period.parts_of_total")
    if start_told_elsewhere(result.claims):
        result.trace.append("period.start_told")
    claims, parts = split_components(result.claims, body, contexts)
    result.breakdowns.extend(parts)
    claims, one_program = total_of_one_program(merge_restatements(claims))
    if one_program:
        result.trace.append("link.total_of_one_program")
    result.breakdowns.extend(total_breakdowns(claims, body))
    result.breakdowns.extend(period_breakdowns(claims))
    result.claims = claims
    return result


def _update_agency(cues: SentenceCues, programs: list, state: Discourse) -> None:
    """Which agency the sentences speak of: the one a sentence names, else the one named last;
    naming ours (or one of our programs) returns to ours."""
    if cues.any("agency_ours") or (programs and state.other_agency and not cues.any("agency_other")):
        state.other_agency = False
    elif cues.any("agency_other"):
        state.other_agency = True


def _read_sentence(body: str, ctx: SentenceContext, index: int, contexts: list[SentenceContext],
                   table_lines: dict, state: Discourse, result: ClaimResult, cues: SentenceCues) -> None:
    figures_before, state.previous_figures = state.previous_figures, any(
        n.kind in ("count", "money") for n in ctx.numbers)
    before = len(result.claims)
    pending, state.pending_percent = state.pending_percent, None
    carried, state.pending_carried = state.pending_carried, False
    state.pending_benefit = state.pending_benefit if pending is not None else None
    _read_claims(body, ctx, index, contexts, table_lines, state, result, cues, figures_before)
    state.heading_program = _heading_program(ctx.text, cues) or (
        state.heading_program if state.heading_program is not None and LABEL_LINE_RE.match(ctx.text) else None)
    if state.list_program or state.heading_program:
        following = _next_item_program(ctx, cues)
        if following:
            state.list_program = following if state.list_program else None
            state.heading_program = following if state.heading_program else None
    if ctx.numbers:
        state.just_given = result.claims[before:]
        percent = any(n.kind == "percent" for n in ctx.numbers)
        stated_alone = len(result.claims) == before and percent
        if pending is not None or percent:  # (most sentences: neither, no second reading)
            pending_change(body, read_sentence(body, ctx, cues), state, result, before, pending, carried, stated_alone)


# "Dibayar: Rp13,132 triliun – Jaminan Kecelakaan Kerja (JKK)": a flattened list's next item named at the line's end
_ITEM_DASH_RE = re.compile(r"\s*[–—-]\s*$")
_ITEM_NAME_END_RE = re.compile(r"[\s()A-Za-z]*$")


def _next_item_program(ctx: SentenceContext, cues: SentenceCues) -> str | None:
    """The program a list row names after a dash at its end, past all its figures: the next rows' program."""
    programs = [c for c in cues.cues if c.has("program")]
    if not programs or not ctx.numbers:
        return None
    last, figures_end = programs[-1], max(n.end for n in ctx.numbers)
    trailing = [p for p in programs if p.start >= figures_end]  # named after every figure of the row
    first = trailing[0] if trailing else None
    if first is None or {p.value("program") for p in trailing} != {last.value("program")}:
        return None
    text, base = ctx.text, ctx.start
    if not _ITEM_DASH_RE.search(text, 0, first.start - base) or text[figures_end - base:first.start - base].strip(" –—-"):
        return None
    return last.value("program") if _ITEM_NAME_END_RE.fullmatch(text, last.end - base) else None


def _read_claims(body: str, ctx: SentenceContext, index: int, contexts: list[SentenceContext],
                 table_lines: dict, state: Discourse, result: ClaimResult, cues: SentenceCues,
                 figures_before: bool) -> None:
    s = read_sentence(body, ctx, cues)
    programs = s.programs
    _update_agency(cues, programs, state)
    named = {p.value("program") for p in programs} - {NOT_OURS}
    if index in table_lines:  # a line of a claim table: read by its columns
        row = table_lines[index]
        if row is not None:
            row.rule_id = "link.total_row" if row.program == "TOTAL" else "link.table_row"
            result.claims.append(row)
            result.trace.append(row.rule_id)
            state.last_program = row.program
        return
    names_previous(ctx, named, state, result)  # (figure-free, or "Nilai itu untuk satu kategori, yakni JKK")
    if not ctx.numbers:
        state.vetoed_money = False
        if dates_previous(cues, ctx, state, result.claims):
            result.trace.append("period.stated_after")
        carry(state, set() if named and on_photo_caption(body, ctx.start) else named, cues, ctx.text, body=body)
        if cues.any("share") and DOMINATES_RE.search(ctx.text):
            state.previous_programs = set()  # "JHT Dominasi Pembayaran Klaim": the largest part named, not the subject
        return
    if state.list_program and not _LIST_ITEM_RE.match(ctx.text):
        state.list_program = None
    apart = change_stated_apart(body, s, result.claims, result.changes)
    if apart:
        result.trace.append("side.change_apart")
    skipped = skip_rule(body, s, state.other_agency) or vetoed_topic_carried(state, cues, named, ctx.text)
    if skipped:
        result.trace.append(skipped)
        carry(state, named, cues, ctx.text, body=body)
        return
    list_row = bool(_LIST_ITEM_RE.match(ctx.text))  # (its rows take the benefit words of the line announcing a list)
    benefit = is_benefit_sentence(body, s) or bool(state.list_program and list_row) or parts_of_claims_given(s, state) \
        or (state.pending_benefit is not None and gives_both_sides(ctx.text))
    roles: list[tuple[Figure, str, str]] = []
    claimants_before = claimants_counted_before(body, result.claims, contexts[index - 1] if index else None)
    counts_changed = counts_changed_just_before(state.just_given)
    vetoed_money, state.vetoed_money = state.vetoed_money, False
    vetoed_before, state.vetoed_amounts, vetoed_here = state.vetoed_amounts, [], []
    for fig in s.figures:
        if fig.num.kind == "foreign_money":
            result.trace.append("veto.foreign")  # "US$ 1,5 miliar", "RM 1,2 miliar": not rupiah benefits
            continue
        if apart and says_again(fig, result.claims[-6:]):
            result.trace.append("skip.said_again_with_change")  # "Tahun lalu angkanya 320 kasus, jadi naik 25 persen"
            continue
        role = said_again_differently(body, s, fig, result.claims) \
            or role_rule(body, s, fig, benefit, [(f, r) for f, r, _ in roles], claimants_before, counts_changed)
        if role is None:
            if _WAGE_MULTIPLE_RE.match(body, fig.end):
                result.trace.append("veto.rule")  # "berhak atas 48 kali upah": an entitlement
            continue
        veto = veto_rule(body, s, fig) or restated_veto(s, fig, vetoed_before) or part_of_vetoed_whole(s, fig, vetoed_here) \
            or included_part(body, s, fig, [f for f, _, _ in roles])
        if veto:
            vetoed_here.append((fig, veto))
            result.trace.append(veto)  # every candidate's veto is told, whether or not the sentence pays
            state.vetoed_money = state.vetoed_money or fig.unit == "money"
            state.vetoed_amounts += [(fig.value, fig.num.tolerance, veto)] if fig.unit == "money" else []
            continue
        roles.append((fig, role[0], role[1]))
    state.vetoed_money = state.vetoed_money and not roles
    total_row = not programs and bool(roles) and is_total_row(ctx.text, state.last_program) \
        and state.heading_program is None  # ("1. Jaminan Kematian (JKM)" then "Total klaim: Rp...": JKM's own)
    if roles and list_row and not programs and not total_row and not state.list_program and not state.heading_program \
            and state.last_program not in (None, "TOTAL") and not s.has("collective") and not _period_label(ctx):
        # "- Lainnya: 38 kasus, Rp 410 juta" after program rows: an item no program names
        result.trace.append("link.unlabelled_item")
        carry(state, named, cues, ctx.text, body=body)
        return
    continues = not programs and len(state.previous_programs) == 1 and not s.has("collective") and (
        (state.previous_benefit and (not s.has("member_noun") or any(r == POINTED_BACK for _, _, r in roles)))
        # cases right after a figure-free sentence naming the program: "... JHT pun menurun. Sampai 30 Juni 2015 tercatat"
        or (index and not contexts[index - 1].numbers and any(f.unit == "case" and f.noun is not None
                                                               for f, _, _ in roles))
        or contrasts_the_last_count(ctx.text, state.just_given, roles))
    if not roles or not (benefit or total_row or state.list_program or refers_back(s, result.claims, vetoed_money)
                         or (state.heading_program and LABEL_LINE_RE.match(ctx.text))
                         or (program_list(body, s, roles) and not state.fund_topic)
                         or (programs and any(r == "cases" for _, r, _ in roles)) or continues
                         or any(r.endswith(".said_again_differently") for _, _, r in roles)
                         # "klaim yang dibayar mencakup empat program, yaitu JHT, JKM, JP serta JKK." then "Porsi terbesar
                         # dipegang jaminan hari tua dengan nilai Rp102,43 miliar": the programs just announced, in turn
                         or (programs and state.previous_benefit and len(state.previous_programs) >= 2
                             and not state.fund_topic and not state.just_given)
                         # "Sejalan dengan JKM, program JP turut menurun ... menjadi Rp649,41 miliar": the next program
                         or (programs and not state.fund_topic
                             and any(c.program != "TOTAL" and not c.is_prior_period for c in result.claims[-2:]))
                         or completes_previous(result.claims, roles,
                                               previous_with_figures(contexts, index, said_of_the_total(s)),
                                               said_of_the_total(s))
                         or (result.claims and (amount_for_cases(roles) or compares_counts(s, roles)))
                         # "... manfaat klaim yang dibayarkan melonjak 154 persen. Nilainya bergerak dari ...": its figures
                         or (state.previous_benefit and s.has("anaphor_figure") and not state.fund_topic)
                         # "Secara keseluruhan, jumlah kasus ... 556.390 kasus" after the programs' claims: their sum
                         or (s.has("collective") and not programs and not state.fund_topic
                             and not s.has("member_noun") and not s.has("active")
                             and any(c.program != "TOTAL" for c in result.claims))):
        if not roles and dates_previous(cues, ctx, state, result.claims):  # its figures count districts or years, not claims
            result.trace.append("period.stated_after")
        if roles and vetoed_money and s.has("anaphor_figure"):
            result.trace.append("skip.points_at_vetoed")  # "angkanya menjadi Rp3.330.505" after a wage: the wage
            state.vetoed_money = True
        carry(state, named, cues, ctx.text, body=body)
        return
    tail = change_tail(body, s)
    respective = respective_programs(body, s, roles)
    main: list[tuple[str, str, object, str]] = []
    compared: list[tuple[str, object]] = []
    linked_at: dict[int, int] = {}  # a figure's start -> its entry in main
    each_pairs: dict[int, int] = {}
    set_aside: list = []  # figures of a part taken from a whole just given (link.subset)
    each = frames.each_amounts(body, s, roles, respective, each_pairs)
    roles = frames.drop_hedged_restatements(body, each)
    if len(roles) < len(each):
        result.trace.append("frames.exact")
    for fig, role, role_id in roles:
        if is_change_size(body, s, fig):
            result.trace.append("veto.change_size")
            continue
        result.trace.extend(role_id.split("+"))
        if fig.start in respective:
            main.append((respective[fig.start], role, frames.mentions(fig), "link.respectively"))
            continue
        if joint_programs(body, s, fig):
            if not s.has("collective") and not JOINT_TOTAL_RE.search(body, max(s.start, fig.start - 30), fig.start) \
                    and not whole_after_list(body, s, fig) and not joint_total_given(main, role):
                result.trace.append("link.joint_programs")
                continue  # "Untuk JKK dan JKM, kami membayarkan 458 kasus": neither program's alone
            # "Secara keseluruhan, dana untuk JKK, JHT, maupun JKM mencapai 31,23 miliar": all of them
            main.append(("TOTAL", role, frames.mentions(fig), "link.collective"))
            continue
        mention = frames.mentions(fig)
        if on_compared_side(body, s, tail, fig.start) and not compares_other_office(s, tail, fig.start):
            if not worth_after_compared(body, s, fig, role, {r for _, r, _, _ in main}):
                compared.append((role, mention))
                continue
            result.trace.append("side.worth_after_compared")
        if from_before_change(body, s, tail, fig):
            compared.append((role, mention))
            result.trace.append("side.before_change")
            continue
        state.sentence_programs = [p for p, _, _, _ in main] or (
            [state.last_program] if state.last_program not in (None, "TOTAL") else [])
        linked = link_program(body, s, fig, role, roles, total_row, state, result.claims, contexts, index, figures_before)
        if linked is not None and "cases.claimants_applied" in role_id and not completes_an_amount(
                linked[0], main, state.just_given) and not worth_follows(body, fig.end, s.end, reach=60) \
                and not amount_told_after(s, fig, roles, linked[0]):
            if not paid_in_next_sentence(contexts, index, linked[0]):
                result.trace.append("veto.not_paid")  # "Dari jumlah itu, 9.860 pekerja mengajukan klaim JKP": filed only
                continue
            result.trace.append("cases.applied_then_paid")
        if linked is not None and linked[1] in BORROWED_LINKS and subset_part(body, s, fig, set_aside):
            set_aside.append(fig)
            result.trace.append("link.subset")  # "Dari jumlah itu, 214 kasus merupakan kecelakaan lalu lintas"
            continue
        if linked is not None and linked[1] in ("link.program_before", "link.program_after") \
                and (split_by_another_cut(body, s, fig, linked[0])
                     or part_of_last_claim(body, s, fig, linked[0], result.claims)):
            result.trace.append("link.subset")  # "Dari 554 kasus kecelakaan kerja, sebanyak 448 kasus ... sembuh"
            continue
        if linked is not None and linked[0] is None:
            result.trace.append(linked[1])  # link.unlabelled_item: no claim
        elif linked is not None and linked[0] != NOT_OURS:  # "klaim jaminan kesehatan": not our program
            main.append((linked[0], role, mention, linked[1]))
            linked_at[fig.start] = len(main) - 1
    pair_each_counts(main, linked_at, each_pairs)
    bind_adjacent_pairs(body, roles, main, linked_at)
    sentence_claims = []
    paired: list = []
    grouped = frames.group_frames(main, body, paired)
    result.trace.extend("frames.worth_after_count" for _ in paired)
    if sum(frames.settle_amount(frame) for frame in grouped):
        result.trace.append("amount.per_case_reading")
    heir = heir_payout_sentence(body, s, state.heir, grouped)
    for frame in grouped:
        if frame.cases is None and frame.amount is not None and heir and frame.amount.value < 1e9:
            result.trace.append("veto.heir_payout")
            continue  # a payout to one heir, not a program figure
        if frame.program == "TOTAL" and s.has("loan") and not (s.has("claim_noun") or s.has("benefit_noun")):
            continue  # a housing loan disbursed, not a benefit paid
        sentence_claims.append(frames.to_claim(frame, s, body))
    if frames.speaks_of_previous_year(s) and ctx.period and not frames.compared_period_stated(body, s, tail):
        shifted, prior = previous_year_reading(s, ctx.period)
        for claim in sentence_claims:
            claim.is_prior_period, (claim.period_start, claim.period_end) = prior, shifted
            claim.rule_id = "side.previous_year"
    for claim in list(sentence_claims):
        if rough_restatement(claim, result.claims, body) is not None:
            result.trace.append("link.rough_restatement")
            if claim.cases is None:
                sentence_claims.remove(claim)  # the total again, in round words
            else:  # its count completes the total (merged as its other half)
                claim.amount_idr, claim.amount_tolerance, claim.amount_span = None, 0.0, None
    sentence_claims, state.part_aside, set_aside = parts_set_aside(sentence_claims, result.claims, state.part_aside,
                                                                   index, ctx.text, s.has("segment"))
    if set_aside:
        result.trace.append("link.part_of_total")
    for claim in sentence_claims:
        linked = program_in_scope(claim, result.claims)
        if linked is not None:
            claim.program, claim.rule_id, claim.is_prior_period = linked
    if sentence_claims:
        redate_last_year_clause(body, s, sentence_claims)
        mark_compared_earlier(body, s, sentence_claims, result.claims)
    compared_clause = tail or s.ctx.compared_lead
    if compared and compared_clause is not None and not another_schemes_change(programs, compared_clause[0]):
        # the figure the change is told of: the last before its clause ("JHT Rp580,8 miliar, naik dibandingkan 2019 ...")
        before_clause = [c for c in sentence_claims if c.start_char < compared_clause[0]]
        current = (before_clause[-1] if before_clause else sentence_claims[-1]) if sentence_claims \
            else None if change_of_money_not_paid_out(s, compared_clause[0]) \
            else redated_to_own_year(body, s, tail, referred_claim(body, s, result.claims),
                                     min(m.start for _, m in compared))
        if not sentence_claims and current is not None and s.has("anaphor_figure"):
            result.trace.append("link.anaphora")  # "Angka tersebut naik dari Rp 30 miliar": the figure just given
        rule = "side.change" if s.ctx.change_at is not None else "side.compared_earlier"
        for i, (group, year) in enumerate(compared_years_apart(body, compared)):
            priors = frames.prior_claims(body, s, compared_clause, group, current, result.changes if i == 0 else [], rule)
            sentence_claims.extend(own_year(prior, year) for prior in priors)
    result.claims.extend(sentence_claims)
    result.trace.extend(c.rule_id for c in sentence_claims)
    own_period = any(not p.relative for p in ctx.periods)
    state.undated = [] if own_period else [c for c in sentence_claims if not c.is_prior_period]
    current_programs = [c.program for c in sentence_claims if not c.is_prior_period]
    carry(state, named, cues, ctx.text, current_programs[-1] if current_programs else None, body)


# "1. Jaminan Kecelakaan Kerja (JKK)" on a line of its own, then label lines "Total klaim: Rp ...", "Jumlah kasus: 357"
_PROGRAM_HEADING_RE = re.compile(r"\W*(?:\d{1,2}[.)]\s*)?[^\d:;,.]{3,60}")
_NOT_HEADING_END = frozenset(":;,.")  # (with the digits: what the pattern's last part cannot end with)


def _heading_program(text: str, cues: SentenceCues) -> str | None:
    """The one program a heading line names (rule link.list_header reads the label lines under it)."""
    # (a heading cannot end with a digit or a stop: most sentences are told by their last character, without a scan)
    if not text or text[-1] in _NOT_HEADING_END or text[-1].isdecimal() or not _PROGRAM_HEADING_RE.fullmatch(text):
        return None
    named = {c.value("program") for c in cues.cues if c.has("program")}
    return named.pop() if len(named) == 1 and "OTHER" not in named else None
