"""Imported once by the extraction workers' fork server (pantau.workers): everything a
batch needs, loaded and warmed before any worker is forked.

The warm-up runs one small page and one small text through reading, extraction,
validation and Parquet writing. Their first calls cost ~0.3 s (Pandera builds its
schemas, pandas and trafilatura load lazily); done here, no worker pays them again.
Nothing is written to disk, and a warm-up that fails only costs that time later.
"""
from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq

from pantau import pipeline
from pantau.checks import validate_batch
from pantau.extract import extract_article
from pantau.sources import RawFile, read_article

# Our own made-up press text; the warm-up's figures are never stored.
_TEXT = ("Klaim JHT di Kantor Cabang Contoh meningkat\n"
         "KOTA CONTOH, Senin (3/6/2024) - BPJS Ketenagakerjaan Kantor Cabang Contoh membayar klaim "
         "Jaminan Hari Tua (JHT) sebanyak 1.234 kasus senilai Rp 12,5 miliar sepanjang Januari hingga "
         "Mei 2024, naik 10 persen dibandingkan periode yang sama tahun lalu. Klaim Jaminan Kematian "
         "(JKM) tercatat 56 kasus dengan nilai Rp 2,35 M. Peserta aktif mencapai 45,6 ribu tenaga kerja.")
_PAGE = ("<html><head><title>Klaim JHT di Kantor Cabang Contoh meningkat</title>"
         '<meta property="article:published_time" content="2024-06-03T10:00:00+07:00"></head>'
         "<body><nav><a href='/'>Beranda</a></nav><article><h1>Klaim JHT di Kantor Cabang Contoh meningkat</h1>"
         + "".join(f"<p>{line}</p>" for line in _TEXT.split("\n")[1:]) + "</article></body></html>")


def warm_up() -> None:
    items = []
    for name, text in (("warm-up.txt", _TEXT), ("warm-up.html", _PAGE)):
        data = text.encode("utf-8")
        raw = read_article(RawFile(name, "/nonexistent/pantau-warm-up/" + name), data, "0" * 64, 1 << 20)
        if not isinstance(raw, pipeline.Rejection):
            items.append((name, raw, extract_article(raw)))
    validate_batch(items)
    for name, schema in pipeline.staged_schemas().items():
        pq.write_table(pa.Table.from_pylist([], schema=schema), io.BytesIO())


try:
    warm_up()
except Exception:  # noqa: BLE001 - a warm-up only saves time; the real batch reports real errors
    pass
