"""A warehouse made by an earlier pantau keeps working: the next run migrates it (new
columns, DECIMAL amounts, new keys) inside its load transaction."""
from __future__ import annotations

import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

import pantau
from pantau.tables import declared
from tests.conftest import SAMPLE_RAW
from tests.warehouse_checks import assert_sound

OLD_TABLES = Path(__file__).resolve().parent / "fixtures" / "tables_before_facts.sql"


def make_old_warehouse(path: Path) -> None:
    """Tables as pantau made them before, holding one run's article, figure and finding."""
    con = duckdb.connect(str(path))
    con.execute(OLD_TABLES.read_text(encoding="utf-8"))
    con.execute("INSERT INTO runs VALUES ('oldrun', TIMESTAMP '2024-01-01 06:00', TIMESTAMP '2024-01-01 06:01', "
                "'completed', 1, 1, 1, 0, 0, 1, '0.9', 'data/raw')")
    con.execute("INSERT INTO articles VALUES ('told0000000000000001', 'lama.txt', 'Lama', 'Klaim JHT Rp1,47 triliun.', "
                "DATE '2017-09-14', 'Kanwil Jawa Timur', NULL, NULL, NULL, 'utf-8', 'abc', 'oldrun', '0.9', true)")
    con.execute("INSERT INTO source_files VALUES ('lama.txt', 'told0000000000000001', 'abc', 'oldrun', "
                "TIMESTAMP '2024-01-01 06:00')")
    con.execute("INSERT INTO claim_figures VALUES ('told0000000000000001-oldrun-c0', 'told0000000000000001', 'oldrun', "
                "'JHT', 148634, 1.47e12, DATE '2017-01-01', DATE '2017-08-31', 'Kanwil Jawa Timur', false, 0, 25, "
                "0, 5e9, NULL, NULL, 10, 24)")
    con.execute("INSERT INTO quality_issues VALUES ('oldrun-told-0', 'oldrun', 'told0000000000000001', "
                "'claim_missing_amount', 'warning', 'pesan', 'Klaim JHT Rp1,47 triliun.', 0, 25, NULL, NULL, "
                "'told0000000000000001-oldrun-c0', NULL, TIMESTAMP '2024-01-01 06:01')")
    con.close()


def column_types(con, table: str) -> dict[str, str]:
    return dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?",
                            [table]).fetchall())


def test_a_run_migrates_a_warehouse_made_by_the_previous_version(run_pipeline, workdir):
    warehouse = workdir / "pantau.duckdb"
    make_old_warehouse(warehouse)
    shutil.copytree(SAMPLE_RAW, workdir / "raw", dirs_exist_ok=True)
    result = run_pipeline()

    assert result["articles_new"] == 3
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for name, table in declared().items():
            assert tuple(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                                     "ORDER BY column_index", [name]).fetchall()) == table.columns, name
        assert column_types(con, "claims")["amount_idr"] == "DECIMAL(38,2)"
        # the old rows are kept, the amount now exact rupiah; the old article is still current
        assert con.execute("SELECT program, cases, amount_idr FROM claims WHERE article_id = 'told0000000000000001'"
                           ).fetchall() == [("JHT", 148_634, Decimal("1470000000000.00"))]
        old_finding = con.execute("SELECT finding_id FROM v_open_issues WHERE article_id = 'told0000000000000001'"
                                  ).fetchall()
        assert len(old_finding) == 1 and old_finding[0][0].startswith("f")
        assert con.execute("SELECT extraction_errors FROM runs WHERE run_id = 'oldrun'").fetchone() == (None,)
        assert con.execute("SELECT extraction_errors FROM runs WHERE run_id = ?",
                           [result["run_id"]]).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM claim_facts WHERE office = 'Kanwil Jawa Timur'").fetchone()[0] >= 4
        assert_sound(con)
    finally:
        con.close()
    # and the migrated warehouse is migrated once: the next run finds nothing to change
    from pantau.warehouse import outdated_tables

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert outdated_tables(con) == []
    finally:
        con.close()


def test_a_load_that_fails_leaves_an_old_warehouse_unmigrated(prefect_harness, workdir, tmp_path):
    """The migration is part of the load's transaction: a load that fails after it leaves
    the warehouse as the earlier version made it, readable by that version."""
    from pantau import pipeline
    from pantau.loader import load_run
    from pantau.sources import discover_files
    from pantau.warehouse import read_state

    warehouse = workdir / "pantau.duckdb"
    make_old_warehouse(warehouse)
    raw = shutil.copytree(SAMPLE_RAW, workdir / "raw", dirs_exist_ok=True)
    files, rejected = discover_files(raw)
    planned, unreadable = pipeline.hash_files(files)
    plan = pipeline.plan_run(planned, read_state(warehouse, 5))
    staging = tmp_path / "staging"
    pipeline.process_batch(plan.to_process, "badrun", str(staging), 0, 1 << 20)
    staged = sorted(staging.glob("claim_figures-*.parquet"))
    shutil.copy(staged[0], staging / "claim_figures-999999.parquet")  # repeated ids: the insert fails

    with pytest.raises(duckdb.ConstraintException):
        load_run(warehouse, "badrun", datetime.now(), staging, plan.new_source_rows, rejected + unreadable,
                 plan.all_files, str(raw), pantau.EXTRACTOR_VERSION, 5)

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert column_types(con, "claim_figures")["amount_idr"] == "DOUBLE"
        assert "finding_id" not in column_types(con, "quality_issues")
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE '%before_migration'"
                               ).fetchone()[0]
        assert con.execute("SELECT published_date FROM articles").fetchone() == (date(2017, 9, 14),)
    finally:
        con.close()


def test_views_an_earlier_version_recreated_are_recreated_on_the_next_run(tmp_path):
    """A run skips re-applying sql/ it already applied, unless an earlier pantau (which
    knows nothing of schema_applied) re-created its own views meanwhile."""
    from pantau.warehouse import _applied_digest, apply_schema, schema_digest

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        apply_schema(con)
        assert _applied_digest(con) == schema_digest()
        con.execute("CREATE OR REPLACE VIEW v_open_issues AS SELECT * FROM quality_issues")  # as the old views file
        apply_schema(con)
        assert "review_decision" in column_types(con, "v_open_issues")
        assert _applied_digest(con) == schema_digest()
    finally:
        con.close()


def test_an_old_warehouses_findings_are_opened_by_the_run_that_made_them(run_pipeline, workdir):
    """The first run after an upgrade records the findings already standing as opened by the
    runs that made them, so its report does not call the whole backlog new; until that run,
    the report says what to do instead of failing."""
    from typer.testing import CliRunner

    from pantau.cli import app

    warehouse = workdir / "pantau.duckdb"
    make_old_warehouse(warehouse)
    refused = CliRunner().invoke(app, ["report", "--warehouse", str(warehouse), "--reports", str(workdir / "r")])
    assert refused.exit_code == 2 and "run `pantau run` once with this version" in refused.output
    result = run_pipeline()  # an empty raw folder: nothing new
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT run_id, event, check_name FROM finding_events").fetchall() == [
            ("oldrun", "opened", "claim_missing_amount")]
        assert con.execute("SELECT open_warnings FROM runs WHERE run_id = ?", [result["run_id"]]).fetchone() == (1,)
    finally:
        con.close()
    html = (workdir / "reports" / "latest.html").read_text(encoding="utf-8")
    assert 'data-new="false"' in html and 'data-new="true"' not in html
