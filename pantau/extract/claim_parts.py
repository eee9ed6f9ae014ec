"""Counts that are a part of a whole already told, by who or where its cases were or by one cause that makes
up most of it: not a program's claims (read by pantau.extract.claim_rules.veto_rule as veto.case_profile and
veto.share)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pantau.extract.plans import COMMA_RE, STRONG_BOUNDARY_RE

if TYPE_CHECKING:
    from pantau.extract.claim_rules import ClaimSentence
    from pantau.extract.figures import Figure

# A sentence opening on the whole it takes a part of ("Dari jumlah itu, ...", "Di antara peserta tersebut, ...").
PARTITIVE_SENTENCE_RE = re.compile(r"^\W*(?:[Dd]ari|[Dd]i\s+antara)\s+(?:\w+\s+){0,5}?(?:itu|tersebut|ini)\s*,")


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
    if any(share.end <= p.start < fig.start for p in s.programs):
        return False  # "terbanyak didominasi JHT sebanyak 3.000 kasus": that program's own count
    return any(f.end <= share.start and f.unit in ("money", "case", "people") for f in s.figures)
