"""The pipeline's work, as plain functions the Prefect flow composes.

discover → hash and plan (what is new or changed) → process batches (read, extract,
validate, stage as Parquet) → load (pantau.loader). Nothing here imports Prefect, so
tests and benchmarks can call it directly.
"""
from __future__ import annotations

import hashlib
import math
import os
import shutil
import signal
import threading
import traceback
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from time import perf_counter
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq

from pantau import EXTRACTOR_VERSION
from pantau.model import Extraction, Finding, RawArticle
from pantau.relevance import NOT_ABOUT_REASON, names_the_agency
from pantau.sources import RawFile, Rejection, decode_text, open_regular, read_article, read_regular, sha256_of
from pantau.workers import MIN_ARTICLES_PER_WORKER


def article_id_for(content_sha256: str, source_path: str) -> str:
    """Stable id from the content (and how it is read: a page and a text file differ)."""
    kind = "h" if source_path.lower().endswith((".html", ".htm")) else "t"
    return f"{kind}{content_sha256[:19]}"


@dataclass
class PlannedFile:
    source_path: str
    abs_path: str
    content_sha256: str
    article_id: str


@dataclass
class RunPlan:
    """What a run must do: files whose content needs extraction (one per article),
    path/content pairs to record, and files already known (they cost only a hash)."""

    to_process: list[PlannedFile] = field(default_factory=list)
    new_source_rows: list[PlannedFile] = field(default_factory=list)
    all_files: list[PlannedFile] = field(default_factory=list)
    unreadable: list[Rejection] = field(default_factory=list)
    unchanged: int = 0


def hash_file(path: str, chunk_bytes: int = 1 << 20) -> str:
    """sha256 of a file read in chunks, so a huge file never sits in memory. Only a regular
    file is read (a named pipe in its place would hold the run in open())."""
    digest = hashlib.sha256()
    with os.fdopen(open_regular(path), "rb") as fh:
        while chunk := fh.read(chunk_bytes):
            digest.update(chunk)
    return digest.hexdigest()


def hash_files(files: list[RawFile]) -> tuple[list[PlannedFile], list[Rejection]]:
    planned, unreadable = [], []
    for raw in files:
        try:
            sha = hash_file(raw.abs_path)
        except OSError as exc:
            unreadable.append(Rejection(raw.source_path, f"cannot read the file: {exc.strerror or exc}"))
            continue
        planned.append(PlannedFile(raw.source_path, raw.abs_path, sha, article_id_for(sha, raw.source_path)))
    return planned, unreadable


def plan_run(files: list[PlannedFile], state: dict) -> RunPlan:
    """Decide per file: unchanged (nothing to do), known content under a new path (a
    source_files row), or content to extract (once per article)."""
    plan = RunPlan(all_files=files)
    latest, extracted, rejected = state["latest_sha_by_path"], state["extracted"], state["rejected"]
    queued: set[str] = set()
    for f in files:
        up_to_date = extracted.get(f.article_id) == EXTRACTOR_VERSION or (f.source_path, f.content_sha256) in rejected
        if latest.get(f.source_path) != f.content_sha256:
            plan.new_source_rows.append(f)
        elif up_to_date:
            plan.unchanged += 1
            continue
        if not up_to_date and f.article_id not in queued:
            queued.add(f.article_id)
            plan.to_process.append(f)
    return plan


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), max(1, size))]


class FileBatch:
    """One batch's files as a single task argument. Prefect walks lists and dataclasses
    item by item looking for futures (~0.1 s per 1 000 files in the flow's process); a
    plain object is passed as it is, and a Dask worker receives it like any other."""

    __slots__ = ("files",)

    def __init__(self, files: list[PlannedFile]):
        self.files = files

    def __len__(self) -> int:
        return len(self.files)

    def __repr__(self) -> str:
        return f"FileBatch({len(self.files)} files)"


def batches_for_workers(items: list, size: int, workers: int) -> list[list]:
    """Batches of at most `size`, but at least one per worker when there is enough work
    to share (200 articles on 2 workers: two batches of 100, not one of 200)."""
    if workers > 1 and len(items) >= workers * MIN_ARTICLES_PER_WORKER:
        size = min(size, -(-len(items) // workers))
    return batches(items, size)


# Not a warehouse table: files whose content changed between planning and reading, with
# the version read (the loader records that one, pantau.loader.as_read_sources).
CHANGED_SOURCES = pa.schema([
    ("source_path", pa.string()), ("planned_sha256", pa.string()), ("content_sha256", pa.string()),
    ("article_id", pa.string()),
])


def staged_schemas() -> dict[str, pa.Schema]:
    """Arrow schemas of the staged rows: the tables of sql/00_tables.sql (pantau.tables), and
    the files read as another version than planned (CHANGED_SOURCES)."""
    from pantau.tables import staged_schemas as declared_schemas

    return {**declared_schemas(), "changed_sources": CHANGED_SOURCES}


def _short_hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def figure_ids(article_id: str, ex: Extraction) -> dict[str, list[str]]:
    """Stable ids of an article's figures, by kind ("claim", "membership"), in list order.

    An id is the article (whose id is its content's) and what and where the figure is in
    the text, never the run: unchanged text keeps its ids in every run, and a review or a
    finding that names a figure still names it after an unchanged re-extraction. A figure
    repeated at the same place (an extractor reading one row twice) gets a running number."""
    ids: dict[str, list[str]] = {"claim": [], "membership": []}
    seen: set[str] = set()

    def unique(base: str) -> str:
        candidate, n = base, 1
        while candidate in seen:
            n += 1
            candidate = f"{base}-{n}"
        seen.add(candidate)
        return candidate

    for c in ex.claims:
        ids["claim"].append(unique(f"{article_id}-c" + _short_hash(
            c.program, c.start_char, c.end_char, c.cases_span, c.amount_span)))
    for m in ex.membership:
        ids["membership"].append(unique(f"{article_id}-m" + _short_hash(m.metric, m.start_char, m.end_char)))
    return ids


CENT = Decimal("0.01")


def exact_rupiah(value):
    """A float amount as exact rupiah (DECIMAL(38,2)): its shortest decimal spelling, so
    1.47e12 is 1470000000000.00 and never 1469999999999.9998. Anything else (None, a value
    of the wrong type, NaN, an amount beyond 10^35) is returned as it is: arrow_table
    keeps the row, its amount unknown, and validation reports the value."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
            and abs(value) < 1e35:
        return Decimal(repr(float(value))).quantize(CENT)
    return value


ARROW_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, ValueError,
                OverflowError, ArithmeticError)


def arrow_table(rows: list[dict], schema: pa.Schema) -> tuple[pa.Table, list[tuple[int, str, object]]]:
    """Rows as an Arrow table of `schema`, and the values no column of that type can hold
    (row index, column, value): such a value is staged as NULL and reported by validation
    (invalid_figure), so one misread value costs its figure's field, never the batch."""
    try:
        return pa.Table.from_pylist(rows, schema=schema), []
    except ARROW_ERRORS:
        pass
    unreadable: list[tuple[int, str, object]] = []
    arrays = []
    for field_ in schema:
        values = [row.get(field_.name) for row in rows]
        try:
            arrays.append(pa.array(values, type=field_.type))
            continue
        except ARROW_ERRORS:
            pass
        kept = []
        for i, value in enumerate(values):
            try:
                pa.scalar(value, type=field_.type)
                kept.append(value)
            except ARROW_ERRORS:
                kept.append(None)
                unreadable.append((i, field_.name, value))
        arrays.append(pa.array(kept, type=field_.type))
    return pa.Table.from_arrays(arrays, schema=schema), unreadable


@dataclass
class StagedBatch:
    """A batch's articles and figures as they are staged and loaded: Arrow tables of the
    types sql/00_tables.sql declares. Validation reads these very rows (pantau.checks)."""

    tables: dict[str, pa.Table]  # articles, claim_figures, membership_figures
    ids: dict[str, dict[str, list[str]]]  # article_id -> figure_ids()
    unreadable: dict[str, list[tuple[int, str, object]]]  # table -> arrow_table's unreadable values


def stage_batch(items: list[tuple[str, RawArticle, Extraction]], run_id: str,
                extractor_version: str = EXTRACTOR_VERSION) -> StagedBatch:
    """The staged rows of a batch's extractions, in extraction order per article (row i of
    an article's claims is its claims[i])."""
    schemas = staged_schemas()
    rows: dict[str, list[dict]] = {"articles": [], "claim_figures": [], "membership_figures": []}
    ids_of = {}
    for article_id, raw, ex in items:
        ids = ids_of[article_id] = figure_ids(article_id, ex)
        rows["articles"].append(article_row(article_id, raw, ex, run_id, extractor_version))
        rows["claim_figures"].extend(claim_rows(article_id, ex, run_id, ids["claim"]))
        rows["membership_figures"].extend(membership_rows(article_id, ex, run_id, ids["membership"]))
    tables, unreadable = {}, {}
    for name, table_rows in rows.items():
        tables[name], unreadable[name] = arrow_table(table_rows, schemas[name])
    return StagedBatch(tables, ids_of, unreadable)


def article_row(article_id: str, raw: RawArticle, ex: Extraction, run_id: str,
                extractor_version: str = EXTRACTOR_VERSION) -> dict:
    return {"article_id": article_id, "source_path": raw.source_path, "title": raw.title, "body_text": raw.body_text,
            "published_date": ex.published_date, "office": ex.office, "dateline_city": ex.dateline_city,
            "source_url": raw.source_url, "fetched_at": _timestamp(raw.fetched_at), "encoding": raw.encoding,
            "content_sha256": raw.content_sha256, "loaded_run_id": run_id, "extractor_version": extractor_version,
            "is_current": True, "extraction_errors": len(ex.rule_errors),
            "extraction_error_rules": ",".join(ex.rule_errors) or None}


def _timestamp(value: str | None):
    from datetime import datetime
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp.replace(tzinfo=None) if stamp.tzinfo is None else stamp.astimezone(tz=None).replace(tzinfo=None)


def claim_rows(article_id: str, ex: Extraction, run_id: str, ids: list[str]) -> list[dict]:
    rows = []
    for figure_id, c in zip(ids, ex.claims):
        cs, ce = c.cases_span or (None, None)
        as_, ae = c.amount_span or (None, None)
        rows.append({"figure_id": figure_id, "article_id": article_id,
                     "run_id": run_id, "program": c.program, "cases": c.cases, "amount_idr": exact_rupiah(c.amount_idr),
                     "period_start": c.period_start, "period_end": c.period_end, "office": c.office,
                     "is_prior_period": c.is_prior_period, "start_char": c.start_char, "end_char": c.end_char,
                     "cases_tolerance": c.cases_tolerance, "amount_tolerance": c.amount_tolerance,
                     "cases_start": cs, "cases_end": ce, "amount_start": as_, "amount_end": ae, "rule_id": c.rule_id})
    return rows


def membership_rows(article_id: str, ex: Extraction, run_id: str, ids: list[str]) -> list[dict]:
    return [{"figure_id": figure_id, "article_id": article_id,
             "run_id": run_id, "metric": m.metric, "value": m.value, "period_start": m.period_start,
             "period_end": m.period_end, "office": m.office, "start_char": m.start_char, "end_char": m.end_char,
             "tolerance": m.tolerance, "rule_id": m.rule_id}
            for figure_id, m in zip(ids, ex.membership)]


def finding_id(article_id: str, finding: Finding, figure_refs: list[str]) -> str:
    """Stable id of a finding: the article (its content), the check and what the finding is
    about (the figures it flags and where it points; the evidence when it flags none),
    never the run: the same finding on the same content has the same id in every run, so
    a reviewer's decision (finding_reviews) keeps applying until the content changes."""
    about = ",".join(sorted(figure_refs)) if figure_refs else (finding.evidence or "")
    return "f" + _short_hash(article_id, finding.check_name, finding.start_char, finding.end_char, about)


def issue_row(article_id: str, finding: Finding, run_id: str, n: int, created_at,
              ids: dict[str, list[str]] | None = None) -> dict:
    """A quality_issues row. `ids`: the article's figure ids (figure_ids), for a finding
    that names its figures by their index in the extraction."""
    refs = [ref if isinstance(ref, str) else (ids or {}).get(kind, [])[ref] for kind, ref in finding.figures]
    return {"issue_id": f"{run_id}-{article_id}-{n}", "run_id": run_id, "article_id": article_id,
            "check_name": finding.check_name, "severity": finding.severity, "message": finding.message,
            "evidence": finding.evidence, "start_char": finding.start_char, "end_char": finding.end_char,
            "expected": finding.expected, "found": finding.found, "figure_ids": ",".join(refs) or None,
            "related_article_ids": getattr(finding, "related_article_ids", None), "created_at": created_at,
            "finding_id": finding_id(article_id, finding, refs), "details": finding_details(finding)}


def finding_details(finding: Finding) -> str | None:
    """quality_issues.details: the finding's words key and arguments and its figures' spans."""
    if not finding.key:
        return None
    from pantau.review.messages import details_json

    return details_json(finding.key, finding.args, [list(span) for span in finding.spans])


def extraction_failure(raw: RawArticle, exc: BaseException) -> Finding:
    """An extractor bug must not lose the article: load it without figures, flagged."""
    from pantau.review.messages import render

    args = {"error": f"{type(exc).__name__}: {exc}"}
    words = render("extraction_failed", args)
    return Finding(check_name="extraction_failed", severity="warning", message=words.message,
                   evidence=raw.body_text[:300], found="".join(traceback.format_exception_only(exc)).strip(),
                   key="extraction_failed", args=args)


# What each extraction stage reads (pantau.extract records the ones that raised in rule_errors).
STAGE_WORDS = {
    "dates_and_office": "the publication date and office (no figure could be read after it)",
    "numbers": "the numbers of the text",
    "sentences": "the sentences (no figure could be read after it)",
    "claims": "the claim figures",
    "membership": "the membership figures",
    "breakdowns": "the stated breakdowns",
    "weekdays_and_number_problems": "the weekdays beside dates and the numbers that could not be read",
}


def stage_failure(raw: RawArticle, rule_errors: list[str]) -> Finding:
    """Some extraction stages raised (an extractor bug, a recursion or another limit): the
    article is loaded with what the other stages found, and flagged with what is missing."""
    from pantau.review.messages import render

    stages = list(dict.fromkeys(rule_errors))
    missing = "; ".join(STAGE_WORDS.get(stage, f"the rule {stage}") for stage in stages)
    args = {"missing": missing, "stages": ", ".join(stages)}
    words = render("extraction_failed.stages", args)
    return Finding(check_name="extraction_failed", severity="warning", message=words.message,
                   evidence=raw.body_text[:300], found=words.found, key="extraction_failed.stages", args=args)


def read_planned(f: PlannedFile, max_bytes: int) -> RawArticle | Rejection:
    """Read one planned file into an article; a file over the limit is refused before it is read.

    The file is read once and the bytes read are hashed: the article's content_sha256 is
    theirs. When it differs from the plan's, the file changed since it was planned, and the
    caller records the version read (process_batch: changed_sources)."""
    try:
        data, size = read_regular(f.abs_path, max_bytes)
    except OSError as exc:
        return Rejection(f.source_path, f"cannot read the file: {exc.strerror or exc}", f.content_sha256)
    if len(data) > max_bytes:
        return Rejection(f.source_path, f"file too large ({max(size, len(data)):,} bytes; the limit is {max_bytes:,}, "
                                        "set PANTAU_MAX_FILE_BYTES to raise it)", f.content_sha256)
    return read_article(RawFile(f.source_path, f.abs_path), data, sha256_of(data), max_bytes)


def as_read(f: PlannedFile, read: RawArticle | Rejection) -> PlannedFile:
    """The planned file as it was read: a file rewritten between planning and reading is the
    version read (its hash, its article id), never the planned hash with the new text."""
    sha = read.content_sha256
    if not sha or sha == f.content_sha256:
        return f
    return PlannedFile(f.source_path, f.abs_path, sha, article_id_for(sha, f.source_path))


def set_aside_unrelated(files: list[PlannedFile], run_id: str, staging_dir: str, max_bytes: int) -> list[PlannedFile]:
    """The files to extract, less those whose bytes name neither the agency nor one of its
    programs (pantau.relevance): those are staged as rejected, as a batch would stage them.

    Decided here, once per file before the batches, so that a crawl's thousands of unrelated
    pages cost one read and a byte search each (~50 us), and no batch, task run or validation
    call. A file that is empty, too large or not text is left to the batch, which says so."""
    kept, rejected = [], []
    for f in files:
        try:
            with os.fdopen(open_regular(f.abs_path), "rb") as fh:  # never blocks on a pipe or device
                data = fh.read() if os.fstat(fh.fileno()).st_size <= max_bytes else b""
        except OSError:
            kept.append(f)
            continue
        # Not empty, not too large, text (judged on its head, as decode_text judges it): a file
        # read_article would go on to read.
        readable = data and not data.isspace() and not isinstance(decode_text(data[:8192]), str)
        if readable and not names_the_agency(data):
            rejected.append({"source_path": f.source_path, "reason": NOT_ABOUT_REASON, "run_id": run_id,
                             "content_sha256": f.content_sha256})
        else:
            kept.append(f)
    if rejected:
        pq.write_table(pa.Table.from_pylist(rejected, schema=staged_schemas()["rejected_files"]),
                       Path(staging_dir) / staged_name("rejected_files", UNRELATED_BATCH_NO))
    return kept


# The staged rows of set_aside_unrelated: a batch number no real batch reaches.
UNRELATED_BATCH_NO = 999_999

STAGING_PREFIX = "pantau-staging-"


def staging_parent(warehouse: str | Path) -> str:
    """Runs stage beside the warehouse (same disk, and visible to local workers)."""
    parent = Path(warehouse).resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    return str(parent)


def new_staging_dir(parent: str, run_id: str) -> str:
    """A run's own staging folder, named with its process id so that folders left by
    killed runs can be told from those of runs still going, and removed."""
    remove_stale_staging(parent)
    path = Path(parent) / f"{STAGING_PREFIX}{os.getpid()}-{run_id}"
    path.mkdir(parents=True)
    return str(path)


def remove_stale_staging(parent: str) -> None:
    for folder in Path(parent).glob(f"{STAGING_PREFIX}*"):
        try:
            pid = int(folder.name[len(STAGING_PREFIX):].split("-")[0])
            os.kill(pid, 0)  # still running: leave it alone
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (ValueError, PermissionError):
            continue


# Seconds one file may take to read, and again to extract, in a worker process: ~10 000 times
# a usual article. Beyond it the page is rejected, or the article loaded without figures and
# flagged, instead of holding up the run. A safety net: the superlinear cases we found in
# hostile text (run-on sentences, thousands of figures of one program) are bounded now.
FILE_SECONDS_LIMIT = 20.0


class TookTooLong(BaseException):
    """Raised by FileTimer's alarm. A BaseException, so that no library's broad
    `except Exception` swallows it and carries on."""


class FileTimer:
    """A time limit per file: `arm()` before its work, `disarm()` after; TookTooLong is
    raised in the work once `seconds` have passed. Active only in a process's main thread
    (a worker's), where a timer signal can interrupt the work; elsewhere (the flow's own
    threads, Dask) there is no limit. The signal handler is installed once per batch:
    arming is then two system calls."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.active = bool(seconds) and hasattr(signal, "setitimer") and \
            threading.current_thread() is threading.main_thread()
        self.armed = False
        self._previous = None

    # After the limit the alarm repeats this often until disarmed: a raise that lands inside a garbage
    # collector callback or a finaliser is swallowed there ("Exception ignored in ..."), and without a
    # second alarm the file would run to its end (seen under load in tests/test_time_limit.py).
    RETRY_SECONDS = 0.05

    def _expire(self, signum, frame) -> None:
        if self.armed:  # a signal already on its way when disarmed is ignored
            raise TookTooLong(f"it took longer than {self.seconds:g} s")

    def __enter__(self) -> "FileTimer":
        if self.active:
            self._previous = signal.signal(signal.SIGALRM, self._expire)
        return self

    def __exit__(self, *exc) -> bool:
        if self.active:
            self.disarm()
            signal.signal(signal.SIGALRM, self._previous)
        return False

    def arm(self) -> None:
        if self.active:
            self.armed = True
            signal.setitimer(signal.ITIMER_REAL, self.seconds, self.RETRY_SECONDS)

    def disarm(self) -> None:
        if self.armed:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)


def process_batch(files: list[PlannedFile], run_id: str, staging_dir: str, batch_no: int, max_bytes: int,
                  extractor_version: str = EXTRACTOR_VERSION, part: str = "",
                  seconds_limit: float | None = FILE_SECONDS_LIMIT) -> dict:
    """Read, extract and validate one batch of articles; stage the rows as Parquet.

    Returns counts only, so memory stays flat however many batches a run has. The
    extractor version is the caller's: a worker process may hold an older import.
    `part` names a piece of a batch split to find a file that ends its worker;
    `seconds_limit` bounds each file's reading and its extraction (FILE_SECONDS_LIMIT)."""
    from datetime import datetime

    from pantau.checks import validate_batch
    from pantau.extract import extract_article

    # Articles and figures are staged by stage_batch; these two are built here.
    rows: dict[str, list[dict]] = {"rejected_files": [], "quality_issues": [], "changed_sources": []}
    items: list[tuple[str, RawArticle, Extraction]] = []
    failures: dict[str, Finding] = {}
    # Seconds per stage, summed over the batch: the benchmark's stage shares.
    seconds = {"read": 0.0, "extract": 0.0, "validate": 0.0, "stage": 0.0}
    with FileTimer(seconds_limit) as timer:
        for f in files:
            clock = perf_counter()
            try:
                timer.arm()
                raw = read_planned(f, max_bytes)
            except TookTooLong as exc:
                timer.disarm()  # first: the alarm repeats until disarmed
                raw = Rejection(f.source_path, f"reading this page was stopped: {exc}", f.content_sha256)
            except Exception as exc:  # noqa: BLE001 - a page no reader copes with costs that file only
                raw = Rejection(f.source_path, f"the file could not be read as an article ({type(exc).__name__}: "
                                               f"{exc}); please report it", f.content_sha256)
            finally:
                timer.disarm()
            read = as_read(f, raw)
            if read is not f:
                rows["changed_sources"].append({"source_path": f.source_path, "planned_sha256": f.content_sha256,
                                                "content_sha256": read.content_sha256, "article_id": read.article_id})
                f = read
            if isinstance(raw, Rejection):
                rows["rejected_files"].append({"source_path": f.source_path, "reason": raw.reason, "run_id": run_id,
                                               "content_sha256": f.content_sha256})
                continue
            read_done = perf_counter()
            seconds["read"] += read_done - clock
            try:
                timer.arm()
                ex = extract_article(raw)
            except (Exception, TookTooLong) as exc:  # noqa: BLE001 - one bad article must not stop the run
                timer.disarm()  # first: the alarm repeats until disarmed
                ex = Extraction(published_date=raw.published_hint, office="")
                ex.rule_errors.append("time_limit" if isinstance(exc, TookTooLong) else "extract_article")
                failures[f.article_id] = extraction_failure(raw, exc)
            finally:
                timer.disarm()
            if ex.rule_errors and f.article_id not in failures:
                failures[f.article_id] = stage_failure(raw, ex.rule_errors)
            items.append((f.article_id, raw, ex))
            seconds["extract"] += perf_counter() - read_done

    clock = perf_counter()
    staged = stage_batch(items, run_id, extractor_version)
    seconds["stage"] = perf_counter() - clock
    clock = perf_counter()
    findings = validate_batch(items, staged) if items else []
    findings += list(failures.items())
    seconds["validate"] = perf_counter() - clock
    clock = perf_counter()
    now = datetime.now()
    for n, (article_id, finding) in enumerate(findings):
        rows["quality_issues"].append(issue_row(article_id, finding, run_id, n + batch_no * 1_000_000, now,
                                                staged.ids.get(article_id)))

    out = Path(staging_dir)
    out.mkdir(parents=True, exist_ok=True)
    schemas = staged_schemas()
    tables = {**staged.tables, **{name: pa.Table.from_pylist(table_rows, schema=schemas[name])
                                  for name, table_rows in rows.items()}}
    for name, table in tables.items():
        if table.num_rows:
            pq.write_table(table, out / staged_name(name, batch_no, part))
    seconds["stage"] += perf_counter() - clock
    return {"articles": len(items), "rejected": len(rows["rejected_files"]),
            "claims": staged.tables["claim_figures"].num_rows,
            "membership": staged.tables["membership_figures"].num_rows,
            "errors": sum(1 for _, fd in findings if fd.severity == "error"),
            "warnings": sum(1 for _, fd in findings if fd.severity == "warning"),
            "seconds": seconds}


def staged_name(table: str, batch_no: int, part: str = "") -> str:
    """A batch's (or a batch part's) Parquet file of one table; the loader reads `<table>-*.parquet`."""
    return f"{table}-{batch_no:06d}{part}.parquet"


def remove_staged_batch(staging_dir: str, batch_no: int) -> None:
    """What an earlier attempt at a batch staged, whole or in parts, so a retry stages it once."""
    for table in staged_schemas():
        for path in Path(staging_dir).glob(staged_name(table, batch_no, "*")):
            path.unlink(missing_ok=True)


def _remove_part(staging_dir: str, batch_no: int, part: str) -> None:
    for path in Path(staging_dir).glob(staged_name("*", batch_no, part)):
        path.unlink(missing_ok=True)


def sum_counts(a: dict, b: dict) -> dict:
    total = {key: a[key] + b[key] for key in a if key != "seconds"}
    total["seconds"] = {stage: a["seconds"].get(stage, 0.0) + b["seconds"].get(stage, 0.0)
                        for stage in {**a["seconds"], **b["seconds"]}}
    return total


def process_batch_apart(run: Callable, files: list[PlannedFile], run_id: str, staging_dir: str, batch_no: int,
                        max_bytes: int, extractor_version: str, batch_fn: Callable = process_batch) -> dict:
    """process_batch in a worker (`run`, pantau.workers.run_in_worker), such that one file
    whose extraction ends its worker process (a crash in a C extension, the OOM killer) costs
    that file, not the run.

    When the worker dies, the batch is halved and each half run in fresh workers, until the
    file is alone; run alone twice and dying both times, it is recorded as a rejected file
    with the reason, and every other file of the batch is loaded. Without that, the file
    would fail every run until it was removed."""
    try:
        return _process_part(run, files, run_id, staging_dir, batch_no, max_bytes, extractor_version, batch_fn, "")
    except BaseException:
        # Parts already staged would be staged again by the task's retry.
        remove_staged_batch(staging_dir, batch_no)
        raise


def _process_part(run: Callable, files: list[PlannedFile], run_id: str, staging_dir: str, batch_no: int,
                  max_bytes: int, extractor_version: str, batch_fn: Callable, part: str) -> dict:
    from concurrent.futures.process import BrokenProcessPool

    args = (files, run_id, staging_dir, batch_no, max_bytes, extractor_version) + ((part,) if part else ())
    try:
        return run(batch_fn, *args)
    except BrokenProcessPool:
        _remove_part(staging_dir, batch_no, part)  # what the dying worker managed to stage, if anything
    if len(files) > 1:
        half = len(files) // 2
        first = _process_part(run, files[:half], run_id, staging_dir, batch_no, max_bytes, extractor_version,
                              batch_fn, part + "a")
        return sum_counts(first, _process_part(run, files[half:], run_id, staging_dir, batch_no, max_bytes,
                                               extractor_version, batch_fn, part + "b"))
    try:  # alone: once more, in case another file's crash took this worker down
        return run(batch_fn, *args[:6], part + "-again")
    except BrokenProcessPool:
        _remove_part(staging_dir, batch_no, part + "-again")
    file = files[0]
    reason = ("pantau's worker process ended abruptly twice while extracting this file (a crash in a library, or "
              "the system ran out of memory); it is recorded, not loaded, and read again once it changes")
    out = Path(staging_dir)
    out.mkdir(parents=True, exist_ok=True)
    row = {"source_path": file.source_path, "reason": reason, "run_id": run_id, "content_sha256": file.content_sha256}
    pq.write_table(pa.Table.from_pylist([row], schema=staged_schemas()["rejected_files"]),
                   out / staged_name("rejected_files", batch_no, part))
    return {"articles": 0, "rejected": 1, "claims": 0, "membership": 0, "errors": 0, "warnings": 0,
            "seconds": {}}
