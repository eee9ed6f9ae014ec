"""How much a printed figure may differ from the quantity it states."""
from __future__ import annotations

import math


def effective_tolerance(value: float | None, tolerance: float | None) -> float:
    """The printed rounding, except that a whole number printed to the unit is exact: a
    count of 48 people or Rp 510.000.000 cannot hide a fraction, so 48 + 17 vs 66 fails."""
    tol = abs(tolerance or 0.0)
    if value is None or not math.isfinite(value) or not math.isfinite(tol):
        return 0.0 if not math.isfinite(tol) else tol
    if tol <= 0.5 and float(value).is_integer():
        # (a count printed in round thousands, "296.000 kasus", may be rounded to them: half a thousand either way)
        return 500.0 if value >= 10_000 and value % 1000 == 0 else 0.0
    return tol
