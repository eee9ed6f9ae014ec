"""Extraction time of two trees in one process, alternated: for speed work on a loaded machine, where two
processes minutes apart differ by more than the change measured.

    python bench/ab_inprocess.py BASE_TREE NEW_TREE CORPUS ROUNDS [module func]

Both trees' `pantau` are imported side by side (sys.modules swapped). Without a module: every article of CORPUS
extracted by each tree, chunk of 50 by chunk, the two alternated; per chunk the least disturbed time of each
over ROUNDS rounds, summed. With a module and function: its calls during one pass recorded, then replayed
against both trees' function, alternated, min and median of ROUNDS passes.
"""
import sys, time, importlib
from pathlib import Path
TREES = {"base": sys.argv[1], "new": sys.argv[2]}
CORPUS = Path(sys.argv[3])
argv = [sys.argv[0], *sys.argv[4:]]
def load(root):
    for k in [k for k in sys.modules if k == "pantau" or k.startswith("pantau.") or k == "extraction_fingerprint"]:
        del sys.modules[k]
    sys.path[:0] = [root, root + "/bench"]
    ef = importlib.import_module("extraction_fingerprint")
    px = importlib.import_module("pantau.extract")
    mods = {k: v for k, v in sys.modules.items() if k.startswith("pantau")}
    del sys.path[:2]
    return ef, px, mods
ef, px_new, mods_new = load(TREES["new"])
arts = list(ef.read_all([CORPUS]).values())
rounds = int(argv[1])
if len(argv) > 2:
    modname, fname = argv[2], argv[3]
    mod = mods_new[modname]; orig = getattr(mod, fname); calls = []
    def rec(*a, **k): calls.append((a, k)); return orig(*a, **k)
    patched = [m for m in mods_new.values() if getattr(m, fname, None) is orig]
    for m in patched: setattr(m, fname, rec)
    for a in arts: px_new.extract_article(a)
    for m in patched: setattr(m, fname, orig)
    new_f = orig
    _, _, mods_base = load(TREES["base"])
    base_f = getattr(mods_base[modname], fname)
    def run(f):
        t = time.perf_counter()
        for a, k in calls: f(*a, **k)
        return (time.perf_counter() - t) * 1000 / len(arts)
    fs = {"base": base_f, "new": new_f}
else:
    _, px_base, _ = load(TREES["base"])
    def run(f):
        t = time.perf_counter()
        for a in arts: f(a)
        return (time.perf_counter() - t) * 1000 / len(arts)
    fs = {"base": px_base.extract_article, "new": px_new.extract_article}
for f in fs.values(): run(f)  # warm
if len(argv) <= 2:
    # chunks of 50 articles, base and new alternated chunk by chunk; per chunk the least disturbed time of each
    chunks = [arts[i:i + 50] for i in range(0, len(arts), 50)]
    best = {k: [1e9] * len(chunks) for k in fs}
    for r in range(rounds):
        for c, chunk in enumerate(chunks):
            for k in (("base", "new") if (r + c) % 2 == 0 else ("new", "base")):
                t = time.perf_counter()
                for a in chunk: fs[k](a)
                best[k][c] = min(best[k][c], time.perf_counter() - t)
    tot = {k: sum(v) * 1000 / len(arts) for k, v in best.items()}
    print(f"sum of per-chunk minima over {rounds} rounds: base {tot['base']:.4f}  new {tot['new']:.4f} ms/article  "
          f"new/base {tot['new'] / tot['base']:.3f}  load {open('/proc/loadavg').read().split()[0]}")
    sys.exit(0)
res = {k: [] for k in fs}
for r in range(rounds):
    for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
        res[k].append(run(fs[k]))
for k, v in res.items():
    v.sort(); print(f"{k:5s} min {v[0]:.4f} med {v[len(v)//2]:.4f} ms/article  ({', '.join(f'{x:.3f}' for x in v)})")
print(f"new/base: min {res['new'][0]/res['base'][0]:.3f}  med {res['new'][len(v)//2]/res['base'][len(v)//2]:.3f}  load {open('/proc/loadavg').read().split()[0]}")
