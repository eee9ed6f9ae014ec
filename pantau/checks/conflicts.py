"""conflicting_figures: the same subject (kind, program or metric, office, period, prior
flag) carrying different values, within one article or across articles.

What is NOT a conflict:
- a restatement that rounds (|a - b| within both printed tolerances) or truncates (the
  less precise figure is the other cut to its printed precision: 1,47 triliun vs
  1.474.200.000.000);
- the parts of a stated breakdown: within one article, two or more smaller figures that
  together stay within the article's largest figure of the group are taken as its parts;
- single payouts (a claim of one case: two heirs are two subjects).
Values are compared as distinct (value, tolerance) pairs, so a national figure restated
by a thousand articles costs a handful of comparisons.
"""
from __future__ import annotations

import math
from collections import defaultdict

import pandas as pd

from pantau.checks.findings import as_date
from pantau.checks.precision import effective_tolerance
from pantau.checks.wording import format_count, format_date, format_rupiah
from pantau.model import Finding
from schemas import SEVERITY

GROUP_KEYS = ["kind", "key", "office", "period_start", "period_end", "is_prior_period", "value_field"]
REL_EPSILON = 1e-9


def same_within_rounding(a: float, ta: float, b: float, tb: float) -> bool:
    return abs(a - b) <= ta + tb + REL_EPSILON * max(abs(a), abs(b), 1.0)


def is_truncation(coarse: float, coarse_tolerance: float, fine: float) -> bool:
    """`coarse` is `fine` cut (not rounded) to the coarse figure's last printed digit."""
    unit = 2.0 * coarse_tolerance
    if unit <= 0:
        return False
    cut = math.floor(fine / unit + REL_EPSILON) * unit
    return abs(cut - coarse) <= REL_EPSILON * max(abs(coarse), unit)


def compatible(a: float, ta: float, b: float, tb: float) -> bool:
    """Two printed figures can state the same quantity."""
    if same_within_rounding(a, ta, b, tb):
        return True
    coarse, coarse_tol, fine = (a, ta, b) if ta >= tb else (b, tb, a)
    return is_truncation(coarse, coarse_tol, fine)


def breakdown_parts(rows: pd.DataFrame) -> set[int]:
    """Row labels (of one article's rows in one group) that look like the parts of the
    article's largest figure: at least two smaller figures summing to no more than it."""
    if len(rows) < 3:
        return set()
    largest = rows["value"].max()
    largest_tol = rows.loc[rows["value"] == largest, "tolerance"].max()
    smaller = rows[~rows.apply(lambda r: compatible(r["value"], r["tolerance"], largest, largest_tol), axis=1)]
    if len(smaller) >= 2 and smaller["value"].sum() <= largest + largest_tol + smaller["tolerance"].sum():
        return set(smaller.index)
    return set()


def _describe(first: pd.Series) -> str:
    field = first["value_field"]
    if first["kind"] == "claim":
        key = "total" if first["key"] == "TOTAL" else first["key"]
        what = f"{key} claim {'case count' if field == 'cases' else 'amount'}"
    else:
        what = f"{str(first['key']).replace('_', ' ')} figure"
    office = first["office"] if isinstance(first["office"], str) and first["office"] else "an unknown office"
    start, end = as_date(first["period_start"]), as_date(first["period_end"])
    if start and end:
        period = f"{format_date(start)} to {format_date(end)}"
    elif end:
        period = f"up to {format_date(end)}"
    else:
        period = "an unstated period"
    prior = ", comparison period" if bool(first["is_prior_period"]) else ""
    return f"{what} ({office}, {period}{prior})"


def _show(value: float, field: str) -> str:
    return format_rupiah(value) if field == "amount_idr" else format_count(value)


def _single_payouts(figures: pd.DataFrame) -> set[str]:
    cases = figures[(figures["kind"] == "claim") & (figures["value_field"] == "cases")]
    return set(cases.loc[cases["value"] == 1, "figure_id"])


def group_conflicts(group: pd.DataFrame) -> list[tuple[str, Finding]]:
    """Findings for one (subject, value field) group that holds at least one new figure."""
    excluded: set = set()
    for _article, rows in group.groupby("article_id", sort=False):
        excluded |= breakdown_parts(rows)
    rows = group.drop(index=list(excluded))
    if rows["value"].nunique() < 2:
        return []
    # Distinct printed values, then which pairs of them cannot be the same quantity.
    distinct = rows[["value", "tolerance"]].drop_duplicates().itertuples(index=False, name=None)
    distinct = list(distinct)
    clash: dict[tuple, set[tuple]] = defaultdict(set)
    for i, (a, ta) in enumerate(distinct):
        for b, tb in distinct[i + 1:]:
            if not compatible(a, ta, b, tb):
                clash[(a, ta)].add((b, tb))
                clash[(b, tb)].add((a, ta))
    if not clash:
        return []
    label = [(v, t) for v, t in zip(rows["value"], rows["tolerance"])]
    rows = rows.assign(_label=label)
    involved = rows[rows["_label"].isin(list(clash))]
    field = str(rows["value_field"].iloc[0])
    subject = _describe(rows.iloc[0])
    out: list[tuple[str, Finding]] = []
    for article_id, own in involved.groupby("article_id", sort=False):
        own_labels = set(own["_label"])
        # Partners: rows clashing with this article's rows, at least one side new.
        partners = involved[involved["_label"].apply(lambda lab: any(lab in clash[o] for o in own_labels))]
        if not (own["is_new"].any() or partners["is_new"].any()):
            continue
        own = own[own["_label"].apply(lambda lab: bool(clash[lab] & set(partners["_label"])))]
        if own.empty:
            continue
        others = partners[partners["article_id"] != article_id]
        mine = " and ".join(dict.fromkeys(_show(v, field) for v in own.sort_values("start_char")["value"]))
        theirs = " and ".join(dict.fromkeys(_show(v, field) for v in others["value"]))
        if others.empty:
            values = list(dict.fromkeys(_show(v, field) for v in own.sort_values("start_char")["value"]))
            said = (f"{values[0]} in one sentence and {values[1]} in another" if len(values) == 2
                    else f"{', '.join(values)} in different sentences")
            message = f"The {subject} is {said}."
            found = " and ".join(values)
        else:
            n = others["article_id"].nunique()
            message = (f"The {subject} is {mine} here but {theirs} in {n} other article{'s' if n > 1 else ''} "
                       "about the same office and period.")
            found = f"{mine} here; {theirs} elsewhere"
        first = own.sort_values("start_char").iloc[0]
        finding = Finding(check_name="conflicting_figures", severity=SEVERITY["conflicting_figures"],
                          message=message + " Rounding or truncation cannot explain the difference.",
                          evidence=str(first["evidence"] or ""), start_char=int(first["start_char"]),
                          end_char=int(first["end_char"]),
                          expected="one value for the same office, subject and period (a restatement may only "
                                   "round or truncate it)", found=found,
                          figures=[(str(k), str(f)) for k, f in zip(own["kind"], own["figure_id"])],
                          related_article_ids=",".join(sorted(set(others["article_id"]))) or None)
        out.append((str(article_id), finding))
    return out


def find_conflicts(figures: pd.DataFrame) -> list[tuple[str, Finding]]:
    """conflicting_figures findings, once for each article involved (see the module doc)."""
    if figures is None or len(figures) == 0:
        return []
    frame = figures.copy()
    frame = frame[frame["value"].notna()]
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    frame = frame[frame["value"].notna()]
    tolerance = pd.to_numeric(frame["tolerance"], errors="coerce").fillna(0.0)
    frame["tolerance"] = [effective_tolerance(v, t) for v, t in zip(frame["value"], tolerance)]
    frame["is_new"] = frame["is_new"].fillna(False).astype(bool)
    frame = frame[~frame["figure_id"].isin(_single_payouts(frame))].reset_index(drop=True)
    out: list[tuple[str, Finding]] = []
    for _key, group in frame.groupby(GROUP_KEYS, dropna=False, sort=False):
        if not group["is_new"].any() or group["value"].nunique() < 2:
            continue
        try:
            out += group_conflicts(group)
        except Exception:  # noqa: BLE001 - one odd group must not lose the run's other findings
            import logging
            logging.getLogger(__name__).exception("conflict check failed for a group")
    return out
