"""'baru' after a segment: new participants when a relative clause follows, 'only' before a count."""
from pantau.extract import extract_article
from pantau.model import RawArticle


def metrics(body: str) -> dict:
    ex = extract_article(RawArticle("x.txt", "0" * 64, "Judul", body))
    return {m.metric: m.value for m in ex.membership}


def test_segment_then_baru_yang_is_new_participants():
    got = metrics("BATAM – Hingga Juli 2017 BPJS Ketenagakerjaan Cabang Contoh mencatat 500 ribu tenaga kerja penerima "
                  "upah aktif. Sepanjang tujuh bulan itu, peserta penerima upah baru yang didaftarkan perusahaan "
                  "sebanyak 12.300 orang.")
    assert got.get("new_wage_workers") == 12_300
    assert got.get("active_wage_workers") == 500_000


def test_baru_before_a_count_means_only():
    got = metrics("SIDOARJO – Hingga akhir Juni 2019 jumlah peserta aktif bukan penerima upah di Cabang Contoh "
                  "baru 38 ribu orang.")
    assert "new_non_wage_workers" not in got
