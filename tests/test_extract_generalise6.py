"""Round-6 generalisation rules (misses of heldout, heldout4 and heldout5), each on small
sentences of our own, and the headline-versus-body conflict check."""
from datetime import date

from pantau.checks.headline import headline_conflicts
from pantau.extract import extract_article
from pantau.model import RawArticle


def _article(body: str, published: date | None = None, title: str = "") -> RawArticle:
    return RawArticle("x.txt", "0" * 64, title, body, published)


def _extract(body: str, published: date | None = None):
    return extract_article(_article(body, published))


def test_person_name_after_a_known_office_in_a_title_is_not_part_of_the_office():
    body = ("BPJS Ketenagakerjaan Cabang Bandar Lampung membayar klaim Rp412,8 miliar untuk 31.960 kasus "
            "sepanjang 2023. Kepala BPJS Ketenagakerjaan Cabang Bandar Lampung Rudi Hartono menjelaskan klaim "
            "JHT 27.415 kasus senilai Rp361,2 miliar dan JKK 2.307 kasus senilai Rp51,6 miliar.")
    ex = _extract(body, date(2024, 1, 25))
    assert {c.office for c in ex.claims} == {"Cabang Bandar Lampung"}
    # Same office, so the parts are weighed against the stated total (361,2 + 51,6 = 412,8).
    totals = [b for b in ex.breakdowns if b.unit == "rupiah"]
    assert totals and totals[0].total == 412.8e9


def test_a_new_office_named_after_a_title_is_kept_when_the_article_never_named_it():
    body = ("Kepala BPJS Ketenagakerjaan Cabang Jakarta Selatan mengatakan klaim JHT sepanjang 2023 "
            "mencapai Rp 90 miliar untuk 6.000 kasus.")
    assert {c.office for c in _extract(body, date(2024, 1, 5)).claims} == {"Cabang Jakarta Selatan"}


def test_a_scheme_validity_period_in_the_future_does_not_date_later_figures():
    body = ("Klaim JHT selama Januari hingga Agustus 2020 mencapai Rp 128,9 miliar dari 11.305 kasus. "
            "Pemerintah memberikan keringanan 99 persen iuran JKK dan JKM mulai Agustus 2020 hingga Januari 2021. "
            "Saat ini peserta penerima upah yang aktif tercatat 265.400 orang.")
    ex = _extract(body, date(2020, 9, 22))
    assert [(m.metric, str(m.period_end)) for m in ex.membership] == [("active_wage_workers", "2020-08-31")]


def test_a_misdated_reporting_period_still_dates_the_figures_that_follow():
    body = ("Klaim JHT sampai Juni 2023 mencapai Rp 50 miliar untuk 4.000 kasus. "
            "Klaim JKK tercatat 300 kasus senilai Rp 6 miliar.")
    ex = _extract(body, date(2023, 5, 9))
    assert [str(c.period_end) for c in ex.claims] == ["2023-06-30", "2023-06-30"]


def test_registered_workers_who_do_not_pay_contributions_are_not_active():
    body = ("Hingga Maret 2019 peserta aktif mencapai 126.300 pekerja dari 3.120 perusahaan. Sebanyak 8.400 "
            "pekerja sektor bukan penerima upah sudah terdaftar, namun sebagian besar belum rutin membayar iuran.")
    metrics = sorted((m.metric, m.value) for m in _extract(body, date(2019, 4, 17)).membership)
    assert metrics == [("active_companies", 3120.0), ("active_workers", 126300.0)]


def test_a_figure_after_a_comparison_word_dated_earlier_is_the_prior_one():
    body = ("Sepanjang 2014 BPJS Ketenagakerjaan membayarkan JHT kepada 162.480 peserta dengan nilai Rp1,9 triliun. "
            "Jumlah itu lebih besar dibanding pembayaran JHT pada 2013 yang sebesar Rp1,62 triliun.")
    rows = sorted((c.amount_idr, c.is_prior_period, str(c.period_end)) for c in _extract(body, date(2015, 1, 12)).claims)
    assert rows == [(1.62e12, True, "2013-12-31"), (1.9e12, False, "2014-12-31")]


def _headline_findings(title: str, body: str, published: date = date(2022, 11, 17)):
    raw = _article(body, published, title)
    return headline_conflicts(raw, extract_article(raw))


BODY = ("BPJS Ketenagakerjaan Cabang Pontianak membayarkan klaim JHT sebesar Rp 58,2 miliar kepada 4.917 peserta "
        "sepanjang Januari hingga Oktober 2022.")


def test_a_headline_amount_the_body_contradicts_is_a_conflict():
    found = _headline_findings("Klaim JHT BPJS Ketenagakerjaan Pontianak Tembus Rp 85 Miliar", BODY)
    assert [f.check_name for f in found] == ["conflicting_figures"]
    assert found[0].severity == "error" and "Rp 85 Miliar" in found[0].message


def test_headline_rounding_truncation_and_bounds_are_no_conflict():
    for title in ("Klaim JHT di Pontianak Rp 58 Miliar", "Klaim JHT di Pontianak Capai Rp 58,2 Miliar",
                  "Klaim JHT di Pontianak Tembus Rp 50 Miliar", "Klaim JHT di Pontianak Hampir Rp 60 Miliar",
                  "Klaim JHT di Pontianak Sekitar Rp 60 Miliar", "Klaim JHT di Pontianak Rp58,21 miliar"):
        assert _headline_findings(title, BODY) == [], title


def test_headlines_that_are_unsure_give_no_finding():
    for title in ("Klaim JHT Melonjak, BPJS Ketenagakerjaan Bayar Rp 85 Miliar",  # amount in a clause without JHT
                  "Dana Kelolaan JHT Pontianak Tembus Rp 85 Miliar",  # a fund, not claims
                  "Klaim JHT dan JKK Pontianak Rp 85 Miliar",  # two programs
                  "Klaim JKM di Pontianak Rp 85 Miliar",  # no JKM figure in the body
                  "Klaim JHT Pontianak 2021 Rp 85 Miliar"):  # another period
        assert _headline_findings(title, BODY) == [], title


def test_a_headline_may_add_up_two_offices():
    body = ("BPJS Ketenagakerjaan Cabang Semarang Pemuda membayar JHT Rp 61,5 miliar untuk 5.100 kasus sepanjang "
            "2022. Adapun Cabang Semarang Majapahit membayar JHT Rp 44,6 miliar untuk 3.900 kasus sepanjang 2022.")
    assert _headline_findings("Dua Kantor Cabang di Semarang Bayar JHT Rp 106 Miliar", body, date(2023, 1, 20)) == []


# --- rules from the sixth held-out set ------------------------------------------------------

def test_a_space_aligned_table_of_branch_offices_gives_one_figure_per_office():
    body = ("Kantor Wilayah BPJS Ketenagakerjaan Sumbagut merilis pembayaran JHT sepanjang tahun 2021.\n\n"
            "Kantor Cabang          Kasus JHT    Nominal JHT\n"
            "Medan Kota                 9.412    Rp 118,6 miliar\n"
            "Binjai                     4.633    Rp 63,5 miliar\n"
            "Jumlah                    14.045    Rp 182,1 miliar\n")
    rows = [(c.program, c.cases, c.amount_idr, c.office) for c in _extract(body, date(2022, 2, 8)).claims]
    assert rows == [("JHT", 9412, 118.6e9, "Cabang Medan Kota"), ("JHT", 4633, 63.5e9, "Cabang Binjai"),
                    ("JHT", 14045, 182.1e9, "Kanwil Sumbagut")]


def test_a_risk_named_after_untuk_is_its_program():
    body = "Sepanjang 2023 untuk kecelakaan kerja ada 412 kasus dengan biaya perawatan Rp 5,86 miliar."
    assert [(c.program, c.cases) for c in _extract(body, date(2024, 1, 5)).claims] == [("JKK", 412)]


def test_a_correction_note_retracts_its_figure():
    body = ("Ralat: Pada versi sebelumnya berita ini tertulis klaim JHT senilai Rp 84,6 miliar. Yang benar adalah "
            "Rp 48,6 miliar.\n\nBPJS Ketenagakerjaan Cabang Tasikmalaya mencatat pembayaran JHT sejak Januari "
            "hingga September 2021 mencapai Rp 48,6 miliar dengan jumlah kasus 4.120.")
    rows = [(c.program, c.cases, c.amount_idr) for c in _extract(body, date(2021, 10, 6)).claims]
    assert rows == [("JHT", 4120, 48.6e9)]


def test_last_year_in_a_next_year_article_is_the_current_period():
    body = ("Klaim JHT sepanjang 2023 naik 18 persen yoy menjadi Rp 312,4 miliar dari Rp 278,9 miliar pada 2022. "
            "Jumlah kasus JHT yang dibayarkan tahun lalu sebanyak 21.870 kasus.")
    rows = sorted((c.cases or 0, c.amount_idr, c.is_prior_period) for c in _extract(body, date(2024, 2, 20)).claims)
    assert rows == [(0, 278.9e9, True), (21870, 312.4e9, False)]


def test_a_director_with_a_portfolio_is_a_person_not_an_office():
    body = ("BPJS Ketenagakerjaan membayar JKP kepada 10.572 peserta senilai Rp59,3 miliar sepanjang 2022, kata "
            "Direktur Pelayanan BPJS Ketenagakerjaan Roswita Nilakurnia.")
    assert {c.office for c in _extract(body, date(2023, 1, 12)).claims} == {"Nasional"}


def test_a_province_singled_out_does_not_date_the_next_sentences_office():
    body = ("BPJS Ketenagakerjaan membayar JKP kepada 10.572 peserta senilai Rp59,3 miliar sepanjang 2022. "
            "Di Jawa Barat saja, manfaat JKP diterima 2.100 kasus dengan nilai Rp11,4 miliar. "
            "Sementara itu, klaim JP sepanjang 2022 dibayarkan Rp1,2 triliun untuk 152.600 kasus.")
    offices = [(c.program, c.office) for c in _extract(body, date(2023, 1, 12)).claims]
    assert offices == [("JKP", "Nasional"), ("JKP", "Provinsi Jawa Barat"), ("JP", "Nasional")]


def test_companies_the_workers_come_from_are_not_the_compared_side_of_a_change():
    body = ("Jumlah pekerja aktif per Desember 2023 tumbuh 6,4 persen yoy menjadi 164.200 pekerja, berasal dari "
            "4.870 perusahaan aktif.")
    metrics = sorted((m.metric, m.value) for m in _extract(body, date(2024, 2, 20)).membership)
    assert metrics == [("active_companies", 4870.0), ("active_workers", 164200.0)]


def test_workers_with_a_possessive_are_workers():
    body = "Hingga Februari 2020 terdapat 1.104 perusahaan aktif yang mendaftarkan 38.900 pekerjanya."
    metrics = sorted((m.metric, m.value) for m in _extract(body, date(2020, 3, 3)).membership)
    assert ("active_companies", 38900.0) not in metrics and ("active_companies", 1104.0) in metrics


def test_a_closing_line_with_a_weekday_is_the_publication_date():
    body = ("Muara Bungo (3/3) - BPJS Ketenagakerjaan membayar klaim JHT Rp 19,8 miliar untuk 1.986 kasus, "
            "kata Agus, Senin (2/3).\n\nJambi Independent, Selasa 3 Maret 2020")
    assert _extract(body).published_date == date(2020, 3, 3)


def test_a_count_with_lebih_before_its_noun_is_an_approximate_case_count():
    body = "Klaim JHT sepanjang 2024 senilai Rp 1,2 triliun dibayarkan kepada 98 ribu lebih peserta."
    claims = _extract(body, date(2025, 1, 20)).claims
    assert [(c.program, c.cases) for c in claims] == [("JHT", 98000)]
    assert claims[0].cases_tolerance >= 0.05 * 98000  # at least 98 ribu: widened like "lebih dari"


def test_a_change_in_brackets_ends_with_them():
    body = "Klaim JHT sepanjang 2024 mencapai Rp 5,4 triliun (naik 9,8% YoY) untuk 410.200 kasus."
    rows = [(c.cases, c.amount_idr, c.is_prior_period) for c in _extract(body, date(2025, 1, 20)).claims]
    assert rows == [(410200, 5.4e12, False)]


def test_a_dengan_clause_after_the_compared_side_is_the_current_figures():
    body = ("Jumlah kasus JHT sepanjang 2024 sebanyak 410.200 kasus atau naik 8 persen yoy dibanding 2023 sebanyak "
            "379.800 kasus, dengan nilai Rp 5,4 triliun.")
    rows = sorted((c.cases, c.amount_idr or 0, c.is_prior_period) for c in _extract(body, date(2025, 1, 20)).claims)
    assert rows == [(379800, 0, True), (410200, 5.4e12, False)]


def test_a_headline_naming_no_program_may_restate_one_programs_amount():
    body = ("BPJS Ketenagakerjaan menyalurkan manfaat JKP sebesar Rp182,13 miliar kepada 24.450 peserta sepanjang "
            "Januari hingga Mei 2024. Sebagai informasi, total peserta klaim sampai Juni 2024 mencapai 1,6 juta "
            "orang, dengan nominal manfaat yang telah dibayarkan sebanyak Rp25,43 triliun.")
    assert _headline_findings("Banyak PHK, BPJS Ketenagakerjaan Salurkan Klaim Rp182 Miliar", body,
                              date(2024, 7, 10)) == []
    # the total itself, contradicted, still is a conflict
    assert [f.check_name for f in _headline_findings("BPJS Ketenagakerjaan Salurkan Klaim Rp30 Triliun", body,
                                                     date(2024, 7, 10))] == ["conflicting_figures"]


def test_a_total_of_claimants_after_one_programs_figures_is_all_programs():
    body = ("BPJS Ketenagakerjaan menyalurkan manfaat JKP sebesar Rp182,13 miliar kepada 24.450 peserta sepanjang "
            "Januari hingga Mei 2024. Sebagai informasi, total peserta klaim sampai Juni 2024 mencapai 1,6 juta "
            "orang, dengan nominal manfaat yang telah dibayarkan sebanyak Rp25,43 triliun.")
    claims = _extract(body, date(2024, 7, 10)).claims
    assert sorted((c.program, c.cases, c.amount_idr) for c in claims) == [
        ("JKP", 24450, 182.13e9), ("TOTAL", 1_600_000, 25.43e12)]
