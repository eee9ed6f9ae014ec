"""Shared fixtures. The Prefect test harness (a temporary API server on a throwaway
database) costs seconds to start, so one serves the whole session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE_RAW = REPO / "data" / "raw"
DEVSET = SHARED / "devset"


@pytest.fixture(scope="session")
def prefect_harness():
    """One throwaway Prefect server for the session. Flow runs in this process send no
    heartbeats: the harness keeps no watch on them, and ending the heartbeat thread cost
    each run up to a second (~0.8 s of a 1.1 s run of the sample articles)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60), \
            temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


@pytest.fixture()
def workdir(tmp_path: Path) -> Path:
    """A temp folder with raw/, the warehouse and reports inside."""
    (tmp_path / "raw").mkdir()
    return tmp_path


@pytest.fixture()
def run_pipeline(prefect_harness, workdir: Path):
    """Run the real flow once over workdir/raw into workdir/pantau.duckdb."""
    from pantau.cli import run_once
    from pantau.config import load_settings

    def _run(raw: Path | None = None, **overrides):
        settings = load_settings(**{"raw_dir": raw or workdir / "raw", "warehouse": workdir / "pantau.duckdb",
                                    "reports_dir": workdir / "reports", **overrides})
        return run_once(settings)

    return _run


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, dirs_exist_ok=True)
    return dst
