"""How a participation count is said around it: "baru" as new or as "only, so far", a subject said inactive, the
participation achieved out of a potential workforce, a count said active or covered right after it, "sisanya" for the
rest of the counts before. Read by the membership rules (pantau.extract.member_rules, pantau.extract.membership)."""
from __future__ import annotations

import re
from bisect import bisect_right

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.cues import Cue
from pantau.extract.figures import Figure
from pantau.extract.member_segments import ACTIVE_PART_THEN_COUNT_RE, SAID_ACTIVE

# the sentence's first words refer back to the topic: "Jumlahnya 112.000 orang", "Total sebanyak 46.134." (a bare total)
THEIR_NUMBER_RE = re.compile(r"\W*(?:jumlahnya|totalnya|jumlah\s+mereka|dari\s+(?:target|sasaran)\b"
                             r"|total\s+(?:sebanyak|mencapai|berjumlah|tercatat|ada)\s+\d)", re.I)
# "... jumlahnya mencapai 205 ribu orang. Namun, yang sudah menjadi peserta baru 77 ribu": the sentence opens on the part
# of the topic's whole that is active or covered
# (or "Namun, hingga Juni 2025, baru 42.591 tenaga kerja (sekitar 55 persen) yang tercatat sebagai peserta aktif": only
# so many of it, so far)
PART_OF_TOPIC_OPENER_RE = re.compile(r"\W*(?:(?:namun|(?:akan\s+)?tetapi|tapi|sedangkan|hanya\s+saja)\s*,?\s*)?(?:dari\s+(?:jumlah|angka)\s+"
                                     r"(?:itu|tersebut)\s*,?\s*)?yang\s+(?:masih\s+|sudah\s+|telah\s+|baru\s+)?"
                                     rf"(?:{SAID_ACTIVE}|terdaftar)\b"
                                     r"|\W*(?:namun|(?:akan\s+)?tetapi|tapi)\s*,?\s*(?:[^,.;\d]{0,30}(?:\d{4})?\s*,\s*)?(?:baru|hanya)\s+"
                                     r"(?:sekitar\s+|sebanyak\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?\s+[^.;\d]{0,25}?(?:\([^()]{0,30}\)\s*)?"
                                     rf"yang\s+(?:masih\s+|sudah\s+|telah\s+)?(?:tercatat\s+sebagai\s+peserta\s+|{SAID_ACTIVE}|terdaftar)\b",
                                     re.I)
# "3.215 tenaga kerja jasa konstruksi baru": new, said after the count
_NEW_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:\w+\s+){0,4}?baru\b", re.I)
# ("33.624 peserta atau baru 4 persen": "baru" before a figure or such a verb means "only, so far", not new)
_ONLY_SO_FAR_RE = re.compile(r"\s+(?:\d|(?:sekitar|kira|mencapai|sebesar|sebanyak|sejumlah|tercatat|terealisasi|terlindungi|"
                             r"ter-?cover|tercakup|saja|sampai|separuh|setengah)\b)", re.I)


def says_new(body: str, cue: Cue) -> bool:
    """A new-participants cue, not one whose "baru" means "only, so far" ("realisasi kepesertaan baru mencapai 555.276");
    a figure right after it means "only" when the noun is what was reached ("yang sudah menjadi peserta baru 77 ribu"),
    else new ("menambah kepesertaan baru 1.900 pekerja")."""
    if not cue.has("member_new") or body[cue.end - 4:cue.end].casefold() != "baru":
        return cue.has("member_new")
    so_far = _ONLY_SO_FAR_RE.match(body, cue.end)
    # (but "yang sudah menjadi peserta baru 77 ribu": what has been reached so far)
    return so_far is None or (so_far.group(0).strip()[:1].isdigit()
                              and _ALREADY_BEFORE_RE.search(body, max(0, cue.start - 30), cue.start) is None)


# (also "yang tercatat aktif sebagai peserta baru 328.276 orang": reached as active, so far)
_ALREADY_BEFORE_RE = re.compile(r"\b(?:(?:sudah|telah)\s+(?:menjadi|terdaftar(?:\s+sebagai)?|tercatat(?:\s+sebagai)?)"
                                r"|(?:tercatat|terdaftar)\s+aktif\s+sebagai|aktif\s+sebagai)\s+$", re.I)


def new_after(body: str, fig: Figure, item_end: int) -> bool:
    """New, said after the count in its item (the sentence read on past the item's end for what "baru" means)."""
    m = _NEW_AFTER_RE.match(body, fig.end, item_end)
    return m is not None and _ONLY_SO_FAR_RE.match(body, m.end()) is None


def inactive_subject(s: ClaimSentence, fig: Figure) -> bool:
    """The sentence's subject before the count is said inactive, no active word and no other count between ("peserta
    ... berstatus non aktif mayoritas disumbang oleh segmen PU, yakni mencapai 18,78 juta peserta")."""
    if not s.cues.any("inactive"):
        return False
    said = next((c for c in reversed(s.cues.cues) if c.end <= fig.start and (c.has("active") or c.has("inactive"))), None)
    return said is not None and said.has("inactive") \
        and not any(f.unit in ("people", "bare") and said.end <= f.start and f.end <= fig.start for f in s.figures)


def realised_of_potential(body: str, s: ClaimSentence, item_cues: list[Cue], item_start: int) -> bool:
    """"dari total potensi tenaga kerja 1.808.432 orang di NTB, realisasi kepesertaan baru mencapai 555.276 orang": the
    participation achieved out of the potential workforce counted before it is the covered count."""
    return any(c.has("actual") and c.has("member_noun") for c in item_cues) \
        and _POTENTIAL_RE.search(body, s.start, item_start) is not None \
        and any(f.unit in ("people", "bare") and f.end <= item_start for f in s.figures)


_POTENTIAL_RE = re.compile(r"\bpotensi(?:al)?\b|\bangkatan\s+kerja\b", re.I)
# "dari 20.390 potensi angkatan kerja, tercapai 25.721 atau 126,15 persen": reached, right before the count
_REACHED_BEFORE_RE = re.compile(r"\b(?:tercapai|terealisasi|capaian(?:nya)?|realisasi(?:nya)?)\s+(?:baru\s+|sudah\s+)?(?:mencapai\s+)?"
                                r"(?:sebanyak\s+|sebesar\s+)?$", re.I)


# the count, then "dan" / "namun" and what was realised of it ("20.386 dan terealisasi 16.331")
_THEN_REALISED_RE = re.compile(r"\s*(?:peserta|pekerja|orang|tenaga\s+kerja)?\s*,?\s*(?:dan|namun|tetapi|sedangkan)\s+"
                               r"(?:baru\s+|masih\s+|sudah\s+)?", re.I)


def realised_after(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count followed by what was realised of it ("formal dengan target 22.823 dan terealisasi 22.348 peserta",
    "pekerja informal 20.386 dan terealisasi 16.331"): the count is the target (rule veto.member_plan)."""
    then = _THEN_REALISED_RE.match(body, fig.end, s.end)
    if then is None:
        return False
    actual = s.cues.first_after(then.end(), "actual", until=then.end() + 20)
    return actual is not None and actual.start == then.end() \
        and any(f.start > actual.end and f.unit in ("people", "bare") for f in s.figures)


def reached_of_potential(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count said reached ("tercapai 25.721") after a potential workforce or a target counted in its sentence ("dari
    20.390 potensi angkatan kerja", "target ... 63.372 peserta namun masih tercapai 46.771"): those covered of it,
    whatever noun (none) the count has."""
    return _REACHED_BEFORE_RE.search(body, max(s.start, fig.start - 25), fig.start) is not None \
        and (_POTENTIAL_RE.search(body, s.start, fig.start) is not None
             or any(c.has("target") for c in s.cues.between(s.start, fig.start))
             or any(f.end <= fig.start and realised_after(body, s, f) for f in s.figures)) \
        and any(f.unit in ("people", "bare") and f.end <= fig.start for f in s.figures)

# "Artinya, hanya 26,64 juta pekerja yang dicover ...": the sentence before said again in other terms, its segment too
_SAYING_IT_AGAIN_RE = re.compile(r"\W*(?:artinya|dengan\s+kata\s+lain|(?:hal\s+)?(?:ini|itu)\s+berarti)\b", re.I)


def segment_said_before(body: str, s: ClaimSentence, fig: Figure, segment_before: str | None) -> str | None:
    """The segment of a count said covered that names none in its own item: the one segment the sentence names before
    it, or, for a count said reached ("pekerja formal dengan target 22.823 dan terealisasi 22.348 peserta, serta jasa
    konstruksi dengan target 9.910 namun terealisasi 5.653 peserta"), the last named: its own list item's. A count said
    reached in a sentence naming none ("Pontianak ada 10 ribu target realisasi 9 ribu lebih") is of the segment of the
    sentence before, when it named one (BPU realised against its target, then by branch)."""
    named = [c for c in s.cues.cues if c.has("segment") and c.start < fig.start] if s.cues.any("segment") else []
    if not named:
        return segment_before if (reached_of_potential(body, s, fig) and not s.cues.any("total")) \
            or _SAYING_IT_AGAIN_RE.match(s.ctx.text) else None
    if len({c.value("segment") for c in named}) > 1 and not (
            reached_of_potential(body, s, fig) and len(named) > 1  # (not two joined: "pekerja formal dan informal 60.000")
            and any(named[-2].end <= f.start < named[-1].start for f in s.figures)):
        return None
    return named[-1].value("segment")


# "52 ribu yang terlindungi": said covered right after
# (a share may restate the count first: "135.714 pekerja atau baru 1% yang menjadi peserta aktif")
SAID_COVERED_AFTER_RE = re.compile(r"\s*(?:orang\s+|pekerja\s+)?(?:atau\s+(?:baru\s+|sekitar\s+|hanya\s+)?\d[\d.,]*\s*(?:persen|%)\s+)?"
                                   r"yang\s+(?:sudah\s+|telah\s+)?(?:terlindungi|ter-?cover|tercakup|menjadi\s+peserta)\b", re.I)
# "510.000 yang aktif", "45,22 juta atau sekitar 69,34% merupakan peserta aktif", "52 ribu yang terlindungi": a bare
# count said active or covered right after
ACTIVE_AFTER_RE = re.compile(r"\s*(?:orang\s+|pekerja\s+|peserta\s+)?(?:(?:atau|,)\s*(?:sekitar\s+)?\d[\d.,]*\s*(?:persen|%)\s+)?"
                             r"(?:yang\s+(?:masih\s+)?aktif|(?:merupakan|adalah|sebagai|menjadi)\s+peserta\s+aktif|"
                             # ("Sebanyak 26.391 di antaranya berstatus aktif")
                             r"(?:di\s+antaranya\s+)?(?:berstatus|dalam\s+status|tercatat)\s+aktif|di\s+antaranya\s+(?:masih\s+)?aktif|"
                             r"yang\s+(?:sudah\s+|telah\s+)?(?:terlindungi|ter-?cover|tercakup))\b", re.I)
# "Sedangkan sisanya berasal dari segmen BPU, yaitu 1,21 juta peserta" after inactive counts: the rest of them
# (and the larger part of them: "... 19,51 juta peserta nonaktif. Sebagian besar, yakni 18,53 juta orang, ...")
# "... nonaktif di Jawa Tengah ... 1.812.329 orang. Sedangkan di DI Yogyakarta 259.329 orang.": the same said of another
# area, the sentence naming nothing but the area and its count
SAME_FOR_ANOTHER_AREA_RE = re.compile(r"\W*(?:sedangkan|sementara(?:\s+itu)?|adapun)\s*,?\s*(?:di|untuk)\s+[^,.;:\d]{2,40}?"
                                      r"\s*,?\s*(?:(?:sebanyak|mencapai|tercatat|ada|sekitar|berjumlah)\s+)?\d[\d.,]*\s*"
                                      r"(?:ribu\s+|juta\s+)?(?:orang|peserta|pekerja|tenaga\s+kerja)?\s*[.;]?\s*$", re.I)
THE_REST_RE = re.compile(r"\W*(?:(?:sedangkan|sementara|adapun)\s+)?(?:sisanya|sebagian\s+besar(?:nya)?|mayoritas(?:nya)?)\b",
                         re.I)


def growth_alone(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A growth in people with no level on either side in its clause ("bertambah 3.395.973 pekerja,
    setara 60,29% dari target"): the number of participants added in the period."""
    if fig.unit != "people" or not s.cues.last_before(fig.start, "change_up", since=max(s.start, fig.start - 20)):
        return False
    start = max([m.end() for m in re.finditer(r",\s|;\s", body[s.start:fig.start])] or [0]) + s.start
    stop = re.search(r",\s|;\s", body[fig.end:s.end])
    end = fig.end + stop.start() if stop else s.end
    return not any(f is not fig and f.unit in ("people", "bare") and start <= f.start < end for f in s.figures)


# "79.364 pekerja yang terdaftar dan masih aktif": registered and active
REGISTERED_AND_ACTIVE_AFTER_RE = re.compile(r"\s*(?:\w+\s+){0,3}?(?:yang\s+)?(?:sudah\s+|telah\s+)?terdaftar\s+(?:dan|serta)\s+"
                                             r"(?:masih\s+|tetap\s+|juga\s+|sudah\s+)?aktif\b", re.I)
CLAUSE_END_RE = re.compile(r";|\.\s|,\s(?:sedangkan|sementara|namun)|\s(?:sedangkan|sementara|namun)\s", re.I)


# "Total peserta aktif ... 29.040 orang dan jumlah yang belum terlindungi sebanyak 41.386 orang": the next count's subject;
# "Yang berstatus aktif sekarang sebanyak 115.611 peserta, selebihnya nonaktif": the rest, said of the others
_NEXT_SUBJECT_RE = re.compile(r"\s(?:dan|serta)\s+(?:jumlah|total|sisanya)\b|,\s*(?:dan\s+)?(?:sisanya|selebihnya|sisa\s+nya)\b", re.I)


_DENIED_CLASSES = ("not_member", "inactive")


def denied_later(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A not-yet-participant or inactive cue later in the figure's clause, before any other count."""
    if s.cues.classes.isdisjoint(_DENIED_CLASSES):
        return False  # (most sentences: none to look for)
    stops = [m.start() for m in (CLAUSE_END_RE.search(body, fig.end, s.end), _NEXT_SUBJECT_RE.search(body, fig.end, s.end)) if m]
    end = min(stops, default=s.end)
    # ("2.275.981 pekerja dari 14.008 perusahaan di antaranya berstatus nonaktif": the companies are where they work)
    nxt = next((f.start for f in s.figures if f.start > fig.end and f.unit not in ("company", "percent")), end)
    return any(c.has("not_member") or c.has("inactive") for c in s.cues.between(fig.end, min(end, nxt)))


# A sentence listing the parts of the count just told ("Rinciannya, ...", "Dari jumlah itu, ...")
PARTS_OPENING_RE = re.compile(r"\W*(?:Rinciannya|Rincian(?:nya)?\s+(?:tersebut|itu)|Adapun\s+rinciannya|Terdiri\s+(?:dari|atas)"
                              r"|Dari\s+(?:jumlah|total|angka)\s+(?:itu|tersebut|ini))\b", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s+(?=[\"“A-Z0-9])")


def parts_of_new_count(body: str, sentence_text: str, start: int) -> bool:
    """A sentence listing the parts of the count just told, when that count was of new participants ("Selama 2018
    ada tambahan 171.983 peserta ... . Rinciannya, 113.574 orang berasal dari segmen penerima upah ..."): new ones
    (the sentence before names new participants, a member_new cue of the lexicon, before a figure)."""
    if not PARTS_OPENING_RE.match(sentence_text):
        return False
    from pantau.extract.cues import find_cues

    ends = [m.end() for m in _SENTENCE_END_RE.finditer(body, max(0, start - 400), max(0, start - 1))]
    since = ends[-1] if ends else max(0, start - 400)
    last_figure = max((m.start() for m in re.finditer(r"\d", body[since:start])), default=-1) + since
    return any(says_new(body, c) for c in find_cues(body[since:start], since) if c.start < last_figure)


# enrolled during a span: "pekerja jakon yang didaftarkan menjadi peserta selama semester pertama tahun ini mencapai"
_ENROLLED_DURING_RE = re.compile(r"\b(?:di|ter)daftar(?:kan)?\s+(?:menjadi|sebagai)\s+peserta\b[^.;\d]{0,40}?\b(?:selama|sepanjang|"
                                 r"dalam)\s+(?:semester|triwulan|kuartal|bulan|tahun|periode|paruh|(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d)",
                                 re.I)


def enrolled_during(body: str, start: int, fig_start: int) -> bool:
    """Enrolled during a span of time, said before the count ("jumlah pekerja jakon yang didaftarkan menjadi peserta
    selama semester pertama tahun ini mencapai 1,46 juta orang"): the new participants of that span."""
    return _ENROLLED_DURING_RE.search(body, start, fig_start) is not None


# A registered count set against the smaller part of it that is active or paying, later in the sentence.
_ONLY_PART_ACTIVE_NEXT_RE = re.compile(
    r"\s*(?:orang|peserta|pekerja|tenaga\s+kerja)?\s*,\s*(?:namun\s+|tetapi\s+)?(?:hanya|baru|tinggal|cuma)\s+(?:sekitar\s+|sebanyak\s+)?"
    r"\d[\d.,]*(?:\s+(?:ribu|juta))?\s+(?:orang\s+|peserta\s+|pekerja\s+|tenaga\s+kerja\s+)?(?:di\s+antaranya\s+)?(?:yang\s+)?"
    r"(?:masih\s+|tetap\s+)?(?:terdaftar\s+sebagai\s+peserta\s+|berstatus\s+peserta\s+)?aktif\b", re.I)
_ONLY_SOME_ACTIVE_AFTER_RE = re.compile(
    r"[^.;]{0,40}?\b(?:tetapi|namun|tapi|sedangkan|sementara)\b[^.;]{0,80}?\b(?:hanya|baru)\s+(?:sekitar\s+|sebanyak\s+)?"
    r"\d[\d.,]*(?:\s+(?:ribu|juta))?\s+(?:orang\s+|peserta\s+|pekerja\s+|tenaga\s+kerja\s+)?(?:yang\s+)?(?:masih\s+|tetap\s+)?"
    r"(?:aktif|membayar\s+iuran|rutin\s+membayar|tertib\s+membayar)", re.I)


def whole_of_an_active_part(body: str, s: ClaimSentence, fig: Figure, registered: bool) -> bool:
    """The count is a whole set against the smaller part of it said active (or paying, for a count said registered
    or covered) later in its sentence: "80.000 orang, tinggal 41.000 yang aktif", "terdaftar ... 18.000, tetapi hanya
    14.000 yang membayar iuran", "747.000 peserta dan yang aktif hanya 389 ribu orang"."""
    return bool((registered and _ONLY_SOME_ACTIVE_AFTER_RE.match(body, fig.end, s.end))
                or _ONLY_PART_ACTIVE_NEXT_RE.match(body, fig.end, s.end)
                or ACTIVE_PART_THEN_COUNT_RE.match(body, fig.end, s.end)
                or _WHOLE_THEN_ONLY_ACTIVE_RE.match(body, fig.end, s.end))


# "dari 47.010 peserta yang aktif hanya 24.286": of the whole, the active are only the count after
_WHOLE_THEN_ONLY_ACTIVE_RE = re.compile(r"\s*(?:orang|peserta|pekerja|tenaga\s+kerja)\s+yang\s+aktif\s+(?:hanya|baru|cuma|"
                                        r"tinggal)\s+(?:sekitar\s+|sebanyak\s+)?\d", re.I)


_ACTIVITY_WORD_RE = re.compile(r"aktif", re.I)  # aktif, nonaktif, non-aktif, keaktifan (MemberState.tells_activity)
_INACTIVE_WORD_RE = re.compile(r"non\W?aktif|tidak\s+(?:lagi\s+)?aktif|keaktifan", re.I)


_SETS_ACTIVE_APART_RE = re.compile(r"\b(?:belum|tidak|bukan|tanpa|terdaftar)\b", re.I)


def tells_activity(body: str, contexts: list) -> bool:
    """Whether the article tells active from registered participants: it names the inactive, says "aktif" of a figure,
    or sets the active apart in a sentence of none ("... 41,38 juta orang terdaftar ... . Data peserta aktif belum
    dirilis."). An active word alone names the topic ("... yang menjadi peserta aktif masih minim. ... yang terdaftar
    sebagai peserta sebanyak 123 ribu orang", "mendorong PMI ... menjadi peserta aktif"): a count said registered is
    of it."""
    said = [m.start() for m in _ACTIVITY_WORD_RE.finditer(body)]
    if not said:
        return False
    if _INACTIVE_WORD_RE.search(body) is not None:
        return True
    starts = [ctx.start for ctx in contexts]  # (the few sentences that say it, found by where: not a scan of each)
    saying = {bisect_right(starts, at) - 1 for at in said} - {-1}
    return any(contexts[k].numbers or _SETS_ACTIVE_APART_RE.search(contexts[k].text) for k in saying
               if _ACTIVITY_WORD_RE.search(contexts[k].text))


_PARTICIPANTS_NOUN_RE = re.compile(r"peserta(?:\s+aktif)?", re.I)
# "... dan peserta yang aktif hanya 29.040": the participants named as the count's subject, right before it
_PARTICIPANTS_BEFORE_RE = re.compile(r"\bpeserta\s+(?:yang\s+)?(?:masih\s+|sudah\s+)?aktif\s+(?:hanya|baru|cuma|sebanyak|mencapai|"
                                     r"tercatat|sekitar)?\s*$", re.I)


def said_participants(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """The count says it counts participants, by its noun ("935.910 peserta") or by its subject right before it ("dan
    peserta yang aktif hanya 29.040"): our word, even in a government body's sentence."""
    return bool((fig.noun is not None and _PARTICIPANTS_NOUN_RE.fullmatch(body, fig.noun.start, fig.noun.end))
                or _PARTICIPANTS_BEFORE_RE.search(body, max(s.start, fig.start - 40), fig.start))


# "Setahun kemudian, jumlahnya bertambah menjadi 333.163 peserta": the count of what the sentence before counted, a
# change or a reach the only words between (not "Dari jumlah tersebut, ...", a part; not "jumlah itu bagian dari total")
_POINTED_BACK_LEAD_RE = re.compile(r"(?<!\bdari\s)\b(?:jumlahnya|angkanya|jumlah\s+(?:itu|tersebut|ini)|angka\s+(?:itu|tersebut|ini))"
                                   r"(?:\s+(?:bertambah|berkurang|naik|turun|meningkat|menurun|tumbuh|melonjak|kembali|"
                                   r"menjadi|mencapai|menyentuh|sebanyak|sekitar|sudah|telah|tercatat|ada|hanya|baru|lagi|"
                                   r"hingga|sampai|sebesar|\d+(?:,\d+)?\s*(?:%|persen)))+\s+$", re.I)


def pointed_back_count(body: str, s, fig) -> bool:
    """The count's clause points back at the figure before ("jumlahnya bertambah menjadi ..."): the same
    metric as the count before."""
    return _POINTED_BACK_LEAD_RE.search(body, max(s.start, fig.start - 70), fig.start) is not None
