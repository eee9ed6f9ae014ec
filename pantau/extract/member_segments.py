"""Which segment a participation count is of: two segments joined after it (their sum, no segment's), a
segment left out by an exclusion word, the segment its sentence's lead, topic or clause names, and the next segment
of a list of new participants. Read by pantau.extract.member_rules.metric_of and pantau.extract.membership."""
from __future__ import annotations

import re

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.cues import Cue
from pantau.extract.fastre import guarded
from pantau.extract.figures import Figure
from pantau.extract.lexicon import SEGMENT_METRIC


_COUNT_NOUN_GAP_RE = re.compile(r"\s*(?:orang\s+)?(?:pekerja|tenaga\s+kerja|peserta)?\s*(?:aktif\s+)?(?:dari\s+)?(?:segmen\s+|sektor\s+)?", re.I)
_SEGMENT_JOIN_RE = re.compile(r"\s*(?:,\s*(?:dan|maupun|serta)?|dan|maupun|serta|&|/)\s*(?:juga\s+)?$", re.I)


def both_segments_after(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"1,88 juta pekerja formal dan informal", "... peserta PU maupun BPU", "tenaga kerja formal dan informal yang
    terdaftar ... sudah 154.307 pekerja": a count of two segments joined is their sum, of no one segment."""
    after = [c for c in s.cues.cues if c.has("segment") and fig.end <= c.start <= fig.end + 40]
    if len(after) >= 2 and after[0].value("segment") != after[1].value("segment") \
            and _COUNT_NOUN_GAP_RE.fullmatch(body, fig.end, after[0].start) is not None \
            and _SEGMENT_JOIN_RE.fullmatch(body, after[0].end, after[1].start) is not None \
            and not _OWN_COUNT_AFTER_RE.match(body, after[1].end):
        # (not "579.171 orang tenaga kerja penerima upah, bukan penerima upah mencapai 121.135 orang": the second
        # segment opens the next item, with its own count)
        return True
    if s.last_count_end(fig.start) > s.start:
        return False  # ("336.900 tenaga formal dan pekerja informal sebanyak 77.754": each count its own segment)
    # ("untuk tenaga kerja penerima upah, bukan penerima upah dan jasa konstruksi ... sebanyak 3.062.280 orang": the
    # last run of segments joined before the count, two or more different ones)
    before = [c for c in s.cues.cues if c.has("segment") and c.end <= fig.start]
    run = before[-1:]
    for cue in reversed(before[:-1]):
        if _SEGMENT_JOIN_RE.fullmatch(body, cue.end, run[0].start) is None:
            break
        run.insert(0, cue)
    return len(run) >= 2 and len({c.value("segment") for c in run}) >= 2 and (len(before) == 2 or len(run) >= 3)


_OWN_COUNT_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:sebanyak|mencapai|berjumlah|tercatat|sejumlah|ada)?\s*\d", re.I)
_SEGMENT_NOUN_GAP_RE = re.compile(r"\s*(?:orang\s+)?(?:pekerja|peserta|tenaga\s+kerja)?\s*(?:sektor\s+|segmen\s+)?", re.I)
_SEGMENT_ENDS_RE = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:[,.;]|dan\b|serta\b|$)", re.I)


def whole_segment_after(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """The count is of a whole segment named right after it, nothing narrowing it ("32.437 pekerja jasa konstruksi,
    ..."), unlike a group within one ("120 ribu peserta BPU dari kalangan petani")."""
    cue = next((c for c in s.cues.cues if c.start >= fig.end and c.has("segment")), None)
    return cue is not None and _SEGMENT_NOUN_GAP_RE.fullmatch(body, fig.end, cue.start) is not None \
        and _SEGMENT_ENDS_RE.match(body, cue.end) is not None


# "tertinggal jauh dari segmen Penerima Upah yang mencapai 89.433 orang": a relative clause gives its noun the count
_RELATIVE_COUNT_RE = re.compile(r"\s*\)?\s*(?:\([^()]{0,12}\)\s*)?,?\s*yang\s+(?:kini\s+|sudah\s+|telah\s+)?(?:mencapai|sebanyak|"
                                r"berjumlah|tercatat|sejumlah|ada)\s+(?:sekitar\s+|sebanyak\s+)?$", re.I)


def segment_of_relative_clause(body: str, item, fig: Figure) -> str | None:
    """Of several segments an item names, the one right before its count and joined to it by "yang mencapai" (the
    others are what it is compared with: "segmen BPU ... tertinggal jauh dari segmen PU yang mencapai 89.433")."""
    last = next((c for c in reversed(item.cues) if c.has("segment") and c.end <= fig.start), None)
    return last.value("segment") if last is not None and _RELATIVE_COUNT_RE.fullmatch(body, last.end, fig.start) else None


_EXCLUSION_RE = re.compile(r"\b(?:di\s+luar(?!\s+hubungan\s+kerja)|selain|kecuali|tidak\s+termasuk|tanpa)\b", re.I)


def excluded(body: str, item, cue: Cue) -> bool:  # (item: member_rules.Item)
    """"peserta penerima upah di luar jasa konstruksi (jakon) dan pekerja migran (PMI) berjumlah
    229.404": a segment named after an exclusion word is left out of the count, not its segment."""
    exclusion = None
    for exclusion in _EXCLUSION_RE.finditer(body, min(item.reach, item.start), cue.start):
        pass
    # (not "tidak termasuk 12.640 peserta bukan penerima upah": the segment of the count after the exclusion word)
    return exclusion is not None and not re.search(r"[,;\d]|\b(?:berjumlah|sebanyak|mencapai|tercatat)\b",
                                                   body[exclusion.end():cue.start])


_TOPIC_LEAD_RE = re.compile(r"^\W*(?:untuk|bagi|khusus(?:\s+untuk)?|di\s+segmen|pada\s+segmen)\s+[^,.;\d]{3,80},", re.I)


def segment_in_lead(s: ClaimSentence, fig: Figure, subject: list[Cue]) -> str | None:
    """A segment named in the clause before the first count ("peserta bukan penerima upah (BPU), seperti
    pedagang, tercatat 21.430 orang"), when no other count stands between; or the sentence's topic
    ("Untuk pekerja formal, ... sementara yang sudah aktif sebagai peserta 44.998 tenaga kerja")."""
    topic = _TOPIC_LEAD_RE.match(s.text)
    if topic:  # "Untuk pekerja formal, ...": the sentence's topic, for each of its counts
        named = [c for c in s.cues.cues if c.has("segment") and c.start < s.start + topic.end()]
        if named:
            return named[-1].value("segment")
    clause = _clause_start(s, fig)
    previous = [f for f in s.figures if clause <= f.start and f.end <= fig.start
                and f.unit in ("people", "company", "bare", "money")]
    if previous and not _to_side_of_its_change(s, previous, fig) and not _achieved_after_its_target(s, previous, fig) \
            and not _part_of_its_whole(s, previous):
        return None
    named = [c for c in subject if c.start >= clause and c.has("segment")]
    if len(named) >= 2 and named[-2].value("segment") != named[-1].value("segment") \
            and _SEGMENT_JOIN_RE.fullmatch(s.text, named[-2].end - s.start, named[-1].start - s.start) is not None:
        return None  # "baik dari kalangan pekerja formal maupun informal, sudah menembus 1,4 juta orang": both
    return named[-1].value("segment") if named else None


# (not "..., sedangkan yang aktif 58.100 orang": a part of the same subject)
_NEW_CLAUSE_RE = re.compile(r";\s*(?:dan\s+|sementara(?:\s+itu)?\s+|sedangkan\s+)?(?!yang\b)"
                            r"|,\s*(?:sementara(?:\s+itu)?|sedangkan)\s+(?!yang\b)", re.I)


def _clause_start(s: ClaimSentence, fig: Figure) -> int:
    """Where the figure's clause opens after a semicolon or a contrasting "sementara/sedangkan" ("PU ... 1.741.471 ...;
    sementara bukan penerima upah tumbuh 112,57 persen dengan realisasi sebesar 222.609"): the counts and segments
    before it belong to another subject."""
    start = s.start
    for m in _NEW_CLAUSE_RE.finditer(s.text, 0, max(0, fig.start - s.start)):
        start = s.start + m.end()
    # ("..., pada 2021 sebanyak 38.011 orang, kategori bukan penerima upah tumbuh ... menjadi 7.830 orang": a comma,
    # then a segment as the next clause's subject)
    segment_starts = {c.start for c in s.cues.cues if c.has("segment")}
    for m in _SEGMENT_SUBJECT_LEAD_RE.finditer(s.text, 0, max(0, fig.start - s.start)):
        if s.start + m.end() in segment_starts and s.start + m.end() > start:
            start = s.start + m.end()
    return start


_SEGMENT_SUBJECT_LEAD_RE = re.compile(r",\s+(?:(?:kategori|segmen|sektor|kelompok|klaster|untuk|bagi)\s+)?", re.I)


def segment_clause_between(s: ClaimSentence, since: int, fig: Figure) -> bool:
    """A new clause opens after `since` and names a segment before the figure: the figure is that segment's, not
    the compared side of the count before ("PU 1.741.471 ... dibandingkan ... 1.510.060; sementara bukan penerima
    upah tumbuh 112,57 persen dengan realisasi 222.609")."""
    clause = _clause_start(s, fig)
    return clause > since and any(c.has("segment") and clause <= c.start < fig.start for c in s.cues.cues)


_WHOLE_BEFORE_RE = re.compile(r"\bdari\s+(?:total\s+|jumlah\s+|sekitar\s+|sebanyak\s+)?$"
                              # "dari total PMI yang mendaftar program jaminan sosial sebanyak 750.498 orang, hanya ..."
                              r"|(?:^|[,:]\s*|\b(?:bahwa|mengatakan|menjelaskan)\s+)[Dd]ari\s+(?:total|jumlah|seluruh)\s+[^,;.\d]{3,80}?"
                              r"\b(?:sebanyak|sejumlah|mencapai|berjumlah|yakni|yaitu)\s+(?:sekitar\s+)?$", re.I)


def _part_of_its_whole(s: ClaimSentence, previous: list[Figure]) -> bool:
    """"dari 750.498 PMI yang pernah mendaftar ..., yang masih berstatus peserta aktif hanya 365.842 orang": the only
    count before is the whole the figure is a part of, and the segment named with the whole is the part's too."""
    return len(previous) == 1 and _WHOLE_BEFORE_RE.search(s.text, max(0, previous[0].start - s.start - 120),
                                                           previous[0].start - s.start) is not None


def _counts_before(s: ClaimSentence, fig: Figure) -> list[Figure]:
    return [f for f in s.figures if f.end <= fig.start and f.unit in ("people", "bare")]


def active_part_of_whole(s: ClaimSentence, fig: Figure, counts: list[Figure] | None = None) -> bool:
    """The count right before is a whole and the figure its part said active or covered ("349 ribu ..., dengan
    kepesertaan mencapai 343 ribu orang")."""
    counts = _counts_before(s, fig) if counts is None else counts
    return bool(counts) and _ACTIVE_PART_LEAD_RE.match(s.text, counts[-1].end - s.start, fig.start - s.start) is not None


def segment_of_its_whole(s: ClaimSentence, fig: Figure) -> str | None:
    """"peserta dari segmen PMI mencapai 747.000 peserta dan yang aktif hanya 389 ribu orang", "..., serta 4.000 pekerja
    migran, di mana baru 1.180 orang yang sudah terdaftar": the count right before is a whole and the figure its part
    said active or covered; the segment last named with the whole (after any count before it) is the part's."""
    counts = _counts_before(s, fig)
    if not active_part_of_whole(s, fig, counts):
        return None
    since = counts[-2].end if len(counts) > 1 else s.start
    named = {c.value("segment") for c in s.cues.cues if c.has("segment") and since <= c.start < fig.start}
    # (a whole of two segments, "baik PU maupun BPU sebanyak 70.426 dan peserta yang aktif hanya 29.040": all of them)
    return named.pop() if len(named) == 1 else None


def segment_of_listed_whole(s: ClaimSentence, fig: Figure) -> str | None:
    """"Sekitar 80 ribu pekerja rentan ... sudah terlindungi ..., yaitu 32.268 pekerja di Paser dan 46.073 pekerja di
    Kutai Kartanegara": the parts listed after "yaitu" of a whole counted with one segment, naming none of their own,
    are of its segment."""
    counts = _counts_before(s, fig)
    whole = next((f for f in counts if _LISTED_AFTER_RE.search(s.text, f.end - s.start, fig.start - s.start)), None)
    if whole is None or (fig.noun is not None and fig.noun.has("segment")):
        return None
    listing = _LISTED_AFTER_RE.search(s.text, whole.end - s.start, fig.start - s.start)
    named = {c.value("segment") for c in s.cues.cues if c.has("segment") and c.start < s.start + listing.start()}
    later = [c for c in s.cues.cues if c.has("segment") and s.start + listing.start() <= c.start < fig.start]
    return named.pop() if len(named) == 1 and not later else None


_LISTED_AFTER_RE = re.compile(r",?\s*(?:yaitu|yakni|masing-masing|terdiri\s+(?:dari|atas))\s", re.I)


# "747.000 peserta dan yang aktif hanya 389 ribu", "120.500 orang, namun yang masih aktif baru 80.200", "101 ribu pekerja
# jakon, dengan capaian saat ini 43,7 ribu", "4.000 pekerja migran, di mana baru 1.180 orang yang sudah terdaftar": the
# part of the whole before it that is active or covered, said right before the part's count
_FILLERS = r"(?:(?:hanya|baru|sebanyak|mencapai|sekitar|berjumlah|tinggal|sudah|telah)\s+)*"
# the words that say a part of a whole is active or covered (read here and by member_wording.PART_OF_TOPIC_OPENER_RE)
SAID_ACTIVE = r"(?:aktif|menjadi\s+peserta|terlindungi|ter-?cover)"
_ACTIVE_PART_LEAD_RE = re.compile(r"[^\d;]{0,45}?\b(?:(?:dan|namun|tetapi|tapi|sedangkan|sementara|di\s?antaranya|dari\s+"
                                  r"(?:jumlah|angka)\s+(?:itu|tersebut))\s*,?\s*(?:(?:peserta|pekerja|tenaga\s+kerja)\s+)?"
                                  r"yang\s+(?:masih\s+|sudah\s+|telah\s+|"
                                  r"tercatat\s+|berstatus\s+)?" + SAID_ACTIVE + r"\s+"
                                  r"|dengan\s+(?:capaian|realisasi|pencapaian|kepesertaan)\s+(?:saat\s+ini\s+|sementara\s+|hingga\s+kini\s+|"
                                  r"sejauh\s+ini\s+)?|di\s*mana\s+)" + _FILLERS + "$", re.I)
# The whole, then that active part's count later in its sentence: the whole is no active count
# (not a share: "66.647 peserta dengan capaian 70.84 persen")
ACTIVE_PART_THEN_COUNT_RE = re.compile(_ACTIVE_PART_LEAD_RE.pattern.removesuffix("$") + r"\d(?![\d.,]*\s*(?:persen|%))",
                                       re.I)


def _to_side_of_its_change(s: ClaimSentence, previous: list[Figure], fig: Figure) -> bool:
    """"peserta aktif pekerja migran naik dari 5.774 orang menjadi 7.830 orang": the count after "menjadi" whose only
    figure before is its from-side shares the change's subject."""
    if len(previous) != 1 or s.cues.first_after(previous[0].end, "to_side", until=fig.start) is None:
        return False
    change = next((c for c in s.cues.cues if (c.has("change_up") or c.has("change_down")) and c.end <= previous[0].start),
                  None)
    return change is not None and _NEW_SUBJECT_RE.search(s.text, previous[0].end - s.start, fig.start - s.start) is None


def _achieved_after_its_target(s: ClaimSentence, previous: list[Figure], fig: Figure) -> bool:
    """"peserta PU memiliki target 166.990 peserta dan hingga Agustus baru terealisasi 162.770 peserta", "TK baru PU
    dari 412.288 tenaga kerja yang ditargetkan, kini menjadi 456.648 TK": the count achieved, told after the target
    (named before or right after its figure) that is the only figure before it, shares the target's subject."""
    if len(previous) != 1 or previous[0].unit != fig.unit:
        return False
    actual = s.cues.first_after(max(previous[0].end, fig.start - _PAIR_REACH_CHARS), "actual", until=fig.start)
    if actual is None:
        return False
    target = s.cues.last_before(previous[0].start, "target", since=max(s.start, previous[0].start - 2 * _PAIR_REACH_CHARS)) \
        or s.cues.first_after(previous[0].end, "target", until=min(actual.start, previous[0].end + _PAIR_REACH_CHARS))
    return target is not None and _NEW_SUBJECT_RE.search(s.text, previous[0].end - s.start, fig.start - s.start) is None


_PAIR_REACH_CHARS = 45  # "target 166.990 peserta dan hingga bulan Agustus baru terealisasi sebanyak 162.770": a tight pair


_NEW_SUBJECT_RE = re.compile(r"\b(?:sedangkan|sementara|namun|tetapi)\b", re.I)


def segment_of_its_own(body: str, item, fig: Figure) -> bool:
    """The count's item names a segment as what it counts; not one in a clause describing the count after "yang"
    ("program JP mencapai 14,41 juta peserta aktif yang seluruhnya merupakan peserta PU": the program's, all PU)."""
    return any(c.has("segment") and not (c.start > fig.end and _DESCRIBING_CLAUSE_RE.search(body, fig.end, c.start))
               for c in item.cues)


_DESCRIBING_CLAUSE_RE = re.compile(r"\byang\b", re.I)


# a count said of all, active, registered or planned, after the new ones ("..., dan total peserta BPU 8.500 orang")
_NOT_NEW_BETWEEN_RE = re.compile(r"\b(?:total|jumlah|seluruh|aktif|terdaftar|target|sasaran|sedangkan|sementara)\b", re.I)


def next_new_segment(out: list, item, body: str) -> str | None:
    """"realisasi akuisisi tenaga kerja penerima upah 105.689 orang ..., tenaga kerja bukan penerima upah 55.147
    orang": the next segment of a sentence listing new participants is new too (rule member.new)."""
    segments = {c.value("segment") for c in item.cues if c.has("segment")}
    if not out or not out[-1].metric.startswith("new_") or len(segments) != 1 \
            or _NOT_NEW_BETWEEN_RE.search(body, out[-1].end_char, item.end):
        return None
    segment = segments.pop()
    return None if segment == "migrant" else f"new_{SEGMENT_METRIC[segment]}"


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_EXCLUSION_RE = guarded(_EXCLUSION_RE)


# "bertambah 21.043 orang anggota baru, pekerja formal berasal dari perusahaan": the segment said right after the
# count and its noun, set off by a comma
_APPOSITIVE_GAP_RE = re.compile(r"\s*(?:orang\s+)?(?:(?:anggota|peserta|pekerja|tenaga\s+kerja)\s*)?(?:baru\s*)?,\s*"
                                r"(?:yakni\s+|yaitu\s+|dari\s+)?", re.I)


def appositive_segment(body: str, s: ClaimSentence, fig: Figure) -> str | None:
    named = [c for c in s.cues.cues if c.has("segment") and c.start >= fig.end]
    if not named or _APPOSITIVE_GAP_RE.fullmatch(body, fig.end, named[0].start) is None:
        return None
    if len(named) > 1 and _BOTH_JOIN_RE.fullmatch(body, named[0].end, named[1].start):
        return None  # ("919 ribu pekerja baru, penerima upah maupun bukan penerima upah": both, their sum)
    return named[0].value("segment")


_BOTH_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:maupun|dan|serta|atau|juga)\s+(?:pekerja\s+|peserta\s+)?", re.I)


def appositive_metric(body: str, s: ClaimSentence, fig: Figure, is_new: bool) -> str | None:
    """The metric of a count whose segment is said after it, set off by a comma: new participants ("919 ribu pekerja
    baru, penerima upah"), or a part in a list of parts ("Rinciannya, ..., 9.632 pekerja, penerima upah/...")."""
    segment = appositive_segment(body, s, fig)
    if segment is None or (is_new and segment == "migrant"):
        return None
    if is_new:
        return f"new_{SEGMENT_METRIC[segment]}"
    return "migrant_workers" if segment == "migrant" else f"active_{SEGMENT_METRIC[segment]}"


def segment_pointed_back(s: ClaimSentence, fig: Figure) -> bool:
    """"sektor itu", "segmen tersebut" in the figure's sentence, no segment named between it and the figure."""
    anaphor = next((c for c in s.cues.cues if c.has("segment_anaphor")), None)
    return anaphor is not None and not any(c.has("segment") and min(anaphor.end, fig.end) <= c.start < max(anaphor.start, fig.start)
                                           for c in s.cues.cues)


def segment_of_metric(metric: str | None) -> str | None:
    """The segment a participation metric counts ("active_non_wage_workers" -> "non_wage"), if any."""
    if metric == "migrant_workers":
        return "migrant"
    return next((segment for segment, stem in SEGMENT_METRIC.items() if metric and metric.endswith("_" + stem)
                 and metric.count("_") == stem.count("_") + 1), None)


# "Taiwan ... dengan 216.738 peserta, atau 36,55% dari seluruh peserta PMI aktif": the count's share of a segment's whole
_SHARE_OF_WHOLE_AFTER_RE = re.compile(r"[^\d;.]{0,30}?\b(?:atau|yaitu|setara|sekitar)\s+(?:sekitar\s+|setara\s+)?\d[\d.,]*\s*"
                                      r"(?:%|persen)\s+(?:dari\s+)?(?:seluruh|total|jumlah|keseluruhan)\s+"
                                      r"(?:(?:peserta|pekerja|tenaga\s+kerja|kepesertaan)\s+)?(?:segmen\s+|sektor\s+)?$", re.I)


def segment_of_share_base(body: str, s: ClaimSentence, fig: Figure) -> str | None:
    """The segment of the whole a count is said to be a share of, right after it: the count's segment too."""
    cue = next((c for c in s.cues.cues if c.start >= fig.end and c.has("segment")), None)
    if cue is None or cue.start - fig.end > 90 or not _SHARE_OF_WHOLE_AFTER_RE.fullmatch(body, fig.end, cue.start):
        return None
    return cue.value("segment")
