"""A page saved cut off mid-figure ("... telah mencapai 3" and nothing after) leaves a figure with no scale or noun:
it is no figure to read. A table's last row ending the text on a number still is."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pantau.extract import extract_article
from pantau.extract.figure_surroundings import cut_off_at_the_end
from pantau.model import RawArticle


def _extract(body: str):
    return extract_article(RawArticle(source_path="a.txt", content_sha256="0" * 64, title="", body_text=body))


LEAD = "BPJS Ketenagakerjaan mencatat klaim JHT 2.000 kasus sepanjang 2018. "


@pytest.mark.parametrize("tail", [
    "Secara nasional jumlah peserta hingga Januari 2019 telah mencapai 3",
    "Adapun peserta aktif di wilayah Kanwil Jawa Barat pada akhir tahun tercatat sebanyak 4,2",
    "Untuk klaim JKK, kantor cabang ini membayarkan santunan kepada 12",
    "Peserta penerima upah yang aktif di kabupaten itu per Juni tercatat 27",
    "SEMENTARA ITU PESERTA BUKAN PENERIMA UPAH YANG AKTIF HINGGA DESEMBER MENCAPAI 18",
])
def test_a_figure_cut_off_at_the_end_of_the_page_is_not_read(tail):
    ex = _extract(LEAD + tail)
    assert [(c.program, c.cases) for c in ex.claims] == [("JHT", 2000)]
    assert ex.membership == []


def test_near_miss_a_figure_with_its_scale_at_the_end_is_read():
    ex = _extract(LEAD + "Secara nasional jumlah peserta aktif hingga Januari 2019 telah mencapai 3 juta")
    assert [(m.metric, m.value) for m in ex.membership] == [("active_workers", 3_000_000)]


def test_near_miss_a_tables_last_row_ending_the_text_is_no_cut():
    body = "Klaim per program (kasus):\nJHT | 1.200\nJKK | 300\nJKM | 45"
    last = SimpleNamespace(start=len(body) - 2, end=len(body))
    assert not cut_off_at_the_end(body, last)
    prose = "Secara nasional jumlah peserta hingga Januari 2019 telah mencapai 3"
    assert cut_off_at_the_end(prose, SimpleNamespace(start=len(prose) - 1, end=len(prose)))
