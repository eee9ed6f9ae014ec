"""Where pantau reads and writes, in one place.

Precedence: command-line flag > environment variable > `pantau.toml` in the working
directory (a `[pantau]` table) > built-in default. Paths are relative to the working
directory.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from pantau.review.lang import LANGUAGES

SETTINGS_FILE = "pantau.toml"


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = Path("data/raw")
    warehouse: Path = Path("data/warehouse/pantau.duckdb")
    reports_dir: Path = Path("data/warehouse/reports")
    dask_address: str | None = None
    max_file_bytes: int = 5 * 1024 * 1024  # larger raw files are rejected, not read
    batch_size: int = 500  # articles per extraction task: Prefect and Pandera cost per task; runs of fewer split over the workers
    workers: int = 0  # extraction processes; 0 = one per core
    lock_wait_seconds: float = 30.0  # how long a run waits for another writer to finish
    lang: str = "id"  # language of the report and of findings' messages: id | en


ENV_VARS = {
    "raw_dir": "PANTAU_RAW_DIR",
    "warehouse": "PANTAU_WAREHOUSE",
    "reports_dir": "PANTAU_REPORTS_DIR",
    "dask_address": "PANTAU_DASK_ADDRESS",
    "max_file_bytes": "PANTAU_MAX_FILE_BYTES",
    "batch_size": "PANTAU_BATCH_SIZE",
    "workers": "PANTAU_WORKERS",
    "lock_wait_seconds": "PANTAU_LOCK_WAIT_SECONDS",
    "lang": "PANTAU_LANG",
}


def reports_dir_for(warehouse: Path) -> Path:
    """A warehouse's own reports folder when none is set: `reports/` beside the default
    `pantau.duckdb` (data/warehouse/reports), `<name>-reports/` beside any other, so two
    warehouses of one folder never write into one report folder."""
    warehouse = Path(warehouse)
    name = "reports" if warehouse.name == Settings.warehouse.name else f"{warehouse.stem}-reports"
    return warehouse.parent / name


def _coerce(name: str, raw: object) -> object:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if "Path" in str(kind):
        return Path(str(raw))
    if "int" in str(kind):
        return int(raw)
    if "float" in str(kind):
        return float(raw)
    return None if raw in ("", None) else str(raw)


def load_settings(cwd: Path | None = None, **flags: object) -> Settings:
    """Settings from the file, then the environment, then the given flags (None = not given)."""
    values: dict[str, object] = {}
    file = (cwd or Path.cwd()) / SETTINGS_FILE
    if file.is_file():
        with file.open("rb") as fh:
            values.update(tomllib.load(fh).get("pantau", {}))
    for name, var in ENV_VARS.items():
        if os.environ.get(var):
            values[name] = os.environ[var]
    values.update({k: v for k, v in flags.items() if v is not None})
    if "warehouse" in values and "reports_dir" not in values:
        values["reports_dir"] = reports_dir_for(Path(str(values["warehouse"])))
    if "lang" in values and str(values["lang"]).lower() not in LANGUAGES:
        raise ValueError(f"language {values['lang']!r} is not one of {', '.join(LANGUAGES)} (--lang, PANTAU_LANG)")
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown setting(s) in {SETTINGS_FILE}: {', '.join(sorted(unknown))}")
    settings = replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})
    return replace(settings, lang=settings.lang.lower())
