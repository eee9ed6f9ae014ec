"""Bad input, odd names and crashes (issue 7): every file accounted for, never a
traceback, and a killed run leaves the warehouse as it was or as the run finished it."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from tests import hostile_inputs as h
from tests.cli_process import api_url_of_harness, cli_env, kill_session, run, start, wait_for
from tests.warehouse_checks import TABLES, accounted_paths, assert_sound, open_read_only

MAX_BYTES = 100_000


def raw_paths(raw: Path) -> set[str]:
    """Every entry of the raw folder a run must account for: files and links, not followed."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(raw):
        for name in filenames + [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            found.add((Path(dirpath) / name).relative_to(raw).as_posix())
    return found


@pytest.fixture()
def hostile_raw(workdir: Path) -> dict:
    raw = workdir / "raw"
    return {
        "rejected": h.bad_files(raw, MAX_BYTES),
        "encoded": h.encoded_files(raw),
        "garbled": h.garbled_number_file(raw),
        "odd_names": h.odd_name_files(raw),
        "hostile": h.hostile_files(raw),
        "links": h.outside_symlinks(raw, workdir / "outside"),
    }


@pytest.fixture()
def hostile_run(run_pipeline, workdir, hostile_raw):
    result = run_pipeline(max_file_bytes=MAX_BYTES)
    con = open_read_only(workdir / "pantau.duckdb")
    yield result, con, hostile_raw
    con.close()


def test_every_raw_file_ends_in_source_files_or_rejected_files(hostile_run, workdir):
    result, con, _ = hostile_run
    expected = raw_paths(workdir / "raw")
    assert accounted_paths(con) == expected
    # A rejected file's content is recorded in source_files with no article (so it ends
    # whatever article the path held before); it never points at an article.
    both = con.execute("SELECT s.article_id FROM source_files s JOIN rejected_files r "
                       "USING (source_path, content_sha256)").fetchall()
    assert both and all(article_id is None for (article_id,) in both)
    assert result["files_found"] == len(expected)
    assert_sound(con)


def test_unreadable_files_are_rejected_with_a_reason_a_user_can_act_on(hostile_run):
    _, con, made = hostile_run
    reasons = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
    for path, words in made["rejected"].items():
        assert words in reasons[path], (path, reasons[path])
    assert f"limit is {MAX_BYTES:,}" in reasons["terlalu-besar.txt"]


def test_legacy_encodings_are_read_and_the_encoding_is_recorded(hostile_run):
    _, con, made = hostile_run
    for path, (encoding, phrase) in made["encoded"].items():
        title, stored_encoding = con.execute(
            "SELECT a.title, a.encoding FROM articles a JOIN source_files s USING (article_id) "
            "WHERE s.source_path = ?", [path]).fetchone()
        assert stored_encoding == encoding, path
        assert phrase in title, path
    assert con.execute("SELECT count(*) FROM articles WHERE title LIKE '%\ufeff%'").fetchone()[0] == 0


def test_garbled_numbers_become_unparseable_number_findings(hostile_run):
    _, con, made = hostile_run
    article_id, body = con.execute(
        "SELECT a.article_id, a.body_text FROM articles a JOIN source_files s USING (article_id) "
        "WHERE s.source_path = ?", [made["garbled"]]).fetchone()
    findings = con.execute(
        "SELECT evidence, found, message, start_char, end_char FROM quality_issues "
        "WHERE article_id = ? AND check_name = 'unparseable_number'", [article_id]).fetchall()

    def flagged(text: str) -> bool:
        for evidence, found, message, start, end in findings:
            pointed = body[start:end] if start is not None and end is not None else ""
            if text in pointed or text in (found or "") or text in (message or ""):
                return True
        return False

    for garbled in h.GARBLED_NUMBERS:
        assert flagged(garbled), (garbled, findings)
    # a garbled figure is never loaded as a value
    assert con.execute("SELECT count(*) FROM claims WHERE article_id = ? AND amount_idr > 1e15",
                       [article_id]).fetchone()[0] == 0


def test_names_with_spaces_unicode_and_folders_load_under_their_own_path(hostile_run):
    _, con, made = hostile_run
    loaded = {p for (p,) in con.execute("SELECT source_path FROM source_files").fetchall()}
    assert set(made["odd_names"]) <= loaded
    titles = {t for (t,) in con.execute("SELECT title FROM articles").fetchall()}
    assert "Laporan klaim nomor 1 dari berita ünïcödé – 日本語" in titles


def test_links_leaving_the_raw_folder_are_rejected_and_not_read(hostile_run):
    _, con, made = hostile_run
    reasons = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
    assert "outside the raw folder" in reasons["tautan-keluar.txt"]
    assert "not followed" in reasons["folder-luar"]
    assert con.execute("SELECT count(*) FROM articles WHERE title LIKE '%luar folder raw%'").fetchone()[0] == 0


def test_a_second_run_over_the_hostile_folder_adds_nothing(hostile_run, run_pipeline, workdir):
    _, con, _ = hostile_run
    before = con.execute("SELECT (SELECT count(*) FROM source_files), (SELECT count(*) FROM rejected_files), "
                         "(SELECT count(*) FROM quality_issues)").fetchone()
    con.close()
    second = run_pipeline(max_file_bytes=MAX_BYTES)
    assert second["articles_new"] == 0
    with open_read_only(workdir / "pantau.duckdb") as again:
        assert again.execute("SELECT (SELECT count(*) FROM source_files), (SELECT count(*) FROM rejected_files), "
                             "(SELECT count(*) FROM quality_issues)").fetchone() == before


@pytest.mark.slow
def test_the_cli_over_a_folder_of_everything_exits_0_and_accounts_for_every_file(prefect_harness, workdir,
                                                                                  hostile_raw):
    raw = workdir / "raw"
    h.many_articles(raw, 20)
    result = run(["run", "--raw", str(raw), "--warehouse", str(workdir / "w.duckdb"), "--reports",
                  str(workdir / "reports")],
                 cli_env(api_url_of_harness(), PANTAU_MAX_FILE_BYTES=str(MAX_BYTES)), cwd=workdir)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "pantau run" in result.stdout and "report:" in result.stdout
    with open_read_only(workdir / "w.duckdb") as con:
        assert accounted_paths(con) == raw_paths(raw)
        readable = len(hostile_raw["encoded"]) + 1 + len(hostile_raw["odd_names"]) + len(hostile_raw["hostile"]) + 20
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == readable
        assert_sound(con)


# --- crash safety: SIGKILL at several moments --------------------------------------

KILL_ARTICLES = 600


def staging_dirs(warehouse: Path) -> list[Path]:
    return list(warehouse.parent.glob("pantau-*"))


def load_started(warehouse: Path):
    """True once the loader holds the file for writing: a reader is refused then."""
    def held() -> bool:
        if not warehouse.exists():
            return False
        try:
            duckdb.connect(str(warehouse), read_only=True).close()
        except duckdb.Error as exc:
            return "lock" in str(exc).lower()
        return False
    return held


def state_of(warehouse: Path) -> tuple:
    """(runs, current articles, claims, file rows); all zero for a warehouse with no tables."""
    with open_read_only(warehouse) as con:
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert not tables or set(TABLES) <= tables, f"half a schema: {sorted(tables)}"
        if not tables:
            return (0, 0, 0, 0)
        assert_sound(con)
        return (con.execute("SELECT count(*) FROM runs").fetchone()[0],
                con.execute("SELECT count(*) FROM articles WHERE is_current").fetchone()[0],
                con.execute("SELECT count(*) FROM claims").fetchone()[0],
                con.execute("SELECT count(*) FROM source_files").fetchone()[0])


@pytest.mark.slow
def test_a_run_killed_at_any_moment_leaves_a_sound_warehouse_and_the_next_run_completes(prefect_harness, workdir):
    raw, warehouse = workdir / "raw", workdir / "w.duckdb"
    h.many_articles(raw, KILL_ARTICLES)
    env = cli_env(api_url_of_harness(), PANTAU_WORKERS="1", PANTAU_BATCH_SIZE="100")
    args = ["run", "--raw", str(raw), "--warehouse", str(warehouse), "--reports", str(workdir / "reports")]

    def killed_run(moment, delay: float = 0.0) -> None:
        process = start(args, env, workdir)
        try:
            assert wait_for(lambda: moment() or process.poll() is not None, timeout=90)
            if delay:
                wait_for(lambda: process.poll() is not None, timeout=delay)
            assert process.poll() is None, "the run ended before it could be killed"
        finally:
            kill_session(process)

    # 1. during extraction, before anything was written: no warehouse or an empty one
    killed_run(lambda: any(d.glob("*.parquet") for d in staging_dirs(warehouse)))
    assert not warehouse.exists() or state_of(warehouse) == (0, 0, 0, 0)

    # 2-3. inside the first load, as it starts and part-way: nothing or everything
    outcomes = []
    for delay in (0.0, 0.02):
        killed_run(load_started(warehouse), delay)
        outcomes.append(state_of(warehouse))
    first = run(args, env, workdir)
    assert first.returncode == 0, first.stderr
    complete = state_of(warehouse)
    runs, current, claims, files = complete
    assert (current, files) == (KILL_ARTICLES, KILL_ARTICLES) and claims >= KILL_ARTICLES
    for outcome in outcomes:  # each killed load left nothing, or all of it
        assert outcome == (0, 0, 0, 0) or outcome == (1, current, claims, files), outcome

    # 4. a later run that changes every article, killed inside its load: the previous
    # state stays whole (or the new one is whole)...
    # 5. ... and one killed as its commit reaches the write-ahead log
    h.many_articles(raw, KILL_ARTICLES, salt=" Data diperbarui.")
    wal = Path(str(warehouse) + ".wal")
    for moment, delay in ((load_started(warehouse), 0.01), (wal.exists, 0.0)):
        killed_run(moment, delay)
        after_kill = state_of(warehouse)
        assert after_kill in (complete, (runs + 1, current, claims, 2 * files)), after_kill
        if after_kill != complete:
            break

    final = run(args, env, workdir)
    assert final.returncode == 0, final.stderr
    with open_read_only(warehouse) as con:
        assert_sound(con)
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2 * KILL_ARTICLES
        assert con.execute("SELECT count(*) FROM articles WHERE is_current").fetchone()[0] == KILL_ARTICLES
        assert con.execute("SELECT count(*) FROM claims c JOIN articles a USING (article_id) "
                           "WHERE a.body_text LIKE '%Data diperbarui.'").fetchone()[0] == claims
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == claims
        assert accounted_paths(con) == raw_paths(raw)
