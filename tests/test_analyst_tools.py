"""Tools analysts use: `pantau export`, `make sql`, the series small multiples."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pantau.cli import app
from pantau.series import claim_series_by_office, office_series_svg
from tests.conftest import REPO

FACTS = Path(__file__).resolve().parent / "facts"


@pytest.fixture(scope="module")
def warehouse(prefect_harness, tmp_path_factory) -> Path:
    from pantau.cli import run_once
    from pantau.config import load_settings

    root = tmp_path_factory.mktemp("tools")
    shutil.copytree(FACTS, root / "raw")
    run_once(load_settings(raw_dir=root / "raw", warehouse=root / "w.duckdb", reports_dir=root / "reports"))
    return root / "w.duckdb"


def test_export_writes_parquet_that_duckdb_reads_back(warehouse, tmp_path):
    result = CliRunner().invoke(app, ["export", "--parquet", str(tmp_path / "out"), "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["claim_facts.parquet", "claim_series.parquet", "findings.parquet", "membership_facts.parquet"]
    con = duckdb.connect()
    facts = con.execute("SELECT office, program, period_end, amount_idr, status, figure_ids FROM read_parquet(?) "
                        "WHERE period_end = DATE '2017-08-31'", [str(tmp_path / "out" / "claim_facts.parquet")]
                        ).fetchall()
    assert len(facts) == 1
    office, program, period_end, amount, status, figure_ids = facts[0]
    assert (office, program, period_end, status) == ("Kanwil Jawa Timur", "JHT", date(2017, 8, 31), "conflict")
    assert amount == Decimal("1474200000000.00") and len(figure_ids) == 3
    with duckdb.connect(str(warehouse), read_only=True) as source:
        for stem, relation in (("claim_series", "v_claim_series"), ("findings", "v_open_issues")):
            assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "out" / f"{stem}.parquet")]
                               ).fetchone() == source.execute(f"SELECT count(*) FROM {relation}").fetchone()


def test_export_csv_for_spreadsheets_and_clear_usage_errors(warehouse, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--csv", str(tmp_path / "csv"), "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output
    header, *rows = (tmp_path / "csv" / "claim_facts.csv").read_text(encoding="utf-8").splitlines()
    assert header.startswith("office,program,period_start,period_end,cases,amount_idr,n_articles,n_disagreeing,status")
    assert any(",1474200000000.00," in row for row in rows)
    both = runner.invoke(app, ["export", "--csv", "--parquet", str(tmp_path / "x"), "--warehouse", str(warehouse)])
    assert both.exit_code == 2 and "exactly one of --parquet or --csv" in both.output
    missing = runner.invoke(app, ["export", "--csv", str(tmp_path / "x"), "--warehouse", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "run `pantau run` first" in missing.output


def test_make_sql_opens_the_pinned_duckdb_cli_read_only(warehouse):
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    duckdb_pin = re.search(r"^duckdb==(\S+)$", lock, re.M).group(1)
    assert f"duckdb-cli=={duckdb_pin}" in lock  # the shell matches the library that wrote the file
    env = {k: v for k, v in os.environ.items() if k != "PANTAU_WAREHOUSE"}
    plan = subprocess.run(["make", "-n", "sql"], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    assert '.venv/bin/duckdb -readonly "data/warehouse/pantau.duckdb"' in plan.stdout
    run = subprocess.run(["make", "-s", "sql", f"WAREHOUSE={warehouse}"], cwd=REPO, env=env, capture_output=True,
                         text=True, input="SELECT count(*) AS n FROM claim_facts;\nCREATE TABLE mine (a INT);\n")
    assert "read-only" in run.stderr + run.stdout
    assert re.search(r"│\s+\d+\s+│", run.stdout)  # the query ran
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'mine'").fetchone() == (0,)


def test_an_offices_series_render_as_inline_svg_with_conflicts_marked(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        series = claim_series_by_office(con)
    svg = office_series_svg("Kanwil Jawa Timur", series["Kanwil Jawa Timur"], lang="en")
    root = ET.fromstring(svg)  # well-formed, one element, no script
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg" and root.get("data-office") == "Kanwil Jawa Timur"
    panels = [(g.get("data-program"), g.get("data-series")) for g in root.iter(f"{ns}g")]
    assert panels == [("JHT", "year"), ("JHT", "year_to_date")]
    points = list(root.iter(f"{ns}circle"))
    assert [p.get("data-status") for p in points] == ["agreed", "single", "conflict"]
    conflict = points[2]
    assert conflict.get("fill") == "#b3261e" and "1 of 3 articles disagree" in conflict.find(f"{ns}title").text
    assert "script" not in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")


def test_series_svg_escapes_names_from_articles():
    point = {"program": "JHT", "series": "year", "period_start": date(2020, 1, 1), "period_end": date(2020, 12, 31),
             "cases": 5, "amount_idr": None, "status": "single", "n_articles": 1, "n_disagreeing": 0}
    svg = office_series_svg('Cabang <script>"x"</script>', [point], lang="en")
    ET.fromstring(svg)
    assert "<script>" not in svg and "5 cases" in svg


def test_every_run_writes_the_data_dictionary_beside_its_report(warehouse):
    page = warehouse.parent / "reports" / "data-dictionary.html"
    html = page.read_text(encoding="utf-8")
    assert (warehouse.parent / "reports" / "latest.html").exists()
    assert 'data-relation="claim_facts"' in html and 'data-column="n_disagreeing"' in html
