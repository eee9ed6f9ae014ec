"""Where extraction spends its time, sampled: for speed work, where cProfile's per-call overhead doubles the small
functions and hides the regex time inside the lines that call it.

    python bench/sampled_profile.py TREE CORPUS [PASSES]

The tree's extractor reads every article of CORPUS once (warm-up), then PASSES times (3 by default) while a thread
samples the main thread's stack every half millisecond. A sample lands where the interpreter hands the GIL over
(after a bytecode or a C call), so a regex search is charged to the line that called it. Prints, as shares of the
samples: each function's own time (the innermost `pantau` frame), its inclusive time (anywhere on the stack,
counted once per sample) and the hottest lines.
"""
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from ab_inprocess import load

INTERVAL = 0.0005  # seconds between samples (also the GIL switch interval while sampling)


def frame_key(frame) -> str:
    return f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"


def record(frame, own: Counter, inclusive: Counter, lines: Counter) -> None:
    """Count one sample of a stack: its innermost pantau frame, and every pantau function on it once."""
    seen = set()
    innermost = True
    while frame is not None:
        if "pantau" in frame.f_code.co_filename:
            key = frame_key(frame)
            if innermost:
                own[key] += 1
                lines[f"{key}:{frame.f_lineno}"] += 1
                innermost = False
            if key not in seen:
                inclusive[key] += 1
                seen.add(key)
        frame = frame.f_back


def sampled(work, interval: float = INTERVAL) -> tuple[Counter, Counter, Counter]:
    """(own, inclusive, lines) sample counts while `work()` runs in this thread."""
    own, inclusive, lines = Counter(), Counter(), Counter()
    target, done = threading.get_ident(), threading.Event()

    def sampler():
        while not done.is_set():
            time.sleep(interval)
            frame = sys._current_frames().get(target)
            if frame is not None:
                record(frame, own, inclusive, lines)

    previous = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    try:
        work()
    finally:
        done.set()
        thread.join()
        sys.setswitchinterval(previous)
    return own, inclusive, lines


def report(title: str, counts: Counter, total: int, top: int) -> None:
    print(f"--- {title} ---")
    for key, n in counts.most_common(top):
        print(f"{100 * n / total:5.1f} %  {key}")


def main(tree: str, corpus: str, passes: str = "3") -> None:
    fingerprint, extract, _ = load(tree)
    articles = list(fingerprint.read_all([Path(corpus)]).values())
    for article in articles:  # warm: lexicon caches, lru caches
        extract.extract_article(article)

    def work():
        for _ in range(int(passes)):
            for article in articles:
                extract.extract_article(article)

    own, inclusive, lines = sampled(work)
    total = max(1, sum(own.values()))
    print(f"{total} samples over {passes} passes of {len(articles)} articles")
    report("own time (innermost pantau frame)", own, total, 40)
    report("inclusive time", inclusive, total, 50)
    report("lines", lines, total, 30)


if __name__ == "__main__":
    main(*sys.argv[1:])
