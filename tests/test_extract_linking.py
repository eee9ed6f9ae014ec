"""Linking figures to programs, comparisons, restatements, membership, breakdowns —
through the public entry point on short texts."""
from datetime import date

from pantau.extract import extract_article
from pantau.model import RawArticle


def extract(body: str, title: str = "Judul", hint=None):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body, published_hint=hint))


def claims_of(ex):
    return sorted(((c.program, c.cases, c.amount_idr, c.is_prior_period) for c in ex.claims),
                  key=lambda t: (t[0], t[1] or -1, t[2] or -1, t[3]))


def test_program_list_then_case_list_are_joined_by_program():
    ex = extract("Kantor Wilayah Jawa Barat membayar klaim sepanjang 2022. Rinciannya, JHT Rp 58,2 miliar, "
                 "JKK Rp 11,4 miliar dan JKM Rp 3 miliar. Dari sisi kasus, JHT 4.210 kasus, JKK 903 kasus, "
                 "serta JKM 120 kasus.")
    assert claims_of(ex) == [("JHT", 4210, 58.2e9, False), ("JKK", 903, 11.4e9, False), ("JKM", 120, 3e9, False)]
    assert {c.period_end for c in ex.claims} == {date(2022, 12, 31)}


def test_amount_and_cases_in_one_clause_and_old_abbreviation():
    ex = extract("BPJS Ketenagakerjaan membayarkan klaim Jaminan Kematian (JK) sebesar Rp Rp 31,45 miliar untuk "
                 "812 kasus sepanjang Januari hingga September 2022.")
    (claim,) = ex.claims
    assert (claim.program, claim.cases, claim.amount_idr) == ("JKM", 812, 31.45e9)
    assert (claim.period_start, claim.period_end) == (date(2022, 1, 1), date(2022, 9, 30))
    assert claim.amount_tolerance == 0.005e9


def test_total_without_program_and_change_with_prior_period():
    ex = extract("BP Jamsostek membayarkan manfaat sepanjang 2020 sebesar Rp36,4 triliun untuk 2,68 juta kasus, "
                 "naik 23 persen dibandingkan tahun sebelumnya yang sebesar Rp29,6 triliun.")
    assert claims_of(ex) == [("TOTAL", None, 29.6e12, True), ("TOTAL", 2680000, 36.4e12, False)]
    prior = next(c for c in ex.claims if c.is_prior_period)
    assert (prior.period_start, prior.period_end) == (date(2019, 1, 1), date(2019, 12, 31))
    (change,) = ex.changes
    assert (change.percent, change.from_value, change.to_value) == (23.0, 29.6e12, 36.4e12)


def test_change_in_following_sentence_refers_back_and_falls():
    ex = extract("Klaim JHT sepanjang 2021 mencapai Rp 5,0 triliun. Angka tersebut turun 5% dari Rp 5,3 triliun "
                 "pada 2020.")
    assert ("JHT", None, 5.3e12, True) in claims_of(ex)
    (change,) = ex.changes
    assert change.percent == -5.0 and change.to_value == 5.0e12


def test_change_with_menjadi_and_dari():
    ex = extract("Sepanjang 2022 klaim JKK naik 12% menjadi Rp5,6 triliun dari Rp5,0 triliun.")
    assert claims_of(ex) == [("JKK", None, 5.0e12, True), ("JKK", None, 5.6e12, False)]
    (change,) = ex.changes
    assert (change.from_value, change.to_value) == (5.0e12, 5.6e12)


def test_restatement_is_merged_not_repeated():
    ex = extract("Hingga Juni 2019 klaim JHT sebanyak 21.402 kasus senilai Rp 281,3 miliar. Klaim JHT senilai "
                 "Rp 281 miliar itu didominasi pekerja yang terkena PHK.")
    assert claims_of(ex) == [("JHT", 21402, 281.3e9, False)]


def test_not_claims():
    ex = extract("Dana kelolaan wilayah per September 2022 tercatat Rp 9,6 T, dengan hasil investasi Rp 610 miliar. "
                 "Ahli waris peserta yang meninggal dunia berhak atas santunan Rp42 juta. Kami menargetkan klaim "
                 "JKP dibayarkan kepada 5.000 peserta. Piutang iuran JHT mencapai Rp 12 miliar.")
    assert ex.claims == []


def test_single_heir_payout_is_skipped_and_its_parts_are_a_breakdown():
    ex = extract("Kanwil menyerahkan santunan kepada ahli waris almarhum Budi. Santunan senilai total "
                 "Rp 170.000.000 itu terdiri dari santunan kematian Rp 150.000.000, biaya pemakaman "
                 "Rp 10.000.000, dan santunan berkala Rp 10.000.000.")
    assert ex.claims == []
    (breakdown,) = ex.breakdowns
    assert breakdown.total == 170e6 and [p[1] for p in breakdown.parts] == [150e6, 10e6, 10e6]
    assert breakdown.exhaustive


def test_parts_of_a_program_amount_are_a_breakdown_not_claims():
    ex = extract("Cabang Medan membayarkan klaim JKP sebesar Rp 9,8 miliar kepada 3.412 peserta sejak Januari "
                 "hingga April 2023. Manfaat uang tunai JKP mencapai Rp 8.712.450.000, sedangkan sisanya sebesar "
                 "Rp 510.000.000 disalurkan dalam bentuk pelatihan kerja.")
    assert claims_of(ex) == [("JKP", 3412, 9.8e9, False)]
    (breakdown,) = ex.breakdowns
    assert breakdown.total == 9.8e9 and [p[1] for p in breakdown.parts] == [8712450000.0, 510e6]


def test_selain_inherits_period_and_office():
    ex = extract("BPJS Ketenagakerjaan Cabang Medan Kota membayarkan klaim JKP sebesar Rp 9,8 miliar kepada "
                 "3.412 peserta sejak Januari hingga akhir April 2023. Selain JKP, Cabang Medan Kota juga membayar "
                 "klaim JHT sebanyak 5.120 kasus dengan total Rp 61,4 miliar, serta JKK sebanyak 744 kasus.")
    assert claims_of(ex) == [("JHT", 5120, 61.4e9, False), ("JKK", 744, None, False), ("JKP", 3412, 9.8e9, False)]
    assert {(c.period_end, c.office) for c in ex.claims} == {(date(2023, 4, 30), "Cabang Medan Kota")}


def test_total_against_program_parts():
    ex = extract("Kantor Cabang Sidoarjo membayar klaim sebesar Rp 50 miliar kepada 3.000 kasus pada 2019. "
                 "Untuk JHT dibayarkan 2.500 kasus sebesar Rp 45 miliar, sedangkan JKK 400 kasus senilai Rp 7 miliar.")
    amounts = next(b for b in ex.breakdowns if b.unit == "rupiah")
    assert amounts.total == 50e9 and sorted(p[1] for p in amounts.parts) == [7e9, 45e9]
    assert not amounts.exhaustive


def test_membership_segments_new_and_exclusions():
    ex = extract("Peserta aktif di Banten hingga September 2022 sebanyak 2,4 juta pekerja dari 41.870 perusahaan, "
                 "sementara 1,1 juta peserta lainnya berstatus nonaktif. Peserta aktif program JP tercatat 1,35 juta "
                 "orang. Penambahan tenaga kerja penerima upah sebanyak 337.000, sektor bukan penerima upah 153.000, "
                 "dan sektor jasa konstruksi 12,5 ribu. Masih ada 2,1 juta pekerja yang belum terlindungi. "
                 "Kami menargetkan 300 ribu peserta baru.")
    got = sorted((m.metric, m.value) for m in ex.membership)
    assert got == [("active_companies", 41870), ("active_workers", 2.4e6), ("new_construction_workers", 12500),
                   ("new_non_wage_workers", 153000), ("new_wage_workers", 337000)]


def test_active_total_with_segments_is_a_breakdown():
    ex = extract("Jumlah peserta aktif hingga Desember 2020 mencapai 29,98 juta pekerja, terdiri atas 20,6 juta "
                 "pekerja penerima upah, 2,5 juta bukan penerima upah, dan 6,9 juta pekerja jasa konstruksi. "
                 "Peserta dari kalangan pekerja migran tercatat 246 ribu orang.")
    assert sorted((m.metric, m.value) for m in ex.membership) == [
        ("active_construction_workers", 6.9e6), ("active_non_wage_workers", 2.5e6), ("active_wage_workers", 20.6e6),
        ("active_workers", 29.98e6), ("migrant_workers", 246000)]
    (breakdown,) = ex.breakdowns
    assert breakdown.total == 29.98e6 and breakdown.exhaustive and len(breakdown.parts) == 3


def test_count_split_breakdown():
    ex = extract("Data pendampingan RTW 65 peserta, dimana 48 telah kembali bekerja, 17 dalam perawatan.")
    (breakdown,) = ex.breakdowns
    assert breakdown.total == 65 and [p[1] for p in breakdown.parts] == [48, 17]


def test_page_chrome_is_ignored():
    ex = extract("Kanwil Banten membayar klaim JHT Rp 1 triliun untuk 50.000 kasus pada 2021.\n"
                 "Baca Juga: Klaim JKK Rp 5 miliar untuk 300 kasus di Serang\n"
                 "Berita Terkait\nKlaim JP Rp 3 miliar untuk 200 kasus")
    assert claims_of(ex) == [("JHT", 50000, 1e12, False)]


def test_weekday_and_publication_date():
    ex = extract("BALIKPAPAN – Kanwil Kalimantan mencatat klaim, ujarnya, Selasa (15/9/2021).")
    assert ex.published_date == date(2021, 9, 15)
    assert ex.dateline_city == "Balikpapan"
    assert [(w.weekday, w.stated_date) for w in ex.weekdays] == [("selasa", date(2021, 9, 15))]


def test_spans_point_at_the_figures():
    body = "Klaim JHT sepanjang 2021 sebanyak 1.245 kasus dengan nominal Rp 38,6 miliar."
    (claim,) = extract(body).claims
    assert body[claim.cases_span[0]:claim.cases_span[1]] == "1.245"
    assert body[claim.amount_span[0]:claim.amount_span[1]].startswith("Rp 38,6")


def test_never_raises_on_odd_input():
    for body in ["", "   ", "Rp", "Rp 1,2,3 miliar klaim JHT", "((((", "JHT JKK JP 2020 2021 (1/1) –", "\x00" * 5]:
        ex = extract(body)
        assert ex.office


def test_previous_year_sentence_gives_prior_figures():
    ex = extract("Sepanjang 2022 klaim JHT mencapai Rp 5,6 triliun untuk 300.000 kasus. Pada tahun sebelumnya, "
                 "klaim JHT tercatat Rp 5,0 triliun untuk 280.000 kasus.")
    prior = [c for c in ex.claims if c.is_prior_period]
    assert [(c.program, c.cases, c.amount_idr, c.period_end) for c in prior] == [
        ("JHT", 280000, 5.0e12, date(2021, 12, 31))]
