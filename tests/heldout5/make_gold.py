"""Write the heldout5 gold JSON files and assert every sum, % change and weekday they rely on."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # tests/gold_rows.py
from gold_rows import JT, M, T, c, m, weekday, write_gold  # noqa: E402

GOLD = []

# 1 clean: parts add up to the total
e = "2018-06-30"
parts = [(9412, 118.6), (874, 6.32), (96, 2.31), (412, 0.94)]
assert sum(p[0] for p in parts) == 10794 and abs(sum(p[1] for p in parts) - 128.17) < 1e-9
assert weekday("2018-07-19") == "Kamis"
GOLD.append({"file": "semarang-2018-suaramerdeka.txt", "published_date": "2018-07-19", "office": "Cabang Semarang Pemuda",
    "claims": [c("TOTAL", 10794, 128.17 * M, e), c("JHT", 9412, 118.6 * M, e), c("JKK", 874, 6.32 * M, e),
               c("JKM", 96, 2.31 * M, e), c("JP", 412, 940 * JT, e), c("TOTAL", None, 128 * M, e, optional=True)],
    "membership": [m("active_companies", 3215), m("active_workers", 187400)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Semester I 2018; parts add up (10.794 kasus, Rp 128,17 miliar). Title 'Rp 128 Miliar' is a truncated restatement (optional). Dana kelolaan Rp 4,2 triliun, iuran Rp 212 miliar and the 15.000-peserta target are not claims/membership."})

# 2 growth_mismatch: JHT 40,8 vs 37,1 triliun is +10,0 %, article says 14,2 %
assert round((40.8 / 37.1 - 1) * 100, 1) == 10.0
assert weekday("2023-02-08") == "Rabu"
e = "2022-12-31"
GOLD.append({"file": "kompas-2023-nasional.html", "published_date": "2023-02-08", "office": "Nasional",
    "claims": [c("JHT", 3100000, 40.8 * T, e), c("JHT", None, 37.1 * T, "2021-12-31", prior=True),
               c("JKK", 234370, 1.84 * T, e), c("JKM", 36210, 1.58 * T, e), c("JP", 161500, 1.12 * T, e)],
    "membership": [],
    "expected_checks": ["growth_mismatch"], "allowed_checks": ["growth_mismatch"],
    "notes": "JHT 2022 Rp 40,8 T vs 2021 Rp 37,1 T is +10,0 %, the article says 14,2 %. '3,1 juta kasus' is an approximate count taken as stated. Dana kelolaan Rp 677 T, hasil investasi Rp 45,2 T, the 'Terpopuler' sidebar and the IHSG ticker are distractors."})

# 3 weekday_mismatch: 16/10/2019 was a Wednesday, article says Selasa
assert weekday("2019-10-16") == "Rabu"
e = "2019-09-30"
GOLD.append({"file": "denpasar-2019-balipost.txt", "published_date": "2019-10-16", "office": "Cabang Denpasar",
    "claims": [c("JHT", 14203, 176.4 * M, e), c("JKK", 1128, 11.7 * M, e), c("JKM", 214, 5.16 * M, e),
               c("JP", 688, 1.9 * M, e)],
    "membership": [m("active_companies", 8940), m("active_workers", 296000), m("active_non_wage_workers", 41250)],
    "expected_checks": ["weekday_mismatch"], "allowed_checks": [],
    "notes": "'Selasa (16/10/2019)': 16 Oct 2019 was a Wednesday. Santunan rule 'Rp 24 juta' and beasiswa 'Rp 12 juta' per anak are rules, not claims; no total is given."})

# 4 total_mismatch: parts 407,8 miliar vs stated total 412,8 miliar; cases add up
parts = [(27415, 361.2), (2307, 24.9), (318, 13.6), (1120, 4.7), (800, 3.4)]
assert sum(p[0] for p in parts) == 31960
assert abs(sum(p[1] for p in parts) - 407.8) < 1e-9
assert weekday("2024-01-25") == "Kamis"
e = "2023-12-31"
GOLD.append({"file": "antara-2024-lampung.txt", "published_date": "2024-01-25", "office": "Cabang Bandar Lampung",
    "claims": [c("TOTAL", 31960, 412.8 * M, e), c("JHT", 27415, 361.2 * M, e), c("JKK", 2307, 24.9 * M, e),
               c("JKM", 318, 13.6 * M, e), c("JP", 1120, 4.7 * M, e), c("JKP", 800, 3.4 * M, e)],
    "membership": [m("active_companies", 6215), m("active_workers", 352800)],
    "expected_checks": ["total_mismatch"], "allowed_checks": ["total_mismatch"],
    "notes": "Program amounts add up to Rp 407,8 miliar, the stated total is Rp 412,8 miliar; case counts do add up. Iuran Rp 530 miliar and the 2024 target are distractors."})

# 5 claim_missing_cases: JKM amount with no count
assert weekday("2021-06-03") == "Kamis"
e = "2021-05-31"
GOLD.append({"file": "lombokpost-2021-mataram.html", "published_date": "2021-06-03", "office": "Cabang Mataram",
    "claims": [c("JHT", 6874, 71.3 * M, e), c("JKK", 402, 4.85 * M, e), c("JKM", None, 6.02 * M, e),
               c("JP", 233, 610 * JT, e)],
    "membership": [m("active_companies", 2870), m("active_wage_workers", 112300)],
    "expected_checks": ["claim_missing_cases"], "allowed_checks": ["claim_missing_cases"],
    "notes": "JKM Rp 6,02 miliar 'kepada ahli waris' with no count. 'Rp 42 juta' santunan rule, BSU 2020 (Rp 2,4 juta x 98.000 pekerja), 'Baca Juga' link and footer are distractors."})

# 6 period_after_publication: JKP figure to end of March 2025 in an article of 14 Feb 2025
assert weekday("2025-02-14") == "Jumat"
e = "2024-12-31"
GOLD.append({"file": "sumeks-2025-sumbagsel.txt", "published_date": "2025-02-14", "office": "Kanwil Sumbagsel",
    "claims": [c("JHT", 98420, 1.27 * T, e), c("JKK", 8615, 142.3 * M, e), c("JKM", 1936, 83.4 * M, e),
               c("JKP", 1240, 6.1 * M, "2025-03-31")],
    "membership": [m("active_companies", 48700), m("active_workers", 1860000)],
    "expected_checks": ["period_after_publication"], "allowed_checks": ["period_after_publication"],
    "notes": "Article dated Friday 14/2/2025 reports JKP 'hingga akhir Maret 2025' (a slip for 2024 most likely): period ends after publication. 2024 figures are clean."})

# 7 clean with a correct % change
assert round((231.5 / 187.6 - 1) * 100, 1) == 23.4
assert weekday("2016-02-11") == "Kamis"
e = "2015-12-31"
GOLD.append({"file": "riaupos-2016-pekanbaru.txt", "published_date": "2016-02-11", "office": "Cabang Pekanbaru Kota",
    "claims": [c("JHT", 18712, 231.5 * M, e), c("JHT", None, 187.6 * M, "2014-12-31", prior=True),
               c("JKK", 1542, 13.8 * M, e), c("JKM", 207, 4.35 * M, e), c("JP", 96, 312 * JT, e)],
    "membership": [m("active_companies", 4120), m("active_workers", 201600)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Full year 2015; JHT +23,4 % from Rp 187,6 miliar (checks out). PP 46/2015 and PP 60/2015 are regulation numbers; '10 tahun' and '30 persen' JHT rules are not figures."})

# 8 clean, BSU distractor
assert weekday("2020-09-22") == "Selasa"
e = "2020-08-31"
GOLD.append({"file": "pikiranrakyat-2020-cirebon.txt", "published_date": "2020-09-22", "office": "Cabang Cirebon",
    "claims": [c("JHT", 11305, 128.9 * M, e), c("JKK", 690, 7.4 * M, e), c("JKM", 148, 6.35 * M, e)],
    "membership": [m("active_wage_workers", 265400), m("active_non_wage_workers", 19870)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Januari-Agustus 2020. BSU Rp 600 ribu per bulan for 142.380 pekerja is not a claim nor membership; relaksasi iuran 99 % is a rule."})

# 9 clean html with a total that adds up and JKP
parts = [(16480, 187.2), (1026, 15.3), (274, 11.9), (312, 1.46)]
assert sum(p[0] for p in parts) == 18092 and abs(sum(p[1] for p in parts) - 215.86) < 1e-9
assert weekday("2023-01-26") == "Kamis"
e = "2022-12-31"
GOLD.append({"file": "tribunmanado-2023-klaim.html", "published_date": "2023-01-26", "office": "Cabang Manado",
    "claims": [c("TOTAL", 18092, 215.86 * M, e), c("JHT", 16480, 187.2 * M, e), c("JKK", 1026, 15.3 * M, e),
               c("JKM", 274, 11.9 * M, e), c("JKP", 312, 1.46 * M, e), c("TOTAL", None, 215 * M, e, optional=True)],
    "membership": [m("active_companies", 5410), m("active_workers", 238900)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Full year 2022; parts add up. Title 'Rp 215 Miliar' is a truncation (optional). UMP Sulut Rp 3,48 juta in 'Baca Juga', sidebar and footer are chrome."})

# 10 clean with new members and event numbers
parts = [(22410, 302.7), (1873, 16.2), (186, 4.52), (1047, 2.86)]
assert weekday("2017-08-30") == "Rabu"
e = "2017-07-31"
GOLD.append({"file": "batampos-2017-batam.txt", "published_date": "2017-08-30", "office": "Cabang Batam Nagoya",
    "claims": [c("JHT", 22410, 302.7 * M, e), c("JKK", 1873, 16.2 * M, e), c("JKM", 186, 4.52 * M, e),
               c("JP", 1047, 2.86 * M, e)],
    "membership": [m("active_companies", 9870), m("active_wage_workers", 428000), m("new_wage_workers", 36150)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Januari-Juli 2017, no total given. Jalan sehat 5.000 peserta, hadiah Rp 50 juta, beasiswa rule Rp 12 juta are distractors."})

# Title restatements (amount only, no count): may be extracted or merged, never required.
TITLE_RESTATEMENTS = {
    "kompas-2023-nasional.html": ("JHT", 40.8 * T, "2022-12-31"),
    "denpasar-2019-balipost.txt": ("JHT", 176.4 * M, "2019-09-30"),
    "antara-2024-lampung.txt": ("TOTAL", 412.8 * M, "2023-12-31"),
    "lombokpost-2021-mataram.html": ("JHT", 71.3 * M, "2021-05-31"),
    "sumeks-2025-sumbagsel.txt": ("JHT", 1.27 * T, "2024-12-31"),
    "pikiranrakyat-2020-cirebon.txt": ("JHT", 128.9 * M, "2020-08-31"),
    "batampos-2017-batam.txt": ("JHT", 302.7 * M, "2017-07-31"),
}
for g in GOLD:
    if g["file"] in TITLE_RESTATEMENTS:
        program, amount, end = TITLE_RESTATEMENTS[g["file"]]
        g["claims"].append(c(program, None, amount, end, optional=True))
        g["notes"] += " The title restates a figure (optional row)."

write_gold(HERE, GOLD)
