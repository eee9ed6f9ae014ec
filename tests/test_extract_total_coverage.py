"""A TOTAL listed with one figure for every program paying at the time is fully broken down."""
from datetime import date

from pantau.extract import extract_article
from pantau.extract.claim_merge import covers_every_program
from pantau.model import ClaimFigure, RawArticle


def claim(program: str) -> ClaimFigure:
    return ClaimFigure(program, 10, 1e9, None, date(2025, 6, 30), "Kanwil X", False, 0, 1)


def test_every_program_paying_at_the_period_end_must_be_listed_once():
    five = [claim(p) for p in ("JHT", "JKK", "JKM", "JP", "JKP")]
    assert covers_every_program(five, date(2025, 6, 30))
    assert not covers_every_program(five[:4], date(2025, 6, 30))       # JKP pays since 2022
    assert covers_every_program(five[:4], date(2019, 12, 31))          # before JKP existed
    assert covers_every_program(five[:3], date(2014, 12, 31))          # before JP existed
    assert not covers_every_program(five + [claim("JHT")], date(2025, 6, 30))  # a program twice
    assert not covers_every_program(five, None)


def test_a_short_total_of_all_five_programs_is_a_mismatch_without_a_cue_word():
    body = ("BANDUNG – Kanwil Contoh membayarkan manfaat senilai Rp2,00 triliun kepada 100.000 kasus sepanjang "
            "semester I 2025. Klaim JHT mencapai Rp1,50 triliun (80.000 kasus), JKK Rp150,0 miliar (8.000 kasus), "
            "JKM Rp100,0 miliar (2.000 kasus), JP Rp50,0 miliar (6.000 kasus), dan JKP Rp20,0 miliar (4.000 kasus).")
    ex = extract_article(RawArticle("x.txt", "0" * 64, "Judul", body))
    amounts = [b for b in ex.breakdowns if b.unit == "rupiah"]
    assert amounts and amounts[0].exhaustive
    assert sum(v for _, v, _, _ in amounts[0].parts) < amounts[0].total - 1e11
