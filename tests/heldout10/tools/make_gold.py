import json, os
G='/work/blind/heldout10/gold'
def C(program,cases,amount,period_end=None,prior=None,optional=False,alt=None):
    d={"program":program,"cases":cases}
    if alt: d["alt_cases"]=alt
    d["amount_idr"]=amount
    if period_end: d["period_end"]=period_end
    if prior is not None: d["prior"]=prior
    if optional: d["optional"]=True
    return d
def M(metric,value,optional=False):
    d={"metric":metric,"value":value}
    if optional: d["optional"]=True
    return d
golds=[]

golds.append(dict(file="nasional-2024-dana-investasi-kepesertaan.html",published_date="2024-07-08",office="Nasional",
claims=[],
membership=[M("active_companies",901912),M("active_workers",41560000),M("active_construction_workers",7360000),
M("active_non_wage_workers",9190000),M("active_wage_workers",25004000),M("active_workers",41560000,True)],
expected_checks=[],allowed_checks=[],
notes="Business-portal page (article:published_time, JSON-LD datePublished and <time> 'Senin, 8 Juli 2024'; the photo caption date Senin (4/3/2024) is not the publication date). Trap: every rupiah figure is money under management or investment return, never a claim: dana investasi Rp712,3 triliun (+13,47% yoy from Rp627,69 triliun: 712,3/627,69 = +13,48%, within the one-decimal rounding of 712,3), per-program funds (JHT 452,19, JP 158,78, JKK 59,71, JKM 16,5, badan 13,32, JKP 11,77 triliun; sum 712,27) and yields (30,35 + 10,17 + 3,9 + 1,16 + 0,629 + 0,9076 = 47,12 vs Rp47,1 triliun). The percentages are shares, not changes (JP '22,9%' is really 158,78/712,3 = 22,29%: a wrong share, which no contract check covers; a tool that reads shares as changes would raise a false growth_mismatch). Membership at end-2023: 901.912 pemberi kerja aktif = active_companies; 41,56 juta tenaga kerja aktif = active_workers, explicitly the JKK+JKM actives, split into Jakon 7,36 + BPU 9,19 + PU 25,004 juta = 41,554 juta (adds up within rounding, no total_mismatch). '61,07 juta tenaga kerja terdaftar' includes inactive members: not membership. JHT actives 18,27 juta ('17,64 peserta PU dan 632.794 peserta PU': 'juta' missing and the second segment mislabelled PU in the source; 17,64 juta + 632.794 = 18,27 juta), JP 14,41 juta and JKP 13,45 juta are single-program counts, never active_* (contract). Review: added an optional duplicate active_workers 41,56 juta - the figure is stated twice ('tenaga kerja aktif 41,56 juta', then 'Sebanyak 41,56 juta orang itu'), and restatements are optional (devset kalimantan-2021, devset2 kinerja-dirut precedent). Chrome with figures: ticker (IHSG 7.221,12, Rp1.372.000), Baca Juga box (BPJS Kesehatan Rp158 Triliun - another agency), Terpopuler (Rp21 Triliun, 1,4 Juta, Rp2,3 Triliun, 32.064, Taspen Rp9,8 Triliun), Berita Terkait (13,25 Persen, 42,5 Juta), comments (712 triliun, 10 juta, 30 triliun, 5%, 41 juta, 140 juta). Heading typo 'Ketengakerjaan' kept."))

prov=[8010000,4960000,4950000,3990000,2750000,1980000,1310000,1100000,1090000,1060000,65330,156000,178860]
golds.append(dict(file="nasional-2025-peserta-aktif-provinsi.txt",published_date="2025-04-09",office="Nasional",
claims=[],
membership=[M("active_workers",41380000),M("active_wage_workers",26260000),M("active_non_wage_workers",9580000),M("active_construction_workers",5530000)]
+[M("active_workers",v) for v in prov]
+[M("active_workers",8010000,True),M("active_companies",839937,True)],
expected_checks=[],allowed_checks=[],
notes="Data-portal piece (Kemnaker data, byline 'Publikasi: Rabu, 9 April 2025'; Rabu is right). Period Januari-Februari / 'per Februari 2025'. National: 41,38 juta is worded 'tercatat dalam program' but is immediately split into active PU 26,26 + BPU 9,58 + jasa konstruksi 5,53 juta = 41,37 juta (within the two-decimal rounding of the parts), so it is read as active_workers; the three segments are required. Per-province active counts are the article's subject (office 'Provinsi DKI Jakarta', 'Provinsi Jawa Barat', ... in the listed order DKI 8,01, Jabar 4,96, Jatim 4,95, Jateng 3,99, Banten 2,75, Sumut 1,98, Kaltim 1,31, Bali 1,10, Sulsel 1,09, Riau 1,06 juta, then the three smallest: Sulawesi Barat 65,33 ribu, Maluku 156 ribu, Kep. Bangka Belitung 178,86 ribu): thirteen active_workers rows for thirteen different provinces, never a conflict with each other or with the national figure, and not a breakdown that must sum to 41,38 juta (only 13 of 38 provinces are given). DKI 8,01 juta appears twice (sentence and list): one optional duplicate. The lone '>' line is page residue. '839.937 perusahaan sudah terdaftar' is a registration count of companies (not said to be active): optional active_companies; '677,82 ribu perusahaan mikro' is a size breakdown with no contract metric. The per-program notes (PU in JKK, JKm, JHT, JP; BPU without JP; jakon only JKK/JKm) are rules. '(Baca: ... 250 Ribu ...)' is a link headline (chrome). No claims."))

golds.append(dict(file="nasional-2024-rdp-klaim-juni.txt",published_date="2024-07-02",office="Nasional",
claims=[C("TOTAL",1600000,25430000000000,"2024-06-30"),
C("JKK",89178,1570000000000,"2024-06-30"),
C("JKM",38214,1790000000000,"2024-06-30"),
C("JHT",1400000,21120000000000,"2024-06-30"),
C("JP",54860,751920000000,"2024-06-30"),
C("JKP",24618,184690000000,"2024-06-30",alt=[24618000]),
C("TOTAL",4000000,52720000000000,"2023-12-31",prior=False),
C("JKK",177727,3030000000000,"2023-12-31",prior=False),
C("JKM",69029,3210000000000,"2023-12-31",prior=False),
C("JHT",3600000,44850000000000,"2023-12-31",prior=False),
C("JP",106687,1260000000000,"2023-12-31",prior=False),
C("JKP",53726,None,"2023-12-31",prior=False),
C("TOTAL",None,25000000000000,optional=True),
C("TOTAL",None,25430000000000,optional=True)],
membership=[],
expected_checks=[],allowed_checks=["total_mismatch"],
notes="DPR hearing (RDP, misspelt 'RPD' in the source) reported the same day: byline Selasa, 02 Juli 2024 and 'Selasa (2/7)' (a Tuesday). Two periods: claims to June 2024 (period_end 2024-06-30) and the full year 2023. The 2023 figures are given as background ('Adapun pada posisi akhir 2023'), with no stated change against them, so prior is false (settled convention). The JKP line reads '24.618 ribu klaim' - a unit slip: the true count is 24.618 (1.400.000 + 89.178 + 38.214 + 54.860 + 24.618 = 1.606.870, i.e. the stated '1,6 juta'); a literal reading (24.618.000) is accepted as alt_cases, and a tool reading it that way would then see the parts exceed 1,6 juta, hence total_mismatch is allowed, not expected. Amounts add up: 1,57 + 1,79 + 21,12 + 0,75192 + 0,18469 = 25,417 triliun vs Rp25,43 triliun, inside the two-decimal rounding of the parts (25,402-25,432). 'Jaminan Kecelakan Pekerjaan (JKP)' misnames JKP (Jaminan Kehilangan Pekerjaan); the acronym decides. The quote's 'Rp25 triliun di tengah tahun' is a rounded restatement (optional TOTAL), and 'Rp50-54 triliun' at year end is a forecast, not a claim. 2023: cases 177.727 + 69.029 + 3.600.000 + 106.687 + 53.726 = 4.007.169 = '4 juta'; amounts 3,03 + 3,21 + 44,85 + 1,26 = 52,35 triliun without JKP, whose 2023 amount is not given (the stored copy of the page stops there, so the article ends with the JKP count) - no check can be made on the 2023 amount total. The 2023 JKP row has a count but no amount; it is not current-period, so claim_missing_amount does not apply. Inline 'Baca Juga:' headline glued to the next sentence and the word split across a line break ('s' / 'ampai') are kept from the source. Review: added an optional TOTAL row (no count, Rp25,43 triliun) for the headline 'Bayar Klaim Rp25,43 Triliun', a restatement of the lead's total; the existing optional Rp25 triliun row (the quote) is 1,7% away and could not absorb it."))

golds.append(dict(file="nasional-2020-jht-pandemi-september.txt",published_date="2020-10-26",office="Nasional",
claims=[C("JHT",1986632,24500000000000,"2020-09-30"),
C("JHT",1980000,24500000000000,"2020-09-30",optional=True),
C("JHT",1986632,None,"2020-09-30",optional=True),
C("JHT",1620000,19400000000000,"2019-09-30",prior=True),
C("JHT",1900000,24500000000000,optional=True),
C("JHT",271000,3400000000000,"2020-09-30",optional=True),
C("JHT",188000,2300000000000,"2019-09-30",prior=True,optional=True),
C("JHT",270925,None,optional=True)],
membership=[],
expected_checks=[],allowed_checks=["growth_mismatch","conflicting_figures"],
notes="Portal page with app chrome (share icons, ADVERTISEMENT, repeated photo caption). Date line '26 Oktober 2020 10:28 WIB' and 'Senin (26/10)' (a Monday). JHT surge in the pandemic, cumulative January-September 2020: 1.986.632 kasus (restated in the next sentence as '1,98 juta kasus' in the same sentence as the amount Rp 24,5 triliun; headline truncates to '1,9 Juta'): one row (1.986.632 kasus, Rp 24,5 triliun), the truncations are restatements (optional rows, see Review). 'Pada periode yang sama tahun lalu' Rp 19,4 triliun / 1,62 juta kasus is the same period a year earlier given for comparison: prior true, period_end 2019-09-30. The stated '22,2 persen YoY' is on cases: 1.986.632 / 1.620.000 = +22,63%; with 1,62 juta rounded (1,615-1,625 juta) the change is 22,25-23,01%, touching the 22,2% interval only at its edge - growth_mismatch is defensible either way (allowed). The amounts give +26,3% but no % is stated for them. The month of September 2020 (Rp 3,4 triliun, 271 ribu kasus) is a sub-period of the cumulative figure and September 2019 (188 ribu, Rp 2,3 triliun) its comparison: both optional. The quote's '270.925 kasus' is the September 2020 count again (271 ribu rounded) but it comes in a self-contradictory sentence ('secara MoM ... dibanding periode yang sama tahun sebelumnya'); 270.925 / 188.000 = +44,1% matches the stated 44 persen. Because the monthly and cumulative rows share period_end 2020-09-30 and the quote mixes MoM with year-on-year, a conflicting_figures finding is defensible (allowed). 'Permintaan klaim' in the quote may mean requests; the cumulative count is tied to the amount actually paid ('dana yang sudah dikucurkan untuk 1,98 juta kasus'), so it is a paid claim. Review: removed alt_cases [1.980.000] from the required row - '1,98 juta' is a truncation of 1.986.632, not a contradiction, and alt_cases is only for a text that contradicts itself; the required row is the exact count with the amount. Added two optional rows instead: JHT 1.980.000 / Rp 24,5 triliun (the restating sentence as printed) and JHT 1.986.632 with no amount (the count-only sentence, for a tool that does not join the two sentences); claim_missing_amount on that row would be a warning only."))

golds.append(dict(file="nasional-2024-pmi-lima-negara.txt",published_date="2024-07-02",office="Nasional",
claims=[],
membership=[M("migrant_workers",592932),M("migrant_workers",235657),M("migrant_workers",333163),M("migrant_workers",472934),M("migrant_workers",592392),
M("migrant_workers",235000,True),M("migrant_workers",592000,True),
M("migrant_workers",216738,True),M("migrant_workers",176278,True),M("migrant_workers",68216,True),M("migrant_workers",27268,True),M("migrant_workers",25151,True)],
expected_checks=["growth_mismatch"],allowed_checks=["conflicting_figures"],
notes="Migrant-worker (PMI) membership reported from the 2 July 2024 DPR hearing (byline Selasa, 02 Juli 2024; 'Selasa (2/7)' is right). growth_mismatch: 'menjadi 333.163 peserta pada 2022, atau tumbuh 42,38% Year on Year (YoY)' from 235.657 in 2021 is really +41,38% (python: 333163/235657 = 1,41375) - off by one point. The other changes are right: 2023 472.934 = +41,95% (41,953), May 2024 592.392 = +25,26% (25,259), 2021 to 2024 +151,38% (592.392/235.657 = 2,51379; also consistent with the rounded 235.000 -> 592.000). The source carries two different 2024 totals: '592,932' (comma as thousands separator, 'hingga Juni 2024', and the country shares fit it: 216.738/592.932 = 36,55%, 176.278/592.932 = 29,73%) and 592.392 ('Sampai Mei 2024', which fits the 25,26% and 151,38%). They are stated for different months, so both are required rows and conflicting_figures is not expected; a tool that puts both at mid-2024, or reads 'hingga Juni 2024 ... 592.000' against 592.932, may flag them - allowed. '592,932' may also raise ambiguous_number (warning). 235.000 and 592.000 are rounded restatements (optional). Country counts (Taiwan 216.738, Malaysia 176.278, Hong Kong 68.216, Korea Selatan 27.268, Jepang 25.151) are parts of the PMI total, optional (they are not areas of an office). Percentages 36,55/29,73/11,5/4,6/4,24 are shares. The two 'Baca Juga' headlines (Rp1,2 Triliun, 4.312) are chrome. No claims."))

golds.append(dict(file="nasional-2023-public-expose-klaim-2022.txt",published_date="2023-05-12",office="Nasional",
claims=[C("TOTAL",None,49040000000000,"2022-12-31"),
C("TOTAL",None,42000000000000,"2021-12-31",prior=True),
C("JHT",3390000,43250000000000,"2022-12-31"),
C("JKK",297725,2400000000000,"2022-12-31"),
C("JKM",103349,2700000000000,"2022-12-31"),
C("JP",130870,649410000000,"2022-12-31"),
C("TOTAL",None,49000000000000,optional=True),
C("TOTAL",None,49000000000000,optional=True)],
membership=[],
expected_checks=[],allowed_checks=["total_mismatch","growth_mismatch"],
notes="Annual performance (public expose) quoted from another outlet. The only date is 'Jumat (12/5)' without a year; the text fixes the year ('sepanjang 2022', 'tahun lalu' = 2022), so the statement date 2023-05-12 (a Friday) is the publication date by convention; missing_publication_date (warning) would be understandable. Claims 2022: total Rp 49,04 triliun (no case count; the headline 'Rp 49 T' and the quote 'menjadi Rp 49 triliun' are rounded restatements, optional). The quote 'naik 15% dari Rp 42 triliun menjadi Rp 49 triliun' makes Rp 42 triliun (2021) the 'from' side of a stated change: prior true. 49/42 = +16,7% and 49,04/42 = +16,8%, but with 42 printed as a whole number (41,5-42,5) the change can be 15,4-18,2%, touching the 15% stated: growth_mismatch defensible, allowed. The iuran figures (Rp 88,31 triliun; 'dari Rp 80 triliun menjadi Rp 88 triliun', +10%) are contributions, never claims, and their 'dari ... menjadi' must not produce a prior claim. Programs: JHT 3,39 juta kasus Rp 43,25 triliun; JKK 297.725 / Rp 2,40 triliun; JKM 103.349 / Rp 2,70 triliun; JP 130.870 / Rp 649,41 miliar. The %-changes per program (JHT cases +33%, nominal +17%; JKK +27% / +34%; JKM -1% / -15%; JP -8%) come without prior values: nothing to check and no prior rows. JKP is mentioned last without figures (the stored copy of the page was cut there), so the parts 43,25 + 2,40 + 2,70 + 0,64941 = 48,999 triliun fall short of Rp 49,04 triliun by about Rp 0,04 triliun, beyond the two-decimal rounding of the parts (max 49,014): a tool may flag total_mismatch, but a part is known to be missing - allowed, not expected. Permenaker 2/2022 and 'usia 56 tahun' are rules. Per case: JHT 12,8 juta, JKK 8,1 juta, JKM 26,1 juta, JP 5,0 juta - plausible."))

golds.append(dict(file="manokwari-2024-klaim-2023-papua-barat.txt",published_date="2024-01-22",office="Cabang Manokwari",
claims=[C("TOTAL",7025,123225817215,"2023-12-31"),
C("JHT",6500,106629718350,"2023-12-31"),
C("JKK",33,1129921785,"2023-12-31"),
C("JKM",414,14805500000,"2023-12-31"),
C("JP",78,659677080,"2023-12-31"),
C("TOTAL",7025,123225817215,"2023-12-31",optional=True),
C("TOTAL",None,123200000000,optional=True)],
membership=[M("active_companies",3123),M("active_wage_workers",44998),M("active_non_wage_workers",52710)],
expected_checks=["total_mismatch"],allowed_checks=[],
notes="Regional site, full-rupiah amounts. Date only in the text: 'Senin (22/1/2024)' (a Monday). Figures cover Provinsi Papua Barat as served by Cabang Manokwari, full year 2023. total_mismatch: cases 6.500 + 33 + 414 + 78 = 7.025 add up exactly, but the amounts JHT Rp106.629.718.350 + JKK Rp1.129.921.785 + JKM Rp14.805.500.000 + JP Rp659.677.080 = Rp123.224.817.215, exactly Rp1.000.000 less than the stated Rp123.225.817.215 (python); the amounts are printed to the rupiah, so there is no rounding slack. Adding the scholarship (Rp413.500.000, which the text lists as a 'fifth program') gives Rp123.638.317.215, further off, so no reading makes the total fit. The scholarship (Beasiswa, 83 anak, Rp413.500.000; 'Rp413 juta lebih') is a JKK/JKM benefit, not a contract program: no claim row (a JKM row of 83 / Rp413,5 juta would be wrong). The quote repeats the total exactly (optional); the headline 'Rp123,2 Miliar Lebih' is a truncated restatement (optional, TOTAL so claim_missing_cases does not apply). Doubled 'dari dari' kept. Membership: 3.123 badan usaha 'tercover' = active_companies; formal 44.998 'telah aktif menjadi peserta' = active_wage_workers; informal 52.710 (including APBD-funded members) = active_non_wage_workers. The BPS labour-force figures 99.594 and 144.225 are another agency's population counts, not membership; 45,18% (44.998/99.594 = 45,18) and 36,54% (52.710/144.225 = 36,547, truncated) are coverage ratios, not changes. JKM per case Rp35,8 juta, JHT Rp16,4 juta, JKK Rp34,2 juta: plausible."))

golds.append(dict(file="dumai-2023-klaim-januari-agustus.txt",published_date="2023-09-29",office="Cabang Dumai",
claims=[C("TOTAL",9043,126000000000,"2023-08-31"),
C("JHT",8197,106575375690,"2023-08-31"),
C("JP",342,3645485380,"2023-08-31"),
C("JKM",215,10244500000,"2023-08-31"),
C("JKK",275,5313622160,"2023-08-31"),
C("TOTAL",8356,108000000000,"2022-12-31",prior=True),
C("TOTAL",None,126000000000,optional=True)],
membership=[],
expected_checks=[],allowed_checks=["total_mismatch"],
notes="Regional paper, full-rupiah amounts. 'Jumat (29/9/2023)' is a Friday. Period Januari-Agustus 2023 -> 2023-08-31. The lead says the Rp126 miliar / 9.043 kasus come from five programs including JKP, but the breakdown lists only four: cases 8.197 + 342 + 215 + 275 = 9.029, 14 short of 9.043; amounts 106,575 + 3,645 + 10,245 + 5,314 = Rp125,779 miliar = 'Rp126 miliar' at whole-miliar precision. The 14 missing cases are probably the unlisted JKP part, so total_mismatch on the cases is defensible but not required (allowed; same reasoning as devset2 padang). The 2022 figure (Rp108 miliar, 8.356 kasus) is the stated comparison base of 'pembayaran klaim di 2023 memang bertambah dibandingkan tahun 2022 yang nominalnya Rp108 miliar': the 'from' side of a stated change, so prior true, even though it is a full year against eight months. 'masa tunggu satu bulan' and UU 24/2011 Pasal 15 are rules. JKM per case Rp47,6 juta (Rp42 juta santunan plus other JKM benefits), JKK Rp19,3 juta, JP Rp10,7 juta, JHT Rp13,0 juta: plausible. Review: added an optional TOTAL row (no count, Rp126 miliar) for the headline 'Hingga Agustus, BPJS Ketenagakerjaan Dumai Bayar Klaim Rp126 Miliar', a restatement of the lead's total."))

golds.append(dict(file="jayapura-2023-media-gathering-papua.txt",published_date="2023-09-23",office="Cabang Jayapura",
claims=[C("JHT",None,219000000000),
C("JKK",672,6190000000),
C("JKM",423,13780000000),
C("JP",199,2400000000)],
membership=[M("active_wage_workers",93559),M("active_non_wage_workers",35640)],
expected_checks=["claim_missing_cases"],allowed_checks=[],
notes="Regional site; dateline 'Sabtu (23/9/2023)' (a Saturday). Office: the BPJS Ketenagakerjaan branch in Jayapura serving Papua, Papua Pegunungan and Papua Selatan. All claims are 'Januari hingga September (2023)' / 'Januari sampai saat ini' stated on 23 September 2023: a cumulative period still running at publication, so no period_end in the gold and period_after_publication must NOT fire (a tool that ends the period on 30 September would raise a false error). JHT 'totalnya 219 Milyar' has no case count (and no 'Rp'): claim_missing_cases expected. JKK 672 kasus / 6,19 Milyar, JKM 423 kasus / 13,78 Miliar, JP 199 klaim / 2,4 miliar: amounts written without 'Rp' and with both spellings Milyar/Miliar. Scholarships (217 anak, 800 juta) are a JKK/JKM benefit, not a contract program: no row. Membership: penerima upah 93.559 (registered through employers) and mandiri 'bayar sendiri' 35.640 are read as the active wage and non-wage segments (devset2 bekasi precedent); '1,8 juta pekerja' is the workforce and '10 persen' a coverage rate, not membership. JKM per case Rp32,6 juta and JP Rp12,1 juta: plausible. Typos 'membatu', 'Disingung' kept."))

golds.append(dict(file="bogor-2021-klaim-jht-jkm-pandemi.txt",published_date="2021-09-29",office="Cabang Bogor Kota",
claims=[C("JHT",43217,570000000000,"2019-12-31",prior=True),
C("JHT",52756,719000000000,"2020-12-31"),
C("JKM",89,2100000000,"2019-12-31",prior=True),
C("JKM",658,21000000000,"2020-12-31"),
C("JHT",24031,376700000000),
C("JKM",864,None),
C("JHT",None,1100000000000,optional=True),
C("TOTAL",None,1100000000000,optional=True)],
membership=[],
expected_checks=["claim_missing_amount"],allowed_checks=["growth_mismatch","claim_missing_cases","conflicting_figures"],
notes="Wire story reposted on the agency's own news page: date line 'Rabu, 29 September 2021' and caption 'Rabu (29/9/2021)' (a Wednesday); the caption and a summary sentence precede the ANTARA dateline, and that summary sentence is repeated in the body (page quirk). Pandemic comparison 2019 -> 2020: JHT 'naik 22 persen, dari 43.217 klaim ... Rp570 miliar pada 2019 menjadi 52.756 klaim ... Rp719 miliar' (cases +22,07%, right; amounts +26,1%, no % stated for them) and JKM '639 persen, dari 89 kasus / Rp2,1 miliar ... menjadi 658 kasus / Rp21 miliar' (cases +639,3%, right; amounts +900%): the 2019 rows are the 'from' side (prior true), the 2020 rows are not prior. 2021 to mid-September (no exact end date, so no period_end): JHT 24.031 klaim / Rp376,7 miliar ('atau 46 persen' is a share of 2020's 52.756 = 45,6%, not a change) and JKM 864 kasus with no amount -> claim_missing_amount (warning) expected. The JKM '970 persen' states no base: against 2019's 89 cases 864 is +870,8% (970,8% is the ratio 864/89), against 2020 +31%; a tool pairing it with 89 would flag growth_mismatch - allowed, since the base is not stated. The headline 'Klaim JHT ... capai Rp1,1 Triliun' and the lead's Rp1,1 triliun for BPJAMSOSTEK claims as a whole have no period; numerically they equal JHT 2020 + JHT 2021 so far (719 + 376,7 = 1.095,7 miliar): optional rows (JHT and TOTAL), and claim_missing_cases on the headline row is allowed. JKM per case 2019 Rp23,6 juta, 2020 Rp31,9 juta: plausible. Review: added conflicting_figures to allowed_checks - the headline's JHT Rp1,1 triliun has no period and equals no single JHT figure in the body (it is 2020 + 2021 so far); a tool that places the headline figure in the article's current period (2021) would see JHT Rp1,1 triliun against JHT Rp376,7 miliar for the same office and period, a defensible finding on a genuinely unclear headline. Not expected: the headline states no period."))

golds.append(dict(file="kalimantan-2024-pekerja-aktif-klaim.html",published_date="2024-11-07",office="Kanwil Kalimantan",
claims=[C("TOTAL",291370,3433601850000)],
membership=[M("active_workers",3200000),M("active_workers",3200000,True),M("active_companies",63680),M("active_wage_workers",1953661),M("active_non_wage_workers",889957),M("active_construction_workers",443402)],
expected_checks=[],allowed_checks=["total_mismatch"],
notes="Regional wire page (article:published_time 2024-11-07, JSON-LD datePublished, byline 'Kamis, 7 November 2024 16:05 WIB'; the text says only 'Kamis'). Kanwil Kalimantan (five provinces). Membership: 3,2 juta pekerja aktif (active_workers), 'lebih dari 63.680 pemberi kerja atau badan usaha' served (active_companies, a lower bound as printed), formal 1.953.661 (active_wage_workers), informal 889.957 (active_non_wage_workers), jasa konstruksi 443.402 (active_construction_workers); 17.580 proyek has no metric. The parts sum to 3.287.020, which rounds to 3,3 juta; '3,2 juta' is a truncation - total_mismatch defensible either way (allowed; devset2 banuspa precedent). Coverage 45,34 persen is a rate. Iuran Rp5.060.579.420.000 (+11,72%, no base value) is contributions, never a claim. The claim figure 'pada tahun 2024' Rp3.433.601.850.000 for 291.370 klaim is all programs together (TOTAL) for a year still running on 7 November 2024: no period_end, and period_after_publication must not fire. Per claim Rp11,8 juta: plausible. Counts of offices (30 kantor cabang, 26 unit layanan, 465 PLKK) are not figures. Chrome: ticker (3.996.014 DPT, Rp3.214, 1.150 rumah, 1,21 persen), two inline 'Baca juga' links (santunan Rp210 juta; 12 ribu pekerja rentan), Berita Terkait (Rp412 miliar, 27 persen, BPJS Kesehatan 98 persen), Terpopuler (UMP Rp2.878.286, Jasa Raharja Rp38,5 miliar, 1,1 juta ton), comments (18 juta, Rp16.800). Review: added an optional duplicate active_workers 3,2 juta for the headline '3,2 juta pekerja aktif di Kalimantan terlindungi ...', a restatement of the lead (devset kalimantan-2021 precedent)."))

golds.append(dict(file="sulama-2025-klaim-2024-paritrana.html",published_date="2025-06-26",office="Kanwil Sulawesi Maluku",
claims=[C("TOTAL",86000,1300000000000,"2024-12-31"),
C("TOTAL",None,1200000000000,"2023-12-31",prior=True),
C("TOTAL",None,1100000000000,"2022-12-31",prior=True),
C("TOTAL",None,1300000000000,optional=True)],
membership=[M("active_workers",305866,True)],
expected_checks=[],allowed_checks=[],
notes="Regional portal page (site meta content_PublishedDate 2025/06/26 18:42:07, header date and byline 'Kamis, 26 Juni 2025'; the statement 'Kamis (26/6/2025)' is a Thursday). Kanwil Sulawesi-Maluku, full year 2024: all-program claims Rp1,3 triliun for 86.000 kasus (TOTAL; Rp15,1 juta per case, plausible). 'Angka ini naik dibandingkan tahun-tahun sebelumnya, yakni Rp1,2 triliun pada 2023 dan Rp1,1 triliun pada 2022': both earlier years are the stated comparison base of 'naik', so both are prior (2023 is also the same period a year earlier); they carry no case counts, and TOTAL rows are not subject to claim_missing_cases. Membership trap: '305.866 pekerja sudah didaftarkan sebagai peserta aktif, termasuk pekerja non-ASN, perangkat desa, RT/RW, serta pekerja rentan' is a count of workers enrolled through government schemes, not all active participants of the region (Sulawesi-Maluku has well over a million): at most an optional active_workers row. BSU Rp300.000 per month for two months and 'Rp2,5 juta' are a wage subsidy (a government programme paid through the agency), not claims. The three in-body 'Baca Juga' headlines (731 Ribu pekerja informal; 35 Ribu Klaim JKP; 20 Ribu pekerja rentan) are chrome - the 35 ribu JKP claims must not become a claim row. Typo 'hai ini' kept. Other chrome: running text (Rp17 miliar, 42 ruas, Rp45 ribu), Terpopuler (Rp412 Miliar, Rp3.880.000, BPJS Kesehatan Rp2,1 Triliun), Berita Terkini (Jasa Raharja Rp50 Juta), comments (600 ribu, 41 persen). Review: added an optional TOTAL row (no count, Rp1,3 triliun) for the headline 'Bayar Klaim Rp1,3 Triliun di Sulawesi-Maluku Sepanjang 2024', a restatement of the body's total."))

os.makedirs(G,exist_ok=True)
for g in golds:
    name=os.path.splitext(g['file'])[0]+'.json'
    with open(os.path.join(G,name),'w') as f:
        json.dump(g,f,indent=1,ensure_ascii=False)
print(len(golds))
