"""Rules that make extraction generalise beyond the annotated articles: each test is a
short text in our own words for one rule of grammar, press convention or domain."""
from datetime import date

from pantau.extract import extract_article
from pantau.extract.dates import dateline, publication_date
from pantau.model import RawArticle


def extract(body: str, title: str = "Judul", hint=None):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body, published_hint=hint))


def claims_of(ex):
    return sorted(((c.program, c.cases, c.amount_idr, c.is_prior_period) for c in ex.claims),
                  key=lambda t: (t[0], t[1] or -1, t[2] or -1, t[3]))


# Press-release dateline: "Kota, 26 Januari 2023 – ..." in title case.

def test_press_release_dateline_in_title_case_gives_the_publication_date():
    body = ("SIARAN PERS\n\nBandung, 3 Maret 2021 – BPJS Ketenagakerjaan membayar klaim Rp 2 miliar. "
            "Pembayaran dilakukan Senin (1/3/2021).")
    assert dateline(body, len(body)) == ("Bandung", date(2021, 3, 3), body.index("Bandung"))
    assert publication_date(body, len(body), None, 2021) == date(2021, 3, 3)


def test_press_dateline_may_carry_a_weekday():
    body = "Kota Baru, Senin, 3 Maret 2014 - Klaim dibayar hari ini."
    assert dateline(body, len(body))[1] == date(2014, 3, 3)


def test_press_dateline_with_a_numeric_date():
    body = "Medan, Senin (3/2/2020) - BPJS Ketenagakerjaan membayar klaim Rp 2 miliar."
    assert dateline(body, len(body))[:2] == ("Medan", date(2020, 2, 3))


def test_byline_date_line_beats_a_date_inside_a_quote():
    # A news page's byline ("Kamis, 20 Jun 2024 14:12 WIB", short month name) is the
    # publisher's date; the quote's "Rabu (19/6/2024)" is when it was said.
    body = ("Budi - detikJateng\nKamis, 20 Jun 2024 14:12 WIB\n\nSemarang - Klaim JHT naik, "
            "kata Hendra, Rabu (19/6/2024).")
    assert publication_date(body, len(body), None, 2024) == date(2024, 6, 20)
    body = "Penulis: Ria | Rabu, 22 Januari 2025 - 13:05 WIB\nMEDAN - Klaim dibayar, kata dia, Selasa (21/1/2025)."
    assert publication_date(body, len(body), None, 2025) == date(2025, 1, 22)


def test_a_short_line_ending_in_a_date_is_not_a_byline():
    body = "Pencairan dimulai 3 Mei 2020\nKlaim JHT dibayar, kata dia, Senin (4/5/2020)."
    assert publication_date(body, len(body), None, 2020) == date(2020, 5, 4)


def test_a_sentence_opening_with_a_name_and_a_date_is_not_a_dateline():
    body = "Rudi, 3 Maret 2014 ia datang ke kantor cabang."
    assert dateline(body, len(body)) == (None, None, None)


# A breakdown never mixes units: companies are not a part of a worker count.

def test_breakdown_parts_share_the_unit_of_their_total():
    ex = extract("Hingga akhir Desember 2022 jumlah peserta aktif mencapai 10 juta pekerja, terdiri atas "
                 "7 juta pekerja penerima upah dan 3 juta pekerja bukan penerima upah, yang berasal dari "
                 "200.000 perusahaan aktif.")
    (split,) = [b for b in ex.breakdowns if b.total == 10e6 and b.exhaustive]
    assert [p[1] for p in split.parts] == [7e6, 3e6]


# A people count is a case count only in a sentence about paying benefits, and only when
# its own clause does not make it a status, subsidy, loan or target count.

def test_paying_contributions_is_not_paying_benefits():
    ex = extract("Sepanjang 2022 BPJS Ketenagakerjaan Cabang Pontianak membayar klaim JHT Rp 5 miliar untuk 400 kasus. "
                 "Adapun 1.200 peserta berstatus nonaktif karena perusahaan tidak lagi membayar iuran.")
    assert claims_of(ex) == [("JHT", 400, 5e9, False)]


def test_nonaktif_people_in_a_payment_sentence_are_not_claimants():
    ex = extract("Klaim JHT dibayarkan Rp 2 miliar, sedangkan 300 peserta nonaktif belum bisa mencairkan.")
    assert claims_of(ex) == [("JHT", None, 2e9, False)]


def test_wage_subsidy_candidates_are_not_claimants():
    ex = extract("Klaim JKK tercatat 12 kasus senilai Rp 300 juta. Data 5.000 pekerja calon penerima Bantuan "
                 "Subsidi Upah (BSU) Rp 600 ribu sudah diserahkan ke kementerian.")
    assert claims_of(ex) == [("JKK", 12, 300e6, False)]


def test_housing_loan_financing_is_not_a_claim():
    ex = extract("Klaim JKM dibayarkan untuk 40 kasus senilai Rp 1,7 miliar. Manfaat layanan tambahan berupa KPR "
                 "sudah dinikmati 900 peserta dengan nilai pembiayaan Rp 120 miliar.")
    assert claims_of(ex) == [("JKM", 40, 1.7e9, False)]


def test_a_sentence_without_a_subject_continues_the_program_just_named():
    # "sudah kami bayarkan" (object-focus passive) has no subject of its own: the previous
    # sentence's program is what was paid.
    ex = extract("Sejak Januari 2024 klaim JHT dibayar Rp 3 miliar untuk 200 kasus. "
                 "Namun manfaat Jaminan Kehilangan Pekerjaan (JKP) justru naik. "
                 "Hingga Mei 2024 sudah kami bayarkan kepada 150 peserta dengan nilai Rp 2,1 miliar.")
    assert ("JKP", 150, 2.1e9, False) in claims_of(ex)
    assert not any(c.program == "TOTAL" for c in ex.claims)


def test_a_payment_sentence_naming_claims_without_a_program_stays_a_total():
    ex = extract("Namun manfaat Jaminan Kehilangan Pekerjaan (JKP) justru naik. "
                 "Secara keseluruhan BPJS Ketenagakerjaan membayarkan klaim Rp 9 miliar kepada 800 peserta.")
    assert claims_of(ex) == [("TOTAL", 800, 9e9, False)]


# Only an anaphor that points at a figure carries the previous program over.

def test_an_anaphor_pointing_at_the_office_does_not_carry_the_program():
    ex = extract("Selama Maret 2020 klaim JKM sebanyak 5 kasus senilai Rp 210 juta. "
                 "Sebagai gambaran, sepanjang 2019 kantor cabang itu membayar klaim Rp 300 miliar.")
    assert ("TOTAL", None, 300e9, False) in claims_of(ex)


def test_an_anaphor_pointing_at_the_figure_carries_the_program():
    ex = extract("Klaim JHT sepanjang 2019 dibayarkan untuk 900 kasus. Nilai klaim tersebut mencapai Rp 12 miliar.")
    assert claims_of(ex) == [("JHT", 900, 12e9, False)]


# A figure "di X dan Y" covers several provinces: it stays with the regional office.

def test_a_figure_over_two_provinces_is_not_about_one_province():
    from pantau.extract.offices import province_in
    assert province_in("dibayarkan untuk 500 kasus di Sumatera Utara dan Aceh", "Kanwil Sumbagut") is None
    assert province_in("dibayarkan untuk 500 kasus di Sumatera Utara", "Kanwil Sumbagut") == "Provinsi Sumatera Utara"


def test_total_amount_and_its_case_count_over_two_provinces_join_into_one_claim():
    ex = extract("BPJS Ketenagakerjaan Kantor Wilayah Sumbagut menyalurkan manfaat sebesar Rp 1,5 triliun "
                 "sepanjang 2023. Dana tersebut dibayarkan untuk 90.000 kasus di Sumatera Utara dan Aceh.")
    assert claims_of(ex) == [("TOTAL", 90000, 1.5e12, False)]
    assert ex.claims[0].office == "Kanwil Sumbagut"


def test_an_office_name_never_runs_across_a_sentence_end():
    from pantau.extract.offices import find_offices
    assert find_offices("Pekerja menerima manfaat dari BPJS Ketenagakerjaan. Total manfaat mencapai Rp 6 miliar.") == []
    assert [o.office for o in find_offices("Klaim dibayar BPJS Ketenagakerjaan Cabang Makassar. Total naik.")] \
        == ["Cabang Makassar"]


# Claimants as the subject of receiving a program's benefit; a following "total" amount
# completes that figure.

def test_claimants_receiving_a_program_benefit_belong_to_that_program():
    ex = extract("Sebanyak 420 pekerja yang terkena PHK di Kota Bekasi telah menerima manfaat Jaminan "
                 "Kehilangan Pekerjaan (JKP) dari BPJS Ketenagakerjaan. Total manfaat yang disalurkan sejak "
                 "Februari hingga Juni 2022 mencapai Rp 1,2 miliar.")
    assert claims_of(ex) == [("JKP", 420, 1.2e9, False)]
    assert ex.claims[0].period_end == date(2022, 6, 30)


def test_a_total_after_a_complete_program_figure_stays_a_total():
    ex = extract("Klaim JHT dibayarkan kepada 500 peserta senilai Rp 4 miliar. "
                 "Total klaim yang dibayarkan seluruh program mencapai Rp 6 miliar.")
    assert claims_of(ex) == [("JHT", 500, 4e9, False), ("TOTAL", None, 6e9, False)]


# "Not a payment" cues reach over their whole clause, not past a comma or clause boundary.

def test_a_subsidy_named_at_the_start_of_a_long_clause_negates_its_amount():
    ex = extract("Jumlah penerima BSU di Provinsi Jawa Barat sebanyak 12.400 penerima dengan total dana Rp 7,4 miliar "
                 "yang disalurkan pada 2020.")
    assert ex.claims == []


def test_a_negative_cue_before_a_comma_does_not_reach_the_payment():
    ex = extract("Selain mengelola dana investasi, BPJS Ketenagakerjaan Cabang Kudus sepanjang 2022 membayarkan "
                 "Rp 40 miliar untuk 3.000 kasus.")
    assert claims_of(ex) == [("TOTAL", 3000, 40e9, False)]


def test_santunan_kematian_is_the_death_benefit_unless_from_a_work_accident():
    ex = extract("Cabang Kediri telah membayarkan santunan kematian kepada 12 ahli waris dengan total Rp 504 juta "
                 "sepanjang 2021.")
    assert claims_of(ex) == [("JKM", 12, 504e6, False)]
    from pantau.extract.claim_rules import named_programs
    # a death from a work accident is paid by the accident program (JKK), not JKM
    assert named_programs("santunan kematian akibat kecelakaan kerja Rp 150 juta") == {"JKK"}
