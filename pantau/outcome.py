"""What became of a run, asked of the warehouse: what `pantau run` says after a failure or an
interrupt must be what the warehouse holds, never what the code path suggests (a run can fail
after its commit: a report folder that is full, the Prefect API gone, Ctrl-C)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RunOutcome:
    state: str  # "committed" | "not committed" | "unknown"
    sentence: str  # what happened to the warehouse, in words
    row: dict | None = None  # the run's `runs` row (with its claims and membership counts) when committed

    @property
    def committed(self) -> bool:
        return self.state == "committed"


def run_outcome(warehouse: Path, run_id: str, wait_seconds: float = 2.0) -> RunOutcome:
    """Whether `runs` holds run_id: then everything the run loaded is in (one transaction)."""
    import duckdb

    from pantau.warehouse import WarehouseBusy, connect, has_schema

    warehouse = Path(warehouse)
    if not warehouse.exists():
        return RunOutcome("not committed", f"no warehouse was written ({warehouse} does not exist)")
    try:
        con = connect(warehouse, read_only=True, wait_seconds=wait_seconds)
    except (WarehouseBusy, duckdb.Error, OSError) as exc:
        return RunOutcome("unknown", f"whether run {run_id} reached the warehouse {warehouse} could not be checked "
                                     f"({type(exc).__name__}: {exc}); if its `runs` table holds {run_id}, the run's "
                                     "data is loaded, otherwise the warehouse kept its previous state")
    try:
        if not has_schema(con):
            return RunOutcome("not committed", f"the warehouse {warehouse} holds no tables: nothing was loaded")
        cursor = con.execute(
            "SELECT *, (SELECT count(*) FROM claim_figures WHERE run_id = $r) AS claims, "
            "(SELECT count(*) FROM membership_figures WHERE run_id = $r) AS membership FROM runs WHERE run_id = $r",
            {"r": run_id})
        found = cursor.fetchone()
        if found is None:
            return RunOutcome("not committed", f"the warehouse {warehouse} keeps its previous state "
                                               f"(it holds no run {run_id})")
        row = dict(zip([d[0] for d in cursor.description], found))
        return RunOutcome("committed", f"run {run_id} is committed: its data is in the warehouse {warehouse}", row)
    except duckdb.Error as exc:
        return RunOutcome("unknown", f"whether run {run_id} reached the warehouse {warehouse} could not be checked "
                                     f"({type(exc).__name__}: {exc})")
    finally:
        con.close()
