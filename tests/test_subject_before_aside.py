"""A count whose clause names no noun takes the subject said before an aside opened by "atau/yakni/yaitu/alias" ("jumlah
total peserta klaim, atau tenaga kerja yang menerima manfaat ..., telah mencapai 1,6 juta"): a count of claimants, not
money with its "Rp" left out. An amount's subject before an aside stays money."""
from __future__ import annotations

import pytest

from pantau.extract import extract_article
from pantau.model import RawArticle


def _claims(body: str) -> list[tuple]:
    ex = extract_article(RawArticle(source_path="a.txt", content_sha256="0" * 64, title="", body_text=body))
    return [(c.program, c.cases, c.amount_idr) for c in ex.claims]


@pytest.mark.parametrize("text,claims", [
    ("Jumlah peserta klaim, atau pekerja yang menerima manfaat dari BPJS Ketenagakerjaan, telah mencapai 1,6 juta hingga "
     "Juni 2024, dengan nilai Rp 25,43 triliun.", [("TOTAL", 1_600_000, 25.43e12)]),
    ("Total penerima manfaat BPJS Ketenagakerjaan Kanwil Jateng, yakni pekerja dan ahli waris yang klaimnya dibayar, "
     "mencapai 1,2 juta sepanjang 2023 dengan nilai Rp 15 triliun.", [("TOTAL", 1_200_000, 15e12)]),
    ("Sepanjang 2023 jumlah kasus klaim JHT, yaitu pencairan saldo oleh peserta yang berhenti bekerja, tercatat 2,9 juta "
     "dengan nominal Rp 38 triliun di BPJS Ketenagakerjaan.", [("JHT", 2_900_000, 38e12)]),
    ("Penerima manfaat JKP BPJS Ketenagakerjaan, alias pekerja yang kehilangan pekerjaan, sepanjang 2024 mencapai 52 ribu "
     "dengan total manfaat Rp 330 miliar.", [("JKP", 52_000, 330e9)]),
    ("Jumlah klaim JKK BPJS Ketenagakerjaan pada 2023, atau kecelakaan kerja yang dilaporkan peserta, sebanyak 370 ribu "
     "dengan nilai Rp 2,6 triliun.", [("JKK", 370_000, 2.6e12)]),
])
def test_a_count_takes_the_subject_said_before_an_aside(text, claims):
    assert _claims(text) == claims


@pytest.mark.parametrize("text,claims", [
    ("Pembayaran klaim BPJS Ketenagakerjaan, atau nilai manfaat yang diterima peserta, mencapai 25 triliun pada 2023.",
     [("TOTAL", None, 25e12)]),
    ("Dana investasi BPJS Ketenagakerjaan, atau hasil pengembangan dana peserta, mencapai 38 triliun pada 2023.", []),
])
def test_money_before_an_aside_stays_money(text, claims):
    assert _claims(text) == claims
