"""Property tests: any amount written in a supported Indonesian style reads back."""
from __future__ import annotations

import logging

from hypothesis import given, settings
from hypothesis import strategies as st

from pantau.extract.numbers import find_numbers, parse_number, words_to_number


class _ErrorLog(logging.Handler):
    """Collects reader errors that find_numbers logs and hides (it never raises)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


READER_ERRORS = _ErrorLog()
logging.getLogger("pantau.extract.numbers").addHandler(READER_ERRORS)

SCALE_SPELLINGS = {
    10**3: ["ribu", "rb", "Ribu", "rbu"],
    10**6: ["juta", "jt", "Juta", "jta"],
    10**9: ["miliar", "milyar", "Miliar", "milliar", "miliyar", "Milyard"],
    10**12: ["triliun", "trilyun", "Triliun", "trilliun"],
}
LETTER_SCALES = {10**9: "M", 10**12: "T"}
RUPIAH_PREFIXES = ["Rp", "Rp ", "Rp. ", "Rp.", "RP ", "rp", "IDR ", "Rp Rp "]


def with_thousands_dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def below_thousand_in_words(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += ["seratus"] if hundreds == 1 else [UNITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [UNITS[rest - 10], "belas"]
    elif rest >= 20:
        tens, unit = divmod(rest, 10)
        words += [UNITS[tens], "puluh"] + ([UNITS[unit]] if unit else [])
    elif rest:
        words.append(UNITS[rest])
    return words


def in_words(n: int, se_prefix: bool) -> str:
    """Indonesian words for 0 <= n < 10**15 ('seribu' or 'satu ribu' as asked)."""
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale, name in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        count, n = divmod(n, scale)
        if count == 1 and se_prefix:
            words.append("se" + name)
        elif count:
            words += below_thousand_in_words(count) + [name]
    words += below_thousand_in_words(n)
    return " ".join(words)


@given(st.integers(min_value=0, max_value=10**15 - 1), st.sampled_from(["", *RUPIAH_PREFIXES]))
def test_thousands_dots_read_back_exactly(amount, prefix) -> None:
    text = prefix + with_thousands_dots(amount)
    mention = parse_number(text)
    assert mention.value == amount, mention
    assert mention.tolerance == 0.5
    assert mention.kind in (("money",) if prefix else ("count", "year"))


@given(
    whole=st.integers(min_value=0, max_value=999),
    fraction=st.integers(min_value=0, max_value=999),
    decimals=st.integers(min_value=0, max_value=3),
    scale=st.sampled_from(sorted(SCALE_SPELLINGS)),
    spelling=st.integers(min_value=0, max_value=5),
    decimal_mark=st.sampled_from([",", "."]),
    space=st.sampled_from(["", " "]),
    prefix=st.sampled_from(["", *RUPIAH_PREFIXES]),
    rupiah_suffix=st.booleans(),
)
def test_scaled_amounts_read_back_within_tolerance(
        whole, fraction, decimals, scale, spelling, decimal_mark, space, prefix,
        rupiah_suffix) -> None:
    if decimal_mark == "." and decimals == 3:
        decimal_mark = ","  # three digits after a dot are thousands by rule
    digits = str(fraction % 10**decimals).zfill(decimals) if decimals else ""
    number = f"{whole}{decimal_mark}{digits}" if decimals else str(whole)
    names = SCALE_SPELLINGS[scale] + ([LETTER_SCALES[scale]] if scale in LETTER_SCALES else [])
    name = names[spelling % len(names)]
    if name in ("M", "T") and not prefix:
        space = ""  # a bare M/T is a scale only when glued to the digits
    text = f"{prefix}{number}{space}{name}" + (" rupiah" if rupiah_suffix and not prefix else "")
    expected = (whole + (int(digits) / 10**decimals if decimals else 0)) * scale
    mention = parse_number(text)
    assert mention.unparseable is None, mention
    assert abs(mention.value - expected) <= 1e-6 * max(expected, 1), mention
    assert mention.tolerance == 0.5 * scale / 10**decimals
    assert mention.kind == ("money" if prefix or rupiah_suffix else "count")
    three_after_comma = decimals == 3 and whole != 0
    assert bool(mention.ambiguous) == three_after_comma, mention


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99),
       st.sampled_from(["%", " %", " persen"]))
def test_percentages_read_back(whole, hundredths, suffix) -> None:
    text = f"{whole},{hundredths:02d}{suffix}"
    mention = parse_number(text)
    assert mention.kind == "percent"
    assert abs(mention.value - (whole + hundredths / 100)) < 1e-9
    assert mention.tolerance == 0.005


@given(st.integers(min_value=0, max_value=10**15 - 1), st.booleans())
def test_words_read_back(amount, se_prefix) -> None:
    words = in_words(amount, se_prefix)
    assert words_to_number(words) == amount, words
    mention = parse_number(words)
    assert mention.value == amount and mention.is_words and mention.tolerance == 0


@given(st.integers(min_value=1, max_value=999_999), st.booleans())
def test_words_inside_a_sentence(amount, se_prefix) -> None:
    words = in_words(amount, se_prefix)
    text = f"klaim sebanyak {words} kasus"
    (mention,) = find_numbers(text)
    assert mention.text == words and mention.value == amount


def _consistent(text: str) -> None:
    errors_before = len(READER_ERRORS.messages)
    mentions = find_numbers(text)
    assert len(READER_ERRORS.messages) == errors_before, READER_ERRORS.messages[-1:]
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert mention.start >= previous_end  # in order, never overlapping
        previous_end = mention.end
        assert (mention.value is None) == (mention.unparseable is not None)
        assert "reader error" not in (mention.unparseable or "")


@settings(max_examples=300)
@given(st.text())
def test_any_text_never_raises_and_offsets_hold(text) -> None:
    _consistent(text)
    parse_number(text)
    words_to_number(text)


FIGURE_ALPHABET = "0123456789.,-–%/: RpMTmiliartjuboesn$()\nke"


@settings(max_examples=500)
@given(st.text(alphabet=FIGURE_ALPHABET, max_size=60))
def test_figure_like_text_never_raises_and_offsets_hold(text) -> None:
    _consistent(text)
    mention = parse_number(text)
    assert (mention.start, mention.end, mention.text) == (0, len(text), text)
