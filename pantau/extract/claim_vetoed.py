"""Vetoes a figure takes from other figures of its sentence or the one before: the same money said again after it
was vetoed (veto.restated), and the parts of a vetoed whole listed after it ("dana ... yang dikelola ... sebesar
Rp801,3 triliun dengan rincian sebagai berikut, JHT Rp491,64 triliun; JKK ...": each part is a fund too)."""
from __future__ import annotations

import re

from pantau.extract.claim_rules import clause_start
from pantau.extract.figures import Figure

# A whole's own veto its listed parts take too: money held or paid in, not paid out
_PART_TAKES = frozenset(("veto.fund", "veto.contribution", "veto.budget", "veto.reserve", "veto.restated"))


def restated_veto(s, fig: Figure, vetoed: list[tuple[float, float, str]]) -> str | None:
    """Money of the same value as money vetoed in the sentence before is the same money ("Untuk penerima iuran program
    PMI ... totalnya mencapai Rp 263 miliar." then "Totalnya adalah 263 miliar, dari jumlah itu ..."): vetoed too; unless
    its own words say it was paid ("klaim JHT yang dibayar juga Rp 1,2 triliun")."""
    if fig.unit != "money" or fig.value is None or any(
            c.has("claim_noun") or c.has("benefit_noun") or c.has("payment") for c in s.cues.between(s.start, fig.start)):
        return None
    return next(("veto.restated" for value, tolerance, _ in vetoed
                 if abs(value - fig.value) <= max(tolerance, fig.num.tolerance)), None)


def part_of_vetoed_whole(s, fig: Figure, vetoed_here: list[tuple[Figure, str]]) -> str | None:
    """Money listed after a breakdown word ("dengan rincian", "terdiri dari", "rinciannya") that follows money of the
    same sentence vetoed as a fund, contribution, budget or reserve: a part of that whole, vetoed the same."""
    if fig.unit != "money":
        return None
    for whole, veto in vetoed_here:
        if whole.unit == "money" and veto in _PART_TAKES and whole.end <= fig.start \
                and s.cues.between(whole.end, fig.start, "breakdown"):
            return veto
    return None


# "..., termasuk 12 kasus meninggal dunia dengan santunan Rp 1,8 miliar" after a program's claim: some of it
_PROGRAM_NAME_RE = re.compile(r"\b(?:JHT|JKK|JKM|JK|JP|JPN|JKP|jaminan)\b", re.I)  # not "kasus meninggal dunia"
_INCLUDED_CLAUSE_RE = re.compile(r"\s*(?:yang\s+)?(?:termasuk|di\s+antaranya|diantaranya)\s", re.I)


def included_part(body: str, s, fig: Figure, claim_roles: list) -> str | None:
    """Money or a count in a clause opened by "termasuk" / "di antaranya" after a figure already read as a claim's:
    a part of that claim told by another cut (rule link.subset), not a claim of its own."""
    if fig.unit not in ("money", "case", "people") or not claim_roles \
            or not (s.cues.any("subset") or s.cues.any("breakdown_partial")):
        return None  # (most figures: no claim before them, or no "termasuk" in the sentence)
    clause_at = clause_start(body, s, fig.start)
    if not _INCLUDED_CLAUSE_RE.match(body, clause_at) \
            or not any(f.end <= clause_at for f in claim_roles) \
            or any(clause_at <= p.start < fig.start and _PROGRAM_NAME_RE.search(body, p.start, p.end) for p in s.programs):
        return None  # (a program named in it is a program's part: "..., di antaranya JHT Rp 80 miliar")
    return "link.subset"
