import json, datetime as dt
T, M, J = 1e12, 1e9, 1e6
G = {}
def c(p, cases, amt, end, prior=False, optional=False, alt=None):
    d = {"program": p, "cases": cases, "amount_idr": amt, "period_end": end}
    if prior: d["prior"] = True
    if optional: d["optional"] = True
    if alt: d["alt_cases"] = alt
    return d
def m(metric, v, optional=False):
    d = {"metric": metric, "value": v}
    if optional: d["optional"] = True
    return d
def gold(f, pub, office, claims, mem, exp, allowed, notes):
    G[f] = {"file": f, "published_date": pub, "office": office, "claims": claims, "membership": mem,
            "expected_checks": exp, "allowed_checks": allowed, "notes": notes}

E = "2014-12-31"
gold("antara-2015-jateng.txt", "2015-01-12", "Kanwil Jawa Tengah dan DI Yogyakarta",
  [c("JHT", 162480, 1.9*T, E), c("JHT", None, 1.62*T, "2013-12-31", prior=True),
   c("JKK", 9871, 64.35*M, E), c("JKM", 1771, 37.2*M, E),
   c("JHT", None, 1.9*T, E, optional=True)],
  [m("active_workers", 2610000), m("active_companies", 61300)], [], ["claim_missing_cases"],
  "Antara: date line 'Senin, 12 Januari 2015' and dateline 'di Semarang, Senin' without a date. JHT 2014 vs 2013 (prior, no case count, no % stated). JKM 'Rp37,2 miliar diserahkan kepada ahli waris dari 1.771 peserta' (21 juta each = the 2014 rule). Dana investasi Rp14,6 T, iuran Rp2,8 T, target 500.000, JP start date, santunan rule Rp21 juta are distractors.")
assert dt.date(2015,1,12).weekday() == 0
assert abs(37.2e9/1771 - 21e6) < 0.1e6

E = "2023-12-31"
gold("detik-2024-nasional.html", "2024-02-09", "Nasional",
  [c("TOTAL", 4100000, 52.72*T, E), c("TOTAL", None, 45.85*T, "2022-12-31", prior=True),
   c("JHT", 3470000, 46.2*T, E), c("JHT", None, 40.3*T, "2022-12-31", prior=True),
   c("JKK", 370747, 2.46*T, E), c("JKM", 46120, 2.05*T, E), c("JP", 152300, 1.52*T, E),
   c("JKP", 55160, 489.2*M, E), c("TOTAL", None, 52.72*T, E, optional=True)],
  [m("active_workers", 41560000)], ["growth_mismatch"], ["claim_missing_cases"],
  "detikFinance page: date in meta name=publishdate '2024/02/09 14:32:10' and 'Jumat, 09 Feb 2024'. Total 'naik 15%' from 45,85 to 52,72 T is right (+14,98%); JHT 'tumbuh 9,1%' from 40,3 to 46,2 T is really +14,6%: growth_mismatch. Parts sum to Rp 52,72 T exactly and 4.094.327 cases, which rounds to 'sekitar 4,1 juta'. 'Jaminan Pensiun ... kepada 152.300 penerima'. Chrome: IHSG/kurs/emas ticker, 'Baca juga' with JHT Rp 10 Juta. Dana kelolaan 700,54 T, hasil investasi 51,7 T, target 53,2 juta, BSU 600 ribu x 12,8 juta are distractors.")
parts = [46.2, 2.46, 2.05, 1.52, 0.4892]
assert abs(sum(parts) - 52.72) < 0.0051, sum(parts)
pc = 3470000 + 370747 + 46120 + 152300 + 55160
assert round(pc / 1e6, 1) == 4.1, pc
assert round((52.72/45.85 - 1)*100) == 15
assert abs((46.2/40.3 - 1)*100 - 9.1) > 5
assert dt.date(2024,2,9).weekday() == 4

E = "2018-06-30"
gold("tribun-2018-jambi.html", "2018-07-19", "Cabang Jambi",
  [c("JHT", 8215, 97.4*M, E), c("JKK", 612, 6.8*M, E), c("JKM", 143, 3.46*M, E), c("JP", 1032, 1.19*M, E),
   c("JHT", None, 97.4*M, E, optional=True)],
  [m("active_workers", 187340), m("active_companies", 5912)], ["weekday_mismatch"], [],
  "Tribun page; date in meta content_PublishedDate and <time>Kamis, 19 Juli 2018. The quote says 'Rabu (19/7/2018)' but 19 July 2018 was a Thursday: weekday_mismatch. 'Rp 97,4 M' = miliar; '612 klaim, nominalnya Rp 6,8 miliar'. Tunggakan Rp 4,3 miliar of 214 companies, jalan sehat 3.000 peserta, TBS Rp 45, ticket ad Rp 589.000 are distractors.")
assert dt.date(2018,7,19).weekday() == 3

E = "2016-09-30"
gold("republika-2016-aceh.txt", "2016-11-02", "Cabang Banda Aceh",
  [c("TOTAL", 6409, 68.55*M, E), c("JHT", 5870, 61.2*M, E), c("JKK", 318, 3.1*M, E),
   c("JKM", 96, 2.6*M, E), c("JP", 125, 1.65*M, E), c("TOTAL", None, 68.5*M, E, optional=True)],
  [m("active_wage_workers", 98300), m("active_non_wage_workers", 21450)], [], [],
  "Republika: date line 'Rabu 02 Nov 2016 17:10 WIB', quote 'Rabu (2/11)' without year (right weekday). 'sejak Januari hingga akhir September 2016'. Parts add up: 5.870+318+96+125 = 6.409 cases and 61,2+3,1+2,6+1,65 = 68,55 miliar; the title's 'Rp 68,5 Miliar' is a truncated restatement. 'Program JKK menyerap Rp 3,1 miliar untuk 318 kasus' puts amount before cases. Iuran tertunggak Rp 4,5 miliar and beasiswa Rp 12 juta are distractors.")
assert 5870+318+96+125 == 6409 and abs(61.2+3.1+2.6+1.65-68.55) < 1e-9
assert dt.date(2016,11,2).weekday() == 2

E = "2025-06-30"
gold("bisnis-2025-sumbagut.html", "2025-07-22", "Kanwil Sumbagut",
  [c("TOTAL", 122455, 1.87*T, E), c("JHT", 96210, 1.41*T, E), c("JKK", 6980, 148.6*M, E),
   c("JKM", 3702, 171.3*M, E), c("JP", 11448, 63.9*M, E), c("JKP", 4115, 32.4*M, E), c("TOTAL", None, 1.87*T, E, optional=True)],
  [m("active_companies", 33870), m("active_workers", 2040000)], ["total_mismatch"], [],
  "Bisnis.com page, date in article:published_time and JSON-LD. Cases add up (122.455) but amounts do not: 1.410 + 148,6 + 171,3 + 63,9 + 32,4 = Rp 1.826,2 miliar (1,83 T), not the stated Rp1,87 triliun: total_mismatch. 'naik 11,2% YoY' gives no prior value (no prior row). 'Rp148,6 miliar (6.980 kasus)' parenthesised counts; 'pemberi kerja aktif ... entitas'. Dana jaminan sosial Rp2,96 T (iuran), target 4,3 juta / 52%, stock ticker, Baca Juga 8,4% are distractors.")
assert 96210+6980+3702+11448+4115 == 122455
s = 1410+148.6+171.3+63.9+32.4
assert abs(s - 1826.2) < 1e-6 and abs(s/1000 - 1.87) > 0.03
assert dt.date(2025,7,22).weekday() == 1

E = "2022-12-31"
gold("kaltara-2023-pemprov.txt", "2023-01-26", "Cabang Tarakan",
  [c("JHT", 4120, 52.3*M, E), c("JKK", 287, 4.05*M, E), c("JKM", None, 3.78*M, E)],
  [m("active_workers", 118640)], ["claim_missing_cases"], [],
  "Provincial government press release (Biro Administrasi Pimpinan); date only in the dateline 'TANJUNG SELOR, Kamis (26/1/2023)' (right weekday); the office is the branch whose head reports the figures (area: Provinsi Kalimantan Utara also acceptable in words). JKM 'Rp 3,78 miliar telah diserahkan kepada ahli waris' has no case count: claim_missing_cases. Pekerja rentan 12.500 paid by APBD (Rp 2,03 miliar) is not an active_* metric; target 20.000, 150 rakor participants, Inpres 2/2021, press release number 021 are distractors.")
assert dt.date(2023,1,26).weekday() == 3

E = "2020-08-31"
gold("dprd-2020-surabaya.txt", "2020-10-08", "Cabang Surabaya Rungkut",
  [c("JHT", 31604, 512.8*M, E), c("JKK", 1920, 23.7*M, E), c("JKM", 214, 9.1*M, E)],
  [m("active_wage_workers", 398120), m("active_companies", 9840)], [], [],
  "DPRD Kota Surabaya press office report of a Komisi D hearing; date only from the dateline 'Kamis (8/10/2020)' (a Thursday). 'sejak Januari sampai dengan Agustus 2020'; 'pencairan JHT mencapai 31.604 kasus, dengan dana yang dicairkan sebesar Rp 512,8 miliar'; 'santunan kematian untuk 214 peserta senilai Rp 9,1 miliar' (42,5 juta each, fits the Rp 42 juta rule of 2020). 1.300 PHK workers, PP 49/2020 99% relief, BSU 452.000 x Rp 600 ribu are distractors.")
assert dt.date(2020,10,8).weekday() == 3

E = "2019-03-31"
gold("jayapura-2019-cepos.txt", "2019-04-17", "Cabang Jayapura",
  [c("JHT", 1944, 29.6*M, E), c("JKK", 176, None, E), c("JKM", 58, 1.39*M, E), c("JP", 97, 260*J, E),
   c("JHT", None, 29.6*M, E, optional=True)],
  [m("active_workers", 126300), m("active_companies", 3120)], ["claim_missing_amount"], [],
  "Cenderawasih Pos print story: interview 'Selasa (16/4/2019)' (a Tuesday), the paper's line at the end gives 17 April 2019 as publication (next-day edition; 2019-04-16 would be a near miss). 'triwulan I 2019' ends 31 March. JKK '176 kasus kecelakaan kerja yang klaimnya sudah kami bayar' has no amount: claim_missing_amount. 8.400 OAP BPU workers are registered, not active (no metric); PON XX 9.000 construction workers is a plan, not a figure.")
assert dt.date(2019,4,16).weekday() == 1

E = "2026-03-31"
gold("kompas-2026-kendari.txt", "2026-03-18", "Cabang Kendari",
  [c("JKP", 512, 4.3*M, E), c("JHT", 6870, 98.4*M, E), c("JKM", 81, 3.73*M, E)],
  [m("active_workers", 214560)], ["period_after_publication"], [],
  "Kompas.com, published 18/03/2026 ('Rabu (18/3/2026)' is right) yet claims are 'hingga triwulan I 2026', a quarter that ends 31 March 2026, after publication: period_after_publication. JHT and JKM share the period ('Pada periode yang sama'). JKM 46 juta per case is within the 2026 rule plus burial. Membership is per end of February 2026 (fine). JKP rule 60% upah / Rp 5 juta ceiling, 3.000 Morowali workers in 'Baca juga' are distractors.")
assert dt.date(2026,3,18).weekday() == 2

E = "2021-10-31"
gold("bekasi-2021-disnaker.html", "2021-11-11", "Cabang Cikarang",
  [c("JKK", 2410, 31.8*M, E, alt=[2140]), c("JHT", 38205, 602.4*M, E),
   c("JKK", 2140, None, E, optional=True)],
  [m("active_companies", 7215), m("active_workers", 612400)], ["conflicting_figures"], ["claim_missing_cases"],
  "Kabupaten Bekasi government portal (WordPress); date 'Diposting pada Kamis, 11 November 2021' and 'Kamis (11/11/2021)'. Same office and period Januari-Oktober 2021: the Disnaker head quotes 2.140 JKK cases, the branch head 2.410: conflicting_figures. UMK Rp 4.791.843, 120 HRD, 1.500 lowongan, visitor counter, agenda 5.000 doses are chrome/distractors.")
assert dt.date(2021,11,11).weekday() == 3

E = "2014-06-30"
gold("pontianak-2014-jamsostek.txt", "2014-07-23", "Cabang Pontianak",
  [c("JHT", 5618, 71.24*M, E), c("JHT", 5102, 63.5*M, "2013-06-30", prior=True),
   c("JKK", 402, 4.9*M, E), c("JKM", 117, 2.46*M, E)],
  [m("active_workers", 142800), m("active_companies", 3406)], [], [],
  "Regional paper (Pontianak Post), date line 'Rabu, 23 Juli 2014' (a Wednesday), interview 'kemarin'. Period 'sejak 1 Januari hingga 30 Juni 2014'; prior 'periode yang sama tahun lalu' with both amount and cases. JKM 2,46 miliar / 117 = 21 juta (2014 rule). Housing loan Rp 1,1 miliar for 24 participants and the 1 Juli 2015 deadline are distractors.")
assert dt.date(2014,7,23).weekday() == 2 and abs(2.46e9/117-21.03e6) < 0.01e6

E = "2022-12-31"
gold("ambon-2022-tahunan.txt", "2023-01-19", "Cabang Ambon",
  [c("TOTAL", 8127, 132.19*M, E), c("JHT", 7402, 118.06*M, E), c("JKK", 305, 5.7*M, E),
   c("JKM", 170, 7.14*M, E), c("JP", 211, 1025*J, E), c("JKP", 39, 268.5*J, E),
   c("TOTAL", None, 132.19*M, E, optional=True)],
  [m("active_workers", 95210)], [], [],
  "No date line: publication from 'di Ambon, Kamis (19/1/2023)' (a Thursday); period 'sepanjang tahun 2022'. 'Rp 1.025 juta' = 1,025 miliar (thousands separator before juta). Parts: 118,06 + 5,7 + 7,14 + 1,025 + 0,2685 = 132,1935 miliar = 'Rp 132,19 miliar'; cases 7.402+305+170+211+39 = 8.127. JKM 42 juta each. 6.300 BPU fishermen are a part of the active count, not all BPU (no metric); target 25.000, santunan 42 juta and beasiswa 174 juta rules are distractors.")
assert 7402+305+170+211+39 == 8127 and round(118.06+5.7+7.14+1.025+0.2685, 2) == 132.19
assert dt.date(2023,1,19).weekday() == 3 and 7.14e9/170 == 42e6

for f, g in G.items():
    out = "/work/main/tests/heldout4/gold/" + f.rsplit(".", 1)[0] + ".json"
    with open(out, "w") as fh: json.dump(g, fh, indent=1, ensure_ascii=False)
    json.load(open(out))
print(len(G), "gold files ok")
