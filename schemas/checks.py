"""Registered Pandera checks. A check's registered name IS the contract check name
(CONTRACT.md), so a failure case's `check` lands as-is in quality_issues.check_name."""
from __future__ import annotations

import pandas as pd
import pandera.extensions as extensions

from pantau.checks.severity import SEVERITY  # noqa: F401 - schemas.SEVERITY; kept free of pandas there
from schemas import rules


REGISTERED_CHECKS = (
    rules.claim_missing_cases,
    rules.claim_missing_amount,
    rules.period_after_publication,
    rules.amount_per_case_out_of_range,
    rules.total_mismatch,
    rules.growth_mismatch,
    rules.weekday_mismatch,
    rules.missing_publication_date,
    rules.span_in_order,
    rules.period_in_order,
)


def _register(rule) -> None:
    def check(df: pd.DataFrame) -> pd.Series:
        return rule(df)

    check.__name__ = rule.__name__
    check.__doc__ = rule.__doc__
    extensions.register_check_method(statistics=[], supported_types=pd.DataFrame,
                                     check_type="vectorized")(check)


def register_all() -> None:
    """Register each rule once per process (Pandera refuses a second registration)."""
    import pandera.pandas as pa

    for rule in REGISTERED_CHECKS:
        if not hasattr(pa.Check, rule.__name__):
            _register(rule)


register_all()
