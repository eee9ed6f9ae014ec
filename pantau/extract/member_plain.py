"""Plain participants counts: a count of an area's participants said with no qualifier (registered, inactive,
one program, new, a target, money, ...) in its sentence (rule member.plain_count), and the qualifiers, subsets and
opening asides that decide it. Read by pantau.extract.member_rules and pantau.extract.membership."""
from __future__ import annotations

import re

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.cues import Cue
from pantau.extract.figures import Figure


QUALIFIERS = ("registered", "enrolled", "inactive", "not_member", "program", "member_new", "target", "future",
               "estimate", "contribution", "application", "claim_noun", "payment", "benefit_noun", "loan", "subsidy",
               "receive", "audience")


# "Dengan tambahan peserta baru dari CitraLand itu, jumlah kepesertaan ... mencapai 125.000 tenaga kerja": an opening
# clause of cause or time, with no count of its own, says why; its words qualify none of the counts after it
_LEAD_ASIDE_RE = re.compile(r"\W*(?:dengan|berkat|karena|setelah|usai|seiring(?:\s+dengan)?)\b[^,;.\d]{3,100},\s", re.I)


def after_lead_aside(s: ClaimSentence) -> int:
    aside = _LEAD_ASIDE_RE.match(s.text)
    return s.start + aside.end() if aside else s.start


# "..., setara 86,24 persen dari target tahunan": the target is the base of what was achieved, no qualifier of the count
_SHARE_OF_BEFORE_RE = re.compile(r"(?:persen|%)\s+(?:dari|atas|terhadap)\s+$", re.I)


def _qualifier_in(s: ClaimSentence, since: int) -> bool:
    return any(c.start >= since and any(c.has(q) for q in QUALIFIERS if q != "program")
               and not (c.has("target") and _SHARE_OF_BEFORE_RE.search(s.text, max(0, c.start - s.start - 20),
                                                                       c.start - s.start))
               for c in s.cues.cues)


def plain_count(s: ClaimSentence, fig: Figure, item, ours_nearby: bool = False) -> bool:
    """"Jumlah peserta BPJS Ketenagakerjaan di Sumatera Utara mencapai 1,4 juta peserta": the area's
    participants, said with no registered, inactive, single-program or new qualifier anywhere in the
    sentence (rule member.plain_count); the agency named in the sentence, or in one of the few just before for an
    area's count ("Wilayah kerja BPJS Ketenagakerjaan Kudus meliputi lima kabupaten. ... Di Kabupaten Kudus tercatat
    198.976 peserta, Kabupaten Jepara 41.724 peserta, ...")."""
    noun = fig.noun
    if noun is None or fig.unit != "people" or not (noun.has("member_noun") or _members_before(s, fig)):
        return False
    if not (s.cues.any("agency_ours") or (ours_nearby and _AREA_COUNT_RE.search(item.text))
            or s.cues.any("member_noun") and s.cues.any("total")):
        return False
    if s.cues.between(s.start, fig.start, "breakdown"):
        return False  # "... 24.872 orang yang terdiri atas 5.752 pekerja perusahaan besar, ...": a part by another cut
    return not _qualifier_in(s, after_lead_aside(s)) and not any(names_a_subset(c) for c in s.cues.cues)


# an area's count in a list of areas: "Di Kabupaten Kudus tercatat 198.976 peserta", "Kabupaten Jepara 41.724 peserta"
_AREA_COUNT_RE = re.compile(r"^\W*(?:(?i:dan|serta|sedangkan|sementara)\s+)?(?:(?i:di)\s+)?(?:Kabupaten|Kab\.|Kota|Provinsi)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+"
                            r"(?:tercatat\s+|sebanyak\s+|ada\s+|mencapai\s+)?\d")


def _members_before(s: ClaimSentence, fig: Figure) -> bool:
    """"jumlah tenaga kerja peserta program ... sebanyak 24.872 orang": participants named before a count of
    "orang", with no other count between."""
    since = s.last_count_end(fig.start)
    # (the word for participants itself: "tenaga kerja", "pekerja" may count a workforce, "total tenaga kerja di
    # Kota Batam mencapai 661.500 orang")
    return any(s.text[c.start - s.start:c.end - s.start].casefold().startswith(("peserta", "kepesertaan"))
               for c in s.cues.between(since, fig.start, "member_noun"))


def plain_company_count(s: ClaimSentence, fig: Figure, item) -> bool:
    """"jumlah peserta BPJS Ketenagakerjaan untuk wilayah Deliserdang sebanyak 654 perusahaan": the participants
    counted as companies, under the plain count's terms (rule member.plain_count)."""
    return fig.unit == "company" and s.cues.any("agency_ours") \
        and any(c.has("member_noun") for c in item.cues if c.start < fig.start) \
        and not any(s.cues.any(q) for q in QUALIFIERS if q != "program") \
        and not any(names_a_subset(c) for c in s.cues.cues)


def names_a_subset(cue: Cue) -> bool:
    """A program whose participants are fewer than all: every active participant has JKK and JKM
    ("total peserta JKK dan JKm tercatat 33,2 juta" counts them all), not every one JHT or JP."""
    return cue.has("program") and cue.value("program") not in ("JKK", "JKM")
