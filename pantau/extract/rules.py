"""Every named extraction rule: its id (what `claims.rule_id` / `membership.rule_id` and an
extraction's trace carry) and what it decides, with the kind of sentence it is for.

The paraphrase suite (tests/paraphrases/*.toml, read by tests/test_paraphrases.py) holds for
every rule here at least five sentences that say the same thing in other words and two
near-misses it must not fire on; tests/test_rules_registry.py checks that every id the code
emits is listed here and every id listed here is covered by the suite.
"""
from __future__ import annotations

RULES: dict[str, str] = {
    # -- sentence rules: none of the sentence's figures are our claims ------------------------
    "skip.said_again_with_change": "a figure repeated in the sentence that states a change apart ('Tahun lalu "
                                   "angkanya 320 kasus, jadi naik 25 persen'): the claim already read, not a new one",
    "skip.correction": "an editor's correction note retracts or repeats figures ('Ralat: ... sebelumnya tertulis')",
    "skip.fraud": "a crime's figures: forged claims, a loss to the state, embezzlement",
    "skip.other_agency": "another insurer's figures (BPJS Kesehatan/JKN, Jasa Raharja, Taspen, Asabri) while it is "
                         "the topic and none of our programs is named",
    "skip.government_figures": "a government body's own counts (Disnaker, police, BPS) in a sentence that names "
                               "neither our agency nor a benefit",
    "skip.benefit_rule": "per-person sized amounts and no case count in a sentence citing a regulation or an "
                         "entitlement ('santunan naik menjadi Rp 42 juta sesuai PP 82/2019')",
    "skip.not_about_us": "an article with no agency or program word near a number: nothing is read",
    "skip.per_person_rule": "amounts whose subject is every single recipient ('setiap peserta berhak Rp 1,2 juta')",
    "skip.average_rate": "a sentence opened by a time unit and an average ('Setiap hari rata-rata ... 558 pencairan dengan "
                         "nilai Rp 3,6 miliar'): a day's or a month's mean, not a period's claims",
    "skip.example": "a sentence opening on an example ('Misalnya ...'), its amounts one person's payout",
    "skip.ceiling": "per-person amounts introduced as an upper bound ('santunan hingga Rp 50 juta')",
    "skip.benefit_size": "a benefit's present size, changed from an earlier size ('semula Rp 24 juta, kini Rp 42 "
                         "juta')",
    # -- veto rules: this figure is not a benefit paid ----------------------------------------
    "veto.back_reference": "a part taken of a figure already given ('Dari 44.920 kasus itu, 85 persen ...')",
    "veto.share": "a count given as a share of a figure ('86,53 persen atau 85.436 kasus dipicu PHK')",
    "amount.per_case_reading": "an amount read with a thousands dot that would pay over Rp 1 miliar a case, where the "
                               "decimal reading is plausible ('1.050 kasus ... Rp 10.076 miliar'), is read as a decimal",
    "veto.fund": "funds under management, investment, returns, assets, balances",
    "veto.contribution": "contributions, arrears, fines: money paid in",
    "veto.budget": "a budget or a project's value",
    "veto.reserve": "money set aside for claims to come ('menyiapkan Rp 129 miliar untuk klaim JHT'), not paid",
    "veto.wage": "wages and wage floors",
    "veto.threshold": "a threshold or a cap ('klaim di bawah Rp 15 juta', 'batas upah Rp 5 juta')",
    "veto.ceiling": "an upper bound per person ('maksimal Rp 150 juta')",
    "veto.rule": "an entitlement or a regulation's amount ('berhak atas 48 kali upah')",
    "frames.worth_after_count": "a count whose worth follows it ('580 kasus di Madiun senilai Rp549.946.240') pairs "
                                "with that amount, not with the amount before it",
    "skip.points_at_vetoed": "a sentence pointing back at a figure ('angkanya', 'nilai tersebut') right after one whose "
                             "money was all vetoed (a wage, a fund, a budget) speaks of that money, not of a claim",
    "veto.heir_payout": "an amount with no count, under a billion, in a sentence or after one naming an heir, where "
                        "no amount reaches a billion: a payout to one family ('santunan kepada ahli waris Rp 42 juta')",
    "veto.scale_missing": "money too small to be any sum paid, its scale word missing ('mencapai Rp1,69')",
    "veto.per_person": "an amount per person or per period ('Rp 600 ribu per orang', 'rata-rata Rp 9 juta')",
    "veto.loan": "a housing loan or credit (KPR, MLT)",
    "veto.subsidy": "a subsidy or aid (BSU, bantuan), not a benefit claim",
    "veto.scholarship": "a scholarship amount named apart from its program",
    "veto.restated": "money of the value vetoed in the sentence before ('iuran ... Rp 263 miliar.' then 'Totalnya adalah "
                     "263 miliar, ...'): the same money, not a claim",
    "veto.foreign": "foreign money",
    "veto.hypothetical": "a count said to be able to cause something ('satu kecelakaan kerja bisa membuat keluarga "
                         "kehilangan penghasilan'): a risk's example, not what happened",
    "veto.change_size": "the size of a change ('naik 520 kasus senilai Rp 4,2 miliar'), neither side's value",
    "veto.target": "a target or plan stated before the figure in its sentence",
    "veto.estimate": "an estimate ('diperkirakan Rp 300 miliar per tahun')",
    "veto.case_profile": "a count of cases by who or where ('141 kasus dialami pekerja wanita', 'rentang usia di "
                         "bawah 25 tahun sebanyak 147 kasus')",
    "veto.not_paid": "applications not (yet) paid ('masih diproses', 'belum dibayar')",
    # -- role rules: a figure is a claim's amount or its case count ----------------------------
    "amount.money": "rupiah (Rp, IDR, 'rupiah'), a miliar/triliun figure, or a scaled figure introduced as a value",
    "amount.money_unmarked": "a scaled figure with no currency mark that goes on a list of amounts ('JP ... Rp 1,5 Miliar, "
                             "dan JKP sebanyak 75,5 Juta'): an amount",
    "cases.case_noun": "a count of claims by its noun ('812 kasus', '1.234 klaim', '8.601 pencairan', '2.515 "
                       "pengajuan telah disetujui')",
    "cases.claimant_noun": "people named as recipients ('1,3 juta penerima manfaat', '12 ahli waris')",
    "cases.people_after_amount": "people in brackets right after an amount: those it paid ('JKM Rp75,87 miliar "
                                 "(2.031 tenaga kerja)')",
    "cases.applications_paid": "applications an amount was paid for ('JKK sebesar Rp3,1 miliar untuk 163 pengajuan')",
    "cases.applied_with_worth": "people who applied for claims, told in the same breath with what they were paid ('312 "
                                "ahli waris mengajukan klaim JKM dengan total sebesar Rp12,1 miliar')",
    "cases.claimants_applied": "people who applied for the claims a sentence about payments reports ('118.610 tenaga "
                               "kerja mengajukan klaim JHT'), no other count beside them",
    "cases.applied_then_paid": "people who applied for a program's benefit, when the next sentence tells the amount paid for "
                               "it with no count of its own ('12.030 orang mengajukan JHT. Klaim JHT ... Rp 139 miliar')",
    "cases.paid_to_people": "people a benefit went to ('Rp 700 juta untuk 118 peserta', 'kepada 3.412 pekerja')",
    "cases.people_in_benefit_sentence": "people counted in a sentence about paying benefits ('JHT dicairkan 8.601 "
                                        "peserta')",
    "cases.bare_before_amount": "a count with no noun, linked to an amount ('sebanyak 31.044 senilai Rp 314,8 "
                                "miliar')",
    "cases.recipients": "a count of anyone said to have received a benefit ('Sebanyak 82 warga ... sudah menerima "
                        "santunan kematian Rp1,98 miliar')",
    "cases.applications_compared": "an application count on the compared side of a change, after the claims just "
                                   "counted ('dibanding ... Juni 2019 yaitu sebanyak 124,5 ribu pengajuan klaim JHT')",
    "amount.said_again_differently": "an amount pointed back to as the one just given ('Dari Rp 1,58 triliun tersebut') "
                                     "but never written before, beyond rounding and within 5 % of it: that amount said "
                                     "again differently, read so the report shows the conflict",
    "cases.said_again_differently": "a count pointed back to as the one just given ('Dari 98.540 kasus itu') but never "
                                    "written before, beyond rounding and within 5 % of it: that count said again "
                                    "differently, read so the report shows the conflict",
    "cases.claimants_pointed_back": "a count of people pointed back to ('jumlahnya', 'angka itu') right after a sentence "
                                    "that counted a claim's cases in people is of the same claimants",
    "cases.claimed_after": "a count with no noun followed by 'yang klaim/mengklaim/mencairkan' ('sudah 2,5 juta yang "
                           "klaim JHT')",
    "cases.bare_change_after_counts": "bare figures from one value to another right after a sentence that gave a count's "
                                      "change with its noun ('naik dari 10.351 kasus menjadi 11.406. Lalu untuk JHT turun "
                                      "dari 510.087 menjadi 494.886')",
    "cases.bare_compared": "a bare count right after a count and 'periode yang sama tahun lalu' ('sebanyak 556.390, pada "
                           "periode yang sama tahun lalu hanya 573.757'): the count a year before",
    "cases.bare_after_claim": "a count right after a claim noun and a linking word ('klaim sebanyak 1.846')",
    # -- link rules: which program a figure is --------------------------------------------------
    "link.table_row": "a row of a claim table read by its columns",
    "link.total_row": "a row labelled Total/Jumlah closing a list of program figures",
    "link.respectively": "programs listed, then 'masing-masing'/'berturut-turut', then one figure each in order",
    "link.program_before": "the nearest program named before the figure in its sentence",
    "link.program_after": "a program named right after the figure ('500 kasus JKK', 'Rp 20 miliar untuk klaim "
                          "JHT', '1.873 pekerja menerima manfaat JKP')",
    "link.unlabelled_item": "an unlabelled item after a program list's full frames is no program's figure",
    "link.collective": "all programs together ('total klaim seluruh program', 'secara keseluruhan', the sum after "
                       "a list of programs)",
    "link.list_header": "a row of a list whose announcing line named one program",
    "link.anaphora": "a figure pointing back ('nilainya', 'angka tersebut', 'klaim tersebut') takes the program "
                     "just reported",
    "link.completes_previous": "an amount completing the previous sentence's counted claim of a program",
    "link.previous_sentence": "a sentence with no subject of its own continues the one program the sentence "
                              "before named",
    "link.same_subject": "a claim noun that was given a program ('pencairan JHT') carries it to later sentences "
                         "using the same noun for a comparable stretch ('pencairan dana JHT' gives 'pencairan' JHT too)",
    "link.subset": "a part of the figure just given by a cut other than a program ('Dari jumlah itu, 214 kasus "
                   "merupakan kecelakaan lalu lintas'): no claim",
    "link.only_program": "a figure naming no program, smaller than the one program the article has reported so far "
                         "for its period and office, is a part of that program ('Ada juga ... 120 kasus')",
    "link.named_after": "a figure-free sentence pointing back ('Itu untuk kategori jaminan kecelakaan kerja saja') "
                        "names the program of the figures just given that named none",
    "link.part_of_total": "a figure naming no program, smaller than the total already given for its period and "
                          "office, is a part of it by another cut ('656 kasus gagal berangkat'): no claim; nor are "
                          "the program figures that break such a part down ('Rinciannya 1 JHT, 8 JKK dan 6 JKM')",
    "link.death_benefit": "a benefit ('santunan') for people said to have died ('yang meninggal dunia'), no program "
                          "named, is JKM's (a work accident's death names JKK)",
    "link.total_default": "a benefit figure naming no program is the total of all programs",
    "link.total_of_one_program": "a total whose amount and count repeat the one program claimed for its period "
                                 "and office is that program's figure ('total klaim 1,39 juta ... Rp 21,24 triliun' "
                                 "beside 'klaim JHT ... 1,39 juta ... Rp 21,24 triliun')",
    # -- frames and sides ----------------------------------------------------------------------
    "frames.each": "an amount paid to each of the people just counted is multiplied by the count",
    "frames.exact": "an approximate figure followed by the exact one ('lebih dari 500 kasus, tepatnya 521') "
                    "is not a second figure",
    "link.sum_of_programs": "a figure naming no program that is the sum of two or more programs' latest figures of one "
                            "period is their total ('Jadi total yang kami layani ada 6.431 kasus')",
    "link.restated_amount": "an amount given again, no program named before it, is the program's whose current "
                            "amount it is ('Adapun total dana Rp184,69 miliar itu diberikan untuk 24.618 klaim' "
                            "after JKP's Rp184,69 miliar); so is a count led by 'dari' that repeats one program's count, "
                            "with the amount said of it ('Dari 13 kasus yang dilaporkan, total santunan ... Rp 4,89 miliar')",
    "side.change": "the compared side of a stated change ('naik 12 persen dari Rp 5,0 triliun') is a "
                   "prior-period figure; written without its scale, it shares the new amount's ('dari Rp1,55 "
                   "menjadi Rp1,79 triliun')",
    "side.worth_after_compared": "an amount brought in by 'dengan nilai ...' after the compared period, when the "
                                 "current side gave a count only, is that count's worth ('90.123 kasus, meningkat 31,98 "
                                 "persen dibandingkan tahun sebelumnya dengan nilai klaim Rp1,006 triliun')",
    "side.before_change": "the figure just before a change word whose clause gives only the new value ('Mei Rp 1,4 "
                          "miliar, naik di bulan Juni menjadi Rp 3,6 miliar')",
    "side.change_before": "a % change stated alone, then both sides in the next sentence ('melonjak 128 persen. "
                          "Jumlahnya bertambah dari 85.109 kasus menjadi 108.573 kasus')",
    "side.change_apart": "a % change stated in a sentence of its own ('kenaikannya kurang lebih 60 persen') "
                         "between the program's figure and its same period a year before, just given",
    "side.previous_year": "a sentence about the year before ('Pada tahun sebelumnya, klaim JHT ...') gives "
                          "prior-period figures",
    "link.joint_programs": "a figure stated for two programs together ('Rp150,1 miliar untuk program JHT dan JKM', "
                           "'Untuk JKK dan JKM, kami membayarkan 458 kasus') is neither program's alone: left out",
    "link.exact_restatement": "an amount naming no program, within the rounding of the program's amount given just "
                              "before and printed more precisely, is that amount said exactly ('Tepatnya ... Rp "
                              "191.070.366.904.48')",
    "link.rough_restatement": "an amount said roughly and pointed back at ('kurang lebih Rp700 miliar itu') "
                              "restates the total just given; its sentence's count completes that total",
    "side.member_change": "a stated % change of a participation count, between the count read and the one it is "
                          "compared with ('PU sekarang 22,58 juta dibanding 20,9 juta tahun lalu, naiknya 7 persen')",
    "period.stated_after": "a sentence pointing back at the figures just given, with no claim figure of its own, "
                           "dates them when they named no period ('Jumlah klaim itu tercatat sepanjang tahun 2023'), "
                           "and the undated total told before them that they add up to",
    "period.parts_of_total": "program figures that add up exactly to an earlier TOTAL of another period (a "
                             "breakdown after talk of last year) take that total's period",
    "period.start_told": "a current claim 'hingga September 2024' (no start said) in an article that tells another "
                         "figure of its office 'Januari sampai September 2024' counts from that January too",
    "side.compared_earlier": "a figure after a comparison word and dated before the figures reported is prior",
    # -- membership ----------------------------------------------------------------------------
    "member.active": "an active count of the area ('peserta aktif 1,2 juta', 'tenaga kerja terlindungi')",
    "member.whole_of_active": "a count followed by 'Dari jumlah tersebut, peserta aktif N' with N smaller was the "
                              "registered whole, not the active count: dropped",
    "member.rest_beside_added_segment": "a participants count with non-wage workers added beside it ('77.889 tenaga kerja, "
                                        "ditambah 11.870 pekerja BPU'): the wage workers",
    "member.segment": "an active segment count (PU, BPU/informal, jasa konstruksi) or migrant workers",
    "veto.member_formal_whole": "a wage workers' count ('tenaga kerja formal') that a later sentence splits into wage "
                                "and construction workers counts both: no metric of ours",
    "member.whole_of_segments": "a segment's count that the segments told after it add up to, two kinds or more, is "
                                "all active workers ('pekerja formal 265.910 orang ... terdiri dari 122.417 PU, "
                                "22.307 BPU dan 121.186 jasa konstruksi')",
    "member.new": "new participants of a segment ('penambahan peserta baru PU 12.480')",
    "member.companies": "active companies ('50.028 perusahaan aktif')",
    "member.list_header": "rows of a list announced as active participants per area",
    "member.series_earlier": "a bare count alone in a sentence naming an earlier period, right after a participation "
                             "figure ('Sementara di akhir tahun lalu terdapat 30,6 juta.'): that figure's metric",
    "member.series_next": "a bare count in the same scale right after a participation count of its sentence, its next "
                          "value ('42,66 juta orang, turun menjadi 41,38 juta di Februari, lalu 40,19 juta pada Maret')",
    "member.topic": "the first count of a sentence opening on the topic before ('Tepatnya,', 'Kategori ini', 'Jumlah "
                    "itu'), no subject of its own, after a sentence naming active participants or companies with no "
                    "count of them read ('Jumlah peserta aktif ... turun 4,19 juta.')",
    "member.table": "a participation table read by its header's columns",
    "member.table_years": "a participation table whose columns are years, its rows what they count ('| Pekerja | 82.001 | 65.144 |')",
    "member.plain_count": "a plain participants count of an area with no qualifier in its sentence is its "
                          "active count",
    "veto.member_plan": "a target or plan before a participation count, or 'yang ditargetkan' right after it",
    "veto.member_rate": "a count per day, week, month or year ('7000 peserta setiap bulannya', 'setiap hari ada dua "
                        "pekerja yang celaka', 'rata-rata 150 peserta'): a rate, not a stock",
    "veto.member_inactive": "inactive or not-yet participants ('non aktif', 'belum terlindungi')",
    "veto.member_audience": "an audience ('sosialisasi diikuti 150 peserta')",
    "veto.member_program_only": "a single program's participants ('peserta JP 210 ribu')",
    "veto.member_claimants": "people paid a benefit, not participants",
    "veto.member_part": "a part of participants counted just before, by some trait ('Dari 35 ribu peserta, 3500 peserta "
                        "memiliki data tidak valid')",
    "veto.member_bound": "an upper bound said instead of a count ('kurang dari 200 ribu orang')",
    "veto.member_size_class": "a bound on a company's workforce ('memiliki tenaga kerja di bawah 20 orang'), not a count",
    "veto.member_profile": "participants counted by who they are ('peserta aktif laki-laki 28,98 juta orang')",
    "veto.member_pointed_back": "a count pointed back to ('1,4 juta pekerja tersebut') is one told before, "
                                "whatever period or area its sentence speaks of: dropped",
    "veto.member_share_base": "the whole a share is of ('45,67 persen dari jumlah pekerja ... sebanyak 802.246 orang')",
    "veto.member_population": "a sentence counting a population or a workforce, by a labour survey or not, naming nothing of "
                               "ours ('Mengacu pada data Sakernas 2025, jumlah tenaga kerja sektor konstruksi ...')",
    "veto.member_government": "a government body's own count (the statistics office's workforce) in a clause of its "
                              "sentence that does not name our agency ('Menurut data BPS, pekerja di Bali ada sekitar 2 "
                              "juta orang, sedangkan ...')",
    "veto.member_claim_count": "a count the claims read as a claim's case count ('JKM Rp75 miliar (2.031 tenaga kerja)')",
    "veto.member_example": "a part named for an example ('termasuk 6.300 nelayan')",
    "veto.member_contribution": "people whose contributions are counted ('iuran dari 42.000 pekerja')",
}
