"""Local worker processes: the flow on a real pool loads what it loads in one process;
a pool survives a dead worker; batches and the early-start guess."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from pantau import pipeline, workers
from tests.test_dask import content

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _write_corpus(folder: Path, n: int) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import corpus
    finally:
        sys.path.remove(str(BENCH))
    corpus.write_corpus(folder, n)


@pytest.mark.slow
def test_two_worker_processes_load_the_same_warehouse_as_one_process(run_pipeline, workdir):
    _write_corpus(workdir / "raw", 130)  # enough for two batches of 65 on two workers
    in_process = run_pipeline(workers=1)
    pooled = run_pipeline(warehouse=workdir / "pooled.duckdb", workers=2, reports_dir=None)  # its own reports folder

    assert in_process["articles_new"] == pooled["articles_new"] == 130
    assert (pooled["claims"], pooled["membership"]) == (in_process["claims"], in_process["membership"]) != (0, 0)
    assert content(workdir / "pooled.duckdb") == content(workdir / "pantau.duckdb")
    # Both workers took a batch (the flow saves each batch's worker seconds).
    assert pooled["timings"]["worker"]["extract"] > 0


def _pid(_: int) -> int:
    return os.getpid()


def _die(_: int) -> int:
    os._exit(7)


def test_work_runs_in_other_processes_and_a_pool_replaces_itself_after_a_worker_dies():
    with workers.local_pool(2) as pool:
        assert pool is not None
        assert workers.run_in_worker(_pid, 0) != os.getpid()
        with pytest.raises(Exception) as broken:
            workers.run_in_worker(_die, 0)
        assert type(broken.value).__name__ == "BrokenProcessPool"
        assert workers.run_in_worker(_pid, 0) != os.getpid()  # the retry gets fresh workers
    assert workers.run_in_worker(_pid, 0) == os.getpid()  # no pool open: here


def test_one_process_asked_for_means_no_pool():
    with workers.local_pool(1) as pool:
        assert pool is None
        assert workers.run_in_worker(_pid, 0) == os.getpid()


@pytest.mark.parametrize("n, size, n_workers, expected", [
    (2000, 250, 2, [250] * 8),     # big runs keep the configured size
    (200, 250, 2, [100, 100]),     # one batch would leave a worker idle: split
    (130, 250, 2, [65, 65]),
    (99, 250, 2, [99]),            # too little to share: one batch in the flow's process
    (200, 250, 1, [200]),
    (7, 2, 1, [2, 2, 2, 1]),
    (0, 250, 2, []),
])
def test_batches_for_workers(n, size, n_workers, expected):
    assert [len(b) for b in pipeline.batches_for_workers(list(range(n)), size, n_workers)] == expected


def test_resolve_worker_count_reads_0_as_one_per_core():
    assert workers.resolve_worker_count(0) == (os.cpu_count() or 1)
    assert workers.resolve_worker_count(3) == 3


@pytest.mark.slow
def test_a_killed_run_leaves_no_worker_behind_and_the_next_run_completes(prefect_harness, workdir):
    import psutil

    from tests.cli_process import api_url_of_harness, cli_env, kill_session, run, start, wait_for
    from tests.test_robustness import staging_dirs
    from tests.warehouse_checks import assert_sound, open_read_only

    raw, warehouse = workdir / "raw", workdir / "w.duckdb"
    _write_corpus(raw, 1000)  # about a second of extraction on two workers
    env = cli_env(api_url_of_harness(), PANTAU_WORKERS="2", PANTAU_BATCH_SIZE="25")
    args = ["run", "--raw", str(raw), "--warehouse", str(warehouse), "--reports", str(workdir / "reports")]
    process = start(args, env, workdir)

    def helpers() -> list:
        try:
            return psutil.Process(process.pid).children(recursive=True)
        except psutil.Error:
            return []

    def workers_busy() -> bool:  # the fork server's children, once a batch was staged
        fork_server = [p for p in helpers() if "forkserver" in " ".join(p.cmdline())]
        return any(d.glob("*.parquet") for d in staging_dirs(warehouse)) and any(
            len(p.children()) >= 2 for p in fork_server)

    try:
        assert wait_for(lambda: workers_busy() or process.poll() is not None, timeout=90)
        assert process.poll() is None, "the run ended before it could be killed"
        left = helpers()
        os.kill(process.pid, 9)  # pantau alone, as the OOM killer would
        process.wait(timeout=10)
        assert wait_for(lambda: not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in left),
                        timeout=15), [p.cmdline() for p in left if p.is_running()]
    finally:
        kill_session(process)

    finished = run(args, env, workdir)
    assert finished.returncode == 0, finished.stderr
    with open_read_only(warehouse) as con:
        assert_sound(con)
        assert con.execute("SELECT count(*) FROM articles WHERE is_current").fetchone()[0] == 1000


PROBE = '''
import os
import probe_heavy  # stands for what `prefect.engine` imports: Prefect
from pantau import workers

def worker_pid(_):
    return os.getpid()

if __name__ == "__main__":
    with workers.local_pool(2):
        print(workers.run_in_worker(worker_pid, 0))
'''
HEAVY = '''
import os
with open(os.environ["PROBE_LOG"], "a") as log:  # who imported this module
    log.write(f"{os.getpid()}\\n")
'''


def test_workers_of_a_program_run_as_a_module_do_not_import_its_imports_again(tmp_path):
    """A worker runs its program's main module before its first task. Under `python -m`
    (a scheduled run is `python -m prefect.engine`) the fork server imports that module
    once, so the workers it forks find its imports (Prefect) loaded."""
    import subprocess

    (tmp_path / "probe_main.py").write_text(PROBE, encoding="utf-8")
    (tmp_path / "probe_heavy.py").write_text(HEAVY, encoding="utf-8")
    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(repo)]),
           "PROBE_LOG": str(tmp_path / "imported.log")}
    done = subprocess.run([sys.executable, "-m", "probe_main"], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    imported_by = (tmp_path / "imported.log").read_text().split()
    assert len(imported_by) == 2  # the program itself and the fork server
    assert done.stdout.strip() not in imported_by  # not the worker


def test_work_runs_here_when_no_worker_can_be_started(tmp_path, monkeypatch):
    # A fork server needs a folder for its socket; with none writable it cannot start.
    from multiprocessing import forkserver

    monkeypatch.setattr(forkserver._forkserver, "ensure_running",
                        lambda: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with workers.local_pool(2) as pool:
        assert workers.run_in_worker(_pid, 0) == os.getpid()
        assert workers.run_in_worker(_pid, 0) == os.getpid()
        assert "No space left" in pool.unavailable


@pytest.mark.parametrize("setting, threads", [(1, 1), (2, 4), (3, 6)])
def test_batch_threads_are_two_per_worker_process_and_one_without_a_pool(setting, threads):
    from pantau.cli import task_runner_for
    from pantau.config import load_settings

    assert task_runner_for(load_settings(workers=setting))._max_workers == threads


def _process_unless_poisoned(files, *args):
    """A batch with the poisoned file in it kills its worker, as a crash in a C extension would."""
    if any("poison" in f.source_path for f in files):
        os._exit(9)
    return pipeline.process_batch(files, *args)


def test_a_file_that_kills_its_worker_is_recorded_as_rejected_and_the_rest_of_its_batch_loaded(workdir):
    from datetime import datetime

    import duckdb

    from pantau import EXTRACTOR_VERSION
    from pantau.loader import load_run
    from pantau.sources import discover_files

    raw = workdir / "raw"
    _write_corpus(raw, 12)
    victim = sorted(raw.rglob("*.txt"))[4]
    victim.rename(victim.with_name("poison-" + victim.name))
    files, _ = discover_files(raw)
    planned, _ = pipeline.hash_files(files)
    staging = workdir / "staging"

    with workers.local_pool(2):
        counts = pipeline.process_batch_apart(workers.run_in_worker, planned, "run1", str(staging), 0, 1 << 20,
                                              EXTRACTOR_VERSION, batch_fn=_process_unless_poisoned)

    assert (counts["articles"], counts["rejected"]) == (11, 1)
    warehouse = workdir / "pantau.duckdb"
    load_run(warehouse, "run1", datetime.now(), staging, planned, [], planned, str(raw), EXTRACTOR_VERSION, 5)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 11
        rejected = con.execute("SELECT source_path, reason FROM rejected_files").fetchall()
    assert len(rejected) == 1 and "poison-" in rejected[0][0]
    assert "ended abruptly twice" in rejected[0][1]
