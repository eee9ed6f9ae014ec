"""The reconciled layer: claim_facts, membership_facts, office names, series.

Facts come from real runs of the flow over our own articles (tests/facts), and, where the
extractor would already tidy what is tested (office spellings), from figures written into
a real warehouse the way the loader writes them."""
from __future__ import annotations

import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pantau.warehouse import apply_schema

FACTS = Path(__file__).resolve().parent / "facts"
AUGUST_2017 = (date(2017, 1, 1), date(2017, 8, 31))
YEAR_2017 = (date(2017, 1, 1), date(2017, 12, 31))


@pytest.fixture(scope="module")
def facts_warehouse(prefect_harness, tmp_path_factory):
    """One real run over the five Jawa Timur articles: three about January-August 2017 (two
    agree: 1,47 triliun and its untruncated 1.474.200.000.000; one has a typo), one about
    2017, and a 2019 one about 2018 that gives 2017 for comparison."""
    from pantau.cli import run_once
    from pantau.config import load_settings

    root = tmp_path_factory.mktemp("facts")
    shutil.copytree(FACTS, root / "raw")
    run_once(load_settings(raw_dir=root / "raw", warehouse=root / "w.duckdb", reports_dir=root / "reports"))
    con = duckdb.connect(str(root / "w.duckdb"), read_only=True)
    yield con
    con.close()


def fact(con, program: str, period: tuple[date, date], office: str = "Kanwil Jawa Timur") -> dict:
    cursor = con.execute("SELECT * FROM claim_facts WHERE office = ? AND program = ? AND period_start = ? "
                         "AND period_end = ?", [office, program, *period])
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    assert len(rows) == 1, rows
    return rows[0]


def test_three_articles_two_agreeing_give_one_conflicting_fact_with_the_agreeing_value(facts_warehouse):
    con = facts_warehouse
    assert con.execute("SELECT count(*) FROM claims WHERE period_end = DATE '2017-08-31'").fetchone()[0] == 3
    august = fact(con, "JHT", AUGUST_2017)
    assert (august["n_articles"], august["n_disagreeing"], august["status"]) == (3, 1, "conflict")
    assert august["cases"] == 148_634
    # 1,47 triliun and 1.474.200.000.000 agree (a truncation); the tie goes to the latest report
    assert august["amount_idr"] == Decimal("1474200000000.00")
    assert (august["first_reported"], august["last_reported"]) == (date(2017, 9, 14), date(2017, 9, 18))
    assert len(august["figure_ids"]) == 3
    assert set(august["figure_ids"]) == {f for (f,) in con.execute(
        "SELECT figure_id FROM claims WHERE period_end = DATE '2017-08-31'").fetchall()}


def test_a_later_articles_prior_period_figure_joins_the_fact_of_its_period(facts_warehouse):
    con = facts_warehouse
    year = fact(con, "JHT", YEAR_2017)
    assert (year["n_articles"], year["n_disagreeing"], year["status"]) == (2, 0, "agreed")
    assert year["amount_idr"] == Decimal("1900000000000.00")
    assert year["n_prior_period_reports"] == 1
    assert year["last_reported"] == date(2019, 1, 9)  # the 2019 article's comparison figure
    assert fact(con, "JHT", (date(2018, 1, 1), date(2018, 12, 31)))["status"] == "single"


def test_claims_by_program_shows_the_conflict_instead_of_hiding_it(facts_warehouse):
    row = facts_warehouse.execute(
        "SELECT cases, amount_idr, n_articles, n_disagreeing, status FROM v_claims_by_program "
        "WHERE office = 'Kanwil Jawa Timur' AND program = 'JHT' AND period_end = DATE '2017-08-31'").fetchall()
    assert row == [(148_634, Decimal("1474200000000.00"), 3, 1, "conflict")]


def test_series_keep_year_to_date_apart_from_whole_years(facts_warehouse):
    rows = facts_warehouse.execute(
        "SELECT series, period_end, point_no, status FROM v_claim_series WHERE office = 'Kanwil Jawa Timur' "
        "AND program = 'JHT' ORDER BY series, point_no").fetchall()
    assert rows == [("year", date(2017, 12, 31), 1, "agreed"), ("year", date(2018, 12, 31), 2, "single"),
                    ("year_to_date", date(2017, 8, 31), 1, "conflict")]


def test_amounts_are_exact_rupiah_from_staging_on(facts_warehouse):
    con = facts_warehouse
    types = dict(con.execute("SELECT table_name, data_type FROM duckdb_columns() WHERE column_name = 'amount_idr' "
                             "AND table_name IN ('claim_figures', 'claims', 'claim_facts')").fetchall())
    assert types == {"claim_figures": "DECIMAL(38,2)", "claims": "DECIMAL(38,2)", "claim_facts": "DECIMAL(38,2)"}
    amounts = {a for (a,) in con.execute("SELECT amount_idr FROM claims").fetchall()}
    assert Decimal("1470000000000.00") in amounts and Decimal("1474200000000.00") in amounts


# --- office names, on figures written as the loader writes them ---------------------------

def _warehouse(path: Path, figures: list[tuple]) -> duckdb.DuckDBPyConnection:
    """A real warehouse holding one article per figure (office as written, cases, amount,
    published)."""
    con = duckdb.connect(str(path))
    apply_schema(con)
    con.execute("INSERT INTO runs (run_id, started_at, status) VALUES ('r1', TIMESTAMP '2020-01-01', 'completed')")
    for n, (office, cases, amount, published) in enumerate(figures):
        con.execute("INSERT INTO articles (article_id, published_date, office, loaded_run_id, is_current) "
                    "VALUES (?, ?, ?, 'r1', true)", [f"t{n}", published, office])
        con.execute("INSERT INTO claim_figures (figure_id, article_id, run_id, program, cases, amount_idr, "
                    "period_start, period_end, office, is_prior_period, start_char, end_char, cases_tolerance, "
                    "amount_tolerance) VALUES (?, ?, 'r1', 'JHT', ?, ?, DATE '2019-01-01', DATE '2019-06-30', ?, "
                    "false, 0, 10, 0, ?)", [f"t{n}-c1", f"t{n}", cases, amount, office, 5e8 if amount else 0])
    return con


def test_one_regional_office_written_three_ways_is_one_office(tmp_path):
    con = _warehouse(tmp_path / "w.duckdb", [
        ("Kanwil Jatim", 1200, Decimal("48000000000"), date(2019, 7, 2)),
        ("Kantor Wilayah Jawa Timur", 1200, Decimal("48000000000"), date(2019, 7, 3)),
        ("BPJS Ketenagakerjaan Jawa Timur", 1200, Decimal("48000000000"), date(2019, 7, 4)),
        ("Kantor Cabang Sidoarjo", 50, None, date(2019, 7, 5)),
        ("Cabang Sidoarjo", 50, None, date(2019, 7, 6)),
        ("Cabang Antah Berantah", 7, None, date(2019, 7, 6)),
    ])
    assert con.execute("SELECT office, n_articles, status FROM claim_facts ORDER BY office").fetchall() == [
        ("Cabang Antah Berantah", 1, "single"), ("Cabang Sidoarjo", 2, "agreed"), ("Kanwil Jawa Timur", 3, "agreed")]
    unmapped = {w for (w,) in con.execute("SELECT office_as_written FROM v_unmapped_offices").fetchall()}
    assert unmapped == {"Kantor Cabang Sidoarjo", "Cabang Sidoarjo", "Cabang Antah Berantah"}


def test_a_users_alias_maps_an_unknown_name_and_survives_the_next_run(tmp_path):
    con = _warehouse(tmp_path / "w.duckdb", [("Kanwil Jatim", 1200, None, date(2019, 7, 2)),
                                              ("Cabang Antah Berantah", 1200, None, date(2019, 7, 3))])
    con.execute("INSERT INTO office_aliases VALUES ('Antah Berantah', 'Kanwil Jawa Timur', 'test', 'user')")
    con.execute("INSERT INTO office_aliases VALUES ('Cabang Antah Berantah', 'Kanwil Jawa Timur', 'test', 'user')")
    con.execute("DELETE FROM schema_applied")  # as after a change of sql/: the seed is loaded again
    apply_schema(con)
    assert con.execute("SELECT office, n_articles FROM claim_facts").fetchall() == [("Kanwil Jawa Timur", 2)]
    assert con.execute("SELECT count(*) FROM office_aliases WHERE source = 'user'").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM v_unmapped_offices").fetchone()[0] == 0


def test_membership_facts_reconcile_restatements(tmp_path):
    con = _warehouse(tmp_path / "w.duckdb", [])
    con.execute("INSERT INTO runs (run_id, started_at, status) VALUES ('r1', TIMESTAMP '2020-01-01', 'completed')"
                " ON CONFLICT DO NOTHING")
    for n, (value, tolerance, published) in enumerate([(2_680_000, 5_000, date(2019, 7, 1)),
                                                       (2_683_112, 0, date(2019, 7, 2)),
                                                       (3_100_000, 50_000, date(2019, 7, 3))]):
        con.execute("INSERT INTO articles (article_id, published_date, loaded_run_id, is_current) "
                    "VALUES (?, ?, 'r1', true)", [f"m{n}", published])
        con.execute("INSERT INTO membership_figures VALUES (?, ?, 'r1', 'active_workers', ?, NULL, "
                    "DATE '2019-06-30', 'Kanwil Jabar', 0, 5, ?, 'test')", [f"m{n}-m1", f"m{n}", value, tolerance])
    row = con.execute("SELECT office, value, n_articles, n_disagreeing, status FROM membership_facts").fetchall()
    assert row == [("Kanwil Jawa Barat", 2_683_112.0, 3, 1, "conflict")]


def test_one_article_stating_two_values_is_a_conflict_that_keeps_the_value_it_leads_with(tmp_path):
    con = _warehouse(tmp_path / "w.duckdb", [("Kanwil Banuspa", None, Decimal("583710000000"), date(2018, 10, 25))])
    con.execute("INSERT INTO claim_figures (figure_id, article_id, run_id, program, amount_idr, period_start, "
                "period_end, office, is_prior_period, start_char, end_char, amount_tolerance) VALUES "
                "('t0-c2', 't0', 'r1', 'JHT', 533, DATE '2019-01-01', DATE '2019-06-30', 'Kanwil Banuspa', false, "
                "40, 50, 0)")
    assert con.execute("SELECT office, amount_idr, n_articles, n_disagreeing, status FROM claim_facts").fetchall() == [
        ("Kanwil Bali Nusra Papua", Decimal("583710000000.00"), 1, 1, "conflict")]
