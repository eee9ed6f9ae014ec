"""Two writers on one warehouse: one waits (bounded) or fails clearly; never duplicates."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from tests import hostile_inputs as h
from tests.cli_process import api_url_of_harness, cli_env, run, start
from tests.conftest import SAMPLE_RAW
from tests.warehouse_checks import accounted_paths, assert_sound, open_read_only, snapshot

pytestmark = pytest.mark.slow

GENERATED = 300


@pytest.fixture()
def raw(workdir: Path) -> Path:
    shutil.copytree(SAMPLE_RAW, workdir / "raw", dirs_exist_ok=True)
    h.many_articles(workdir / "raw", GENERATED)
    return workdir / "raw"


def run_args(workdir: Path, warehouse: Path) -> list[str]:
    return ["run", "--raw", str(workdir / "raw"), "--warehouse", str(warehouse), "--reports", str(workdir / "reports")]


def assert_clear_failure(result, warehouse: Path) -> None:
    """Exit 1 with a plain sentence naming the file, no traceback."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert f"pantau: the warehouse {warehouse} is held by another process" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_two_runs_started_at_once_both_end_defined_and_leave_no_duplicates(prefect_harness, workdir, raw):
    warehouse = workdir / "w.duckdb"
    env = cli_env(api_url_of_harness(), PANTAU_WORKERS="1", PANTAU_BATCH_SIZE="50", PANTAU_LOCK_WAIT_SECONDS="60")
    processes = [start(run_args(workdir, warehouse), env, workdir) for _ in range(2)]
    results = [(p, *p.communicate(timeout=180)) for p in processes]

    codes = sorted(p.returncode for p, _, _ in results)
    assert codes in ([0, 0], [0, 1]), [(p.returncode, err) for p, _, err in results]
    for p, out, err in results:
        if p.returncode == 1:
            assert_clear_failure(type("R", (), {"returncode": 1, "stdout": out, "stderr": err})(), warehouse)
        else:
            assert "Traceback" not in out + err and "pantau run" in out
    with open_read_only(warehouse) as con:
        assert_sound(con)
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == GENERATED + 3
        assert con.execute("SELECT count(*) FROM source_files").fetchone()[0] == GENERATED + 3
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == codes.count(0)
        # each article extracted by exactly one of the runs
        assert con.execute("SELECT sum(articles_new) FROM runs").fetchone()[0] == GENERATED + 3
        # each run prints what `runs` and the figure tables record of it, not what it staged
        for p, out, _ in results:
            if p.returncode == 0:
                said = re.search(r"pantau run (\w+): .* (\d+) claim and (\d+) membership figures loaded", out)
                run_id, claims, membership = said.group(1), int(said.group(2)), int(said.group(3))
                assert (claims, membership) == con.execute(
                    "SELECT (SELECT count(*) FROM claim_figures WHERE run_id = $r), "
                    "(SELECT count(*) FROM membership_figures WHERE run_id = $r)", {"r": run_id}).fetchone()
        assert accounted_paths(con) == {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}
    before = snapshot(warehouse)

    again = run(run_args(workdir, warehouse), env, workdir)
    assert again.returncode == 0, again.stderr
    after = snapshot(warehouse)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"runs": 1}


def blocked_run(workdir: Path, raw: Path) -> tuple:
    """A first run, then a second one while a DuckDB session holds the warehouse."""
    warehouse = workdir / "w.duckdb"
    env = cli_env(api_url_of_harness(), PANTAU_LOCK_WAIT_SECONDS="1")
    first = run(run_args(workdir, warehouse), env, workdir)
    assert first.returncode == 0, first.stderr
    before = snapshot(warehouse)
    reports_before = sorted((workdir / "reports").iterdir())
    (raw / "baru.txt").write_text(h.article_text("Artikel baru sesudah run pertama"), encoding="utf-8")

    holder = duckdb.connect(str(warehouse))  # e.g. a user's open DuckDB session
    try:
        blocked = run(run_args(workdir, warehouse), env, workdir)
    finally:
        holder.close()
    return warehouse, blocked, before, reports_before


def test_a_run_while_another_process_holds_the_file_fails_clearly_and_writes_nothing(prefect_harness, workdir, raw):
    warehouse, blocked, before, reports_before = blocked_run(workdir, raw)

    assert_clear_failure(blocked, warehouse)
    assert snapshot(warehouse) == before
    assert sorted((workdir / "reports").iterdir()) == reports_before
    assert not list(workdir.glob("pantau-*")), "no staging left behind"
