"""The Pandera models: column rules on the fields, contract-named registered checks,
lazy validation that collects every failure with its row."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pytest

import schemas
from pantau.checks import frames
from pantau.model import ClaimFigure, Extraction, RawArticle
from schemas.checks import REGISTERED_CHECKS

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "CONTRACT.md"


def claims_frame(*claims: ClaimFigure, published=None) -> pd.DataFrame:
    raw = RawArticle(source_path="a.txt", content_sha256="0", title="t", body_text="x" * 100)
    return frames.claims_frame([("a1", raw, Extraction(published_date=published, office="Nasional",
                                                       claims=list(claims)))])


def claim(program="JHT", cases=10, amount=1e9, prior=False) -> ClaimFigure:
    return ClaimFigure(program=program, cases=cases, amount_idr=amount, period_start=None, period_end=None,
                       office="Nasional", is_prior_period=prior, start_char=0, end_char=5)


def failures(model, frame) -> set[tuple[str, int]]:
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        return {(str(c), int(i)) for c, i in zip(cases["check"], cases["index"]) if i is not None}
    return set()


def test_registered_checks_carry_contract_names_and_sit_in_the_models():
    names = {rule.__name__ for rule in REGISTERED_CHECKS}
    assert {"claim_missing_cases", "claim_missing_amount", "total_mismatch", "growth_mismatch",
            "amount_per_case_out_of_range", "period_after_publication", "weekday_mismatch",
            "missing_publication_date"} <= names
    claim_checks = {c.name for c in schemas.ClaimsFrame.to_schema().checks}
    assert {"claim_missing_cases", "claim_missing_amount", "period_after_publication",
            "amount_per_case_out_of_range"} <= claim_checks
    assert {c.name for c in schemas.BreakdownsFrame.to_schema().checks} == {"total_mismatch"}
    assert {c.name for c in schemas.ChangesFrame.to_schema().checks} == {"growth_mismatch"}


@pytest.mark.skipif(not CONTRACT.exists(), reason="the shared CONTRACT.md is not beside the repository")
def test_severities_match_the_contract_table():
    table = re.findall(r"^\| `(\w+)` \| .* \| (error|warning) \|$", CONTRACT.read_text(encoding="utf-8"), re.M)
    assert len(table) == 11
    for name, severity in table:
        assert schemas.SEVERITY[name] == severity, name


def test_a_clean_claims_frame_passes():
    frame = claims_frame(claim(), claim("TOTAL", cases=None, amount=2e9), claim("JKM", cases=None, prior=True))
    assert failures(schemas.ClaimsFrame, frame) == set()


def test_lazy_validation_collects_every_failure_with_its_row():
    frame = claims_frame(claim(), claim("JKM", cases=None), claim("XYZ"), claim("JKK", cases=-4))
    found = failures(schemas.ClaimsFrame, frame)
    assert ("claim_missing_cases", 1) in found
    assert any(c.startswith("isin") and i == 2 for c, i in found)
    assert any(c.startswith("greater_than_or_equal_to") and i == 3 for c, i in found)


def test_quality_issues_frame_rejects_unknown_severity_and_empty_message():
    frame = pd.DataFrame({"article_id": ["a", "b"], "check_name": ["total_mismatch", "weekday_mismatch"],
                          "severity": ["error", "fatal"], "message": ["parts do not add up", ""],
                          "evidence": ["x", None], "start_char": pd.array([1, None], dtype="Int64"),
                          "end_char": pd.array([5, None], dtype="Int64")})
    found = failures(schemas.QualityIssuesFrame, frame)
    assert {i for _c, i in found} == {1}
    assert any(c.startswith("isin") for c, _ in found) and any(c.startswith("str_length") for c, _ in found)


def test_articles_frame_flags_missing_publication_date_by_name():
    raw = RawArticle(source_path="a.txt", content_sha256="0", title="t", body_text="")
    frame = frames.articles_frame([("a1", raw, Extraction(published_date=None, office="Nasional"))])
    assert failures(schemas.ArticlesFrame, frame) == {("missing_publication_date", 0)}
