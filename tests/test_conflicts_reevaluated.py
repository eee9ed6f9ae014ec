"""The cross-article conflict check in the warehouse (issue 15): every article a finding
involves is evaluated again when any of them changes, and one article of thousands of
figures of one office and period holds the write lock for a bounded time."""
from __future__ import annotations

from pathlib import Path

from pantau.checks.conflicts import MAX_VALUES
from tests import hostile_inputs as h
from tests.warehouse_checks import assert_sound, open_read_only

# Three articles about one office, program and period.
CLAIM = ("SURABAYA, Senin (10/2/2020) – BPJS Ketenagakerjaan Kantor Wilayah Jawa Timur membayar klaim Jaminan "
         "Hari Tua (JHT) sebanyak {cases} kasus senilai Rp 123,4 miliar sepanjang 2019.")


def write_claim(raw: Path, name: str, cases: str) -> None:
    h.write(raw / name, h.article_text(f"Klaim JHT Jatim ({name})", CLAIM.format(cases=cases)))


def open_conflicts(warehouse: Path) -> dict[str, list[str]]:
    """source path -> related article paths of each open conflicting_figures finding."""
    with open_read_only(warehouse) as con:
        assert_sound(con)
        paths = dict(con.execute("SELECT article_id, source_path FROM articles").fetchall())
        rows = con.execute("SELECT article_id, related_article_ids FROM v_open_issues "
                           "WHERE check_name = 'conflicting_figures' ORDER BY article_id").fetchall()
    found: dict[str, list[str]] = {}
    for article_id, related in rows:
        found.setdefault(paths[article_id], []).append(
            ",".join(sorted(paths[r] for r in (related or "").split(",") if r)))
    return found


def case_status(warehouse: Path) -> dict[str, str]:
    with open_read_only(warehouse) as con:
        return dict(con.execute("SELECT a.source_path, c.status FROM claims c JOIN articles a USING (article_id)"
                                ).fetchall())


def test_a_conflict_closes_for_both_articles_when_one_is_corrected(run_pipeline, workdir):
    raw, warehouse = workdir / "raw", workdir / "pantau.duckdb"
    write_claim(raw, "a.txt", "12.345")
    run_pipeline()
    write_claim(raw, "b.txt", "12.999")  # disagrees with a.txt
    run_pipeline()
    assert open_conflicts(warehouse) == {"a.txt": ["b.txt"], "b.txt": ["a.txt"]}
    assert case_status(warehouse) == {"a.txt": "error", "b.txt": "error"}

    write_claim(raw, "b.txt", "12.345")  # b.txt corrected
    run_pipeline()
    assert open_conflicts(warehouse) == {}
    assert case_status(warehouse) == {"a.txt": "ok", "b.txt": "ok"}


def test_the_articles_a_correction_leaves_in_conflict_keep_one_finding_each(run_pipeline, workdir):
    raw, warehouse = workdir / "raw", workdir / "pantau.duckdb"
    write_claim(raw, "a.txt", "12.345")
    write_claim(raw, "b.txt", "12.999")
    write_claim(raw, "c.txt", "13.500")
    run_pipeline()
    assert open_conflicts(warehouse) == {"a.txt": ["b.txt,c.txt"], "b.txt": ["a.txt,c.txt"], "c.txt": ["a.txt,b.txt"]}

    write_claim(raw, "b.txt", "12.345")  # b agrees with a now; c still disagrees with both
    run_pipeline()
    # a.txt did not change, yet its finding is made anew (once: the earlier one is superseded)
    assert open_conflicts(warehouse) == {"a.txt": ["c.txt"], "b.txt": ["c.txt"], "c.txt": ["a.txt,b.txt"]}
    write_claim(raw, "c.txt", "12.345")
    run_pipeline()
    assert open_conflicts(warehouse) == {}
    assert set(case_status(warehouse).values()) == {"ok"}


def test_an_article_that_stops_being_current_closes_the_conflict_it_was_part_of(run_pipeline, workdir):
    raw, warehouse = workdir / "raw", workdir / "pantau.duckdb"
    write_claim(raw, "a.txt", "12.345")
    write_claim(raw, "b.txt", "12.999")
    run_pipeline()
    h.write(raw / "b.txt", b"")  # emptied: rejected, its article no longer current
    run_pipeline()
    assert open_conflicts(warehouse) == {}
    assert case_status(warehouse) == {"a.txt": "ok"}


def test_an_unchanged_rerun_evaluates_nothing_again(run_pipeline, workdir):
    raw, warehouse = workdir / "raw", workdir / "pantau.duckdb"
    write_claim(raw, "a.txt", "12.345")
    write_claim(raw, "b.txt", "12.999")
    run_pipeline()
    with open_read_only(warehouse) as con:
        before = con.execute("SELECT count(*) FROM quality_issues").fetchone()[0]
    run_pipeline()
    with open_read_only(warehouse) as con:
        assert con.execute("SELECT count(*) FROM quality_issues").fetchone()[0] == before
        assert con.execute("SELECT count(*) FROM superseded_findings").fetchone()[0] == 0


def table_article(raw: Path, rows: int) -> None:
    """One article listing `rows` different JHT claims of one office and year (a pasted table)."""
    def dotted(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    lines = [f"- Klaim JHT sebanyak {dotted(1000 + 7 * i)} kasus senilai Rp {dotted(100 + i)},5 miliar."
             for i in range(rows)]
    h.write(raw / "tabel.txt", h.article_text(
        "Tabel klaim JHT Jawa Timur 2019",
        "SURABAYA, Senin (10/2/2020) – BPJS Ketenagakerjaan Kantor Wilayah Jawa Timur merinci klaim Jaminan "
        "Hari Tua sepanjang 2019 sebagai berikut:\n" + "\n".join(lines)))


def test_a_group_over_the_limit_is_reported_as_not_compared_and_loads_quickly(run_pipeline, workdir):
    rows = MAX_VALUES + 100
    table_article(workdir / "raw", rows)
    result = run_pipeline()
    assert result["claims"] == rows
    assert result["timings"]["wall"]["load"] < 10  # seconds; the pairwise check took minutes
    with open_read_only(workdir / "pantau.duckdb") as con:
        found = con.execute("SELECT check_name, severity, message FROM v_open_issues ORDER BY message").fetchall()
        assert [(c, s) for c, s, _ in found] == [("check_failed", "warning")] * 2  # amounts and case counts
        assert all(f"memiliki {rows:,} angka".replace(",", ".") in m and "tidak diperiksa" in m for _, _, m in found)
        assert con.execute("SELECT DISTINCT status FROM claims").fetchall() == [("warning",)]
