"""Round-3 rules (issue 3): each test is a short text in our own words for one rule of
grammar, press convention or domain."""
from datetime import date

from pantau.extract import extract_article
from pantau.model import RawArticle


def extract(body: str, title: str = "Judul", hint=None):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body, published_hint=hint))


def claims_of(ex):
    return sorted(((c.program, c.cases, c.amount_idr, c.is_prior_period) for c in ex.claims),
                  key=lambda t: (t[0], t[1] or -1, t[2] or -1, t[3]))


def metrics_of(ex):
    return sorted((m.metric, m.value) for m in ex.membership)


# Claims

def test_audience_of_an_event_is_not_a_claimant_count():
    ex = extract("Klaim JHT sepanjang 2022 mencapai 900 kasus senilai Rp 9 miliar, kata Budi dalam "
                 "sosialisasi yang diikuti 120 peserta dari berbagai perusahaan.")
    assert claims_of(ex) == [("JHT", 900, 9e9, False)]


def test_contributions_paid_by_the_government_are_not_benefit_payments():
    ex = extract("Klaim JKP sepanjang 2022 tercatat 80 kasus senilai Rp 700 juta. "
                 "Kerja sama itu melindungi 3.000 pekerja rentan yang iurannya dibayar oleh pemerintah daerah.")
    assert claims_of(ex) == [("JKP", 80, 7e8, False)]


def test_a_figure_of_all_programs_together_is_the_total():
    ex = extract("Sepanjang 2021, klaim JHT tercatat 500 kasus senilai Rp 6 miliar, serta klaim JKK 40 kasus "
                 "senilai Rp 1 miliar. Secara keseluruhan, klaim kedua program tersebut mencapai Rp 7 miliar "
                 "untuk 540 kasus.")
    assert ("TOTAL", 540, 7e9, False) in claims_of(ex)
    assert all(c.program != "JKK" or c.cases == 40 for c in ex.claims)


def test_a_figure_for_two_programs_together_belongs_to_neither():
    ex = extract("Sepanjang 2022, klaim JHT mencapai 900 kasus senilai Rp 9 miliar. Untuk JKK dan JKM, kantor "
                 "cabang membayarkan 70 kasus dengan nilai Rp 2 miliar.")
    assert claims_of(ex) == [("JHT", 900, 9e9, False)]


def test_respective_figures_of_two_programs_are_not_taken_for_a_joint_figure():
    ex = extract("Sepanjang 2022, klaim JKK dan JKM masing-masing 70 kasus dan 30 kasus dibayarkan.")
    assert sorted(c.cases for c in ex.claims) == [30, 70]


def test_an_approximation_followed_by_the_exact_figure_is_not_a_second_figure():
    ex = extract("Sepanjang 2020, klaim JKK yang dibayarkan lebih dari 300 kasus, tepatnya 317 kasus dengan "
                 "nilai Rp 4 miliar.")
    assert claims_of(ex) == [("JKK", 317, 4e9, False)]


def test_an_amount_for_each_person_counted_is_multiplied_by_the_count():
    ex = extract("Pada 2021 kantor cabang menyerahkan santunan JKM kepada tiga ahli waris, masing-masing Rp 42 juta.")
    assert claims_of(ex) == [("JKM", 3, 126e6, False)]


def test_a_per_recipient_rule_is_not_a_total_payment():
    ex = extract("Pada 2020 bantuan disalurkan bertahap. Setiap penerima mendapatkan pembayaran dua kali, "
                 "masing-masing Rp 1,2 juta.")
    assert claims_of(ex) == []


def test_program_figures_said_to_make_up_the_total_form_an_exhaustive_breakdown():
    ex = extract("Sepanjang 2023 kantor cabang membayar manfaat Rp 10 miliar untuk 600 kasus. Kepala cabang merinci "
                 "pembayaran itu terdiri atas JHT 500 kasus senilai Rp 8 miliar dan JKK 60 kasus senilai Rp 1 miliar.")
    totals = [b for b in ex.breakdowns if b.subject.startswith("klaim TOTAL")]
    assert totals and all(b.exhaustive for b in totals)


def test_program_figures_beside_a_total_are_not_exhaustive_without_a_cue():
    ex = extract("Sepanjang 2023 kantor cabang membayar manfaat Rp 10 miliar untuk 600 kasus. Klaim JHT "
                 "tercatat 500 kasus senilai Rp 8 miliar, sedangkan JKK 60 kasus senilai Rp 1 miliar.")
    totals = [b for b in ex.breakdowns if b.subject.startswith("klaim TOTAL")]
    assert totals and not any(b.exhaustive for b in totals)


# Membership

def test_registered_companies_are_not_active_companies():
    ex = extract("Hingga Juni 2022, dari 5.100 perusahaan yang terdaftar, sebanyak 3.900 perusahaan berstatus aktif.")
    assert metrics_of(ex) == [("active_companies", 3900.0)]


def test_active_participation_of_the_area_is_active_workers():
    ex = extract("Hingga Juni 2022 kepesertaan aktif di wilayah kerjanya, yang meliputi dua kota, mencapai 120.500 pekerja.")
    assert metrics_of(ex) == [("active_workers", 120500.0)]


def test_workers_outside_an_employment_relation_are_the_informal_segment():
    ex = extract("Hingga akhir 2013 tenaga kerja aktif tercatat 900.000 orang. Dari jumlah itu, tenaga kerja luar "
                 "hubungan kerja (TK LHK) yang aktif membayar iuran sebanyak 45.000 orang.")
    assert ("active_non_wage_workers", 45000.0) in metrics_of(ex)


def test_segment_named_in_the_subject_before_an_apposition():
    ex = extract("Hingga Mei 2020 peserta aktif mencapai 80.000 orang. Sementara peserta bukan penerima upah (BPU), "
                 "seperti nelayan dan petani, tercatat 9.300 orang.")
    assert ("active_non_wage_workers", 9300.0) in metrics_of(ex)


def test_migrant_workers_are_a_part_of_the_active_participants_breakdown():
    ex = extract("Hingga Desember 2023 peserta aktif mencapai 10 juta pekerja. Jumlah itu terdiri atas 6 juta pekerja "
                 "penerima upah, 2,5 juta pekerja bukan penerima upah, 1 juta pekerja jasa konstruksi, serta "
                 "500 ribu pekerja migran Indonesia.")
    member = [b for b in ex.breakdowns if b.subject == "peserta aktif"]
    assert member and member[0].exhaustive and sum(p[1] for p in member[0].parts) == 10e6


# Periods

def test_a_target_year_does_not_become_the_reporting_year():
    ex = extract("JAKARTA, 10 Agustus 2022 – Klaim JHT hingga kuartal II-2022 mencapai 900 kasus senilai Rp 9 miliar. "
                 "Cakupan ditargetkan naik dua kali lipat pada 2026.")
    assert [(c.period_end) for c in ex.claims] == [date(2022, 6, 30)]


def test_a_yearless_date_after_publication_is_last_year():
    ex = extract("Diterbitkan: 10/02/2015\n\nSEMARANG – Hingga 31 Desember lalu, klaim JHT mencapai 800 kasus "
                 "senilai Rp 7 miliar. Mulai 1 Juli 2016 program baru akan berjalan.")
    assert [(c.period_end) for c in ex.claims] == [date(2014, 12, 31)]


def test_until_last_month_ends_with_the_month_before_publication():
    ex = extract("BANJAR – Klaim JHT sejak Januari hingga bulan lalu mencapai 700 kasus senilai Rp 6 miliar.",
                 hint=date(2021, 6, 9))
    assert [(c.period_start, c.period_end) for c in ex.claims] == [(date(2021, 1, 1), date(2021, 5, 31))]


# Tables

def test_plain_text_pipe_table_rows_are_program_cases_amount():
    ex = extract("Hingga Mei 2022 kantor cabang membayar klaim berikut:\nProgram | Kasus | Nominal (Rp)\n"
                 "JHT | 1.200 | 15.400.000.000\nJKM | 30 | 1.260.000.000\nTotal | 1.230 | 16.660.000.000\n"
                 "Kepala cabang menyampaikan hal itu.")
    assert claims_of(ex) == [("JHT", 1200, 15.4e9, False), ("JKM", 30, 1.26e9, False),
                             ("TOTAL", 1230, 16.66e9, False)]
    assert {c.period_end for c in ex.claims} == {date(2022, 5, 31)}


def test_rendered_html_table_takes_the_scale_from_its_header():
    ex = extract("Klaim sepanjang 2020 disajikan berikut.\n| Program | Jumlah Kasus | Nominal (Rp miliar) |\n"
                 "|---|---|---|\n| Jaminan Hari Tua (JHT) | 10.500 | 1.250,4 |\n| Jaminan Pensiun (JP) | 800 | 12,5 |")
    assert claims_of(ex) == [("JHT", 10500, 1250.4e9, False), ("JP", 800, 12.5e9, False)]


def test_a_byline_with_a_pipe_is_not_a_table():
    ex = extract("Penulis: Rina | Editor: Budi\n\nSepanjang 2021 klaim JHT mencapai 400 kasus senilai Rp 5 miliar.")
    assert claims_of(ex) == [("JHT", 400, 5e9, False)]


def test_an_approximate_restatement_elsewhere_merges_into_the_exact_figure():
    ex = extract("Sepanjang 2020, klaim JKK tercatat 317 kasus dengan nilai Rp 4 miliar. Dengan lebih dari "
                 "300 kasus klaim JKK pada 2020, kecelakaan kerja masih tinggi.")
    assert claims_of(ex) == [("JKK", 317, 4e9, False)]
