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
    assert found[0].severity == "error" and "Rp 85 miliar" in found[0].message


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
