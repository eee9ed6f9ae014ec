"""Synthetic but realistic BPJS Ketenagakerjaan news articles for the benchmark.

Each article is built from its own seeded random generator, so a corpus of N articles
is the same on every machine and any article can be rebuilt alone. The shapes follow
real regional press releases: a dateline, an office paying claims per program over a
period, participation figures, a quote, and page chrome at the end. One in eight is a
saved web page (meta tags, menu, ticker, 'Baca Juga' box, sidebar, footer).

Figures are written in the many ways Indonesian newsrooms write them (`Rp1.47 triliun`,
`Rp 12,375 miliar`, `Rp 8.712.450.000`, `Rp 281,3 M`, `12,5 ribu`, words), so the
extractor's number grammar does real work.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HTML_EVERY = 8  # one article in eight is a saved web page

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@dataclass(frozen=True)
class Office:
    kind: str  # "Kanwil" or "Cabang"
    name: str  # "Jawa Timur", "Medan Kota"
    city: str  # where the press conference is held (the dateline)
    size: float  # rough scale of its figures relative to a mid-size region


OFFICES = (
    Office("Kanwil", "Jawa Timur", "Surabaya", 3.0), Office("Kanwil", "Jawa Barat", "Bandung", 3.5),
    Office("Kanwil", "Jawa Tengah dan DIY", "Semarang", 2.8), Office("Kanwil", "Banten", "Serang", 1.6),
    Office("Kanwil", "Sumatera Utara", "Medan", 1.4), Office("Kanwil", "Sumbagsel", "Palembang", 1.1),
    Office("Kanwil", "Kalimantan", "Balikpapan", 1.2), Office("Kanwil", "Sulawesi Maluku", "Makassar", 1.0),
    Office("Kanwil", "Bali Nusra Papua", "Denpasar", 0.9), Office("Kanwil", "DKI Jakarta", "Jakarta", 4.0),
    Office("Kanwil", "Sumbar Riau", "Pekanbaru", 1.0), Office("Kanwil", "Sumbagut", "Banda Aceh", 0.8),
    Office("Cabang", "Sidoarjo", "Sidoarjo", 0.35), Office("Cabang", "Medan Kota", "Medan", 0.3),
    Office("Cabang", "Malang", "Malang", 0.3), Office("Cabang", "Bekasi", "Bekasi", 0.5),
    Office("Cabang", "Cirebon", "Cirebon", 0.2), Office("Cabang", "Kediri", "Kediri", 0.15),
    Office("Cabang", "Batam Nagoya", "Batam", 0.3), Office("Cabang", "Jambi", "Jambi", 0.2),
    Office("Cabang", "Kupang", "Kupang", 0.1), Office("Cabang", "Mataram", "Mataram", 0.15),
    Office("Cabang", "Pontianak", "Pontianak", 0.2), Office("Cabang", "Manado", "Manado", 0.15),
    Office("Cabang", "Tangerang Cikokol", "Tangerang", 0.45), Office("Cabang", "Gresik", "Gresik", 0.2),
)

SITES = ("beritalima.com", "kabarjatim.id", "sumutpos", "wartapriangan.id", "borneoterkini.com",
         "radarbanten.co.id", "tribun-daerah.id", "antaranews.com", "suarasulsel.id", "balipost.id")

# Program: (full names, share of cases, rupiah per case around which amounts scatter)
PROGRAMS = {
    "JHT": (("Jaminan Hari Tua",), 0.86, 13_500_000),
    "JKK": (("Jaminan Kecelakaan Kerja",), 0.08, 6_200_000),
    "JKM": (("Jaminan Kematian",), 0.025, 42_000_000),
    "JP": (("Jaminan Pensiun",), 0.03, 1_100_000),
    "JKP": (("Jaminan Kehilangan Pekerjaan",), 0.02, 2_900_000),
}

PEOPLE = ("Rudi Hartono", "Dewi Anggraini", "Ketut Suastika", "Rina Simanjuntak", "Hadi Purnomo",
          "Andi Prasetyo", "Mintje Wattu", "Sudirman Hasan", "Yuliana Siregar", "Bagus Wicaksono",
          "Fitri Handayani", "Made Arsana", "Taufik Hidayat", "Nur Aisyah", "Joko Santoso", "Marlina Tarigan")

ROLES_KANWIL = ("Kepala Kantor Wilayah", "Kakanwil", "Deputi Direktur Wilayah", "Kepala Kanwil")
ROLES_CABANG = ("Kepala Kantor Cabang", "Kacab", "Kepala Cabang")

SAY_VERBS = ("mengatakan", "menjelaskan", "menuturkan", "menyampaikan", "mengungkapkan", "menyebut")
QUOTE_TAILS = ("ujarnya", "katanya", "tuturnya", "jelasnya", "tegasnya")

QUOTES = (
    "Kami ingin setiap pekerja di wilayah ini terlindungi, bukan hanya pekerja kantoran",
    "Pembayaran klaim kini bisa diajukan dari rumah lewat aplikasi, tanpa antre",
    "Kepatuhan perusahaan mendaftarkan seluruh pekerjanya masih menjadi pekerjaan rumah kami",
    "Pekerja informal seperti nelayan, ojek daring dan pedagang pasar cukup membayar iuran yang ringan",
    "Kami terus menjemput bola ke kawasan industri agar klaim diproses cepat",
    "Masih banyak pekerja yang belum tahu manfaat program kehilangan pekerjaan",
)

FILLERS = (
    "Ia mengimbau pemberi kerja tertib melaporkan upah sebenarnya agar manfaat yang diterima pekerja sesuai.",
    "Sosialisasi dilakukan bersama dinas tenaga kerja kabupaten dan kota serta serikat pekerja setempat.",
    "Layanan tanpa kontak fisik melalui kanal daring tetap dibuka bagi peserta yang tidak dapat datang ke kantor.",
    "Pihaknya juga menggandeng pemerintah desa untuk mendaftarkan pekerja rentan sebagai peserta bukan penerima upah.",
    "Menurutnya, proses pencairan rata-rata selesai dalam lima hari kerja sejak berkas dinyatakan lengkap.",
    "Acara tersebut turut dihadiri perwakilan asosiasi pengusaha dan sejumlah pimpinan perusahaan mitra.",
    "Peserta diminta waspada terhadap calo yang menawarkan jasa pencairan dengan imbalan tertentu.",
)

TXT_CHROME = (
    "\n\nBagikan:\nFacebook Twitter Whatsapp\nBerita Terkait\n",
    "\n\nPos terkait\n\nTinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan.\n",
    "\n\nEditor: {initials}\n",
    "\n",
)

TICKERS = ("IHSG ditutup 7.123 | Harga cabai Rp 65.000/kg | Kurs Rp 16.050",
           "Harga emas hari ini Rp 1.018.000 per gram | Kurs dolar Rp 15.420",
           "BBM nonsubsidi turun Rp 300 per liter mulai besok | Cuaca: hujan ringan")
RELATED = ("Jadwal Kapal Pelni Pekan Ini, Cek Harganya", "Persib Tambah 3 Pemain Asing, Ini Daftarnya",
           "Harga Beras Naik 5 Persen di Pasar Induk", "Banjir Rendam 1.200 Rumah di Pinggiran Kota",
           "Pemkot Gelar Vaksinasi untuk 5.000 Warga")


# --- how figures are written ------------------------------------------------------

def _decimal(value: float, places: int, mark: str = ",") -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", mark) if places else text


def _grouped(value: int) -> str:
    """8712450000 -> '8.712.450.000' (dots group thousands)."""
    return f"{value:,}".replace(",", ".")


def write_rupiah(rng: random.Random, amount: float) -> str:
    """An amount the way a newsroom writes it; the printed value rounds `amount`."""
    space = rng.choice(("", " ", " "))
    if amount >= 1e12:
        style = rng.random()
        if style < 0.55:
            return f"Rp{space}{_decimal(amount / 1e12, rng.choice((1, 2)))} triliun"
        if style < 0.75:
            return f"Rp{space}{_decimal(amount / 1e12, 2, '.')} triliun"  # dot as decimal mark
        if style < 0.9:
            return f"Rp{space}{_decimal(amount / 1e12, 1)} T"
        return f"Rp{space}{_grouped(round(amount / 1e9))} miliar"
    if amount >= 1e9:
        style = rng.random()
        if style < 0.5:
            return f"Rp{space}{_decimal(amount / 1e9, rng.choice((1, 2)))} {rng.choice(('miliar', 'miliar', 'milyar'))}"
        if style < 0.65:
            return f"Rp{space}{_decimal(amount / 1e9, 3)} miliar"
        if style < 0.8:
            return f"Rp{space}{_decimal(amount / 1e9, 1)} M"
        if style < 0.92:
            return f"Rp{space}{_grouped(int(round(amount, -3)))}"
        return f"Rp{space}{round(amount / 1e9)} miliar"
    if amount >= 1e6:
        if rng.random() < 0.5:
            return f"Rp{space}{_decimal(amount / 1e6, rng.choice((0, 1)))} juta"
        return f"Rp{space}{_grouped(int(round(amount, -3)))}"
    return f"Rp{space}{_grouped(int(round(amount)))}"


_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def _words_below_thousand(n: int) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if 10 <= rest < 20:
        parts.append({10: "sepuluh", 11: "sebelas"}.get(rest, f"{_UNITS[rest - 10]} belas"))
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            parts.append(f"{_UNITS[tens]} puluh")
        if ones:
            parts.append(_UNITS[ones])
    return " ".join(parts)


def number_in_words(n: int) -> str:
    """21300 -> 'dua puluh satu ribu tiga ratus' (n below a million)."""
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append("seribu" if thousands == 1 else f"{_words_below_thousand(thousands)} ribu")
    if rest:
        parts.append(_words_below_thousand(rest))
    return " ".join(parts) or "nol"


def write_count(rng: random.Random, n: int) -> str:
    """A count: grouped digits mostly, sometimes 'ribu'/'juta' with a decimal, sometimes words."""
    style = rng.random()
    if n >= 1_000_000 and style < 0.7:
        return f"{_decimal(n / 1e6, rng.choice((1, 2)))} juta"
    if n >= 10_000 and style < 0.2:
        return f"{_decimal(n / 1e3, 1)} ribu"
    if 100 <= n < 100_000 and style > 0.95:
        return number_in_words(n)
    return _grouped(n)


# --- dates and periods --------------------------------------------------------------

def write_date_paren(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"


def write_period(rng: random.Random, end: date) -> str:
    """The period a figure covers, in one of the usual phrasings."""
    month, year = MONTHS[end.month - 1], end.year
    choices = [
        f"sepanjang Januari hingga {month} {year}", f"sejak Januari sampai akhir {month} {year}",
        f"sampai {month} {year}", f"hingga akhir {month} {year}", f"per {month} {year}",
        f"selama Januari-{month} {year}",
    ]
    if end.month == 6:
        choices += [f"selama semester I {year}", f"sepanjang semester pertama {year}"]
    if end.month == 12:
        choices += [f"sepanjang {year}", f"selama tahun {year}"]
    if end.month in (3, 9):
        quarter = "I" if end.month == 3 else "III"
        choices.append(f"pada triwulan {quarter} {year}")
    return rng.choice(choices)


def _period_end(rng: random.Random) -> date:
    year = rng.randint(2016, 2025)
    month = rng.choice((3, 4, 6, 6, 8, 9, 9, 10, 12, 12))
    first_of_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


# --- one article ----------------------------------------------------------------------

@dataclass
class Article:
    title: str
    paragraphs: list[str]
    published: date
    site: str
    slug: str
    is_html: bool
    chrome: str  # trailing page chrome of a text article


def _facts(seed: int, office: Office, end: date) -> random.Random:
    """The figures of one office and period come from their own generator: every article
    about them (reprints of one press release by several outlets) states the same values."""
    return random.Random(f"{seed}:{office.name}:{end.isoformat()}")


def _claims_paragraphs(rng: random.Random, facts: random.Random, office: Office, label: str, period: str,
                       year: int) -> tuple[list[str], str]:
    """Per-program claim sentences (and sometimes a total that may or may not add up)."""
    total_cases = int(facts.uniform(8_000, 60_000) * office.size)
    # JKP (job-loss benefit) exists since 2022.
    chosen = [p for p in PROGRAMS if p == "JHT" or (facts.random() < 0.75 and (p != "JKP" or year >= 2022))]
    rows = []
    for program in chosen:
        _, share, per_case = PROGRAMS[program]
        cases = max(3, int(total_cases * share * facts.uniform(0.7, 1.3)))
        amount = cases * per_case * facts.uniform(0.6, 1.5)
        rows.append((program, cases, amount))
    sum_cases = sum(r[1] for r in rows)
    sum_amount = sum(r[2] for r in rows)
    # Now and then an outlet's stated total is off (a typo): the checks' job.
    stated_amount = sum_amount * (1.08 if rng.random() < 0.04 else 1.0)

    sentences = []
    lead_total = rng.random() < 0.6
    if lead_total:
        sentences.append(
            f"{label} {rng.choice(('mencatat pembayaran klaim', 'membayarkan manfaat', 'telah membayar klaim'))} "
            f"sebesar {write_rupiah(rng, stated_amount)} untuk {write_count(rng, sum_cases)} kasus {period}.")
    for program, cases, amount in rows:
        names, _, _ = PROGRAMS[program]
        name = rng.choice((f"{names[0]} ({program})", f"{names[0]}", program))
        cases_txt, amount_txt = write_count(rng, cases), write_rupiah(rng, amount)
        shape = rng.random()
        if shape < 0.35:
            sentences.append(f"Untuk {name}, dibayarkan {cases_txt} kasus senilai {amount_txt}.")
        elif shape < 0.6:
            sentences.append(f"Klaim {name} tercatat sebanyak {cases_txt} kasus dengan nominal {amount_txt}.")
        elif shape < 0.8:
            sentences.append(f"Adapun {name} dibayarkan {amount_txt} kepada {cases_txt} peserta.")
        elif shape < 0.93:
            sentences.append(f"Sementara itu, klaim {name} mencapai {amount_txt} dari {cases_txt} kasus.")
        elif program == "JKM":  # amount without a case count: a finding for the checks
            sentences.append(f"Adapun santunan {name} yang sudah diserahkan kepada ahli waris nilainya mencapai {amount_txt}.")
        else:
            sentences.append(f"Pembayaran {name} sendiri nilainya {amount_txt}.")
    if not lead_total:
        sentences.insert(0, f"{label} terus mempercepat pembayaran klaim peserta {period}.")
    # Two or three sentences per paragraph, as in the releases.
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.choice((1, 2, 2, 3))
        paragraphs.append(" ".join(sentences[i:i + step]))
        i += step
    return paragraphs, write_rupiah(rng, stated_amount)


def _membership_paragraph(rng: random.Random, facts: random.Random, office: Office, period: str, end: date) -> str:
    companies = int(facts.uniform(4_000, 30_000) * office.size)
    wage = int(facts.uniform(150_000, 900_000) * office.size)
    non_wage = int(wage * facts.uniform(0.08, 0.35))
    construction = int(wage * facts.uniform(0.05, 0.4))
    total = wage + non_wage + construction
    where = rng.choice(("di wilayahnya", f"di {office.name}", "di wilayah kerjanya"))
    if rng.random() < 0.5:
        return (f"Dari sisi kepesertaan, jumlah pekerja aktif {where} {period} mencapai {write_count(rng, total)} orang "
                f"yang terdiri atas {write_count(rng, wage)} penerima upah, {write_count(rng, non_wage)} bukan penerima "
                f"upah dan {write_count(rng, construction)} pekerja jasa konstruksi. Jumlah perusahaan aktif tercatat "
                f"{write_count(rng, companies)} badan usaha.")
    return (f"Hingga akhir {MONTHS[end.month - 1]} {end.year}, peserta aktif {where} sebanyak "
            f"{write_count(rng, total)} pekerja dari {write_count(rng, companies)} perusahaan aktif. "
            f"Sebanyak {write_count(rng, non_wage)} di antaranya merupakan pekerja bukan penerima upah.")


def make_article(index: int, seed: int = 2024) -> Article:
    rng = random.Random(seed * 1_000_003 + index)
    office = rng.choice(OFFICES)
    site = rng.choice(SITES)
    person = rng.choice(PEOPLE)
    end = _period_end(rng)
    published = end + timedelta(days=rng.randint(5, 45))
    period = write_period(rng, end)
    office_label = (f"BPJS Ketenagakerjaan Kantor Wilayah {office.name}" if office.kind == "Kanwil"
                    else f"BPJS Ketenagakerjaan Kantor Cabang {office.name}")
    role = rng.choice(ROLES_KANWIL if office.kind == "Kanwil" else ROLES_CABANG)

    facts = _facts(seed, office, end)
    claims, headline_amount = _claims_paragraphs(rng, facts, office, office_label, period, end.year)
    fillers = rng.sample(FILLERS, len(FILLERS))  # each filler sentence at most once per article
    dateline = rng.choice((f"{office.city.upper()} –", f"{office.city.upper()}, {site} –",
                           f"{office.city.upper()}, {write_date_paren(published)} –"))
    paragraphs = [f"{dateline} {claims[0]}"]
    paragraphs.append(f"{role} {office.name}, {person}, {rng.choice(SAY_VERBS)} capaian itu di {office.city}, "
                      f"{write_date_paren(published)}. {fillers.pop()}")
    paragraphs += claims[1:]
    if rng.random() < 0.7:
        paragraphs.append(_membership_paragraph(rng, facts, office, period, end))
    paragraphs.append(f"\u201c{rng.choice(QUOTES)},\u201d {rng.choice(QUOTE_TAILS)}.")
    paragraphs += fillers[:rng.randint(0, 3)]
    if rng.random() < 0.3:
        target = rng.randint(5, 300) * 1000
        paragraphs.append(f"Ia menargetkan tambahan {write_count(rng, target)} peserta baru hingga akhir tahun.")

    title = rng.choice((
        f"BPJS Ketenagakerjaan {office.name} Bayar Klaim {headline_amount}",
        f"Klaim JHT di {office.name} Masih Mendominasi",
        f"{office.kind} {office.name} Percepat Pembayaran Klaim Peserta",
        f"Pekerja Aktif di {office.name} Terus Bertambah",
    ))
    slug = f"{office.name.lower().replace(' ', '-')}-{published.year}-{index:06d}"
    chrome = rng.choice(TXT_CHROME).format(initials=person.split()[0][:3].lower())
    return Article(title, paragraphs, published, site, slug, index % HTML_EVERY == HTML_EVERY - 1, chrome)


def render_text(article: Article) -> str:
    return article.title + "\n\n" + "\n\n".join(article.paragraphs) + article.chrome


def render_html(article: Article, rng: random.Random) -> str:
    """A saved news page: meta tags, menu, ticker, the article, a 'Baca Juga' box, sidebar, footer."""
    esc = html.escape
    body = [f"<p>{esc(p)}</p>" for p in article.paragraphs]
    body.insert(min(2, len(body)), f'<div class="baca-juga">Baca Juga: <a href="/r/{rng.randint(1, 99999)}">'
                                   f"{esc(rng.choice(RELATED))}</a></div>")
    stamp = f"{article.published.isoformat()}T{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:00+07:00"
    day = article.published
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{esc(article.title)} | {esc(article.site)}</title>
<meta property="og:title" content="{esc(article.title)}">
<meta property="article:published_time" content="{stamp}">
<link rel="canonical" href="https://{article.site}/ekonomi/{article.slug}">
<script>window.dataLayer = window.dataLayer || [];</script>
<style>.menu{{display:flex}}</style>
</head>
<body>
<header><nav class="menu"><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a> <a href="/olahraga">Olahraga</a> <a href="/indeks">Indeks Berita {day.year}</a></nav>
<div class="ticker">{esc(rng.choice(TICKERS))}</div></header>
<main><article>
<h1>{esc(article.title)}</h1>
<div class="byline">{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} WIB</div>
{chr(10).join(body)}
</article></main>
<aside><h3>Terpopuler</h3><ol><li>{esc(rng.choice(RELATED))}</li><li>{esc(rng.choice(RELATED))}</li></ol></aside>
<footer>&copy; {day.year} {esc(article.site)}. Hak cipta dilindungi.</footer>
</body>
</html>
"""


def article_file(index: int, seed: int = 2024) -> tuple[str, str]:
    """(relative path, content) of article `index`: sub-folders by site and year, as a crawl would save them."""
    article = make_article(index, seed)
    folder = f"{article.site.split('.')[0]}/{article.published.year}"
    if article.is_html:
        return f"{folder}/{article.slug}.html", render_html(article, random.Random(seed + index))
    return f"{folder}/{article.slug}.txt", render_text(article)


def write_corpus(out_dir: Path, n: int, seed: int = 2024) -> Path:
    """Write articles 0..n-1 under out_dir (idempotent: an existing complete corpus is kept)."""
    out_dir = Path(out_dir)
    marker = out_dir / f".complete-{n}-{seed}"
    if marker.exists():
        return out_dir
    for index in range(n):
        rel, content = article_file(index, seed)
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    marker.touch()
    return out_dir


if __name__ == "__main__":
    import sys

    target, count = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20
    write_corpus(target, count)
    print(f"wrote {count} articles under {target}")
