"""Publication dates, datelines, weekdays beside dates."""
from datetime import date

from pantau.extract.dates import closing_date, dateline, find_dates, publication_date, weekday_statements


def test_metadata_hint_is_trusted_first():
    body = "MAKASSAR, Selasa (8/11/2022) – Kanwil membayar klaim."
    assert publication_date(body, len(body), date(2022, 11, 9), 2022) == date(2022, 11, 9)


def test_dateline_with_weekday_and_date():
    body = "MAKASSAR, Selasa (8/11/2022) – Kantor Wilayah menyerahkan santunan pada 1 Oktober 2022."
    city, dated, _ = dateline(body, len(body))
    assert city == "Makassar" and dated == date(2022, 11, 8)
    assert publication_date(body, len(body), None, 2022) == date(2022, 11, 8)


def test_dateline_without_date_does_not_take_a_period_date():
    body = "MAKASSAR – Total klaim periode 1-10 Februari 2020 mencapai Rp 5 miliar, kata dia, Jumat, (14/2)."
    assert publication_date(body, len(body), None, 2020) == date(2020, 2, 14)


def test_closing_date_line():
    body = "Klaim JHT naik.\n\nBandung, 2 Mei 2022"
    assert closing_date(body, len(body)) == date(2022, 5, 2)
    assert publication_date(body, len(body), None, 2022) == date(2022, 5, 2)


def test_statement_date_in_text():
    body = "Hal itu disampaikan Agus di Jakarta, Rabu, 15 September 2021 10:24 WITA, kepada wartawan."
    assert publication_date(body, len(body), None, 2021) == date(2021, 9, 15)


def test_weekdays_are_collected_with_their_dates():
    body = "acara di Pasuruan, Kamis (12/10/2017). Ia berbicara Selasa (15/9/2021) dan Jumat, (14/6)."
    found = [(w.weekday, w.stated_date) for w in weekday_statements(body, 2019)]
    assert found == [("kamis", date(2017, 10, 12)), ("selasa", date(2021, 9, 15)), ("jumat", date(2019, 6, 14))]


def test_impossible_dates_are_skipped():
    assert find_dates("Senin (31/2/2021)") == []
