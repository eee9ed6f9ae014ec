"""Write the heldout6 gold JSON files and assert every sum, % change and weekday they rely on."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # tests/gold_rows.py
from gold_rows import JT, M, T, c, m, weekday, write_gold  # noqa: E402

GOLD = []

# 1 online portal page, heavy chrome, correct yoy growth
assert round((52.1 / 46.3 - 1) * 100, 1) == 12.5
assert weekday("2025-03-03") == "Senin"
e = "2024-12-31"
GOLD.append({"file": "detikfinance-2025-nasional.html", "published_date": "2025-03-03", "office": "Nasional",
    "claims": [c("JHT", 3620000, 52.1 * T, e), c("JHT", None, 46.3 * T, "2023-12-31", prior=True),
               c("JKP", 121240, 1.2 * T, e), c("JP", 176300, 1.9 * T, e),
               c("JHT", None, 52.1 * T, e, optional=True)],
    "membership": [m("active_workers", 45200000), m("active_companies", 812400)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Portal page: meta article:published_time 2025-03-03, byline 'Senin, 03 Mar 2025 10:15 WIB', top bar shows the reading day (04 Mar). 'naik 12,5 persen (yoy)' from Rp46,3 T (2023, prior) to Rp52,1 T is right (+12,53%). 'Rp1,2 T' JKP, '1,9 triliun rupiah' JP. '3,62 juta peserta' JHT claimants. Not figures: claim ratio 50 persen, 60 persen, dana kelolaan Rp791,4 T, ticker, Baca juga (77 ribu PHK), Terpopuler, 1.284 dibaca. Title restates JHT (optional)."})

# 2 Q&A interview; JP amount without a count
assert weekday("2024-07-15") == "Senin"
e = "2024-06-30"
GOLD.append({"file": "wawancara-2024-kendari.txt", "published_date": "2024-07-16", "office": "Cabang Kendari",
    "claims": [c("JHT", 4318, 61.7 * M, e), c("JKK", 412, 5.86 * M, e), c("JKM", 96, 4.1 * M, e),
               c("JKP", 61, 450 * JT, e), c("JP", None, 1.2 * M, e)],
    "membership": [m("active_companies", 2946), m("active_workers", 118450)],
    "expected_checks": ["claim_missing_cases"], "allowed_checks": ["claim_missing_cases"],
    "notes": "Tanya/Jawab interview. 'Januari sampai Juni 2024', 'enam bulan pertama 2024', 'semester I 2024' all end 2024-06-30. 'Rp 450 jt' JKP for 61 peserta. JP 'Rp 1,2 miliar' has no count: claim_missing_cases. Not figures: Rp 16.800 iuran, target 150.000."})

# 3 press release with a numbered list; amounts do not add up to the total
cases = [101250, 9870, 2315, 4605, 600]
amounts = [1182.4, 96.3, 88.7, 23.9, 3.7]
assert sum(cases) == 118640
assert abs(sum(amounts) - 1395.0) < 1e-9  # stated 1,41 T = 1.405-1.415 T: 10+ miliar short
assert weekday("2023-02-07") == "Selasa"
e = "2022-12-31"
GOLD.append({"file": "rilis-2023-kalimantan.txt", "published_date": "2023-02-08", "office": "Kanwil Kalimantan",
    "claims": [c("TOTAL", 118640, 1.41 * T, e)] + [c(p, n, a * M, e) for p, n, a in
               zip(["JHT", "JKK", "JKM", "JP", "JKP"], cases, amounts)] + [c("TOTAL", None, 1.41 * T, e, optional=True)],
    "membership": [m("active_workers", 2340000), m("active_companies", 71820)],
    "expected_checks": ["total_mismatch"], "allowed_checks": ["total_mismatch"],
    "notes": "Numbered list '1. Jaminan Hari Tua (JHT): 101.250 kasus, Rp 1.182,4 miliar'. Cases add up (118.640); amounts add up to Rp 1.395,0 miliar while the total says Rp 1,41 triliun: total_mismatch. Title restates 1,41 T (optional). Not figures: 70 persen, layanan 175, www."})

# 4 a text table of three branch offices
rows = [("Medan Kota", 9412, 118.6), ("Medan Utara", 7905, 104.2), ("Binjai", 4633, 63.5)]
assert sum(r[1] for r in rows) == 21950 and abs(sum(r[2] for r in rows) - 286.3) < 1e-9
assert weekday("2022-02-08") == "Selasa" and weekday("2022-02-07") == "Senin"
e = "2021-12-31"
GOLD.append({"file": "tabel-2022-sumbagut.txt", "published_date": "2022-02-08", "office": "Kanwil Sumbagut",
    "claims": [c("JHT", n, a * M, e) for _, n, a in rows] + [
               c("JHT", 21950, 286.3 * M, e, optional=True), c("JKM", 188, 8.1 * M, e),
               c("JHT", None, 286 * M, e, optional=True), c("TOTAL", 21950, 286.3 * M, e, optional=True)],
    "membership": [m("active_workers", 512300)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Space-aligned text table 'Kantor Cabang / Kasus JHT / Nominal JHT': one JHT figure per branch (Cabang Medan Kota, Medan Utara, Binjai); they are different offices, not a conflict. The 'Jumlah' row adds up (21.950 kasus, Rp 286,3 miliar): optional (as JHT or TOTAL); title 'Rp 286 Miliar' truncates it (optional). JKM 188 ahli waris Rp 8,1 miliar is Cabang Medan Kota's. 512.300 active workers of the three branches' area."})

# 5 correction note: the retracted figure is no figure
assert weekday("2021-10-06") == "Rabu" and weekday("2021-10-05") == "Selasa"
e = "2021-09-30"
GOLD.append({"file": "ralat-2021-tasikmalaya.txt", "published_date": "2021-10-06", "office": "Cabang Tasikmalaya",
    "claims": [c("JHT", 4120, 48.6 * M, e), c("JKK", 356, 4.72 * M, e), c("JKM", 84, 3.53 * M, e),
               c("JP", 267, 880 * JT, e), c("JHT", None, 48.6 * M, e, optional=True)],
    "membership": [m("active_wage_workers", 96480), m("active_non_wage_workers", 28730)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "'Ralat:' note at the top: the earlier version's Rp 84,6 miliar is retracted, the right figure is Rp 48,6 miliar (stated again in the note: optional). The retracted figure is not a claim and not a conflict. 'jumlah kasus 4.120' after the amount. Jan-Sep 2021. Not figures: Rp 16.800."})

# 6 regency pioneer office; period ends after publication
parts = [(1986, 19.8), (171, 1.6), (41, 1.78), (16, 0.22)]
assert sum(p[0] for p in parts) == 2214 and abs(sum(p[1] for p in parts) - 23.4) < 1e-9
assert weekday("2020-03-02") == "Senin" and weekday("2020-03-03") == "Selasa"
e = "2020-03-31"
GOLD.append({"file": "perintis-2020-muarabungo.txt", "published_date": "2020-03-03", "office": "Cabang Muara Bungo",
    "claims": [c("TOTAL", 2214, 23.4 * M, e), c("JHT", 1986, 19.8 * M, e), c("JKK", 171, 1.6 * M, e),
               c("JKM", 41, 1.78 * M, e), c("JP", 16, 220 * JT, e), c("TOTAL", None, 23.4 * M, e, optional=True)],
    "membership": [m("active_companies", 1104), m("active_workers", 38900, optional=True)],
    "expected_checks": ["period_after_publication"], "allowed_checks": ["period_after_publication"],
    "notes": "'Kantor Cabang Perintis Muara Bungo'. Dateline '(3/3)' and footer 'Selasa 3 Maret 2020'; the figures run 'Januari hingga akhir Maret 2020', past publication: period_after_publication (gold keeps the period as written). 'Senin (2/3)' is correct. Parts add up. 38.900 workers of the active companies (optional). Not figures: the April 2020 plan."})

# 7 English-flavoured terms; wrong yoy %
assert round((312.4 / 278.9 - 1) * 100, 1) == 12.0
assert weekday("2024-02-20") == "Selasa" and weekday("2024-02-19") == "Senin"
e = "2023-12-31"
GOLD.append({"file": "batamnews-2024-sekupang.html", "published_date": "2024-02-20", "office": "Cabang Batam Sekupang",
    "claims": [c("JHT", 21870, 312.4 * M, e), c("JHT", None, 278.9 * M, "2022-12-31", prior=True),
               c("JKK", 1540, 14.2 * M, e), c("JKP", 418, 2.35 * M, e)],
    "membership": [m("active_workers", 164200), m("active_companies", 4870)],
    "expected_checks": ["growth_mismatch"], "allowed_checks": ["growth_mismatch"],
    "notes": "No metadata date: byline 'Selasa, 20/2/2024'. 'naik 18 persen year on year (yoy) menjadi Rp 312,4 miliar dari Rp 278,9 miliar pada 2022' is really +12,0%: growth_mismatch. JHT cases in the next sentence. 'Rp 2,35 M' JKP. 'Claim ratio JKK 38 persen' and 'tumbuh 6,4 persen yoy' (no prior value) are not figures; UMK Rp 4,68 juta and sidebar are chrome."})

# 8 + 9 the same branch, programme and period in two articles, digits swapped
assert abs(141.2 + 96.3 + 58.9 - 296.4) < 1e-9
assert weekday("2019-08-14") == "Rabu" and weekday("2019-08-13") == "Selasa"
e = "2019-06-30"
GOLD.append({"file": "jabar-2019-multicabang.txt", "published_date": "2019-08-15", "office": "Kanwil Jawa Barat",
    "claims": [c("JHT", 11045, 141.2 * M, e), c("JHT", 7810, 96.3 * M, e), c("JHT", 4960, 58.9 * M, e),
               c("JHT", None, 296 * M, e, optional=True)],
    "membership": [m("active_workers", 4870000), m("active_companies", 98300)],
    "expected_checks": ["conflicting_figures"], "allowed_checks": ["conflicting_figures"],
    "notes": "Kanwil article reporting three branches' JHT for semester I 2019 (Cabang Bekasi, Bandung Suci, Bogor Kota): different offices, no conflict among them. Cabang Bekasi's Rp 141,2 miliar conflicts with Rp 114,2 miliar in radarbekasi-2019-bekasi.txt for the same office, program and period: conflicting_figures. Title Rp 296 Miliar truncates the three branches' sum (optional). Not figures: Rp 12 juta average."})
GOLD.append({"file": "radarbekasi-2019-bekasi.txt", "published_date": "2019-08-14", "office": "Cabang Bekasi",
    "claims": [c("JHT", 11045, 114.2 * M, e), c("JKK", 1236, 13.8 * M, e), c("JKM", 142, 3.4 * M, e),
               c("JHT", None, 114.2 * M, e, optional=True)],
    "membership": [m("active_workers", 612480), m("active_companies", 9115)],
    "expected_checks": ["conflicting_figures"], "allowed_checks": ["conflicting_figures"],
    "notes": "Cabang Bekasi semester I 2019. JHT Rp 114,2 miliar conflicts with Rp 141,2 miliar in jabar-2019-multicabang.txt (same office, program, period). Title restates 114,2 (optional)."})

# 10 national JKP; wrong weekday; approximate count in words
assert weekday("2023-01-12") == "Kamis"
e = "2022-12-31"
GOLD.append({"file": "antara-2023-jkp-nasional.txt", "published_date": "2023-01-12", "office": "Nasional",
    "claims": [c("JKP", 10572, 59.3 * M, e), c("JP", 152600, 1.2 * T, e),
               c("JKP", 2000, 11.4 * M, e, optional=True), c("JKP", None, 11.4 * M, e, optional=True),
               c("JKP", None, 59.3 * M, e, optional=True)],
    "membership": [],
    "expected_checks": ["weekday_mismatch"], "allowed_checks": ["claim_missing_cases"],
    "notes": "'Rabu (12/1/2023)': 12 January 2023 was a Thursday: weekday_mismatch. JKP Jawa Barat 'dua ribu lebih kasus' Rp11,4 miliar is an approximate provincial figure (optional in any reading; a missing-case flag allowed), not a conflict with the national figure. JP '1,2 triliun rupiah untuk 152.600 kasus'. Not figures: PP 37/2021, 45/25 persen, Rp5 juta, 12 bulan, six months. Title restates JKP (optional)."})

write_gold(HERE, GOLD)
