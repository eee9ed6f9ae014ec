"""Benefit-claim figures, sentence by sentence: typed figures -> roles -> vetoes -> program
and side -> frames -> claims; then restatements merged and breakdowns found.

The rules live in claim_rules (sentence, veto and role rules), linking (program and side) and
claim_frames (frames and prior figures); what carries from one sentence to the next (the
program just reported, a list's announced program, another agency in force) is `Discourse`.
Every ClaimFigure carries the id of the rule that linked it (`rule_id`).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from pantau.extract import claim_frames as frames
from pantau.extract.claim_merge import merge_restatements, period_breakdowns, split_components, total_breakdowns
from pantau.extract.claim_rules import (ClaimSentence, is_benefit_sentence, role_rule, skip_rule, split_programs,
                                        veto_rule)
from pantau.extract.context import SentenceContext
from pantau.extract.cues import find_cues
from pantau.extract.figures import Figure, SentenceCues, type_figures
from pantau.extract.linking import (change_tail, compares_other_office, is_change_size, is_total_row, joint_programs,
                                    on_compared_side, program_before_after, respective_programs)
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


@dataclass
class Discourse:
    """What carries across sentences."""

    last_program: str | None = None  # the program of the last current claim (or last named)
    previous_programs: set[str] = field(default_factory=set)  # programs the previous sentence named
    previous_benefit: bool = False  # the previous sentence spoke of benefits
    previous_figures: bool = False  # the previous sentence stated figures
    list_program: str | None = None  # the one program a list's announcing line named
    other_agency: bool = False  # the sentences speak of another insurer (BPJS Kesehatan, ...)
    heir: bool = False  # the previous sentence spoke of an heir or a victim's family
    undated: list[ClaimFigure] = field(default_factory=list)  # the last claim sentence's, if it named no period
    just_given: list[ClaimFigure] = field(default_factory=list)  # the claims of the last sentence with figures
    # The program a claim noun was last given ("pencairan JHT ..."): a later sentence that says
    # "pencairan" again, naming no program, speaks of the same (rule link.same_subject).
    subjects: dict[str, str] = field(default_factory=dict)
    fund_topic: bool = False  # the sentences speak of funds or investment, not of benefits paid
    sentence_programs: list[str] = field(default_factory=list)  # programs linked so far in the sentence read


_WAGE_MULTIPLE_RE = re.compile(r"\s*(?:kali|x)\s*(?:upah|gaji)\b", re.I)
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-•▪*·–]|\d{1,2}[.)]|[A-Z][\w ./()'&-]{0,40}:)\s")


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
    claims, parts = split_components(result.claims, body, contexts)
    result.breakdowns.extend(parts)
    claims = merge_restatements(claims)
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
    _read_claims(body, ctx, index, contexts, table_lines, state, result, cues, figures_before)
    if ctx.numbers:
        state.just_given = result.claims[before:]


def _read_claims(body: str, ctx: SentenceContext, index: int, contexts: list[SentenceContext],
                 table_lines: dict, state: Discourse, result: ClaimResult, cues: SentenceCues,
                 figures_before: bool) -> None:
    programs, excluded = split_programs(body, cues, ctx.start)
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
    if not ctx.numbers:
        _dates_previous(cues, ctx, state)
        _names_previous(ctx, named, state, result)
        _carry(state, named, cues, ctx.text, body=body)
        return
    s = ClaimSentence(ctx, cues, type_figures(body, cues, ctx.numbers, ctx.start), programs, excluded)
    if state.list_program and not _LIST_ITEM_RE.match(ctx.text):
        state.list_program = None
    if frames.change_stated_apart(body, s, result.claims, result.changes):
        result.trace.append("side.change_apart")
    skipped = skip_rule(body, s, state.other_agency)
    if skipped:
        result.trace.append(skipped)
        _carry(state, named, cues, ctx.text, body=body)
        return
    list_row = bool(_LIST_ITEM_RE.match(ctx.text))
    # A list's rows inherit its announcing line's benefit words ("Jumlah penerima manfaat JKP ...:").
    benefit = is_benefit_sentence(body, s) or bool(state.list_program and list_row)
    roles: list[tuple[Figure, str, str]] = []
    for fig in s.figures:
        if fig.num.kind == "foreign_money":
            result.trace.append("veto.foreign")  # "US$ 1,5 miliar", "RM 1,2 miliar": not rupiah benefits
            continue
        role = role_rule(body, s, fig, benefit, [(f, r) for f, r, _ in roles])
        if role is None:
            if _WAGE_MULTIPLE_RE.match(body, fig.end):
                result.trace.append("veto.rule")  # "berhak atas 48 kali upah": an entitlement
            continue
        veto = veto_rule(body, s, fig)
        if veto:
            result.trace.append(veto)  # every candidate's veto is told, whether or not the sentence pays
            continue
        roles.append((fig, role[0], role[1]))
    total_row = not programs and bool(roles) and is_total_row(ctx.text, state.last_program)
    if roles and list_row and not programs and not total_row and not state.list_program \
            and state.last_program not in (None, "TOTAL") and not s.has("collective"):
        # "- Lainnya: 38 kasus, Rp 410 juta" after program rows: an item no program names
        result.trace.append("link.unlabelled_item")
        _carry(state, named, cues, ctx.text, body=body)
        return
    continues = not programs and len(state.previous_programs) == 1 and state.previous_benefit \
        and not s.has("member_noun") and not s.has("collective")  # "Adapun pada Januari-April 2024 mencapai 640 kasus"
    if not roles or not (benefit or total_row or state.list_program or _refers_back(s, result.claims)
                         or (_program_list(body, s, roles) and not state.fund_topic)
                         or (programs and any(r == "cases" for _, r, _ in roles)) or continues
                         # "Sejalan dengan JKM, program JP turut menurun ... menjadi Rp649,41 miliar": the next program
                         or (programs and not state.fund_topic
                             and any(c.program != "TOTAL" and not c.is_prior_period for c in result.claims[-2:]))
                         or _completes_previous(result.claims, roles, contexts[index - 1] if index else None)):
        _carry(state, named, cues, ctx.text, body=body)
        return
    tail = change_tail(body, s)
    respective = respective_programs(body, s, roles)
    main: list[tuple[str, str, object, str]] = []
    compared: list[tuple[str, object]] = []
    linked_at: dict[int, int] = {}  # a figure's start -> its entry in main
    each_pairs: dict[int, int] = {}
    each = frames.each_amounts(body, s, roles, respective, each_pairs)
    roles = frames.drop_hedged_restatements(body, each)
    if len(roles) < len(each):
        result.trace.append("frames.exact")
    for fig, role, role_id in roles:
        if is_change_size(body, s, fig):
            continue
        result.trace.extend(role_id.split("+"))
        if fig.start in respective:
            main.append((respective[fig.start], role, frames.mentions(fig), "link.respectively"))
            continue
        if joint_programs(body, s, fig):
            if not s.has("collective") and not _JOINT_TOTAL_RE.search(body, max(s.start, fig.start - 30), fig.start):
                continue  # "Untuk JKK dan JKM, kami membayarkan 458 kasus": neither program's alone
            # "Secara keseluruhan, dana untuk JKK, JHT, maupun JKM mencapai 31,23 miliar": all of them
            main.append(("TOTAL", role, frames.mentions(fig), "link.collective"))
            continue
        mention = frames.mentions(fig)
        if on_compared_side(body, s, tail, fig.start) and not compares_other_office(s, tail, fig.start):
            compared.append((role, mention))
            continue
        state.sentence_programs = [p for p, _, _, _ in main] or (
            [state.last_program] if state.last_program not in (None, "TOTAL") else [])
        linked = _link(body, s, fig, role, roles, total_row, state, result.claims, contexts, index, figures_before)
        if linked is not None and linked[1] in _BORROWED_LINKS \
                and _PARTITIVE_OPENER_RE.search(body, max(s.start, fig.start - 60), fig.start):
            result.trace.append("link.subset")  # "Dari jumlah itu, 214 kasus merupakan kecelakaan lalu lintas"
            continue
        if linked is not None and linked[0] is None:
            result.trace.append(linked[1])  # link.unlabelled_item: no claim
        elif linked is not None and linked[0] != NOT_OURS:  # "klaim jaminan kesehatan": not our program
            main.append((linked[0], role, mention, linked[1]))
            linked_at[fig.start] = len(main) - 1
    _pair_each_counts(main, linked_at, each_pairs)
    _bind_adjacent_pairs(body, roles, main, linked_at)
    sentence_claims = []
    heir = s.has("heir") or state.heir
    for frame in frames.group_frames(main):
        if frame.cases is None and frame.amount is not None and heir and frame.amount.value < 1e9:
            continue  # a payout to one heir, not a program figure
        if frame.program == "TOTAL" and s.has("loan") and not (s.has("claim_noun") or s.has("benefit_noun")):
            continue  # a housing loan disbursed, not a benefit paid
        sentence_claims.append(frames.to_claim(frame, s, body))
    if frames.speaks_of_previous_year(s) and ctx.period and not frames.compared_period_stated(body, s, tail):
        from pantau.extract.periods import previous_year_of
        shifted = previous_year_of(*ctx.period)
        for claim in sentence_claims:
            claim.is_prior_period = True
            claim.period_start, claim.period_end = shifted
            claim.rule_id = "side.previous_year"
    if sentence_claims:
        frames.mark_compared_earlier(body, s, sentence_claims, result.claims)
    kept = [c for c in sentence_claims if not _part_of_total(c, result.claims)]
    if len(kept) < len(sentence_claims):
        result.trace.append("link.part_of_total")
        sentence_claims = kept
    for claim in sentence_claims:
        only = _the_only_program(claim, result.claims)
        if only is not None:
            claim.program, claim.rule_id = only, "link.only_program"
    compared_clause = tail or s.ctx.compared_lead
    if compared and compared_clause is not None:
        current = sentence_claims[-1] if sentence_claims else _referred_claim(body, s, result.claims)
        if not sentence_claims and current is not None and s.has("anaphor_figure"):
            result.trace.append("link.anaphora")  # "Angka tersebut naik dari Rp 30 miliar": the figure just given
        rule = "side.change" if s.ctx.change_at is not None else "side.compared_earlier"
        sentence_claims.extend(frames.prior_claims(body, s, compared_clause, compared, current, result.changes, rule))
    result.claims.extend(sentence_claims)
    result.trace.extend(c.rule_id for c in sentence_claims)
    own_period = any(not p.relative for p in ctx.periods)
    state.undated = [] if own_period else [c for c in sentence_claims if not c.is_prior_period]
    current_programs = [c.program for c in sentence_claims if not c.is_prior_period]
    _carry(state, named, cues, ctx.text, current_programs[-1] if current_programs else None, body)


def _part_of_total(claim: ClaimFigure, earlier: list[ClaimFigure]) -> bool:
    """"tercatat 656 kasus gagal berangkat dengan manfaat total Rp6,31 miliar" after the total of
    2.368 kasus and Rp55,10 miliar: a figure that names no program, smaller than the total already
    given for its period and office, is a part of it by some other cut (a cause, a segment)."""
    if claim.program != "TOTAL" or claim.rule_id != "link.total_default" or claim.is_prior_period:
        return False
    for total in earlier:
        if total.program != "TOTAL" or total.is_prior_period or total.period_end != claim.period_end \
                or total.office != claim.office:
            continue
        smaller = [(mine, theirs) for mine, theirs in ((claim.amount_idr, total.amount_idr), (claim.cases, total.cases))
                   if mine is not None and theirs is not None]
        if smaller and all(mine < theirs for mine, theirs in smaller):
            return True
    return False


def _parts_follow(body: str, s: ClaimSentence, fig, role: str, roles) -> bool:
    """Figures of the same kind for two or more programs follow this one in its sentence, each
    after its program, all smaller, the first past a clause boundary ("1.286 kasus, dengan ... jaminan
    hari tua 1.081 kasus, disusul ..."; not "6.402 kasus JHT, 1.142 kasus JKK"): this one is their whole."""
    first = next((p for p in s.programs if p.start > fig.end), None)
    if first is None or not re.search(r",|\bdengan\b|\bterdiri\b|\byakni\b|\byaitu\b", body[fig.end:first.start]):
        return False
    later = [f for f, r, _ in roles if r == role and f.start > fig.end]
    named = set()
    for f in later:
        before = [p for p in s.programs if fig.end <= p.start < f.start]
        if before and f.value is not None and fig.value is not None and f.value < fig.value:
            named.add(before[-1].value("program"))
    return len(named) >= 2


def _the_only_program(claim: ClaimFigure, earlier: list[ClaimFigure]) -> str | None:
    """"Ada juga karena perubahan status menjadi PNS berjumlah 120 kasus dengan total pembayaran klaim
    Rp 633,901 juta" in an article that has reported JHT claims only: a figure naming no program,
    smaller than that program's figure of its period and office, is a part of it (link.only_program)."""
    if claim.program != "TOTAL" or claim.rule_id != "link.total_default" or claim.is_prior_period:
        return None
    programs = {c.program for c in earlier if not c.is_prior_period}
    if len(programs) != 1 or "TOTAL" in programs:
        return None
    program = programs.pop()
    for whole in earlier:
        if whole.program == program and not whole.is_prior_period and whole.period_end == claim.period_end \
                and whole.office == claim.office:
            pairs = [(mine, theirs) for mine, theirs in ((claim.amount_idr, whole.amount_idr), (claim.cases, whole.cases))
                     if mine is not None and theirs is not None]
            if pairs and all(mine < theirs for mine, theirs in pairs):
                return program
    return None


def _pair_each_counts(main: list, linked_at: dict[int, int], each_pairs: dict[int, int]) -> None:
    """"tiga pekerja ... menerima santunan JKK masing-masing Rp 150 juta": the count goes with the
    program of the amount paid to each of them."""
    for amount_start, count_start in each_pairs.items():
        if amount_start in linked_at and count_start in linked_at:
            program = main[linked_at[amount_start]][0]
            count = main[linked_at[count_start]]
            if count[0] != program and count[3] in ("link.total_default", "link.previous_sentence"):
                main[linked_at[count_start]] = (program, *count[1:])


# Between an amount and its count in one frame ("Rp 1,26 miliar dari 122.051 kasus", "1.040 kasus
# senilai Rp 22 miliar"): nothing but a joining word.
_AMOUNT_TO_COUNT_RE = re.compile(r"\s*(?:\)\s*)?(?:(?:ini|itu|tersebut)\s+)?(?:yang\s+)?(?:(?:berasal|bersumber|diberikan|"
                                 r"dibayarkan|disalurkan)\s+)?(?:dari|untuk|bagi|atas|kepada)\s+(?:sebanyak\s+|total\s+)?",
                                 re.I)
_COUNT_TO_AMOUNT_RE = re.compile(r"\s*(?:kasus|klaim|peserta|orang|penerima|berkas)?\s*(?:\(\s*|,\s*)?(?:atau\s+)?"
                                 r"(?:senilai|sebesar|dengan\s+(?:nilai|total|jumlah)(?:\s+klaim)?(?:\s+sebesar)?)?\s*", re.I)
_WEAK_LINKS = ("link.total_default", "link.same_subject", "link.previous_sentence")


def _bind_adjacent_pairs(body: str, roles, main: list, linked_at: dict[int, int]) -> None:
    """An amount and a count side by side are one frame: when one was linked by a weak rule
    (a default, the previous sentence's subject) and the other by what the text says, the
    weak one takes the other's program."""
    figs = sorted((fig for fig, _, _ in roles), key=lambda f: f.start)
    for first, second in zip(figs, figs[1:]):
        if first.start not in linked_at or second.start not in linked_at:
            continue
        kinds = {first.unit == "money", second.unit == "money"}
        if kinds != {True, False}:
            continue
        gap_re = _AMOUNT_TO_COUNT_RE if first.unit == "money" else _COUNT_TO_AMOUNT_RE
        if not gap_re.fullmatch(body, first.end, second.start):
            continue
        a, b = main[linked_at[first.start]], main[linked_at[second.start]]
        if a[0] == b[0] or (a[3] in _WEAK_LINKS) == (b[3] in _WEAK_LINKS):
            continue
        weak_at, strong = (linked_at[first.start], b) if a[3] in _WEAK_LINKS else (linked_at[second.start], a)
        main[weak_at] = (strong[0], *main[weak_at][1:])


_POINTS_BACK_OPENER_RE = re.compile(r"^\W*(?:itu|ini|angka\s+(?:itu|ini|tersebut)|jumlah\s+(?:itu|ini|tersebut)|"
                                    r"nilai\s+(?:itu|ini|tersebut))\b", re.I)


def _names_previous(ctx: SentenceContext, named: set[str], state: Discourse, result: ClaimResult) -> None:
    """"... membayarkan klaim total sebesar Rp 94,412 miliar selama tahun 2018. Itu untuk kategori
    jaminan kecelakaan kerja saja.": a figure-free sentence pointing back names the program of the
    figures just given that named none (rule link.named_after)."""
    if len(named) != 1 or not _POINTS_BACK_OPENER_RE.match(ctx.text):
        return
    program = next(iter(named))
    undated = [c for c in state.just_given if c.program == "TOTAL" and c.rule_id == "link.total_default"]
    for claim in undated:
        claim.program, claim.rule_id = program, "link.named_after"
        result.trace.append("link.named_after")


def _dates_previous(cues: SentenceCues, ctx: SentenceContext, state: Discourse) -> None:
    """"Angka itu mengacu pada data Januari sampai dengan 18 Maret 2025.": a sentence pointing back
    at the figures just given dates them (rule period.stated_after), when they named no period."""
    own = [p for p in ctx.periods if not p.relative and p.end is not None]
    undated = [c for c in state.undated if c.period_end is None]
    if not undated or len(own) != 1 or not (cues.any("anaphor_figure") or _DATA_ANAPHOR_RE.search(ctx.text)):
        return
    for claim in undated:
        claim.period_start, claim.period_end = own[0].start, own[0].end
    state.undated = []


_DATA_ANAPHOR_RE = re.compile(r"\b(?:angka|data|jumlah|nilai|capaian)\s+(?:itu|tersebut|ini)\b", re.I)


def _carry(state: Discourse, named: set[str], cues: SentenceCues, text: str, reported: str | None = None,
           body: str = "") -> None:
    """What the next sentence inherits from this one."""
    if reported:
        state.last_program = reported
    elif len(named) == 1:
        state.last_program = next(iter(named))
    state.previous_programs = named
    if named:
        state.subjects = _subject_programs(body, cues) if len(named) == 1 else {}
    state.previous_benefit = any(cues.any(c) for c in _CLAIM_SUBJECT)
    if cues.any("fund") and not state.previous_benefit:
        state.fund_topic = True
    elif state.previous_benefit:
        state.fund_topic = False
    state.heir = cues.any("heir")
    stripped = text.rstrip()
    # (state.previous_figures is this sentence's own here: _read_sentence set it before reading)
    if stripped.endswith(":") or (cues.any("announce") and len(named) == 1 and not state.previous_figures):
        state.list_program = next(iter(named)) if len(named) == 1 and (
            cues.any("claim_noun") or cues.any("benefit_noun") or cues.any("payment") or cues.any("claimant")) else None


_CLAIM_SUBJECT = ("claim_noun", "benefit_noun", "payment")


def _link(body: str, s: ClaimSentence, fig: Figure, role: str, roles, total_row: bool, state: Discourse,
          claims: list[ClaimFigure], contexts, index: int, figures_before: bool) -> tuple[str, str] | None:
    """(program, rule id) of a current figure; None to leave it out."""
    if total_row:
        return "TOTAL", "link.total_row"
    if not any(p.start < fig.start for p in s.programs) and _parts_follow(body, s, fig, role, roles):
        # "Total kasus pada periode itu tercatat 1.286 kasus, ...", "Adapun jumlah kasusnya sebanyak 1.286 kasus
        # dengan ... jaminan hari tua mencapai 1.081 kasus, disusul jaminan kematian 103 kasus, ...": the whole
        return "TOTAL", "link.collective"
    pointed = _points_back(body, s, fig, main_programs=state.sentence_programs)
    if pointed is not None:
        return pointed, "link.anaphora"
    found = program_before_after(body, s, fig)
    if found is not None:
        return found if found[0] is not None else (None, found[1])
    collective = s.has("collective")
    if s.excluded and collective:
        return None  # "Di luar JHT, klaim ketiga program itu ...": the other programs' sum
    if collective:
        return "TOTAL", "link.collective"
    if state.list_program and not s.programs:
        return state.list_program, "link.list_header"
    if s.programs:
        return "TOTAL", "link.total_default"
    if _TOTAL_LEAD_RE.search(body, max(s.start, fig.start - 30), fig.start) \
            and not any(c.program == state.last_program for c in claims):
        # "klaim yang telah dibayarkan ... totalnya Rp 1,26 miliar" after talk of JHT with no JHT figure
        return "TOTAL", "link.collective"
    anaphor = s.cues.last_before(fig.start, "anaphor_figure", since=s.start) or _claim_anaphor(body, s, fig)
    if anaphor is not None and state.last_program:
        return state.last_program, "link.anaphora"
    if _completes_previous(claims, roles, contexts[index - 1] if index else None):
        return claims[-1].program, "link.completes_previous"
    if len(state.previous_programs) == 1 and (
            not any(s.has(c) for c in _CLAIM_SUBJECT) or _next_in_series(claims, s)
            or s.has("application") or (not figures_before and not s.has("total"))):
        # "angka kecelakaan kerja di Jawa Barat selama 2013 cukup tinggi. Jamsostek mencatat 22.438 kasus
        # dengan nilai klaim Rp 89,75 miliar": the figure-free sentence before set the topic.
        return next(iter(state.previous_programs)), "link.previous_sentence"
    if state.last_program and state.last_program != "TOTAL" and not any(s.has(c) for c in _CLAIM_SUBJECT) \
            and not s.has("collective_soft"):
        return state.last_program, "link.previous_sentence"
    same = _same_subject(body, s, state, claims)
    if same is not None:
        return same, "link.same_subject"
    return "TOTAL", "link.total_default"


_TOTAL_LEAD_RE = re.compile(r"\b(?:totalnya|secara\s+total|total\s+keseluruhan)\s*(?:sebesar\s+|senilai\s+|mencapai\s+|"
                            r"sebanyak\s+)?(?:Rp\.?\s*)?$", re.I)


# A part of the figure just given, by some cut other than a program ("Dari jumlah itu, 214 kasus
# merupakan kecelakaan lalu lintas"): no claim of its own when it borrows its program.
_PARTITIVE_OPENER_RE = re.compile(r"\b[Dd]ari\s+(?:\w+\s+){0,3}?(?:itu|tersebut)\s*,\s*(?:sebanyak\s+|sekitar\s+|ada\s+)?$")
_BORROWED_LINKS = ("link.anaphora", "link.previous_sentence", "link.same_subject", "link.completes_previous",
                  "link.total_default")


# "klaim program JKK dan JKM ... senilai total Rp55,10 miliar": the programs' sum
_JOINT_TOTAL_RE = re.compile(r"\b(?:total(?:nya)?|seluruhnya|keseluruhan)\s*(?:sebesar\s+|senilai\s+|mencapai\s+)?"
                             r"(?:Rp\.?\s*)?$", re.I)


_SUBJECT_NOUNS = ("claim_noun", "payment", "benefit_noun")


def _subject_programs(body: str, cues: SentenceCues) -> dict[str, str]:
    """Claim nouns given a program right after them ("pencairan jaminan hari tua", "klaim program JHT")."""
    out = {}
    for noun, nxt in zip(cues.cues, cues.cues[1:]):
        if any(noun.has(c) for c in _SUBJECT_NOUNS) and nxt.has("program") and not noun.has("program") \
                and re.fullmatch(r"\s*(?:program\s+)?", body[noun.end:nxt.start], re.I):
            out[body[noun.start:noun.end].casefold()] = nxt.value("program")
    return out


def _same_subject(body: str, s: ClaimSentence, state: Discourse, claims: list[ClaimFigure]) -> str | None:
    """The same claim noun again, for a stretch as long as the program's last figure's (a series
    "2017 ..., 2018 ..., 2019 hingga Oktober ..."), not a wider one ("semester I ... JKK; sepanjang
    2022, nilai klaim ...": the whole year of all programs)."""
    if not state.subjects or s.has("collective") or s.has("collective_soft"):
        return None
    for cue in s.cues.cues:
        program = state.subjects.get(body[cue.start:cue.end].casefold())
        if program is not None and _comparable_stretch(s, claims, program):
            return program
    return None


def _comparable_stretch(s: ClaimSentence, claims: list[ClaimFigure], program: str) -> bool:
    last = next((c for c in reversed(claims) if c.program == program), None)
    if last is None or s.ctx.period is None or last.period_end is None:
        return True
    here = _months(s.ctx.period)
    there = _months((last.period_start, last.period_end))
    return here is None or there is None or here <= there


_POINTER_RE = re.compile(r"\s*(?:mencapai|sebesar|senilai|sejumlah|adalah|yaitu|yakni|tercatat|hanya|ada)?\s*"
                         r"(?:sebesar\s+|senilai\s+)?(?:Rp\.?\s*)?$", re.I)


def _points_back(body: str, s: ClaimSentence, fig: Figure, main_programs: list[str]) -> str | None:
    """"..., dan nilainya mencapai Rp 52,3 miliar", "; nominalnya Rp 6,4 miliar": a figure led by a word
    pointing back takes the program of the figure just reported in its sentence, else of the last claim."""
    cue = s.cues.last_before(fig.start, "anaphor_figure", since=max(s.start, fig.start - 30))
    if cue is None or not _POINTER_RE.fullmatch(body, cue.end, fig.start):
        return None
    named = [p.value("program") for p in s.programs if p.end <= cue.start]
    if named:
        return named[-1]  # "santunan JKM yang sudah diserahkan ... nilainya mencapai Rp 9,4 miliar"
    return main_programs[-1] if main_programs else None


_CLAIM_ANAPHOR_RE = re.compile(r"\b(?:klaim|manfaat|santunan|pembayaran|dana|angka|nilai|jumlah|nominal|kasus)\s+"
                               r"(?:\w+\s+)?(?:tersebut|itu|ini)\b", re.I)


def _claim_anaphor(body: str, s: ClaimSentence, fig: Figure):
    return _CLAIM_ANAPHOR_RE.search(body, s.start, fig.start)


def _refers_back(s: ClaimSentence, claims: list[ClaimFigure]) -> bool:
    return bool(claims) and (s.has("anaphor_figure") or s.ctx.compared_lead is not None
                             or (s.ctx.change_at is not None and s.has("anaphor")))


_LIST_GAP_RE = re.compile(r"[\s:,()–—-]*(?:(?:sebesar|senilai|sejumlah|yakni|yaitu|berupa|Rp\.?)\s*)*", re.I)


def _program_list(body: str, s: ClaimSentence, roles) -> bool:
    """A list of program figures without any verb ("JHT Rp 1,2 triliun, JKK Rp 58 miliar",
    "JHT: 7.412 kasus, Rp 98,3 M")."""
    for program in s.programs:
        for fig, role, _ in roles:
            if fig.start >= program.end and _LIST_GAP_RE.fullmatch(body, program.end, fig.start):
                return True
    return False


def _months(period) -> int | None:
    start, end = period
    if start is None or end is None:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _next_in_series(claims: list[ClaimFigure], s: ClaimSentence) -> bool:
    """"Pada 2019, klaim JHT tercatat Rp X. Pada 2020, ... nilai klaim tercatat Rp Y": a stretch
    as long as the last program claim's, but another one, continues that program's series."""
    if not claims or s.ctx.period is None or s.has("collective"):
        return False
    last = claims[-1]
    if last.program == "TOTAL" or last.is_prior_period:
        return False
    last_period = (last.period_start, last.period_end)
    length = _months(s.ctx.period)
    return length is not None and s.ctx.period != last_period and length == _months(last_period)


def _completes_previous(claims: list[ClaimFigure], roles, previous: SentenceContext | None) -> bool:
    """The sentence's one figure is an amount, and the previous sentence ended with a current
    program claim that has a case count and no amount."""
    if len(roles) != 1 or roles[0][1] != "amount" or not claims or previous is None:
        return False
    last = claims[-1]
    return last.program != "TOTAL" and not last.is_prior_period and last.cases is not None \
        and last.amount_idr is None and previous.start <= last.start_char < previous.sentence.end


def _referred_claim(body: str, s: ClaimSentence, claims: list[ClaimFigure]) -> ClaimFigure | None:
    """The earlier figure a comparison sentence talks about: the program it names, the TOTAL when
    it speaks of claims in general, else the figure just reported ("Angka tersebut naik ...")."""
    current = [c for c in claims if not c.is_prior_period]
    if not current:
        return None
    limit = s.ctx.change_at or s.end
    named = [p.value("program") for p in s.programs if p.start < limit]
    if named:
        return next((c for c in reversed(current) if c.program == named[-1]), current[-1])
    if any(c.start < limit for c in s.cues.cues if c.has("claim_noun") or c.has("collective")):
        total = next((c for c in reversed(current) if c.program == "TOTAL"), None)
        if total is not None:
            return total
    return current[-1]
