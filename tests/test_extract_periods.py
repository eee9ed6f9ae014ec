"""Period expressions → (period_start, period_end)."""
from datetime import date

import pytest

from pantau.extract.periods import find_periods, previous_year_of

CASES = [
    ("sampai akhir Agustus 2017", None, date(2017, 8, 31)),
    ("hingga Maret 2021", None, date(2021, 3, 31)),
    ("sampai dengan Oktober 2022", None, date(2022, 10, 31)),
    ("per September 2022", None, date(2022, 9, 30)),
    ("hingga 30 September 2022", None, date(2022, 9, 30)),
    ("Januari hingga Juli 2023", date(2023, 1, 1), date(2023, 7, 31)),
    ("Januari-Juli 2023", date(2023, 1, 1), date(2023, 7, 31)),
    ("sejak Januari hingga akhir April 2023", date(2023, 1, 1), date(2023, 4, 30)),
    ("sejak Maret 2021 hingga Juni 2023", date(2021, 3, 1), date(2023, 6, 30)),
    ("sepanjang 2019", date(2019, 1, 1), date(2019, 12, 31)),
    ("selama tahun 2020", date(2020, 1, 1), date(2020, 12, 31)),
    ("semester kedua 2016", date(2016, 7, 1), date(2016, 12, 31)),
    ("semester I 2019", date(2019, 1, 1), date(2019, 6, 30)),
    ("semester I/2021", date(2021, 1, 1), date(2021, 6, 30)),
    ("semester I-2015", date(2015, 1, 1), date(2015, 6, 30)),
    ("triwulan III/2022", date(2022, 7, 1), date(2022, 9, 30)),
    ("triwulan I 2023", date(2023, 1, 1), date(2023, 3, 31)),
    ("kuartal III 2022", date(2022, 7, 1), date(2022, 9, 30)),
    ("periode 1-10 Februari 2020", date(2020, 2, 1), date(2020, 2, 10)),
    ("pada Mei 2022", date(2022, 5, 1), date(2022, 5, 31)),
    ("selama kurun waktu 2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("semester awal 2019", date(2019, 1, 1), date(2019, 6, 30)),
    ("62.808 kasus hingga 2023", date(2023, 1, 1), date(2023, 12, 31)),
    ("di bawah klaim Desember 2020 sebesar 2,52 juta kasus", date(2020, 12, 1), date(2020, 12, 31)),
    ("sampai dengan tahun 2022", date(2022, 1, 1), date(2022, 12, 31)),
    ("dalam rentang waktu 2019", date(2019, 1, 1), date(2019, 12, 31)),
    ("Pada paruh pertama 2017, pembayaran yang dibukukan Rp 692 miliar", date(2017, 1, 1), date(2017, 6, 30)),
    ("klaim sepanjang paruh kedua 2016", date(2016, 7, 1), date(2016, 12, 31)),
    ("selama separuh pertama tahun 2019", date(2019, 1, 1), date(2019, 6, 30)),
    ("di paruh awal 2021 klaim naik", date(2021, 1, 1), date(2021, 6, 30)),
    ("Paruh Kedua 2015 mencatat", date(2015, 7, 1), date(2015, 12, 31)),
    # session 20: "setahun" between the lead and the year ("sepanjang setahun 2013 totalnya 13.272 kasus")
    ("sepanjang setahun 2013", date(2013, 1, 1), date(2013, 12, 31)),
    ("selama setahun 2018 ada 990 kasus", date(2018, 1, 1), date(2018, 12, 31)),
    ("selama setahun penuh 2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("Sepanjang Setahun 2016, klaim", date(2016, 1, 1), date(2016, 12, 31)),
    ("klaim selama setahun penuh 2019 naik", date(2019, 1, 1), date(2019, 12, 31)),
]


@pytest.mark.parametrize("text,start,end", CASES)
def test_period_expressions(text, start, end):
    periods = [p for p in find_periods(text, 0, 2000) if not p.relative]
    assert periods, text
    assert (periods[0].start, periods[0].end) == (start, end)


def test_missing_year_comes_from_context():
    (period,) = find_periods("semester I", 0, 2018)
    assert (period.start, period.end) == (date(2018, 1, 1), date(2018, 6, 30))
    (period,) = find_periods("hingga Maret", 0, 2021)
    assert period.end == date(2021, 3, 31)


def test_spans_are_shifted_into_the_body():
    (period,) = find_periods("klaim sepanjang 2019", 100, None)
    assert period.span == (106, 120)


def test_previous_year_is_relative():
    (period,) = find_periods("dibandingkan tahun sebelumnya", 0, 2020)
    assert period.relative == "previous_year"
    assert previous_year_of(date(2020, 1, 1), date(2020, 12, 31)) == (date(2019, 1, 1), date(2019, 12, 31))
    assert previous_year_of(None, date(2024, 2, 29)) == (None, date(2023, 2, 28))


@pytest.mark.parametrize("text", ["sampai September tahun lalu", "hingga akhir September tahun lalu",
                                  "per September tahun kemarin", "pada September tahun lalu",
                                  "sampai dengan bulan September tahun lalu"])
def test_a_month_of_last_year(text):
    """"Kalau sampai September tahun lalu itu yang klaim 1,9 juta", said in October 2022: September 2021."""
    (period,) = [p for p in find_periods(text, 0, 2022, published=date(2022, 10, 20)) if not p.relative]
    assert period.end == date(2021, 9, 30) and period.last_year


def test_a_month_of_this_year_is_not_last_years():
    (period,) = find_periods("sampai September 2022", 0, 2022, published=date(2022, 10, 20))
    assert period.end == date(2022, 9, 30) and not period.last_year
    (period,) = find_periods("sampai September tahun ini", 0, 2022, published=date(2022, 10, 20))
    assert period.end == date(2022, 9, 30) and not period.last_year


def test_a_weekday_date_is_not_a_period():
    assert find_periods("ujarnya, Selasa (15/9/2021).", 0, 2021) == []


def test_until_a_month_and_since_the_year_began_are_one_period():
    from datetime import date

    from pantau.extract.periods import find_periods
    text = "Sampai Agustus 2024, BPJS Ketenagakerjaan sudah membayar Rp263,95 miliar untuk klaim JKP sejak awal tahun."
    periods = [(p.start, p.end) for p in find_periods(text, 0, 2024, date(2024, 9, 12))]
    assert periods == [(date(2024, 1, 1), date(2024, 8, 31))]


def test_a_year_then_precisely_until_a_month_is_one_period():
    from datetime import date

    from pantau.extract.periods import find_periods
    text = "total klaim yang dibayarkan selama 2021, tepatnya sampai Maret 2021, mencapai Rp 1,24 triliun"
    assert [(p.start, p.end) for p in find_periods(text, 0, 2021, date(2021, 4, 23))] == [
        (date(2021, 1, 1), date(2021, 3, 31))]



# A change told with no figure, then a closed period: the period of the figures that follow (five ways),
# not a period running to publication that dates a cause, nor one after "dari" (the compared side).
_CHANGE_THEN_FIGURES = [
    ("Direktur Utama mengatakan, terjadi lonjakan pembayaran klaim akibat PHK sepanjang 2020. "
     "Adapun dana klaim yang diberikan sebesar Rp 36,5 triliun.", date(2020, 12, 31)),
    ("Klaim JHT di Cabang Medan meningkat tajam selama tahun 2020. Nilainya mencapai Rp 410 miliar.", date(2020, 12, 31)),
    ("Pembayaran klaim naik signifikan pada semester I 2021 karena pandemi. Total klaim Rp 88 miliar untuk 7.100 kasus.",
     date(2021, 6, 30)),
    ("Klaim BPJS Ketenagakerjaan Cabang Bogor terus bertambah hingga Juli 2020. Klaim yang dibayarkan mencapai Rp 120 miliar.", date(2020, 7, 31)),
    ("Terjadi kenaikan kasus klaim yang cukup tinggi di tahun 2019. Klaim yang dibayarkan Rp 64 miliar.", date(2019, 12, 31)),
]


def _claims_of(text: str, published: date):
    from pantau.extract import extract_article
    from pantau.model import RawArticle
    return extract_article(RawArticle("x.txt", "0" * 64, "", "Klaim\n\n" + text, published_hint=published)).claims


@pytest.mark.parametrize("text,end", _CHANGE_THEN_FIGURES)
def test_a_change_told_alone_dates_the_figures_after_it(text, end):
    (claim,) = _claims_of(text, date(2021, 8, 20))
    assert claim.period_end == end


def test_a_running_period_after_a_change_dates_its_cause_not_the_figures():
    claims = _claims_of("Hingga akhir Mei 2021, BPJS Ketenagakerjaan Cabang Bekasi membayar JHT Rp 283 miliar. "
                        "Peningkatan klaim ini erat kaitannya dengan PHK yang terjadi sejak awal tahun. "
                        "JKP juga dibayarkan senilai Rp 2,3 miliar.", date(2021, 6, 19))
    assert {c.period_end for c in claims} == {date(2021, 5, 31)}


def test_a_compared_period_after_a_change_does_not_date_the_figures():
    claims = _claims_of("Hingga Juni 2021 klaim JHT Cabang Kediri mencapai Rp 90 miliar. "
                        "Jumlah itu naik dibandingkan semester I 2020. Klaim JKK tercatat Rp 4 miliar.", date(2021, 7, 19))
    assert {c.period_end for c in claims} == {date(2021, 6, 30)}


@pytest.mark.parametrize("text, start, end", [
    ("Sejak Januari 2021 BPJS Ketenagakerjaan membayar klaim Rp 5 miliar", date(2021, 1, 1), date(2021, 5, 29)),
    ("sejak bulan Maret 2021 klaim JHT mencapai 1.200 kasus", date(2021, 3, 1), date(2021, 5, 29)),
    ("sejak awal Februari lalu tercatat 300 kasus", date(2021, 2, 1), date(2021, 5, 29)),
    ("Data sampai dengan Mei 2021, sejak bulan Januari 2021 telah dibayarkan Rp 246 miliar",
     date(2021, 1, 1), date(2021, 5, 29)),
    ("Sejak April, klaim yang dibayarkan sebanyak 410 kasus", date(2021, 4, 1), date(2021, 5, 29)),
    # near-misses: a range written whole is the range's; "sejak" before a year is no month
    ("sejak Januari 2021 hingga Maret 2021 klaim", date(2021, 1, 1), date(2021, 3, 31)),
    ("sejak 2015 BPJS Ketenagakerjaan hadir", None, None),
])
def test_since_a_month_runs_to_publication(text, start, end):
    """"Sejak <bulan> [tahun]": from that month's first day to publication (still running)."""
    periods = [p for p in find_periods(text, 0, 2021, date(2021, 5, 29)) if p.kind != "year"]
    assert ((periods[0].start, periods[0].end) if periods else (None, None)) == (start, end)


def test_a_since_in_a_sentence_without_figures_is_a_trends_start_not_the_period_in_force():
    from pantau.extract.context import build_contexts
    from pantau.extract.numbers import find_numbers
    from pantau.extract.text import split_sentences
    body = ("Klaim JHT sejak Januari hingga 31 Maret 2020 sebanyak 2.176 kasus dengan nilai Rp 33,85 miliar. "
            "Pencairan JHT naik sejak Maret karena banyak pekerja dirumahkan. "
            "Klaim JKM sebanyak 40 kasus senilai Rp 1,6 miliar.")
    contexts = build_contexts(split_sentences(body, 0, len(body)), find_numbers(body), "Nasional", 2020, date(2020, 4, 16))
    assert contexts[2].period[1] == date(2020, 3, 31)


# The change's size, then at once its period: the period the figure rose in, the figure's own (not the compared
# side's, which "dibandingkan" opens after it).
@pytest.mark.parametrize("text", [
    "Cabang Denpasar membayarkan klaim senilai Rp328 miliar atau meningkat 29 persen pada semester I/2021 "
    "dibandingkan periode yang sama tahun sebelumnya.",
    "Klaim JHT Cabang Medan Rp 410 miliar, naik 12% pada semester I 2021 dibanding semester I 2020.",
])
def test_a_period_right_after_a_change_and_its_size_is_the_figures(text):
    (claim,) = [c for c in _claims_of(text, date(2021, 8, 20)) if not c.is_prior_period]
    assert claim.period_end == date(2021, 6, 30)


def test_a_forecast_of_a_year_not_over_dates_nothing_after_it():
    claims = _claims_of("Sepanjang tahun 2020 pencairan JHT di KCP Kapuas Hulu sebanyak 1.410 kasus senilai Rp9,6 miliar. "
                        "Dwi memprediksi tahun 2021 klaim JHT akan melonjak hingga 2.000 kasus. "
                        "Kemudian, untuk JKM ada 17 kasus dengan total uang yang dicairkan Rp 624 juta.", date(2021, 1, 12))
    assert {(c.program, c.period_end) for c in claims} == {("JHT", date(2020, 12, 31)), ("JKM", date(2020, 12, 31))}


# A half year in other words than "semester": five ways in CASES above; two near-misses: half a month is no half year.
@pytest.mark.parametrize("text", ["Jumlah kasus pada paruh pertama Januari itu sebanyak 1.286 kasus",
                                  "klaim di paruh kedua bulan Mei"])
def test_half_a_month_is_no_half_year(text):
    assert not [p for p in find_periods(text, 0, 2018) if p.kind == "semester"]


# "periode yang sama tahun ini": the period just named, in this year (five ways); with no period named before
# it, or only a later one, nothing (two near-misses).
@pytest.mark.parametrize("text,start,end", [
    ("Pada semester I 2019 hanya ada 427 kasus, sedangkan pada periode yang sama tahun ini 607 kasus",
     date(2020, 1, 1), date(2020, 6, 30)),
    ("Januari-Maret 2019 tercatat 12 kasus, di periode serupa tahun ini 20 kasus", date(2020, 1, 1), date(2020, 3, 31)),
    ("sepanjang triwulan I 2019 ada 5 kasus; pada kurun waktu yang sama tahun ini 9 kasus",
     date(2020, 1, 1), date(2020, 3, 31)),
    ("Hingga Juni 2019 klaim Rp 5 miliar, sementara pada rentang waktu yang sama tahun ini Rp 9 miliar",
     None, date(2020, 6, 30)),
    ("Klaim pada Mei 2019 Rp 1 miliar dan pada masa yang sama tahun ini Rp 3 miliar", date(2020, 5, 1), date(2020, 5, 31)),
])
def test_the_same_period_this_year(text, start, end):
    period = find_periods(text, 0, 2020, date(2020, 8, 5))[-1]
    assert (period.start, period.end, period.kind) == (start, end, "same_period_now")


@pytest.mark.parametrize("text", ["Pada periode yang sama tahun ini klaim naik", "pada periode yang sama tahun lalu 5 kasus"])
def test_the_same_period_this_year_needs_one_named_before(text):
    assert not [p for p in find_periods(text, 0, 2020, date(2020, 8, 5)) if p.kind == "same_period_now"]


def test_each_clause_keeps_its_period_when_the_change_is_told_after_both():
    claims = _claims_of("Pada semester I 2019 hanya ada 427 kasus klaim JHT, sedangkan pada periode yang sama tahun ini "
                        "jumlahnya 607 kasus atau naik 42 persen.", date(2020, 8, 5))
    assert [(c.cases, c.period_end) for c in claims] == [(427, date(2019, 6, 30)), (607, date(2020, 6, 30))]


# A month told as the next step of a series (five ways), and a change that "terjadi pada" a month: that month is
# the figures' own (two near-misses: a month after "dari" is the compared side's; a person named Juni is no month).
# Up to a quarter's end ("hingga triwulan III 2019") is the year so far; "pada/selama" a quarter is the quarter alone.
@pytest.mark.parametrize("text,start,end", [
    ("Selanjutnya April 2020 menurun menjadi 1.243 kasus", date(2020, 4, 1), date(2020, 4, 30)),
    ("Kemudian Mei 2020 kembali meningkat sebanyak 1.701 kasus", date(2020, 5, 1), date(2020, 5, 31)),
    ("Peningkatan drastis terjadi Juni 2020 mencapai 3.082 kasus", date(2020, 6, 1), date(2020, 6, 30)),
    ("Memasuki Mei, pencairan kembali naik", date(2020, 5, 1), date(2020, 5, 31)),
    ("lalu Juli 2020 turun lagi", date(2020, 7, 1), date(2020, 7, 31)),
    ("hingga triwulan III 2020 tercatat", date(2020, 1, 1), date(2020, 9, 30)),
    ("sampai dengan kuartal II 2020 sebanyak", date(2020, 1, 1), date(2020, 6, 30)),
    ("s.d. akhir triwulan I 2020", date(2020, 1, 1), date(2020, 3, 31)),
    ("pada triwulan III 2020 tercatat", date(2020, 7, 1), date(2020, 9, 30)),
    ("selama kuartal II 2020", date(2020, 4, 1), date(2020, 6, 30)),
])
def test_the_period_a_phrase_names(text, start, end):
    periods = [p for p in find_periods(text, 0, 2020, date(2020, 8, 10)) if not p.relative]
    assert [(p.start, p.end) for p in periods] == [(start, end)]


def test_a_change_that_happened_in_a_month_dates_its_figures():
    claims = _claims_of("Pencairan JHT Cabang Bekasi sepanjang Maret hingga Juni 2020 Rp 137 miliar untuk 8.578 kasus. "
                        "Lonjakan paling tajam terjadi pada Juni: 3.082 klaim JHT dengan pembayaran Rp 55,8 miliar.",
                        date(2020, 7, 10))
    assert (3082, date(2020, 6, 30)) in [(c.cases, c.period_end) for c in claims]


def test_a_month_after_from_stays_the_compared_sides():
    claims = _claims_of("Klaim JHT Cabang Bekasi pada Juni 2020 naik dari 1.701 kasus pada Mei menjadi 3.082 kasus.",
                        date(2020, 7, 10))
    assert (3082, date(2020, 6, 30)) in [(c.cases, c.period_end) for c in claims]


def test_a_name_is_no_month():
    assert not find_periods("kata Kepala Cabang, Juni Hartono, kepada wartawan", 0, 2020, date(2020, 8, 10))


# The same date, month or quarter a year before is the period in force moved back a year (five ways), like "periode
# yang sama"; with no year after it, or as an instant's date, nothing (two near-misses).
@pytest.mark.parametrize("text", [
    "Per 30 Juni 2015 tercatat 494.886 kasus JHT, turun dari 510.087 kasus pada tanggal yang sama tahun 2014.",
    "Per 30 Juni 2015 tercatat 494.886 kasus JHT, turun dari 510.087 kasus pada waktu yang sama tahun lalu.",
    "Per 30 Juni 2015 tercatat 494.886 kasus JHT, lebih rendah dari semester yang sama tahun lalu sebanyak 510.087 kasus.",
    "Per 30 Juni 2015 tercatat 494.886 kasus JHT, dibanding triwulan serupa tahun sebelumnya sebanyak 510.087 kasus.",
    "Per 30 Juni 2015 tercatat 494.886 kasus JHT, turun dari 510.087 kasus pada bulan yang sama tahun 2014.",
])
def test_the_same_date_a_year_before(text):
    claims = _claims_of(text, date(2015, 7, 11))
    assert [(c.cases, c.period_end, c.is_prior_period) for c in claims] == [
        (494886, date(2015, 6, 30), False), (510087, date(2014, 6, 30), True)]


@pytest.mark.parametrize("text", ["Klaim pada bulan yang sama dibayar lebih cepat.",
                                  "Pada tanggal yang sama, kantor cabang juga membuka layanan baru."])
def test_the_same_date_needs_a_year(text):
    assert not [p for p in find_periods(text, 0, 2015, date(2015, 7, 11)) if p.kind == "same_period"]


def test_a_misspelt_semester_is_a_half_year():
    (period,) = find_periods("selama semeseter I-2015 tercatat", 0, 2015)
    assert (period.start, period.end) == (date(2015, 1, 1), date(2015, 6, 30))


# A sentence pointing back at a whole year's figures gives their exact end, earlier in its last month (five ways);
# a date that is not the data's, or in another month, changes nothing (two near-misses).
_BATAM = "Sepanjang 2020 klaim BPJS Ketenagakerjaan Cabang Batam mencapai Rp389,9 miliar untuk 39.924 kasus. "


@pytest.mark.parametrize("text", [
    "BPJS Ketenagakerjaan Cabang Batam membayar klaim Rp389,9 miliar sepanjang tahun 2020 untuk 39.924 kasus. Jumlah "
    "tersebut merupakan data pembayaran mulai dari Januari 2020 sampai dengan 28 Desember 2020.",
    _BATAM + "Angka itu tercatat per 28 Desember 2020.",
    "Selama tahun 2020 BPJS Ketenagakerjaan Cabang Batam membayarkan Rp389,9 miliar kepada 39.924 peserta. Data "
    "tersebut sejak 1 Januari hingga 28 Desember 2020.",
    "Klaim BPJS Ketenagakerjaan Cabang Batam hingga Desember 2020 sebesar Rp389,9 miliar dari 39.924 kasus. Nilai itu "
    "dihitung sampai 28 Desember 2020.",
    "Pada 2020 BPJS Ketenagakerjaan Cabang Batam membayar 39.924 klaim senilai Rp389,9 miliar. Periode pembayaran "
    "tersebut 1 Januari sampai 28 Desember 2020.",
])
def test_a_later_sentence_gives_a_whole_years_exact_end(text):
    (claim,) = _claims_of(text, date(2021, 1, 20))
    assert (claim.cases, claim.period_end) == (39924, date(2020, 12, 28))


@pytest.mark.parametrize("text", [_BATAM + "Kantor itu ditutup 28 Desember 2020 untuk renovasi.",
                                  _BATAM + "Angka itu tercatat per 28 November 2020."])
def test_a_date_that_is_not_the_datas_end_changes_nothing(text):
    (claim,) = _claims_of(text, date(2021, 1, 20))
    assert claim.period_end == date(2020, 12, 31)


# A month named outright after "atau", "yakni", "untuk" (five ways); a month after other words is not (two near-misses).
@pytest.mark.parametrize("text", [
    "Sementara untuk periode bulan sebelumnya atau Desember 2013, klaim JHT sebesar Rp 11,99 miliar.",
    "Untuk bulan lalu, yakni Desember 2013, klaim JHT sebesar Rp 11,99 miliar.",
    "Untuk Desember 2013, klaim JHT sebesar Rp 11,99 miliar.",
    "Bulan sebelumnya, yaitu Desember 2013, klaim JHT Rp 11,99 miliar.",
    "Pada bulan sebelumnya atau Desember 2013 klaim JHT sebesar Rp 11,99 miliar.",
])
def test_a_month_named_outright(text):
    assert [(p.start, p.end) for p in find_periods(text, 0, 2014, date(2014, 2, 10)) if p.kind == "month_of"] == [
        (date(2013, 12, 1), date(2013, 12, 31))]


@pytest.mark.parametrize("text", ["Laporan Desember 2013 memuat klaim JHT.", "Edisi Desember 2013 terbit hari ini."])
def test_a_month_after_other_words_is_no_period(text):
    assert not [p for p in find_periods(text, 0, 2014, date(2014, 2, 10)) if p.kind == "month_of"]


# The compared side's own month, named after the comparison word, dates the compared figure; a month named before the
# comparison word is the reported figure's (two near-misses). Narrow: other wordings of the compared month ("dibanding
# bulan September dengan ...") still take the month in force (known, see the closing note).
_OCTOBER = "Pada Oktober 2022, jumlah penerima JKP mencapai 2.169 orang dengan anggaran yang dicairkan sebesar Rp 7,09 miliar. "


@pytest.mark.parametrize("text", [
    _OCTOBER + "Ini lebih tinggi daripada pada September 2022 dengan penerima JKP 1.056 orang senilai Rp 4,09 miliar.",
    _OCTOBER + "Angka ini lebih tinggi daripada pada September 2022 dengan 1.056 penerima JKP senilai Rp 4,09 miliar.",
])
def test_the_compared_sides_own_month(text):
    claims = _claims_of(text, date(2022, 11, 15))
    assert [(c.cases, c.period_end, c.is_prior_period) for c in claims] == [
        (2169, date(2022, 10, 31), False), (1056, date(2022, 9, 30), True)]


@pytest.mark.parametrize("text", [
    "Pada Oktober 2022, klaim JKP 2.169 orang senilai Rp 7,09 miliar, naik dibanding bulan sebelumnya.",
    "Pada Oktober 2022 penerima JKP 2.169 orang senilai Rp 7,09 miliar dibanding target.",
])
def test_a_month_before_the_comparison_is_the_reported_figures(text):
    claims = _claims_of(text, date(2022, 11, 15))
    assert [(c.cases, c.period_end, c.is_prior_period) for c in claims] == [(2169, date(2022, 10, 31), False)]


# "Pembayaran ... tersebut pertanggal 1 Januari hingga 9 November 2021": the payments just told, dated (five ways);
# a sentence about something else with a date dates nothing (two near-misses)
_SINJAI = "BPJS Ketenagakerjaan Cabang Sinjai membayar JHT kepada 1.837 orang dan JKM kepada 11 orang. "


@pytest.mark.parametrize("text", [
    _SINJAI + "Pembayaran jaminan BPJS Ketenagakerjaan tersebut pertanggal 1 Januari hingga 9 November 2021.",
    _SINJAI + "Pembayaran tersebut untuk periode 1 Januari hingga 9 November 2021.",
    _SINJAI + "Pencairan klaim itu tercatat sejak 1 Januari hingga 9 November 2021.",
    _SINJAI + "Penyaluran manfaat tersebut berlangsung 1 Januari sampai 9 November 2021.",
    _SINJAI + "Pembayaran jaminan itu dihitung dari 1 Januari hingga 9 November 2021.",
])
def test_the_payments_just_told_dated_after_them(text):
    claims = _claims_of(text, date(2021, 11, 10))
    assert {(c.period_start, c.period_end) for c in claims} == {(date(2021, 1, 1), date(2021, 11, 9))}


@pytest.mark.parametrize("text", [_SINJAI + "Kantor cabang itu diresmikan pada 9 November 2021.",
                                  _SINJAI + "Pembayaran iuran peserta mandiri jatuh tempo 9 November 2021."])
def test_a_date_about_something_else_dates_nothing(text):
    claims = _claims_of(text, date(2021, 11, 10))
    assert all(c.period_end != date(2021, 11, 9) for c in claims)


# "di tahun 2021 hingga 9 November": the year written, then its end with no year of its own (five ways); a range
# of years stays a range, whatever the year in force (two near-misses)
@pytest.mark.parametrize("text,end", [
    ("Sementara di tahun 2021 hingga 9 November jumlah klaim", date(2021, 11, 9)),
    ("selama tahun 2021 sampai 30 Juni, klaim", date(2021, 6, 30)),
    ("Pada 2021 hingga 15 Oktober tercatat", date(2021, 10, 15)),
    ("sepanjang tahun 2021 sampai dengan 9 November lalu", date(2021, 11, 9)),
    ("Tahun 2021 hingga akhir September, klaim", date(2021, 9, 30)),
])
def test_a_year_then_its_end_without_a_year(text, end):
    """Said in November 2021 after talk of 2020 (the year in force): the end is 2021's, not 2020's."""
    (period,) = [p for p in find_periods(text, 0, 2020, published=date(2021, 11, 10)) if not p.relative]
    assert (period.start, period.end) == (date(2021, 1, 1), end)


@pytest.mark.parametrize("text", ["pada tahun 2019 hingga 2021 klaim", "selama 2019 sampai tahun 2021, klaim"])
def test_a_range_of_years_is_not_a_year_and_its_end(text):
    periods = [p for p in find_periods(text, 0, 2020, published=date(2021, 11, 10)) if not p.relative]
    assert all(p.start != date(2019, 1, 1) or p.end.year != 2019 for p in periods)
    assert all(p.kind != "joined" for p in periods)


# A total the dated parts do not add up to (or one given with a period of its own) keeps its own dating (two near-misses
# of period.stated_after's total; its five wordings are in tests/paraphrases/links.toml)
@pytest.mark.parametrize("text,total_end", [
    ("Cabang Palu membayar klaim Rp 55 miliar untuk 3.000 kasus. Rinciannya JHT Rp 30 miliar, JKK Rp 6 miliar dan JKM "
     "Rp 4 miliar. Angka itu tercatat sejak Januari hingga Maret 2023.", None),
    ("Sepanjang 2022 Cabang Palu membayar klaim Rp 40 miliar untuk 3.000 kasus. Rinciannya JHT Rp 30 miliar, JKK Rp 6 "
     "miliar dan JKM Rp 4 miliar. Angka itu tercatat sejak Januari hingga Maret 2023.", date(2022, 12, 31)),
])
def test_a_total_the_dated_parts_do_not_make_keeps_its_dating(text, total_end):
    claims = _claims_of(text, date(2023, 4, 12))
    (total,) = [c for c in claims if c.program == "TOTAL"]
    assert total.period_end == total_end


# A year narrowed by the months spelled right after it is those months (five ways); a month range told in a clause of
# its own, or a year alone, is not a narrowing (two near-misses)
@pytest.mark.parametrize("text,start,end", [
    ("Selama tahun 2020 dari Januari sampai dengan Juni 2020, BPJS Ketenagakerjaan menangani 108.573 kasus JKK dengan "
     "total santunan Rp 747,68 miliar.", date(2020, 1, 1), date(2020, 6, 30)),
    ("Pada tahun 2020, periode Januari hingga Juni, BPJS Ketenagakerjaan membayar 108.573 kasus JKK senilai Rp 747,68 "
     "miliar.", date(2020, 1, 1), date(2020, 6, 30)),
    ("Sepanjang 2020 (Januari-Maret) klaim JKK yang dibayar BPJS Ketenagakerjaan 40.120 kasus senilai Rp 300 miliar.",
     date(2020, 1, 1), date(2020, 3, 31)),
    ("Tahun 2020 sejak Januari hingga Mei, BPJS Ketenagakerjaan Cabang Bekasi membayar klaim JHT Rp 120 miliar.",
     date(2020, 1, 1), date(2020, 5, 31)),
    ("Di tahun 2020 selama semester I, BPJS Ketenagakerjaan membayarkan klaim JKK sebanyak 108.573 kasus.",
     date(2020, 1, 1), date(2020, 6, 30)),
])
def test_a_year_narrowed_by_its_months(text, start, end):
    (claim,) = _claims_of(text, date(2020, 8, 10))
    assert (claim.period_start, claim.period_end) == (start, end)


@pytest.mark.parametrize("text,end", [
    ("Sepanjang tahun 2019 BPJS Ketenagakerjaan membayar klaim JKK Rp 1,5 triliun; laporan itu disusun dari Januari "
     "hingga Maret 2020.", date(2019, 12, 31)),
    ("Selama tahun 2019 BPJS Ketenagakerjaan membayar klaim JHT sebanyak 12.400 kasus.", date(2019, 12, 31)),
])
def test_a_year_not_narrowed(text, end):
    (claim,) = _claims_of(text, date(2020, 8, 10))
    assert claim.period_end == end


# The new side of a change told in a clause of its own takes the period written before its change word (five ways);
# a clause with no period of its own, or two, takes none from it (two near-misses)
@pytest.mark.parametrize("text,end", [
    ("Pada tahun 2015, klaim JHT mencapai 18.846 kasus senilai Rp152,5 miliar, sedangkan hingga November 2016 sudah "
     "meningkat menjadi 23.449 kasus senilai Rp179,2 miliar.", date(2016, 11, 30)),
    ("Klaim JKK pada 2015 sebanyak 300 kasus, sementara pada Januari-Oktober 2016 naik menjadi 410 kasus.",
     date(2016, 10, 31)),
    ("Tahun 2015 klaim JHT hanya Rp20 miliar, sedangkan per Oktober 2016 melonjak menjadi Rp31 miliar.",
     date(2016, 10, 31)),
    ("Pada 2015, klaim JKM yang dibayar 120 kasus, lalu hingga September 2016 bertambah menjadi 150 kasus.",
     date(2016, 9, 30)),
    ("Sepanjang 2015 klaim JP tercatat Rp3 miliar; sampai November 2016 angkanya naik jadi Rp5 miliar.",
     date(2016, 11, 30)),
])
def test_the_new_side_dated_in_its_own_clause(text, end):
    claims = _claims_of(text, date(2016, 12, 3))
    newest = max(claims, key=lambda c: c.start_char)
    assert newest.period_end == end and not newest.is_prior_period


@pytest.mark.parametrize("text", [
    "Klaim JHT hingga November 2016 mencapai Rp179,2 miliar, meningkat dibanding tahun 2015 menjadi 23.449 kasus.",
    "Hingga November 2016 klaim JHT meningkat menjadi 23.449 kasus.",
])
def test_the_new_side_without_a_period_of_its_own_clause(text):
    claims = _claims_of(text, date(2016, 12, 3))
    assert all(c.period_end in (date(2016, 11, 30), None) for c in claims if not c.is_prior_period)


# Session 22: a year narrowed by months spelled later in the sentence, words only between (five ways); months after a
# figure, or in another year, narrow nothing (two near-misses)
@pytest.mark.parametrize("text,start,end", [
    ("Bahkan di tahun 2021 ini, kata kepala cabang, pembayaran klaim BPJS Ketenagakerjaan di Kabupaten Bone Bolango "
     "selang bulan Januari-Juli 2021, baik untuk pekerja formal maupun informal, senilai Rp4,2 miliar.",
     date(2021, 1, 1), date(2021, 7, 31)),
    ("Pada tahun 2021, menurut BPJS Ketenagakerjaan Cabang Kudus, klaim JHT yang dibayarkan periode Januari hingga Juni "
     "mencapai Rp 120 miliar.", date(2021, 1, 1), date(2021, 6, 30)),
    ("Sepanjang 2021 ini BPJS Ketenagakerjaan Cabang Pati mencatat bahwa pada semester pertama klaim JKK yang dibayar "
     "senilai Rp 8,4 miliar.", date(2021, 1, 1), date(2021, 6, 30)),
    ("Tahun 2021, kata dia, BPJS Ketenagakerjaan Cabang Tegal selama triwulan pertama membayarkan klaim JKM senilai "
     "Rp 3,1 miliar.", date(2021, 1, 1), date(2021, 3, 31)),
    ("Untuk tahun 2021 klaim JHT yang diterima peserta BPJS Ketenagakerjaan Cabang Jepara dari Januari sampai Mei "
     "sebesar Rp 44 miliar.", date(2021, 1, 1), date(2021, 5, 31)),
])
def test_a_year_narrowed_later_in_its_sentence(text, start, end):
    (claim,) = _claims_of(text, date(2021, 8, 10))
    assert (claim.period_start, claim.period_end) == (start, end)


@pytest.mark.parametrize("text,end", [
    ("Pada tahun 2020 BPJS Ketenagakerjaan Cabang Kudus membayar klaim JHT senilai Rp 120 miliar, lebih besar dari "
     "Januari-Juli 2019.", date(2020, 12, 31)),
    ("Sepanjang tahun 2020 klaim JKK BPJS Ketenagakerjaan Cabang Pati Rp 8,4 miliar, sedangkan Januari-Juni 2021 "
     "belum dihitung.", date(2020, 12, 31)),
])
def test_a_year_not_narrowed_later(text, end):
    (claim,) = _claims_of(text, date(2021, 8, 10))
    assert claim.period_end == end


# A year, then a span starting the next day ("selama tahun 2019, tahun 2020 hingga bulan Juli tahun 2021"): one span
# from the first year's start (five ways); a gap year or a span ending before it is no join (two near-misses)
@pytest.mark.parametrize("text,start,end", [
    ("selama tahun 2019, tahun 2020 hingga bulan Juli tahun 2021", date(2019, 1, 1), date(2021, 7, 31)),
    ("sepanjang tahun 2017, lalu tahun 2018 hingga Juni 2019", date(2017, 1, 1), date(2019, 6, 30)),
    ("pada tahun 2018, tahun 2019 hingga akhir 2020", date(2018, 1, 1), date(2020, 12, 31)),
    ("selama 2020, Januari hingga Maret 2021", date(2020, 1, 1), date(2021, 3, 31)),
    ("tahun 2019 dan Januari-Juni 2020", date(2019, 1, 1), date(2020, 6, 30)),
])
def test_a_year_joined_to_the_span_after_it(text, start, end):
    joined = [p for p in find_periods(text) if p.kind == "joined"]
    assert [(p.start, p.end) for p in joined] == [(start, end)]


@pytest.mark.parametrize("text", [
    "selama tahun 2017, tahun 2019 hingga Juli 2021",
    "pada tahun 2021, Januari hingga Maret 2020",
])
def test_a_year_not_joined_to_a_span_not_after_it(text):
    assert not any(p.start is not None and p.start.year == int(text.split("tahun ")[1][:4]) and p.kind == "joined"
                   for p in find_periods(text))
