"""Counts that are a part of a whole already told, by who or where its cases were or by one cause that makes
up most of it: not a program's claims (read by pantau.extract.claim_rules.veto_rule as veto.case_profile and
veto.share); and the whole a program is a part of ("JHT mendominasi total klaim ... Rp ...": link.collective)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pantau.extract.plans import COMMA_RE, STRONG_BOUNDARY_RE

if TYPE_CHECKING:
    from pantau.extract.claim_rules import ClaimSentence
    from pantau.extract.figures import Figure

# A sentence opening on the whole it takes a part of ("Dari jumlah itu, ...", "Di antara peserta tersebut, ...").
# ("Di dalamnya termasuk ...", "Termasuk di dalamnya ...": the parts of the count just given)
PARTITIVE_SENTENCE_RE = re.compile(r"^\W*(?:(?:[Dd]ari|[Dd]i\s+antara)\s+(?:\w+\s+){0,5}?(?:itu|tersebut|ini)\s*,"
                                   r"|[Dd]i\s+dalamnya\s*,?\s+(?:termasuk|terdapat|ada|tercatat)\b|[Tt]ermasuk\s+di\s+dalamnya\b)")
# "Jumlah itu berasal dari ... Non ASN THLT sebanyak 2.648 orang, ...": the parts of the count just given
PARTS_OF_THAT_RE = re.compile(r"\W*(?:jumlah|angka|total)\s+(?:itu|ini|tersebut)\s+(?:berasal\s+dari|terdiri\s+(?:dari|atas)|"
                              r"meliputi|mencakup|terbagi)\b", re.I)


def profiled(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count described by who or where its cases were (gender, age, hour, traffic) in its own stretch
    of the clause, with no amount there: a share of the cases, not a program's claims. (A sentence
    taking its part of a whole just given is link.subset's.)"""
    if not s.cues.any("profile") or PARTITIVE_SENTENCE_RE.match(s.ctx.text):
        return False
    strong = max((m.end() for m in STRONG_BOUNDARY_RE.finditer(body, s.start, fig.start)), default=s.start)
    start = max(strong, max((f.end for f in s.figures if f.end <= fig.start and f.unit in ("case", "people", "money")),
                            default=s.start))
    stop = COMMA_RE.search(body, fig.end, s.end)
    clause_end = stop.start() if stop else s.end
    if any(start <= f.start < clause_end and f.unit == "money" for f in s.figures):
        return False  # "saat peserta berusia 55 tahun sebanyak 432 kasus senilai Rp 9,4 miliar": paid by reason
    end = min(clause_end, min((f.start for f in s.figures if f.start >= fig.end and f.unit in ("case", "people")),
                              default=s.end))
    return bool(s.cues.between(start, end, "profile"))



def share_by_cause(s: ClaimSentence, fig: Figure) -> bool:
    """A count after "didominasi"/"sebagian besar"/"mayoritas" with no program named between, in a sentence whose
    whole was told before that word: the part of it that one cause or group makes up."""
    share = s.cues.last_before(fig.start, "share", since=s.start)
    if share is None or s.ctx.text[share.start - s.start:share.end - s.start].casefold() in ("porsi", "persen dari"):
        return False
    if any(share.end <= p.start < fig.start or 0 <= share.start - p.end <= _SUBJECT_GAP_CHARS for p in s.programs):
        # "terbanyak didominasi JHT sebanyak 3.000 kasus", "JHT masih mendominasi yakni sebesar Rp214 miliar dengan
        # jumlah kasus 19.455": that program's own count
        return False
    return any(f.end <= share.start and f.unit in ("money", "case", "people") for f in s.figures)


_SUBJECT_GAP_CHARS = 20  # "JHT masih mendominasi": the program is the share word's subject


# "JHT tersebut mendominasi total klaim ... yang mencapai Rp 1,373 triliun", "JKK, JHT, JKM dan JP dengan total kasus
# sebanyak 45.757": the program is a part of, or one of, what the total word names
_PART_BEFORE_TOTAL_RE = re.compile(r"(?:\b(?:mendominasi|menyumbang\w*|bagian\s+dari|porsi\s+\w+\s+dari)\s+"
                                   r"(?:(?:\w+\s+){0,3}?dari\s+)?|[\s)]*\bdengan\s+)$", re.I)


def whole_after_part(body: str, s: ClaimSentence, nearest, fig: Figure) -> bool:
    """A total word right after a share verb, or after a list of three programs and "dengan", with no figure
    between the program and it: the figures after it are the whole."""
    for cue in s.cues.between(nearest.end, fig.start, "total"):
        if any(nearest.end <= f.start < cue.start for f in s.figures if f.unit in ("money", "case", "people")):
            continue
        lead = _PART_BEFORE_TOTAL_RE.search(body, max(s.start, cue.start - 60), cue.start)
        if lead is None:
            continue
        if not lead.group(0).strip(" )").lower().startswith("dengan"):
            return True
        if len(_programs_listed_up_to(s, nearest)) >= 3 and lead.start() <= nearest.end + 2:
            return True
    return False


def whole_after_list(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """The figure follows a total word that follows the programs it sums (see whole_after_part)."""
    before = [p for p in s.programs if p.end <= fig.start]
    return bool(before) and whole_after_part(body, s, before[-1], fig)


def _programs_listed_up_to(s: ClaimSentence, last) -> set[str]:
    """The programs named up to `last` with no figure among them ("yakni JKK, JHT, Jaminan Kematian (JKK) dan JP":
    a slip in a label does not end the list)."""
    figures = [f.start for f in s.figures if f.unit in ("money", "case", "people")]
    run = [last]
    for prev in reversed([p for p in s.programs if p.end <= last.start]):
        if any(prev.end <= f < run[0].start for f in figures):
            break
        run.insert(0, prev)
    return {p.value("program") for p in run}
