"""Incremental runs (by content and by extractor version) and all-or-nothing loads."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

import pantau
from tests.conftest import SAMPLE_RAW
from tests.warehouse_checks import assert_sound, counts, open_read_only, snapshot

BALI = "bali-2023-klaim.txt"


@pytest.fixture()
def raw(workdir: Path) -> Path:
    shutil.copytree(SAMPLE_RAW, workdir / "raw", dirs_exist_ok=True)
    return workdir / "raw"


@pytest.fixture()
def warehouse(workdir: Path) -> Path:
    return workdir / "pantau.duckdb"


def article_of(con, path: str) -> str:
    """The article a raw path holds now (its latest content)."""
    return con.execute("SELECT arg_max(article_id, seen_at) FROM source_files WHERE source_path = ?",
                       [path]).fetchone()[0]


def claims_of(con, article_id: str) -> list[tuple]:
    return con.execute("SELECT program, cases, amount_idr, is_prior_period FROM claims WHERE article_id = ? "
                       "ORDER BY ALL", [article_id]).fetchall()


def test_second_run_on_unchanged_input_adds_nothing_and_extracts_nothing(run_pipeline, raw, warehouse):
    first = run_pipeline()
    before = snapshot(warehouse)
    second = run_pipeline()
    after = snapshot(warehouse)

    assert first["articles_new"] == 3 and before["articles"] == 3
    assert second["articles_new"] == 0
    assert {t: after[t] - before[t] for t in after} == {
        "runs": 1, "articles": 0, "source_files": 0, "rejected_files": 0, "claim_figures": 0,
        "membership_figures": 0, "quality_issues": 0}
    with open_read_only(warehouse) as con:
        assert con.execute("SELECT articles_new, figures_loaded FROM runs WHERE run_id = ?",
                           [second["run_id"]]).fetchone() == (0, 0)
        # the figures users see still come from the first run's extraction
        assert {r for (r,) in con.execute("SELECT DISTINCT run_id FROM claims").fetchall()} == {first["run_id"]}
        assert_sound(con)


def test_changed_file_supersedes_its_previous_version(run_pipeline, raw, warehouse):
    run_pipeline()
    with open_read_only(warehouse) as con:
        old_id = article_of(con, BALI)
        old_claims = claims_of(con, old_id)
        old_open = con.execute("SELECT count(*) FROM v_open_issues WHERE article_id = ?", [old_id]).fetchone()[0]
    assert any(cases == 36_210 for _, cases, _, _ in old_claims)

    text = (raw / BALI).read_text(encoding="utf-8")
    (raw / BALI).write_text(text.replace("36.210 kasus", "36.250 kasus"), encoding="utf-8")
    second = run_pipeline()

    assert second["articles_new"] == 1
    with open_read_only(warehouse) as con:
        new_id = article_of(con, BALI)
        assert new_id != old_id
        assert dict(con.execute("SELECT article_id, is_current FROM articles WHERE article_id IN (?, ?)",
                                [old_id, new_id]).fetchall()) == {old_id: False, new_id: True}
        # the old version's figures leave `claims`; its findings leave v_open_issues but stay recorded
        assert claims_of(con, old_id) == []
        assert any(cases == 36_250 for _, cases, _, _ in claims_of(con, new_id))
        assert not any(cases == 36_210 for _, cases, _, _ in
                       con.execute("SELECT program, cases, amount_idr, is_prior_period FROM claims").fetchall())
        assert con.execute("SELECT count(*) FROM v_open_issues WHERE article_id = ?", [old_id]).fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM quality_issues WHERE article_id = ?", [old_id]).fetchone()[0] >= old_open
        assert con.execute("SELECT count(*) FROM source_files WHERE source_path = ?", [BALI]).fetchone()[0] == 2
        assert_sound(con)


def test_a_file_changed_back_makes_its_first_version_current_again(run_pipeline, raw, warehouse):
    original = (raw / BALI).read_text(encoding="utf-8")
    run_pipeline()
    (raw / BALI).write_text(original.replace("41.870 kasus", "41.880 kasus"), encoding="utf-8")
    run_pipeline()
    (raw / BALI).write_text(original, encoding="utf-8")
    third = run_pipeline()

    assert third["articles_new"] == 0  # both versions were extracted before
    with open_read_only(warehouse) as con:
        current = article_of(con, BALI)
        assert con.execute("SELECT count(*) FROM articles WHERE is_current").fetchone()[0] == 3
        assert con.execute("SELECT is_current FROM articles WHERE article_id = ?", [current]).fetchone() == (True,)
        assert any(cases == 41_870 for _, cases, _, _ in claims_of(con, current))
        # one row per path and content, however often the file flips
        assert con.execute("SELECT count(*) FROM source_files WHERE source_path = ?", [BALI]).fetchone()[0] == 2
        assert_sound(con)


def test_same_content_under_two_names_is_one_article_with_two_file_rows(run_pipeline, raw, warehouse):
    run_pipeline()
    (raw / "salinan" / "lagi").mkdir(parents=True)
    shutil.copy(raw / BALI, raw / "salinan" / "lagi" / "bali copy.txt")
    second = run_pipeline()

    assert second["articles_new"] == 0
    with open_read_only(warehouse) as con:
        rows = con.execute("SELECT source_path, article_id FROM source_files WHERE article_id = ? ORDER BY 1",
                           [article_of(con, BALI)]).fetchall()
        assert [p for p, _ in rows] == [BALI, "salinan/lagi/bali copy.txt"]
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert con.execute("SELECT source_path FROM articles WHERE article_id = ?",
                           [rows[0][1]]).fetchone() == (BALI,)  # where it was first seen
        assert_sound(con)


def test_extractor_upgrade_extracts_every_article_again(run_pipeline, raw, warehouse, monkeypatch):
    first = run_pipeline()
    with open_read_only(warehouse) as con:
        claims_before = con.execute("SELECT article_id, program, cases, amount_idr FROM claims ORDER BY ALL").fetchall()
    assert claims_before

    upgraded = pantau.EXTRACTOR_VERSION + "-upgrade"
    monkeypatch.setattr(pantau, "EXTRACTOR_VERSION", upgraded)
    monkeypatch.setattr(pantau.pipeline, "EXTRACTOR_VERSION", upgraded)
    import flows.ingest
    monkeypatch.setattr(flows.ingest, "EXTRACTOR_VERSION", upgraded)
    second = run_pipeline()
    third = run_pipeline()

    assert (first["articles_new"], second["articles_new"], third["articles_new"]) == (3, 3, 0)
    with open_read_only(warehouse) as con:
        assert con.execute("SELECT DISTINCT extractor_version, loaded_run_id FROM articles").fetchall() == [
            (upgraded, second["run_id"])]
        # the same figures, now from the new extraction only
        assert con.execute("SELECT article_id, program, cases, amount_idr FROM claims ORDER BY ALL").fetchall() \
            == claims_before
        assert {r for (r,) in con.execute("SELECT DISTINCT run_id FROM claims").fetchall()} == {second["run_id"]}
        assert {r for (r,) in con.execute("SELECT DISTINCT run_id FROM v_open_issues").fetchall()} <= {second["run_id"]}
        assert_sound(con)


def test_a_load_that_fails_midway_leaves_nothing_of_its_run(prefect_harness, raw, warehouse, tmp_path):
    """Stage a real run, then spoil one staged file so the load fails after it has
    already written articles inside its transaction: nothing of the run may remain."""
    from pantau import pipeline
    from pantau.loader import load_run
    from pantau.sources import discover_files
    from pantau.warehouse import read_state

    def stage(run_id: str, staging: Path) -> pipeline.RunPlan:
        files, rejected = discover_files(raw)
        planned, unreadable = pipeline.hash_files(files)
        plan = pipeline.plan_run(planned, read_state(warehouse, 5))
        plan.unreadable = rejected + unreadable
        for n, batch in enumerate(pipeline.batches(plan.to_process, 1)):
            pipeline.process_batch(batch, run_id, str(staging), n, 1 << 20)
        return plan

    def load(run_id: str, staging: Path, plan: pipeline.RunPlan) -> dict:
        return load_run(warehouse, run_id, datetime.now(), staging, plan.new_source_rows, plan.unreadable,
                        plan.all_files, str(raw), pantau.EXTRACTOR_VERSION, 5)

    plan = stage("goodrun", tmp_path / "good")
    load("goodrun", tmp_path / "good", plan)
    before = snapshot(warehouse)
    with open_read_only(warehouse) as con:
        claims_before = con.execute("SELECT * EXCLUDE (status) FROM claims ORDER BY ALL").fetchall()

    (raw / "baru.txt").write_text((raw / BALI).read_text(encoding="utf-8").replace("Bali", "Nusa Tenggara"),
                                  encoding="utf-8")
    staging = tmp_path / "bad"
    plan = stage("badrun", staging)
    staged_claims = sorted(staging.glob("claim_figures-*.parquet"))
    assert staged_claims, "the new article must stage claim figures"
    # A second copy of a staged file repeats figure ids: the claim_figures insert breaks
    # its primary key after the articles of the run were already written.
    shutil.copy(staged_claims[0], staging / "claim_figures-999999.parquet")

    with pytest.raises(duckdb.ConstraintException):
        load("badrun", staging, plan)

    assert snapshot(warehouse) == before
    with open_read_only(warehouse) as con:
        for table, column in (("articles", "loaded_run_id"), ("source_files", "run_id"),
                              ("quality_issues", "run_id"), ("runs", "run_id")):
            assert con.execute(f"SELECT count(*) FROM {table} WHERE {column} = 'badrun'").fetchone()[0] == 0
        assert con.execute("SELECT * EXCLUDE (status) FROM claims ORDER BY ALL").fetchall() == claims_before
        assert_sound(con)
        assert counts(con)["runs"] == 1


def test_a_file_emptied_after_loading_ends_its_article(run_pipeline, workdir):
    import duckdb

    article = workdir / "raw" / "berita.txt"
    article.write_text("Klaim JHT di Kota Contoh\n\nBPJS Ketenagakerjaan Cabang Contoh membayar klaim JHT "
                       "sebanyak 1.200 kasus senilai Rp 18 miliar sepanjang 2023.\n", encoding="utf-8")
    run_pipeline()
    article.write_bytes(b"")
    second = run_pipeline()
    con = duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles WHERE is_current").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
        assert con.execute("SELECT reason FROM rejected_files WHERE source_path = 'berita.txt'").fetchone()[0] == "empty file"
    finally:
        con.close()
    assert second["files_rejected"] == 1 and second["articles_seen"] == 0
