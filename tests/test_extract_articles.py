"""Whole annotated articles (the shared dev set and tests/articles) scored with the
shared scorer's matching rules: the extraction targets stay met."""
from pathlib import Path

import pytest

from tests.extract_score import DEFAULT_SETS, SCORER, score


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_annotated_articles_meet_targets(capsys):
    sets = [(a, g) for a, g in DEFAULT_SETS if Path(g).exists()]
    summary = score(sets)
    assert summary["claims"]["f1"] >= 0.95
    assert summary["mem"]["f1"] >= 0.9
    assert summary["prior_flag_accuracy"] >= 0.9
    assert summary["period_end_accuracy"] >= 0.9
    assert summary["published_date_accuracy"] == 1.0
    assert summary["ms_per_article"] < 50
