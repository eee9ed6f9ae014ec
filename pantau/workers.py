"""Local worker processes for the extraction batches.

Why not Prefect's ProcessPoolTaskRunner: in Prefect 3.8 it always *spawns* its workers,
and each one imports Prefect, the flow and our code afresh and runs Prefect's task
engine (~2 s of CPU and ~300 MiB per worker, paid on every run). A batch's work is pure
(files in, Parquet files and counts out), so the flow's tasks run on threads and hand
that work to a pool forked from a fork server. The fork server imports and warms the
extraction code once (`pantau.worker_preload`: no Prefect), so a worker starts in
milliseconds and shares those pages with its siblings (N = 2 000, 2 cores: 8.8 -> 6.6-7.0 s
against Prefect's runner, bench/README round 3). Workers end with the batch phase (closed
in the background while the load runs), or with the flow's process if it is killed; the
fork server ends with that process. A worker that dies breaks the pool, which replaces
itself; the batch is then split to find the file that killed it (pipeline.process_batch_apart).

Where there is no fork server (Windows), workers are spawned instead. On a Dask
cluster there is no local pool: each batch runs in the Dask worker that took it.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import select
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

PRELOAD_MODULE = "pantau.worker_preload"
# Below this many articles per worker, one batch in the flow's own process is quicker.
MIN_ARTICLES_PER_WORKER = 50

_active: "LocalPool | None" = None


class PoolAbandoned(RuntimeError):
    """A batch asked of a pool whose run is ending."""


def resolve_worker_count(requested: int) -> int:
    """The settings' `workers` (0 = one per core) as a number of processes."""
    return requested if requested > 0 else (os.cpu_count() or 1)


def _context():
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["__main__", *_main_module_by_name(), PRELOAD_MODULE])
        return ctx
    return multiprocessing.get_context("spawn")


def _main_module_by_name() -> list[str]:
    """Each worker runs the calling program's main module again before its first task.
    Preloaded in the server, its imports are already loaded there: '__main__' covers a
    script (the `pantau` command), this covers `python -m module` (a scheduled run is
    `python -m prefect.engine`, which would otherwise import Prefect in every worker)."""
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    name = getattr(spec, "name", None)
    return [name] if name and not name.endswith("__main__") else []


def _end_with_pantau(pantau_pid: int) -> None:
    """In each worker: exit when the pantau process that opened the pool ends (a `kill -9`,
    the OOM killer). Nothing else would end it: a worker waits on its task queue, whose
    write end it holds itself, and the fork server waits for its workers. A terminal's
    Ctrl-C is pantau's to handle (it cancels the batches and stops the pool): a worker
    interrupted mid-batch would look like a crash and have its batch split and redone."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_ended, args=(pantau_pid,), name="pantau-watch", daemon=True).start()


def _exit_when_ended(pid: int) -> None:
    try:
        watched = os.pidfd_open(pid)  # Linux: readable once that process has ended
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        watched = None
    if watched is not None:
        select.select([watched], [], [])
        os._exit(1)
    while True:  # elsewhere: ask once a second
        time.sleep(1.0)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass


class LocalPool:
    """A process pool that replaces itself once broken (a worker killed by the OS or a
    crash in a C extension), so the task's retry runs on fresh workers."""

    def __init__(self, processes: int):
        self.processes = processes
        self._lock = threading.Lock()
        self._executor = self._new_executor()
        self.unavailable: str | None = None  # why no worker could be started, if so
        self.abandoned = False  # the run is ending: no more work, no waiting (abandon)

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.processes, mp_context=_context(),
                                   initializer=_end_with_pantau, initargs=(os.getpid(),))

    def run(self, fn: Callable[..., T], *args) -> T:
        if self.abandoned:
            raise PoolAbandoned("extraction stopped: the run is ending")
        if self.unavailable:
            return fn(*args)
        executor = self._executor
        try:
            future = executor.submit(fn, *args)
        except (OSError, RuntimeError) as exc:
            # No worker could be started (no room for the fork server's socket, a process
            # limit): the work runs here, slower but complete.
            self.unavailable = f"{type(exc).__name__}: {exc}"
            log.warning("pantau: no worker process could be started (%s); extracting in this process",
                        self.unavailable)
            return fn(*args)
        try:
            # In steps, so that a run that is ending (Ctrl-C) does not wait for this batch.
            while True:
                try:
                    return future.result(timeout=0.2)
                except FutureTimeout:
                    if self.abandoned:
                        raise PoolAbandoned("extraction stopped: the run is ending") from None
        except BrokenProcessPool:
            if self.abandoned:
                raise PoolAbandoned("extraction stopped: the run is ending") from None
            with self._lock:
                if self._executor is executor:
                    executor.shutdown(wait=False, cancel_futures=True)
                    self._executor = self._new_executor()
            raise

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def abandon(self) -> None:
        """The run is ending early (Ctrl-C, a failure): batches waiting are cancelled, threads
        waiting for a running batch stop waiting, and the workers are ended now instead of
        finishing their batches (their output is never loaded)."""
        self.abandoned = True
        with self._lock:
            executor = self._executor
        # The executor's own processes (a private attribute, read defensively): SIGTERM, as
        # its shutdown would otherwise wait for their batches.
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            try:
                process.terminate()
            except (OSError, AttributeError, ValueError):
                pass
        executor.shutdown(wait=False, cancel_futures=True)


@contextmanager
def local_pool(processes: int) -> Iterator[LocalPool | None]:
    """Within this block, `run_in_worker` uses `processes` local worker processes (none when
    `processes` < 2: the work then runs in the calling thread); they are closed at the end."""
    global _active
    if processes < 2:
        yield None
        return
    pool = LocalPool(processes)
    previous, _active = _active, pool
    try:
        yield pool
    except BaseException:
        pool.abandon()  # an interrupt or a failure: nothing more to wait for
        raise
    finally:
        _active = previous
        # Workers (~180 MiB of extraction code) end while the load and the report, which
        # need none, run: waiting for them here cost ~0.2 s.
        threading.Thread(target=pool.shutdown, name="pantau-workers-close").start()


def run_in_worker(fn: Callable[..., T], *args) -> T:
    """fn(*args) in a local worker process when a pool is open in this process, else here."""
    pool = _active
    if pool is None:
        return fn(*args)
    return pool.run(fn, *args)
