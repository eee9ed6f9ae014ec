"""The pantau benchmark: whole runs of the real CLI over generated corpora, beside the floor.

    .venv/bin/python bench/run_bench.py                   # N = 200 and 2 000 (a few minutes)
    .venv/bin/python bench/run_bench.py --sizes 200,2000,20000

For every N it writes a corpus (bench/corpus.py: 1 in 8 articles HTML), then runs
`pantau run` as a subprocess twice on it (first run into a fresh warehouse, then a
re-run on unchanged input) and records wall time, articles/s, the peak RSS of the
process tree (polled) and each stage's share (the flow saves its timings where
PANTAU_TIMINGS points). A run on an empty folder measures the fixed cost (Prefect
start, schema set-up). The floor is measured in the same process: reading the files
plus one regex pass over them, and trafilatura's main-text extraction of the HTML
pages alone. Prints a table and saves everything as JSON under bench/results/.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

from corpus import HTML_EVERY, write_corpus  # noqa: E402
from crawl import RELEVANT_EVERY, write_crawl  # noqa: E402

DEFAULT_SIZES = (200, 2000)
POLL_SECONDS = 0.05
PSS_POLL_SECONDS = 1.0
TREE_SECONDS = 0.25
LARGE_N = 20_000  # sizes from here on are run once: a run takes half a minute
# The figures the issue asks for, on a 2-core machine with the 2 000-article corpus.
TARGET_MARGINAL_PER_S = 1000
TARGET_FIXED_S = 5.0
TARGET_RERUN_RATIO = 0.10
# Issue 14's: a scheduled run's fixed cost, the pipeline's own share beyond extraction at
# N = 20 000, and a crawl's throughput.
TARGET_SCHEDULED_FIXED_S = 5.0
TARGET_OVERHEAD_SHARE = 0.30
TARGET_CRAWL_PER_S = 5000
STAGES = ("startup", "discover", "read", "extract", "validate", "stage", "load", "report", "prefect")
STAGE_LABELS = {"read": "read/HTML", "stage": "parquet", "prefect": "prefect/other"}


# --- the machine ------------------------------------------------------------------

def machine_info() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in _read_lines("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    mem_kb = next((int(line.split()[1]) for line in _read_lines("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gib": round(mem_kb / 1024 ** 2, 1),
            "load_average_at_start": list(os.getloadavg()), "python": platform.python_version(), "platform": platform.platform(),
            "packages": _versions("prefect", "duckdb", "trafilatura", "pyarrow", "lxml")}


def _read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read().splitlines()
    except OSError:
        return []


def _versions(*names: str) -> dict:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


# --- peak memory of a process tree -----------------------------------------------------

def _proc_tree_rss(pid: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * page
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


class TreeSampler:
    """Polls a process tree while it runs: peak RSS (and, when asked, peak PSS) of the
    tree, and the CPU seconds each process was last seen with.

    RSS counts a page shared by several processes once in each of them (forked workers
    share their parent's imports); PSS divides it among them, so it is the tree's real
    footprint. The CPU figure covers processes the run does not wait for (the workers'
    fork server and its children), which the kernel's child accounting misses.

    The sampler shares the machine with the run it measures, so it is kept cheap: the
    tree is listed (a scan of all of /proc) every TREE_SECONDS, the known processes' RSS
    read every POLL_SECONDS, PSS (a walk of each process's pages by the kernel) once a
    second and only when asked. Read every 50 ms, PSS and the tree scan slowed a
    2 000-article run by ~1 s."""

    def __init__(self, pid: int, with_pss: bool = True):
        self.pid, self.with_pss = pid, with_pss
        self.peak, self.peak_pss, self._stop = 0, 0, threading.Event()
        self.cpu_by_pid: dict[int, float] = {}
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        try:
            import psutil
        except ImportError:
            while not self._stop.is_set():
                self.peak = max(self.peak, _proc_tree_rss(self.pid))
                self._stop.wait(POLL_SECONDS)
            return
        procs: list = []
        listed = last_pss = 0.0
        while not self._stop.is_set():
            now = time.perf_counter()
            if now - listed >= TREE_SECONDS:
                listed = now
                try:
                    root = psutil.Process(self.pid)
                    procs = [root] + root.children(recursive=True)
                except psutil.Error:
                    procs = []
                self._read_cpu(procs)
            with_pss = self.with_pss and now - last_pss >= PSS_POLL_SECONDS
            if with_pss:
                last_pss = now
            self._read_memory(procs, with_pss)
            self._stop.wait(POLL_SECONDS)

    def _read_cpu(self, procs: list) -> None:
        import psutil

        for proc in procs:
            try:
                times = proc.cpu_times()
            except psutil.Error:
                continue  # it ended between listing and reading
            self.cpu_by_pid[proc.pid] = times.user + times.system

    def _read_memory(self, procs: list, with_pss: bool) -> None:
        import psutil

        rss = pss = 0
        for proc in procs:
            try:
                memory = proc.memory_full_info() if with_pss else proc.memory_info()
            except psutil.Error:
                continue
            rss, pss = rss + memory.rss, pss + getattr(memory, "pss", 0)
        self.peak = max(self.peak, rss)
        if with_pss:
            self.peak_pss = max(self.peak_pss, pss)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu_by_pid.values())


# --- one whole run through the real CLI ----------------------------------------------

def run_cli(command: list[str], raw: Path, warehouse: Path, reports: Path, timings_file: Path,
            env: dict, with_pss: bool = True) -> dict:
    """`pantau run` as a subprocess: wall seconds, peak tree RSS, exit code, its summary and timings."""
    timings_file.unlink(missing_ok=True)
    run_env = {**env, "PANTAU_TIMINGS": str(timings_file)}
    args = command + ["run", "--raw", str(raw), "--warehouse", str(warehouse), "--reports", str(reports)]
    cpu_before = _children_cpu_seconds()
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid, with_pss)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    sampler.stop()
    # The kernel's figure is exact for the processes the run waited for; the sampled one also
    # sees the worker processes nobody waits for. Each misses something: take the larger.
    cpu = max(_children_cpu_seconds() - cpu_before, sampler.cpu_seconds)
    timings = json.loads(timings_file.read_text(encoding="utf-8")) if timings_file.exists() else None
    result = {"wall_s": wall, "cpu_s": cpu, "peak_rss_mib": sampler.peak / 1024 ** 2,
              "peak_pss_mib": sampler.peak_pss / 1024 ** 2, "exit_code": proc.returncode,
              "summary": out.strip().splitlines()[0] if out.strip() else "", "timings": timings}
    if proc.returncode != 0:
        result["stderr_tail"] = err.strip()[-2000:]
    return result


def _children_cpu_seconds() -> float:
    """CPU seconds of every waited-for descendant (the run, its workers, its API server):
    a steadier figure than wall time on a machine shared with other work."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stage_seconds(run: dict) -> dict | None:
    """Each stage's wall seconds. The batch phase runs on several workers, so its wall
    time is split between read, extract, validate and parquet staging in proportion to
    the seconds the workers spent in each; what the flow's steps do not cover
    (interpreter and Prefect start, API calls, shutdown) is 'prefect'."""
    timings = run.get("timings")
    if not timings:
        return None
    wall, worker = timings["wall"], timings["worker"]
    batch_stages = ("read", "extract", "validate", "stage")
    worker_total = sum(worker.get(s, 0.0) for s in batch_stages)
    seconds = {"startup": wall.get("startup", 0.0), "discover": wall.get("discover", 0.0),
               "load": wall.get("load", 0.0), "report": wall.get("report", 0.0)}
    for s in batch_stages:
        seconds[s] = wall.get("batches", 0.0) * (worker.get(s, 0.0) / worker_total if worker_total else 0.0)
    seconds["prefect"] = max(0.0, run["wall_s"] - sum(wall.values()))
    return {s: seconds.get(s, 0.0) for s in STAGES}


# --- the floor ----------------------------------------------------------------------------

# Something number-like: the one regex pass of the floor.
FLOOR_PATTERN = re.compile(r"\d[\d.,]*\s*(?:ribu|juta|miliar|milyar|triliun|persen|%)?", re.IGNORECASE)


def corpus_files(raw: Path) -> list[Path]:
    return sorted(p for p in raw.rglob("*") if p.is_file() and not p.name.startswith("."))


def floor_read_regex(raw: Path) -> dict:
    """Reading every file and one regex pass over its text: below this no pipeline goes."""
    started = time.perf_counter()
    files = corpus_files(raw)
    matches = 0
    for path in files:
        matches += len(FLOOR_PATTERN.findall(path.read_bytes().decode("utf-8", "replace")))
    wall = time.perf_counter() - started
    return {"files": len(files), "wall_s": wall, "per_s": len(files) / wall if wall else None, "matches": matches}


def floor_relevance(raw: Path) -> dict:
    """Reading every file and deciding from its bytes whether it is about the agency (pantau.relevance)."""
    from pantau.relevance import names_the_agency

    started = time.perf_counter()
    files = corpus_files(raw)
    relevant = sum(names_the_agency(path.read_bytes()) for path in files)
    wall = time.perf_counter() - started
    return {"files": len(files), "relevant": relevant, "wall_s": wall, "per_s": len(files) / wall if wall else None}


def floor_html(raw: Path) -> dict:
    """trafilatura's main-text extraction (lxml parse + extract) of the HTML pages alone."""
    import lxml.html
    import trafilatura

    pages = [p.read_text(encoding="utf-8") for p in corpus_files(raw) if p.suffix == ".html"]
    pages = pages[::max(1, len(pages) // 2500)]  # a crawl's 20 000 pages: a sample of 2 500 tells the rate
    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(lxml.html.fromstring(page), include_comments=False, include_tables=True)
    wall = time.perf_counter() - started
    return {"pages": len(pages), "wall_s": wall, "per_s": len(pages) / wall if wall else None}


# --- the whole benchmark ---------------------------------------------------------------------

def median_run(runs: list[dict]) -> dict:
    """The run of median wall time (an odd count gives a real run, with its own timings);
    the others' wall times are kept beside it."""
    ordered = sorted(runs, key=lambda r: r["wall_s"])
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["repeats_wall_s"] = [r["wall_s"] for r in runs]
    # PSS is read in one of the repeats only (it slows the run it measures).
    chosen["peak_pss_mib"] = max((r.get("peak_pss_mib") or 0 for r in runs), default=0) or None
    chosen["peak_rss_mib"] = max(r["peak_rss_mib"] for r in runs)
    return chosen


def bench_size(n: int, work: Path, command: list[str], env: dict, with_floor: bool, repeat: int,
               kind: str = "articles") -> dict:
    """`kind`: "articles" (bench/corpus.py, every file about the agency) or "crawl"
    (bench/crawl.py, general news pages, 1 in RELEVANT_EVERY about it)."""
    raw = work / (f"corpus-{n}" if kind == "articles" else f"crawl-{n}")
    started = time.perf_counter()
    (write_corpus if kind == "articles" else write_crawl)(raw, n)
    generated_s = time.perf_counter() - started
    state = work / f"run-{kind}-{n}"
    firsts, agains = [], []
    for attempt in range(repeat):
        shutil.rmtree(state, ignore_errors=True)
        state.mkdir(parents=True)
        warehouse, reports, timings = state / "pantau.duckdb", state / "reports", state / "timings.json"
        label = f" ({attempt + 1}/{repeat})" if repeat > 1 else ""
        print(f"{kind} N={n}: first run{label} ...", flush=True)
        with_pss = attempt == repeat - 1
        firsts.append(run_cli(command, raw, warehouse, reports, timings, env, with_pss))
        print(f"{kind} N={n}: re-run on unchanged input{label} ...", flush=True)
        agains.append(run_cli(command, raw, warehouse, reports, timings, env, with_pss))
    first, again = median_run(firsts), median_run(agains)
    for run in (first, again):
        run["stages_s"] = stage_seconds(run)
    html_pages = n // HTML_EVERY if kind == "articles" else n
    result = {"n": n, "kind": kind, "html": html_pages, "corpus_generated_s": generated_s, "first": first,
              "rerun": again}
    if with_floor:
        print(f"N={n}: floor ...", flush=True)
        result["floor"] = {"read_regex": floor_read_regex(raw), "html_extract": floor_html(raw)}
        if kind == "crawl":
            result["floor"]["relevance"] = floor_relevance(raw)
    if warehouse.exists():
        result["warehouse_mib"] = warehouse.stat().st_size / 1024 ** 2
    return result


def fixed_cost(work: Path, command: list[str], env: dict, repeat: int) -> dict:
    """Runs on an empty folder: the first one also creates Prefect's database (a cold
    home); the warm ones (median of `repeat`) are what every run pays."""
    empty = work / "empty"
    shutil.rmtree(empty, ignore_errors=True)
    (empty / "raw").mkdir(parents=True)
    runs = []
    for label in ["first (cold)"] + [f"warm {i + 1}/{repeat}" for i in range(repeat)]:
        print(f"empty folder: {label} run ...", flush=True)
        runs.append(run_cli(command, empty / "raw", empty / "pantau.duckdb", empty / "reports",
                            empty / "timings.json", env, with_pss=label.endswith(f"{repeat}/{repeat}")))
        shutil.rmtree(empty / "pantau.duckdb", ignore_errors=True)
        (empty / "pantau.duckdb").unlink(missing_ok=True)
    return {"cold": runs[0], "warm": median_run(runs[1:])}


# --- scheduled runs under `pantau serve` -------------------------------------------------

RUN_LINE = re.compile(r"run (\w+) completed in ([\d.]+) s: (\d+) files, (\d+) extracted now")


def scheduled_runs(work: Path, command: list[str], env: dict, new_articles: int, interval: int = 5) -> dict:
    """`pantau serve` as an operator starts it (its own Prefect server, beside the warehouse),
    over an empty folder: its run lines give a scheduled run's own time (flow-run process start
    to report written). Then `new_articles` arrive (a scheduled-size batch of news) and the next
    run loads them. Last, SIGINT: how long serve takes to stop."""
    import signal

    state = work / "scheduled"
    shutil.rmtree(state, ignore_errors=True)
    (state / "raw").mkdir(parents=True)
    log = state / "serve.log"
    serve_env = {k: v for k, v in env.items() if k not in ("PREFECT_API_URL", "PREFECT_HOME")}
    with log.open("wb") as out:
        process = subprocess.Popen(command + ["serve", "--interval", str(interval), "--raw", str(state / "raw"),
                                              "--warehouse", str(state / "pantau.duckdb"), "--reports",
                                              str(state / "reports")], env=serve_env, stdout=out,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def lines() -> list[tuple]:
        return [(m[1], float(m[2]), int(m[3]), int(m[4])) for m in RUN_LINE.finditer(log.read_text(errors="replace"))]

    def wait_until(condition, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            if condition():
                return True
            time.sleep(0.2)
        return False

    result: dict = {"interval_s": interval, "new_articles": new_articles}
    try:
        print("scheduled: serve over an empty folder ...", flush=True)
        wait_until(lambda: len(lines()) >= 4, 180)
        empty = [seconds for _, seconds, files, _ in lines()[1:4] if files == 0]  # the first creates the warehouse
        result["empty_s"] = empty
        write_corpus(work / f"corpus-{new_articles}", new_articles)
        shutil.copytree(work / f"corpus-{new_articles}", state / "incoming")
        (state / "incoming").rename(state / "raw" / "incoming")
        print(f"scheduled: {new_articles} new articles ...", flush=True)
        wait_until(lambda: any(new == new_articles for *_, new in lines()), 180)
        result["new_s"] = [seconds for _, seconds, _, new in lines() if new == new_articles]
        asked = time.perf_counter()
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
        result["stop_s"] = time.perf_counter() - asked
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    result["log_tail"] = log.read_text(errors="replace")[-1500:]
    return result


def derive(results: dict) -> None:
    """Throughput, marginal throughput and the re-run ratio, beside each run."""
    fixed = results["fixed"]["warm"]["wall_s"]
    for size in results["sizes"]:
        n = size["n"]
        for key in ("first", "rerun"):
            run = size[key]
            run["articles_per_s"] = n / run["wall_s"]
            beyond = run["wall_s"] - fixed
            run["beyond_fixed_s"] = beyond
            run["marginal_per_s"] = n / beyond if beyond > 0 else None
        first_beyond = size["first"]["beyond_fixed_s"]
        size["rerun_ratio"] = size["rerun"]["beyond_fixed_s"] / first_beyond if first_beyond > 0 else None


def verdicts(results: dict) -> list[tuple[str, str, bool]]:
    """(target, measured, met) for the issue's targets, on the 2 000-article corpus when present."""
    out = []
    fixed = results["fixed"]["warm"]["wall_s"]
    out.append((f"fixed cost <= {TARGET_FIXED_S:.0f} s", f"{fixed:.2f} s", fixed <= TARGET_FIXED_S))
    articles = [s for s in results["sizes"] if s.get("kind", "articles") == "articles"]
    by_n = {s["n"]: s for s in articles}
    main = by_n.get(2000) or (articles[-1] if articles else None)
    if main:
        marginal = main["first"]["marginal_per_s"] or 0
        out.append((f"marginal >= {TARGET_MARGINAL_PER_S} articles/s (N={main['n']})", f"{marginal:,.0f}/s",
                    marginal >= TARGET_MARGINAL_PER_S))
        ratio = main["rerun_ratio"]
        # A re-run can come out below the empty run's time: that is noise, shown as 0.
        shown = "n/a" if ratio is None else f"{max(ratio, 0.0):.1%}" + (" (below the empty run)" if ratio < 0 else "")
        out.append((f"re-run beyond fixed <= {TARGET_RERUN_RATIO:.0%} of first (N={main['n']})",
                    shown, ratio is not None and ratio <= TARGET_RERUN_RATIO))
    # RSS, polled every 50 ms, decides; PSS is read once a second (see TreeSampler) and can
    # miss a short run's peak, so it is shown beside it, not judged.
    peaks = [(s["n"], s["first"]["peak_rss_mib"], s["first"].get("peak_pss_mib")) for s in articles]
    if len(peaks) > 1:
        smallest, largest = peaks[0][1], max(p[1] for p in peaks)
        out.append(("peak memory flat in N (largest tree RSS <= 1.5 x the smallest N's)",
                    ", ".join(f"N={n}: {rss:.0f} MiB" + (f" (PSS {pss:.0f})" if pss else "") for n, rss, pss in peaks),
                    largest <= 1.5 * smallest))
    scheduled = results.get("scheduled") or {}
    if scheduled.get("empty_s"):
        empty = sorted(scheduled["empty_s"])[len(scheduled["empty_s"]) // 2]
        out.append((f"a scheduled run's fixed cost <= {TARGET_SCHEDULED_FIXED_S:.0f} s (empty folder, under serve)",
                    f"{empty:.2f} s", empty <= TARGET_SCHEDULED_FIXED_S))
    largest = max(articles, key=lambda s: s["n"], default=None)
    if largest and largest["first"].get("stages_s"):
        overhead = 1 - largest["first"]["stages_s"]["extract"] / largest["first"]["wall_s"]
        out.append((f"the pipeline's own share beyond extraction <= {TARGET_OVERHEAD_SHARE:.0%} (N={largest['n']:,})",
                    f"{overhead:.0%}", overhead <= TARGET_OVERHEAD_SHARE))
    for crawl in (s for s in results["sizes"] if s.get("kind") == "crawl"):
        per_s = crawl["first"]["marginal_per_s"] or 0
        out.append((f"crawl >= {TARGET_CRAWL_PER_S:,} files/s (N={crawl['n']:,}, 1 in {RELEVANT_EVERY} relevant, "
                    "beyond the fixed cost)", f"{per_s:,.0f}/s", per_s >= TARGET_CRAWL_PER_S))
    return out


def _mib(value: float | None) -> str:
    return f"{value:.0f}" if value else ""


def format_table(results: dict) -> str:
    stage_names = [STAGE_LABELS.get(s, s) for s in STAGES]
    head = ["run", "N", "wall s", "cpu s", "art/s", "marginal/s", "RSS MiB", "PSS MiB"] + stage_names
    rows = []
    fixed = results["fixed"]
    for label, run in (("empty (cold)", fixed["cold"]), ("empty", fixed["warm"])):
        rows.append([label, "0", f"{run['wall_s']:.2f}", f"{run['cpu_s']:.1f}", "", "", f"{run['peak_rss_mib']:.0f}",
                     _mib(run.get("peak_pss_mib"))] + [""] * len(STAGES))
    for size in results["sizes"]:
        for key, label in (("first", "first"), ("rerun", "re-run")):
            run = size[key]
            shares = [""] * len(STAGES)
            if run.get("stages_s"):
                shares = [f"{100 * run['stages_s'][s] / run['wall_s']:.0f}%" for s in STAGES]
            marginal = f"{run['marginal_per_s']:,.0f}" if run.get("marginal_per_s") else "-"
            status = "" if run["exit_code"] == 0 else f" (exit {run['exit_code']})"
            label_of = label if size.get("kind", "articles") == "articles" else f"crawl {label}"
            rows.append([label_of + status, f"{size['n']:,}", f"{run['wall_s']:.2f}", f"{run['cpu_s']:.1f}",
                         f"{run['articles_per_s']:,.0f}",
                         marginal, f"{run['peak_rss_mib']:.0f}", _mib(run.get("peak_pss_mib"))] + shares)
    widths = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
    lines = ["  ".join(str(c).rjust(w) for c, w in zip(r, widths)) for r in [head] + rows]
    lines.insert(1, "  ".join("-" * w for w in widths))

    floor_lines = []
    for size in results["sizes"]:
        floor = size.get("floor")
        if floor:
            rr, hx = floor["read_regex"], floor["html_extract"]
            floor_lines.append(f"floor N={size['n']:,}: read + one regex pass {rr['wall_s']:.3f} s "
                               f"({rr['per_s']:,.0f} files/s); trafilatura alone on {hx['pages']} HTML pages "
                               f"{hx['wall_s']:.3f} s ({hx['per_s'] or 0:,.0f} pages/s)")
            if "relevance" in floor:
                rv = floor["relevance"]
                floor_lines.append(f"floor crawl N={size['n']:,}: read + relevance test {rv['wall_s']:.3f} s "
                                   f"({rv['per_s']:,.0f} files/s; {rv['relevant']} relevant)")
    repeat_lines = []
    for label, run in [("empty", results["fixed"]["warm"])] + [
            (f"N={size['n']:,} {key}", size[key]) for size in results["sizes"] for key in ("first", "rerun")]:
        walls = run.get("repeats_wall_s") or []
        if len(walls) > 1:
            repeat_lines.append(f"{label}: wall {', '.join(f'{w:.2f}' for w in walls)} s (median shown)")
    scheduled_lines = []
    scheduled = results.get("scheduled")
    if scheduled:
        scheduled_lines.append(
            f"scheduled (pantau serve --interval {scheduled['interval_s']}): empty folder "
            f"{', '.join(f'{x:.2f}' for x in scheduled.get('empty_s', []))} s; {scheduled['new_articles']} new articles "
            f"{', '.join(f'{x:.2f}' for x in scheduled.get('new_s', []))} s (flow-run process start to report written); "
            f"stop on SIGINT {scheduled.get('stop_s', float('nan')):.1f} s")
    verdict_lines = [f"[{'met' if met else 'MISSED'}] {target}: {measured}" for target, measured, met in verdicts(results)]
    return "\n".join(lines + [""] + floor_lines + [""] + repeat_lines + [""] + scheduled_lines + [""] + verdict_lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated corpus sizes (default 200,2000; add 20000 for the full set)")
    parser.add_argument("--work", type=Path, default=BENCH_DIR / "results" / "work",
                        help="where corpora, warehouses and Prefect's home go (default bench/results/work)")
    parser.add_argument("--pantau", default=str(REPO / ".venv" / "bin" / "pantau"),
                        help="the command that runs pantau (default .venv/bin/pantau)")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor measurements")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per measurement below 20 000 articles, the median reported (default 3; "
                             "20 000 and more run once)")
    parser.add_argument("--prefect-home", type=Path, default=None,
                        help="PREFECT_HOME for the runs (default: WORK/prefect-home, so the benchmark "
                             "leaves your own Prefect database alone)")
    parser.add_argument("--crawl", default="",
                        help="comma-separated sizes of the crawl corpus (bench/crawl.py), e.g. 20000")
    parser.add_argument("--scheduled", type=int, default=0, metavar="N",
                        help="also run `pantau serve` over an empty folder, then N new articles (e.g. 200)")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    crawl_sizes = [int(s.replace("_", "")) for s in args.crawl.split(",") if s.strip()]
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    command = args.pantau.split()
    home = (args.prefect_home or work / "prefect-home").resolve()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1"}

    results = {"when": datetime.now().isoformat(timespec="seconds"), "machine": machine_info(),
               "command": command, "prefect_home": str(home)}
    repeat = max(1, args.repeat)
    results["fixed"] = fixed_cost(work, command, env, repeat)
    results["sizes"] = [bench_size(n, work, command, env, not args.no_floor, repeat if n < LARGE_N else 1)
                        for n in sizes]
    results["sizes"] += [bench_size(n, work, command, env, not args.no_floor, repeat if n < LARGE_N else 1, "crawl")
                         for n in crawl_sizes]
    if args.scheduled:
        results["scheduled"] = scheduled_runs(work, command, env, args.scheduled)
    derive(results)
    table = format_table(results)
    machine = results["machine"]
    print(f"\npantau benchmark, {machine['nproc']} cores ({machine['cpu']}), {machine['memory_gib']} GiB\n")
    print(table)
    out_dir = BENCH_DIR / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for path in (out_dir / f"bench-{stamp}.json", out_dir / "latest.json"):
        path.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(f"\nsaved {out_dir / 'latest.json'}")
    failed = [r for s in results["sizes"] for r in (s["first"], s["rerun"]) if r["exit_code"] != 0]
    for run in failed:
        print(f"a run failed (exit {run['exit_code']}):\n{run.get('stderr_tail', '')}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
