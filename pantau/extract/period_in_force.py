"""Which sentence's period stays in force for the sentences after it: the tests build_contexts
(pantau.extract.context) asks of each sentence's own period before carrying it on."""
from __future__ import annotations

import re
from datetime import date

from pantau.extract.fastre import guarded
from pantau.extract.periods import RUNNING_YEAR_MIN_DAYS, Period, sharpens
from pantau.model import NumberMention


_RUNNING_KINDS = ("this_year", "until_now", "mid_year")


def dates_its_change(periods: list[Period], change_at: int | None, numbers: list[NumberMention]) -> bool:
    """"Terjadi lonjakan pembayaran klaim ... sepanjang 2020", with no figure: a change told alone has no compared
    side, so a closed period after it is the period of the figures that follow (not "... PHK yang terjadi sejak
    awal tahun": a period running to publication there dates the cause)."""
    return change_at is not None and not _reports_figure(numbers) and any(
        p.span[0] > change_at and not p.relative and p.kind not in _RUNNING_KINDS for p in periods)


def _reports_figure(numbers: list[NumberMention]) -> bool:
    return any(n.kind in ("count", "money") and n.value is not None for n in numbers)


_ANNOUNCES_FIGURES_RE = guarded(re.compile(r"\b(?:data|capaian|kinerja)\b", re.I))
# A forecast of a period not over yet ("Dwi memprediksi tahun 2021, klaim JHT akan terus melonjak"): what may come, not
# the period of the figures after it, whatever it counts
_FORECAST_RE = guarded(re.compile(r"\b(?:memprediksi|diprediksi|memperkirakan|diperkirakan|memproyeksikan|diproyeksikan|"
                                  r"menargetkan|ditargetkan)\b", re.I))


def _ends_after(period: tuple[date | None, date | None], published: date | None) -> bool:
    return published is not None and period[1] is not None and period[1] > published


# (but "Sepanjang tahun 2019, ... membayarkan klaim JHT" on 15 January 2019 dates what was paid, a slip for 2018 or not)
_PAID_WORD_RE = re.compile(r"\b(?:di|mem|ter)?bayar|\bklaim\b|\b(?:di|me)?nyalur|\b(?:di|men)?cair", re.I)


def _barely_begun(period: tuple[date | None, date | None], published: date | None) -> bool:
    """A period that began within weeks of publication and runs on ("di tahun 2025 ... minimal 355.090" told on
    7 January 2025): what is planned for it, not the period of the figures that follow."""
    return _ends_after(period, published) and period[0] is not None \
        and 0 <= (published - period[0]).days < RUNNING_YEAR_MIN_DAYS


_ANNOUNCES_LIST_RE = re.compile(r"(?::\s*$|\bberikut\b)", re.I)


def _looks_back(carried, period_in_force, own_numbers, text: str) -> bool:
    """A sentence with no figure that names a period ending before the one in force ("Sementara,
    pada triwulan I tahun 2023, iuran telah dibayarkan"): an aside about the past; the next
    sentences keep the period in force, unless it announces a list of that period's figures."""
    return bool(period_in_force and period_in_force[1] and carried[1] and carried[1] < period_in_force[1]
                and not _reports_figure(own_numbers) and not _ANNOUNCES_LIST_RE.search(text)
                # ("Periode pembayaran 1 Januari 2021 hingga 9 Juli 2021" after a period run to publication, 13 July:
                # its exact end, not the past)
                and not sharpens(*period_in_force, *carried))


def _last_years_beside(periods: list[Period], carried, period_in_force) -> bool:
    """"Kalau sampai September tahun lalu itu yang klaim 1,9 juta" after figures to September of this year: a
    period written as last year's, set beside the later one in force, dates its sentence's figures only."""
    return bool(period_in_force and period_in_force[1] and carried[1] and carried[1] < period_in_force[1]
                and any(p.last_year and (p.start, p.end) == carried for p in periods))


def _is_year_series(periods: list[Period]) -> bool:
    """A sentence dating its figures by two or more different years ("klaim 2021 tercatat ...,
    sedangkan pada 2022 ...") with no stated change looks back over a series: the sentences
    after it return to the period already in force, not to the series' first year."""
    return len({p.end.year for p in periods if p.end and not p.relative}) >= 2


def goes_into_force(carried, period_in_force, published: date | None, own_numbers: list[NumberMention],
                    periods: list[Period], change_at: int | None, text: str) -> bool:
    """Whether a sentence's own period becomes the period in force for the sentences after it. Not:
    a period ending after publication in a sentence that reports no count or amount (a scheme's validity,
    "relaksasi iuran 99 persen mulai Agustus 2020 hingga Januari 2021", or a plan); a period barely begun; a
    series of years; a look back from a figure-free sentence; a period written as last year's beside a later one;
    a trend's start."""
    return not (_ends_after(carried, published) and not _reports_figure(own_numbers)
                and not _ANNOUNCES_FIGURES_RE.search(text)) \
        and not (_ends_after(carried, published) and _FORECAST_RE.search(text)) \
        and not (_barely_begun(carried, published) and not _PAID_WORD_RE.search(text)) \
        and not (period_in_force and change_at is None and _is_year_series(periods)) \
        and not _looks_back(carried, period_in_force, own_numbers, text) \
        and not _last_years_beside(periods, carried, period_in_force) \
        and not _trend_since(periods, carried, own_numbers) \
        and not (period_in_force and _AVERAGE_RATE_RE.search(text) and _RATE_UNIT_RE.search(text))


# "sepanjang tahun 2020 ini, jumlah rata-rata pengajuan klaim ... mencapai 2.541 pekerja setiap bulannya": a sentence
# telling a rate dates the window it averages over, not the figures after it
_AVERAGE_RATE_RE = guarded(re.compile(r"\brata-?\s?rata\b", re.I))
_RATE_UNIT_RE = re.compile(r"\b(?:(?:setiap|tiap|per)\s+(?:bulan|hari|minggu|pekan)(?:nya)?|sebulan|sehari)\b", re.I)


def _trend_since(periods: list[Period], carried, own_numbers: list[NumberMention]) -> bool:
    """"Pencairan JHT naik sejak Maret karena ...": a figure-free sentence's "since" dates when a trend began,
    not the period of the figures after it."""
    return not _reports_figure(own_numbers) and any(p.kind == "since" and (p.start, p.end) == tuple(carried)
                                                    for p in periods)
