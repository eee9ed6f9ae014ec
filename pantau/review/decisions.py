"""Reviewers' decisions on findings (finding_reviews): one on the command line, or many
from a CSV file, recorded in one transaction.

A decision names a finding by its finding_id, which holds its article's content id: a
dismissed finding stays out of v_open_issues on later runs while the content is unchanged,
and stands again once the content changes (a new finding_id). Deciding the same way again
records nothing, so a CSV file can be applied twice.
"""
from __future__ import annotations

import csv
import getpass
import io
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

# What a reviewer may write in the decision column, in either language.
DECISION_WORDS = {"dismiss": "dismissed", "dismissed": "dismissed", "tolak": "dismissed", "ditolak": "dismissed",
                  "confirm": "confirmed", "confirmed": "confirmed", "benarkan": "confirmed",
                  "dibenarkan": "confirmed"}


class DecisionError(ValueError):
    """A decision that cannot be recorded (unknown finding, unknown decision, bad file)."""


@dataclass(frozen=True)
class Decision:
    finding_id: str
    decision: str  # dismissed | confirmed
    note: str | None
    reviewer: str


@dataclass(frozen=True)
class Outcome:
    decision: Decision
    recorded: bool  # False: the same decision was already the latest one
    check_name: str
    title: str | None


def default_reviewer() -> str:
    """Who decides: PANTAU_REVIEWER, else the login name."""
    name = os.environ.get("PANTAU_REVIEWER")
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def normal_decision(word: str | None) -> str:
    decision = DECISION_WORDS.get((word or "").strip().lower())
    if decision is None:
        raise DecisionError(f"'{word}' is no decision: write dismiss or confirm")
    return decision


def read_csv(path: Path, reviewer: str) -> list[Decision]:
    """Decisions from a CSV file with the columns finding_id, decision and (optional) note and
    reviewer, as the report's "Download decisions CSV" writes it. Every bad line is reported
    at once; nothing is recorded from a file with one."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DecisionError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DecisionError(f"{path} is not UTF-8 text") from exc
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not {"finding_id", "decision"} <= columns:
        raise DecisionError(f"{path} needs a header line with the columns finding_id and decision (and optionally note, "
                            "reviewer)")
    out, problems = [], []
    for line_no, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not any(row.values()):
            continue
        try:
            if not row.get("finding_id"):
                raise DecisionError("no finding_id")
            out.append(Decision(row["finding_id"], normal_decision(row.get("decision")), row.get("note") or None,
                                row.get("reviewer") or reviewer))
        except DecisionError as exc:
            problems.append(f"line {line_no}: {exc}")
    if problems:
        raise DecisionError(f"{path}: " + "; ".join(problems))
    return out


def record(con, decisions: list[Decision], now: datetime | None = None) -> list[Outcome]:
    """Record the decisions in finding_reviews, all or none. A finding must exist and stand
    now (a decision on a finding its article's new content no longer has would never apply)."""
    now = now or datetime.now()
    if not decisions:
        return []
    ids = sorted({d.finding_id for d in decisions})
    known = {fid: (check, title, standing) for fid, check, title, standing in con.execute("""
        SELECT i.finding_id, any_value(i.check_name), any_value(a.title),
               bool_or(s.finding_id IS NOT NULL)
        FROM quality_issues i LEFT JOIN articles a USING (article_id)
        LEFT JOIN v_standing_issues s ON s.finding_id = i.finding_id
        WHERE list_contains(?, i.finding_id) GROUP BY i.finding_id""", [ids]).fetchall()}
    problems = []
    for d in decisions:
        if d.finding_id not in known:
            problems.append(f"no finding {d.finding_id} in this warehouse")
        elif not known[d.finding_id][2]:
            problems.append(f"finding {d.finding_id} no longer stands (its article changed or was extracted again); "
                            "decide on the finding that stands now (latest.html)")
    if problems:
        raise DecisionError("; ".join(dict.fromkeys(problems)))
    latest = {fid: (decision, note) for fid, decision, note in con.execute(
        "SELECT finding_id, arg_max(decision, decided_at), arg_max(note, decided_at) FROM finding_reviews "
        "WHERE list_contains(?, finding_id) GROUP BY finding_id", [ids]).fetchall()}
    outcomes = []
    con.execute("BEGIN TRANSACTION")
    try:
        for i, d in enumerate(decisions):
            same = latest.get(d.finding_id) == (d.decision, d.note)
            if not same:
                # a microsecond apart: of two lines about one finding, the later one is the latest
                con.execute("INSERT INTO finding_reviews (finding_id, decision, note, reviewer, decided_at) "
                            "VALUES (?, ?, ?, ?, ?)",
                            [d.finding_id, d.decision, d.note, d.reviewer, now + timedelta(microseconds=i)])
                latest[d.finding_id] = (d.decision, d.note)
            check, title, _ = known[d.finding_id]
            outcomes.append(Outcome(d, not same, check, title))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return outcomes
