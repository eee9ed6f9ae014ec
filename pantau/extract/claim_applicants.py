"""People who applied for a benefit: its claimants only when the payment of what they applied for is told
beside them (rules cases.claimants_applied, cases.applied_then_paid); applications alone are never claims."""
from __future__ import annotations

import re

from pantau.extract.context import SentenceContext
from pantau.extract.cues import find_cues
from pantau.extract.figures import SentenceCues
from pantau.model import ClaimFigure


def completes_an_amount(program: str | None, main: list, just_given: list[ClaimFigure]) -> bool:
    """An amount of `program` paid, told in this sentence or the one before, with no count of its own:
    the people who applied are its claimants."""
    return any(p == program and role == "amount" for p, role, _, _ in main) or any(
        c.program == program and c.cases is None and c.amount_idr is not None for c in just_given)


def amount_told_after(s, fig, roles: list, program: str | None) -> bool:
    """The sentence goes on to the worth of what they applied for, naming no other program and no other count between
    ("3.787 tenaga kerja mengajukan klaim JKP ... pada periode Januari hingga Maret 2025, dengan nilai keseluruhan
    Rp28,2 miliar"): the people who applied are its claimants."""
    amount = next((f for f, role, _ in roles if role == "amount" and f.start > fig.end), None)
    if amount is None or any(role == "cases" and fig.end < f.start < amount.start for f, role, _ in roles):
        return False
    return all(p.value("program") == program for p in s.programs if fig.end <= p.start < amount.start)


def paid_in_next_sentence(contexts: list[SentenceContext], index: int, program: str | None) -> bool:
    """The next sentence tells what was paid out for the same program, in money and with no count of its own
    ("Sejak Januari hingga Juni ada 12.030 orang mengajukan JHT. Klaim JHT ... Rp 139 miliar yang dicairkan"):
    the people who applied are its claimants."""
    if program in (None, "TOTAL") or index + 1 >= len(contexts):
        return False
    following = contexts[index + 1]
    kinds = {n.kind for n in following.numbers}
    if "money" not in kinds or "count" in kinds:
        return False
    cues = SentenceCues(find_cues(following.text, following.start))
    named = {c.value("program") for c in cues.cues if c.has("program")}
    return named <= {program} and (cues.any("payment") or cues.any("claim_noun")) and not cues.any("not_paid")


# "dengan pekerja yang mengajukan klaim JHT sebanyak 960 orang": the people who applied, named before their count
_APPLIED_BEFORE_RE = re.compile(r"\b(?:pekerja|peserta|tenaga\s+kerja|karyawan)\s+yang\s+(?:telah\s+|sudah\s+)?mengajukan\s+"
                                r"(?:klaim|pencairan)\b[^.;,\d]{0,60}?(?:sebanyak|sejumlah|berjumlah|mencapai|ada)?\s*$", re.I)


def applicants_named_before(body: str, s, fig) -> bool:
    """The count's subject is the people who applied ("... Rp 9.031.172.880 dengan pekerja yang mengajukan klaim JHT
    sebanyak 960 orang"): claimants when the payment is told beside them (rule cases.claimants_applied)."""
    return _APPLIED_BEFORE_RE.search(body, max(s.start, fig.start - 110), fig.start) is not None
