"""A one-letter scale abbreviation after a figure ends its sentence; an initial does not."""
from __future__ import annotations

import pytest

from pantau.extract import extract_article
from pantau.extract.text import split_sentences
from pantau.model import RawArticle


@pytest.mark.parametrize("text, sentences", [
    ("Nilainya Rp 2,35 M. Peserta aktif naik.", ["Nilainya Rp 2,35 M.", "Peserta aktif naik."]),
    ("Dana kelolaan Rp 1,2 T. Angka itu naik.", ["Dana kelolaan Rp 1,2 T.", "Angka itu naik."]),
    ("Nilainya Rp281,3M. Itu tertinggi.", ["Nilainya Rp281,3M.", "Itu tertinggi."]),
    ("Kepala Cabang M. Yusuf mengatakan hal itu. Lalu pergi.", ["Kepala Cabang M. Yusuf mengatakan hal itu.",
                                                                 "Lalu pergi."]),
    ("Ia bertemu H. Mulyadi dan Drs. T. Ali.", ["Ia bertemu H. Mulyadi dan Drs. T. Ali."]),
])
def test_sentence_ends(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


def test_a_participant_count_after_an_amount_in_m_is_not_a_claim_of_the_program_before():
    body = ("BPJS Ketenagakerjaan Kantor Cabang Contoh membayar klaim Jaminan Kematian (JKM) sebanyak 56 kasus "
            "dengan nilai Rp 2,35 M. Peserta aktif mencapai 45,6 ribu tenaga kerja.")
    ex = extract_article(RawArticle(source_path="a.txt", content_sha256="0" * 64, title="", body_text=body))
    assert [(c.program, c.cases, c.amount_idr) for c in ex.claims] == [("JKM", 56, 2_350_000_000)]
    assert [(m.metric, m.value) for m in ex.membership] == [("active_workers", 45_600)]


def test_a_hyphenated_abbreviation_ends_its_sentence_but_an_initial_does_not():
    from pantau.extract.text import split_sentences
    text = "Klaim naik 6,9% secara y-o-y. Tahun lalu klaim Rp11,3 triliun. Kata M. Yusuf lagi."
    assert [s.text for s in split_sentences(text)] == [
        "Klaim naik 6,9% secara y-o-y.", "Tahun lalu klaim Rp11,3 triliun.", "Kata M. Yusuf lagi."]


@pytest.mark.parametrize("text, sentences", [
    ("Klaim Rp10,3 miliar lebih.Hal ini terungkap kemarin.", ["Klaim Rp10,3 miliar lebih.", "Hal ini terungkap kemarin."]),
    ("Acara di Gorontalo, Selasa (7/11/2023).Kepala Cabang hadir.", ["Acara di Gorontalo, Selasa (7/11/2023).",
                                                                    "Kepala Cabang hadir."]),
    ("JKM Rp7,3 miliar lebih.Selanjutnya Non ASN berjumlah 7 orang.", ["JKM Rp7,3 miliar lebih.",
                                                                       "Selanjutnya Non ASN berjumlah 7 orang."]),
    ("Kantor di Jl.Sudirman buka.", ["Kantor di Jl.Sudirman buka."]),  # an abbreviation glued to a name
    ("Sumber: detik.com dan Kompas.com hari ini.", ["Sumber: detik.com dan Kompas.com hari ini."]),  # sites
    ("Lihat www.Bpjsketenagakerjaan.go.id untuk info.", ["Lihat www.Bpjsketenagakerjaan.go.id untuk info."]),
])
def test_a_full_stop_glued_to_the_next_sentence_ends_it(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize("text, sentences", [
    ("Klaim naik menjadi Rp 817 juta. ‘’Total klaim turun,’’ katanya.", ["Klaim naik menjadi Rp 817 juta.",
                                                                      "‘’Total klaim turun,’’ katanya."]),
    ("Itu data Juni. ‘‘Klaim JHT tetap tinggi,’’ ujarnya.", ["Itu data Juni.", "‘‘Klaim JHT tetap tinggi,’’ ujarnya."]),
    ("Peserta naik. ’’Kami optimistis,’’ kata Teguh.", ["Peserta naik.", "’’Kami optimistis,’’ kata Teguh."]),
    ("Nilainya Rp 5 miliar. “2021 lebih baik,” katanya.", ["Nilainya Rp 5 miliar.", "“2021 lebih baik,” katanya."]),
    ("Klaim 84 kasus. ‘Jumlahnya naik,’ katanya.", ["Klaim 84 kasus.", "‘Jumlahnya naik,’ katanya."]),
])
def test_a_sentence_may_open_on_a_quote_of_two_marks(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize("text", [
    "Klaim naik menjadi Rp 817 juta. ‘’total klaim turun,’’ katanya.",  # no capital after the marks
    "Nilainya Rp 5 miliar. ‘’’Kami’’ katanya.",  # three marks are no opening quote
])
def test_near_miss_quote_marks_before_no_sentence_opening(text):
    assert len(split_sentences(text)) == 1
