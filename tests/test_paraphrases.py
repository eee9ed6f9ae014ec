"""The paraphrase suite: for every named extraction rule (pantau/extract/rules.py) at least five
sentences that say the same thing in other words, and two near-misses it must not fire on.

Cases live in tests/paraphrases/*.toml, one table per case:

    [[case]]
    rule = "link.program_after"        # the rule the case is about
    text = "Sebanyak 500 kasus JKK dibayarkan senilai Rp 5 miliar sepanjang 2023."
    claims = [{program = "JKK", cases = 500, amount = 5e9}]   # exactly these claims (prior = false unless said;
                                                              # period_end = "2023-12-31" checks the period too)
    members = []                       # optional: exactly these participation figures {metric, value}
    near_miss = false                  # true: the rule must NOT fire
    published = "2024-03-01"           # optional publication date (default 2024-06-15)
    known = "why it fails"             # optional: a known weakness, asserted to fail (xfail, strict)

A positive case passes when the extraction's trace holds the rule and its figures are exactly
the expected ones; a near-miss when the rule is absent from the trace and the figures match.
Adding a phrasing is one table; no Python.
"""
from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from pantau.extract import extract_article
from pantau.extract.rules import RULES
from pantau.model import RawArticle

FOLDER = Path(__file__).resolve().parent / "paraphrases"
DEFAULT_PUBLISHED = date(2024, 6, 15)
MIN_POSITIVE, MIN_NEAR_MISS = 5, 2


def load_cases() -> list[dict]:
    cases = []
    for path in sorted(FOLDER.glob("*.toml")):
        for n, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])):
            cases.append({**case, "_id": f"{path.stem}:{n + 1}:{case.get('rule')}"})
    return cases


CASES = load_cases()


def _key(c) -> tuple:
    return c.program, c.cases, round(c.amount_idr) if c.amount_idr is not None else None, bool(c.is_prior_period)


def _claims(ex) -> set[tuple]:
    return {_key(c) for c in ex.claims}


def _expected_claims(case) -> set[tuple]:
    return {(c["program"], c.get("cases"), round(c["amount"]) if c.get("amount") is not None else None,
             bool(c.get("prior", False))) for c in case["claims"]}


def extract(case):
    published = date.fromisoformat(case["published"]) if case.get("published") else DEFAULT_PUBLISHED
    return extract_article(RawArticle("case.txt", "0" * 64, "", case["text"], published_hint=published))


def _param(case):
    """A case the rules do not meet yet carries `known = "why"`: it must fail (strict), so fixing it
    is noticed, and the suite says in words where the cascade is still weak."""
    marks = [pytest.mark.xfail(strict=True, reason=case["known"])] if case.get("known") else []
    return pytest.param(case, id=case["_id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_paraphrase(case):
    ex = extract(case)
    if "claims" in case:
        assert _claims(ex) == _expected_claims(case), ex.trace
        dated = {(key, c["period_end"]) for c in case["claims"] if "period_end" in c
                 for key in _expected_claims({"claims": [c]})}
        got = {(_key(c), str(c.period_end)) for c in ex.claims}
        assert dated <= got, ex.trace  # `period_end = "2022-10-31"` in a claim: its period too
    if "members" in case:
        got = {(m.metric, round(m.value)) for m in ex.membership}
        assert got == {(m["metric"], round(m["value"])) for m in case["members"]}, ex.trace
    if case.get("near_miss"):
        assert case["rule"] not in ex.trace
    else:
        assert case["rule"] in ex.trace


def test_every_case_names_a_known_rule():
    assert not [c["_id"] for c in CASES if c.get("rule") not in RULES]


def test_every_rule_has_its_paraphrases_and_near_misses():
    short = []
    for rule in RULES:
        positive = sum(1 for c in CASES if c.get("rule") == rule and not c.get("near_miss"))
        near = sum(1 for c in CASES if c.get("rule") == rule and c.get("near_miss"))
        if positive < MIN_POSITIVE or near < MIN_NEAR_MISS:
            short.append(f"{rule}: {positive} paraphrases, {near} near-misses")
    assert not short, "\n".join(short)
