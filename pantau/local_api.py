"""A temporary local Prefect API for one `pantau run`, started before anything heavy is imported.

With no API configured, Prefect starts its own temporary API server when the flow is
called: the CLI process first imports the whole server package (~1.8 s of CPU) only to
launch it, then waits ~2.5 s while the server process imports it again and starts.
Launching the same server ourselves as the very first thing `pantau run` does lets it
start on the second core while this process imports pantau and Prefect, and spares this
process the server import. It is the same server Prefect would start (its temporary
mode: no UI, no background services, the database in PREFECT_HOME), and it dies with
its parent. Its URL goes into the environment before Prefect is imported, because
Prefect's helper threads read the settings of the import time. It is only started when
no API is configured anywhere Prefect looks (environment, profile, prefect.toml, .env,
pyproject.toml); if it does not answer in time, Prefect's own behaviour applies.
"""
from __future__ import annotations

import atexit
import contextlib
import ctypes
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path
from typing import Iterator

READY_TIMEOUT = float(os.environ.get("PANTAU_API_START_TIMEOUT", "60"))
STOP_TIMEOUT = 5.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """In the child before exec (Linux): SIGTERM when pantau dies, so no server is orphaned."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class LocalApi:
    """A Prefect API server process on a free local port."""

    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.port = process, port
        self.api_url = f"http://127.0.0.1:{port}/api"

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return True
            except OSError:
                pass
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def prefect_api_configured(cwd: Path | None = None) -> bool:
    """Whether Prefect would find an API URL (or may: any prefect.toml) without importing it."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    profiles_path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(profiles_path.read_text(encoding="utf-8"))
        active = os.environ.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
        if profiles.get("profiles", {}).get(active, {}).get("PREFECT_API_URL"):
            return True
    except (OSError, ValueError, AttributeError):
        pass
    cwd = cwd or Path.cwd()
    if (cwd / "prefect.toml").exists():
        return True
    for name, marker in ((".env", "PREFECT_API_URL"), ("pyproject.toml", "tool.prefect")):
        try:
            if marker in (cwd / name).read_text(encoding="utf-8", errors="replace"):
                return True
        except OSError:
            pass
    return False


def start_local_api() -> LocalApi | None:
    """Launch Prefect's temporary API server (as Prefect itself would) and point the
    environment at it; None when an API is configured or the server cannot be launched.
    Call before Prefect is imported."""
    if prefect_api_configured() or "prefect" in sys.modules:
        return None
    spec = importlib.util.find_spec("prefect")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    app_dir = str(Path(list(spec.submodule_search_locations)[0]).parent)
    port = _free_port()
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no telemetry calls from the server
    command = [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
               "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "error", "--lifespan", "on"]
    try:
        # A session of its own: a terminal's Ctrl-C reaches pantau, which then stops the
        # server, instead of the server dying under a flow that still needs it (its calls
        # then retried for over a minute before the run could end).
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, start_new_session=True,
                                   preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    except OSError:
        return None
    server = LocalApi(process, port)
    os.environ["PREFECT_API_URL"] = server.api_url
    # Registered before Prefect is imported, so it runs after Prefect's exit-time sending of a
    # failed run's last states and logs (which a stopped server would make retry for a minute).
    atexit.register(server.stop)
    return server


@contextlib.contextmanager
def using_local_api(server: LocalApi | None) -> Iterator[None]:
    """Wait until `server` answers; if it never does, stop it and let Prefect start its own.

    With a temporary server the flow run sends no heartbeats: they exist for a server's
    crashed-run detection, which a temporary server does not run, and ending the heartbeat
    thread made each run wait up to a second (it sleeps in 1 s steps)."""
    if server is None:
        yield
        return
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if server.wait_ready():
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            yield
        return
    server.stop()
    os.environ.pop("PREFECT_API_URL", None)
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}, restore_defaults={PREFECT_API_URL}):
        yield
