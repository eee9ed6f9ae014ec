"""Round-7 generalisation rules (misses of heldout7), each on small sentences of our own."""
from datetime import date

from pantau.extract import extract_article
from pantau.model import RawArticle


def _extract(body: str, published: date | None = None, title: str = ""):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body, published))


def test_each_figure_of_a_year_series_sentence_takes_the_year_of_its_own_clause():
    body = ("Klaim JKK Cabang Cilegon pada 2017 tercatat Rp 40,2 miliar (3.100 kasus), lalu Rp 44,8 miliar "
            "(3.320 kasus) pada 2018, hingga pada 2019 tercatat Rp 47,1 miliar dari 3.480 kasus.")
    ex = _extract(body, date(2020, 2, 3))
    got = sorted((c.cases, str(c.period_end)) for c in ex.claims)
    assert got == [(3100, "2017-12-31"), (3320, "2018-12-31"), (3480, "2019-12-31")]


def test_former_workers_paid_are_claimants():
    body = ("Cabang Serang membayar Jaminan Hari Tua kepada 2.315 mantan pekerja pabrik garmen itu dengan nilai "
            "Rp 31,5 miliar sepanjang Maret 2023.")
    ex = _extract(body, date(2023, 4, 10))
    assert [(c.program, c.cases, c.amount_idr) for c in ex.claims] == [("JHT", 2315, 31.5e9)]


def test_a_year_after_a_program_figure_continues_that_programs_series():
    body = ("Pada 2021, klaim JKK Cabang Cilegon tercatat Rp 40,2 miliar dari 3.100 kasus. "
            "Pada 2022, saat proyek smelter dimulai, nilai klaim tercatat Rp 44,8 miliar untuk 3.320 kasus.")
    ex = _extract(body, date(2023, 2, 3))
    assert [(c.program, c.cases, str(c.period_end)) for c in ex.claims] == [
        ("JKK", 3100, "2021-12-31"), ("JKK", 3320, "2022-12-31")]


def test_a_program_figure_then_the_whole_year_for_all_programs_stays_a_total():
    body = ("Pada semester I 2022, klaim JKK Cabang Cilegon tercatat Rp 20,2 miliar dari 1.600 kasus. "
            "Sepanjang 2022, nilai klaim tercatat Rp 144,8 miliar untuk 13.320 kasus.")
    ex = _extract(body, date(2023, 2, 3))
    assert [(c.program, c.cases) for c in ex.claims] == [("JKK", 1600), ("TOTAL", 13320)]


def test_a_claim_size_threshold_and_a_wage_cap_are_not_claims():
    body = ("Kepala Cabang Cilegon mengimbau peserta memakai aplikasi JMO untuk klaim JHT di bawah Rp 15 juta. "
            "Manfaat JKP dihitung dari upah dengan batas upah Rp 5 juta.")
    assert _extract(body, date(2023, 2, 3)).claims == []


def test_a_byline_with_outlet_bar_and_place_gives_the_publication_date():
    body = "Judul\n\nBorneo Post | Samarinda, 7 Maret 2022\n\nSAMARINDA - Klaim JHT Rp 40 miliar untuk 3.000 kasus."
    assert _extract(body).published_date == date(2022, 3, 7)


def test_a_two_digit_year_after_an_apostrophe_in_a_byline():
    body = "Judul\n\nRadar Banten | 3 Agustus '23\n\nSERANG - Klaim JHT Rp 40 miliar untuk 3.000 kasus."
    assert _extract(body).published_date == date(2023, 8, 3)


def test_a_count_after_its_label_and_a_colon_is_read_with_the_label():
    body = "Kepesertaan per 31 Desember 2022:\n• Tenaga kerja aktif: 172.940\n• Perusahaan aktif: 5.318\n"
    got = [(m.metric, m.value) for m in _extract(body, date(2023, 2, 3)).membership]
    assert got == [("active_workers", 172940), ("active_companies", 5318)]


def test_a_sentence_announcing_data_gives_its_period_to_the_list_after_it():
    # (the range's last month is under way at publication: the period runs to the publication date)
    body = ("Kepala Cabang Bontang menyampaikan data sepanjang Januari hingga September 2022 berikut.\n"
            "• JHT: 2.412 kasus, Rp 31,3 M\n")
    ex = _extract(body, date(2022, 9, 20))
    assert [(c.program, c.cases, str(c.period_end)) for c in ex.claims] == [("JHT", 2412, "2022-09-20")]
    ex = _extract(body, date(2022, 10, 5))
    assert [(c.program, c.cases, str(c.period_end)) for c in ex.claims] == [("JHT", 2412, "2022-09-30")]


def test_a_total_row_closing_a_list_of_program_figures_is_the_total():
    body = ("Klaim BPJS Ketenagakerjaan Cabang Bontang tahun 2022\n"
            "▪ Jaminan Hari Tua | 3.204 kasus | Rp 40,2 miliar\n"
            "▪ Jaminan Kematian | 41 kasus | Rp 1,8 miliar\n"
            "▪ Total | 3.245 kasus | Rp 42 miliar\n")
    ex = _extract(body, date(2023, 2, 3))
    assert [(c.program, c.cases, c.amount_idr) for c in ex.claims] == [
        ("JHT", 3204, 40.2e9), ("JKM", 41, 1.8e9), ("TOTAL", 3245, 42e9)]


def test_applicants_are_not_claimants_and_approved_applications_are_claims():
    body = ("Sebanyak 3.210 pekerja terkena PHK. Dari jumlah itu, 2.860 pekerja mengajukan klaim JKP. "
            "Kepala Cabang Cilegon mengatakan sebanyak 2.515 pengajuan telah disetujui dengan total manfaat "
            "Rp 16,3 miliar sepanjang Januari hingga Mei 2025. Sisanya, 345 pengajuan, masih diverifikasi.")
    ex = _extract(body, date(2025, 6, 10))
    assert [(c.program, c.cases, c.amount_idr) for c in ex.claims] == [("JKP", 2515, 16.3e9)]
