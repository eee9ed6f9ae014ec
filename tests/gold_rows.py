"""Building blocks of the held-out sets' make_gold.py scripts: gold rows in the dev-set format
(/work/shared/devset/README.md) and the facts their assertions check."""
import datetime as dt
import json
from pathlib import Path

T, M, JT = 1e12, 1e9, 1e6  # triliun, miliar, juta
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def weekday(iso: str) -> str:
    """The Indonesian weekday of an ISO date."""
    return DAYS[dt.date.fromisoformat(iso).weekday()]


def c(program, cases, amount, end, prior=False, **kw) -> dict:
    """A gold claim row."""
    row = {"program": program, "cases": cases, "amount_idr": None if amount is None else round(amount, 2),
           "period_end": end}
    if prior:
        row["prior"] = True
    row.update(kw)
    return row


def m(metric, value, **kw) -> dict:
    """A gold membership row."""
    return {"metric": metric, "value": value, **kw}


def plausible_jkm(amount, cases) -> bool:  # JKM pays at least Rp 42 juta per death since 2015
    return amount / cases >= 40 * JT


def write_gold(here: Path, gold: list[dict]) -> None:
    """One JSON file per article under here/gold, each for an article that exists."""
    for g in gold:
        assert (here / "articles" / g["file"]).exists(), g["file"]
        (here / "gold" / (g["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(g, indent=1, ensure_ascii=False) + "\n")
    print(len(gold), "gold files written")
