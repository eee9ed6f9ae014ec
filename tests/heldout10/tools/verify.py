"""Checks the held-out set: gold shape, arithmetic behind the notes, weekdays, periods."""
import json, os, datetime as dt
from decimal import Decimal as D
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS={"claim_missing_cases","claim_missing_amount","total_mismatch","growth_mismatch","amount_per_case_out_of_range",
 "conflicting_figures","period_after_publication","weekday_mismatch","ambiguous_number","unparseable_number","missing_publication_date"}
METRICS={"active_companies","active_workers","active_wage_workers","active_non_wage_workers","active_construction_workers",
 "migrant_workers","new_wage_workers","new_non_wage_workers","new_construction_workers"}
PROGS={"JHT","JKM","JKK","JP","JKP","TOTAL"}
ok=True
def bad(m):
    global ok; ok=False; print("BAD:",m)
arts=set(os.listdir(os.path.join(ROOT,"articles")))
golds=sorted(os.listdir(os.path.join(ROOT,"gold")))
assert len(golds)==12 and len(arts)==12, (len(golds),len(arts))
for g in golds:
    d=json.load(open(os.path.join(ROOT,"gold",g)))
    keys=set(d)
    if not {"file","published_date","office","claims","membership","expected_checks","allowed_checks","notes"}<=keys: bad(g+" keys")
    if d["file"] not in arts or os.path.splitext(d["file"])[0]!=os.path.splitext(g)[0]: bad(g+" file")
    pub=dt.date.fromisoformat(d["published_date"]) if d["published_date"] else None
    for c in d["claims"]:
        if set(c)-{"program","cases","alt_cases","amount_idr","period_end","prior","optional"}: bad(g+" claim keys "+str(c))
        if c["program"] not in PROGS: bad(g+" program")
        if "period_end" in c and pub and dt.date.fromisoformat(c["period_end"])>pub: print("  note: period after publication",g,c)
    for m in d["membership"]:
        if set(m)-{"metric","value","optional"} or m["metric"] not in METRICS: bad(g+" membership "+str(m))
    for k in d["expected_checks"]+d["allowed_checks"]:
        if k not in CHECKS: bad(g+" check "+k)
    if set(d["expected_checks"])&set(d["allowed_checks"]): bad(g+" expected/allowed overlap")
    print(f"{g}: {len(d['claims'])} claims, {len(d['membership'])} membership, expected={d['expected_checks']} allowed={d['allowed_checks']}")

def wd(s):
    return ["Senin","Selasa","Rabu","Kamis","Jumat","Sabtu","Minggu"][dt.date.fromisoformat(s).weekday()]
for s,w in [("2024-07-08","Senin"),("2024-03-04","Senin"),("2025-04-09","Rabu"),("2024-07-02","Selasa"),("2020-10-26","Senin"),
            ("2023-05-12","Jumat"),("2024-01-22","Senin"),("2023-09-29","Jumat"),("2023-09-23","Sabtu"),("2021-09-29","Rabu"),
            ("2024-11-07","Kamis"),("2025-06-26","Kamis")]:
    if wd(s)!=w: bad(f"weekday {s} is {wd(s)} not {w}")
    else: print("weekday ok",s,w)

def pct(a,b): return (a/b-1)*100
print("--- arithmetic")
# 1 dana investasi
print("dana yoy", pct(712.3,627.69), "range", pct(712.25,627.69), pct(712.35,627.69))
print("dana parts", 452.19+158.78+59.71+16.5+13.32+11.77, "JP share", 158.78/712.3*100)
print("yield parts", 30.35+10.17+3.9+1.16+0.629+0.9076)
print("active parts", 7.36+9.19+25.004, "JHT", 17.64+0.632794)
# 2 databoks
print("segments", 26.26+9.58+5.53)
# 3 RDP
c24=1400000+89178+38214+54860+24618; print("H1 cases", c24, "with ribu slip", c24-24618+24618000)
print("H1 amounts", 1.57+1.79+21.12+0.75192+0.18469, "min", 1.565+1.785+21.115+0.75192+0.18469, "max",1.575+1.795+21.125+0.75192+0.18469)
print("2023 cases", 177727+69029+3600000+106687+53726, "2023 amounts w/o JKP", 3.03+3.21+44.85+1.26)
# 4 JHT 2020
print("JHT yoy cases", pct(1986632,1620000), pct(1986632,1625000), pct(1986632,1615000), "amount", pct(24.5,19.4), "sep", pct(270925,188000))
# 5 PMI
for a,b,s in [(333163,235657,42.38),(472934,333163,41.95),(592392,472934,25.26),(592392,235657,151.38),(592932,235657,151.38),(592000,235000,151.38)]:
    print(f"PMI {b}->{a}: {pct(a,b):.3f} stated {s}")
print("Taiwan share", 216738/592932*100, 216738/592392*100, "Malaysia", 176278/592932*100)
# 6 public expose
print("2022 parts", 43.25+2.40+2.70+0.64941, "max", 43.255+2.405+2.705+0.64941, "growth", pct(49.04,42), pct(49.04,42.5), pct(49,42))
# 7 Manokwari
am=[106629718350,1129921785,14805500000,659677080]
print("Manokwari amounts", sum(am), 123225817215-sum(am), "with beasiswa", sum(am)+413500000, "cases", 6500+33+414+78)
print("ratios", 44998/99594*100, 52710/144225*100)
# 8 Dumai
print("Dumai cases", 8197+342+215+275, "amounts", 106575375690+3645485380+10244500000+5313622160)
# 10 Bogor
print("Bogor JHT", pct(52756,43217), pct(719,570), "JKM", pct(658,89), pct(21,2.1), "864/89", 864/89*100, pct(864,89), "share", 24031/52756*100, "1.1T", 719+376.7)
# 11 Kalimantan
print("Kalimantan parts", 1953661+889957+443402, "per claim", 3433601850000/291370)
# 12 Sulama
print("Sulama per case", 1.3e12/86000)
print("OK" if ok else "PROBLEMS")
