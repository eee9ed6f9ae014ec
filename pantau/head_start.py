"""Extraction begun while Prefect's temporary API server starts, before the flow run exists.

With no API configured, `pantau run` starts a temporary server (pantau.local_api) that needs
~2.5 s of one core before it answers. This process's imports and the workers' fork server
are done about a second earlier, and the other core idles until the flow starts. A head start
uses that core: it plans the run as the flow will (the same pure functions over the raw folder
and the warehouse) and hands the first batches to the worker pool, one fewer at a time than
there are cores, so the API server keeps a core of its own.

The flow plans again. When its plan is the same, it takes the head start's run id, staging
folder and pool, and its batch tasks collect the batches already begun (LocalPool.run matches
work by function and arguments) and submit the rest. When the plan differs (files changed in
between, another run loaded), the head start is dropped: batches not begun are cancelled,
running ones finish, and its staging folder is removed. Either way the flow's result is what
it would have been without one.
"""
from __future__ import annotations

import logging
import os
import shutil
import threading
import uuid
from concurrent.futures import FIRST_COMPLETED, wait
from pathlib import Path

from pantau.workers import LocalPool

log = logging.getLogger(__name__)

_pending: "HeadStart | None" = None
_pending_lock = threading.Lock()


class HeadStart:
    """One run's plan, begun in a background thread; see the module doc."""

    def __init__(self, raw_dir: Path, warehouse: Path, batch_size: int, max_bytes: int, processes: int,
                 run_id: str | None = None):
        self.raw_dir, self.warehouse = Path(raw_dir), Path(warehouse)
        self.batch_size, self.max_bytes, self.processes = batch_size, max_bytes, processes
        self.to_process: list | None = None  # the plan's files, once planned
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self.staging_dir: str | None = None
        self.pool: LocalPool | None = None
        self.begun = 0  # batches handed to the pool
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._begin, name="pantau-head-start", daemon=True)

    def start(self) -> "HeadStart":
        self._thread.start()
        return self

    def _begin(self) -> None:
        try:
            self._plan_and_submit()
        except Exception as exc:  # noqa: BLE001 - only time is lost: the flow does the work itself
            log.debug("pantau: no head start: %s: %s", type(exc).__name__, exc)

    def _plan_and_submit(self) -> None:
        from pantau import EXTRACTOR_VERSION, pipeline
        from pantau.sources import discover_files, raw_folder_key
        from pantau.warehouse import read_state

        files, _ = discover_files(self.raw_dir)
        planned, _ = pipeline.hash_files(files)
        # No waiting for a busy warehouse here: the flow waits, and decides.
        to_process = pipeline.plan_run(planned, read_state(self.warehouse, 0.0, raw_folder_key(self.raw_dir))).to_process
        batches = pipeline.batches_for_workers(to_process, self.batch_size, self.processes)
        processes = min(self.processes, len(batches))
        if processes < 2 or self._stop.is_set():
            return  # the flow would run these in its own process: nothing to begin
        self.staging_dir = pipeline.new_staging_dir(pipeline.staging_parent(self.warehouse), self.run_id)
        self.pool = LocalPool(processes)
        self.to_process = to_process
        in_flight = max(1, (os.cpu_count() or 1) - 1)  # a core stays with the API server
        running: set = set()
        for batch_no, batch in enumerate(batches):
            while len(running) >= in_flight and not self._stop.is_set():
                _, running = wait(running, timeout=0.05, return_when=FIRST_COMPLETED)
            if self._stop.is_set():
                return
            running.add(self.pool.begin(pipeline.process_batch, batch, self.run_id, self.staging_dir, batch_no,
                                        self.max_bytes, EXTRACTOR_VERSION))
            self.begun += 1

    def stop(self) -> None:
        """Begin no more batches; returns once the planning thread has ended."""
        self._stop.set()
        self._thread.join()

    def drop(self) -> None:
        """Not taken: cancel what has not begun, let running batches end, remove their output."""
        self.stop()
        if self.pool is not None:
            self.pool.shutdown()
        if self.staging_dir:
            shutil.rmtree(self.staging_dir, ignore_errors=True)


def begin(raw_dir: Path, warehouse: Path, batch_size: int, max_bytes: int, processes: int,
          run_id: str | None = None) -> HeadStart:
    """Start planning and extracting in the background; the flow takes it (take) or it is dropped."""
    global _pending
    head = HeadStart(raw_dir, warehouse, batch_size, max_bytes, processes, run_id)
    with _pending_lock:
        previous, _pending = _pending, head
    if previous is not None:
        previous.drop()
    return head.start()


def take(to_process: list, batch_size: int, max_bytes: int, processes: int) -> HeadStart | None:
    """The head start begun in this process, if it planned exactly these files in the same
    batches (the flow's plan and settings); any other is dropped. Stops it beginning more
    batches: the flow submits the rest."""
    global _pending
    with _pending_lock:
        head, _pending = _pending, None
    if head is None:
        return None
    head.stop()
    same_batches = (head.batch_size, head.max_bytes, head.processes) == (batch_size, max_bytes, processes)
    if head.pool is not None and same_batches and head.to_process == to_process:
        return head
    head.drop()
    return None


def drop_pending() -> None:
    """End a head start the flow never took (it failed before planning, or ran elsewhere)."""
    global _pending
    with _pending_lock:
        head, _pending = _pending, None
    if head is not None:
        head.drop()
