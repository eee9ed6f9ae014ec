"""Which compiled patterns extraction runs, how often, at what cost, and how much of it repeats: for speed work on the
rule cascade, where every rule reads a figure's surroundings with its own patterns.

    python bench/regex_census.py TREE CORPUS [TOP]

Every module-level pattern of the tree's `pantau.extract` (and the pattern inside each `fastre.WindowFinder`) is
wrapped while the corpus is extracted once; its calls (method, text, pos, endpos) are recorded, then replayed
against the bare pattern, least disturbed of five passes. Prints per pattern its calls and replayed ms per article,
and the calls that repeat within an article (the same pattern, method, text and bounds), which a per-sentence or
per-figure cache could save. Patterns compiled inside functions are not seen. A finditer is replayed to its end, so
its figure is an upper bound where the caller stops at the first match (`speaks_of_us_with_figures`: 0.23 replayed,
0.006 ms/article in use).
"""
import importlib
import pkgutil
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from ab_inprocess import load

METHODS = ("search", "match", "fullmatch", "finditer", "findall")


class Recorder:
    """Stands for a pattern: records each call, then runs it."""

    def __init__(self, pattern: re.Pattern, name: str, calls: list):
        self.pattern, self.name, self.calls = pattern, name, calls
        for method in METHODS:
            setattr(self, method, self._recording(method))

    def _recording(self, method: str):
        run = getattr(self.pattern, method)

        def call(text, pos=0, endpos=sys.maxsize):
            self.calls.append((self.name, method, text, pos, endpos))
            return run(text, pos, endpos)
        return call

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def wrap_patterns(modules: dict, fastre, calls: list) -> dict[str, re.Pattern]:
    """Every module-level pattern (and WindowFinder pattern) replaced by a Recorder; name -> the pattern."""
    recorders: dict[int, Recorder] = {}
    for module_name, module in modules.items():
        for attr, value in list(vars(module).items()):
            holder = value if isinstance(value, fastre.WindowFinder) else None
            pattern = holder.pattern if holder is not None else value
            if not isinstance(pattern, re.Pattern):
                continue
            if id(pattern) not in recorders:
                recorders[id(pattern)] = Recorder(pattern, f"{module_name.split('.')[-1]}.{attr}", calls)
            if holder is not None:
                holder.pattern = recorders[id(pattern)]
            else:
                setattr(module, attr, recorders[id(pattern)])
    return {r.name: r.pattern for r in recorders.values()}


def replayed_ms(calls: list, patterns: dict, articles: int) -> float:
    best = float("inf")
    for _ in range(5):
        clock = time.perf_counter()
        for name, method, text, pos, endpos in calls:
            found = getattr(patterns[name], method)(text, pos, endpos)
            if method == "finditer":
                list(found)
        best = min(best, time.perf_counter() - clock)
    return 1000 * best / articles


def main(tree: str, corpus: str, top: str = "25") -> None:
    fingerprint, extract, _ = load(tree)
    for info in pkgutil.iter_modules(extract.__path__):  # (some modules are imported lazily)
        importlib.import_module(f"pantau.extract.{info.name}")
    modules = {k: v for k, v in sys.modules.items() if k.startswith("pantau.extract")}
    calls: list = []
    patterns = wrap_patterns(modules, modules["pantau.extract.fastre"], calls)
    articles = list(fingerprint.read_all([Path(corpus)]).values())
    repeated: list = []
    for article in articles:
        start = len(calls)
        extract.extract_article(article)
        seen = set()
        for call in calls[start:]:
            key = (call[0], call[1], call[2], call[3], min(call[4], len(call[2])))
            if key in seen:
                repeated.append(call)
            seen.add(key)
    n = len(articles)
    by_name, repeated_by_name = defaultdict(list), defaultdict(list)
    for call in calls:
        by_name[call[0]].append(call)
    for call in repeated:
        repeated_by_name[call[0]].append(call)
    print(f"{len(calls) / n:.1f} pattern calls an article, {replayed_ms(calls, patterns, n):.3f} ms/article replayed; "
          f"repeated within an article: {len(repeated) / n:.1f}, {replayed_ms(repeated, patterns, n):.4f} ms/article")
    print("--- by pattern: ms/article replayed, calls an article")
    rows = sorted(((replayed_ms(c, patterns, n), len(c) / n, name) for name, c in by_name.items()), reverse=True)
    for ms, count, name in rows[:int(top)]:
        print(f"{ms:8.4f} {count:7.1f}  {name}")
    print("--- repeated calls by pattern: ms/article replayed, calls an article")
    rows = sorted(((replayed_ms(c, patterns, n), len(c) / n, name) for name, c in repeated_by_name.items()),
                  reverse=True)
    for ms, count, name in rows[:int(top)]:
        print(f"{ms:8.4f} {count:7.1f}  {name}")


if __name__ == "__main__":
    main(*sys.argv[1:])
