"""Write the heldout8 gold JSON files and assert every sum, % change, weekday and per-case amount they rely on."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # tests/gold_rows.py
from gold_rows import JT, M, T, c, m, plausible_jkm, weekday, write_gold  # noqa: E402

GOLD = []

# 1 opinion column with one national figure in passing; the 65 % share is no claim
assert weekday("2024-05-10") == "Jumat"
GOLD.append({"file": "kolom-2024-opini.txt", "published_date": "2024-05-10", "office": "Nasional",
    "claims": [c("JHT", 3860000, 51.2 * T, "2023-12-31")],
    "membership": [m("active_workers", 41500000)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Opinion column dated 'Kolom | Jumat, 10 Mei 2024'. One national figure in passing: JHT 2023 Rp 51,2 triliun to 3,86 juta peserta. '65 persen klaim JHT' is a share, no claim. 'sekitar 41,5 juta peserta aktif' is the national active count. Not figures: upah minimum Rp 2-3 juta, usia 56, enam bulan."})

# 2 year-end review: three years of claims and participation; the current year runs to end of December
parts_cases = [401870, 31240, 6880, 12320]
parts_amt = [4618, 312, 291, 177]
assert sum(parts_cases) == 452310 and sum(parts_amt) == 5398
assert round((5.398 / 4.71 - 1) * 100, 1) == 14.6 and plausible_jkm(291 * M, 6880)
assert weekday("2023-12-28") == "Kamis"
e = "2023-12-31"
GOLD.append({"file": "akhirtahun-2023-jabar.txt", "published_date": "2023-12-28", "office": "Kanwil Jawa Barat",
    "claims": [c("TOTAL", 452310, 5.398 * T, e)] + [c(p, n, a * M, e) for p, n, a in
               zip(["JHT", "JKK", "JKM", "JP"], parts_cases, parts_amt)] + [
               c("TOTAL", 401230, 4.12 * T, "2021-12-31"), c("TOTAL", 428900, 4.71 * T, "2022-12-31"),
               c("TOTAL", None, 5.398 * T, e, optional=True), c("TOTAL", None, 5.4 * T, e, optional=True),
               c("TOTAL", 428900, 4.71 * T, "2022-12-31", prior=True, optional=True)],
    "membership": [m("active_workers", 6020000), m("active_companies", 158400),
                   m("active_workers", 5100000, optional=True), m("active_workers", 5460000, optional=True)],
    "expected_checks": ["period_after_publication"], "allowed_checks": ["period_after_publication"],
    "notes": "Year-end review of 28 December 2023 with 'data sepanjang Januari hingga Desember 2023': the 2023 figures end after publication (period_after_publication). Total Rp 5,4 triliun restated exactly as Rp 5.398 miliar (rounding, no conflict; optional). 2021 and 2022 totals are their own years (the 14,6 % change states no prior value; 2022 read as prior is tolerated). Parts add up. Active workers of 2021/2022 are optional. Not figures: target 7 juta."})

# 3 ANTARA wire with a correction note: the retracted 12.450 is no figure
assert weekday("2024-09-05") == "Kamis" and plausible_jkm(10.1 * M, 236)
e = "2024-08-31"
GOLD.append({"file": "antara-2024-palembang.txt", "published_date": "2024-09-05", "office": "Cabang Palembang",
    "claims": [c("JHT", 12540, 187.3 * M, e), c("JKK", 1210, 15.6 * M, e), c("JKM", 236, 10.1 * M, e),
               c("JHT", None, 187.3 * M, e, optional=True)],
    "membership": [m("active_companies", 4812)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "ANTARA wire 'Palembang (ANTARA) -' with the date line 'Kamis, 5 September 2024 14:32 WIB'. Jan-Aug 2024. The closing 'Ralat' retracts 12.450 kasus in favour of 12.540: no conflict, no second JHT row. Title restates JHT (optional). Not figures: JMO limit Rp15 juta."})

# 4 regency press release: iuran paid from APBD is no claim; one JKM handover is
assert 42000 * 16800 * 12 == 8467200000 and 12 * 42 * JT == 504 * JT and plausible_jkm(504 * JT, 12)
assert weekday("2023-07-19") == "Rabu"
GOLD.append({"file": "pemkab-2023-banyuwangi.txt", "published_date": "2023-07-19", "office": "Cabang Banyuwangi",
    "claims": [c("JKM", 12, 504 * JT, None)],
    "membership": [m("active_non_wage_workers", 118400)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Pemkab press release 'Banyuwangi, 19 Juli 2023'. 42.000 pekerja rentan enrolled with iuran Rp 16.800 from APBD (Rp 8,47 miliar budget) are neither claims nor the area's active count; the BPU active total 118.400 is. One JKM handover: 12 heirs Rp 504 juta (no period). Not figures: Rp 42 juta each (the rule), target 60.000."})

# 5 court story: fictitious claims and state losses are no claims paid
assert weekday("2025-01-14") == "Selasa"
GOLD.append({"file": "sidang-2025-medan.txt", "published_date": "2025-01-14", "office": "Cabang Medan Kota",
    "claims": [], "membership": [],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Corruption trial: 148 klaim JHT fiktif, kerugian negara Rp 3,2 miliar, denda Rp 300 juta, uang pengganti Rp 2,9 miliar: none is a benefit paid to participants. No figures."})

# 6 BPJS Kesehatan (health insurer), not our agency
assert weekday("2024-03-07") == "Kamis"
GOLD.append({"file": "bpjskes-2024-jember.txt", "published_date": "2024-03-07", "office": "Cabang Jember",
    "claims": [], "membership": [],
    "expected_checks": [], "allowed_checks": [],
    "notes": "BPJS Kesehatan (JKN) hospital claims Rp 1,26 triliun, 1,04 juta / 186.000 kasus, 2,31 juta JKN members: another agency, nothing to read. JKK named only as who pays work accidents."})

# 7 police accident statistics beside JKK; wrong weekday
assert weekday("2023-11-14") == "Selasa"  # article says 'Senin (14/11/2023)': weekday_mismatch
assert plausible_jkm(3.74 * M, 88)
e = "2023-10-31"
GOLD.append({"file": "lakalantas-2023-kudus.txt", "published_date": "2023-11-14", "office": "Cabang Kudus",
    "claims": [c("JKK", 1146, 14.8 * M, e), c("JKM", 88, 3.74 * M, e), c("JKK", None, 14.8 * M, e, optional=True),
               c("JKK", 214, None, e, optional=True)],
    "membership": [],
    "expected_checks": ["weekday_mismatch"], "allowed_checks": [],
    "notes": "Dateline 'Senin (14/11/2023)' (14 November 2023 was a Tuesday: weekday_mismatch). Police figures (812 kecelakaan, 97 meninggal, 1.024 luka ringan, Rp 1,9 miliar material loss) are no claims. JKK 1.146 kasus Rp 14,8 miliar Jan-Oct; 214 of them on the road (a sub-count, optional). Not figures: 17-45 tahun, Jasa Raharja Rp 50 juta."})

# 8 month-by-month list whose stated semester total misses the months' sum
months = [(2104, 31.2), (1986, 29.4), (2310, 35.1), (2845, 44.6), (2412, 36.8), (2198, 33.0)]
ends = ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30"]
assert sum(n for n, _ in months) == 13855 and abs(sum(a for _, a in months) - 210.1) < 1e-9  # stated Rp 219,1 miliar
assert weekday("2024-07-09") == "Selasa"
GOLD.append({"file": "bulanan-2024-makassar.txt", "published_date": "2024-07-09", "office": "Cabang Makassar",
    "claims": [c("JHT", n, a * M, end) for (n, a), end in zip(months, ends)] + [c("JHT", 13855, 219.1 * M, "2024-06-30")],
    "membership": [],
    "expected_checks": ["total_mismatch"], "allowed_checks": ["total_mismatch"],
    "notes": "Month-by-month JHT list Jan-Jun 2024, each month its own period. The semester figure 13.855 kasus matches the months, but Rp 219,1 miliar does not (months add to Rp 210,1 miliar): total_mismatch. Not figures: 30 menit, Rp 15 juta."})

# 9 claim-reason percentages; approximate counts and amounts; JKP amount without count
assert weekday("2025-04-15") == "Selasa"
e = "2025-03-31"
GOLD.append({"file": "phk-2025-cilegon.txt", "published_date": "2025-04-15", "office": "Cabang Cilegon",
    "claims": [c("JHT", 11820, 198.6 * M, e), c("JKK", 3500, 21.4 * M, e), c("JKP", None, 450 * JT, e),
               c("JHT", None, 200 * M, e, optional=True), c("JKK", None, 21.4 * M, e, optional=True)],
    "membership": [],
    "expected_checks": ["claim_missing_cases"], "allowed_checks": ["claim_missing_cases"],
    "notes": "Q1 2025. '65 persen klaim JHT ... karena PHK, 30 persen' are shares, no claims. JKK '3.500-an kasus' is 3.500 approximately. JKP 'Rp 450 juta lebih' has no count: claim_missing_cases. Title 'Hampir Rp 200 Miliar' (optional). Not figures: 4.300 PHK (Disnaker)."})

# 10 thin/narrow/no-break spaces as thousands separators; wrong % change
assert round((121.7 / 108.2 - 1) * 100, 1) == 12.5  # stated 18 persen: growth_mismatch
assert weekday("2024-09-12") == "Kamis"
e = "2024-08-31"
GOLD.append({"file": "rilis-2024-bengkulu.txt", "published_date": "2024-09-12", "office": "Cabang Bengkulu",
    "claims": [c("JHT", 8214, 121.7 * M, e), c("JHT", None, 108.2 * M, "2023-08-31", prior=True),
               c("JKK", 1032, 9.8 * M, e)],
    "membership": [m("active_workers", 214560), m("active_companies", 6120)],
    "expected_checks": ["growth_mismatch"], "allowed_checks": ["growth_mismatch", "claim_missing_cases"],
    "notes": "Press release 'Bengkulu, 12 September 2024'. 'Sejak awal tahun ini hingga akhir Agustus' = Jan-Aug 2024. Thousands separated by a thin space (8 214), a narrow no-break space (1 032) and a no-break space (214 560). JHT 'naik 18 persen' from Rp 108,2 miliar to Rp 121,7 miliar is really +12,5 %: growth_mismatch. 'Rabu lalu' is no publication date."})

write_gold(HERE, GOLD)
