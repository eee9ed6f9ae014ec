"""Participation totals against what the text says they are made of: the active totals' segment breakdowns,
a total that was every participant ever registered, and counts said twice.
"""
from __future__ import annotations

import re
from collections import Counter

from pantau.extract.breakdowns import parts_up_to_the_total
from pantau.extract.context import SentenceContext
from pantau.model import Breakdown, MembershipFigure


# "Dari seluruh peserta tersebut, 41.56 juta ...", "Dari total perusahaan peserta jamsostek itu hanya 20.730 perusahaan
# yang aktif": the sentence points back at the counts before, a few words naming them (the lexicon's part_of_previous
# phrases, "dari jumlah itu", name them with none)
POINTS_BACK_RE = re.compile(r"\bdari\s+(?:total|jumlah|seluruh)\s+(?:[^\W\d]+\s+){1,4}?(?:itu|tersebut)\b", re.I)


def drop_wholes_of_active(figures: list[MembershipFigure], sentence_of: list[int], found: list[MembershipFigure],
                          trace: list[str]) -> None:
    """"48 juta orang peserta. Dari jumlah tersebut yang merupakan peserta aktif 23,8 juta", "mencapai 30.494 perusahaan
    dengan jumlah peserta mencapai 7,6 juta orang. Dari total perusahaan peserta jamsostek itu hanya 20.730 perusahaan
    yang aktif": the counts the sentence points back at were all ever registered, not the active ones (and so is every
    plain count told with them; rule member.whole_of_active)."""
    whole = sentence_of[-1]
    told = [f for f, at in zip(figures, sentence_of) if at == whole]
    workers = [f.value for f in found if f.metric == "active_workers"]
    companies = [f.value for f in found if f.metric == "active_companies"]
    earlier = figures[-1]
    if workers and (earlier.rule_id == "member.plain_count"
                    or (earlier.metric == "active_workers" and earlier.value > max(workers))):
        del figures[-1], sentence_of[-1]
        trace.append("member.whole_of_active")
    elif companies and any(f.metric == "active_companies" and f.rule_id == "member.plain_count" and f.value > max(companies)
                           for f in told):
        _drop_plain_counts_of(figures, sentence_of, {whole}, None, "member.whole_of_active", trace)


def _drop_plain_counts_of(figures: list[MembershipFigure], sentence_of: list[int], sentences: set[int],
                          metric: str | None, rule: str, trace: list[str]) -> None:
    """Drop the plain counts (of `metric`, or any) told in `sentences`: counts of all ever registered."""
    for k in range(len(figures) - 1, -1, -1):
        if sentence_of[k] in sentences and figures[k].rule_id == "member.plain_count" \
                and (metric is None or figures[k].metric == metric):
            del figures[k], sentence_of[k]
            trace.append(rule)


def drop_registered_totals(figures: list[MembershipFigure], sentence_of: list[int], index: int,
                            ctx: SentenceContext, trace: list[str]) -> None:
    """"... berjumlah 3.671.000 pekerja ... . Jumlah itu terdiri atas 1.395.019 peserta aktif ... dan
    2.275.981 peserta nonaktif": a count of the sentence before that is the sum of an active and an
    inactive count here was every participant ever registered (rule veto.member_inactive)."""
    values = [(n.value, n.tolerance) for n in ctx.numbers if n.kind == "count" and n.value]
    # (each part rounded too: "41.56 juta ... aktif. Sisanya, yakni 19.51 juta ..." of "61,08 juta")
    sums = [(a + b, ta + tb) for i, (a, ta) in enumerate(values) for b, tb in values[i + 1:]]
    dropped = set()
    for k in range(len(figures) - 1, -1, -1):
        if sentence_of[k] < index - 2:  # (an exact sum: a sentence on something else may come between)
            break
        if any(abs(figures[k].value - total) <= figures[k].tolerance + tolerance + 1 for total, tolerance in sums):
            dropped.add(sentence_of[k])
            del figures[k], sentence_of[k]
            trace.append("veto.member_inactive")
    # ("mencapai 3.084.211 tenaga kerja yang berasal dari 31.951 perusahaan": the registered workers' companies)
    _drop_plain_counts_of(figures, sentence_of, dropped, "active_companies", "veto.member_inactive", trace)


def drop_plain_counts_before_inactive(figures: list[MembershipFigure], sentence_of: list[int], index: int,
                                      trace: list[str]) -> None:
    """"... kepesertaan mencapai 32.039 perusahaan dan 3.048.466 tenaga kerja. Namun, jumlah tersebut terbagi lagi
    antara yang masih aktif dan non aktif": a plain count right before a sentence on inactive participants counted
    them too, every participant ever registered (rule veto.member_inactive)."""
    for k in range(len(figures) - 1, -1, -1):
        if sentence_of[k] < index - 1:
            break
        if figures[k].rule_id == "member.plain_count":
            del figures[k], sentence_of[k]
            trace.append("veto.member_inactive")


_ACTIVE_WORD_RE = re.compile(r"\baktif\b", re.I)


def drop_plain_counts_above_active(figures: list[MembershipFigure], sentence_of: list[int], contexts: list[SentenceContext],
                                   trace: list[str]) -> None:
    """"jumlah peserta aktif ... 27,75 juta" and then "jumlah peserta ... sebanyak 48,6 juta pekerja" of the same office
    and period; "kepesertaan aktif ... 69.590 peserta dari total kepesertaan sebanyak 130.245": a plain participants
    count above the active count told of the same office and period counts every participant ever registered, not
    the active ones (rule veto.member_inactive)."""
    active = [(g, sentence_of[i]) for i, g in enumerate(figures) if g.metric == "active_workers" and g.rule_id == "member.active"]
    # (not the rows of a list by district, "Kabupaten Jepara sebanyak 41.724 orang, Kabupaten Pati ...": parts by area)
    per_sentence = Counter(sentence for _, sentence in active)
    active = [(g, sentence) for g, sentence in active if per_sentence[sentence] < 3]
    for k in range(len(figures) - 1, -1, -1):
        f = figures[k]
        if f.metric != "active_workers" or f.rule_id != "member.plain_count":
            continue
        # (not "peserta aktif ... 2.825 perusahaan dengan total 63.893 tenaga kerja": said active itself, unless the
        # active word is that of the active count beside it)
        said_active = _ACTIVE_WORD_RE.search(contexts[sentence_of[k]].text) is not None
        if any(g.office == f.office and g.period_end == f.period_end and g.value < 0.95 * f.value
               and (not said_active or sentence == sentence_of[k]) for g, sentence in active):
            del figures[k], sentence_of[k]
            trace.append("veto.member_inactive")


# "untuk jumlah 1,4 juta pekerja tersebut": a count pointed back to is one told before, whatever period or
# area the sentence around it speaks of
_POINTED_BACK_AFTER_RE = re.compile(r"\s*(?:orang\s+|pekerja\s+|peserta\s+|tenaga\s+kerja\s+|perusahaan\s+|"
                                    r"badan\s+usaha\s+)?(?:tersebut|itu)\b", re.I)


def _points_back(body: str, f: MembershipFigure, earlier: list[MembershipFigure]) -> bool:
    return _POINTED_BACK_AFTER_RE.match(body, f.end_char) is not None \
        and any(abs(g.value - f.value) <= g.tolerance + f.tolerance + 1e-9 for g in earlier)


def _same_area(a: MembershipFigure, b: MembershipFigure) -> bool:
    """One area; or one count to the unit told once where the text had not yet named its area (a subtitle
    above the dateline) and again under it: the same figure; or a count to the unit, not round, told again under
    another name of its office ("BPJS Ketenagakerjaan Timika ... 49.505" then "cabang Papua Mimika ... 49.505"): two
    areas do not share a count like 49.505 to the unit."""
    exact = a.tolerance <= 0.5 and b.tolerance <= 0.5
    return a.office == b.office or (exact and "Nasional" in (a.office, b.office)) \
        or (exact and a.value == b.value and a.value >= _UNCOMMON_COUNT and a.value % 100 != 0)


_UNCOMMON_COUNT = 1000  # an exact count this large, not a round hundred, is one area's own


def without_restatements(figures: list[MembershipFigure], sentence_of: list[int] | None = None,
                         body: str = "", trace: list[str] | None = None) -> list[int]:
    """Indices of the figures that do not repeat an earlier one (same metric, office and period, the
    value equal within both printed precisions): "Adapun 41,56 juta orang tersebut ..." is the same count.
    Within one sentence a figure restates another only inside the rounder one's own precision: "masing-masing 4,96
    juta dan 4,95 juta" are two subjects ("... hanya sebanyak 779.174, belum mencapai 1 juta orang" is not)."""
    kept: list[int] = []
    sentence_of = sentence_of or [-1 - i for i in range(len(figures))]
    for i, f in enumerate(figures):
        if body and _points_back(body, f, [figures[k] for k in kept]):
            if trace is not None:
                trace.append("veto.member_pointed_back")
            continue
        if not any(g.metric == f.metric and _same_area(g, f) and g.period_end == f.period_end
                   and abs(g.value - f.value) <= (g.tolerance + f.tolerance if sentence_of[k] != sentence_of[i]
                                                  else max(g.tolerance, f.tolerance)) + 1e-9
                   for k, g in ((k, figures[k]) for k in kept)):
            kept.append(i)
    return kept


_EXHAUSTIVE_CUE_RE = re.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|yakni|yaitu|dengan\s+rincian|rinciannya|"
                                r"(?:dari|atas|di)\s+(?:tiga|ketiga|3)\s+segmen)\b", re.I)


SEGMENTS_REACH = 3  # sentences from an active total to the last of its segments
SEGMENTS = ("active_wage_workers", "active_non_wage_workers", "active_construction_workers", "migrant_workers")


def settled(figures: list[MembershipFigure], sentence_of: list[int], body: str, trace: list[str]):
    """The article's membership figures, restatements left out and wholes told as a segment named for what
    they are, with the breakdowns of its active totals."""
    _rest_beside_added_segment(figures, sentence_of, body, trace)
    wholes = wholes_named_as_a_segment(figures, sentence_of)
    for f in figures:  # the whole and its restatements
        if any(f.metric == w.metric and abs(f.value - w.value) <= f.tolerance + w.tolerance for w in wholes):
            f.metric, f.rule_id = "active_workers", "member.whole_of_segments"
            trace.append("member.whole_of_segments")
    formal = _formal_wholes(figures, sentence_of)
    trace.extend("veto.member_formal_whole" for _ in formal)
    kept = [i for i in without_restatements(figures, sentence_of, body, trace) if i not in formal]
    figures, sentence_of = [figures[i] for i in kept], [sentence_of[i] for i in kept]
    return figures, segment_breakdowns(figures, sentence_of, body)


# ", ditambah 11.870 pekerja bukan penerima upah", "belum termasuk 5.000 peserta BPU": a count set beside the one before,
# not part of it (the noun of the count before and its period, then the joining words, then the added count)
_ADDED_BESIDE_RE = re.compile(r"(?:[^\d.;:]|(?<!\d)\d{4}(?!\d)){0,40}?,?\s*(?:ditambah(?:\s+lagi)?|plus|belum\s+termasuk|tidak\s+termasuk|di\s+luar|"
                              r"selain\s+itu\s+juga|di\s+samping)\s+(?:(?:sebanyak|sekitar|dengan)\s+)?$", re.I)


def _rest_beside_added_segment(figures: list[MembershipFigure], sentence_of: list[int], body: str,
                               trace: list[str]) -> None:
    """"peserta ... berjumlah 77.889 tenaga kerja, ditambah 11.870 pekerja bukan penerima upah (BPU)": a participants
    count with non-wage workers added beside it counts the wage workers (rule member.rest_beside_added_segment)."""
    for i in range(len(figures) - 1):
        rest, added = figures[i], figures[i + 1]
        if rest.metric == "active_workers" and added.metric == "active_non_wage_workers" \
                and sentence_of[i] == sentence_of[i + 1] and _ADDED_BESIDE_RE.match(body[rest.end_char:added.start_char]):
            rest.metric, rest.rule_id = "active_wage_workers", "member.rest_beside_added_segment"
            trace.append(rest.rule_id)


_FORMAL = {"active_wage_workers", "active_construction_workers"}


def _formal_wholes(figures: list[MembershipFigure], sentence_of: list[int]) -> set[int]:
    """A wage workers' count that a later sentence splits into wage workers and construction workers ("73.621 tenaga
    kerja formal ... . Ia merinci, peserta formal terdiri atas 55.974 pekerja penerima upah dan 17.647 pekerja sektor
    jasa konstruksi"): "formal" there counts both, no metric of ours (rule veto.member_formal_whole)."""
    out = set()
    for i, whole in enumerate(figures):
        if whole.metric != "active_wage_workers":
            continue
        for j in range(i + 1, len(figures)):
            wage, pair = figures[j], [k for k in range(j + 1, len(figures)) if sentence_of[k] == sentence_of[j]
                                       and figures[k].metric == "active_construction_workers"]
            if wage.metric == "active_wage_workers" and sentence_of[j] > sentence_of[i] and wage.value < whole.value \
                    and any(abs(wage.value + figures[k].value - whole.value)
                            <= whole.tolerance + wage.tolerance + figures[k].tolerance for k in pair):
                out.add(i)
    return out


def wholes_named_as_a_segment(figures: list[MembershipFigure], sentence_of: list[int]) -> list[MembershipFigure]:
    """A segment's count that its own breakdown shows to be all active workers: "pekerja formal ... 265.910 orang",
    then "terdiri dari 122.417 penerima upah, 22.307 bukan penerima upah dan 121.186 jasa konstruksi" (the parts
    add up to it to the unit of their printing, and span two segments or more)."""
    return [whole for i, whole in enumerate(figures) if whole.metric in SEGMENTS[:2]
            and any(_run_adds_up(whole, figures, sentence_of, i, j) for j in range(i + 1, len(figures))
                    if sentence_of[j] - sentence_of[i] <= SEGMENTS_REACH)]


def _run_adds_up(whole: MembershipFigure, figures: list[MembershipFigure], sentence_of: list[int], i: int,
                 j: int) -> bool:
    """The segment counts from figures[j] on (companies between them skipped, "122.417 penerima upah yang tersebar di
    6.718 badan usaha, 22.307 ...") reach the whole at some point, two kinds or more."""
    run = []
    for k in range(j, len(figures)):
        f = figures[k]
        if f.metric == "active_companies" and run:
            continue
        if f.metric not in SEGMENTS or sentence_of[k] - sentence_of[i] > SEGMENTS_REACH:
            return False
        run.append(f)
        # (wage and construction workers alone make "formal" up, not all: veto.member_formal_whole)
        if len(run) >= 2 and len({p.metric for p in run}) >= 2 and not {p.metric for p in run} <= _FORMAL and \
                abs(sum(p.value for p in run) - whole.value) <= whole.tolerance + sum(p.tolerance for p in run):
            return True
    return False


def _a_year_earlier(a: MembershipFigure, b: MembershipFigure) -> bool:
    return a.period_end is not None and b.period_end is not None and (a.period_end.year + 1, a.period_end.month) \
        == (b.period_end.year, b.period_end.month)


def segment_breakdowns(figures: list[MembershipFigure], sentence_of: list[int], body: str) -> list[Breakdown]:
    """An active total followed (same or next sentence) by its segments -> total vs parts;
    exhaustive only when the text says the parts make up the whole."""
    out = []
    segments = SEGMENTS
    for i, total in enumerate(figures):
        if total.metric != "active_workers":
            continue
        parts = []
        for j in range(i + 1, len(figures)):  # the segments that follow, until another kind of count
            f = figures[j]
            if f.metric not in segments or sentence_of[j] - sentence_of[i] > SEGMENTS_REACH:
                break
            # (a segment's value a year earlier is no part: "formal ada 22,58 juta, tahun lalu masih 20,9 juta")
            if f.office == total.office and not _a_year_earlier(f, total) and all(f.metric != p.metric for _, p in parts):
                parts.append((j, f))
        parts = parts_up_to_the_total(total.value, total.tolerance, parts, lambda p: p[1].value, lambda p: p[1].tolerance)
        if len(parts) < 2:
            continue
        between = body[total.end_char:parts[0][1].start_char]
        # "terdiri dari" over fewer than the three main segments: a segment went unread, so only an
        # excess can be told.
        main = {f.metric for _, f in parts} & set(segments[:3])
        out.append(Breakdown(
            subject="peserta aktif", unit="pekerja", total=total.value, total_tolerance=total.tolerance,
            total_span=(total.start_char, total.end_char),
            parts=[(f.metric, f.value, f.tolerance, (f.start_char, f.end_char)) for _, f in parts],
            exhaustive=(bool(_EXHAUSTIVE_CUE_RE.search(between)) and len(main) == 3)
            or (main == set(segments[:2]) and both_sectors_said(body, total))))
    return out


# "baik dari sektor formal maupun informal ... 609.267 pekerja": a whole said to be both sectors, in its own sentence
_BOTH_SECTORS_RE = re.compile(r"\bformal\s+(?:maupun|dan|serta)\s+(?:sektor\s+)?(?:non-?\s?formal|informal)\b|"
                              r"\bpenerima\s+upah\s+(?:maupun|dan|serta)\s+bukan\s+penerima\s+upah\b", re.I)
_CONSTRUCTION_RE = re.compile(r"\bjasa\s+konstruksi\b|\bjakon\b", re.I)


def both_sectors_said(body: str, total: MembershipFigure) -> bool:
    """The whole is said to be the formal and the informal sector (PU and BPU), and the article names no construction
    segment: those two parts make it up, so they must add up to it."""
    start = max(body.rfind(". ", 0, total.start_char), body.rfind("\n", 0, total.start_char), 0)
    return _BOTH_SECTORS_RE.search(body, start, total.end_char) is not None and not _CONSTRUCTION_RE.search(body)
