"""Running the real `pantau` command as a separate process, as a user or a scheduler would."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PANTAU = REPO / ".venv" / "bin" / "pantau"


def cli_env(api_url: str | None = None, **extra: str) -> dict[str, str]:
    """The environment of a child `pantau`: our Prefect API (no server of its own to
    start) when given, quiet Prefect, and the PANTAU_* settings passed in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANTAU_") or k == "PANTAU_STANDINS"}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="WARNING")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    env.update(extra)
    return env


def pantau_command(*args: str) -> list[str]:
    command = [str(PANTAU)] if PANTAU.exists() else [sys.executable, "-m", "pantau.cli"]
    return command + list(args)


def start(args: list[str], env: dict, cwd: Path) -> subprocess.Popen:
    """A `pantau` process in a session of its own, so a kill reaches its children too."""
    return subprocess.Popen(pantau_command(*args), env=env, cwd=cwd, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(args: list[str], env: dict, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    process = start(args, env, cwd)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_session(process)
        raise
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def kill_session(process: subprocess.Popen) -> None:
    """SIGKILL the process and everything it started (its session), then reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()


def api_url_of_harness() -> str:
    from prefect.settings import get_current_settings

    return str(get_current_settings().api.url)


def wait_for(condition, timeout: float, interval: float = 0.005) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False
