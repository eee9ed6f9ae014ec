"""`pantau serve`: the ingest flow as a scheduled Prefect deployment, until stopped.

Prefect's temporary (ephemeral) API runs no scheduler, so a schedule would never fire
against it. When `PREFECT_API_URL` is unset, serve therefore starts a real
`prefect server start` as a child process on a free local port (its database under
the warehouse folder, so run history survives restarts), serves against it, and stops
it on the way out: Ctrl-C, SIGTERM, or an error.

Every scheduled run is a fresh process that plans incrementally (new and changed files
only) and closes the DuckDB file when it ends, so analysts can query between runs.
"""
from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import typer

from pantau.config import Settings

DEPLOYMENT_NAME = "scheduled"
SERVER_STOP_TIMEOUT = 15.0
# How long a stop waits for the runner to pause its schedule, and then for a run in progress
# to end after its SIGTERM (it finishes the batches its workers hold), before SIGKILL.
RUNNER_STOP_TIMEOUT = 5.0
RUN_STOP_TIMEOUT = 3.0
# The runner asks the API for due runs this often (Prefect's default is 10 s); short
# intervals get a quicker poll so runs start close to their scheduled time.
MAX_POLL_SECONDS = 10


def server_start_timeout() -> float:
    """Seconds to wait for the local server (env PANTAU_SERVER_START_TIMEOUT, default 90)."""
    try:
        return float(os.environ.get("PANTAU_SERVER_START_TIMEOUT") or 90)
    except ValueError:
        return 90.0


def free_local_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prefect_home_for(settings: Settings) -> Path:
    """The local server's home (SQLite database, logs): beside the warehouse."""
    return settings.warehouse.resolve().parent / "prefect"


def deployment_parameters(settings: Settings) -> dict:
    """The flow's parameters, as absolute paths: runs must not depend on a working directory."""
    from pantau.cli import local_workers_for

    return {"raw_dir": str(settings.raw_dir.resolve()), "warehouse": str(settings.warehouse.resolve()),
            "reports_dir": str(settings.reports_dir.resolve()), "batch_size": settings.batch_size,
            "max_file_bytes": settings.max_file_bytes, "lock_wait_seconds": settings.lock_wait_seconds,
            "progress": False, "local_workers": local_workers_for(settings), "lang": settings.lang}


def poll_seconds_for(interval: int | None) -> int:
    if interval is None:
        return MAX_POLL_SECONDS
    return max(1, min(MAX_POLL_SECONDS, interval // 2))


def _die_with_parent() -> None:
    """In the child before exec (Linux): get SIGTERM if pantau itself is killed, so a
    `kill -9` of serve leaves no orphan server behind."""
    try:
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the finally-block stop is all we have
        pass


def server_environment(home: Path, api_url: str) -> dict[str, str]:
    """The local server's environment. PREFECT_UI_API_URL: the UI asks `/ui-settings` where
    its API is, and without it the answer is Prefect's default port, not this server's."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_UI_URL", "PREFECT_PROFILE")}
    env.update({"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
                "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "true", "PREFECT_UI_ENABLED": "true",
                "PREFECT_UI_API_URL": api_url})
    return env


def start_server(home: Path, port: int) -> subprocess.Popen:
    """`prefect server start` in its own process group (Ctrl-C in the terminal reaches
    only pantau, which stops the server last, after the runner has paused its schedule)."""
    home.mkdir(parents=True, exist_ok=True)
    log = open(home / "server.log", "ab")  # noqa: SIM115 - handed to the child, closed by stop_server
    prefect_cli = Path(sys.executable).with_name("prefect")
    command = [str(prefect_cli)] if prefect_cli.exists() else [sys.executable, "-m", "prefect"]
    command += ["server", "start", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, env=server_environment(home, f"http://127.0.0.1:{port}/api"), stdout=log, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, start_new_session=True,
                               preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    process.log_file = log  # type: ignore[attr-defined]
    return process


def server_is_healthy(api_url: str) -> bool:
    try:
        return httpx.get(f"{api_url}/health", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def api_reachable(api_url: str) -> bool:
    """Something answers HTTP there (Prefect Cloud may answer /health with 401 or 404: fine)."""
    try:
        httpx.get(f"{api_url}/health", timeout=5.0)
    except httpx.TransportError:
        return False
    return True


def wait_until_healthy(process: subprocess.Popen, api_url: str, home: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the local Prefect server exited (code {process.returncode}) before it answered; "
                               f"its log: {home / 'server.log'}\n{log_tail(home)}")
        if server_is_healthy(api_url):
            return
        time.sleep(0.5)
    raise RuntimeError(f"the local Prefect server did not answer {api_url}/health within {timeout:.0f} s; "
                       f"its log: {home / 'server.log'}\n{log_tail(home)}")


def log_tail(home: Path, lines: int = 15) -> str:
    try:
        return "\n".join((home / "server.log").read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def stop_server(process: subprocess.Popen) -> None:
    """SIGTERM the server's whole process group, then SIGKILL what is still there."""
    for sig, wait in ((signal.SIGTERM, SERVER_STOP_TIMEOUT), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            # The leader is gone; make sure no helper of its group outlives it.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            break
        except subprocess.TimeoutExpired:
            continue
    process.log_file.close()  # type: ignore[attr-defined]


def scheduler_problem() -> str | None:
    """Prefect 3.8's scheduler cannot insert runs with SQLAlchemy 2.1 ("Can't evaluate bulk
    DML statement"): the server starts, but no scheduled run is ever created."""
    import sqlalchemy

    major, minor = (int(part) for part in sqlalchemy.__version__.split(".")[:2])
    if (major, minor) >= (2, 1):
        return (f"SQLAlchemy {sqlalchemy.__version__} is installed; the local Prefect server's scheduler needs "
                "sqlalchemy<2.1 (install it, e.g. `pip install 'sqlalchemy<2.1'`), or no scheduled run will start")
    return None


@contextlib.contextmanager
def prefect_api(settings: Settings) -> Iterator[str]:
    """The API to serve against: `PREFECT_API_URL` when set, else our own local server."""
    external = os.environ.get("PREFECT_API_URL")
    if external:
        if not api_reachable(external.rstrip("/")):
            raise RuntimeError(f"no Prefect server answers at PREFECT_API_URL={external}; start it, "
                               "or unset PREFECT_API_URL and pantau serve starts its own")
        yield external.rstrip("/")
        return
    problem = scheduler_problem()
    if problem:
        typer.secho(f"pantau serve: warning: {problem}", err=True, fg=typer.colors.YELLOW)
    home = prefect_home_for(settings)
    port = free_local_port()
    api_url = f"http://127.0.0.1:{port}/api"
    typer.echo(f"pantau serve: starting a local Prefect server (home {home}) ...")
    process = start_server(home, port)
    try:
        wait_until_healthy(process, api_url, home, server_start_timeout())
    except BaseException:
        stop_local_server(process)
        raise
    # Stopped at exit, the way Prefect stops its own temporary server: after Prefect's
    # background workers in this process (logs, events) have sent what they hold, which they
    # do as the interpreter exits. Stopped before them, they retried for a minute.
    atexit.register(stop_local_server, process)
    yield api_url


def stop_local_server(process: subprocess.Popen) -> None:
    stop_server(process)
    typer.echo("pantau serve: local Prefect server stopped.")


def local_timezone() -> str:
    """The machine's IANA time zone, so `--cron "0 6 * * *"` means 06:00 here (Prefect's
    default would be UTC: 13:00 in Jakarta). TZ wins, then /etc/localtime, else UTC."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        try:
            if name and ZoneInfo(name):
                return name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return "UTC"


def make_schedule(cron: str | None, interval: int | None):
    """The Prefect schedule; raises ValueError (in words) for a bad cron or interval."""
    from prefect.schedules import Cron, Interval

    if (cron is None) == (interval is None):
        raise ValueError("give exactly one of --cron or --interval")
    if cron is not None:
        try:
            return Cron(cron, timezone=local_timezone())
        except ValueError:
            raise ValueError(f'invalid cron expression "{cron}" (five fields: minute hour day month weekday, '
                             'e.g. "0 6 * * *")') from None
    if interval < 1:
        raise ValueError("--interval must be at least 1 second")
    return Interval(interval)


def schedule_words(cron: str | None, interval: int | None) -> str:
    return f'cron "{cron}" ({local_timezone()})' if cron else f"every {interval} s"


def stop_on_signals() -> None:
    """SIGINT and SIGTERM both stop serve, as one KeyboardInterrupt in the main thread.

    Installed explicitly: a job a script starts in the background inherits SIGINT ignored,
    and SIGTERM's default would end serve without stopping its server. Only the first signal
    interrupts; later ones are ignored, so a second Ctrl-C cannot cut the clean-up short."""
    stopping = []

    def interrupt(signum, frame) -> None:
        if not stopping:
            stopping.append(signum)
            raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrupt)


def serve_flow(settings: Settings, cron: str | None = None, interval: int | None = None) -> None:
    """Serve the ingest flow on the schedule until Ctrl-C or SIGTERM (then return normally)."""
    try:
        schedule = make_schedule(cron, interval)
    except ValueError as exc:
        typer.secho(f"pantau: {exc}", err=True, fg=typer.colors.RED)
        raise typer.Exit(2) from None
    settings.raw_dir.mkdir(parents=True, exist_ok=True)
    stop_on_signals()
    try:
        with prefect_api(settings) as api_url:
            serve_against(api_url, settings, schedule, cron, interval)
    except KeyboardInterrupt:
        pass  # a stop asked for while the server was starting: prefect_api stopped it
    except (RuntimeError, OSError) as exc:
        typer.secho(f"pantau serve: {type(exc).__name__}: {exc}", err=True, fg=typer.colors.RED)
        raise typer.Exit(1) from None
    typer.echo("pantau serve: stopped.")


def serve_against(api_url: str, settings: Settings, schedule, cron: str | None, interval: int | None) -> None:
    # Each flow-run process serve spawns reads the API address from the environment; this
    # process (and its runner thread) from the settings context below.
    os.environ["PREFECT_API_URL"] = api_url
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.ingest import ingest
    from pantau.cli import task_runner_for

    typer.echo(f"pantau serve: Prefect UI {api_url.removesuffix('/api')} ; runs {schedule_words(cron, interval)} "
               f"over {settings.raw_dir.resolve()} into {settings.warehouse.resolve()}. Stop with Ctrl-C.")
    # The hooks print each run's line from the run's own process, whose output is serve's.
    flow = ingest.with_options(task_runner=task_runner_for(settings), on_completion=[announce_run],
                               on_failure=[announce_run], on_crashed=[announce_run])
    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        run_until_stopped(flow, schedule, interval, deployment_parameters(settings))


def run_until_stopped(flow, schedule, interval: int | None, parameters: dict) -> None:
    """Prefect's Runner, as `flow.serve()` makes it (limit=1: a run never overlaps the previous
    one, both would load the same files), until a signal stops serve.

    The runner runs in a thread of its own and this (main) thread waits for the signal:
    Prefect installs its SIGTERM handler only in the main thread, and that handler exits
    without pausing the schedule or ending the run in progress. Stopping cancels the
    runner's task as asyncio does on Ctrl-C: the runner then pauses its schedule and ends
    a run in progress (its load is one transaction: nothing half-written)."""
    import asyncio
    import contextvars
    import multiprocessing
    import threading

    from prefect.runner import Runner
    from prefect.types.entrypoint import EntrypointType

    runner = Runner(name=DEPLOYMENT_NAME, query_seconds=poll_seconds_for(interval), limit=1, pause_on_shutdown=True)
    runner.add_flow(flow, name=DEPLOYMENT_NAME, schedules=[schedule], parameters=parameters,
                    entrypoint_type=EntrypointType.MODULE_PATH,
                    description="pantau: raw articles into the DuckDB warehouse, validated.")
    started: list[asyncio.Task] = []
    failed: list[BaseException] = []

    async def serve() -> None:
        started.append(asyncio.current_task())
        await runner.start()

    def in_thread() -> None:
        try:
            asyncio.run(serve())
        except asyncio.CancelledError:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failed.append(exc)

    # In this thread's settings context (the API address), as Prefect's own helper threads are.
    thread = threading.Thread(target=contextvars.copy_context().run, args=(in_thread,), name="pantau-runner")
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.5)
    except KeyboardInterrupt:
        typer.echo("pantau serve: stopping ...")
        # A run in progress gets SIGTERM now: Prefect's engine in it marks it Crashed and it
        # exits; its load is one transaction, so the warehouse keeps its previous state.
        # (The runner would send the same, then check every 3 s whether the run has ended.)
        in_progress = multiprocessing.active_children()
        for child in in_progress:
            child.terminate()
        if in_progress:
            typer.echo("pantau serve: the run in progress is stopped; the warehouse keeps its previous state.")
        if started:
            started[0].get_loop().call_soon_threadsafe(started[0].cancel)
        thread.join(RUNNER_STOP_TIMEOUT)
    finally:
        for child in multiprocessing.active_children():  # a run that has not ended by now
            child.join(RUN_STOP_TIMEOUT)
            if child.is_alive():
                child.kill()
    if failed:
        raise RuntimeError(f"the Prefect runner stopped: {type(failed[0]).__name__}: {failed[0]}")


def run_line(flow_run, state, open_errors: int | None) -> str:
    """The terminal's line for one finished run."""
    when = time.strftime("%H:%M:%S")
    if not state.is_completed():
        return (f"pantau serve: {when} run {flow_run.name} {state.name.lower()}: {state.message or 'no message'}; "
                "the warehouse keeps its previous state.")
    result = state.result()
    seconds = sum(result.get("timings", {}).get("wall", {}).values())
    errors = "open errors unknown (the warehouse was busy)" if open_errors is None else f"{open_errors} open errors"
    return (f"pantau serve: {when} run {result['run_id']} completed in {seconds:.1f} s: {result['files_found']} files, "
            f"{result['articles_new']} extracted now, {result['files_rejected']} rejected; {result['claims']} claim "
            f"and {result['membership']} membership figures; {result['error_count']} new errors, {errors}; "
            f"report: {result['report']}")


def open_error_count(warehouse: str) -> int | None:
    """Error findings open now (v_open_issues), or None when the warehouse cannot be read."""
    from pantau.warehouse import connect

    try:
        con = connect(Path(warehouse), read_only=True, wait_seconds=2.0)
    except Exception:  # noqa: BLE001 - busy or missing: the line says so
        return None
    try:
        return con.execute("SELECT count(*) FROM v_open_issues WHERE severity = 'error'").fetchone()[0]
    except Exception:  # noqa: BLE001
        return None
    finally:
        con.close()


def announce_run(flow, flow_run, state) -> None:
    """A flow-run hook: one line per scheduled run on serve's terminal."""
    open_errors = open_error_count(flow_run.parameters["warehouse"]) if state.is_completed() else None
    print(run_line(flow_run, state, open_errors), flush=True)
