"""Data-quality checks: per-batch validation (Pandera schemas of schemas/ plus domain
checks) and the cross-article conflict check run by the loader.

    validate_batch(items)     -> [(article_id, Finding)]   claims, membership, breakdowns,
                                 changes, weekdays, number problems, publication date
    find_conflicts(figures)   -> [(article_id, Finding)]   conflicting_figures

Check names and severities are the contract's (CONTRACT.md; schemas.SEVERITY).
"""
from __future__ import annotations

__all__ = ["validate_batch", "find_conflicts"]


def __getattr__(name: str):
    # Imported on first use: validation needs pandas and Pandera, the loader's conflict
    # check does not, and every run's load pays its imports (~0.3 s).
    if name == "validate_batch":
        from pantau.checks.validate import validate_batch

        return validate_batch
    if name == "find_conflicts":
        from pantau.checks.conflicts import find_conflicts

        return find_conflicts
    raise AttributeError(f"module 'pantau.checks' has no attribute {name!r}")
