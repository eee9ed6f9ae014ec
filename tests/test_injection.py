"""Hostile article text and file names: stored verbatim, never run as SQL, never
written into the report as markup."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import hostile_inputs as h
from tests.warehouse_checks import TABLES, assert_sound, open_read_only

VIEWS = ("claims", "membership", "v_open_issues", "v_claims_by_program", "v_membership_latest")


def run_into(raw: Path, warehouse: Path, reports: Path) -> dict:
    from pantau.cli import run_once
    from pantau.config import load_settings

    return run_once(load_settings(raw_dir=raw, warehouse=warehouse, reports_dir=reports))


@pytest.fixture()
def attacked(prefect_harness, workdir: Path):
    """A run over hostile files, into a warehouse whose folder name is itself an attack
    (the loader names its staging files, beside the warehouse, inside SQL)."""
    raw = workdir / "raw"
    made = h.hostile_files(raw)
    h.write(raw / "biasa.txt", h.article_text("Artikel biasa"))
    home = workdir / f"gudang {h.SQL_ATTACK}"
    result = run_into(raw, home / "pantau.duckdb", workdir / "reports")
    con = open_read_only(home / "pantau.duckdb")
    yield result, con, made
    con.close()


def test_tables_and_views_survive_and_every_article_loaded(attacked):
    result, con, made = attacked
    names = {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(TABLES) | set(VIEWS) <= names
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(made) + 1
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
    assert result["articles_new"] == len(made) + 1
    assert_sound(con)


def test_hostile_titles_bodies_and_names_are_stored_verbatim(attacked):
    _, con, made = attacked
    for path, (title, phrase) in made.items():
        row = con.execute("SELECT a.title, a.body_text FROM articles a JOIN source_files s USING (article_id) "
                          "WHERE s.source_path = ?", [path]).fetchone()
        assert row is not None, path
        assert row[0] == title, path
        assert phrase in row[1], path


def test_the_report_shows_hostile_text_only_escaped(attacked):
    result, con, _ = attacked
    report = Path(result["report"]).read_text(encoding="utf-8")
    assert "<script>alert" not in report.lower()
    assert not re.search(r"<script\b[^>]*>\s*alert", report, re.IGNORECASE)
    # the evidence is shown, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report


def test_the_loader_binds_article_text_and_never_formats_it_into_sql():
    """Statically: the only strings formatted into SQL in the loader and warehouse code
    are identifiers of our own and staging file paths (quoted, doubled quotes)."""
    repo = Path(__file__).resolve().parent.parent
    allowed = {"view", "paths", "name", "t", "table", "column", "known"}
    for module in ("pantau/loader.py", "pantau/warehouse.py"):
        source = (repo / module).read_text(encoding="utf-8")
        for call in re.finditer(r"\.execute\(\s*f\"([^\"]*)\"", source):
            fields = set(re.findall(r"\{(\w+)", call.group(1)))
            assert fields <= allowed, (module, call.group(0), fields - allowed)
    assert "replace(\"'\", \"''\")" in (repo / "pantau/loader.py").read_text(encoding="utf-8")
