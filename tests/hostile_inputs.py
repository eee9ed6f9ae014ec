"""Raw folders that try to break pantau: bad bytes, odd names, hostile text.

Each builder writes files under a raw folder and returns what it wrote, so a test can
check that every file ends in `source_files` or `rejected_files`.
"""
from __future__ import annotations

from pathlib import Path

SQL_ATTACK = "'); DROP TABLE claims; --"
SCRIPT_ATTACK = "<script>alert(1)</script>"

# A plain article with one well-formed claim figure, so loading has something to do.
GOOD_BODY = (
    "SURABAYA, Senin (10/2/2020) – BPJS Ketenagakerjaan Kantor Wilayah Jawa Timur mencatat "
    "pembayaran klaim Jaminan Hari Tua (JHT) sebanyak 12.345 kasus senilai Rp 123,4 miliar "
    "sepanjang 2019.\n\nKepala Kanwil menyebut jumlah itu naik dibanding tahun sebelumnya."
)


def article_text(title: str, body: str = GOOD_BODY) -> str:
    return f"{title}\n\n{body}\n"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- files that must be rejected, with the words the reason must contain ---------

def bad_files(raw: Path, max_file_bytes: int) -> dict[str, str]:
    """Write unreadable files; returns source_path -> a word the rejection reason must hold."""
    write(raw / "kosong.txt", b"")
    write(raw / "spasi-saja.txt", b"   \n\t\n  ")
    write(raw / "gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    write(raw / "kontrol.html", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 200)
    write(raw / "menu-saja.html",
          "<html><head><title>Menu BPJS Ketenagakerjaan</title></head><body><nav><a href='/'>Beranda</a>"
          "<a href='/b'>Berita</a></nav><footer>(c) 2024</footer></body></html>")
    write(raw / "judul-saja.txt", "Hanya judul tanpa isi: klaim JHT\n")
    write(raw / "terlalu-besar.txt", article_text("Artikel raksasa", GOOD_BODY + "\n" + "x" * max_file_bytes))
    write(raw / "catatan.pdf", b"%PDF-1.4 not an article")
    return {
        "kosong.txt": "empty",
        "spasi-saja.txt": "empty",
        "gambar.txt": "binary",
        "kontrol.html": "binary",
        "menu-saja.html": "no main article text",
        "judul-saja.txt": "title line only",
        "terlalu-besar.txt": "PANTAU_MAX_FILE_BYTES",
        "catatan.pdf": "not an article file",
    }


# --- files that must load, with odd names, encodings and hostile text -------------

def encoded_files(raw: Path) -> dict[str, tuple[str, str]]:
    """Articles in legacy encodings; returns source_path -> (encoding recorded, a phrase of the text)."""
    cp1252_title = "Klaim “JHT” naik – laporan Kanwil"  # curly quotes and en dash: cp1252 bytes 0x93/0x94/0x96
    write(raw / "lama-cp1252.txt", article_text(cp1252_title).encode("cp1252"))
    # 0x81 is undefined in cp1252, so only latin-1 reads this one.
    latin1_title = "Klaim naik \u0081 di Cabang Kédiri"
    write(raw / "lama-latin1.txt", article_text(latin1_title, GOOD_BODY.replace("–", "-")).encode("latin-1"))
    write(raw / "utf8-bom.txt", "\ufeff".encode("utf-8") + article_text("Klaim dengan BOM di Bekasi").encode("utf-8"))
    return {
        "lama-cp1252.txt": ("cp1252", cp1252_title),
        "lama-latin1.txt": ("latin-1", "Cabang Kédiri"),
        "utf8-bom.txt": ("utf-8", "Klaim dengan BOM di Bekasi"),
    }


GARBLED_NUMBERS = ("Rp 1,2,3 miliar", "1..000", "12345678901234567890123")


def garbled_number_file(raw: Path) -> str:
    body = ("JAKARTA, Selasa (3/3/2020) – BPJS Ketenagakerjaan mencatat klaim JHT senilai "
            f"{GARBLED_NUMBERS[0]} untuk {GARBLED_NUMBERS[1]} kasus, dengan nomor register "
            f"{GARBLED_NUMBERS[2]} peserta aktif sepanjang 2019.")
    write(raw / "angka-rusak.txt", article_text("Angka yang tidak terbaca", body))
    return "angka-rusak.txt"


def odd_name_files(raw: Path) -> list[str]:
    """Articles under names with spaces, unicode and nested folders."""
    names = [
        "nama dengan spasi.txt",
        "berita ünïcödé – 日本語.txt",
        "wilayah/jawa timur/2020/laporan akhir.txt",
        "wilayah/sulawesi/Makassar ✓.HTML",
    ]
    for i, name in enumerate(names):
        title = f"Laporan klaim nomor {i} dari {Path(name).stem}"
        if name.lower().endswith(".html"):
            write(raw / name, html_page(title, GOOD_BODY))
        else:
            write(raw / name, article_text(title))
    return names


def html_page(title: str, body: str, raw_title: str | None = None) -> str:
    """A saved news page; `raw_title` is put into the markup as-is (not escaped)."""
    import html

    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
    head_title = raw_title if raw_title is not None else html.escape(title)
    return (f"<html><head><title>{head_title}</title>"
            f"<meta property='og:title' content=\"{html.escape(title)}\">"
            "<meta property='article:published_time' content='2020-02-11T08:00:00+07:00'></head>"
            f"<body><nav><a href='/'>Beranda</a></nav><article><h1>{head_title}</h1>{paragraphs}</article>"
            "<footer>Hak cipta</footer></body></html>")


def hostile_files(raw: Path) -> dict[str, tuple[str, str]]:
    """Injection attempts in titles, bodies and file names; returns source_path -> (title, a body phrase)."""
    # The last sentence holds a garbled figure, so a finding quotes the attack as evidence
    # and the report has to show it.
    sql_body = (GOOD_BODY + f"\n\nPesan pembaca: {SQL_ATTACK} dan {SCRIPT_ATTACK} di akhir."
                f"\n\nKlaim JKM senilai Rp 1,2,3 miliar {SCRIPT_ATTACK} {SQL_ATTACK} tercatat.")
    files = {
        "serangan-sql.txt": (f"Judul {SQL_ATTACK}", sql_body),
        "serangan-script.txt": (f"Judul {SCRIPT_ATTACK}", sql_body),
        f"nama {SQL_ATTACK.replace('/', '_')}.txt": ("Nama berkas berbahaya", sql_body),
        "nama <script>alert(1)<_script>.txt": ("Nama berkas script", sql_body),
    }
    for name, (title, body) in files.items():
        write(raw / name, article_text(title, body))
    html_title = f"Berita {SCRIPT_ATTACK} {SQL_ATTACK}"
    write(raw / "serangan.html", html_page(html_title, sql_body))
    files["serangan.html"] = (html_title, sql_body)
    return {name: (title, f"Pesan pembaca: {SQL_ATTACK} dan {SCRIPT_ATTACK} di akhir.")
            for name, (title, body) in files.items()}


def outside_symlinks(raw: Path, outside: Path) -> list[str]:
    """Links that leave the raw folder (a file and a folder); both must be rejected, not read."""
    secret = write(outside / "rahasia.txt", article_text("Berkas di luar folder raw"))
    (raw / "tautan-keluar.txt").symlink_to(secret)
    (raw / "folder-luar").symlink_to(outside, target_is_directory=True)
    return ["tautan-keluar.txt", "folder-luar"]


def many_articles(raw: Path, count: int, salt: str = "") -> list[str]:
    """`count` small distinct articles; returns their paths.

    Articles about one office state the same figures (they differ in their title), so
    the many copies agree with each other and raise no conflicting_figures findings."""
    offices = ("Jawa Timur", "Jawa Barat", "Bali Nusra Papua", "Sulawesi Selatan", "Sumatera Utara")
    names = []
    for i in range(count):
        k = i % len(offices)
        body = (f"SURABAYA, Senin (10/2/2020) – BPJS Ketenagakerjaan Kantor Wilayah {offices[k]} mencatat "
                f"pembayaran klaim Jaminan Hari Tua (JHT) sebanyak 1.2{k}5 kasus senilai "
                f"Rp 1{k},{k} miliar sepanjang 2019.{salt}")
        name = f"massal/{i // 500:02d}/artikel-{i:05d}.txt"
        write(raw / name, article_text(f"Klaim JHT {offices[k]}, laporan berkala nomor {i}", body))
        names.append(name)
    return names


# --- a pasted annex: one run-on "sentence" of over a megabyte ------------------------

RUN_ON_CLAIM = ("SURABAYA, Senin (10/2/2020) – Klaim JHT BPJS Ketenagakerjaan Kantor Wilayah Jawa Timur sepanjang "
                "2019 sebanyak 1.234 kasus senilai Rp 5,6 miliar.")


def run_on_article(raw: Path, megabytes: float = 1.2) -> str:
    """A plain-text article whose first sentence states a JHT claim, followed by an annex of
    numbers with no full stop for `megabytes` (a table pasted as one line)."""
    rows, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        row = f"lampiran data peserta nomor {100000 + n}"
        rows.append(row)
        size += len(row) + 2
        n += 1
    write(raw / "lampiran-panjang.txt", article_text("Rekap klaim dan lampiran", RUN_ON_CLAIM + " " + ", ".join(rows)))
    return "lampiran-panjang.txt"


# --- file-system entries that are not files to read ---------------------------------

NON_UTF8_NAME = b"berita-\xff\xfe.txt"
NON_UTF8_SHOWN = "berita-\\xff\\xfe.txt"  # as rejected_files records it


def odd_entries(raw: Path) -> dict[str, str]:
    """A symlink loop, a named pipe, a socket, a file and a folder whose names are not UTF-8;
    returns source_path as recorded -> a word its rejection reason must hold."""
    import os
    import socket
    import stat

    raw.mkdir(parents=True, exist_ok=True)
    os.symlink("putaran-b.txt", raw / "putaran-a.txt")
    os.symlink("putaran-a.txt", raw / "putaran-b.txt")
    os.mkfifo(raw / "pipa.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(raw / "soket.txt"))
    with open(os.path.join(os.fsencode(raw), NON_UTF8_NAME), "w", encoding="utf-8") as fh:
        fh.write(article_text("Nama berkas bukan UTF-8"))
    folder = os.path.join(os.fsencode(raw), b"folder-\xfe")
    os.mkdir(folder)
    with open(os.path.join(folder, b"isi.txt"), "w", encoding="utf-8") as fh:
        fh.write(article_text("Di dalam folder bernama bukan UTF-8"))
    made = {"putaran-a.txt": "loop", "putaran-b.txt": "loop", "pipa.txt": "named pipe", "soket.txt": "socket",
            NON_UTF8_SHOWN: "not valid UTF-8", "folder-\\xfe": "not valid UTF-8"}
    try:  # a character device like /dev/zero (needs the right to make one: root)
        os.mknod(raw / "perangkat.txt", stat.S_IFCHR | 0o600, os.makedev(1, 5))
        made["perangkat.txt"] = "a device"
    except (OSError, AttributeError):
        pass
    return made


UTF16_BODY = ("MEDAN, Rabu (5/2/2020) – BPJS Ketenagakerjaan Kantor Wilayah Sumatera Bagian Utara membayar "
              "klaim Jaminan Hari Tua (JHT) sebanyak 4.321 kasus senilai Rp 43,2 miliar sepanjang 2019.")


def utf16_article(raw: Path) -> str:
    """A plain-text article saved as UTF-16 with its byte order mark (as Windows Notepad did)."""
    write(raw / "utf16-medan.txt", article_text("Klaim JHT Sumbagut", UTF16_BODY).encode("utf-16"))
    return "utf16-medan.txt"


def one_line_article(raw: Path) -> str:
    """A scraped article: the whole text on one line, no title line."""
    write(raw / "satu-baris.txt", GOOD_BODY.replace("\n\n", " ") + "\n")
    return "satu-baris.txt"


def mostly_utf8_article(raw: Path) -> str:
    """UTF-8 text (en dashes, curly quotes) with one stray byte."""
    data = article_text("Klaim “JHT” naik – laporan Kanwil Jawa Timur").encode("utf-8")
    write(raw / "satu-byte-rusak.txt", data.replace(b"Kepala Kanwil", b"Kepala \xff Kanwil"))
    return "satu-byte-rusak.txt"


def deep_html_article(raw: Path, depth: int = 3000) -> str:
    """A saved page whose article sits `depth` elements deep (builders that nest a div per widget)."""
    inner = "".join(f"<p>{p}</p>" for p in GOOD_BODY.split("\n\n"))
    page = (f"<html><head><title>Klaim JHT Jatim</title></head><body><nav><a href='/'>Beranda</a></nav>"
            f"{'<div>' * depth}{inner}{'</div>' * depth}</body></html>")
    write(raw / "sangat-dalam.html", page)
    return "sangat-dalam.html"


def chrome_only_page(raw: Path) -> str:
    """A page of navigation and footer, long enough to pass a length test."""
    links = "".join(f"<li><a href='/k{i}'>Kategori berita nomor {i} terbaru hari ini</a></li>" for i in range(20))
    write(raw / "hanya-menu.html",
          f"<html><head><title>Portal Berita</title></head><body><nav><ul>{links}</ul></nav>"
          "<footer><p>Hak cipta 2024 Portal Berita Nusantara. Seluruh isi dilindungi undang-undang.</p>"
          "<p>Mitra: BPJS Ketenagakerjaan.</p>"  # names the agency: the page passes the relevance test
          "<p>Alamat redaksi: Jalan Merdeka 1, Jakarta.</p></footer></body></html>")
    return "hanya-menu.html"
