"""Which office or area a figure describes: `Kanwil Jawa Timur`, `Cabang Sidoarjo`,
`Provinsi Sulawesi Selatan`, `Nasional`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pantau.extract.fastre import guarded, substring_finder
from pantau.extract.lexicon import AGENCY_NAME, KANWIL_NAMES, NATIONAL_RE, PROVINCE_SHORT, PROVINCES


@dataclass(frozen=True)
class OfficeMention:
    start: int
    end: int
    office: str
    # Named as part of a person's title ("Kepala Kanwil X, Budi, mengatakan"): says who
    # speaks, not which area the following figures describe.
    as_title: bool = False
    # Named as a place of this sentence's figures only ("Di Cabang Gresik, klaim ...").
    local: bool = False
    # Named as the object of another office's relation ("Cabang Manado yang membawahi KCP
    # Bitung"): the clause's figures are the first office's.
    reference: bool = False


# A place name: capitalised words (and "dan DIY"-style joins), at most four.
# A dot inside a word is kept ("St.Louis"); a word ending in a dot ends the name, so the
# name never runs across a sentence end ("BPJS Ketenagakerjaan. Total manfaat ...").
_NAME_WORD = r"[A-Z][\w'-]*(?:\.[\w'-]+)*"
# (Words of one name stand on one line: "... Peserta BPJS Ketenagakerjaan\n\nHanya saja" names no place.)
_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+(?:dan[ \t\u00a0]+|&[ \t\u00a0]+)?{_NAME_WORD}){{0,3}})"
# A region's long name may be followed by its short one in brackets ("Kantor Wilayah Sumatera
# Bagian Tengah (Sumbagteng)"): both must give one office name.
_KANWIL_RE = re.compile(
    rf"\b(?:Kantor\s+Wilayah|Kanwil|Kakanwil|Deputi\s+Direktur\s+(?:Bidang\s+)?Wilayah|Deputi\s+Wilayah|Kepala\s+Wilayah"
    # "BPJS Ketenagakerjaan Wilayah Sumbar Riau", "(BPJS) Ketenagakerjaan Wilayah Jawa Timur": the agency's region
    rf"|{AGENCY_NAME}\s+Wilayah(?!\s+Kerja))"
    # ("Sumatera bagian utara (Sumbagut)": the region's part in lower case)
    rf"\s+(?:{AGENCY_NAME}\s+)?(?:\(\w+\)\s+)?{_NAME}(?P<part>\s+[Bb]agian\s+(?:[Uu]tara|[Tt]engah|[Ss]elatan))?"
    rf"(?:\s*\((?P<short>[A-Za-z][\w &-]{{1,30}})\))?")
# "Kantor Cabang Perintis Sanggau", "Kantor Cabang Pembantu (KCP) Bitung": the branch's type
# is not its name.
# ("BP Jamsostek cabang Balikpapan": after the agency's name, "cabang" in lower case names the branch too)
_BRANCH_RE = re.compile(
    rf"\b(?:Kantor\s+Cabang(?:\s+(?:Perintis|Pembantu))?|Kacab|KCP|Kepala\s+Cabang|Cabang|{AGENCY_NAME}\s+cabang)\s+(?:{AGENCY_NAME}\s+)?"
    rf"(?:\(\w+\)\s+)?{_NAME}")
# Words before an office that make it the object of another office's relation.
_REFERENCE_BEFORE_RE = re.compile(r"\b(?:membawahi|membawahkan|membawahinya|di\s+bawah|induk\s+dari)\s+$", re.I)
_AGENCY_PLACE_RE = re.compile(rf"\b(?:{AGENCY_NAME}|BPJS)[ \t\u00a0]+{_NAME}")
# Words that follow the agency's name without being a place.
_NOT_PLACE = {"ketenagakerjaan", "naker", "kantor", "kanwil", "cabang", "jamsostek", "watch", "kesehatan", "tk", "bp",
              "wilayah", "kacab", "kakanwil", "kepala", "deputi", "direktur", "dirut", "bpjs", "pusat", "dan", "the",
              "juga", "ini", "itu", "di", "ke", "telah", "sudah", "pada", "selaku", "bersama", "rp", "klaim", "jht",
              "jkk", "jkm", "jp", "jkp", "bayar", "bayarkan", "catat", "catatkan", "salurkan", "serahkan", "raih",
              "gelar", "gandeng", "dorong", "ajak", "beri", "berikan", "sosialisasikan", "imbau", "tingkatkan",
              "perluas", "siapkan", "terima", "capai", "naik", "turun", "tembus", "peserta", "pekerja", "program",
              "santunan", "manfaat", "untuk", "kepada", "dengan", "hingga", "sampai", "selama", "sepanjang",
              "foto", "dok", "ilustrasi", "istimewa",
              # people a headline names after the agency ("Klaim JHT BPJAMSOSTEK Warga Bandung"): no office
              "warga", "masyarakat", "buruh", "karyawan", "tenaga", "pegawai", "nelayan", "petani", "perusahaan",
              "mitra", "layanan", "jajaran", "jajarannya",
              # the agency's apps and services ("aplikasi pengaduan BPJSTK Mobile"): no place
              "mobile", "online", "care", "digital", "app", "apps", "plus",
              # groups of workers after the agency ("kepesertaan BPJS Ketenagakerjaan GTT dan PTT"): no place
              "gtt", "ptt", "asn", "pns", "pppk", "honorer", "guru", "perangkat",
              # a headline's adverbs after the agency ("Dana JKP di BPJamsostek Masih Melimpah"): no place
              "masih", "makin", "semakin", "kian", "terus", "tetap", "belum", "akan", "siap", "mulai", "kembali",
              # a ranking's superlative after the agency ("Peserta Aktif BPJS Ketenagakerjaan Terbanyak"): no place
              "terbanyak", "tertinggi", "terbesar", "terendah", "terkecil", "tersedikit", "teratas", "terbaik"}
# The agency's name however it is misspelt ("Ktenagakerjaan", "Ketenagakerjaaan", "Ketenagakrjaan") is no place.
_AGENCY_WORD_RE = re.compile(r"(?i)k?e?t[ae]n[ae]?ga\s?k\w*$")  # a photo caption: "Gedung BPJS Ketenagakerjaan Foto: ..."
_PROVINCE_RE = re.compile(
    r"\b(?:[Dd]i\s+(?:Provinsi\s+|provinsi\s+)?|Provinsi\s+|provinsi\s+|se-?\s*)(?P<name>"
    + "|".join(sorted((re.escape(p) for p in PROVINCES), key=len, reverse=True))
    + "|" + "|".join(k.title() if " " in k else k.capitalize() for k in PROVINCE_SHORT) + r")\b")


_BARE_PROVINCE_RE = re.compile(r"(?<![\w.])(?P<name>" + "|".join(sorted(
    [re.escape(p) for p in PROVINCES] + [re.escape(k.title()) for k in PROVINCE_SHORT if " " in k],
    key=len, reverse=True)) + r")\b")
PROVINCE_NAME = ("(?:" + "|".join(sorted((re.escape(p) for p in PROVINCES), key=len, reverse=True))
                  + "|" + "|".join(k.title() if " " in k else k.capitalize() for k in PROVINCE_SHORT)
                  # (short forms written in capitals: "di Bali, NTB, NTT dan Papua")
                  + "|" + "|".join(k.upper() for k in PROVINCE_SHORT if " " not in k) + r")\b")
# (or a name again at once, a slip: "wilayah Papua Papua Barat dan Papua Barat Daya")
_ANOTHER_PROVINCE_RE = re.compile(r"\s*(?:(?:,|dan|serta|&)\s*(?:dan\s+)?(?:Provinsi\s+|provinsi\s+)?|\s)" + PROVINCE_NAME)
# Every name _PROVINCE_RE and _BARE_PROVINCE_RE can find, as written: a text holding none names no province. One
# scan that skips to a name's capital, instead of trying a name after every "di" and "se" (most texts name none).
_PROVINCE_NAME_HINT_RE = substring_finder([*PROVINCES, *(k.title() if " " in k else k.capitalize() for k in PROVINCE_SHORT)])


_BUILDING_WORDS = ("Plaza ", "Gedung ", "Menara ", "Wisma ", "Graha ", "plaza ", "gedung ", "menara ")
_BUILDING_BEFORE_RE = re.compile(r"\b(?:Plaza|Gedung|Menara|Wisma|Graha)\s+$", re.I)
_TITLE_WORD_RE = re.compile(r"(?:Kakanwil|Kacab|Deputi|Kepala|Direktur|Dirut|Direksi)\b")
_TITLE_BEFORE_RE = re.compile(r"\b(?:Kepala|Pimpinan|Plt\.?|Pj\.?|Direktur|Deputi\s+Direktur|Asisten\s+Deputi)\s+$")


_TITLE_BEFORE_WORDS = ("Kepala", "Pimpinan", "Plt", "Plt.", "Pj", "Pj.", "Direktur", "Deputi")
_PLACE_BEFORE_RE = re.compile(r"\b(?:di|dari|untuk|oleh)\s+$", re.I)


def _may_end_with_place_word(tail: str) -> bool:
    """False only when `tail` cannot end with di/dari/untuk/oleh under IGNORECASE."""
    return "\u0130" in tail or "\u0131" in tail or tail.casefold().endswith(("di", "dari", "untuk", "oleh"))


# A verb a headline writes in capitals after the office: "-kan" verbs of seven letters and more (Cairkan,
# Serahkan; not "Pekan"), and the common short ones.
# (Places that end the same way are named: "Kepala Cabang BPJS Ketenagakerjaan Kota Tarakan".)
_HEADLINE_VERB_RE = re.compile(r"(?!(?i:Tarakan)\b)[A-Za-z]{4,}kan|(?i:tumbuh|genjot|santuni|lindungi|sasar|bidik|kejar|buka|badan|"
                               r"penyelenggara|optimalkan|perkuat|tambah|klaim\w*)")


@lru_cache(maxsize=256)  # (the article's office and its sentences' offices read the same names: 4.7 of 6 an article)
def _trim_name(name: str) -> str:
    """Drop words after the place: person names after a comma are already cut by the
    pattern; cut at the first word that cannot be part of a place name."""
    words = []
    for word in name.split():
        if (word.lower() in _NOT_PLACE and word.lower() not in ("dan",)) or _AGENCY_WORD_RE.match(word) \
                or _HEADLINE_VERB_RE.fullmatch(word) or any(ch.isdigit() for ch in word):
            break  # (a Title Case headline capitalises its verb: "Cabang Ternate Cairkan Klaim", "Kudus Rp224,41 M")
        words.append(word)
    while words and words[-1].lower() in ("dan", "&"):
        words.pop()  # ("Cabang Tarakan dan Jajaran": the branch and the offices under it)
    return " ".join(words).rstrip(".")


# "Kepala Kantor BPJAMSOSTEK Cabang X ...": a title, maybe its office and the agency, then the branch
_HOLDER_TITLE_BEFORE_RE = re.compile(
    rf"\b(?:Kepala|Pimpinan|Plt\.?|Pj\.?|Direktur|Deputi)\s+(?:Kantor\s+)?(?:{AGENCY_NAME}\s+)?(?:\(\w+\)\s+)?\Z")
# Words that end a branch's name as a place ("Cabang Jakarta Selatan"), never a person's.
_PLACE_SUFFIXES = {"utara", "selatan", "barat", "timur", "tengah", "raya", "kota", "kabupaten", "pusat", "baru"}


def _without_person(name: str) -> str:
    """'Bojonegoro Dolik Yulianto' in 'Kepala Kantor Cabang Bojonegoro Dolik Yulianto': a title's
    branch is followed by its holder's name; up to two trailing words that end no place go."""
    words = name.split()
    for _ in range(2):
        if len(words) > 1 and words[-1].lower() not in _PLACE_SUFFIXES:
            words.pop()
    return " ".join(words)


def kanwil_name(name: str) -> str | None:
    """The canonical Kanwil name for a written region name: longest known prefix wins."""
    words = name.replace("-", " ").split()  # "Jateng-DIY" is "Jateng DIY"
    for n in range(len(words), 0, -1):
        key = " ".join(words[:n]).lower()
        if key in KANWIL_NAMES:
            return KANWIL_NAMES[key]
    return None


# Words (case as written) each office pattern cannot match without: most sentences name
# no office, and substring tests are far cheaper than the patterns.
# (Case-sensitive patterns: every Kanwil opener holds 'Wilayah' or 'anwil' (Kanwil, Kakanwil),
# every branch opener 'Cabang', 'Kacab' or 'KCP'.)
def _may_name_kanwil(text: str) -> bool:
    return "Wilayah" in text or "anwil" in text


def _may_name_branch(text: str) -> bool:
    return "Cabang" in text or "Kacab" in text or "KCP" in text or " cabang " in text


def _may_name_national(text: str) -> bool:
    # (no "antor": "Kantor Pusat" holds "usat", and "Kantor Cabang" opens a sixth of all sentences)
    return ("Dir" in text or "asional" in text.lower() or "Indonesia" in text
            or "Dewan" in text or "usat" in text)


_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
_CAPITALISED_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Z]")  # the first letter of a capitalised Latin word
# "Direktur Pelayanan BPJS Ketenagakerjaan Roswita": a director's portfolio may stand between.
_PERSON_TITLE_BEFORE_RE = re.compile(
    r"(?:Direktur(?:\s+(?:Utama|[A-Z][a-z]+(?:\s+(?:dan\s+)?[A-Z][a-z]+){0,3}))?|Dirut|Direksi|Dewan\s+\w+|Menteri|"
    # "Deputi Komunikasi BPJS Hendra Kurniawan": a deputy's portfolio, then the person (not "Deputi ... Wilayah X")
    r"Deputi(?:\s+(?!Wilayah)[A-Z][a-z]+(?:\s+(?:dan\s+)?(?!Wilayah)[A-Z][a-z]+){0,3})?|"
    # ("Direktur Utama BPJS Ketenagakerjaan atau BP Jamsostek Anggoro Eko Cahyo": the agency's other name between)
    rf"Ketua|Anggota)(?:\s+{AGENCY_NAME}\s+(?:atau|alias|/))?\s*$")


def _is_title_case(text: str) -> bool:
    """At least four Latin words, at least 60% of them capitalised."""
    words = len(_LATIN_WORD_RE.findall(text))
    return words >= 4 and len(_CAPITALISED_WORD_RE.findall(text)) >= 0.6 * words


def find_offices(text: str, offset: int = 0) -> list[OfficeMention]:
    """Every office a sentence names, in text order."""
    kanwil, branch, national = _may_name_kanwil(text), _may_name_branch(text), _may_name_national(text)
    if not (kanwil or branch or national or "BP" in text):
        return []  # most sentences name no office at all
    found: list[OfficeMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, office: str) -> None:
        if any(a < match.end() and match.start() < b for a, b in taken):
            return
        taken.append((match.start(), match.end()))
        # Both look-behind patterns end in whitespace after a word: test that word cheaply
        # first (the patterns alone would rescan all the text before every office).
        word_end = match.start()
        while word_end > 0 and text[word_end - 1].isspace():
            word_end -= 1
        spaced = word_end < match.start()
        as_title = bool(_TITLE_WORD_RE.match(match.group(0)) or (
            spaced and text.endswith(_TITLE_BEFORE_WORDS, 0, word_end)
            and _TITLE_BEFORE_RE.search(text[:match.start()])))
        local = spaced and _may_end_with_place_word(text[max(0, word_end - 5):word_end]) \
            and bool(_PLACE_BEFORE_RE.search(text[:match.start()]))
        reference = spaced and text.endswith(("membawahi", "membawahkan", "membawahinya", "bawah", "dari"), 0, word_end) \
            and bool(_REFERENCE_BEFORE_RE.search(text[max(0, word_end - 20):match.start()]))
        found.append(OfficeMention(match.start() + offset, match.end() + offset, office, as_title, local, reference))

    for m in (_KANWIL_RE.finditer(text) if kanwil else ()):
        name = _trim_name(m.group("name"))
        if name:
            short = m.group("short")
            known = (kanwil_name(name + m.group("part")) if m.group("part") else None) or kanwil_name(name) \
                or (kanwil_name(short) if short else None)
            add(m, f"Kanwil {known or short or name.split()[0]}")
    for m in (_BRANCH_RE.finditer(text) if branch else ()):
        name = _trim_name(m.group("name"))
        if name and name.count(" ") >= 2 and (_TITLE_WORD_RE.match(m.group(0)) or _HOLDER_TITLE_BEFORE_RE.search(
                text, max(0, m.start() - 60), m.start())):
            name = _without_person(name)
        if name:
            add(m, f"Cabang {name}")
    for m in (NATIONAL_RE.finditer(text) if national else ()):
        add(m, "Nasional")
    agency_places = []
    for m in (_AGENCY_PLACE_RE.finditer(text) if "BP" in text else ()):
        name = _trim_name(m.group("name"))
        if name and name.split()[0].lower() not in _NOT_PLACE:
            agency_places.append((m, name))
    # In a title-case line ("BPJS Ketenagakerjaan Bayar Klaim JHT") capitals say nothing.
    # (Tested only when a place is named at all: most agency mentions are followed by a
    # word that is no place, and counting the words is the costly part.)
    if agency_places and _is_title_case(text):
        agency_places = []
    for m, name in agency_places:
        # "Direktur Utama BPJS Ketenagakerjaan Anggoro" names a person, not a place.
        if _PERSON_TITLE_BEFORE_RE.search(text[:m.start()]):
            continue
        if text.endswith(_BUILDING_WORDS, 0, m.start()) and _BUILDING_BEFORE_RE.search(text, max(0, m.start() - 12),
                                                                                       m.start()):
            continue  # "ditemui di Plaza BPJamsostek Jakarta": a building, not an office's area
        # (the whole name, not its first words: "BPJAMSOSTEK Jakarta Kebon Sirih" is a branch, "BPJS Ketenagakerjaan
        # Papua Barat" a province)
        if name.count(" ") >= 2 and _HOLDER_TITLE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            name = _without_person(name)  # "Kepala BPJS Ketenagakerjaan Jember Dolik Yulianto": the head's name after
        known = kanwil_name(name) if name.lower().replace("-", " ") in KANWIL_NAMES else None
        province = PROVINCE_SHORT.get(name.lower(), name if name in PROVINCES else None)
        # "BPJS Ketenagakerjaan DIY": a province's office when the province names no region
        add(m, f"Kanwil {known}" if known else f"Provinsi {province}" if province else f"Cabang {name}")
    found.sort(key=lambda o: o.start)
    return found


_SPACES_RE = re.compile(r" {2,}")


def province_in(text: str, office: str, bare: bool = False) -> str | None:
    """`Provinsi X` when the text says a figure is about province X, which is not the
    region the office is named after ("di Sulawesi Selatan" in a Kanwil Sulawesi Maluku
    article); None otherwise. `bare`: the text is one list item or ranking entry, where a
    province's name alone says it ("Di peringkat kedua ada Jawa Barat dengan 6,41 juta peserta")."""
    if "  " in text:  # ("DKI  Jakarta"): only a name is returned, so the text's spacing may change
        text = _SPACES_RE.sub(" ", text)
    if _PROVINCE_NAME_HINT_RE.search(text) is None:
        return None
    match = _PROVINCE_RE.search(text) or (_BARE_PROVINCE_RE.search(text) if bare else None)
    if not match:
        return None
    if _ANOTHER_PROVINCE_RE.match(text, match.end()):
        return None  # "di Sumatera Utara dan Aceh": the figure covers several provinces
    name = PROVINCE_SHORT.get(match.group("name").lower(), match.group("name"))
    if any(PROVINCE_SHORT.get(m.group("name").lower(), m.group("name")) != name
           for m in _PROVINCE_RE.finditer(text, match.end())):
        return None  # "Rp76 miliar di Sumbar, Rp201 miliar di Kepulauan Riau, ...": parts by province, no one area
    region = office.split(" ", 1)[1] if " " in office else office
    if name.lower() in (region.lower(), PROVINCE_SHORT.get(region.lower(), region).lower()):
        # the office's own province ("di Jawa Timur" in a Kanwil Jawa Timur article; "NTB" in a Cabang NTB one)
        return None
    if text[:match.start()].rstrip().rstrip(",").rstrip().lower().endswith(region.lower()) \
            and text[:match.start()].rstrip().endswith(","):
        return None  # where the office is: "BPJS Ketenagakerjaan Pekanbaru, Provinsi Riau, ..."
    return f"Provinsi {name}"


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_KANWIL_RE = guarded(_KANWIL_RE)
_BRANCH_RE = guarded(_BRANCH_RE)
_AGENCY_PLACE_RE = guarded(_AGENCY_PLACE_RE)
_PROVINCE_RE = guarded(_PROVINCE_RE)
_TITLE_BEFORE_RE = guarded(_TITLE_BEFORE_RE)
_PLACE_BEFORE_RE = guarded(_PLACE_BEFORE_RE)
_REFERENCE_BEFORE_RE = guarded(_REFERENCE_BEFORE_RE)
_PERSON_TITLE_BEFORE_RE = guarded(_PERSON_TITLE_BEFORE_RE)
