"""Words that carry meaning in BPJS Ketenagakerjaan reporting, as compiled patterns.

One place for the vocabulary (programs, case words, metrics, offices, months,
weekdays, cues that a figure is not a payment), so rules elsewhere read as grammar.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pantau.extract.fastre import guarded

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "febuari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "napember": 11, "nov": 11,
    "desember": 12, "des": 12,
}
# Full names only in free text: the short forms collide with words ("mar", "des").
MONTH_WORD = (r"(?:januari|febr?uari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
              r"n[oa]pember|november|desember)")
WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
# Python's date.weekday(): Monday is 0.
WEEKDAY_INDEX = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
                 "minggu": 6, "ahad": 6}
WEEKDAY_WORD = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"

# Program names: the spelled-out name (optionally followed by its abbreviation in
# brackets, which is then part of the same mention) or the abbreviation alone.
_PROGRAM_FORMS = (
    ("JHT", r"jaminan\s+hari\s+tua"),
    ("JKM", r"jaminan\s+kematian"),
    ("JKK", r"jaminan\s+kecelakaan\s+kerja"),
    ("JP", r"jaminan\s+pensiun"),
    ("JKP", r"jaminan\s+kehilangan\s+pekerjaan"),
)
_PROGRAM_ABBREVIATIONS = {"JHT": "JHT", "JKM": "JKM", "JK": "JKM", "JKK": "JKK", "JP": "JP", "JKP": "JKP"}
PROGRAM_RE = re.compile(
    "|".join(f"(?P<{code}>{form}(?:\\s*\\((?:{code}|JK)\\))?)" for code, form in _PROGRAM_FORMS)
    + r"|(?P<abbr>(?<![A-Za-z])(?:JHT|JKM|JKK|JKP|JK|JP)(?![A-Za-z]))"
    # "kasus kecelakaan kerja", "klaim kematian", "Untuk kecelakaan kerja ada 412 kasus": a claim
    # named by its risk, without "jaminan".
    # (The 'k' first: most positions fail on it before any look-behind runs.)
    + r"|(?P<accident>k(?<=(?:kasus|klaim|untuk)\sk)ecelakaan\s+kerja)"
    + r"|(?P<risk>(?<=klaim\s)(?:kematian(?!\s+(?:akibat|karena)\s+kecelakaan)|hari\s+tua|pensiun|"
    r"kehilangan\s+pekerjaan)\b)"
    # "santunan kematian" is the JKM benefit, unless the death came from a work accident (JKK).
    + r"|(?P<death>santunan\s+kematian(?!\s+(?:akibat|karena)\s+kecelakaan))",
    re.I,
)


_RISK_PROGRAM = {"kematian": "JKM", "hari": "JHT", "pensiun": "JP", "kehilangan": "JKP"}


def program_of(match: re.Match) -> str:
    """The program code a PROGRAM_RE match names."""
    if match.group("abbr"):
        return _PROGRAM_ABBREVIATIONS[match.group("abbr").upper()]
    if match.group("accident"):
        return "JKK"
    if match.group("risk"):
        return _RISK_PROGRAM[match.group("risk").split()[0].lower()]
    if match.group("death"):
        return "JKM"
    return next(code for code, _ in _PROGRAM_FORMS if match.group(code))


# A count followed by one of these is a number of claims (typos seen in the wild included).
CASE_WORD_RE = re.compile(r"\s*(?:kasus|kasu|ksus|kaus|klaim|berkas|penerima(?!\s+upah)|"
                          # applications approved or paid are claims ("9.215 pengajuan telah disetujui")
                          r"pengajuan(?=\s+(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:disetujui|dibayar\w*|dicairkan)))\b",
                          re.I)
# People words count as claimants only in a sentence about paying benefits.
CLAIMANT_WORD_RE = re.compile(r"\s*(?:orang\s+)?(?:(?:eks|mantan)[\s-]+)?(?:peserta|pekerja|tenaga\s+kerja|orang|ahli\s+waris)\b(?!\s+aktif)", re.I)
PAYMENT_CUE_RE = re.compile(
    r"\b(?:klaim|manfaat|santunan|membayar\w*|dibayar\w*|pembayaran|bayar(?:kan)?|mencair\w*|dicairkan|pencairan|"
    r"menyalurkan|disalurkan|penyaluran|menyerahkan|diserahkan)\b", re.I)
# What a payment verb pays when it is not a benefit: contributions, fines, wages, taxes
# ("perusahaan tidak lagi membayar iuran").
NOT_BENEFIT_OBJECT_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:iuran|premi|denda|tunggakan|pajak|gaji|upah|utang|cicilan|angsuran)\b", re.I)
# Words in a people count's clause that make it a status, registration, subsidy, loan or
# target count rather than a count of benefit recipients.
NOT_CLAIMANT_RE = re.compile(
    r"\b(?:non\s*-?\s*aktif|tidak\s+aktif|berstatus|terdaftar|mendaftar\w*|didaftarkan|belum\s+\w*\s*terlindungi|"
    r"calon|BSU|subsidi|KPR|pinjaman|kredit|pembiayaan|target\w*|ditargetkan|"
    r"mengajukan)\b", re.I)  # applicants, not people paid ("9.860 pekerja mengajukan klaim JKP")
# Words right before a people count that make it an audience, not claimants ("sosialisasi
# yang diikuti 150 peserta", "dihadiri 80 undangan").
AUDIENCE_LEAD_RE = re.compile(
    r"\b(?:diikuti|dihadiri|mengikuti|menghadiri|menghadirkan|mengundang|melibatkan)\s+(?:oleh\s+)?"
    r"(?:sebanyak\s+|sekitar\s+|lebih\s+dari\s+|hampir\s+|kurang\s+lebih\s+)?$", re.I)
# A passive payment verb whose subject is a contribution ("iurannya dibayar melalui APBD").
CONTRIBUTION_PAID_RE = re.compile(r"\b(?:iuran\w*|premi\w*)\s+(?:\w+\s+){0,2}?(?:yang\s+)?(?:di)?bayar\w*", re.I)
# A figure of every program together ("Secara keseluruhan, klaim ketiga program tersebut").
COLLECTIVE_RE = re.compile(
    r"\b(?:secara\s+keseluruhan|(?:kedua|ketiga|keempat|kelima|seluruh|semua)\s+(?:\w+\s+)?program|"
    r"(?:total|seluruh|keseluruhan)\s+(?:klaim|manfaat|pembayaran|program))\b", re.I)
# An approximate figure ("lebih dari 500 kasus", "sekitar Rp 3 miliar"): a restatement when
# the exact figure stands right after it ("..., tepatnya 521 kasus").
APPROXIMATE_LEAD_RE = re.compile(
    r"\b(?:lebih\s+dari|kurang\s+dari|sekitar|hampir|nyaris|kurang\s+lebih|mendekati|di\s+atas|lebih|kira-kira)\s*(?:Rp\.?\s*)?$",
    re.I)


@lru_cache(maxsize=1024)  # asked of every sentence by both claims and membership
def is_benefit_payment(text: str) -> bool:
    """A sentence about paying or receiving benefits: a payment or benefit word that is
    not the payment of a contribution, fine or wage."""
    paid_contributions = [m.span() for m in CONTRIBUTION_PAID_RE.finditer(text)]
    for cue in PAYMENT_CUE_RE.finditer(text):
        if any(a <= cue.start() < b for a, b in paid_contributions):
            continue  # "iurannya dibayar ...": a contribution, not a benefit
        if cue.group(0).lower() in ("klaim", "manfaat", "santunan") \
                or not NOT_BENEFIT_OBJECT_RE.match(text, cue.end()):
            return True
    return False

# Money that is not a benefit payment.
NOT_CLAIM_RE = re.compile(
    r"\b(?:dana\s+kelolaan|dana\s+investasi|hasil\s+investasi|investasi|aset|iuran|piutang|tunggakan|"
    r"menunggak|denda|target\w*|ditargetkan|menargetkan|anggaran|berhak|kali\s+upah|"
    r"beasiswa|maksimal|paling\s+banyak|hingga\s+maksimal|premi|gaji|upah\s+minimum|UMK|UMP|"
    r"pinjaman|kredit|KPR|pembiayaan|layanan\s+tambahan|MLT|renovasi|uang\s+muka|biaya\s+perawatan\s+tanpa\s+batas|BSU|subsidi|bantuan|"
    r"sembako|CSR|rata-rata|per\s+(?:orang|peserta|kasus|bulan|pekerja|anak)|setiap\s+bulan|"
    r"laba|pendapatan|omzet|nilai\s+proyek|proyek|APBD|APBN|dolar|US\$|"
    # a threshold or a cap, not a payment ("klaim di bawah Rp 15 juta lewat aplikasi", "batas upah Rp 5 juta")
    r"(?:klaim|saldo|pencairan)\s+(?:\w+\s+)?di\s+bawah|batas\s+(?:upah|gaji|atas))\b", re.I)
# A figure about plans, not a fact.
TARGET_RE = re.compile(r"\b(?:target\w*|ditargetkan|menargetkan|targetkan|rencana\w*|akan\s+\w+|diharapkan|proyeksi)\b",
                       re.I)
# Parts of a stated amount rather than a program total.
COMPONENT_CUE_RE = re.compile(
    r"\b(?:sisanya|terdiri\s+(?:dari|atas)|meliputi|di\s*antaranya|uang\s+tunai|pelatihan|berupa|"
    r"dalam\s+bentuk|komponen|biaya\s+pemakaman|santunan\s+berkala)\b", re.I)
SINGLE_HEIR_RE = re.compile(r"\b(?:ahli\s+waris|almarhum\w*|alm\.|keluarga\s+korban)\b", re.I)

def _change_words(tag: str) -> str:
    """The change words and phrases of lexicon.tsv (class change_up or change_down), as one alternation,
    longest first; a word that also counts new participants ('penambahan') states no change of a level."""
    from pathlib import Path

    words = []
    for line in Path(__file__).with_name("lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        phrase, classes = line.split("\t", 1)
        tags = classes.split()
        if tag in tags and "member_new" not in tags and all(word.isalpha() for word in phrase.split()):
            words.append(phrase.lower())
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) + ")"


CHANGE_UP = _change_words("change_up")
CHANGE_DOWN = _change_words("change_down")
# A comparative with a percent states a change too ("lebih tinggi 12 persen dari ...").
COMPARATIVE_UP = r"lebih\s+(?:tinggi|besar|banyak)(?=\s+\d[\d.,]*\s*(?:%|persen))"
COMPARATIVE_DOWN = r"lebih\s+(?:rendah|kecil|sedikit)(?=\s+\d[\d.,]*\s*(?:%|persen))"
# ("total peningkatan tenaga kerja ... mencapai 40.118": an increase of participants counted is the new ones, no change)
# "dari" opening the side a change starts from; not "(baik) dari sisi/segi ...", which says how a figure grew
# The word before a change's new value: "menjadi", "jadi", and "ke" right before a figure ("naik dari 640 kasus ke 710 kasus")
TO_WORD = r"(?:menjadi|jadi|ke(?=\s+(?:Rp\.?\s*)?\d))"
TO_WORD_BEFORE_FIGURE = r"(?:menjadi|jadi|ke)"  # (the same, where the figure after it is matched next)
FROM_WORD = r"dari(?!\s+(?:sisi|segi)\b)"
# A membership segment's metric stem (active_<stem>, new_<stem>); migrant workers have a metric of their own.
SEGMENT_METRIC = {"wage": "wage_workers", "non_wage": "non_wage_workers", "construction": "construction_workers"}
CHANGE_RE = re.compile(rf"\b(?P<up>(?:{CHANGE_UP})(?!\s+(?:peserta|tenaga\s+kerja|pekerja)\b)|{COMPARATIVE_UP})"
                       rf"|(?P<down>{CHANGE_DOWN}|{COMPARATIVE_DOWN})\b", re.I)
# A sentence that opens with what it compares against ("Dibandingkan 2018 yang tercatat Rp 911
# miliar, naik 12 persen"): the figures of that opening clause are the compared (prior) side.
COMPARISON_LEAD_RE = re.compile(
    r"[\"“'(]?\s*(?:(?:jika|bila|apabila|kalau)\s+)?(?:dibanding\w*|bandingkan|ketimbang|daripada)\b", re.I)

# Membership vocabulary.
COMPANY_WORD_RE = re.compile(r"\b(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b", re.I)
# ("mendaftarkan 38.900 pekerjanya": the possessive is still workers.)
WORKER_WORD_RE = re.compile(r"\b(?:pekerja|tenaga\s+kerja|peserta|orang|jiwa|TKI|PMI|buruh|karyawan)(?:nya)?\b", re.I)
ACTIVE_RE = re.compile(r"(?<!non)(?<!non-)(?<!non )\baktif\b", re.I)
INACTIVE_RE = re.compile(r"\b(?:non\s*-?\s*aktif|tidak\s+aktif)\b", re.I)
SEGMENT_RES = (
    # "tenaga kerja luar hubungan kerja (TK LHK)": the older name of the informal segment.
    ("non_wage", re.compile(r"\b(?:bukan\s+penerima\s+upah|BPU|informal|mandiri|luar\s+hubungan\s+kerja|LHK)\b",
                            re.I)),
    ("wage", re.compile(r"\b(?:penerima\s+upah|PU|formal)\b", re.I)),
    ("construction", re.compile(r"\b(?:jasa\s+konstruksi|jakon|konstruksi)\b", re.I)),
    ("migrant", re.compile(r"\b(?:TKI|PMI|pekerja\s+migran|tenaga\s+kerja\s+indonesia|buruh\s+migran)\b", re.I)),
)
NEW_RE = re.compile(
    r"\b(?:penambahan|peserta\s+baru|kepesertaan\s+baru|pekerja\s+baru|tenaga\s+kerja\s+baru|"
    # a segment then "baru yang ..." is new ("penerima upah baru yang didaftarkan"); a bare
    # "baru" before a count means "only" ("bukan penerima upah baru 38 ribu orang")
    r"(?:penerima\s+upah|PU|BPU|jasa\s+konstruksi|jakon)\s+baru\s+yang|"
    r"perusahaan\s+baru|bertambah|akuisisi|mendaftarkan\s+diri|rekrut\w*)\b", re.I)
# A count of places, offices, periods or kinds ("di dua provinsi", "13 kantor cabang"):
# it counts things, never members.
COUNTED_THING_RE = re.compile(
    r"\s*(?:provinsi|kabupaten|kota|kecamatan|kelurahan|desa|wilayah|daerah|negara|kantor|cabang|kanwil|"
    r"sektor|program|tahun|bulan|minggu|pekan|hari|jam|kali|unit|titik|lokasi|jenis|kategori|segmen|kegiatan)\b",
    re.I)
MEMBERSHIP_CUE_RE = re.compile(r"\b(?:peserta|kepesertaan|terdaftar|tenaga\s+kerja\s+aktif|pekerja\s+aktif)\b", re.I)
NOT_MEMBERSHIP_RE = re.compile(
    r"\b(?:belum\s+(?:terlindungi|terdaftar|menjadi|ikut|tercover|terdaftar)|tidak\s+terdaftar|non\s*-?\s*aktif|"
    r"tidak\s+aktif|target\w*|ditargetkan|menargetkan|potensi|RTW|return\s+to\s+work|perumahan|"
    r"co-?marketing|desa|wartawan|rumah\s+sakit|klinik|BLK|beasiswa|vaksin\w*|lowongan|"
    r"PHK|dirumahkan|kehilangan\s+pekerjaan|bantuan\s+subsidi|BSU|sosialisasi|peserta\s+acara)\b", re.I)

# Offices. Regional (Kanwil) names as written → the canonical Kanwil name.
KANWIL_NAMES = {
    "jatim": "Jawa Timur", "jawa timur": "Jawa Timur",
    "jabar": "Jawa Barat", "jawa barat": "Jawa Barat",
    "jateng": "Jawa Tengah", "jawa tengah": "Jawa Tengah", "jateng diy": "Jawa Tengah dan DIY",
    "jawa tengah dan daerah istimewa yogyakarta": "Jawa Tengah dan DIY", "jawa tengah dan daerah istimewa": "Jawa Tengah dan DIY", "jateng dan diy": "Jawa Tengah dan DIY",
    "jawa tengah dan di yogyakarta": "Jawa Tengah dan DIY", "jateng dij": "Jawa Tengah dan DIY",
    "jawa tengah dan diy": "Jawa Tengah dan DIY", "jateng dan diy": "Jawa Tengah dan DIY",
    "dki": "DKI Jakarta", "dki jakarta": "DKI Jakarta", "jakarta": "DKI Jakarta",
    "banten": "Banten", "kalimantan": "Kalimantan",
    "sulawesi maluku": "Sulawesi Maluku", "sulama": "Sulawesi Maluku", "sulawesi dan maluku": "Sulawesi Maluku",
    "sumbagut": "Sumbagut", "sumatera bagian utara": "Sumbagut", "sumbagsel": "Sumbagsel",
    "sumbagteng": "Sumbagteng", "sumatera bagian tengah": "Sumbagteng", "jawa tengah & diy": "Jawa Tengah dan DIY",
    "jateng & diy": "Jawa Tengah dan DIY", "bali nusa tenggara dan papua": "Bali Nusra Papua",
    "bali nusra dan papua": "Bali Nusra Papua", "sulawesi & maluku": "Sulawesi Maluku",
    "sumatera bagian selatan": "Sumbagsel", "sumbar riau": "Sumbarriau", "sumbarriau": "Sumbarriau",
    "sumatera barat dan riau": "Sumbarriau", "bali nusra papua": "Bali Nusra Papua",
    "banuspa": "Bali Nusra Papua", "bali nusa tenggara papua": "Bali Nusra Papua", "balinusra": "Bali Nusra",
    "bali nusra": "Bali Nusra", "papua maluku": "Papua Maluku", "papua": "Papua",
}
PROVINCES = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
    "Bengkulu", "Lampung", "Bangka Belitung", "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta",
    "Yogyakarta", "Jawa Timur", "Banten", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
    "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Gorontalo",
    "Sulawesi Barat", "Maluku", "Maluku Utara", "Papua", "Papua Barat",
    # (the provinces formed in 2022)
    "Papua Tengah", "Papua Selatan", "Papua Pegunungan", "Papua Barat Daya",
)
PROVINCE_SHORT = {"jateng": "Jawa Tengah", "jabar": "Jawa Barat", "jatim": "Jawa Timur", "jogja": "DI Yogyakarta",
                  "yogya": "DI Yogyakarta", "sumut": "Sumatera Utara", "sumbar": "Sumatera Barat", "sumsel": "Sumatera Selatan",
                  "kepri": "Kepulauan Riau", "babel": "Bangka Belitung", "diy": "DI Yogyakarta", "dij": "DI Yogyakarta", "sumatra utara": "Sumatera Utara",
                  "sumatra barat": "Sumatera Barat", "sumatra selatan": "Sumatera Selatan",
                  "ntb": "Nusa Tenggara Barat", "ntt": "Nusa Tenggara Timur", "kalbar": "Kalimantan Barat",
                  "kalteng": "Kalimantan Tengah", "kalsel": "Kalimantan Selatan", "kaltim": "Kalimantan Timur",
                  "kaltara": "Kalimantan Utara", "sulut": "Sulawesi Utara", "sulteng": "Sulawesi Tengah",
                  "sulsel": "Sulawesi Selatan", "sultra": "Sulawesi Tenggara", "sulbar": "Sulawesi Barat",
                  "malut": "Maluku Utara"}
# The agency's second word however it is spelt or cased ("Ketenagakerjaan", "ketenagakerjaan", "KETENAGAKERJAAN",
# "Ketenagakerjaaan", "Ketanagakerjaan", "Ketengakerjaan", "Tenaga Kerja"): a misspelt name must name the office all the same.
KETENAGAKERJAAN = r"(?i:k?e?t[ae]n[ae]?ga\s?k[a-z]{2,8})"
AGENCY_NAME = (r"(?:Badan\s+Penyelenggara(?:an)?\s+Jaminan\s+Sosial\s+(?:\(BPJS\)\s+)?" + KETENAGAKERJAAN
           + r"|BPJS\s+" + KETENAGAKERJAAN + r"|BPJS\s*TK|BPJS\s+Naker|BPJAMSOSTEK|BP\s*Jamsostek|BPJS[-\s]?Jamsostek)")
NATIONAL_RE = re.compile(
    r"\b(?:Direktur\s+Utama|Dirut|Direksi|Direktur\s+(?:Kepesertaan|Pelayanan|Keuangan|Perencanaan|"
    r"Pengembangan|Investasi|Umum|Hubungan)|(?i:secara\s+nasional)|se-?\s*Indonesia|seluruh\s+Indonesia|"
    r"[Kk]antor\s+[Pp]usat|" + AGENCY_NAME + r"\s+[Pp]usat|"
    r"Dewan\s+Pengawas)\b")

# Lines that start page chrome: everything from there on is not the article.
CHROME_CUT_RE = re.compile(
    r"^\s*(?:berita\s+terkait|artikel\s+terkait|pos\s+terkait|baca\s+(?:juga\s+)?berita\s+lainnya|"
    r"tinggalkan\s+balasan|komentar|bagikan\s*:?|share\s*:|tags?\s*:|terpopuler|berita\s+populer|"
    r"berita\s+lainnya|rekomendasi|editor\s*:|copyright|©|&copy;|"
    # a blog's post footer and archive ("Diposkan oleh admin di 08.15", "Label: ...", "0 komentar:")
    r"diposkan\s+oleh|posted\s+by|labels?\s*:|\d+\s+komentar|posting\s+komentar|arsip\s+blog)", re.I | re.M)
# Single lines of page chrome inside the article ("Baca Juga: ...", also as a table cell "| Baca juga: ... |").
# ("Selanjutnya: <headline>", "Menarik Dibaca: ...", "Baca: ...", "(Baca: ...)": a link to another story, its years and
# figures its own)
CHROME_LINE_RE = re.compile(r"^\s*(?:\|\s*)?[(\[]?(?:(?:baca\s+juga|lihat\s+juga|simak\s+juga|baca\s+selengkapnya|menarik\s+dibaca|"
                            r"\S+\s*:\s*baca\s+juga)\b|(?:berita\s+|artikel\s+)?selanjutnya\s*:|baca\s*:).*$", re.I | re.M)
# A dateline lead with an outlet bar ("PASURUAN | BIDIK – ", "MEDIASATU | LHOKSEUMAWE – "): a place and an outlet, in
# capitals; its words are names, not cues ("BIDIK" is no target)
BAR_DATELINE_RE = re.compile(r"^[ \t]*[A-Z][A-Z.]+(?:[ \t]+[A-Z][A-Z.]+)*[ \t]*\|[ \t]*[A-Z][A-Z.]+(?:[ \t]+[A-Z][A-Z.]+)*"
                             r"[ \t]*[–—-][ \t]", re.M)
# A page's keyword line ("id bpjs, tk cabang, realisasikan klaim, rp86 miliar"): lower-case tags between commas, no
# sentence; its figures are a slug's, digits run together.
KEYWORD_LINE_RE = re.compile(r"^[ \t]*[a-z0-9][a-z0-9 ]*(?:,[ \t]*[a-z0-9][a-z0-9 ]*){2,}[ \t]*$", re.M)

# The same patterns, faster to search: a look-ahead on the letters a match can begin with.
PROGRAM_RE = guarded(PROGRAM_RE)
PAYMENT_CUE_RE = guarded(PAYMENT_CUE_RE)
NOT_CLAIMANT_RE = guarded(NOT_CLAIMANT_RE)
AUDIENCE_LEAD_RE = guarded(AUDIENCE_LEAD_RE)
CONTRIBUTION_PAID_RE = guarded(CONTRIBUTION_PAID_RE)
COLLECTIVE_RE = guarded(COLLECTIVE_RE)
APPROXIMATE_LEAD_RE = guarded(APPROXIMATE_LEAD_RE)
NOT_CLAIM_RE = guarded(NOT_CLAIM_RE)
TARGET_RE = guarded(TARGET_RE)
COMPONENT_CUE_RE = guarded(COMPONENT_CUE_RE)
SINGLE_HEIR_RE = guarded(SINGLE_HEIR_RE)
CHANGE_RE = guarded(CHANGE_RE)
COMPANY_WORD_RE = guarded(COMPANY_WORD_RE)
WORKER_WORD_RE = guarded(WORKER_WORD_RE)
ACTIVE_RE = guarded(ACTIVE_RE)
INACTIVE_RE = guarded(INACTIVE_RE)
NEW_RE = guarded(NEW_RE)
MEMBERSHIP_CUE_RE = guarded(MEMBERSHIP_CUE_RE)
NOT_MEMBERSHIP_RE = guarded(NOT_MEMBERSHIP_RE)
NATIONAL_RE = guarded(NATIONAL_RE)
SEGMENT_RES = tuple((name, guarded(pattern)) for name, pattern in SEGMENT_RES)


# BPJS Kesehatan (health insurance, JKN) also pays "klaim" and counts "kasus" and members,
# but those are hospital bills, not our benefits. Which agency a sentence speaks of: the one
# it names, else the one named last; naming ours (or both) returns to ours.
_HEALTH_AGENCY_RE = re.compile(r"\bBPJS\s+Kesehatan\b|\bJKN\b|\bJaminan\s+Kesehatan\s+Nasional\b", re.I)
_OUR_AGENCY_RE = re.compile(r"\b" + AGENCY_NAME + r"\b|\bB?P?\s*Jamsostek\b", re.I)


_OTHER_AGENCY_STEMS = ("esehatan", "ESEHATAN", "JKN", "aharja", "AHARJA", "aspen", "ASPEN", "sabri", "SABRI")


@lru_cache(maxsize=4)
def names_another_agency(body: str) -> bool:
    """Whether the article names BPJS Kesehatan/JKN or another insurer at all (most do not):
    read once per article, so the sentence by sentence tests run only where they can matter."""
    return any(stem in body for stem in _OTHER_AGENCY_STEMS)


def health_agency_in_force(text: str, before: bool) -> bool:
    if ("BPJS" not in text and "JKN" not in text and "Jamsostek" not in text and "JAMSOSTEK" not in text
            and "esehatan" not in text):
        return before  # most sentences name no agency
    if _OUR_AGENCY_RE.search(text):
        return False
    return True if _HEALTH_AGENCY_RE.search(text) else before


# Other insurers pay their own benefits ("Jasa Raharja memberikan santunan Rp 4,2 miliar"):
# only the sentence naming one is theirs (they appear beside our figures, not as the subject).
_OTHER_INSURER_RE = re.compile(r"\b(?:Jasa\s+Raharja|Taspen|Asabri)\b", re.I)


def names_other_insurer(text: str) -> bool:
    return ("aharja" in text or "aspen" in text or "sabri" in text or "ASPEN" in text or "SABRI" in text
            or "AHARJA" in text) and bool(_OTHER_INSURER_RE.search(text)) and not _OUR_AGENCY_RE.search(text)
