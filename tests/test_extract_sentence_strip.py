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


# A page's title said again in its body (under a photo caption, above the dateline), or a paragraph pasted twice, is read
# once: its second copy is chrome (five ways). The body's own first line, which may be the title's sentence saved whole,
# and a short label said twice are not (two near-misses).
_TITLE = "BPJS Ketenagakerjaan Bandarlampung Proses Klaim Rp116 Miliar"


@pytest.mark.parametrize("body", [
    f"foto: kepala cabang serahkan santunan jkk\n{_TITLE}\nBandarlampung - Klaim diproses.",
    f"Foto: ANTARA\n\n{_TITLE}\n\nBandarlampung - Klaim diproses.",
    f"Bandarlampung (ANTARA) - Klaim diproses.\n{_TITLE}",
    "Klaim JHT sebanyak 13.010 kasus sebesar Rp181,5 miliar.\nLalu.\nKlaim JHT sebanyak 13.010 kasus sebesar Rp181,5 miliar.",
    f"Lead.\n   {_TITLE}  \nBody.",
])
def test_a_line_said_again_is_chrome(body):
    from pantau.extract.text import chrome_spans

    title = _TITLE if "13.010" not in body else "Klaim Bandarlampung"
    spans = chrome_spans(body, title)
    assert len(spans) == 1
    start, end = spans[0]
    assert body[start:end].strip() in (_TITLE, "Klaim JHT sebanyak 13.010 kasus sebesar Rp181,5 miliar.") and start > 0


@pytest.mark.parametrize("body,title", [
    (f"{_TITLE} selama Januari hingga Mei 2017.\nKepala cabang menjelaskan.", f"{_TITLE} selama Januari hingga Mei 2017."),
    ("Tabel\n| Program |\n| JHT |\n| JHT |", "Klaim"),
])
def test_a_first_line_or_a_short_label_is_not_chrome(body, title):
    from pantau.extract.text import chrome_spans

    assert chrome_spans(body, title) == []


def test_a_heading_glued_to_its_paragraph_ends_a_sentence():
    from pantau.extract.text import split_sentences
    body = ("Penurunan Peserta Formal dan Pembayaran KlaimSementara itu, jumlah pekerja formal tercatat 43.493 orang. "
            "Sebaran Peserta InformalRincian per kabupaten berikut.")
    texts = [s.text for s in split_sentences(body)]
    assert texts == ["Penurunan Peserta Formal dan Pembayaran Klaim",
                     "Sementara itu, jumlah pekerja formal tercatat 43.493 orang.",
                     "Sebaran Peserta Informal", "Rincian per kabupaten berikut."]


def test_a_full_stop_lost_inside_a_paragraph_keeps_one_sentence():
    from pantau.extract.text import split_sentences
    body = "Kepesertaan pemberi kerja tumbuh 184 pemberi kerjaTercatat tahun 2020 sebanyak 2.278 pemberi kerja."
    assert [s.text for s in split_sentences(body)] == [body]


@pytest.mark.parametrize("body, chrome", [
    # a page's keyword line: lower-case tags between commas, its slug figures run together
    ("Judul\nid bpjs, tk dumai, realisasikan klaim, rp86 miliar\nBPJS TK Dumai membayar klaim Rp8,6 miliar.",
     "id bpjs, tk dumai, realisasikan klaim, rp86 miliar"),
    # a dateline lead with an outlet bar: place and outlet, no cue words ("BIDIK" is no target)
    ("PASURUAN | BIDIK – Pencapaian kinerja BPJS Ketenagakerjaan hingga Agustus 2017 ...", "PASURUAN | BIDIK – "),
    ("MEDIASATU | LHOKSEUMAWE – BPJS Ketenagakerjaan membayar klaim ...", "MEDIASATU | LHOKSEUMAWE – "),
])
def test_a_keyword_line_or_a_bar_dateline_is_chrome(body, chrome):
    from pantau.extract.text import chrome_spans
    assert [body[a:b] for a, b in chrome_spans(body)] == [chrome]


@pytest.mark.parametrize("body", [
    "JAKARTA - BPJS Ketenagakerjaan membayar klaim JHT Rp 1,2 triliun, JKK Rp 200 miliar, JKM Rp 90 miliar.",
    "Klaim dibayar untuk JHT, JKK, JKM dan JP sepanjang 2023.",
])
def test_a_plain_dateline_or_a_list_sentence_is_not_chrome(body):
    from pantau.extract.text import chrome_spans
    assert chrome_spans(body) == []
