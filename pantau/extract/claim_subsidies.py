"""Subsidies and aid in a claim sentence (a wage subsidy, "bantuan"): their recipients and sums are no benefit claims,
unless the word only names a group of participants by who pays their contributions. Read by the claim vetoes
(pantau.extract.claim_rules)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pantau.extract.cues import Cue
from pantau.extract.figures import Figure
from pantau.extract.plans import STRONG_BOUNDARY_RE

if TYPE_CHECKING:  # (claim_rules reads this module)
    from pantau.extract.claim_rules import ClaimSentence

# "Informal Subsidi Pemerintah Daerah 67 orang Rp2,8 miliar", "peserta subsidi": a group of participants whose
# contributions a government pays, named in a list of claims; not a subsidy paid
_GROUP_BEFORE_SUBSIDY_RE = re.compile(r"\b(?:informal|formal|peserta|pekerja|segmen|kategori|kelompok|BPU|PU)\s+$", re.I)


def names_a_group(body: str, s: ClaimSentence, cue: Cue) -> bool:
    """The subsidy word is part of a group's name, right after a word for participants."""
    return _GROUP_BEFORE_SUBSIDY_RE.search(body, max(s.start, cue.start - 20), cue.start) is not None


def subsidy_in_force(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A wage subsidy named earlier in the sentence, with no claim, benefit or program word and no strong
    boundary since: its recipients and sums all along a list ("bantuan subsidi upah ... penerima 2020 sebanyak
    237.366 orang ..., calon penerima 2021 sebanyak 28.008 orang dan penerima batch 1-6 sebanyak 318.841")."""
    cue = s.cues.last_before(fig.start, "subsidy", since=s.start)
    if cue is None or STRONG_BOUNDARY_RE.search(body, cue.end, fig.start) or names_a_group(body, s, cue):
        return False
    return not any(c.has("claim_noun") or c.has("benefit_noun") or c.has("program") for c in s.cues.between(cue.end, fig.start))
