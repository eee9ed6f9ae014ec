"""Write the heldout7 gold JSON files and assert every sum, % change, weekday and per-case amount they rely on."""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # tests/gold_rows.py
from gold_rows import JT, M, T, c, m, plausible_jkm, weekday, write_gold  # noqa: E402

GOLD = []

# 1 TV transcript; total with parts that add up within its printed precision; "ribuan kasus" is no figure
parts = [1620, 84.3, 79.6, 296.4]
assert 2050 <= sum(parts) < 2150  # "Rp 2,1 Triliun" (JKP adds a little more)
assert weekday("2024-07-14") == "Minggu" and plausible_jkm(79.6 * M, 1870)
e = "2024-06-30"
GOLD.append({"file": "tvri-2024-jatim.txt", "published_date": "2024-07-14", "office": "Kanwil Jawa Timur",
    "claims": [c("TOTAL", None, 2.1 * T, e), c("JHT", 98450, 1.62 * T, e), c("JKK", 6120, 84.3 * M, e),
               c("JKM", 1870, 79.6 * M, e), c("JP", 21300, 296.4 * M, e),
               c("TOTAL", None, 2.1 * T, e, optional=True)],
    "membership": [m("active_workers", 4870000), m("active_companies", 182300)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "TV transcript (speaker labels, 'Pemirsa'), dated 'Minggu (14/7/2024)'. Semester I 2024 ('semester pertama 2024', 'Januari sampai Juni'). Total 'Rp 2,1 Triliun' restated (optional); parts JHT+JKK+JKM+JP = Rp 2.080,3 miliar, within 2,1 T's precision, and JKP is not quantified: no total_mismatch. JKP 'ribuan kasus' has no number: no claim. Javanese in the quote. Not figures: Rp 16.800 iuran, 38 kabupaten."})

# 2 multi-year series, each year its own period, no stated change
years = {2019: (18420, 196.5), 2020: (24310, 281.2), 2021: (22870, 265.0), 2022: (21540, 259.8), 2023: (23960, 301.4)}
assert weekday("2024-06-13") == "Kamis"
GOLD.append({"file": "seri-2024-sidoarjo.txt", "published_date": "2024-06-14", "office": "Cabang Sidoarjo",
    "claims": [c("JHT", n, a * M, f"{y}-12-31") for y, (n, a) in years.items()] + [
               c("JHT", 10120, 131.6 * M, "2024-05-31"),
               c("JHT", None, 196 * M, "2019-12-31", optional=True), c("JHT", None, 301 * M, "2023-12-31", optional=True)],
    "membership": [m("active_companies", 9870)],
    "expected_checks": [], "allowed_checks": [],
    "notes": "Date line 'Diterbitkan 14-06-2024'. Five yearly JHT figures 2019-2023, each its own full-year period (no stated change, so none is prior), plus Jan-May 2024. Different periods are no conflict. Title truncates 2019 and 2023 (optional). Not figures: Rp 15 juta JMO limit."})

# 3 HTML <table> with rupiah to the unit; the Jumlah row's case count is transposed
cases = [142318, 11204, 3415, 18760]
amounts = [1874306250000, 142870115000, 148962300000, 96415820000]
assert sum(cases) == 175697 and sum(amounts) == 2262554485000  # table says 175.967 kasus: total_mismatch
assert weekday("2021-01-18") == "Senin" and plausible_jkm(amounts[2], cases[2])
e = "2020-12-31"
GOLD.append({"file": "tabel-2021-jateng.html", "published_date": "2021-01-19", "office": "Kanwil Jawa Tengah dan DIY",
    "claims": [c(p, n, a, e) for p, n, a in zip(["JHT", "JKK", "JKM", "JP"], cases, amounts)] + [
               c("TOTAL", 175967, 2262554485000, e), c("TOTAL", None, 2.26 * T, e, optional=True)],
    "membership": [m("active_workers", 3412560)],
    "expected_checks": ["total_mismatch"], "allowed_checks": ["total_mismatch"],
    "notes": "meta article:published_time 2021-01-19. Real HTML <table> Program/Jumlah Kasus/Nominal with 'Rp. 1.874.306.250.000,-'. Amounts add up; the Jumlah row says 175.967 kasus but the parts add to 175.697: total_mismatch. Body 'Rp 2,26 triliun' restates the total (optional). Not figures: iuran Rp 4,8 triliun, UMK in Terpopuler."})

# 4 bullet list; JKP count without amount; period runs past publication
assert weekday("2022-09-19") == "Senin" and weekday("2022-09-20") == "Selasa" and plausible_jkm(5.7 * M, 133)
e = "2022-09-30"
GOLD.append({"file": "poin-2022-balikpapan.txt", "published_date": "2022-09-20", "office": "Cabang Balikpapan",
    "claims": [c("JHT", 7412, 98.3 * M, e), c("JKK", 864, 12.6 * M, e), c("JKM", 133, 5.7 * M, e),
               c("JP", 1026, 3.1 * M, e), c("JKP", 214, None, e)],
    "membership": [m("active_companies", 5318), m("active_workers", 172940)],
    "expected_checks": ["period_after_publication", "claim_missing_amount"], "allowed_checks": ["period_after_publication"],
    "notes": "Bullet points with '•' and 'Rp 98,3 M'. Figures for 'Januari hingga September 2022' ('sampai akhir September') in an article of 20 September: period_after_publication. JKP 214 peserta with no amount: claim_missing_amount. Not figures: target 190.000."})

# 5 one factory's workers inside a branch article; wrong weekday
assert weekday("2024-06-12") == "Rabu"  # article says 'Jumat (12/6/2024)': weekday_mismatch
GOLD.append({"file": "pabrik-2024-cikupa.txt", "published_date": "2024-06-14", "office": "Cabang Tangerang Cikupa",
    "claims": [c("JHT", 1186, 23.7 * M, None), c("JKP", 1094, 7.2 * M, None), c("JHT", 9870, 168.4 * M, "2024-05-31")],
    "membership": [],
    "expected_checks": ["weekday_mismatch"], "allowed_checks": [],
    "notes": "Date line '14 Juni '24'. One factory's laid-off workers: JHT 1.186 eks pekerja Rp 23,7 miliar and JKP 1.094 orang Rp 7,2 miliar paid since 'pekan lalu' up to 'Jumat (12/6/2024)' (12 June 2024 was a Wednesday: weekday_mismatch); their period is not the branch's Jan-May, so no conflict with the branch's own JHT 9.870 kasus Rp 168,4 miliar (which excludes them). Javanese in a quote. Not figures: 1.240 PHK, 17 tahun, pesangon Rp 20 juta."})

# 6 + 7 one press release reprinted on a portal with one figure changed
rel = [512.6, 58.7, 61.2, 41.9]
rep = [512.6, 57.8, 61.2, 41.9]
assert abs(sum(rel) - 674.4) < 1e-9 and abs(sum(rep) - 673.5) < 1e-9  # reprint's parts miss its total by 0,9 miliar
assert weekday("2022-11-16") == "Rabu" and plausible_jkm(61.2 * M, 1402)
e = "2022-10-31"
sulama_cases = [38214, 4980, 1402, 6530]
for fname, date, amts, checks in [("rilis-2022-sulama.txt", "2022-11-15", rel, ["conflicting_figures"]),
                                  ("reprint-2022-sulama.html", "2022-11-16", rep, ["conflicting_figures", "total_mismatch"])]:
    GOLD.append({"file": fname, "published_date": date, "office": "Kanwil Sulawesi Maluku",
        "claims": [c("TOTAL", None, 674.4 * M, e)] + [c(p, n, a * M, e) for p, n, a in
                   zip(["JHT", "JKK", "JKM", "JP"], sulama_cases, amts)] + [c("TOTAL", None, 674.4 * M, e, optional=True)],
        "membership": [m("active_workers", 1200000), m("active_companies", 62410)],
        "expected_checks": checks, "allowed_checks": checks,
        "notes": "One Kanwil Sulama press release (Jan-Oct 2022) and a portal reprint a day later: the reprint's JKK is Rp 57,8 miliar where the release says Rp 58,7 miliar: conflicting_figures across the two articles (same office, program, period). In the reprint the parts then add to Rp 673,5 miliar against its Rp 674,4 miliar total: total_mismatch there. The reprint writes 'IDR 512,6 miliar' and '1.2 juta' (dot decimal). Title restates the total (optional). Not figures: layanan 175, cabai, football score."})

# 8 JKP with job-loss numbers; JHT amount without count; Sundanese quote
assert weekday("2025-06-09") == "Senin" and weekday("2025-06-10") == "Selasa"
assert 9860 - 9215 == 645
e = "2025-05-31"
GOLD.append({"file": "jkp-2025-karawang.txt", "published_date": "2025-06-10", "office": "Cabang Karawang",
    "claims": [c("JKP", 9215, 61.3 * M, e), c("JHT", None, 142 * M, e), c("JKK", 640, 12 * M, e, optional=True),
               c("JKP", 9215, None, e, optional=True)],
    "membership": [],
    "expected_checks": ["claim_missing_cases"], "allowed_checks": ["claim_missing_cases"],
    "notes": "'Januari hingga akhir Mei lalu' in an article of 10 June 2025 ends 2025-05-31; 'lima bulan pertama 2025' too. JKP: 12.400 PHK (Disnaker) and 9.860 applications are not claims; 9.215 approved Rp 61,3 miliar is. JHT Rp 142 miliar with no count: claim_missing_cases. JKK 640 kasus 'Rp 12 M-an' is approximate (optional). Title restates the JKP count (optional). Sundanese quote. Not figures: 645 pending, 12/24/6 bulan, 45/25 persen, Rp 5 juta."})

# 9 infographic caption list; JKM per case far too low
parts = [(31204, 402.6), (3870, 51.8), (410, 1.64), (2115, 14.3), (388, 2.5)]
assert sum(p[0] for p in parts) == 37987 and abs(sum(p[1] for p in parts) - 472.84) < 1e-9
assert not plausible_jkm(1.64 * M, 410)  # Rp 4 juta per death: amount_per_case_out_of_range
e = "2022-12-31"
GOLD.append({"file": "infografis-2023-banuspa.txt", "published_date": "2023-02-03", "office": "Kanwil Bali Nusa Tenggara Papua",
    "claims": [c(p, n, a * M, e) for p, (n, a) in zip(["JHT", "JKK", "JKM", "JP", "JKP"], parts)] + [
               c("TOTAL", 37987, 472.84 * M, e)],
    "membership": [m("active_workers", 1360000), m("active_companies", 48720)],
    "expected_checks": ["amount_per_case_out_of_range"], "allowed_checks": [],
    "notes": "Infographic caption list 'Program | n kasus | Rp x miliar' for 2022, total adds up. JKM Rp 1,64 miliar for 410 deaths is Rp 4 juta each, far below the Rp 42 juta santunan: amount_per_case_out_of_range. 'per 31 Desember 2022' membership. Not figures: target 1,5 juta."})

# 10 parliament hearing with several speakers; wrong % change
assert round((36.4 / 33.1 - 1) * 100, 1) == 10.0  # stated 8,6 persen: growth_mismatch
assert weekday("2021-03-23") == "Selasa" and weekday("2021-03-24") == "Rabu" and plausible_jkm(1.36 * T, 31360)
e = "2020-12-31"
GOLD.append({"file": "dpr-2021-nasional.txt", "published_date": "2021-03-24", "office": "Nasional",
    "claims": [c("JHT", 2520000, 36.4 * T, e), c("JHT", None, 33.1 * T, "2019-12-31", prior=True),
               c("JKK", 221740, 1.56 * T, e), c("JKM", 31360, 1.36 * T, e), c("JP", 117250, 780 * M, e),
               c("JHT", None, 36.4 * T, e, optional=True)],
    "membership": [m("active_workers", 30660000)],
    "expected_checks": ["growth_mismatch"], "allowed_checks": ["growth_mismatch", "claim_missing_cases"],
    "notes": "Komisi IX hearing with several speakers (Dirut, two members, chair). JHT 2020 Rp 36,4 T '2,52 juta kasus', 'naik 8,6 persen dari Rp 33,1 triliun pada 2019' is really +10,0%: growth_mismatch. Prior JHT 2019 has no count (claim_missing_cases allowed). Title restates JHT (optional). Not figures: 'ribuan peserta' antre, BSU Rp 600 ribu x 4 bulan, tujuh hari kerja."})

write_gold(HERE, GOLD)
