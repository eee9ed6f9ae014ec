"""Workers counted "dari N perusahaan yang (tercatat) aktif" are the active companies' workers: active participants,
whichever rule reads them ("Baru sekitar 3.281 tenaga kerja dari 327 perusahaan yang tercatat aktif ikut program
tersebut"). Companies in arrears or not yet registered give no active count."""
from __future__ import annotations

import pytest

from pantau.extract import extract_article
from pantau.model import RawArticle


def _members(body: str) -> list[tuple]:
    ex = extract_article(RawArticle(source_path="a.txt", content_sha256="0" * 64, title="", body_text=body))
    return sorted((m.metric, m.value) for m in ex.membership)


@pytest.mark.parametrize("text,workers,companies", [
    ("Di antara kabupaten di Bali Timur, jumlah peserta BPJS Ketenagakerjaan di Bangli masih paling kecil. Baru sekitar "
     "3.281 tenaga kerja dari 327 perusahaan yang tercatat aktif ikut program tersebut.", 3281, 327),
    ("BPJS Ketenagakerjaan Cabang Kudus mencatat 45.000 pekerja dari 1.200 perusahaan yang masih aktif membayar iuran.",
     45000, 1200),
    ("Peserta BPJS Ketenagakerjaan di Kota Tegal terdiri atas 38.500 karyawan dari 900 pemberi kerja yang sudah aktif.",
     38500, 900),
    ("Tercatat 12.300 tenaga kerja yang berasal dari 410 perusahaan yang aktif menjadi peserta BPJS Ketenagakerjaan "
     "Cabang Pati.", 12300, 410),
    ("Hingga Juni 2023 ada 64.000 pekerja dari sekitar 1.500 badan usaha yang berstatus aktif di BPJS Ketenagakerjaan "
     "Cabang Jepara.", 64000, 1500),
])
def test_the_workers_of_active_companies_are_active(text, workers, companies):
    assert _members(text) == [("active_companies", companies), ("active_workers", workers)]


@pytest.mark.parametrize("text", [
    "BPJS Ketenagakerjaan Cabang Kudus mencatat 45.000 pekerja dari 1.200 perusahaan yang menunggak iuran.",
    "BPJS Ketenagakerjaan Cabang Kudus mendata 45.000 pekerja dari 1.200 perusahaan yang belum mendaftar.",
])
def test_the_workers_of_companies_in_arrears_or_unregistered_are_not(text):
    assert _members(text) == []
