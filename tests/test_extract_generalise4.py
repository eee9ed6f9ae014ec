"""Round-4 generalisation rules (heldout3 failures), each on small sentences of our own."""
from datetime import date

from pantau.extract import extract_article
from pantau.extract.context import _guarded
from pantau.extract.periods import find_periods
from pantau.model import RawArticle


def _extract(body: str, title: str = ""):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body))


def _claims(body: str):
    return sorted(((c.program, c.cases, c.amount_idr, c.is_prior_period, str(c.period_end), c.office)
                   for c in _extract(body).claims), key=str)


def _sorted(rows):
    return sorted(rows, key=str)


def test_misspelt_month_has_a_month_number():
    assert [(p.start, p.end) for p in find_periods("hingga Febuari 2022", 0, None, None)] == [(None, date(2022, 2, 28))]
    assert find_periods("sampai Napember 2021", 0, None, None)[0].end == date(2021, 11, 30)


def test_a_reader_bug_costs_one_sentence_only_and_is_counted():
    def broken(*_):
        raise KeyError("bug")
    errors: list[str] = []
    assert _guarded(errors, broken, "teks", 0) == []
    assert errors == ["context.broken"]


def test_long_and_short_kanwil_names_are_one_office():
    from pantau.extract.offices import find_offices
    long = find_offices("BPJS Ketenagakerjaan Kantor Wilayah Sumatera Bagian Tengah (Sumbagteng) membayar klaim")
    short = find_offices("Deputi Direktur Wilayah Sumbagteng, Ani, menyebut")
    assert [o.office for o in long] == [o.office for o in short] == ["Kanwil Sumbagteng"]
    # An unknown region keeps the short name in brackets, not only the first word of the long one.
    assert find_offices("Kantor Wilayah Sumatera Bagian Barat Laut (Sumbagbalaut) mencatat")[0].office \
        == "Kanwil Sumbagbalaut"


def test_branch_type_is_not_its_name():
    from pantau.extract.offices import find_offices
    assert find_offices("BPJS Ketenagakerjaan Kantor Cabang Pembantu (KCP) Tondano mencatat")[0].office == "Cabang Tondano"
    assert find_offices("Kantor Cabang Perintis Sintang membayar")[0].office == "Cabang Sintang"


def test_national_figure_quoted_in_a_regional_article_is_national():
    body = ("SURABAYA - BPJS Ketenagakerjaan Kanwil Jawa Timur membayar klaim JHT sepanjang 2020 sebesar "
            "Rp 4,1 triliun untuk 310.200 kasus.\n"
            "\"Secara nasional, klaim JHT mencapai Rp 33,1 triliun untuk 2,4 juta kasus,\" ujarnya.\n")
    offices = {(c.cases, c.office) for c in _extract(body).claims}
    assert offices == {(310200, "Kanwil Jawa Timur"), (2400000, "Nasional")}


def test_office_named_as_another_office_s_subordinate_is_not_the_figure_s():
    body = ("TONDANO - BPJS Ketenagakerjaan KCP Tondano membayar klaim JHT hingga Mei 2017 sebesar Rp 5 miliar "
            "untuk 400 kasus.\nSebagai pembanding, Kantor Cabang Manado yang membawahi KCP Tondano mencatat "
            "klaim JHT Rp 40 miliar untuk 3.100 kasus hingga Mei 2017.\n")
    assert {(c.cases, c.office) for c in _extract(body).claims} == {(400, "Cabang Tondano"), (3100, "Cabang Manado")}


def _ends(text, year=2019, published=date(2020, 1, 15)):
    return [(p.start, p.end) for p in find_periods(text, 0, year, published) if not p.relative]


def test_first_months_of_a_year():
    assert _ends("dalam tujuh bulan pertama 2018 klaim") == [(date(2018, 1, 1), date(2018, 7, 31))]
    assert _ends("pada 3 bulan pertama tahun 2017") == [(date(2017, 1, 1), date(2017, 3, 31))]


def test_semester_or_quarter_of_last_year():
    assert _ends("Dibandingkan semester II tahun lalu") == [(date(2019, 7, 1), date(2019, 12, 31))]
    assert _ends("dari triwulan III tahun sebelumnya", year=2017) == [(date(2016, 7, 1), date(2016, 9, 30))]


def test_until_the_end_of_last_year_and_until_now_follow_publication():
    assert _ends("hingga akhir tahun lalu", year=2020) == [(date(2019, 1, 1), date(2019, 12, 31))]
    assert _ends("Hingga saat ini tercatat") == [(None, date(2020, 1, 15))]


def test_when_a_program_started_is_no_figure_period():
    assert find_periods("JKP yang baru berjalan Februari tahun lalu, sudah membayar", 0, 2023, date(2023, 5, 2)) == []
    assert _ends("Program yang dimulai pada 2015 telah membayar klaim sepanjang 2019") \
        == [(date(2019, 1, 1), date(2019, 12, 31))]


def test_compared_figure_before_the_change_word_is_prior_and_keeps_its_year_to_itself():
    body = ("MEDAN - BPJS Ketenagakerjaan Kanwil Sumbagut membayar klaim Rp 700 miliar untuk 50.000 kasus "
            "sepanjang 2021.\nDibandingkan 2020 yang tercatat Rp 620 miliar, naik 12,9 persen.\n"
            "Klaim JHT tercatat Rp 600 miliar untuk 40.000 kasus.\n")
    assert _claims(body) == _sorted([
        ("JHT", 40000, 600e9, False, "2021-12-31", "Kanwil Sumbagut"),
        ("TOTAL", None, 620e9, True, "2020-12-31", "Kanwil Sumbagut"),
        ("TOTAL", 50000, 700e9, False, "2021-12-31", "Kanwil Sumbagut")])


def test_compared_period_in_an_opening_clause_is_the_prior_period():
    body = ("PADANG - BPJS Ketenagakerjaan Cabang Padang membayar klaim Rp 90 miliar untuk 6.000 kasus "
            "per 30 Juni 2021.\nDibandingkan semester I tahun lalu sebesar Rp 80 miliar, total klaim naik 12,5 persen.\n")
    prior = [c for c in _extract(body).claims if c.is_prior_period]
    assert [(c.program, c.amount_idr, c.period_start, c.period_end) for c in prior] \
        == [("TOTAL", 80e9, date(2020, 1, 1), date(2020, 6, 30))]


def test_comparative_with_a_percent_states_a_change():
    body = ("AMBON - BPJS Ketenagakerjaan Cabang Ambon membayar klaim JKM sepanjang triwulan I 2022 "
            "Rp 4,2 miliar untuk 100 kasus, lebih tinggi 5 persen dari triwulan I 2021 sebesar Rp 4 miliar.\n")
    assert _claims(body) == _sorted([("JKM", 100, 4.2e9, False, "2022-03-31", "Cabang Ambon"),
                                     ("JKM", None, 4e9, True, "2021-03-31", "Cabang Ambon")])
    assert [(c.percent, c.from_value, c.to_value) for c in _extract(body).changes] == [(5.0, 4e9, 4.2e9)]


def test_figures_after_menjadi_belong_to_the_new_side():
    body = ("BOGOR - BPJS Ketenagakerjaan Cabang Bogor mencatat klaim sepanjang 2021.\n"
            "Kasus JKK naik 10 persen, dari 1.000 kasus pada 2020 menjadi 1.100 kasus pada 2021, "
            "dengan nilai manfaat Rp 23 miliar.\n")
    assert _claims(body) == _sorted([("JKK", 1000, None, True, "2020-12-31", "Cabang Bogor"),
                                     ("JKK", 1100, 23e9, False, "2021-12-31", "Cabang Bogor")])


def test_sum_of_the_other_programs_is_neither_a_program_nor_the_total():
    body = ("JAKARTA - BPJS Ketenagakerjaan membayar klaim JHT Rp 10 triliun untuk 800.000 kasus sepanjang 2019.\n"
            "Di luar JHT, klaim ketiga program lainnya mencapai Rp 1,2 triliun lebih.\n")
    assert _claims(body) == [("JHT", 800000, 10e12, False, "2019-12-31", "Nasional")]


def test_a_changed_benefit_amount_under_a_regulation_is_a_rule_not_a_claim():
    body = ("KENDARI - BPJS Ketenagakerjaan Cabang Kendari membayar klaim JKM Rp 1,2 miliar untuk 50 kasus "
            "hingga Oktober 2019.\nMulai Desember 2019 santunan kematian naik menjadi Rp 42 juta sesuai "
            "Peraturan Pemerintah Nomor 82 Tahun 2019, dari sebelumnya Rp 24 juta.\n")
    assert _claims(body) == [("JKM", 50, 1.2e9, False, "2019-10-31", "Cabang Kendari")]
    # A sentence citing a regulation that does report a payment keeps its figures.
    paid = ("KENDARI - Sesuai PP 82 Tahun 2019, BPJS Ketenagakerjaan Cabang Kendari membayar santunan "
            "kematian kepada 3 ahli waris senilai Rp 126 juta pada Desember 2019.\n")
    assert [(c.program, c.cases, c.amount_idr) for c in _extract(paid).claims] == [("JKM", 3, 126e6)]


def test_count_right_after_klaim_sebanyak_is_a_case_count():
    body = ("SINTANG - BPJS Ketenagakerjaan Cabang Sintang mencatat klaim sebanyak 912 dengan total Rp 9,4 miliar "
            "selama semester I 2021.\n")
    assert _claims(body) == [("TOTAL", 912, 9.4e9, False, "2021-06-30", "Cabang Sintang")]


def test_people_right_after_an_amount_and_untuk_received_it():
    body = ("CIREBON - BPJS Ketenagakerjaan Cabang Cirebon mencatat klaim JHT sepanjang 2023 Rp 50 miliar untuk "
            "4.000 kasus.\nUntuk JKP, nilainya Rp 300-an juta untuk 60 peserta yang terkena PHK.\n")
    assert ("JKP", 60, 3e8, False, "2023-12-31", "Cabang Cirebon") in _claims(body)


def test_a_month_and_year_opening_a_clause_is_that_month():
    assert _ends("Padahal September 2019 cuma 188 ribu kasus", year=2020) == [(date(2019, 9, 1), date(2019, 9, 30))]
    assert _ends("\"September 2019 hanya 188 ribu kasus", year=2020) == [(date(2019, 9, 1), date(2019, 9, 30))]
    assert _ends("Oktober 2019 Klaim Naik", year=2020) == []  # a title-case line, not a clause


def test_a_period_right_after_the_change_word_is_the_new_value_s():
    from pantau.extract.context import build_contexts
    from pantau.extract.numbers import find_numbers
    from pantau.extract.text import split_sentences

    body = ("Pada Januari 2020, total peserta tercatat 33,2 juta. Jumlah peserta menurun pada Juni 2020, saat "
            "pandemi melanda, menjadi 28,7 juta. Semua segmen turun, yakni 19,17 juta PU.")
    contexts = build_contexts(split_sentences(body, 0, len(body)), find_numbers(body), "Nasional", 2020,
                              date(2020, 8, 10))
    assert [c.period for c in contexts][1:] == [(date(2020, 6, 1), date(2020, 6, 30))] * 2


def test_thousands_separators_with_stray_spaces_are_closed():
    from pantau.extract.text import join_spaced_thousands
    assert join_spaced_thousands("nominal Rp 124, 904,773 dan") == "nominal Rp  124,904,773 dan"
    assert join_spaced_thousands("Rp 5, 6 miliar") == "Rp  5,6 miliar"  # a decimal comma, as before
    # the cents after the other separator stay the figure's ("Rp10.577. 804.575,89")
    assert join_spaced_thousands("santunan Rp10.577. 804.575,89.") == "santunan Rp 10.577.804.575,89."


def test_a_table_aligned_with_spaces_keeps_its_lines_and_reads_by_column_position():
    from pantau.sources import unwrap_lines

    text = ("Sebaran peserta aktif BPJS Ketenagakerjaan per provinsi pada akhir Desember 2023:\n\n"
            "No. Provinsi                 Kepesertaan Aktif   Kepesertaan Non Aktif\n"
            "1   Aceh                          583.638             117.947\n"
            "2   Sumatera Utara              2.057.246             848.982\n")
    assert unwrap_lines(text) == text  # not joined as a hard-wrapped paragraph
    members = {(m.metric, m.value, m.office) for m in _extract(text).membership}
    assert members == {("active_workers", 583638, "Provinsi Aceh"), ("active_workers", 2057246, "Provinsi Sumatera Utara")}


def test_an_outlets_name_before_a_press_dateline():
    from pantau.extract.dates import dateline

    body = "KBN News – Jakarta, 30 Januari 2024 – Olahan data BPJS Ketenagakerjaan memperlihatkan kenaikan."
    assert dateline(body, len(body))[:2] == ("Jakarta", date(2024, 1, 30))
