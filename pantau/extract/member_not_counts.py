"""Counts of people that are not participation counts by their own words: people paid, told with the amount in
their clause ("14 peserta dengan jumlah Rp10,09 juta"), and a size class ("perusahaan yang memiliki tenaga kerja di
bawah 20 orang"), an example or a part named as included ("termasuk 6.300 nelayan")."""
from __future__ import annotations

import re

from pantau.extract.claim_bounds import size_class
from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.figures import Figure, money_sized
from pantau.extract.fastre import guarded
from pantau.extract.member_segments import segment_of_its_own, whole_segment_after
from pantau.extract.plans import COMMA_RE


def paid_with_an_amount(body: str, s: ClaimSentence, fig: Figure, item) -> bool:
    """A rupiah amount, marked or money-sized, in the count's own comma-clause ("14 paserta dengan jumlah Rp10,09 juta",
    "Rp1,93 miliar dengan jumlah peserta 120 orang", "jumlah klaim 643,51 juta dengan jumlah peserta 8 orang"): the people it paid; not an active count, nor in talk of contributions or funds
    ("15,4 juta jiwa dan dana yang dikelola Rp177 triliun": a fund cue between them)."""
    if fig.unit not in ("people", "bare") or item.has("active") or s.cues.any("contribution"):
        return False
    start = max([s.start] + [m.end() for m in COMMA_RE.finditer(body, s.start, fig.start)])
    end = next((m.start() for m in [COMMA_RE.search(body, fig.end, s.end)] if m), s.end)
    return any((f.unit == "money" or money_sized(f)) and start <= f.start < end and not s.cues.between(
        min(fig.end, f.end), max(fig.start, f.start), "fund")
        # ("kelolaan dana perseroan mencapai Rp240 miliar dengan total kepesertaan 133.000 orang": the money is a fund)
        and not s.cues.last_before(f.start, "fund", since=max(s.start, f.start - _FUND_BEFORE_MONEY_CHARS))
        for f in s.figures)


_FUND_BEFORE_MONEY_CHARS = 40


# "hanya mencapai kurang dari 200 ribu orang", "mendekati angka 1 juta peserta": a bound said instead of the count
_UPPER_BOUND_BEFORE_RE = re.compile(r"\b(?:kurang\s+dari|tidak\s+sampai|belum\s+sampai|tak\s+sampai|mendekati(?:\s+angka)?)\s+$", re.I)


# "Dari 35 ribu peserta BPJS Ketenagakerjaan 10 persen atau sekitar 3500 peserta memiliki data yang tidak valid"
# (also after a lead clause, "Menurut Kepala Cabang, dari 33.900 peserta ...", and "dari sekitar 88 ribu Peserta")
_FROM_PARTICIPANTS_OPENER_RE = re.compile(r"(?:[^,.;]{0,60},\s*)?\W*dari\s+(?:total\s+|jumlah\s+)?(?:sekitar\s+|hampir\s+|"
                                          r"lebih\s+dari\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?\s+peserta\b", re.I)
_KIND_OF_PART = ("active", "segment", "coverage", "inactive", "not_member", "member_new")


def part_of_participants(body: str, s: ClaimSentence, fig: Figure, item) -> bool:
    """A later count in a sentence that opens on a count of participants ("Dari 35 ribu peserta ..."): a part of them
    by some trait, not a participation count; unless the part is a segment or said active, covered, new or not."""
    opener = _FROM_PARTICIPANTS_OPENER_RE.match(body, s.start, fig.start)
    return opener is not None and fig.start > opener.end() and not any(item.has(c) for c in _KIND_OF_PART)


# "Total 7.782 pekerja tersebut terbagi lagi menjadi 5.330 pekerja terlindungi dari Kantor Perhiptani, ...": the whole
# divided by where they came from
_DIVIDED_BEFORE_RE = re.compile(r"\d[^.;]{0,60}?\b(?:ter|di)bagi\s+(?:lagi\s+)?(?:menjadi|dari|atas|ke\s+dalam|dalam)\b", re.I)


def divided_part(body: str, s: ClaimSentence, fig: Figure, item) -> bool:
    """A count after a whole said divided ("terbagi menjadi", "dibagi atas") that names no segment: a part by another
    cut (an office, a channel, a trade), not a participation count of its own."""
    divided = _DIVIDED_BEFORE_RE.search(body, s.start, fig.start)
    return divided is not None and not item.has("segment") and not (fig.noun is not None and fig.noun.has("segment"))


# "setiap hari ada sekitar dua pekerja yang celaka", "rata-rata 40 peserta per hari": people per day, week or month (an
# average alone is no rate: "rata-rata memiliki karyawan dibawah 15 orang" is a size)
_TIME_RATE_RE = re.compile(r"(?:hari|minggu|pekan|bulan)$", re.I)
RATE_REACH = 40  # characters back from the count to its rate word, within its clause


def a_rate(body: str, s: ClaimSentence, fig: Figure, item) -> bool:
    """A count of people per day, week or month: a rate of what happens, not a count of participants;
    not the participants said to pay each month ("yang aktif membayar iuran setiap bulan sebanyak 22,8 juta")."""
    if not s.cues.any("per_person") or item.has("active") or s.cues.any("contribution"):
        return False  # (most sentences)
    start = max([s.start, fig.start - RATE_REACH] + [m.end() for m in COMMA_RE.finditer(body, s.start, fig.start)])
    end = next((m.start() for m in [COMMA_RE.search(body, fig.end, s.end)] if m), s.end)
    return any(c.has("per_person") and _TIME_RATE_RE.search(body, c.start, c.end)
               for c in s.cues.between(start, min(end, fig.end + RATE_REACH)))


def not_a_participation_count(body: str, s: ClaimSentence, fig: Figure, item) -> str | None:
    """The rule that says a count of people is not a participation count by its own words, if any."""
    if fig.num.is_words and fig.value == 1 and not any(f.start != fig.start and f.unit in ("people", "company", "bare")
                                                       for f in s.figures):
        # "Dengan membayar Rp16.800 sebulan, satu pekerja sudah terlindungi": one, an example (not a list's row: "Bolmong
        # Selatan satu perusahaan dengan satu tenaga kerja")
        return "veto.member_example"
    if paid_with_an_amount(body, s, fig, item):
        return "veto.member_claimants"  # "Bukan Penerima Upah (BPU) 14 peserta dengan jumlah Rp10,09 juta"
    if size_class(body, s, fig):
        return "veto.member_size_class"  # "perusahaan ... memiliki tenaga kerja dibawah 20 orang"
    if _UPPER_BOUND_BEFORE_RE.search(body, max(s.start, fig.start - 20), fig.start):
        return "veto.member_bound"  # "pekerja yang mengikuti program ... hanya mencapai kurang dari 200 ribu orang"
    if divided_part(body, s, fig, item):
        return "veto.member_part"  # "7.782 pekerja tersebut terbagi lagi menjadi 5.330 pekerja ... dari Kantor ..."
    if part_of_participants(body, s, fig, item):
        return "veto.member_part"  # "Dari 35 ribu peserta ... sekitar 3500 peserta memiliki data yang tidak valid"
    return None


_NAMED_PROGRAM_RE = re.compile(r"\b(?:JHT|JPN?|JKP|JKM|JKK|JPK|jaminan\s+(?:hari\s+tua|pensiun|kehilangan|kematian|kecelakaan))\b", re.I)
_THAT_PROGRAM_RE = guarded(re.compile(r"\bpeserta\s+(?:aktif\s+)?(?:di\s+)?program\s+(?:itu|tersebut|ini)\b", re.I))
_ONE_PROGRAMS = {"JHT", "JP", "JKP"}  # programs not every active participant has
_PROGRAM_WORD_BEFORE_RE = re.compile(r"\b(?:program|peserta)\s+$", re.I)  # "Khusus program JHT", not "manfaat JHT"


def program_only(body: str, s: ClaimSentence, fig: Figure, item) -> str | None:
    """veto.member_program_only when the count is of one program's participants, or another scheme's, not all."""
    before = {c.value("program") for c in s.cues.cues if c.has("program") and c.start < fig.start} \
        if s.cues.any("program") else set()
    if before == {"OTHER"}:
        return "veto.member_program_only"  # "Untuk JPK, ... jumlah tertanggung mencapai 30.013 jiwa": another scheme's
    if before and before <= _ONE_PROGRAMS and any(
            c.has("program") and _PROGRAM_WORD_BEFORE_RE.search(body, max(s.start, c.start - 12), c.start)
            and not any(c.end <= f.start < fig.start and f.unit not in ("year", "percent") for f in s.figures)
            for c in s.cues.between(s.start, fig.start)):
        return "veto.member_program_only"  # "Khusus program JHT, jumlah peserta aktifnya 18,27 juta": JHT's alone
    if _THAT_PROGRAM_RE.search(body, s.start, fig.start) and _NAMED_PROGRAM_RE.search(body, 0, s.start):
        return "veto.member_program_only"  # "peserta aktif program itu 12,95 juta" after JP is named (else: the agency's)
    programs = {c.value("program") for c in item.cues if c.has("program")}
    if programs - {"JKK", "JKM"} and not segment_of_its_own(body, item, fig):
        # "peserta JP 210 ribu"; every active participant has JKK and JKM, so those name no subset
        return "veto.member_program_only"
    return None


def example_lead(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count named as an example ("misalnya 6.300 nelayan", "di antaranya 14.500 pekerja"), or the next of its list."""
    cue = s.cues.last_before(fig.start, "example", since=max(s.start, fig.start - 80))
    if cue is not None and _ASIDE_RE.fullmatch(body, cue.start - 2, cue.end + 1):
        return False  # "Akuisisi peserta baru PU, misalnya, mencapai 105.689": an aside, the subject's own count
    # (the next example of the same list too: "(di antaranya 6.000 nelayan dan 4.000 buruh pelabuhan)")
    return cue is not None and (not re.search(r"\d", body[cue.end:fig.start]) and fig.start - cue.start <= 30
                                or _EXAMPLES_BEFORE_RE.fullmatch(body, cue.end, fig.start) is not None)


_ASIDE_RE = re.compile(r",\s\w+,")
_EXAMPLES_BEFORE_RE = re.compile(r"(?:\s*(?:sebanyak\s+)?\d[\d.,]*\s+[^\W\d][^\d,;()]{0,30}?\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s))+\s*")


def included_part(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"3,9 juta peserta aktif ..., termasuk 120 ribu peserta BPU dari kalangan petani": a part
    named as included, whatever it counts (unlike "di antaranya", which lists the segments)."""
    # (but "Di dalamnya termasuk 32.437 pekerja jasa konstruksi, 7.985 ...": a whole segment, a part to read)
    return bool(_INCLUDED_LEAD_RE.search(body, max(s.start, fig.start - 30), fig.start)) \
        and not whole_segment_after(body, s, fig)


_INCLUDED_LEAD_RE = re.compile(r"\btermasuk\s+(?:di\s+dalamnya\s+)?(?:sebanyak\s+|sekitar\s+)?$", re.I)


# a group named after its count: "362 juru parkir", "1.664 orang non aparatur sipil negara"; not the participants
# themselves ("10.000 peserta", "5.000 orang pekerja") nor a place or a year after ("10.000 di Kota Batu")
_GROUP_AFTER_COUNT_RE = re.compile(r"\s+(?:orang\s+)?(?!(?:peserta|pekerja|tenaga\s+kerja|karyawan|buruh\s+(?:formal|informal)|jiwa|orang|"
                                   r"di|pada|per|hingga|sampai|dan|atau|yang|dari|untuk|dengan|tahun|sejak)\b)[a-z]", re.I)


def group_in_breakdown(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count in a breakdown by groups of no segment ("Rinciannya: 1.664 orang non ASN, 362 juru parkir, ..."): a part
    by another cut, not the next count of the series before."""
    return s.cues.any("breakdown") and not s.cues.any("segment") and _GROUP_AFTER_COUNT_RE.match(body, fig.end) is not None


# "Sementara catatannya pekerja di Kota Tasikmalaya mencapai angka 256 ribu orang" after the participants counted: a
# sentence set against the count before, naming no participation at all, counts the workforce they are a share of
_CONTRAST_OPENER_RE = re.compile(r"\W*(?:sementara(?:\s+itu)?|sedangkan|padahal|adapun|namun)\b", re.I)
_PARTICIPATION_WORD_RE = re.compile(r"peserta|kepesertaan|terdaftar|aktif|terlindungi|ter-?cover|jaminan|BPJS|BPJAMSOSTEK|"
                                    r"jamsostek|program|segmen|penerima\s+upah|informal|formal|konstruksi|migran", re.I)


_WORKFORCE_WORD_RE = re.compile(r"\b(?:pekerja|tenaga\s+kerja|angkatan\s+kerja|penduduk|karyawan|buruh)\b", re.I)


def workforce_set_against(text: str) -> bool:
    """A sentence opening on a contrast that names workers but no participation: its count is the workforce, not the
    next of a series (not "Padahal, angka 2019 tersebut ... dibandingkan 2017 yang hanya 120.093 orang")."""
    return _CONTRAST_OPENER_RE.match(text) is not None and _PARTICIPATION_WORD_RE.search(text) is None \
        and _WORKFORCE_WORD_RE.search(text) is not None


def apart_from_series(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count that does not go on with the series of participation counts before it: a group in a breakdown, or the
    workforce set against the count before."""
    return group_in_breakdown(body, s, fig) or workforce_set_against(s.ctx.text)
