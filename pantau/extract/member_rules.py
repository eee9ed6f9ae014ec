"""What a participation count counts: its list item and subject, the vetoes that make it no
participation figure (`veto.member_*`), and its metric (active, a segment, new participants,
companies). Read by pantau.extract.membership, which walks the sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pantau.extract.claim_parts import PARTITIVE_SENTENCE_RE, PARTS_OF_THAT_RE, profiled
from pantau.extract.claim_rules import ClaimSentence, won_after_paying
from pantau.extract.cues import Cue
from pantau.extract.figure_surroundings import RATE_AFTER_RE
from pantau.extract.figures import Figure
from pantau.extract.lexicon import SEGMENT_METRIC
from pantau.extract.offices import PROVINCE_NAME
from pantau.extract.member_bases import (COVERAGE_SHARE_BEFORE_RE, COVERED_AFTER_RE, COVERED_BEFORE_RE,
                                         NOT_PARTICIPANTS_BEFORE_RE, PART_OF_WHOLE_COVERED_AFTER_RE, SHARE_OF_POTENTIAL_AFTER_RE,
                                         WHOLE_OF_COVERED_PART_BEFORE_RE, base_before_covered, covers_a_workforce,
                                         share_base, whole_then_covered_part)
from pantau.extract.member_companies import (PAIRED_WORKERS_RE, companies_beside_workers, some_of_the_companies,
                                              company_clause, company_headed, enrolling_its_workers,
                                              paying_companies, participating_companies, companies_paired_with_participants)
from pantau.extract.member_plain import QUALIFIERS, after_lead_aside, names_a_subset, plain_company_count, plain_count
from pantau.extract.member_changes import change_restated_as_new
from pantau.extract.member_not_counts import a_rate, apart_from_series, example_lead, included_part, program_only
from pantau.extract.member_segments import (active_part_of_whole, appositive_metric, both_segments_after, excluded,
                                           segment_in_lead, segment_of_its_whole, segment_of_metric, segment_of_share_base,
                                           segment_of_listed_whole, segment_of_relative_clause, segment_pointed_back)
from pantau.extract.member_wording import (CLAUSE_END_RE, PART_OF_TOPIC_OPENER_RE, REGISTERED_AND_ACTIVE_AFTER_RE,
                                          SAID_COVERED_AFTER_RE, THEIR_NUMBER_RE, denied_later, enrolled_during, inactive_subject, new_after,
                                          parts_of_new_count, pointed_back_count, reached_of_potential, realised_after, realised_of_potential, says_new,
                                          segment_said_before, whole_of_an_active_part)
from pantau.extract.plans import plan_before
from pantau.model import MembershipFigure


# ("terdaftar kini mencapai 44,3 juta dengan peserta aktif sekitar 25,4 juta": "dengan" opens the next count's subject)
ITEM_BOUNDARY_RE = re.compile(r",\s|;\s|\s(?:dan|serta|sedangkan|sementara|namun|tetapi|sehingga)\s|\s[–—-]\s|"
                              r"\sdengan\s(?=(?:jumlah\s+|total\s+)?peserta\b)|"
                              r"\((?=\s*\d)", re.I)
PLAN = ("target", "future")


OURS_NEARBY_SENTENCES = 3  # how far back a naming of our agency still makes a plain "peserta" count ours


@dataclass
class MemberState:
    """What carries across sentences for membership."""

    list_metric: str | None = None  # a list's announcing line named what its rows count
    other_agency: bool = False
    previous_metric: str | None = None  # the metric of the last figure found (a series continues it)
    previous_period: tuple | None = None  # and its period
    previous_value: float = 0.0  # and its value
    grown_metric: str | None = None  # the metric of a change's size just read (what grew), if the sentence found none
    misses: int = 0  # sentences with figures read since, none of them a participation figure
    companies_active: bool = False  # the last count of companies was of active ones (a list goes on)
    bases: set = field(default_factory=set)  # workforce counts a coverage share was of ("dari total 667.892")
    whole_not_ours: bool = False  # the last sentence with counts counted a population or workforce, none of ours
    topic_segment: str | None = None  # the one segment a sentence with no figure spoke of, for a "Jumlahnya" after it
    whole_segment: str | None = None  # the one segment of the last sentence, whose counts were none of participants
    said_of_last: str | None = None  # the veto the last sentence's counts shared (inactive, audience): for its "sisanya"
    topic_metric: str | None = None  # the active count a sentence spoke of with no count of it found (member_series.topic_of)
    # the article tells active from inactive ("aktif", "nonaktif"): only then is "terdaftar" all ever registered
    tells_activity: bool = True
    since_ours: int = OURS_NEARBY_SENTENCES + 1  # sentences since our agency was last named


@dataclass
class Item:
    start: int
    end: int
    text: str
    cues: list[Cue] = field(default_factory=list)
    reach: int = 0  # where the words about this count may begin: the previous count's end or the sentence start
    covered_after: re.Match | None = None  # "... orang yang sudah menjadi peserta" after the count (two rules ask)

    def has(self, cls: str) -> bool:
        for c in self.cues:  # (a loop, not any(): asked for every count's item)
            if cls in c.classes:
                return True
        return False

    def value(self, cls: str) -> str | None:
        return next((c.value(cls) for c in self.cues if c.has(cls)), None)


def item_of(body: str, s: ClaimSentence, fig: Figure) -> Item:
    """The figure's list item: back to the previous figure or item boundary, on to the next."""
    lo = s.start
    for other in s.figures:
        if other.end <= fig.start and other.unit not in ("year",):
            lo = max(lo, other.end)
    label_lo = lo
    for boundary in ITEM_BOUNDARY_RE.finditer(body, lo, fig.start):
        label_lo = boundary.end()
    # "Tenaga kerja aktif: 172.940": a colon right before the count ends its label, not its item.
    if label_lo > lo and body[label_lo - 2:label_lo].strip() == ":" and not body[label_lo:fig.start].strip():
        label_lo = lo
    hi = s.end
    for other in s.figures:
        if other.start >= fig.end and other.unit not in ("year",):
            hi = min(hi, other.start)
            break
    boundary = ITEM_BOUNDARY_RE.search(body, fig.end, hi)
    end = boundary.start() if boundary else hi
    return Item(label_lo, end, body[label_lo:end], [c for c in s.cues.cues if label_lo <= c.start < end], lo,
                COVERED_AFTER_RE.match(body, fig.end))


# "Jumlahnya 112.000 orang", "Dari target 915.300, yang terealisasi ... 915.019", "... sejak 2019. Pada tahun itu peserta
# aktif tercatat 539.239 orang": the segment just spoken of
_BACK_TO_TOPIC_RE = re.compile(r"\W*(?:pada|di)\s+(?:tahun|saat|waktu|periode)\s+(?:itu|tersebut)\b", re.I)


def _subject(body: str, s: ClaimSentence, fig: Figure) -> list[Cue]:
    """The cues of the sentence's opening clause, when the figure is its first count: the subject
    a list of counts shares ("Jumlah ini terdiri dari peserta aktif kategori PU 26,26 juta; BPU ...")."""
    since = after_lead_aside(s)
    return [c for c in s.cues.cues if since <= c.start < fig.start]


def _generic_noun(fig: Figure) -> bool:
    """Counted in people with no word of what they are ("120.093 orang", "1,2 juta jiwa")."""
    return fig.noun is not None and fig.noun.has("people_noun") and not any(
        fig.noun.has(c) for c in ("member_noun", "segment", "claimant", "heir", "active", "member_new"))


_PLAIN_MEMBER_NOUN = frozenset({"member_noun", "people_noun"})  # "peserta", "tenaga kerja": no kind of their own


def continues_series(out: list[MembershipFigure], fig: Figure, item: Item) -> bool:
    """"sebanyak 539.299 orang, lalu menurun pada 2020 menjadi 389.760 orang": a later count in
    the sentence, in people with nothing of its own said about them, is of the kind just read (people
    never go on a count of companies)."""
    if not out or out[-1].metric.startswith("new_") or (out[-1].metric == "active_companies" and fig.unit == "people"):
        return False
    if _generic_noun(fig):
        return not any(item.has(c) for c in ("segment", "active", "member_noun", "registered", "member_new"))
    if fig.unit == "company":  # "meningkat dari 11.420 badan usaha pada 31 Desember 2016 menjadi 12.905 badan usaha"
        return out[-1].metric == "active_companies" and item.has("to_side") and not any(
            item.has(c) for c in ("registered", "member_new", "inactive", "target", "future"))
    # "... mencapai 235.657 peserta, lalu meningkat 42,38 persen pada 2022 menjadi 333.163 peserta": the bare
    # word "peserta" on the far side of a change says nothing of its own either (but "jumlah perusahaan yang menjadi
    # peserta mencapai 1.106" names companies)
    return fig.noun is not None and fig.noun.tags <= _PLAIN_MEMBER_NOUN and item.has("to_side") and not any(
        item.has(c) for c in ("segment", "active", "registered", "member_new", "inactive", "target", "future",
                              "company_noun"))


# the count's noun, then "yang ditargetkan" / "yang menjadi sasaran": the count is a target
_TARGETED_AFTER_RE = re.compile(r"[^,;.\d]{0,30}?\byang\s+(?:(?:di)?target\w*|menjadi\s+(?:target|sasaran)|disasar)\b",
                                re.I)


def veto_rule(body: str, s: ClaimSentence, fig: Figure, item: Item, benefit: bool) -> str | None:
    """The rule that says this count is not a participation figure, if any."""
    cues = s.cues
    if plan_before(cues, fig.start, body, s.start) and not (item.covered_after and (
            item.covered_after.group("yang") or any(f.unit in ("people", "bare") and f.end <= fig.start for f in s.figures))):
        # "ditargetkan 70 juta peserta", "membidik 40 juta tenaga kerja sudah terlindungi pada 2018"; not "dari total
        # potensi 2,80 juta pekerja, baru 1,32 juta orang yang sudah mengikuti program", "potensi angkatan kerja ...
        # 155.222 orang, dari jumlah itu 128.358 orang sudah menjadi peserta": those already covered
        return "veto.member_plan"
    if item.has("rule") and not item.has("active"):
        return "veto.member_plan"  # "Perda ... tentang Perlindungan Kepada Pekerja BPU sebanyak 25 ribu": what a rule sets
    if _TARGETED_AFTER_RE.match(body, fig.end, s.end) or realised_after(body, s, fig):
        # "dari total 55.000 pekerja yang ditargetkan": the target, told after the count; "pekerja informal 20.386 dan
        # terealisasi 16.331 peserta": what was realised of it follows
        return "veto.member_plan"
    if RATE_AFTER_RE.match(body, fig.end, s.end) or a_rate(body, s, fig, item):
        # "sampai 7000 peserta setiap bulannya", "setiap hari ada sekitar dua pekerja yang celaka": how many a day or
        # a month, no count of participants
        return "veto.member_rate"
    if item.has("inactive") or item.has("not_member") or denied_later(body, s, fig) or inactive_subject(s, fig):
        return "veto.member_inactive"  # "140 ribu pekerja informal ... yang belum terlindungi"
    audience = next((c for c in item.cues if c.has("audience")), None)
    if audience is not None and not (body[audience.start:audience.end].casefold() == "diikuti" and (
            s.cues.first_after(audience.end, "segment", until=audience.end + 20) or _AREA_NEXT_RE.match(body, audience.end))) \
            and not (item.covered_after and item.covered_after.group("yang")):  # ("... yang sudah mengikuti program ...": covered)
        # "sosialisasi yang diikuti 150 peserta"; not a ranking, "didominasi PU ..., diikuti peserta BPU sebanyak 76.757"
        return "veto.member_audience"
    if fig.unit in ("people", "bare") and profiled(body, s, fig):
        return "veto.member_profile"  # "peserta aktif laki-laki berjumlah 28,98 juta orang"
    if (share_base(body, s, fig) or base_before_covered(body, fig.end)) and not covers_a_workforce(body, s, fig) \
            and not reached_of_potential(body, s, fig) \
            or (whole_then_covered_part(body, fig.end, s.end) and not item.has("active")) \
            or (WHOLE_OF_COVERED_PART_BEFORE_RE.search(body, max(s.start, fig.start - 40), fig.start)
                and PART_OF_WHOLE_COVERED_AFTER_RE.match(body, _part_end(body, s, fig))):
        # "45,67 persen dari jumlah pekerja ... menurut BPS yang sebanyak 802.246 orang"; "penerima upah jumlahnya
        # 1,020,168 orang dan yang sudah tercover ... 550,712 orang": the workforce the participants are a share of
        return "veto.member_share_base"
    if included_part(body, s, fig):
        return "veto.member_example"
    if example_lead(body, s, fig) and not item.has("segment"):
        # (a segment after "di antaranya" lists the segments themselves: "di antaranya 72.480 pekerja BPU")
        return "veto.member_example"  # "termasuk 6.300 nelayan", "di antaranya 14.500 pekerja": a part named
    if fig.unit == "people" and fig.noun is not None and fig.noun.start > fig.start and \
            (fig.noun.has("claimant") or fig.noun.has("heir")):
        return "veto.member_claimants"  # "1,3 juta penerima manfaat"
    if benefit and fig.unit == "people" and not _said_active(s, fig, item) and not won_after_paying(s, fig) and (
            not (item.has("segment") or item.has("member_noun")) or cues.any("payment") or cues.any("claimant")):
        return "veto.member_claimants"  # people paid a benefit
    only = program_only(body, s, fig, item)
    if only:
        return only
    if item.has("contribution") and not item.has("active") and not paying_companies(body, fig):
        return "veto.member_contribution"  # "iuran dari 42.000 pekerja"; not "iuran dibayar oleh 412 perusahaan"
    return None


_ENROLLED_AS_PARTICIPANTS_RE = re.compile(r"\b(?:jumlah|total)\s+[^,.;\d]{0,40}?\byang\s+(?:sudah\s+|telah\s+)?"
                                          r"(?:di)?daftar(?:kan)?\s+sebagai\s+peserta\b", re.I)


def _active_later(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"21 juta jiwa yang telah mengikuti program BPJS Ketenagakerjaan dan aktif membayar iuran"; a share
    restating the count does not end its clause ("222 ribu pekerja atau sekitar 50 persen ... terlindungi"), but the
    active part named next does ("Dari 48 juta ..., yang masih aktif 23,8 juta": the next count's word)."""
    if not s.cues.any("active"):
        return False
    stop = CLAUSE_END_RE.search(body, fig.end, s.end)
    end = stop.start() if stop else s.end
    nxt = next((f.start for f in s.figures if f.start > fig.end and f.unit != "percent"), end)
    nxt = part.start() if nxt < end and (part := _ACTIVE_PART_NEXT_RE.search(body, fig.end, nxt)) else nxt
    return any(c.has("active") for c in s.cues.between(fig.end, min(end, nxt)))

# "diikuti Kota Bitung 231 ...", "diikuti Kalimantan Timur sebanyak 1,31 juta": a ranking goes on
_AREA_NEXT_RE = re.compile(r"\s+(?:oleh\s+)?(?:(?:Kota|Kabupaten|Kab\.|Provinsi|Kecamatan)\s|" + PROVINCE_NAME + r"\b)")
_ACTIVE_PART_NEXT_RE = re.compile(r",\s*(?:dan\s+|sedangkan\s+)?yang\s+(?:masih\s+|tetap\s+|sudah\s+)?aktif\b", re.I)  # _active_later
def metric_of(body: str, s: ClaimSentence, fig: Figure, item: Item, state: MemberState, list_row: bool) -> str | None:
    row_segment = next((c.value("segment") for c in s.cues.cues if c.has("segment") and c.start < fig.start), None)
    if list_row and state.list_metric and fig.unit in ("people", "bare"):
        if row_segment and state.list_metric == "active_workers":  # "- Penerima upah: 120.000 orang" under active
            return "migrant_workers" if row_segment == "migrant" else f"active_{SEGMENT_METRIC[row_segment]}"
        return state.list_metric
    company = fig.unit == "company" or (
        (fig.unit == "bare" or (fig.noun is not None and fig.noun.start < fig.start))
        and (company_headed(item, fig) or company_clause(body, s, fig))) \
        or (fig.unit == "bare" and some_of_the_companies(body, s, fig))
    subject = _subject(body, s, fig)
    # ("Jumlah 2,5 juta peserta aktif tersebut terdiri dari PU, PMI, BPU dan jasa konstruksi": the parts named after it)
    parts_from = next((c.start for c in item.cues if c.has("breakdown") and c.start >= fig.end), None)
    segments = {c.value("segment") for c in item.cues if c.has("segment") and not excluded(body, item, c)
                and (parts_from is None or c.start < parts_from)}
    if not segments and any(c.has("segment") for c in item.cues):
        # every segment the item names is excluded: the one named before the exclusion is the count's
        segments = {c.value("segment") for c in s.cues.between(item.reach, item.start)
                    if c.has("segment") and not excluded(body, item, c)}
    elif not segments and fig.noun is not None and fig.noun.has("segment") and fig.noun.start < fig.start \
            and not s.cues.between(fig.noun.end, fig.start, "member_noun"):  # (not "... PU ... dan peserta yang aktif 29.040")
        segments = {fig.noun.value("segment")}  # "jumlah pekerja migran ... naik ... menjadi 262.999": its subject
    if len(segments) > 1 and (own := segment_of_relative_clause(body, item, fig)):
        segments = {own}
    segment = segments.pop() if len(segments) == 1 and not both_segments_after(body, s, fig) else None
    covered = COVERED_BEFORE_RE.search(body, max(s.start, fig.start - 140), fig.start) is not None \
        or realised_of_potential(body, s, item.cues, item.start) or reached_of_potential(body, s, fig) \
        or item.covered_after is not None \
        or SHARE_OF_POTENTIAL_AFTER_RE.match(body, fig.end) is not None \
        or PART_OF_WHOLE_COVERED_AFTER_RE.match(body, fig.end) is not None \
        or covers_a_workforce(body, s, fig) or active_part_of_whole(s, fig) \
        or any(c.has("coverage") and c.has("member_noun") for c in subject) \
        or (COVERAGE_SHARE_BEFORE_RE.search(body, max(s.start, fig.start - 25), fig.start) is not None
            and (any(c.has("coverage") or c.has("active") or c.has("actual") or c.has("registered")
                 for c in s.cues.cues if c.start < fig.start)
                 or (fig.noun is not None and fig.noun.has("member_noun"))))
    # ("1,32 juta orang (yang) sudah mengikuti program", "623.409 atau 80 persen dari 780.666 potensi peserta",
    # "capaian kepesertaan ... tercatat 50,88 persen atau baru 935.079 peserta")
    if not segments and not segment and covered:
        # "untuk tenaga kerja penerima upah jumlahnya ... dan yang sudah tercover ... 550,712 orang": the sentence's segment
        segment = segment_said_before(body, s, fig, state.whole_segment)
    if not segments and not segment:
        segment = segment_in_lead(s, fig, subject) or segment_of_its_whole(s, fig) or segment_of_share_base(body, s, fig) \
            or segment_of_listed_whole(s, fig)  # ("80 ribu pekerja rentan ..., yaitu 32.268 pekerja di Paser dan ...")
    # (or a count said covered, naming no segment and no total: "Untuk sektor pekerja BPU, masih ada tantangan. Dari
    # target 136 ribu pekerja, saat ini baru 52 ribu yang terlindungi")
    from_topic = not segments and not segment and bool(state.topic_segment) and (
        bool(THEIR_NUMBER_RE.match(s.text))
        or ((SAID_COVERED_AFTER_RE.match(body, fig.end) or _BACK_TO_TOPIC_RE.match(s.text))
            and not s.has("total") and not s.has("segment")))
    if from_topic:
        segment = state.topic_segment  # "... Pekerja Jasa Konstruksi tidak mutlak ... . Jumlahnya 112.000 orang pekerja"
    elif not segments and not segment and state.whole_segment and PART_OF_TOPIC_OPENER_RE.match(s.text):
        segment = state.whole_segment  # "BPU ..., jumlahnya mencapai 205 ribu orang. Namun, yang sudah menjadi peserta ..."
    if not segments and not segment and s.cues.any("segment_anaphor") and segment_pointed_back(s, fig):
        # "peserta dari sektor pekerja nonformal ... 21.800 orang. Tahun ini tercatat 17 ribu peserta baru dari sektor
        # itu": the segment of the count before
        segment = segment_of_metric(state.previous_metric)
    # "3.215 tenaga kerja jasa konstruksi baru": new, said after the count
    is_new = (item.has("member_new") and any(says_new(body, c) for c in item.cues)
              and not change_restated_as_new(body, item.cues, fig)) \
        or _new_subject(body, subject) \
        or new_after(body, fig, item.end) or parts_of_new_count(body, s.ctx.text, s.start) \
        or enrolled_during(body, s.start, fig.start)
    enrolled_count = item.has("enrolled") and _ENROLLED_AS_PARTICIPANTS_RE.search(body, s.start, fig.start) is not None
    registered_only = (item.has("registered") or item.has("enrolled")) and state.tells_activity \
        and not _said_active(s, fig, item) \
        and not enrolled_count and not covers_a_workforce(body, s, fig) \
        and not REGISTERED_AND_ACTIVE_AFTER_RE.match(body, fig.end)  # ("79.364 pekerja yang terdaftar dan masih aktif")
    active = item.has("active") or _active_subject(s, fig, subject) or _active_later(body, s, fig) or covered \
        or (item.has("registered") and not state.tells_activity)  # "ada 350.000 pekerja yang terdaftar di BPJS ..."
    if whole_of_an_active_part(body, s, fig, covered or item.has("registered")):
        return None  # "terdaftar ... 18.000, tetapi hanya 14.000 yang membayar iuran", "80.000 orang, tinggal 41.000 yang aktif"
    if company:
        # "disusul Kota Bitung 231 perusahaan dengan 10.794 tenaga kerja" after active companies: the list goes on
        listed = state.companies_active and PAIRED_WORKERS_RE.match(body, fig.end) and not _qualified(s, fig, item)
        if enrolling_its_workers(body, fig) and not is_new and not plan_before(s.cues, fig.start, body, s.start):
            return "active_companies"  # "716 perusahaan ... yang telah menyertakan karyawannya pada program BPJS ..."
        beside = companies_beside_workers(body, s, fig, item, state.previous_metric)
        if is_new or registered_only or not (active or listed or participating_companies(body, s, fig, state.previous_metric)
                                              or plain_company_count(s, fig, item) or beside
                                              or companies_paired_with_participants(body, s, fig, not state.tells_activity)):
            return None
        return "active_companies"
    if segment == "migrant":
        return None if is_new else "migrant_workers"
    if segment:
        if is_new:
            return f"new_{SEGMENT_METRIC[segment]}"
        if registered_only and not active:
            return None
        if item.has("enrolled") and not active and not enrolled_count:
            return None  # a batch someone enrolled ("42.000 pekerja rentan didaftarkan")
        # ("Untuk rinciannya, mencakup 167.129 pekerja penerima upah (PU), ...": a breakdown's segments are participants;
        # "segmen Penerima Upah (PU) yang sudah mencapai 89.433 orang": "segmen" names a participation segment)
        if active or item.has("member_noun") or item.has("segment_word") or any(c.has("member_noun") for c in subject) \
                or state.previous_metric \
                or from_topic or (s.has("breakdown") and not s.has("target") and fig.noun is not None
                                  and fig.noun.has("segment") and fig.noun.start > fig.start) \
                or (PARTITIVE_SENTENCE_RE.match(s.ctx.text) and not s.has("target") and not state.whole_not_ours
                    and not NOT_PARTICIPANTS_BEFORE_RE.search(body, max(0, s.start - 200), s.start)):  # "Dari total itu, PU ..."
            return f"active_{SEGMENT_METRIC[segment]}"
        return None
    if is_new or s.has("breakdown"):  # (a listed part: "Rinciannya, ..., 9.632 pekerja, penerima upah/...")
        metric = appositive_metric(body, s, fig, is_new)
        if metric or is_new:
            return metric
    if (PARTITIVE_SENTENCE_RE.match(s.ctx.text) or PARTS_OF_THAT_RE.match(s.ctx.text)) and not item.has("active") \
            and not covers_a_workforce(body, s, fig) and not covered and not _active_later(body, s, fig):
        # "Dari jumlah tenaga kerja aktif itu, ... 7.897 orang peserta perorangan", "Jumlah itu berasal dari ... Non ASN
        # THLT sebanyak 2.648 orang": a part by another cut
        return None
    if active and not registered_only:
        return "active_workers"
    if registered_only or (sum(1 for c in item.cues if c.has("segment")) >= 2 and not both_segments_after(body, s, fig)):
        return None  # (two segments joined, "baik sektor formal maupun informal sebanyak ...": their sum, read on)
    if s.cues.any("inactive"):
        return None  # "berjumlah 3.671.000 pekerja ..., namun 2.275.981 ... berstatus nonaktif": all ever registered
    if state.previous_metric not in (None, "active_companies") \
            and (not state.previous_metric.startswith("new_") or s.cues.any("rank")) \
            and fig.unit == "people" and (state.previous_metric == "active_workers" or _generic_noun(fig)
                                          or pointed_back_count(body, s, fig) or (s.cues.any("rank") and fig.value < state.previous_value)) \
            and not _qualified(s, fig, item) and not apart_from_series(body, s, fig):
        # "Di peringkat kedua ada Jawa Barat dengan 6,41 juta peserta"; "2017 sebanyak 120.093 orang" after PMI; "jumlahnya ..."
        return state.previous_metric
    if plain_count(s, fig, item, state.since_ours <= OURS_NEARBY_SENTENCES):
        return "active_workers"  # rule member.plain_count (see _rule_of)
    return None


def _part_end(body: str, s: ClaimSentence, fig: Figure) -> int:
    """Where the part told before a whole ends (the count right before "dari total")."""
    before = [f for f in s.figures if f.end <= fig.start]
    return before[-1].end if before else fig.start


def _qualified(s: ClaimSentence, fig: Figure, item: Item) -> bool:
    """A qualifier before the count in its sentence or in its own item ("program PUMP sudah
    dimanfaatkan 46 peserta"); one that belongs to a later figure ("... dari potensi 780.666") is not."""
    return any((c.has(q) if q != "program" else names_a_subset(c))
               for c in s.cues.cues if c.start < fig.start or item.start <= c.start < item.end for q in QUALIFIERS)


def _new_subject(body: str, subject: list[Cue]) -> bool:
    """"penambahan tenaga kerja PU sebanyak 337.000, BPU 153.000, dan jasa konstruksi 892.000": every
    count after a new-participants cue is new, until an active cue takes over."""
    for cue in reversed(subject):
        if says_new(body, cue):
            return True
        if cue.has("active"):
            return False
    return False


def _said_active(s: ClaimSentence, fig: Figure, item: Item) -> bool:
    """Active said in the count's item or since the count before it ("Total Peserta Aktif Per Januari 2026, tercatat
    sebanyak 164.828 pekerja ... telah terdaftar dan Klaim Terbayar ...": the active participants)."""
    # (the noun of the count before is its own, up to the item's start: "Dari 120.500 peserta aktif ..., sebanyak 3.200
    # peserta telah mencairkan", "901.912 pemberi kerja aktif, 61,07 juta tenaga kerja terdaftar")
    since = s.start if (last := s.last_count_end(fig.start)) == s.start else max(last + 2, item.start)
    before = [c for c in s.cues.cues if since < c.start < fig.start]
    # (not heirs or claimants "yang terlindungi ... dan mendapat manfaat pensiunan ... sebanyak 12.000 orang")
    return item.has("active") or (_active_subject(s, fig, before)
                                  and not any(c.has("heir") or c.has("claimant") for c in before))


def _active_subject(s: ClaimSentence, fig: Figure, subject: list[Cue]) -> bool:
    """The sentence says its counts are active before the figure ("jumlah peserta aktif ... sebanyak")."""
    return any(c.has("active") for c in subject) and not any(c.has("inactive") for c in subject[-3:])
