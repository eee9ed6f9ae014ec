"""A crawl-shaped benchmark corpus: general Indonesian news pages, 1 in 100 about BPJS Ketenagakerjaan.

What a user gets when pointing pantau at a whole news archive: saved HTML pages of every
desk (politics, sport, prices, weather, crime, health, education, cars, celebrities) with a
news site's full chrome (meta tags, analytics and ad scripts, JSON-LD, a style block, menus,
trending tags, image links, related articles, comments, footer), about 20-30 KB a page.
Near misses are there on purpose: stories about BPJS Kesehatan, the Ministry of Manpower,
Taspen and Jasa Raharja, and `.jpg` links everywhere (no `JP`). The relevant pages are the
ordinary benchmark's articles (bench/corpus.py) in the same chrome. Each page is built from
its own seeded generator: the same N always gives the same files.

    .venv/bin/python bench/crawl.py OUT_DIR [N]
"""
from __future__ import annotations

import html
import random
from datetime import date, timedelta
from pathlib import Path

from corpus import MONTHS, WEEKDAYS, make_article

RELEVANT_EVERY = 100  # 1 % of the pages are about BPJS Ketenagakerjaan

SITES = ("kabarnusantara.id", "warta-harian.com", "beritakini.co.id", "suaraindonesia.net", "harianpagi.id",
         "metropolis.news", "jurnalrakyat.id", "portalberita24.com")
DESKS = ("politik", "olahraga", "ekonomi", "cuaca", "hukum", "kesehatan", "pendidikan", "otomotif", "hiburan",
         "ketenagakerjaan", "asuransi")
CITIES = ("Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar", "Pontianak",
          "Manado", "Padang", "Malang", "Bekasi", "Bogor", "Yogyakarta", "Balikpapan", "Kupang", "Jayapura")
PEOPLE = ("Agus Salim", "Budi Santoso", "Citra Lestari", "Dedi Mulyadi", "Eka Putri", "Fajar Nugroho", "Gita Permata",
          "Hendra Wijaya", "Indah Sari", "Joko Susilo", "Kurniawan Adi", "Lina Marlina", "Maya Anggraini", "Nanda Pratama")
CLUBS = ("Persija", "Persib", "Arema FC", "Bali United", "PSM Makassar", "Persebaya", "Borneo FC", "PSIS Semarang")
GOODS = ("beras", "cabai merah", "bawang putih", "minyak goreng", "gula pasir", "telur ayam", "daging sapi")

SENTENCES = {
    "politik": ("Rapat paripurna DPRD {city} membahas rancangan peraturan daerah tentang tata ruang.",
                "Fraksi-fraksi menyampaikan pandangan umum terhadap usulan anggaran tahun {year}.",
                "{person} menegaskan partainya akan mengawal aspirasi warga hingga tingkat pusat.",
                "Komisi Pemilihan Umum setempat mencatat {n} pemilih baru pada pemutakhiran data terakhir.",
                "Sejumlah tokoh masyarakat berharap pembahasan berjalan terbuka dan melibatkan publik."),
    "olahraga": ("{club} menang {a}-{b} atas {club2} dalam laga lanjutan Liga 1 di {city}.",
                 "Pelatih {club} memuji disiplin pemain yang tampil tanpa kenal lelah selama 90 menit.",
                 "Gol pembuka dicetak pada menit ke-{minute} melalui sundulan memanfaatkan sepak pojok.",
                 "Dengan hasil ini, {club} naik ke peringkat {rank} klasemen sementara dengan {points} poin.",
                 "Suporter memadati tribun sejak sore meski hujan mengguyur kawasan stadion."),
    "ekonomi": ("Harga {good} di pasar tradisional {city} naik menjadi Rp {price} per kilogram.",
                "Pedagang menyebut pasokan dari daerah sentra berkurang akibat cuaca yang tidak menentu.",
                "Dinas Perdagangan berencana menggelar operasi pasar selama {days} hari ke depan.",
                "Inflasi bulanan tercatat {pct} persen, sedikit di atas perkiraan para ekonom.",
                "{person}, pedagang di pasar induk, mengaku omzetnya turun sejak awal bulan."),
    "cuaca": ("BMKG memperkirakan hujan lebat disertai petir melanda {city} pada sore hingga malam hari.",
              "Warga diimbau mewaspadai genangan dan pohon tumbang di sejumlah ruas jalan.",
              "Suhu udara berkisar {t1} hingga {t2} derajat Celsius dengan kelembapan tinggi.",
              "Gelombang laut setinggi {waves} meter berpotensi terjadi di perairan selatan."),
    "hukum": ("Polres {city} menangkap {n} tersangka pencurian kendaraan bermotor dalam sepekan terakhir.",
              "Barang bukti berupa {n2} sepeda motor dan kunci letter T diamankan petugas.",
              "Kapolres menyebut para pelaku merupakan jaringan antarkota yang sudah lama diincar.",
              "Para tersangka dijerat pasal pencurian dengan pemberatan dengan ancaman tujuh tahun penjara."),
    "kesehatan": ("BPJS Kesehatan cabang {city} mencatat {n} peserta JKN baru sepanjang triwulan ini.",
                  "Rumah sakit daerah menambah {n2} tempat tidur rawat inap untuk pasien peserta JKN.",
                  "Dinas Kesehatan mengingatkan warga untuk melengkapi imunisasi anak di puskesmas terdekat.",
                  "Kasus demam berdarah menurun dibanding periode yang sama tahun lalu.",
                  "Klaim layanan kesehatan yang dibayarkan mencapai Rp {price} juta bulan lalu."),
    "pendidikan": ("Sebanyak {n} siswa di {city} mengikuti seleksi penerimaan peserta didik baru.",
                   "Sekolah diminta memastikan sistem zonasi berjalan adil dan transparan.",
                   "Dinas Pendidikan menyiapkan beasiswa bagi {n2} siswa berprestasi dari keluarga kurang mampu."),
    "otomotif": ("Penjualan mobil listrik di {city} naik {pct} persen dibanding tahun lalu.",
                 "Diler menawarkan potongan harga hingga Rp {price} juta untuk model tertentu.",
                 "Konsumen kini lebih memperhatikan konsumsi bahan bakar dan biaya perawatan."),
    "hiburan": ("Penyanyi {person} menggelar konser tunggal di {city} yang dihadiri ribuan penggemar.",
                "Tiket kategori festival habis terjual dalam hitungan jam sejak dibuka.",
                "Film drama keluarga itu meraih {n} penonton pada pekan pertama penayangannya."),
    "ketenagakerjaan": ("Kementerian Ketenagakerjaan menetapkan kenaikan upah minimum provinsi sebesar {pct} persen.",
                        "Serikat pekerja di {city} menilai kenaikan itu belum sebanding dengan kebutuhan hidup layak.",
                        "Dinas Tenaga Kerja mencatat {n} pekerja terkena pemutusan hubungan kerja tahun ini.",
                        "Bursa kerja yang digelar pemerintah kota menawarkan {n2} lowongan dari puluhan perusahaan."),
    "asuransi": ("PT Taspen membayarkan tunjangan hari tua kepada {n} aparatur sipil negara yang purnabakti.",
                 "Jasa Raharja menyalurkan santunan kepada {n2} korban kecelakaan lalu lintas di {city}.",
                 "Otoritas Jasa Keuangan mencatat premi asuransi jiwa tumbuh {pct} persen.",
                 "Nasabah diminta membaca polis dengan teliti sebelum menandatangani perjanjian."),
}
TITLES = {
    "politik": "DPRD {city} Bahas Raperda Tata Ruang", "olahraga": "{club} Tundukkan {club2} {a}-{b}",
    "ekonomi": "Harga {good} di {city} Naik Lagi", "cuaca": "BMKG: Waspada Hujan Lebat di {city}",
    "hukum": "Polisi Bekuk {n} Pencuri Motor di {city}", "kesehatan": "Peserta JKN di {city} Bertambah",
    "pendidikan": "{n} Siswa Ikut Seleksi PPDB {city}", "otomotif": "Mobil Listrik Makin Diminati di {city}",
    "hiburan": "{person} Sukses Gelar Konser di {city}", "ketenagakerjaan": "UMP {year} Naik {pct} Persen",
    "asuransi": "Taspen Bayar Tunjangan {n} Pensiunan",
}
TAGS = ("Pemilu", "Timnas", "Harga Pangan", "Cuaca Ekstrem", "Banjir", "Kuliner", "Wisata", "Gadget", "Viral",
        "Liga 1", "Mudik", "Haji", "Kesehatan", "Pendidikan", "Otomotif", "Selebriti")


def _fill(template: str, rng: random.Random, city: str, year: int) -> str:
    club, club2 = rng.sample(CLUBS, 2)
    return template.format(
        city=city, year=year, person=rng.choice(PEOPLE), club=club, club2=club2, a=rng.randint(1, 4), b=rng.randint(0, 3),
        minute=rng.randint(3, 89), rank=rng.randint(1, 18), points=rng.randint(5, 60), good=rng.choice(GOODS),
        price=f"{rng.randint(10, 150)}.{rng.randint(0, 9)}00", days=rng.randint(3, 14), pct=f"{rng.randint(1, 9)},{rng.randint(0, 9)}",
        t1=rng.randint(22, 26), t2=rng.randint(29, 34), waves=f"{rng.randint(1, 4)},{rng.randint(0, 9)}",
        n=f"{rng.randint(2, 900):,}".replace(",", "."), n2=rng.randint(2, 90))


def _chrome_links(rng: random.Random, site: str, count: int) -> str:
    return "".join(f'<li><a href="https://{site}/{rng.choice(DESKS)}/{rng.randint(100000, 999999)}/'
                   f'{rng.choice(TAGS).lower().replace(" ", "-")}-{rng.randint(1, 999)}">{html.escape(rng.choice(TAGS))} '
                   f"{rng.randint(1, 99)}</a></li>" for _ in range(count))


def page(site: str, desk: str, title: str, paragraphs: list[str], published: date, rng: random.Random) -> str:
    """A saved news page in a news site's full chrome (about 25-40 KB)."""
    esc = html.escape
    slug = "-".join(title.lower().split())[:80]
    image = f"https://img.{site}/{published.year}/{published.month:02d}/{rng.randint(10000, 99999)}-{slug[:30]}.jpg"
    body = [f"<p>{esc(p)}</p>" for p in paragraphs]
    for at in range(2, len(body), 4):
        body.insert(at, f'<p class="baca-juga"><strong>Baca juga:</strong> <a href="https://{site}/{rng.choice(DESKS)}/'
                        f'{rng.randint(100000, 999999)}">{esc(rng.choice(TAGS))} hari ini</a></p>')
    script = "".join(f"var slot{i}={{id:'div-gpt-ad-{rng.randint(10**12, 10**13)}',size:[[300,250],[336,280]]}};"
                     for i in range(rng.randint(20, 40)))
    style = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;font-size:{12 + i % 6}px;color:#{rng.randint(0, 0xFFFFFF):06x}}}"
                    for i in range(rng.randint(100, 200)))
    comments = "".join(f'<div class="comment"><b>{esc(rng.choice(PEOPLE))}</b><p>{esc(_fill(rng.choice(SENTENCES["politik"]), rng, rng.choice(CITIES), published.year))}</p></div>'
                       for _ in range(rng.randint(0, 10)))
    stamp = f"{published.isoformat()}T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00+07:00"
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(site)}</title>
<meta name="description" content="{esc(paragraphs[0][:150])}"><meta name="keywords" content="{esc(', '.join(rng.sample(TAGS, 5)))}">
<meta property="og:title" content="{esc(title)}"><meta property="og:image" content="{image}">
<meta property="og:url" content="https://{site}/{desk}/{slug}"><meta property="article:published_time" content="{stamp}">
<meta property="article:section" content="{desk}"><link rel="canonical" href="https://{site}/{desk}/{slug}">
<link rel="stylesheet" href="https://static.{site}/css/main.{rng.randint(10**6, 10**7)}.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{rng.randint(10**9, 10**10)}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-{rng.randint(10**9, 10**10)}');</script>
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];{script}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(title)}","datePublished":"{stamp}","image":["{image}"],"author":{{"@type":"Person","name":"{esc(rng.choice(PEOPLE))}"}}}}</script>
<style>{style}</style>
</head><body>
<header><div class="top">{WEEKDAYS[published.weekday()]}, {published.day} {MONTHS[published.month - 1]} {published.year}</div>
<nav class="menu"><ul>{"".join(f'<li><a href="https://{site}/{d}">{d.title()}</a></li>' for d in DESKS)}</ul></nav>
<div class="trending"><span>Trending:</span><ul>{_chrome_links(rng, site, 20)}</ul></div></header>
<main><article><h1>{esc(title)}</h1>
<div class="byline">Penulis: {esc(rng.choice(PEOPLE))} | {WEEKDAYS[published.weekday()]}, {published.day} {MONTHS[published.month - 1]} {published.year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} WIB</div>
<figure><img src="{image}" alt="{esc(title)}"><figcaption>Ilustrasi. (Foto: {esc(site)})</figcaption></figure>
{chr(10).join(body)}
<div class="tags">{"".join(f'<a href="https://{site}/tag/{t.lower().replace(" ", "-")}">{esc(t)}</a>' for t in rng.sample(TAGS, 4))}</div>
</article>
<section class="comments"><h3>Komentar</h3>{comments}</section></main>
<aside><h3>Terpopuler</h3><ol>{_chrome_links(rng, site, 10)}</ol><h3>Berita Terkait</h3><ul>{_chrome_links(rng, site, 8)}</ul>
<div class="ads"><img src="https://ads.{site}/banner/{rng.randint(1000, 9999)}.jpg" width="300" height="250"></div></aside>
<footer><ul>{_chrome_links(rng, site, 40)}</ul><p>&copy; {published.year} {esc(site)}. Hak cipta dilindungi undang-undang.</p></footer>
</body></html>
"""


def crawl_page(index: int, seed: int = 2025) -> tuple[str, str]:
    """(relative path, content) of page `index`: every RELEVANT_EVERY-th page is one of the
    ordinary benchmark's articles about BPJS Ketenagakerjaan, the others are general news."""
    rng = random.Random(seed * 1_000_003 + index)
    site = rng.choice(SITES)
    if index % RELEVANT_EVERY == RELEVANT_EVERY // 2:
        article = make_article(index // RELEVANT_EVERY, seed)
        desk, title, paragraphs, published = "ekonomi", article.title, article.paragraphs, article.published
    else:
        desk = rng.choice(DESKS)
        published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2000))
        city = rng.choice(CITIES)
        lead = f"{city.upper()}, {site} - " + _fill(rng.choice(SENTENCES[desk]), rng, city, published.year)
        paragraphs = [lead] + [_fill(rng.choice(SENTENCES[desk]) + " " + rng.choice(SENTENCES[desk]), rng, city,
                                     published.year) for _ in range(rng.randint(5, 12))]
        title = _fill(TITLES[desk], rng, city, published.year)
    slug = f"{index:06d}-" + "-".join(title.lower().split())[:60]
    return f"{site.split('.')[0]}/{published.year}/{published.month:02d}/{slug}.html", \
        page(site, desk, title, paragraphs, published, rng)


def write_crawl(out_dir: Path, n: int, seed: int = 2025) -> Path:
    """Write pages 0..n-1 under out_dir (idempotent: an existing complete crawl is kept)."""
    out_dir = Path(out_dir)
    marker = out_dir / f".complete-{n}-{seed}"
    if marker.exists():
        return out_dir
    for index in range(n):
        rel, content = crawl_page(index, seed)
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    marker.touch()
    return out_dir


if __name__ == "__main__":
    import sys

    target, count = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 200
    write_crawl(target, count)
    print(f"wrote {count} pages under {target}")
