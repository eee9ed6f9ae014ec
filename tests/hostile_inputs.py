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
