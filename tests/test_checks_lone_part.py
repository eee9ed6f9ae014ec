"""total_mismatch when the one program with a case count has more cases than the all-program total it is listed
under (the other programs given by amount only): a part can never exceed its whole. Five wordings, two near-misses."""
from datetime import date

import pytest

from pantau.checks import validate_batch
from pantau.extract import extract_article
from pantau.model import RawArticle

PUBLISHED = date(2023, 2, 10)

LONE_PART_ABOVE = [
    # the total's count lost a digit (26.595 for 265.950), only JHT has a count
    "Sepanjang 2022 BPJS Ketenagakerjaan Kanwil Jawa Tengah membayar klaim seluruh program Rp3,2 triliun untuk 26.595 "
    "kasus. Terbesar JHT Rp2,63 triliun dengan 249.408 kasus, disusul JKM Rp383,11 miliar, JKK Rp117,75 miliar dan JP "
    "Rp68,88 miliar.",
    "Total klaim yang dibayarkan BPJamsostek Cabang Kupang selama 2022 mencapai Rp381 miliar dari 29.466 kasus. Klaim "
    "JHT sendiri tercatat 35.717 kasus senilai Rp300 miliar, sementara JKK Rp40 miliar dan JKM Rp30 miliar.",
    "BPJS Ketenagakerjaan Cabang Ambon pada 2022 menyalurkan manfaat Rp54,8 miliar kepada 3.547 kasus. Rinciannya, "
    "Jaminan Hari Tua 3.910 kasus dengan nilai Rp48,9 miliar, Jaminan Kematian Rp3,7 miliar, dan Jaminan Pensiun "
    "Rp1,2 miliar.",
    "Selama tahun 2022, jumlah klaim di Kantor Cabang Palu sebanyak 12.400 kasus dengan nominal Rp150 miliar. Dari "
    "program JHT saja ada 13.100 kasus atau Rp130 miliar; JKM Rp12 miliar; JKK Rp5 miliar; JP Rp3 miliar.",
    "Secara keseluruhan BPJS Ketenagakerjaan Cabang Kendari membayar klaim Rp210 miliar atas 15.020 klaim pada 2022, "
    "didominasi JHT sebesar Rp180 miliar untuk 16.250 klaim. Sisanya JKK Rp14 miliar, JKM Rp11 miliar, JP Rp5 miliar.",
]

NOT_ABOVE = [
    # the lone count is below the total: the other programs' counts are unknown, nothing to tell
    "Sepanjang 2022 BPJS Ketenagakerjaan Kanwil Jawa Tengah membayar klaim seluruh program Rp3,2 triliun untuk 265.950 "
    "kasus. Terbesar JHT Rp2,63 triliun dengan 249.408 kasus, disusul JKM Rp383,11 miliar, JKK Rp117,75 miliar dan JP "
    "Rp68,88 miliar.",
    # a total of JKK alone, not of all programs, with JHT's larger count beside it
    "Klaim JKK BPJS Ketenagakerjaan Cabang Kendari pada 2022 sebanyak 1.502 kasus senilai Rp14 miliar, sedangkan "
    "klaim JHT Rp180 miliar untuk 16.250 klaim.",
]


def _checked(body: str) -> list[str]:
    raw = RawArticle(source_path="t.txt", content_sha256="0" * 64, title="", body_text=body, published_hint=PUBLISHED)
    return sorted(f.check_name for _, f in validate_batch([("t", raw, extract_article(raw))]))


@pytest.mark.parametrize("body", LONE_PART_ABOVE)
def test_a_lone_program_count_above_the_total_is_a_mismatch(body):
    assert "total_mismatch" in _checked(body)


@pytest.mark.parametrize("body", NOT_ABOVE)
def test_no_mismatch_when_the_lone_count_fits_or_there_is_no_total(body):
    assert "total_mismatch" not in _checked(body)
