"""Sentence trimming by str.strip() must keep the offsets the character walk gave."""
import random

from pantau.extract.text import _add_sentence


def _walked(body, begin, stop):
    while begin < stop and body[begin].isspace():
        begin += 1
    while stop > begin and body[stop - 1].isspace():
        stop -= 1
    return [(begin, stop, body[begin:stop])] if stop > begin else []


def test_trimmed_sentence_matches_the_character_walk():
    rng = random.Random(3)
    pieces = [" ", "\n", "\t", "\xa0", "\u3000", "\x1c", "\x85", "a", "Rp", "5", ".", "\u200b"]
    for _ in range(5000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        begin = rng.randint(0, len(body))
        stop = rng.randint(begin, len(body))
        out = []
        _add_sentence(body, begin, stop, out)
        assert [(s.start, s.end, s.text) for s in out] == _walked(body, begin, stop), (body, begin, stop)


def test_a_link_line_is_chrome_to_its_end_unless_the_article_resumes_after_its_headline():
    from pantau.extract.text import chrome_spans

    body = "Klaim naik.\nBaca juga: Pemkot Tangerang minta perusahaan lindungi 12 ribu pekerja informal sekitar pabrik\nLalu."
    (start, end), = chrome_spans(body)
    assert body[start:end].endswith("sekitar pabrik")  # a headline in sentence case: no full stop, all of it
    body = ("Baca Juga: PHK Juga Menerjang Sektor Ritel Adapun klaim tersebut meliputi JKK Rp1,57 triliun. "
            "Kemudian JKM Rp1,79 tril")
    (start, end), = chrome_spans(body)
    assert body[end:].startswith("Adapun klaim")  # the article goes on after the headline


import pytest  # noqa: E402


@pytest.mark.parametrize("line", [
    "Selanjutnya: Genjot Lifting Migas Nasional, Proyek Rampung 2028",
    "Berita Selanjutnya: Upah Minimum 2026 Naik 6,5 Persen",
    "Menarik Dibaca: 10 Jus Buah untuk Lambung",
    "Baca: Pemkot Siapkan Rp 12 Miliar untuk Pasar",
    "BACA JUGA : Klaim JHT 2027 Diprediksi Naik",
])
def test_a_link_to_another_story_is_chrome(line):
    """A link line's years and figures are another story's (a "2028" in it made a 2025 article's date 2028)."""
    from pantau.extract.text import chrome_spans

    body = f"Klaim JKP naik.\n{line}\nKlaim JP 130.594 kasus."
    (start, end), = chrome_spans(body)
    assert body[start:end] == line


@pytest.mark.parametrize("line", ["Selanjutnya, klaim JHT mencapai Rp 5 miliar.", "Dibaca dari data: klaim naik."])
def test_a_sentence_that_starts_like_a_link_is_not_chrome(line):
    from pantau.extract.text import chrome_spans

    assert chrome_spans(f"Klaim JKP naik.\n{line}\nKlaim JP naik.") == []
