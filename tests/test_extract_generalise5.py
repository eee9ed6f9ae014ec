"""Round-5 generalisation rules (heldout4 false alarms), each on small sentences of our own."""
from datetime import date

from pantau.extract import extract_article
from pantau.model import RawArticle


def _extract(body: str, published: date | None = None):
    return extract_article(RawArticle("x.txt", "0" * 64, "", body, published))


def _claims(body: str, published: date | None = None):
    return sorted(((c.program, c.cases, c.amount_idr, c.is_prior_period, str(c.period_end))
                   for c in _extract(body, published).claims), key=str)


def _membership(body: str):
    return sorted((m.metric, m.value) for m in _extract(body).membership)


def test_a_count_of_provinces_is_not_a_membership_figure():
    body = ("Kepala kantor wilayah mengatakan jumlah peserta aktif di tiga provinsi itu hingga akhir 2019 "
            "tercatat 1,2 juta tenaga kerja.")
    assert ("active_workers", 3.0) not in _membership(body)
    assert ("active_workers", 1_200_000.0) in _membership(body)


def test_present_size_of_a_per_person_benefit_is_no_claim():
    body = ("Sepanjang 2019 BPJS Ketenagakerjaan membayar klaim. Ia menjelaskan santunan kematian kini "
            "sebesar Rp42 juta, terdiri atas santunan sekaligus dan biaya pemakaman.")
    assert not any(c[2] == 42_000_000 for c in _claims(body))


def test_last_year_before_a_change_with_its_own_compared_year_is_current():
    body = ("Klaim JKK tahun lalu Rp 1,5 triliun dengan 200 ribu kasus, naik 7% dari Rp 1,4 triliun pada 2019.")
    rows = _claims(body, date(2021, 3, 10))
    assert [r for r in rows if r[1] == 200_000 and r[2] == 1.5e12][0][3:] in ((False, "2020-12-31"), (False, "None"))
    assert ("JKK", None, 1.4e12, True, "2019-12-31") in rows


def test_a_housing_loan_disbursed_is_not_a_total_claim():
    body = ("Sepanjang 2018, melalui program pinjaman uang muka perumahan, BPJS Ketenagakerjaan Medan telah "
            "menyalurkan Rp 2,3 miliar kepada 31 peserta.")
    assert _claims(body) == []


def test_heirs_a_named_program_was_given_to_are_its_case_count():
    body = ("Sepanjang 2021, Jaminan Kematian diberikan kepada ahli waris 85 peserta sebesar Rp 3,6 miliar.")
    assert ("JKM", 85, 3.6e9, False, "2021-12-31") in _claims(body)


def test_a_claim_named_by_its_risk_is_that_program():
    from pantau.extract.claim_rules import named_programs
    assert named_programs("klaim kecelakaan kerja sebanyak 12 kasus") == {"JKK"}
    assert named_programs("klaim hari tua dan klaim pensiun") == {"JHT", "JP"}
    # a death from a work accident is the accident's benefit (JKK), not JKM
    assert named_programs("klaim kematian akibat kecelakaan kerja") == {"JKK"}
    body = "Hingga Juni 2020, klaim kecelakaan kerja tercatat sebanyak 640 kasus dengan biaya Rp 8,2 miliar."
    assert ("JKK", 640, 8.2e9, False, "2020-06-30") in _claims(body)


def test_a_period_in_an_aside_about_the_subject_is_not_the_figures_period():
    body = ("Kantor Cabang Medan, yang hingga akhir 2016 masih berkantor di Jalan Gatot, membayar klaim JHT "
            "sejak 1 Januari hingga 31 Maret 2018 sebesar Rp 40 miliar untuk 2.100 peserta.")
    assert ("JHT", 2100, 4e10, False, "2018-03-31") in _claims(body)


def test_a_read_also_link_in_a_table_cell_is_page_chrome():
    from pantau.extract.lexicon import CHROME_LINE_RE
    assert CHROME_LINE_RE.search("| Baca juga: Cara Cairkan JHT Rp 10 Juta Lewat Aplikasi | ")
    assert not CHROME_LINE_RE.search("| JHT | 1.200 | Rp 10 miliar |")


def test_companies_named_as_the_clause_subject_across_a_list_of_places():
    body = ("Per 30 Juni 2024, jumlah pemberi kerja aktif di Riau dan Jambi tercatat 21.400 entitas "
            "dengan 1,1 juta pekerja aktif.")
    assert ("active_companies", 21_400.0) in _membership(body)


def test_an_example_group_included_in_a_count_is_not_a_segment_figure():
    body = ("Hingga Desember 2022 peserta aktif tercatat 80.100 tenaga kerja, termasuk sekitar 5.200 petani "
            "peserta bukan penerima upah yang iurannya dibantu pemerintah daerah.")
    rows = _membership(body)
    assert ("active_workers", 80_100.0) in rows
    assert not any(value == 5_200.0 for _, value in rows)


def test_workers_an_office_prepares_to_protect_are_a_plan_not_a_count():
    body = ("Menjelang pembangunan bandara baru, pihaknya menyiapkan perlindungan bagi sekitar 4.000 pekerja "
            "dengan iuran jasa konstruksi.")
    assert _membership(body) == []


def test_a_compared_year_does_not_carry_to_the_next_sentence():
    body = ("Sepanjang 2016 BPJS Ketenagakerjaan membayar klaim JHT Rp 900 miliar untuk 40.000 peserta. "
            "Jumlah itu lebih besar dibanding pembayaran pada 2015 yang sebesar Rp 800 miliar. "
            "Selama tahun yang sama jaminan kecelakaan kerja diberikan untuk 1.200 kasus dengan nilai Rp 20 miliar.")
    assert ("JKK", 1200, 2e10, False, "2016-12-31") in _claims(body)
