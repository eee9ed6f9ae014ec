"""Extraction time of two trees in one process, alternated: for speed work on a loaded machine, where two
processes minutes apart differ by more than the change measured.

    python bench/ab_inprocess.py BASE_TREE NEW_TREE CORPUS ROUNDS [module func]

Both trees' `pantau` are imported side by side (sys.modules swapped). Without a module: every article of CORPUS
extracted by each tree, chunk of 50 by chunk, the two alternated; per chunk the least disturbed time of each
over ROUNDS rounds, summed. With a module and function: its calls during one pass recorded, then replayed
against both trees' function, alternated, min and median of ROUNDS passes.
"""
import importlib
import sys
import time
from pathlib import Path

CHUNK = 50

# An editable install (`pip install -e .`, as `make` does) maps `pantau` to this checkout whatever sys.path says:
# without dropping its finder both "trees" are the same tree (seen: new/base 1.000 to four decimals).
sys.meta_path[:] = [f for f in sys.meta_path if not str(getattr(f, "__module__", "")).startswith("__editable__")]


def load(root: str):
    """(extraction_fingerprint, pantau.extract, the pantau modules) of the tree at `root`."""
    for name in [k for k in sys.modules if k == "pantau" or k.startswith("pantau.") or k == "extraction_fingerprint"]:
        del sys.modules[name]
    sys.path[:0] = [root, root + "/bench"]
    fingerprint = importlib.import_module("extraction_fingerprint")
    extract = importlib.import_module("pantau.extract")
    modules = {k: v for k, v in sys.modules.items() if k.startswith("pantau")}
    del sys.path[:2]
    return fingerprint, extract, modules


def load_average() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def recorded_calls(modules: dict, module: str, function: str, articles: list) -> tuple[list, object]:
    """The calls `module.function` receives while the articles are extracted, and the function itself."""
    original = getattr(modules[module], function)
    calls = []

    def recording(*args, **kwargs):
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    patched = [m for m in modules.values() if getattr(m, function, None) is original]
    for m in patched:
        setattr(m, function, recording)
    extract = modules["pantau.extract"].extract_article
    for article in articles:
        extract(article)
    for m in patched:
        setattr(m, function, original)
    return calls, original


def chunked_minima(functions: dict, articles: list, rounds: int) -> dict[str, float]:
    """ms per article of each function: per chunk of articles the least disturbed time over the rounds, summed."""
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    best = {name: [float("inf")] * len(chunks) for name in functions}
    for r in range(rounds):
        for c, chunk in enumerate(chunks):
            for name in (("base", "new") if (r + c) % 2 == 0 else ("new", "base")):
                started = time.perf_counter()
                for article in chunk:
                    functions[name](article)
                best[name][c] = min(best[name][c], time.perf_counter() - started)
    return {name: sum(times) * 1000 / len(articles) for name, times in best.items()}


def replayed(functions: dict, calls: list, per: int, rounds: int) -> dict[str, list[float]]:
    """ms per article of each function replaying the recorded calls, one figure per round, sorted."""
    times = {name: [] for name in functions}
    for r in range(rounds):
        for name in (("base", "new") if r % 2 == 0 else ("new", "base")):
            started = time.perf_counter()
            for args, kwargs in calls:
                functions[name](*args, **kwargs)
            times[name].append((time.perf_counter() - started) * 1000 / per)
    return {name: sorted(values) for name, values in times.items()}


def main(base: str, new: str, corpus: str, rounds: str, module: str | None = None, function: str | None = None):
    rounds = int(rounds)
    fingerprint, new_extract, new_modules = load(new)
    articles = list(fingerprint.read_all([Path(corpus)]).values())
    if module is None:
        _, base_extract, _ = load(base)
        functions = {"base": base_extract.extract_article, "new": new_extract.extract_article}
        chunked_minima(functions, articles[:CHUNK], 1)  # warm both
        total = chunked_minima(functions, articles, rounds)
        print(f"sum of per-chunk minima over {rounds} rounds: base {total['base']:.4f}  new {total['new']:.4f} "
              f"ms/article  new/base {total['new'] / total['base']:.3f}  load {load_average()}")
        return
    calls, new_function = recorded_calls(new_modules, module, function, articles)
    _, _, base_modules = load(base)
    functions = {"base": getattr(base_modules[module], function), "new": new_function}
    replayed(functions, calls, len(articles), 1)  # warm both
    times = replayed(functions, calls, len(articles), rounds)
    for name, values in times.items():
        print(f"{name:5s} min {values[0]:.4f} med {values[len(values) // 2]:.4f} ms/article  "
              f"({', '.join(f'{x:.3f}' for x in values)})")
    mid = rounds // 2
    print(f"new/base: min {times['new'][0] / times['base'][0]:.3f}  "
          f"med {times['new'][mid] / times['base'][mid]:.3f}  load {load_average()}")


if __name__ == "__main__":
    main(*sys.argv[1:])
