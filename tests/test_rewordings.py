"""Every annotated article of our own sets, reworded the ways real outlets say the same thing (tests/rewordings.py),
must give the same figures: a rule that reads a sentence's wording instead of its meaning fails here."""
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest

from pantau.extract import extract_article
from pantau.sources import discover_files, normalise_text
from tests.rewordings import NOT_HELD, REWORDINGS, figures_of

REPO = Path(__file__).resolve().parent.parent
SETS = [REPO.parent / "shared" / "devset", REPO.parent / "shared" / "devset2",
        *sorted(p for p in (REPO / "tests").glob("heldout*") if (p / "articles").is_dir())]


@lru_cache(maxsize=1)
def _articles() -> list:
    from pantau import pipeline

    articles = []
    for folder in SETS:
        files, _ = discover_files(folder / "articles")
        planned, _ = pipeline.hash_files(files)
        for f in planned:
            raw = pipeline.read_planned(f, 5 << 20)
            if hasattr(raw, "body_text"):
                articles.append((f"{folder.name}/{f.source_path}", raw, figures_of(extract_article(raw))))
    return articles


@pytest.mark.parametrize("rewording", [
    pytest.param(r, id=r.name, marks=[pytest.mark.skip(reason=NOT_HELD[r.name])] if r.name in NOT_HELD else [])
    for r in REWORDINGS])
def test_a_rewording_leaves_every_figure_as_it_was(rewording):
    changed, applied = [], 0
    for name, raw, before in _articles():
        body, title = normalise_text(rewording.apply(raw.body_text or "")), rewording.apply(raw.title or "")
        if body == raw.body_text and title == raw.title:
            continue
        applied += 1
        after = figures_of(extract_article(replace(raw, body_text=body, title=title)))
        if after != before:
            changed.append(f"{name}: {before} -> {after}")
    assert applied > 0, "the rewording applies to none of the articles: its pattern is wrong"
    assert not changed, "\n".join(changed)
