"""The flow on a Dask cluster gives the same warehouse as the default runner."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DEVSET, SAMPLE_RAW
from tests.warehouse_checks import assert_sound, open_read_only

pytestmark = pytest.mark.slow


def content(warehouse: Path) -> dict[str, list]:
    """What a user reads, without run ids, figure ids or timestamps."""
    queries = {
        "articles": "SELECT article_id, source_path, title, body_text, published_date, office, is_current "
                    "FROM articles ORDER BY ALL",
        "source_files": "SELECT source_path, article_id, content_sha256 FROM source_files ORDER BY ALL",
        "claims": "SELECT article_id, program, cases, amount_idr, period_start, period_end, office, "
                  "is_prior_period, status, start_char, end_char FROM claims ORDER BY ALL",
        "membership": "SELECT article_id, metric, value, period_start, period_end, office, status, start_char, "
                      "end_char FROM membership ORDER BY ALL",
        "checks": "SELECT article_id, check_name, severity, count(*) FROM quality_issues GROUP BY ALL ORDER BY ALL",
    }
    with open_read_only(warehouse) as con:
        assert_sound(con)
        return {name: con.execute(sql).fetchall() for name, sql in queries.items()}


def tasks_executed(dask_worker) -> int:
    """Runs on each worker: how many tasks it has executed."""
    return dask_worker.state.executed_count


def test_a_two_worker_dask_cluster_loads_the_same_warehouse_as_the_default_runner(run_pipeline, workdir):
    from distributed import Client, LocalCluster

    from pantau.cli import run_once
    from pantau.config import load_settings

    raw = workdir / "raw"
    shutil.copytree(SAMPLE_RAW, raw, dirs_exist_ok=True)
    shutil.copytree(DEVSET / "articles", raw / "devset", dirs_exist_ok=True)
    files = sum(1 for p in raw.rglob("*") if p.is_file())

    local = run_pipeline(batch_size=2)
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        settings = load_settings(raw_dir=raw, warehouse=workdir / "dask.duckdb", reports_dir=workdir / "dask-reports",
                                 batch_size=2, dask_address=cluster.scheduler_address)
        on_dask = run_once(settings)
        with Client(cluster) as client:
            batches_per_worker = client.run(tasks_executed)

    assert files >= 8 and on_dask["articles_new"] == local["articles_new"] > 4  # several batches went out
    assert on_dask["claims"] == local["claims"] and on_dask["membership"] == local["membership"]
    dask_content, local_content = content(workdir / "dask.duckdb"), content(workdir / "pantau.duckdb")
    for name in local_content:
        assert dask_content[name] == local_content[name], name
    assert local_content["claims"] and local_content["checks"]
    assert len(batches_per_worker) == 2 and sum(batches_per_worker.values()) >= 4  # both workers took batches
