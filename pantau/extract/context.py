"""Per-sentence context: the figures in a sentence, its period and office, and the
period/office in force carried over from earlier sentences ("selain itu", "sementara
itu", "adapun" and plain follow-on sentences report under the same period and office)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date

from pantau.extract.fastre import guarded
from pantau.extract.lexicon import AGENCY_NAME, CHANGE_RE, COMPARISON_LEAD_RE, PROVINCE_SHORT
from pantau.extract.offices import OfficeMention, find_offices, province_in
from pantau.extract.own_period import COMPARISON_WORD_RE, own_period
from pantau.extract.period_in_force import dates_its_change, goes_into_force
from pantau.extract.period_patterns import words_in_folded
from pantau.extract.periods import Period, find_periods
from pantau.extract.text import Sentence
from pantau.model import NumberMention

log = logging.getLogger(__name__)


@dataclass
class SentenceContext:
    sentence: Sentence
    numbers: list[NumberMention]
    periods: list[Period]
    offices: list[OfficeMention]
    period: tuple[date | None, date | None] | None  # the period in force for this sentence's figures
    office: str  # the office in force
    change_at: int | None = None  # absolute offset of a change cue ("naik", "turun"), if any
    # Absolute span of an opening clause naming what the change compares against, if any.
    compared_lead: tuple[int, int] | None = None
    notes: dict = field(default_factory=dict)
    published: date | None = None  # the article's publication date ("tahun lalu" is the year before it)
    # The sentence's text and start as plain attributes: the rules' most asked questions.
    text: str = field(init=False, repr=False, compare=False)
    start: int = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.text, self.start = self.sentence.text, self.sentence.start

    def office_at(self, pos: int) -> str:
        """The office named nearest before `pos` in this sentence, else the one in force. Offices in brackets closed
        before `pos`, after an office named outside them, are an aside ("Cabang Tarakan dan Jajaran (Kantor Cabang
        Bulungan di Tanjung Selor dan Nunukan) sudah membayarkan ...": Tarakan's figures)."""
        before = [o for o in self.offices if o.start <= pos and not o.reference]
        if len(before) > 1:
            outside = [o for o in before if not self._in_closed_bracket(o.start, pos)]
            before = outside if outside else before
        return before[-1].office if before else self.office

    def _in_closed_bracket(self, at: int, pos: int) -> bool:
        opened = self.text.rfind("(", 0, at - self.start)
        closed = self.text.find(")", at - self.start)
        return opened != -1 and ")" not in self.text[opened:at - self.start] and -1 < closed < pos - self.start


# A relative clause set off by commas ("Cabang X, yang hingga akhir 2013 masih bernama PT
# Jamsostek, mencatat ..."): an aside about the subject, not the figures' period.
_ASIDE_RE = re.compile(r",\s*yang\b[^,;]*,")


def _outside_asides(periods: list[Period], sentence) -> list[Period]:
    """The periods outside the sentence's asides, when any period stands outside them."""
    if not periods:
        return periods  # most sentences: nothing to sort out
    # (a year only hoped for dates nothing, not even the next sentences: "... harus bertambah pada 2024.")
    periods = [p for p in periods if not _HOPED_FOR_RE.search(sentence.text, max(0, p.span[0] - sentence.start - 110),
                                                              p.span[0] - sentence.start)]
    asides = [(m.start() + sentence.start, m.end() + sentence.start) for m in _ASIDE_RE.finditer(sentence.text)]
    outside = [p for p in periods if not any(a <= p.span[0] < b for a, b in asides)]
    return outside if any(not p.relative for p in outside) else periods


# "BPJamsostek berharap di 2020 adanya dukungan pemda ...": a year hoped or planned for dates no figure reported
# ("Ia pun mengharapkan penyaluran pembayaran manfaat bagi pekerja di Banjarmasin harus bertambah pada 2024": a hope
# word further back, with nothing but words between)
_HOPED_FOR_RE = re.compile(r"\b(?:(?:berharap|harapannya|diharapkan|diharap|menargetkan|ditargetkan|targetnya|merencanakan|"
                           r"direncanakan|berencana)\b[^,.;\d]{0,30}|(?:mengharapkan|berharap|diharapkan)\b[^,.;\d]{0,90})$", re.I)


# "lebih besar dibanding pembayaran JHT pada 2013": a period after a comparison word, in
# the same clause, is the compared figure's, even with no change cue in the sentence.
# ("Jumlah itu tinggal sedikit lagi menyamai realisasi sepanjang 2020": the period of what it nearly equals)
_COMPARED_PERIOD_RE = re.compile(r"\b(?:dibanding\w*|ketimbang|daripada|(?:sedikit|jauh|masih|hanya)\s+di\s+(?:atas|bawah)|"
                                 r"menyamai|mendekati|melampaui|melebihi|"
                                 r"lebih\s+(?:tinggi|rendah|besar|kecil|banyak|sedikit)\s+dari)\b[^,;]*$", re.I)


def _not_compared(periods: list[Period], sentence) -> list[Period]:
    return [p for p in periods
            if not _COMPARED_PERIOD_RE.search(sentence.text, 0, max(0, p.span[0] - sentence.start))
            and not COMPARISON_WORD_RE.match(sentence.text, p.span[0] - sentence.start)]


# A period read with its comparison word ("dibandingkan tahun 2019", "ketimbang 2019"): the compared side's


# A program named between a change word and the next figure: the word named a topic ("terjadi
# peningkatan klaim dari sisi program JHT di 2022 tumbuh 17% menjadi ..."), a later one states the change.
_PROGRAM_WORD_RE = re.compile(r"\b(?:program|jaminan\s+(?:hari|kecelakaan|kematian|pensiun|kehilangan)|JHT|JKK|JKM|JP|JKP)\b",
                              re.I)


# A contrast between a change word and the next figure: the word was an aside ("meski angkanya naik namun
# nominal klaimnya mengalami penurunan 15% dari Rp 4 miliar menjadi Rp 3.4 miliar").
_CONTRAST_RE = re.compile(r";|\b(?:namun|tetapi|sedangkan|sementara|sebaliknya)\b", re.I)


def _change_cue(text: str) -> re.Match | None:
    """The change word that states the sentence's change: the first one, unless a program is named
    or a contrast is told between it and the next figure, and another change word follows."""
    first = None
    for match in CHANGE_RE.finditer(text):
        if first is None:
            first = match
        digit = re.search(r"\d", text[match.end():])
        stretch = text[match.end():match.end() + digit.start()] if digit else text[match.end():]
        if not _PROGRAM_WORD_RE.search(stretch) and not _CONTRAST_RE.search(stretch):
            return match
    return first


def comparison_lead(sentence: Sentence, change_at: int | None) -> tuple[int, int] | None:
    """The opening clause "Dibandingkan X [figure]," of a sentence that states a change or the
    figure compared after it: from the sentence start to its first comma (or to the change cue)."""
    text = sentence.text
    if not text[:30].casefold().lstrip("\"“'( ").startswith(("dibanding", "bandingkan", "jika", "bila", "apabila", "kalau",
                                                                 "ketimbang", "daripada")):
        return None
    if not COMPARISON_LEAD_RE.match(text):
        return None
    comma = text.find(",", 0, len(text) if change_at is None else change_at - sentence.start)
    if comma == -1 and change_at is None:
        return None
    if comma != -1 and _APPOSITION_RE.match(text, comma + 1):
        # "Dibandingkan periode yang sama tahun 2019, yakni Rp 152,1 miliar, terdapat ...": the compared figure
        following = text.find(",", comma + 1, len(text) if change_at is None else change_at - sentence.start)
        comma = following if following != -1 else comma
    end = sentence.start + comma if comma != -1 else change_at
    return sentence.start, end


# The change clause gives only the new value ("naik di bulan Juni menjadi Rp 3,6 miliar"), not both sides.
_TO_SIDE_AFTER_RE = re.compile(r"(?:(?!\bdari\b)[^;.])*?\bmenjadi\b", re.I)
_APPOSITION_RE = re.compile(r"\s*(?:yakni|yaitu|sebesar|senilai|sebanyak|yang\s+(?:sebesar|senilai|mencapai))\b", re.I)


# Casefolded stems every CHANGE_RE word contains ("urun": turun, menurun, penurunan; "usut":
# susut, menyusut); re.IGNORECASE equates what casefold does, except the Turkish
# dotted/dotless i, where the pattern is always run.
_CHANGE_STEMS = ("naik", "ningkat", "tumbuh", "bertambah", "lonjak", "melesat", "melejit", "bengkak", "bludak",
                 "anjak", "urun", "urang", "anjlok", "merosot", "usut", "koreksi", "lebih", "gerak", "ubah",
                 "kerek", "dongkrak", "roket", "lambung", "angkat", "pangkas", "ciut", "ukik")


# A change told by its two sides alone, no change word: "dari <figure> ... menjadi <figure>" in one clause.
_FROM_TO_RE = re.compile(r"\bdari\s+(?:sebesar\s+|sebanyak\s+|senilai\s+)?(?:Rp\.?\s*)?\d(?:[^,;.]|[.,](?=\d)){0,70}?"
                         r"\bmenjadi\s+(?:sebesar\s+|sebanyak\s+|senilai\s+)?(?:Rp\.?\s*)?\d", re.I)


def change_stems_in(folded: str) -> tuple[str, ...]:
    """The change stems a casefolded article holds: none of its sentences holds others (a sentence's casefold
    is part of the article's), so each is tested for these few with `in` instead of a scan for all of them."""
    return tuple(stem for stem in _CHANGE_STEMS if stem in folded)


def may_state_change(text: str, stems: tuple[str, ...] = _CHANGE_STEMS) -> bool:
    """False only when CHANGE_RE cannot match `text` (most sentences state no change). `stems`: the change
    stems the article holds (change_stems_in), when known."""
    if "\u0130" in text or "\u0131" in text:
        return True
    if not stems:
        return False
    folded = text.casefold()
    return any(stem in folded for stem in stems)


def _guarded(errors: list[str], reader, *args) -> list:
    """A reader's findings in one sentence; a reader bug costs that sentence's findings only,
    and is counted."""
    try:
        return reader(*args)
    except Exception:
        log.exception("%s failed on a sentence", reader.__name__)
        errors.append(f"context.{reader.__name__}")
        return []


# A person's title before an office, the agency's name between them allowed.
_TITLE_BEFORE_OFFICE_RE = re.compile(
    r"\b(?:Kepala|Pimpinan|Plt\.?|Pj\.?|Kakanwil|Kacab|Direktur|Deputi(?:\s+Direktur)?)\s+(?:Kantor\s+)?"
    r"(?:" + AGENCY_NAME + r"\s+)?$", re.I)  # ("Kepala Kantor BPJS Ketenagakerjaan Cabang Tarakan Deni ...")


def _known_office(mention: OfficeMention, known: set[str], sentence: Sentence) -> OfficeMention:
    """A person's title naming an office the article already named, followed by the person's
    name with no comma ("Kepala BPJS Ketenagakerjaan Cabang Bandar Lampung Rudi Hartono"):
    the office is the known one; the extra capitalised words are the name, not the place."""
    # "Kepala Cabang Perintis BPJS Ketenagakerjaan Ogan Komering Ulu" read as "Cabang Perintis" in an article of
    # "Cabang Perintis Kabupaten Ogan Komering": the office already known, cut short by the agency's name
    fuller = [k for k in known if k.startswith(mention.office + " ")]
    if len(fuller) == 1 and " " in mention.office:
        return replace(mention, office=fuller[0])
    if mention.office in known:
        return mention
    if not mention.as_title:
        before = sentence.text[max(0, mention.start - sentence.start - 40):mention.start - sentence.start]
        if not _TITLE_BEFORE_OFFICE_RE.search(before):
            return mention
    longest = max((k for k in known if mention.office.startswith(k + " ")), key=len, default=None)
    if longest is None:
        # "Kepala BPJAMSOSTEK NTB Markus Sinaga" in an article of "Cabang Nusa Tenggara Barat": a short name of its
        # place; "Kepala BPJS-Jamsostek Kantor Cabang Papua Adventus Edison" in one of "Kanwil Papua": its place
        kind, _, place = mention.office.partition(" ")
        short = PROVINCE_SHORT.get(place.split(" ")[0].lower()) if place else None
        longest = f"{kind} {short}" if short and f"{kind} {short}" in known else None
        same_place = next((k.partition(" ")[2] for k in known if place.startswith(k.partition(" ")[2] + " ")), None)
        if longest is None and same_place and " " in place:
            longest = f"{kind} {same_place}"
    if longest is None and mention.office.startswith("Provinsi "):
        # "kata Kepala BPJS Ketenagakerjaan NTB" (or "masuk ke BPJS Ketenagakerjaan NTB") in an article of "Cabang NTB": the
        # agency in that province is the office already named there
        place = mention.office.partition(" ")[2].lower()
        longest = next((k for k in sorted(known) if " " in k and k.split(" ", 1)[0] in ("Cabang", "Kanwil")
                        and PROVINCE_SHORT.get(k.split(" ", 1)[1].lower(), k.split(" ", 1)[1]).lower() == place), None)
    if longest is None and mention.as_title:
        # "Kepala Kantor Cabang BPJS Ketenagakerjaan Pekanbaru Panam Rizal Effendi" in an article
        # of "Cabang Panam": every word of the known office's place is in the title
        words = set(mention.office.split()[1:])
        longest = max((k for k in known if k.split()[0] == mention.office.split()[0] and " " in k
                       and set(k.split()[1:]) <= words), key=len, default=None)
    return replace(mention, office=longest) if longest else mention


def _head_of_branch_in_force(mention, office_in_force: str) -> bool:
    """"kata Kepala Cabang Ramadan Sayo" in an article on BP Jamsostek cabang Balikpapan: a branch head's title with
    another branch's name after it names the head, in the branch already in force."""
    return mention.as_title and office_in_force.startswith("Cabang ") and mention.office.startswith("Cabang ") \
        and mention.office != office_in_force


_SINGLED_OUT_RE = re.compile(r"\b[Dd]i\s+[A-Z][\w ]{2,30}?\s+saja\b|\b[Kk]hususnya?\s+(?:di\s+|untuk\s+)?[A-Z]")
_COLUMN_GAP_RE = re.compile(r"\S {3,}(?=\S)")


def _is_column_line(text: str) -> bool:
    return "   " in text and len(_COLUMN_GAP_RE.findall(text)) >= 2


# A sentence that announces the figures to follow ("menyampaikan data sepanjang Januari hingga
# September 2022 berikut"): its period is theirs, even one that ends after publication.
def build_contexts(sentences: list[Sentence], numbers: list[NumberMention], article_office: str,
                   default_year: int | None, published: date | None = None,
                   errors: list[str] | None = None) -> list[SentenceContext]:
    """Each sentence's context; a period or office reader that raises on a sentence costs that
    sentence's periods or offices, and is counted in `errors` ("context.find_periods")."""
    errors = [] if errors is None else errors
    contexts: list[SentenceContext] = []
    period_in_force: tuple[date | None, date | None] | None = None
    office_in_force = article_office
    province_in_force: str | None = None
    known_offices = {article_office}
    folded = "\n".join(s.text for s in sentences).casefold()  # (each sentence's casefold is part of it)
    period_words, change_stems = words_in_folded(folded), change_stems_in(folded)
    index = 0
    for sentence in sentences:
        own_numbers = []
        while index < len(numbers) and numbers[index].start < sentence.start:
            index += 1
        j = index
        while j < len(numbers) and numbers[j].start < sentence.end:
            own_numbers.append(numbers[j])
            j += 1
        year = (period_in_force[1].year if period_in_force and period_in_force[1] else default_year)
        periods = _guarded(errors, find_periods, sentence.text, sentence.start, year, published, period_words)
        change = _change_cue(sentence.text) if may_state_change(sentence.text, change_stems) else None
        if change is None and "menjadi" in sentence.text:
            change = _FROM_TO_RE.search(sentence.text)  # "dari 1.396 kasus pada April menjadi 2.030 kasus di bulan Mei"
        change_at = change.start() + sentence.start if change else None
        lead = comparison_lead(sentence, change_at)
        outside = _outside_asides(periods, sentence)
        figure_before_change = change_at is not None and any(
            n.kind in ("count", "money") and n.value is not None and n.end <= change_at for n in own_numbers)
        from_before = figure_before_change \
            and _TO_SIDE_AFTER_RE.match(sentence.text, change_at - sentence.start) is not None
        change_of_figures = None if dates_its_change(outside, change_at, own_numbers) else change_at
        own = own_period(outside, change_of_figures, lead, (sentence.start, sentence.text), from_before)
        sentence_period = own or period_in_force
        if own:
            # A compared period ("dibanding ... pada 2013") dates that figure only: the next
            # sentences keep the period in force before it.
            # ("Di tahun 2022 total klaim ... 22.766 kasus ..., jumlah tersebut meningkat di tahun 2023": the
            # sentences after it speak of 2023, the new side)
            carried = own_period(_not_compared(outside, sentence), change_of_figures, lead, (sentence.start, sentence.text),
                                  figure_before_change)
            # A period ending after publication, in a sentence that reports no count or amount,
            # is a scheme's validity ("relaksasi iuran 99 persen mulai Agustus 2020 hingga
            # Januari 2021") or a plan, not the reporting period of the figures that follow.
            if carried and goes_into_force(carried, period_in_force, published, own_numbers, outside, change_at,
                                           sentence.text):
                period_in_force = carried
        # A line of columns set apart by wide gaps is a table's header or row: its words
        # are labels, and a row's office is its own (pantau.extract.tables).
        text = sentence.text
        offices = [] if "   " in text and _is_column_line(text) else _guarded(errors, find_offices, text, sentence.start)
        if offices:
            offices = [_known_office(o, known_offices, sentence) for o in offices]
            known_offices.update(o.office for o in offices)
        institutional = [o for o in offices if o.office != "Nasional" and not o.as_title and not o.local
                         and not o.reference]
        if institutional:
            office_in_force = institutional[0].office
            province_in_force = None
        sentence_office = province_in_force or office_in_force
        if offices and not institutional and not _head_of_branch_in_force(offices[0], office_in_force):
            sentence_office = offices[0].office
        elif any(o.local for o in offices):
            sentence_office = next(o.office for o in offices if o.local)
        if any(n.kind not in ("year", "percent") for n in own_numbers):
            province = province_in(sentence.text, office_in_force)
            if province:
                sentence_office = province
                # "Di Jawa Barat saja, ...", "Khusus di Jawa Barat, ...": one province singled
                # out of the area's figures; the sentences after it are the area's again.
                if not _SINGLED_OUT_RE.search(sentence.text):
                    province_in_force = province
        contexts.append(SentenceContext(sentence, own_numbers, periods, offices, sentence_period, sentence_office,
                                        change_at, lead, published=published))
    return contexts


ANAPHORA_RE = re.compile(r"\b(?:tersebut|itu|ini|nilainya|jumlahnya|nominalnya|angkanya)\b", re.I)


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_COMPARED_PERIOD_RE = guarded(_COMPARED_PERIOD_RE)
ANAPHORA_RE = guarded(ANAPHORA_RE)
_HOPED_FOR_RE = guarded(_HOPED_FOR_RE)
