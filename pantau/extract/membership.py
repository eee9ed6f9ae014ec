"""Participation figures, by named rules over typed figures and cue classes.

A count of people or companies is a participation figure when its own list item (the words
between the previous and the next item boundary) and its sentence say what it counts:

  member.active          an active count of the area ("peserta aktif 1,2 juta", "tenaga kerja
                         terlindungi", a list under "jumlah peserta aktif per provinsi:")
  member.segment         an active segment (penerima upah / PU, bukan penerima upah / BPU / informal,
                         jasa konstruksi / jakon; pekerja migran / PMI)
  member.new             new participants of a segment ("penambahan peserta baru PU 12.480")
  member.companies       active companies (perusahaan / badan usaha / pemberi kerja aktif)

and none of these vetoes applies (`veto.*`): a plan or target, registered-only or inactive, not
yet a participant, a single program's participants ("peserta JP"), an audience, people paid a
benefit, another agency's members. A count on the compared side of a change is kept only when
its own period is named ("naik dari 120.093 pada 2017"): membership has no prior flag, each
figure stands for its period.
"""
from __future__ import annotations

import logging
import re

from pantau.extract.claim_roles import is_benefit_sentence
from pantau.extract.claim_rules import ClaimSentence, read_sentence
from pantau.extract.context import SentenceContext
from pantau.extract.figures import WHOLE_LEAD_RE, Figure, SentenceCues, said_tolerance
from pantau.extract.claim_sides import is_change_size
from pantau.extract.member_bases import (COVERED_AFTER_RE, PART_OF_WHOLE_COVERED_AFTER_RE, SHARE_OF_POTENTIAL_AFTER_RE,
                                         WHOLE_OF_ACTIVE_PARTS_AFTER_RE, counts_a_whole_not_ours, government_clause,
                                         whole_not_ours_veto)
from pantau.extract.member_changes import as_new, member_change
from pantau.extract.member_companies import (company_clause, workers_from_active_companies, workers_of_active_companies,
                                             workers_of_new_companies)
from pantau.extract.member_not_counts import example_lead, not_a_participation_count
from pantau.extract.member_periods import member_period
from pantau.extract.member_plain import plain_company_count, plain_count
from pantau.extract.member_rules import (OURS_NEARBY_SENTENCES, PLAN, SEGMENT_METRIC, MemberState, continues_series,
                                         item_of, metric_of, veto_rule)
from pantau.extract.member_segments import next_new_segment, segment_clause_between, segment_of_metric
from pantau.extract.member_series import (earlier_of_series, from_side_after_to_side, from_topic, month_of_series_value,
                                          next_area_in_list, next_of_series, on_compared_side, ranked_whole, period_told_of,
                                          one_segment, series_goes_on, topic_of, topic_segment_after,
                                          unpriced_counts_as_bare)
from pantau.extract.member_totals import (POINTS_BACK_RE, drop_plain_counts_above_active,
                                          drop_plain_counts_before_inactive, drop_registered_totals, drop_wholes_of_active,
                                          settled)
from pantau.extract.member_wording import (ACTIVE_AFTER_RE, PART_OF_TOPIC_OPENER_RE, SAME_FOR_ANOTHER_AREA_RE, THE_REST_RE,
                                          THEIR_NUMBER_RE, growth_alone, reached_of_potential, said_participants,
                                          tells_activity)
from pantau.extract.offices import province_in
from pantau.extract.periods import previous_year_of
from pantau.extract.tables import membership_table_rows
from pantau.model import Breakdown, MembershipFigure, StatedChange

log = logging.getLogger(__name__)

_ROW_NUMBER_RE = re.compile(r"\d{1,2}\s*[.)]\s")
# "- Sleman: 221 ribu", "• Kota Yogyakarta – 142 ribu peserta", "| Riau | 1.108.274 |"
_LIST_ROW_RE = re.compile(r"^\s*(?:(?P<bullet>[-•▪*·–])|\d{1,2}[.)]|\|)?\s*(?P<label>[A-Z][\w .'&()-]{1,40}?)"
                          r"(?:\s*[:|]\s*|\s+[–—-]\s+|(?(bullet)\s+|(?!)))(?:[-–]\s*)?(?:sebanyak\s+|sekitar\s+)?\d")  # ("- PU 312.400")


def extract_membership(body: str, contexts: list[SentenceContext], cues_of,
                       trace: list[str] | None = None,
                       claim_counts: frozenset[int] = frozenset(),
                       changes: list[StatedChange] | None = None) -> tuple[list[MembershipFigure], list[Breakdown]]:
    """Participation figures and the active totals' breakdowns; `trace` collects the ids of the
    rules that fired (vetoes included). `claim_counts`: where the counts the claims read as their
    case counts start; those are people paid, not participants (veto.member_claim_count). `changes`
    collects the stated % changes of participation counts (side.member_change)."""
    trace = [] if trace is None else trace
    figures: list[MembershipFigure] = []
    sentence_of: list[int] = []
    state = MemberState(tells_activity=tells_activity(body, contexts))
    table = membership_table_rows(body, contexts, cues_of)
    for index, ctx in enumerate(contexts):
        try:
            if index in table:
                trace.extend(f.rule_id for f in table[index])
                figures.extend(table[index])
                sentence_of.extend([index] * len(table[index]))
                continue
            cues = cues_of(ctx)
            _agency(cues, state)
            if cues.any("inactive"):
                drop_plain_counts_before_inactive(figures, sentence_of, index, trace)
            if not ctx.numbers:
                state.whole_segment = None
                state.topic_segment = topic_segment_after(ctx, cues, state.topic_segment)
                state.topic_metric = topic_of(cues, ctx.start + len(ctx.text)) or state.topic_metric
                state.list_metric = _announced_metric(ctx.text, cues)
                if _plan_heading(ctx, cues):
                    state.previous_metric = None  # "Target Kepesertaan BPJS Ketenagakerjaan" over its rows: no series
                state.previous_metric = ranked_whole(ctx.text) or state.previous_metric
                continue
            announced = _announced_metric(ctx.text, cues) if ctx.text.rstrip().endswith(":") else None
            vetoes_before = len(trace)
            found = _sentence_members(body, ctx, cues, state, trace, claim_counts, changes)
            state.topic_segment = None if found else topic_segment_after(ctx, cues, state.topic_segment)
            if found and figures and sentence_of[-1] == index - 1 and PART_OF_TOPIC_OPENER_RE.match(ctx.text) \
                    and (figures[-1].metric == found[0].metric or figures[-1].rule_id == "member.plain_count") \
                    and figures[-1].value > found[0].value:
                # "BPU ..., jumlahnya mencapai 205 ribu orang. Namun, yang sudah menjadi peserta baru 77 ribu": the
                # count before was the whole the active part is of ("ada sebanyak 667.892 tenaga kerja": a workforce)
                state.bases.add(figures.pop().value)
                sentence_of.pop()
                trace.append("member.whole_of_active")
            state.whole_segment = one_segment(cues) or (state.whole_segment if found and all(  # (a quote going on by
                segment_of_metric(f.metric) == state.whole_segment for f in found) else None)  # branch: its segment still)
            # (a count only of the change, "Jumlah peserta aktif ... mengalami penurunan 4,19 juta": its subject is the topic)
            vetoed = any(t != "veto.change_size" for t in trace[vetoes_before:])
            state.topic_metric = None if found or vetoed else topic_of(cues, ctx.numbers[0].start)
            if found and figures and (cues.any("part_of_previous") or POINTS_BACK_RE.search(ctx.text)):
                drop_wholes_of_active(figures, sentence_of, found, trace)  # "... 48 juta orang. Dari jumlah tersebut, ..."
            if cues.any("inactive"):
                drop_registered_totals(figures, sentence_of, index, ctx, trace)
            figures.extend(found)
            sentence_of.extend([index] * len(found))
            # a series goes on over sentences of other figures ("..., setara 80 persen dari potensi 780.666
            # pekerja"), for a few sentences
            state.whole_not_ours = not found and counts_a_whole_not_ours(ctx.text, state)
            if not found and ((cues.any("agency_gov") and not cues.any("agency_ours")) or cues.any("not_member")):
                # "Berdasarkan data BPS, jumlah angkatan kerja ... 675.571 orang", "jumlah pekerja yang terkena PHK
                # ... 44.621 orang": the statistics office's counts, or people out of work, follow; not more of the
                # series before
                state.previous_metric, state.misses = None, 0
            if not found and state.grown_metric:
                state.previous_metric, state.misses = state.grown_metric, 0
            state.grown_metric = None
            if found:
                state.previous_metric, state.misses = found[-1].metric, 0
                state.previous_period, state.previous_value = (found[-1].period_start, found[-1].period_end), found[-1].value
                state.companies_active = state.companies_active or any(f.metric == "active_companies" for f in found)
            else:
                state.misses += 1
                if state.misses > SERIES_REACH:
                    state.previous_metric, state.companies_active = None, False
            trace.extend(f.rule_id for f in found)
            if state.list_metric and not _LIST_ROW_RE.match(ctx.text):
                state.list_metric = None
            if announced:  # "Berikut daftar 10 provinsi dengan jumlah peserta aktif terbanyak per Februari 2025:"
                state.list_metric = announced
        except Exception:  # a rule bug costs this sentence's figures, not the article's
            log.exception("membership reading failed on a sentence at %d", ctx.start)
    drop_plain_counts_above_active(figures, sentence_of, contexts, trace)
    return settled(figures, sentence_of, body, trace)


def _agency(cues: SentenceCues, state: MemberState) -> None:
    state.since_ours = 0 if cues.any("agency_ours") else state.since_ours + 1
    if cues.any("agency_ours"):
        state.other_agency = False
    elif cues.any("agency_other"):
        state.other_agency = True
        state.since_ours = OURS_NEARBY_SENTENCES + 1


def _plan_heading(ctx: SentenceContext, cues: SentenceCues) -> bool:
    """A heading line that opens on a target or plan word ("Target Kepesertaan BPJS Ketenagakerjaan"): the rows
    under it are its figures, not more of the participation series before it."""
    text = ctx.text.strip()
    return bool(text) and text[-1] not in ".!?\"”:" and any(
        c.start - ctx.start <= 2 and c.has(t) for c in cues.cues for t in PLAN)


def _announced_metric(text: str, cues: SentenceCues) -> str | None:
    """"Berikut daftar 10 provinsi dengan jumlah peserta aktif terbanyak:": its rows count active
    participants per area (rule member.list_header)."""
    if not (text.rstrip().endswith(":") or cues.any("announce")):
        return None
    if cues.any("inactive") or cues.any("not_member") or cues.any("audience") \
            or any(c.has(t) for c in cues.cues for t in PLAN):
        return None  # (nor a list of the people at an event: "Peserta sosialisasi ... per kabupaten:")
    if cues.any("active") or (cues.any("member_noun") and cues.any("agency_ours") and not cues.any("registered")):
        segment = next((c.value("segment") for c in cues.cues if c.has("segment")), None)
        if segment == "migrant":
            return "migrant_workers"
        return f"active_{SEGMENT_METRIC[segment]}" if segment else "active_workers"
    return None


_MEMBER_UNITS = ("people", "company", "bare")


SERIES_REACH = 2  # sentences with figures but no participation figure a series survives


def _sentence_members(body: str, ctx: SentenceContext, cues: SentenceCues, state: MemberState,
                      trace: list[str], claim_counts: frozenset[int] = frozenset(),
                      changes: list[StatedChange] | None = None) -> list[MembershipFigure]:
    s = unpriced_counts_as_bare(read_sentence(body, ctx, cues))
    if not any(f.unit in _MEMBER_UNITS for f in s.figures):
        return []  # money, cases, percentages only (the loop below passes over every other figure)
    if state.other_agency and not cues.any("agency_ours"):
        return []
    if cues.any("fraud"):
        return []  # a crime's figures
    whole_not_ours = whole_not_ours_veto(ctx.text, s, state)
    if whole_not_ours:
        # "Dari 667.892 ini sebanyak 330.493 pekerja formal", "warga Jember ... 2.430.185 jiwa. Dari jumlah tersebut, ..."
        trace.append(whole_not_ours)
        return []
    government = cues.any("agency_gov")
    benefit = is_benefit_sentence(body, s)
    list_row = _LIST_ROW_RE.match(ctx.text)
    if list_row and _GROUP_COVERAGE_ROW_RE.match(ctx.text, list_row.end() - 1) and not cues.any("segment") \
            and _row_province(list_row.group("label"), "") == "" and not _PLACE_LABEL_RE.match(list_row.group("label")):
        # "• Guru dan tenaga kependidikan: 13.245 dari 56.435": a group's coverage of its own whole, no metric of ours
        trace.append("veto.member_share_base")
        return []
    out = []
    figures = from_side_after_to_side(body, s)
    # a count of the sentence was said inactive, or an audience or staff: so are the next, and the rest in the next sentence
    said_of_all = state.said_of_last if THE_REST_RE.match(ctx.text) or SAME_FOR_ANOTHER_AREA_RE.match(ctx.text) else None
    for fig in figures:
        if government and government_clause(body, s, fig, ours_free=cues.any("agency_ours")) and not said_participants(body, s, fig):
            # a government body's own counts ("BPS mencatat 5 juta pekerja informal"); not its word on ours: "Disnakertrans
            # ... jumlah tenaga kerja yang sudah terlindungi ... mencapai 935.910 peserta"
            trace.append("veto.member_government")
            continue
        if not fig.value or fig.num.range_end is not None or fig.unit not in ("people", "company", "bare"):
            continue
        # "bertambah 3.132.798 jiwa menjadi ...": the change, not a count; but "peserta dari jasa konstruksi bertambah
        # 3.395.973 pekerja": the new participants
        grown = is_change_size(body, s, fig)
        if grown and not growth_alone(body, s, fig) and not (fig.noun is not None and fig.noun.has("member_new")):
            # (but "tambahan 54.557 peserta baru": the count's own noun says they are the new participants)
            trace.append("veto.change_size")
            # ("Pertumbuhan ... penerima upah sebanyak 5.423 orang. Dari 2020 tercatat 32.588 orang ...": the series after
            # is of what grew)
            state.grown_metric = metric_of(body, s, fig, item_of(body, s, fig), state, bool(list_row))
            continue
        # "berjumlah 472.934, bertambah dari 333.163 peserta pada 2022": the compared count is of the same kind
        # ("PU 1.741.471 ...; sementara bukan penerima upah ... dengan realisasi 222.609": the next segment's count)
        parallel = bool(out) and segment_clause_between(s, out[-1].end_char, fig)
        # (of the same kind: "4.377 badan usaha, dengan jumlah pekerja dari 216.634 orang" are no companies)
        compared_bare = bool(out) and (fig.unit == "company") == (out[-1].metric == "active_companies") \
            and fig.unit in ("bare", "people", "company") and on_compared_side(body, s, fig) \
            and (fig.noun is None or not fig.noun.has("segment")) and not parallel
        goes_on = not out and series_goes_on(body, s, fig, state)  # ("Angkanya kembali turun ke 39,70 juta ...")
        series_next = fig.unit == "bare" and not compared_bare and (next_of_series(body, out, fig) or goes_on)
        compared_bare = compared_bare or series_next or (fig.unit == "bare" and next_area_in_list(body, out, fig))
        if fig.unit == "bare" and example_lead(body, s, fig):
            trace.append("veto.member_example")  # "termasuk 6.300 nelayan"
            continue
        if list_row and fig.start - ctx.start < 4 and _ROW_NUMBER_RE.match(body, fig.start):
            continue  # "1. Samarinda: 265.431 pekerja": the row's number
        earlier = earlier_of_series(body, s, fig, state)
        topic = from_topic(s, fig, item_of(body, s, fig), state, out) if state.topic_metric else None
        if fig.unit == "bare" and not (list_row and state.list_metric) and not compared_bare and not earlier and not parallel \
                and not (topic or (state.topic_segment and THEIR_NUMBER_RE.match(ctx.text))) and not company_clause(body, s, fig) \
                and not ACTIVE_AFTER_RE.match(body, fig.end) and not COVERED_AFTER_RE.match(body, fig.end) \
                and not _counted_members(body, s, fig) \
                and not WHOLE_OF_ACTIVE_PARTS_AFTER_RE.match(body, fig.end) \
                and not SHARE_OF_POTENTIAL_AFTER_RE.match(body, fig.end) and not PART_OF_WHOLE_COVERED_AFTER_RE.match(body, fig.end) \
                and not reached_of_potential(body, s, fig):
            continue  # ("namun hanya 510.000 yang aktif", "yang menjadi peserta ... adalah sebesar 163.072")
        item = item_of(body, s, fig)
        veto = veto_rule(body, s, fig, item, benefit)
        if veto is None and fig.start in claim_counts:
            veto = "veto.member_claim_count"  # "JKM Rp75,87 miliar (2.031 tenaga kerja)": people paid
        veto = veto or not_a_participation_count(body, s, fig, item)
        if veto is None and said_of_all and not item.has("active"):
            # "pekerja PU yang tidak aktif 18,53 juta, sedangkan pekerja BPU 979 ribu": the same said of the next; "43
            # orang agen Perisai yang berada di Kantor Perhiptani 28 orang, ...": the agents' rows
            veto = said_of_all
        said_of_all = veto if veto in ("veto.member_inactive", "veto.member_audience") else said_of_all
        if veto == "veto.member_share_base":
            state.bases.add(fig.value)
        if veto:
            trace.append(veto)
            continue
        # "592.392, naik dari 235.657 pada 2021": the compared count is of the same kind as the current one
        metric = "active_workers" if WHOLE_OF_ACTIVE_PARTS_AFTER_RE.match(body, fig.end) \
            else state.previous_metric if earlier or goes_on else topic if topic \
            else out[-1].metric if compared_bare or (continues_series(out, fig, item) and not parallel) \
            else "new_wage_workers" if workers_of_new_companies(body, s, fig) \
            else next_new_segment(out, item, body) or metric_of(body, s, fig, item, state, bool(list_row)) \
            or ("active_workers" if workers_of_active_companies(body, out, fig)
                or workers_from_active_companies(body, s, fig) else None)
        if grown:
            metric = as_new(metric)
        if metric is None:
            continue
        period = (series_next and month_of_series_value(body, out, fig)) or member_period(body, s, fig)
        if period is False and earlier:
            period = (None, None)  # the compared side of a figure just given: dated below from that figure's period
        if period is False and not _TO_SIDE_AFTER_RE.match(body, fig.end):
            continue
        # ("tumbuh 26,26 persen dari 5.774 orang menjadi 7.830 orang": the earlier count of a change, kept undated)
        period = (None, None) if period is False else period if earlier else period_told_of(s, state, period)
        if earlier and state.previous_period and state.previous_period[1] is not None \
                and any(p.relative == "previous_year" for p in ctx.periods):
            period = previous_year_of(*state.previous_period)  # "... tahun lalu terdapat 30,6 juta"
        if earlier and (period[1] is None or tuple(period) == state.previous_period):
            continue  # an earlier period that cannot be dated apart from the figure before it: no series
        office = ctx.office_at(fig.start)
        if list_row:
            office = _row_province(list_row.group("label"), office)
        else:
            office = province_in(body[item.start:item.end], office) \
                or province_in(body[item.reach:item.end], office, bare=True) or office
        # ("jumlah kepesertaan ... aktif di Jawa Tengah untuk ... sebanyak 3.062.280 orang": said active before its item)
        plain = (metric == "active_workers" and not item.has("active") and not _said_active_before(body, s, fig)
                 and plain_count(s, fig, item, state.since_ours <= OURS_NEARBY_SENTENCES)) \
            or (metric == "active_companies" and not item.has("active") and plain_company_count(s, fig, item))
        out.append(MembershipFigure(metric, fig.value, period[0], period[1], office, fig.start, fig.end,
                                    said_tolerance(fig), rule_id="member.series_earlier" if earlier else "member.series_next" if series_next
                                    else "member.topic" if topic == metric else _rule_of(metric, list_row, state, plain)))
    state.said_of_last = said_of_all
    change = member_change(body, s, out) if out and changes is not None else None
    if change is not None:
        changes.append(change)
        trace.append("side.member_change")
    return out


_TO_SIDE_AFTER_RE = re.compile(r"\s*(?:orang|peserta|pekerja|tenaga\s+kerja|perusahaan|badan\s+usaha)?\s*(?:menjadi|jadi)\s+\d", re.I)


def _rule_of(metric: str, list_row, state: MemberState, plain: bool = False) -> str:
    if list_row and state.list_metric:
        return "member.list_header"
    if plain:
        return "member.plain_count"
    if metric.startswith("new_"):
        return "member.new"
    if metric == "active_companies":
        return "member.companies"
    if metric in ("active_workers",):
        return "member.active"
    return "member.segment"


_GROUP_COVERAGE_ROW_RE = re.compile(r"\d[\d.,]*(?:\s+(?:ribu|juta))?\s+(?:orang\s+|pekerja\s+)?dari\s+(?:total\s+)?\d")
_PLACE_LABEL_RE = re.compile(r"\s*(?:Kota|Kabupaten|Kab\.?|Cabang|KCP|Kanwil|Provinsi|Wilayah)\b")


def _row_province(label: str, office: str) -> str:
    from pantau.extract.offices import province_in as find

    return find(f"di {label.strip()}", office) or office


# A bare count said to be the participants: "yang menjadi peserta program ini adalah sebesar 163.072",
# "peserta ... baru mencapai 13,4 persen atau 318.838"
_MEMBERS_LEAD_RE = re.compile(r"\b(?:peserta|kepesertaan)\b(?:[^.;\d]|\b(?:19|20)\d\d\b){0,80}?\b(?:adalah|sebesar|sebanyak|mencapai|tercatat|menjadi|"
                              r"berjumlah)\s+(?:sebesar\s+|sebanyak\s+)?$", re.I)
_SHARE_OR_COUNT_RE = re.compile(r"\b(?:persen|%)\s+atau\s+(?:sebanyak\s+|sekitar\s+)?$", re.I)


# A segment named right before a bare count, its short form in brackets between ("Pekerja Penerima Upah (PU) 36 ribu")
_SEGMENT_THEN_COUNT_RE = re.compile(r"\)?\s*(?:\([^()\d]{1,12}\)\s*)?(?:sebanyak\s+|sejumlah\s+|mencapai\s+|:\s*)?$", re.I)


# A bare count said of a segment after it ("83.194 untuk sektor BPU", "121 ribu di antaranya berasal dari segmen BPU")
_FOR_SEGMENT_AFTER_RE = re.compile(r"\s+(?:di\s*antaranya\s+(?:berasal\s+)?)?(?:untuk|bagi|dari|di)\s+(?:sektor|segmen|kategori|kelompok)\s+"
                                   r"(?:pekerja\s+|tenaga\s+kerja\s+|peserta\s+)?", re.I)


def _said_active_before(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"aktif" said before the figure in its sentence ("jumlah kepesertaan ... aktif di Jawa Tengah untuk ... sebanyak
    3.062.280 orang"); not of the count right before it ("1.150 perusahaan aktif dan 62.300 tenaga kerja"), nor before
    a whole the figure is said to be ("... 69.590 peserta dari total kepesertaan sebanyak 130.245 peserta")."""
    active = s.cues.last_before(fig.start, "active")
    if active is None:
        return False
    last = s.last_count_end(fig.start)
    own = last > s.start and 0 <= active.start - last <= _OWN_ACTIVE_CHARS
    return not own and WHOLE_LEAD_RE.search(body, max(s.start, fig.start - 40), fig.start) is None


_OWN_ACTIVE_CHARS = 25  # "1.150 perusahaan aktif": the word says what the count just before is


def _counted_members(body: str, s: ClaimSentence, fig: Figure) -> bool:
    lead_start = max(s.start, fig.start - 120)
    if _MEMBERS_LEAD_RE.search(body, lead_start, fig.start):
        return True
    segment = s.cues.last_before(fig.start, "segment", since=max(s.start, fig.start - 40))
    if segment is not None and _SEGMENT_THEN_COUNT_RE.fullmatch(body, segment.end, fig.start):
        return True  # ("..., yang meliputi Pekerja Penerima Upah (PU) 36 ribu, Pekerja Bukan Penerima Upah (BPU) 125 ribu")
    after = _FOR_SEGMENT_AFTER_RE.match(body, fig.end)
    if after is not None and s.cues.first_after(fig.end, "segment", until=after.end() + 1) is not None:
        return True  # ("terdiri dari 513.889 tenaga kerja aktif untuk sektor PU dan 83.194 untuk sektor BPU")
    return bool(_SHARE_OR_COUNT_RE.search(body, max(s.start, fig.start - 30), fig.start)) \
        and (s.cues.any("member_noun") or s.cues.any("segment"))
