"""Extraction and checks scored end to end, the way the hidden set is scored: the real
flow into a real warehouse, then ../shared/tools/score.py against the gold files.

The dev set must stay at the issue's targets. Our held-out sets were written blind by
team members who never read the extractor (each was blind until the extractor was
improved against it; see tests/heldout2/README.md): they guard generalisation."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import DEVSET, REPO, SHARED

SCORER = SHARED / "tools" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py is not beside the repository")


def score(run_pipeline, workdir, articles, gold) -> dict:
    run_pipeline(raw=articles)
    out = workdir / "score.json"
    done = subprocess.run([sys.executable, str(SCORER), str(workdir / "pantau.duckdb"), str(gold), "--json", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    print(done.stdout)  # per-article misses, shown when a threshold fails
    return json.loads(out.read_text())["summary"]


def test_dev_set_meets_the_issue_targets(run_pipeline, workdir):
    summary = score(run_pipeline, workdir, DEVSET / "articles", DEVSET / "gold")
    assert summary["claims"]["f1"] >= 0.95
    assert summary["mem"]["f1"] >= 0.9
    assert summary["prior_flag_accuracy"] >= 0.9
    assert summary["period_end_accuracy"] >= 0.9
    assert summary["published_date_accuracy"] == 1.0
    assert summary["check_recall"] == 1.0
    assert summary["false_error_checks"] == 0


def test_devset2_meets_the_issue_targets(run_pipeline, workdir):
    folder = SHARED / "devset2"
    summary = score(run_pipeline, workdir, folder / "articles", folder / "gold")
    assert summary["claims"]["f1"] >= 0.95
    assert summary["mem"]["f1"] >= 0.9
    assert summary["check_recall"] >= 0.9
    assert summary["false_error_checks"] <= 2


@pytest.mark.parametrize("heldout", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                                     "heldout8", "heldout9", "heldout12", "heldout13"])
def test_heldout_sets_stay_above_the_hidden_set_targets(run_pipeline, workdir, heldout):
    folder = REPO / "tests" / heldout
    summary = score(run_pipeline, workdir, folder / "articles", folder / "gold")
    assert summary["claims"]["f1"] >= 0.90
    assert summary["mem"]["f1"] >= 0.9
    assert summary["prior_flag_accuracy"] >= 0.85
    assert summary["period_end_accuracy"] >= 0.85
    assert summary["published_date_accuracy"] >= 0.85
    assert summary["false_error_checks"] <= 2


def test_our_annotated_articles_score_fully(run_pipeline, workdir):
    summary = score(run_pipeline, workdir, REPO / "tests" / "articles", REPO / "tests" / "gold")
    assert summary["claims"]["f1"] >= 0.95
    assert summary["mem"]["f1"] >= 0.9
    assert summary["published_date_accuracy"] == 1.0
    assert summary["check_recall"] == 1.0
    assert summary["false_error_checks"] == 0
