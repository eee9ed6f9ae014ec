"""Round-4 generalisation rules (heldout3 failures), each on small sentences of our own."""
from datetime import date

from pantau.extract import extract_article
from pantau.extract.context import _guarded
from pantau.extract.periods import find_periods
from pantau.model import RawArticle


def _extract(body: str, title: str = ""):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body))


def _claims(body: str):
    return sorted((c.program, c.cases, c.amount_idr, c.is_prior_period, str(c.period_end), c.office)
                  for c in _extract(body).claims)


def test_misspelt_month_has_a_month_number():
    assert [(p.start, p.end) for p in find_periods("hingga Febuari 2022", 0, None, None)] == [(None, date(2022, 2, 28))]
    assert find_periods("sampai Napember 2021", 0, None, None)[0].end == date(2021, 11, 30)


def test_a_reader_bug_costs_one_sentence_only():
    def broken(*_):
        raise KeyError("bug")
    assert _guarded(broken, "teks", 0) == []


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
