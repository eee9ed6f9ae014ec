"""Figure ids and finding ids are stable across runs for unchanged text, and a reviewer's
dismissal (finding_reviews) keeps a finding out of v_open_issues until the content changes."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

import pantau
from tests.conftest import SAMPLE_RAW


@pytest.fixture()
def raw(workdir: Path) -> Path:
    shutil.copytree(SAMPLE_RAW, workdir / "raw", dirs_exist_ok=True)
    return workdir / "raw"


def read(workdir: Path, sql: str, params=()) -> list[tuple]:
    con = duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def write(workdir: Path, sql: str, params=()) -> None:
    con = duckdb.connect(str(workdir / "pantau.duckdb"))
    try:
        con.execute(sql, list(params))
    finally:
        con.close()


def test_ids_carry_no_run_and_survive_an_extraction_by_a_new_extractor(run_pipeline, raw, workdir, monkeypatch):
    first = run_pipeline()
    figures = read(workdir, "SELECT figure_id FROM claims UNION ALL SELECT figure_id FROM membership ORDER BY 1")
    findings = read(workdir, "SELECT finding_id, check_name FROM v_open_issues ORDER BY ALL")
    assert figures and findings
    assert not any(first["run_id"] in f for (f,) in figures)
    assert len({f for f, _ in findings}) == len(findings)

    upgraded = pantau.EXTRACTOR_VERSION + "-again"
    for module in ("pantau", "pantau.pipeline", "flows.ingest"):
        monkeypatch.setattr(__import__(module, fromlist=["_"]), "EXTRACTOR_VERSION", upgraded)
    second = run_pipeline()

    assert second["articles_new"] == 3
    assert read(workdir, "SELECT DISTINCT run_id FROM claims") == [(second["run_id"],)]
    assert read(workdir, "SELECT figure_id FROM claims UNION ALL SELECT figure_id FROM membership ORDER BY 1") \
        == figures
    assert read(workdir, "SELECT finding_id, check_name FROM v_open_issues ORDER BY ALL") == findings


def test_a_dismissed_finding_leaves_open_issues_until_its_article_changes(run_pipeline, raw, workdir):
    run_pipeline()
    mismatch = read(workdir, "SELECT finding_id, article_id FROM v_open_issues WHERE check_name = 'total_mismatch'")
    assert len(mismatch) == 1
    finding_id, article_id = mismatch[0]
    open_before = read(workdir, "SELECT count(*) FROM v_open_issues")[0][0]

    write(workdir, "INSERT INTO finding_reviews VALUES (?, 'dismissed', 'the parts are of another total', 'ana', "
                   "TIMESTAMP '2024-05-01 10:00')", [finding_id])
    assert read(workdir, "SELECT count(*) FROM v_open_issues WHERE finding_id = ?", [finding_id]) == [(0,)]
    assert read(workdir, "SELECT count(*) FROM v_open_issues")[0][0] == open_before - 1
    # the figure it flagged is no longer an error for the user either
    assert read(workdir, "SELECT count(*) FROM membership WHERE status = 'error' AND article_id = ?",
                [article_id]) == [(0,)]

    run_pipeline()  # unchanged: the dismissal still holds
    assert read(workdir, "SELECT count(*) FROM v_open_issues WHERE finding_id = ?", [finding_id]) == [(0,)]

    # A later decision wins: confirmed, it is open again (and says so).
    write(workdir, "INSERT INTO finding_reviews VALUES (?, 'confirmed', NULL, 'budi', TIMESTAMP '2024-05-02 10:00')",
          [finding_id])
    assert read(workdir, "SELECT review_decision FROM v_open_issues WHERE finding_id = ?", [finding_id]) \
        == [("confirmed",)]
    write(workdir, "INSERT INTO finding_reviews VALUES (?, 'dismissed', NULL, 'ana', TIMESTAMP '2024-05-03 10:00')",
          [finding_id])

    # Changed content is a new article: its finding has a new id, and no dismissal covers it.
    (path,) = read(workdir, "SELECT source_path FROM articles WHERE article_id = ?", [article_id])[0]
    with open(raw / path, "a", encoding="utf-8") as page:
        page.write("\n<!-- saved again -->\n")
    run_pipeline()
    now = read(workdir, "SELECT finding_id, article_id FROM v_open_issues WHERE check_name = 'total_mismatch'")
    assert len(now) == 1 and now[0][0] != finding_id and now[0][1] != article_id
