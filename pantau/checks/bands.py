"""Benefit bands per program and date, read from benefit_bands.toml (see its comments)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

BANDS_FILE = Path(__file__).with_name("benefit_bands.toml")


@dataclass(frozen=True)
class BenefitBand:
    program: str
    valid_from: date | None
    valid_until: date | None
    reference_idr: float
    min_idr: float
    max_idr: float
    source: str

    def in_force(self, day: date) -> bool:
        return (self.valid_from is None or day >= self.valid_from) and \
               (self.valid_until is None or day < self.valid_until)


@lru_cache(maxsize=4)
def load_bands(path: Path = BANDS_FILE) -> tuple[BenefitBand, ...]:
    with open(path, "rb") as fh:
        rows = tomllib.load(fh).get("band", [])
    return tuple(BenefitBand(program=r["program"], valid_from=r.get("valid_from"), valid_until=r.get("valid_until"),
                             reference_idr=float(r["reference_idr"]), min_idr=float(r["min_idr"]),
                             max_idr=float(r["max_idr"]), source=r["source"])
                 for r in rows)


def band_for(program: str, day: date | None, bands: tuple[BenefitBand, ...] | None = None) -> BenefitBand | None:
    """The band in force for `program` on `day`, or None (program unchecked, date unknown)."""
    if day is None:
        return None
    for band in bands if bands is not None else load_bands():
        if band.program == program and band.in_force(day):
            return band
    return None
