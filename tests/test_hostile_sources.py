"""Raw folders that broke runs (issue 15): entries that are not files, names that are not
UTF-8, encodings, one-line and deeply nested articles, two folders, a file rewritten while a
run reads it. Each is recorded with its reason or loaded; none stops or hangs a run."""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from tests import hostile_inputs as h
from tests.cli_process import api_url_of_harness, cli_env, run
from tests.warehouse_checks import assert_sound, open_read_only


def reasons(con) -> dict[str, str]:
    return dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())


def claims_of(con, path: str) -> list[tuple]:
    return con.execute("SELECT c.program, c.cases, c.amount_idr FROM claims c JOIN source_files s USING (article_id) "
                       "WHERE s.source_path = ? ORDER BY c.program", [path]).fetchall()


@pytest.fixture()
def odd_run(run_pipeline, workdir):
    raw = workdir / "raw"
    made = {"odd": h.odd_entries(raw), "utf16": h.utf16_article(raw), "one_line": h.one_line_article(raw),
            "mostly_utf8": h.mostly_utf8_article(raw), "deep": h.deep_html_article(raw),
            "chrome": h.chrome_only_page(raw)}
    h.write(raw / "biasa.txt", h.article_text("Artikel biasa"))
    clock = time.monotonic()
    result = run_pipeline()
    made["seconds"] = time.monotonic() - clock
    con = open_read_only(workdir / "pantau.duckdb")
    yield result, con, made
    con.close()


def test_entries_that_are_not_files_are_rejected_with_their_reason_and_nothing_hangs(odd_run):
    result, con, made = odd_run
    recorded = reasons(con)
    for path, words in made["odd"].items():
        assert words in recorded.get(path, ""), (path, recorded.get(path))
    assert made["seconds"] < 60
    assert_sound(con)
    # the folder whose name is not UTF-8 is recorded once; its file is not read
    assert con.execute("SELECT count(*) FROM articles WHERE title LIKE '%bukan UTF-8%'").fetchone()[0] == 0


def test_a_utf16_article_with_its_byte_order_mark_is_read(odd_run):
    _, con, made = odd_run
    assert claims_of(con, made["utf16"]) == [("JHT", 4321, 43.2e9)]
    assert con.execute("SELECT a.encoding FROM articles a JOIN source_files s USING (article_id) "
                       "WHERE s.source_path = ?", [made["utf16"]]).fetchone() == ("utf-16",)


def test_a_one_line_article_is_an_article_whose_title_is_its_first_sentence(odd_run):
    _, con, made = odd_run
    assert made["one_line"] not in reasons(con)
    title, body = con.execute("SELECT a.title, a.body_text FROM articles a JOIN source_files s USING (article_id) "
                              "WHERE s.source_path = ?", [made["one_line"]]).fetchone()
    assert title.startswith("SURABAYA, Senin (10/2/2020)") and title.endswith("sepanjang 2019.")
    assert body.startswith(title)  # the first sentence stays body text: its figures are read
    assert claims_of(con, made["one_line"]) == [("JHT", 12345, 123.4e9)]


def test_one_invalid_byte_does_not_turn_a_utf8_file_into_latin1_and_is_said(odd_run):
    _, con, made = odd_run
    article_id, title, encoding = con.execute(
        "SELECT a.article_id, a.title, a.encoding FROM articles a JOIN source_files s USING (article_id) "
        "WHERE s.source_path = ?", [made["mostly_utf8"]]).fetchone()
    assert title == "Klaim “JHT” naik – laporan Kanwil Jawa Timur"
    assert encoding == "utf-8 (1 invalid byte replaced)"
    assert con.execute("SELECT count(*) FROM quality_issues WHERE article_id = ? AND check_name = 'undecodable_bytes'",
                       [article_id]).fetchone()[0] == 1


def test_html_nested_thousands_of_levels_deep_is_read(odd_run):
    _, con, made = odd_run
    assert claims_of(con, made["deep"]) == [("JHT", 12345, 123.4e9)]


def test_a_page_of_navigation_and_footer_only_is_rejected_not_loaded(odd_run):
    _, con, made = odd_run
    assert "no main article text" in reasons(con)[made["chrome"]]
    assert con.execute("SELECT count(*) FROM articles WHERE body_text LIKE '%Kategori berita%'").fetchone()[0] == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file and folder")
def test_a_folder_and_a_file_that_cannot_be_read_are_recorded(run_pipeline, workdir):
    raw = workdir / "raw"
    h.write(raw / "terkunci" / "a.txt", h.article_text("Terkunci"))
    h.write(raw / "rahasia.txt", h.article_text("Rahasia"))
    h.write(raw / "biasa.txt", h.article_text("Biasa"))
    (raw / "terkunci").chmod(0)
    (raw / "rahasia.txt").chmod(0)
    try:
        run_pipeline()
    finally:
        (raw / "terkunci").chmod(0o755)
        (raw / "rahasia.txt").chmod(0o644)
    with open_read_only(workdir / "pantau.duckdb") as con:
        recorded = reasons(con)
        assert "cannot be read" in recorded["terkunci"] and "ermission denied" in recorded["rahasia.txt"]
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


# --- source identity: the raw folder is part of it ---------------------------------------

def test_two_folders_holding_the_same_file_name_are_two_sources(run_pipeline, workdir):
    first, second = workdir / "jatim", workdir / "jabar"
    h.write(first / "berita.txt", h.article_text("Klaim Jatim"))
    h.write(second / "berita.txt", h.article_text("Klaim Jabar", h.GOOD_BODY.replace("Jawa Timur", "Jawa Barat")))
    run_pipeline(raw=first)
    run_pipeline(raw=second)
    again = run_pipeline(raw=first)
    assert again["articles_new"] == 0
    with open_read_only(workdir / "pantau.duckdb") as con:
        assert_sound(con)
        assert sorted(con.execute("SELECT title, is_current FROM articles").fetchall()) == [
            ("Klaim Jabar", True), ("Klaim Jatim", True)]
        assert sorted(con.execute("SELECT raw_dir, source_path FROM source_files").fetchall()) == [
            (str(second.resolve()), "berita.txt"), (str(first.resolve()), "berita.txt")]


def test_a_warehouse_made_before_raw_dir_keeps_working(run_pipeline, workdir):
    import duckdb

    raw = workdir / "raw"
    h.write(raw / "berita.txt", h.article_text("Versi satu"))
    run_pipeline()
    with duckdb.connect(str(workdir / "pantau.duckdb")) as con:  # as the tables were before
        con.execute("ALTER TABLE source_files DROP COLUMN raw_dir")
        con.execute("ALTER TABLE rejected_files DROP COLUMN raw_dir")
    assert run_pipeline()["articles_new"] == 0
    h.write(raw / "berita.txt", h.article_text("Versi dua"))
    assert run_pipeline()["articles_new"] == 1
    with open_read_only(workdir / "pantau.duckdb") as con:
        assert_sound(con)
        assert sorted(con.execute("SELECT title, is_current FROM articles").fetchall()) == [
            ("Versi dua", True), ("Versi satu", False)]
        assert con.execute("SELECT count(*) FROM source_files WHERE raw_dir IS NULL").fetchone()[0] == 0


# --- the bytes hashed are the bytes read -------------------------------------------------

def test_a_file_rewritten_between_planning_and_reading_is_stored_as_the_version_read(prefect_harness, workdir):
    from datetime import datetime

    from pantau import pipeline
    from pantau.loader import load_run
    from pantau.sources import discover_files
    from pantau.warehouse import read_state

    raw, warehouse, staging = workdir / "raw", workdir / "pantau.duckdb", workdir / "staging"
    h.write(raw / "berubah.txt", h.article_text("Versi lama"))
    h.write(raw / "salinan.txt", h.article_text("Versi lama"))  # the same content: planned, not read
    files, rejected = discover_files(raw)
    planned, _ = pipeline.hash_files(files)
    plan = pipeline.plan_run(planned, read_state(warehouse, 5))
    # The file is rewritten after it was hashed for the plan and before it is read.
    newer = h.article_text("Versi baru", h.GOOD_BODY.replace("12.345 kasus", "23.456 kasus")).encode("utf-8")
    (raw / plan.to_process[0].source_path).write_bytes(newer)
    pipeline.process_batch(plan.to_process, "run1", str(staging), 0, 1 << 20)
    load_run(warehouse, "run1", datetime.now(), staging, plan.new_source_rows, rejected, plan.all_files, str(raw),
             "test", 5)

    with open_read_only(warehouse) as con:
        assert_sound(con)
        rows = con.execute("SELECT s.source_path, s.content_sha256, a.content_sha256, a.title, c.cases "
                           "FROM source_files s JOIN articles a USING (article_id) JOIN claims c USING (article_id)"
                           ).fetchall()
        assert rows == [(plan.to_process[0].source_path, hashlib.sha256(newer).hexdigest(),
                         hashlib.sha256(newer).hexdigest(), "Versi baru", 23456)]
        # the other path held the planned content, which no file of the run was read as
        other = {"berubah.txt", "salinan.txt"} - {plan.to_process[0].source_path}
        assert "the next run reads this file again" in reasons(con)[other.pop()]


# --- Done when: a hostile raw folder, through the command --------------------------------

@pytest.mark.slow
def test_the_cli_over_a_loop_a_pipe_an_undecodable_name_and_utf16_exits_0_in_time(prefect_harness, workdir):
    raw = workdir / "raw"
    os.symlink("putaran.txt", raw / "putaran.txt")
    os.mkfifo(raw / "pipa.txt")
    with open(os.path.join(os.fsencode(raw), h.NON_UTF8_NAME), "w", encoding="utf-8") as fh:
        fh.write(h.article_text("Nama berkas bukan UTF-8"))
    utf16 = h.utf16_article(raw)

    clock = time.monotonic()
    result = run(["run", "--raw", str(raw), "--warehouse", str(workdir / "w.duckdb"), "--reports",
                  str(workdir / "reports")], cli_env(api_url_of_harness()), cwd=workdir, timeout=120)
    assert time.monotonic() - clock < 120
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    with open_read_only(workdir / "w.duckdb") as con:
        recorded = reasons(con)
        assert "loop" in recorded["putaran.txt"] and "named pipe" in recorded["pipa.txt"]
        assert "not valid UTF-8" in recorded[h.NON_UTF8_SHOWN]
        assert claims_of(con, utf16) == [("JHT", 4321, 43.2e9)]
