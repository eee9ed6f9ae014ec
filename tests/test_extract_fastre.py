"""The look-ahead guard must never change what a pattern finds."""
import random
import re

from pantau.extract.fastre import first_char_class, guarded
from pantau.extract.lexicon import NATIONAL_RE, NOT_CLAIM_RE, NOT_MEMBERSHIP_RE, PAYMENT_CUE_RE, PROGRAM_RE
from pantau.extract.period_patterns import PATTERNS


def _letters(cls: str) -> str:
    return re.sub(r"\\U([0-9a-f]{8})", lambda m: chr(int(m.group(1), 16)), cls)


def test_class_holds_every_first_letter():
    assert _letters(first_char_class(re.compile(r"\b(?:klaim|jaminan)\b", re.I))) == "[jk]"
    assert _letters(first_char_class(re.compile(r"(?<![A-Za-z])(?:JHT|KPR)|\s*x"))) == "[JKx\\s]"
    assert _letters(first_char_class(re.compile(r"(?:ab)?c"))) == "[ac]"


def test_scoped_case_rule_gets_its_own_class():
    assert _letters(first_char_class(re.compile(r"\b(?:Dirut|(?i:secara))\b"))) == "(?i:[Ds])"
    assert _letters(first_char_class(re.compile(r"(?-i:K)|x", re.I))) == "[Kx]"
    national = guarded(re.compile(r"\b(?:Dirut|(?i:secara\s+nasional))\b"))
    assert national.search("SECARA NASIONAL") and national.search("\u017fecara nasional") and not national.search("dirut")


def test_unknown_or_empty_patterns_stay_unguarded():
    for pattern in (re.compile(r"\s*"), re.compile(r"[^a]b"), re.compile(r".x"),
                    re.compile(r"(?P<a>x)?(?(a)y|z)")):
        assert first_char_class(pattern) is None
        assert guarded(pattern) is pattern


def test_case_folded_class_matches_what_the_letters_match():
    # Under IGNORECASE the class must take the same odd equivalents the letters take
    # (the Kelvin sign for k, the long s for s, the Turkish dotted I for i).
    cased = [chr(c) for c in range(0x3000) if chr(c).lower() != chr(c) or chr(c).upper() != chr(c)]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        literal = re.compile(letter, re.I)
        as_class = re.compile(f"[{letter}]", re.I)
        for ch in cased:
            assert bool(literal.fullmatch(ch)) == bool(as_class.fullmatch(ch)), (letter, ch)
    assert guarded(PROGRAM_RE).search("\u212a\u212a") is None  # no JKK from Kelvin signs alone
    assert guarded(re.compile(r"klaim", re.I)).search("\u212alaim")


def test_guarded_patterns_find_the_same_matches():
    words = ["klaim", "Klaim", "JHT", "jkk", "jaminan", "kematian", "santunan", "hari", "tua", "membayar", "iuran",
             "nilai", "proyek", "Januari", "hingga", "2023", "semester", "I", "tahun", "lalu", "BSU", "desa", "PHK",
             "\u212alaim", "\u017fantunan", "Dirut", "SECARA", "\u017fecara", "nasional", "Kantor", "pusat", "İuran", "ıuran", ",", ";", "-", "(", ")", "5", "12", "dan"]
    rng = random.Random(7)
    patterns = [NATIONAL_RE, PROGRAM_RE, PAYMENT_CUE_RE, NOT_CLAIM_RE, NOT_MEMBERSHIP_RE] + [p for _, p in PATTERNS]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "  ", "\n"]) for _ in range(rng.randint(1, 12)))
        for pattern in patterns:
            source = pattern.pattern
            if source.startswith("(?=["):  # guarded: (?=CLASS)(?:SOURCE)
                source = source[source.index(")(?:") + 4:-1]
            plain = re.compile(source, pattern.flags)
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], (pattern.pattern[:40], text)


def test_substring_finder_finds_the_longest_word_at_the_leftmost_place():
    from pantau.extract.fastre import substring_finder
    words = ["naik", "ningkat", "na", "ab", "abc", "b", "tumbuh"]
    alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    finder = substring_finder(words)
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice("nabcikgtuh ") for _ in range(rng.randint(0, 14)))
        expected, found = alternation.search(text), finder.search(text)
        assert (expected and expected.span()) == (found and found.span()), text


def test_required_words_are_in_every_match():
    from pantau.extract.fastre import required_words
    assert required_words(re.compile(r"\b(?:hingga|paling\s+banyak)\s*$", re.I)) == ("hingga", "paling")
    assert required_words(re.compile(r"\bdari\s+(?:total\s+)?$", re.I)) == ("dari",)
    assert required_words(re.compile(r"(?:Rp|\d)\s*")) is None  # one way has no word
    assert required_words(re.compile(r"(?:klaim)?\s+x")) == ("x",)  # an optional word is not required


def test_window_finder_finds_what_its_pattern_finds():
    from pantau.extract.claim_bounds import _CEILING_LEAD_RE
    from pantau.extract.claim_rules import OF_TOTAL_BEFORE_RE
    from pantau.extract.claim_roles import _PAID_TO_GAP_RE
    from pantau.extract.member_bases import _POPULATION_RE
    words = ["hingga", "HINGGA", "h\u0130ngga", "h\u0131ngga", "maks.", "paling", "banyak", "untuk", "\u212aepada", "ke",
             "dari", "total", "mencapai", "warga", "\u017eampai", "sampai", "Rp", "5", ",", "para", "sebanyak"]
    rng = random.Random(5)
    for finder in (_CEILING_LEAD_RE, OF_TOTAL_BEFORE_RE, _PAID_TO_GAP_RE, _POPULATION_RE):
        for _ in range(3000):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) + " "
            pos, endpos = rng.randint(-3, len(text)), rng.choice([len(text), rng.randint(-3, len(text) + 3)])
            expected, found = finder.pattern.search(text, pos, endpos), finder.search(text, pos, endpos)
            assert (expected and expected.span()) == (found and found.span()), (finder.pattern.pattern[:30], text)
