"""The ingest flow: discover → plan → extract & validate (batched) → load → report.

Thin on purpose: each task wraps a plain function from `pantau`, and takes and returns
plain data. Extraction batches are tasks on the flow's task runner (threads handing the
work to local worker processes, see pantau.workers; or a Dask cluster with --dask).
Loading stays a single short writer.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import datetime
from pathlib import Path
from time import perf_counter

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact
from prefect.futures import as_completed
from prefect.utilities.annotations import quote

from pantau import EXTRACTOR_VERSION
from pantau import pipeline, workers
from pantau.sources import discover_files, raw_folder_key
from pantau.warehouse import connect, read_state


# No result caching: inputs are file lists and plans, whose hashing costs time and memory
# and whose results must never be reused across runs.
@task(name="discover and plan", cache_policy=NO_CACHE)
def discover_and_plan(raw_dir: str, warehouse: str, lock_wait_seconds: float) -> dict:
    files, rejected = discover_files(Path(raw_dir))
    planned, unreadable = pipeline.hash_files(files)
    plan = pipeline.plan_run(planned, read_state(Path(warehouse), lock_wait_seconds, raw_folder_key(raw_dir)))
    plan.unreadable = rejected + unreadable
    return {"plan": plan, "files_found": len(files) + len(rejected)}


def _retry_unless_abandoned(task, task_run, state) -> bool:
    """A batch fails once more before its run fails, unless the run is ending (Ctrl-C)."""
    return not isinstance(state.result(raise_on_failure=False), workers.PoolAbandoned)


@task(name="extract and validate batch", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE,
      retry_condition_fn=_retry_unless_abandoned)
def extract_batch(batch: pipeline.FileBatch, run_id: str, staging_dir: str, batch_no: int, max_bytes: int,
                  extractor_version: str) -> dict:
    return pipeline.process_batch_apart(workers.run_in_worker, batch.files, run_id, staging_dir, batch_no, max_bytes,
                                        extractor_version)


@task(name="load warehouse", cache_policy=NO_CACHE)
def load(warehouse: str, run_id: str, started_at: datetime, staging_dir: str, plan,
         raw_dir: str, lock_wait_seconds: float, lang: str = "id") -> dict:
    from pantau.loader import load_run

    return load_run(Path(warehouse), run_id, started_at, Path(staging_dir), plan.new_source_rows,
                    plan.unreadable, plan.all_files, raw_dir, EXTRACTOR_VERSION, lock_wait_seconds, lang)


@task(name="write report", cache_policy=NO_CACHE)
def write_run_report(warehouse: str, run_id: str, reports_dir: str, lock_wait_seconds: float,
                     lang: str = "id") -> dict:
    from pantau.dictionary import write_data_dictionary
    from pantau.report import summary_markdown, write_report

    con = connect(Path(warehouse), read_only=True, wait_seconds=lock_wait_seconds)
    try:
        path = write_report(con, run_id, Path(reports_dir), lang)  # (and pages of runs killed after their commit)
        write_data_dictionary(con, Path(reports_dir))
        markdown = summary_markdown(con, run_id, lang)
    finally:
        con.close()
    return {"path": str(path), "markdown": markdown}


@flow(name="pantau-ingest", log_prints=False)
def ingest(raw_dir: str = "data/raw", warehouse: str = "data/warehouse/pantau.duckdb",
           reports_dir: str = "data/warehouse/reports", batch_size: int = 500, max_file_bytes: int = 5 * 1024 * 1024,
           lock_wait_seconds: float = 30.0, progress: bool = False, local_workers: int = 0,
           run_id: str | None = None, lang: str = "id") -> dict:
    """One pipeline run over the raw folder; returns the run's summary.

    local_workers: local processes for the extraction batches (0 = one per core;
    1 = none: batches run on the task runner's own threads or Dask workers).
    run_id: the caller's id for the run, so it can ask the warehouse what became of it.
    lang: the language of the report and of the findings' messages (id | en)."""
    log = get_run_logger()
    started_at = datetime.now()
    timings = _Timings()
    found = discover_and_plan(raw_dir, warehouse, lock_wait_seconds)
    timings.lap("discover")
    plan = found["plan"]
    log.info("discovered %d files: %d to extract, %d unchanged, %d new paths, %d not articles",
             found["files_found"], len(plan.to_process), plan.unchanged, len(plan.new_source_rows), len(plan.unreadable))

    wanted = workers.resolve_worker_count(local_workers)
    run_id = run_id or uuid.uuid4().hex[:12]
    staging_dir = pipeline.new_staging_dir(pipeline.staging_parent(warehouse), run_id)
    try:
        to_extract = pipeline.set_aside_unrelated(plan.to_process, run_id, staging_dir, max_file_bytes)
        unrelated = len(plan.to_process) - len(to_extract)
        timings.lap("discover")
        totals = {"articles": 0, "rejected": unrelated, "claims": 0, "membership": 0, "errors": 0, "warnings": 0}
        batches = pipeline.batches_for_workers(to_extract, batch_size, wanted)
        processes = min(wanted, len(batches))
        with workers.local_pool(processes), \
                _progress(progress, len(to_extract)) as advance:
            futures = [extract_batch.submit(pipeline.FileBatch(batch), run_id, staging_dir, n, max_file_bytes,
                                            EXTRACTOR_VERSION)
                       for n, batch in enumerate(batches)]
            for future in as_completed(futures):
                counts = future.result()
                for key in totals:
                    totals[key] += counts[key]
                timings.add_worker_seconds(counts.get("seconds", {}))
                advance(counts["articles"] + counts["rejected"])
        timings.lap("batches")
        log.info("extracted %d articles (%d claims, %d membership figures), %d files rejected",
                 totals["articles"], totals["claims"], totals["membership"], totals["rejected"])

        # quote(): the plan holds no futures, and Prefect would walk its every file looking for them.
        run_row = load(warehouse, run_id, started_at, staging_dir, quote(plan), raw_dir, lock_wait_seconds, lang)
        timings.lap("load")
        log.info("loaded run %s: %d errors, %d warnings", run_id, run_row["error_count"], run_row["warning_count"])
    finally:
        shutil.rmtree(staging_dir, ignore_errors=True)

    # The run's data is committed: a report that cannot be written (a full or read-only
    # folder, the API gone) is a warning of this run, not its failure.
    report = {"path": None, "error": None}
    try:
        written = write_run_report(warehouse, run_id, reports_dir, lock_wait_seconds, lang)
        report["path"] = written["path"]
        log.info("report written to %s", report["path"])
        create_markdown_artifact(written["markdown"], key="validation-summary", description="pantau validation summary")
    except Exception as exc:  # noqa: BLE001
        report["error"] = f"{type(exc).__name__}: {exc}"
        log.warning("run %s is loaded, but its report could not be written: %s", run_id, report["error"])
    timings.lap("report")
    timings.save(batches=len(batches))
    return {**run_row, "report": report["path"], "report_error": report.get("error"),
            "files_found": found["files_found"], "batches": len(batches), "timings": timings.as_dict()}


def _seconds_since_process_start() -> float:
    """Interpreter start, imports and Prefect's start-up before this flow run began."""
    try:
        import psutil

        return max(0.0, datetime.now().timestamp() - psutil.Process().create_time())
    except Exception:  # noqa: BLE001 - a timing only
        return 0.0


class _Timings:
    """Wall seconds of the flow's steps and the workers' summed seconds per batch stage
    (read, extract, validate, stage); saved as JSON where PANTAU_TIMINGS points (the benchmark)."""

    def __init__(self):
        self.clock = perf_counter()
        self.wall: dict[str, float] = {"startup": _seconds_since_process_start()}
        self.worker: dict[str, float] = {}

    def lap(self, step: str) -> None:
        now = perf_counter()
        self.wall[step] = self.wall.get(step, 0.0) + now - self.clock
        self.clock = now

    def add_worker_seconds(self, seconds: dict) -> None:
        for stage, value in seconds.items():
            self.worker[stage] = self.worker.get(stage, 0.0) + value

    def as_dict(self) -> dict:
        return {"wall": self.wall, "worker": self.worker}

    def save(self, **counts: int) -> None:
        target = os.environ.get("PANTAU_TIMINGS")
        if target:
            Path(target).write_text(json.dumps({**self.as_dict(), **counts}), encoding="utf-8")


class _progress:
    """A terminal progress bar when asked for (TTY), otherwise nothing."""

    def __init__(self, enabled: bool, total: int):
        self.enabled, self.total = enabled and total > 0, total

    def __enter__(self):
        if not self.enabled:
            return lambda n: None
        from rich.progress import Progress

        self.bar = Progress(transient=True)
        self.bar.start()
        task_id = self.bar.add_task("extracting", total=self.total)
        return lambda n: self.bar.advance(task_id, n)

    def __exit__(self, *exc):
        if self.enabled:
            self.bar.stop()
        return False
