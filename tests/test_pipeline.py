"""The whole path, for real: sample articles → Prefect flow → DuckDB views → report."""
from __future__ import annotations

import shutil
from datetime import date

import duckdb
import pytest

from tests.conftest import SAMPLE_RAW

SEED = "jatim-2017-pers-gathering.txt"


@pytest.fixture()
def sample_run(run_pipeline, workdir):
    shutil.copytree(SAMPLE_RAW, workdir / "raw", dirs_exist_ok=True)
    # The same content under a second name is one article seen twice.
    shutil.copy(workdir / "raw" / SEED, workdir / "raw" / "copy of seed.txt")
    result = run_pipeline()
    con = duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True)
    yield result, con
    con.close()


def seed_article_id(con) -> str:
    return con.execute("SELECT article_id FROM source_files WHERE source_path = ?", [SEED]).fetchone()[0]


def test_seed_claims_come_back_from_sql_with_exact_figures(sample_run):
    _, con = sample_run
    rows = con.execute(
        "SELECT program, cases, amount_idr, period_end, office, is_prior_period FROM claims "
        "WHERE article_id = ? ORDER BY program", [seed_article_id(con)]).fetchall()
    assert rows == [
        ("JHT", 148_634, pytest.approx(1.47e12), date(2017, 8, 31), "Kanwil Jawa Timur", False),
        ("JKK", 16_966, pytest.approx(105e9), date(2017, 8, 31), "Kanwil Jawa Timur", False),
        ("JKM", 2_300, pytest.approx(64e9), date(2017, 8, 31), "Kanwil Jawa Timur", False),
        ("JP", 7_996, pytest.approx(7.1e9), date(2017, 8, 31), "Kanwil Jawa Timur", False),
    ]


def test_every_figure_points_at_its_evidence_in_body_text(sample_run):
    _, con = sample_run
    spans = con.execute(
        "SELECT c.program, substr(a.body_text, c.amount_start + 1, c.amount_end - c.amount_start), "
        "substr(a.body_text, c.start_char + 1, c.end_char - c.start_char) "
        "FROM claims c JOIN articles a USING (article_id) WHERE article_id = ?", [seed_article_id(con)]).fetchall()
    evidence = {program: (amount, whole) for program, amount, whole in spans}
    assert "1.47 triliun" in evidence["JHT"][0]
    assert "148.634" in evidence["JHT"][1]
    assert "Rp7,1 miliar" in evidence["JP"][0]
    for program, start, end, length in con.execute(
            "SELECT 'm', start_char, end_char, length(body_text) FROM membership JOIN articles USING (article_id)").fetchall():
        assert 0 <= start < end <= length


def test_every_raw_file_is_accounted_for_and_duplicates_are_one_article(sample_run, workdir):
    result, con = sample_run
    raw_files = sorted(p.relative_to(workdir / "raw").as_posix() for p in (workdir / "raw").rglob("*") if p.is_file())
    recorded = sorted(r[0] for r in con.execute(
        "SELECT source_path FROM source_files UNION SELECT source_path FROM rejected_files").fetchall())
    assert recorded == raw_files
    assert con.execute("SELECT count(DISTINCT article_id) FROM source_files WHERE source_path IN (?, ?)",
                       [SEED, "copy of seed.txt"]).fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert result["articles_new"] == 3


def test_sample_membership_and_views(sample_run):
    _, con = sample_run
    seed = seed_article_id(con)
    metrics = dict(con.execute("SELECT metric, value FROM membership WHERE article_id = ?", [seed]).fetchall())
    assert metrics["active_companies"] == 50_028
    assert metrics["active_wage_workers"] == 1_054_000
    assert metrics["migrant_workers"] == 17_858
    by_program = con.execute(
        "SELECT program, cases FROM v_claims_by_program WHERE office = 'Kanwil Jawa Timur' "
        "AND period_end = DATE '2017-08-31' ORDER BY program").fetchall()
    assert by_program == [("JHT", 148_634), ("JKK", 16_966), ("JKM", 2_300), ("JP", 7_996)]
    latest = dict(con.execute("SELECT metric, value FROM v_membership_latest WHERE office = 'Kanwil Jawa Timur'").fetchall())
    assert latest["active_companies"] == 50_028


def test_open_issues_show_the_sample_total_mismatch_with_evidence(sample_run):
    _, con = sample_run
    issues = con.execute("SELECT check_name, severity, evidence FROM v_open_issues WHERE severity = 'error'").fetchall()
    mismatches = [evidence for check, _, evidence in issues if check == "total_mismatch"]
    assert mismatches and "6,12 juta" in mismatches[0]
    assert con.execute("SELECT count(*) FROM membership WHERE status = 'error'").fetchone()[0] >= 1


def test_rerun_on_same_input_adds_nothing(sample_run, run_pipeline):
    _, con = sample_run
    tables = ["articles", "claim_figures", "membership_figures", "quality_issues", "source_files", "rejected_files"]
    before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con.close()
    second = run_pipeline()
    assert second["articles_new"] == 0
    con2 = duckdb.connect(str(second["report"]).rsplit("/reports/", 1)[0] + "/pantau.duckdb", read_only=True)
    after = {t: con2.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con2.close()
    assert after == before
    # The re-run found nothing new, and its report still shows every finding that stands, none as new.
    html = open(second["report"], encoding="utf-8").read()
    con2 = duckdb.connect(str(second["report"]).rsplit("/reports/", 1)[0] + "/pantau.duckdb", read_only=True)
    open_ids = {f for (f,) in con2.execute("SELECT finding_id FROM v_open_issues").fetchall()}
    con2.close()
    assert open_ids and all(f'data-finding-id="{f}"' in html for f in open_ids)
    assert 'data-new="true"' not in html


def test_run_writes_a_report(sample_run):
    result, _ = sample_run
    html = open(result["report"], encoding="utf-8").read()
    assert "total_mismatch" in html
