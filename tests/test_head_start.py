"""Batches begun before the flow run exists (pantau.head_start): the flow takes them when it
plans the same files and loads what one process loads; otherwise they leave no trace."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pantau import head_start, pipeline, workers
from pantau.config import load_settings
from tests.test_dask import content
from tests.test_workers import _write_corpus

DEFAULTS = load_settings()


def _begin(raw: Path, warehouse: Path) -> head_start.HeadStart:
    return head_start.begin(raw, warehouse, DEFAULTS.batch_size, DEFAULTS.max_file_bytes, 2)


def _wait_for(condition, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def _staging_dirs(warehouse: Path) -> list[Path]:
    return [p for p in warehouse.parent.iterdir() if p.is_dir() and p.name.startswith(pipeline.STAGING_PREFIX)]


def _pid(_: int) -> int:
    return os.getpid()


def test_work_begun_in_a_pool_is_collected_by_a_run_with_the_same_arguments():
    with workers.local_pool(2) as pool:
        early = pool.begin(_pid, 1)
        assert pool.begun_pending == 1
        assert workers.run_in_worker(_pid, 2) != os.getpid()  # other arguments: not the begun work
        assert pool.begun_pending == 1
        assert workers.run_in_worker(_pid, 1) == early.result()  # the same: collected, not run again
        assert pool.begun_pending == 0


@pytest.mark.slow
def test_the_flow_takes_a_head_start_on_the_same_plan_and_loads_what_one_process_loads(run_pipeline, workdir):
    _write_corpus(workdir / "raw", 130)  # two batches of 65
    in_process = run_pipeline(workers=1)
    warehouse = workdir / "early.duckdb"
    head = _begin(workdir / "raw", warehouse)
    # One core stays free for the API server: the second batch begins when the first ends.
    assert _wait_for(lambda: head.begun == 2)

    early = run_pipeline(warehouse=warehouse, workers=2, reports_dir=None)  # its own reports folder

    assert (early["batches"], early["batches_begun_early"]) == (2, 2)
    assert head.pool.collected == 2  # the flow's tasks collected both, and ran neither again
    assert early["run_id"] == head.run_id
    assert (early["articles_new"], early["claims"], early["membership"]) == \
        (in_process["articles_new"], in_process["claims"], in_process["membership"])
    assert early["articles_new"] == 130 and early["claims"] > 0 and early["membership"] > 0
    assert content(warehouse) == content(workdir / "pantau.duckdb")
    assert _staging_dirs(warehouse) == []


@pytest.mark.slow
def test_a_head_start_on_files_changed_since_is_dropped_without_a_trace(run_pipeline, workdir):
    raw = workdir / "raw"
    _write_corpus(raw, 130)
    head = _begin(raw, workdir / "pantau.duckdb")
    assert _wait_for(lambda: head.begun >= 1)
    early_staging = Path(head.staging_dir)
    changed = sorted(raw.rglob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nRalat: tidak ada angka yang berubah.\n",
                       encoding="utf-8")

    result = run_pipeline(workers=2)

    assert result["batches_begun_early"] == 0
    assert result["run_id"] != head.run_id
    assert result["articles_new"] == 130
    assert not early_staging.exists()
    # The loaded article is the changed file's new content.
    import duckdb

    with duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True) as con:
        body = con.execute("SELECT a.body_text FROM articles a JOIN source_files s USING (article_id) "
                           "WHERE s.source_path LIKE ?", [f"%{changed.name}"]).fetchone()[0]
    assert body.rstrip().endswith("Ralat: tidak ada angka yang berubah.")


def _begun_on_120_articles(workdir: Path) -> tuple[head_start.HeadStart, Path]:
    """A head start over 120 articles (two batches), once its first batch has begun; and its staging folder."""
    _write_corpus(workdir / "raw", 120)
    head = _begin(workdir / "raw", workdir / "pantau.duckdb")
    assert _wait_for(lambda: head.begun >= 1)
    return head, Path(head.staging_dir)


def test_a_head_start_never_taken_leaves_nothing_behind(workdir):
    head, staging = _begun_on_120_articles(workdir)
    assert staging.exists()

    head_start.drop_pending()

    assert not staging.exists()
    assert head.pool.begun_pending == 0
    assert head_start.take([], DEFAULTS.batch_size, DEFAULTS.max_file_bytes, 2) is None  # nothing pending any more


def test_too_little_work_for_two_workers_begins_nothing(workdir):
    _write_corpus(workdir / "raw", 20)  # one batch: the flow runs it in its own process
    head = _begin(workdir / "raw", workdir / "pantau.duckdb")
    head.stop()
    assert (head.begun, head.pool, head.staging_dir) == (0, None, None)
    head_start.drop_pending()


def test_a_head_start_with_other_batches_is_dropped(workdir):
    head, staging = _begun_on_120_articles(workdir)

    # The same files, but the flow would cut them into batches of 50: its batch 0 is not this one.
    assert head_start.take(head.to_process, 50, DEFAULTS.max_file_bytes, 2) is None

    assert not staging.exists()


@pytest.mark.slow
def test_the_command_begins_batches_while_its_api_starts_and_loads_what_one_process_loads(tmp_path):
    """The real `pantau run` with no API configured: it starts its own, and the first batch is
    begun before the flow run exists; the warehouse is the one a run in one process makes."""
    import json

    from tests.cli_process import cli_env, run

    _write_corpus(tmp_path / "raw", 130)
    base = {k: v for k, v in cli_env().items() if k != "PREFECT_API_URL"}
    base["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    loaded = {}
    for name, worker_count in (("early", "2"), ("one", "1")):
        env = {**base, "PANTAU_WORKERS": worker_count, "PANTAU_TIMINGS": str(tmp_path / f"{name}.json")}
        done = run(["run", "--raw", str(tmp_path / "raw"), "--warehouse", str(tmp_path / f"{name}.duckdb"),
                    "--reports", str(tmp_path / f"{name}-reports")], env, tmp_path, timeout=180)
        assert done.returncode == 0, done.stderr
        assert "130 files, 130 articles (130 extracted now)" in done.stdout
        loaded[name] = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))

    assert loaded["early"]["batches"] == 2 and loaded["early"]["batches_begun_early"] >= 1
    assert loaded["one"]["batches_begun_early"] == 0
    assert content(tmp_path / "early.duckdb") == content(tmp_path / "one.duckdb")
