"""Formatting of dates, times, enum labels and search snippets for display."""

from __future__ import annotations

import datetime as dt
import html
from enum import StrEnum

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication

from caseapp.domain.labels import LABELS, label

# Danish names, marked for lupdate; translate them with tr() when shown.
WEEKDAYS: tuple[str, ...] = tuple(map(str, (
    QT_TR_NOOP("mandag"), QT_TR_NOOP("tirsdag"), QT_TR_NOOP("onsdag"), QT_TR_NOOP("torsdag"),
    QT_TR_NOOP("fredag"), QT_TR_NOOP("lørdag"), QT_TR_NOOP("søndag"),
)))
MONTHS: tuple[str, ...] = tuple(map(str, (
    QT_TR_NOOP("januar"), QT_TR_NOOP("februar"), QT_TR_NOOP("marts"), QT_TR_NOOP("april"),
    QT_TR_NOOP("maj"), QT_TR_NOOP("juni"), QT_TR_NOOP("juli"), QT_TR_NOOP("august"),
    QT_TR_NOOP("september"), QT_TR_NOOP("oktober"), QT_TR_NOOP("november"),
    QT_TR_NOOP("december"),
)))


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a string that is not shown by a QObject; with `n`, a `%n` count in its plural
    form, as `self.tr(text, "", n)` does.

    The context is "", the one pyside6-lupdate gives a bare tr() call (and `_tr`, which
    resources/translations/README.md tells it to treat as tr).
    """
    return QCoreApplication.translate("", text, disambiguation or None, n)


_language: list[str] = ["da"]  # the one language the desktop shows; set by ui/shell/language.py


def set_display_language(code: str) -> None:
    """Make enum_label give the labels of `code` ("da" or "en")."""
    _language[0] = code


def display_language() -> str:
    return _language[0]


def enum_label(value: StrEnum) -> str:
    """The label of a stored vocabulary value in the desktop's language (the core's table)."""
    return label(value, _language[0])


def relabel(vocabulary: type[StrEnum], danish: str) -> str:
    """A Danish label from the core's report data (made for the Danish PDFs) in the desktop's
    language; a text that is no label of `vocabulary` comes back as it is."""
    for value, text in LABELS[vocabulary].items():
        if text == danish:
            return label(vocabulary(value), _language[0])
    return danish


_DANISH_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def danish_key(text: str) -> str:
    """A sort key that puts æ, ø, å after z, in that order, as Danish dictionaries do."""
    return text.casefold().translate(_DANISH_ORDER)


def fmt_date(day: dt.date | None) -> str:
    """dd.mm.yyyy, or an empty string."""
    return day.strftime("%d.%m.%Y") if day else ""


def fmt_time(moment: dt.datetime | None) -> str:
    return moment.strftime("%H.%M") if moment else ""


def fmt_datetime(moment: dt.datetime | None) -> str:
    return f"{fmt_date(moment)} {fmt_time(moment)}" if moment else ""


def fmt_span(start: dt.datetime, end: dt.datetime) -> str:
    """09.00–10.30"""
    return f"{fmt_time(start)}–{fmt_time(end)}"


def ordinal_dot() -> str:
    """Danish writes a day of the month with a dot ("7. december"), English without ("7 December")."""
    return "" if display_language() == "en" else "."


def long_date(day: dt.date) -> str:
    """'mandag 24. november 2025'; in English 'Monday 24 November 2025'."""
    weekday = tr(WEEKDAYS[day.weekday()])
    return f"{weekday} {day.day}{ordinal_dot()} {tr(MONTHS[day.month - 1])} {day.year}"


def iso_week(day: dt.date) -> int:
    return day.isocalendar().week


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def snippet_html(snippet: str) -> str:
    """A search snippet with its [marked] words as highlighted HTML; everything else escaped."""
    parts: list[str] = []
    for i, chunk in enumerate(snippet.replace("]", "[").split("[")):
        escaped = html.escape(chunk)
        parts.append(f'<span style="background:#ffe38a;">{escaped}</span>' if i % 2 else escaped)
    return "".join(parts)


def snippet_plain(snippet: str) -> str:
    return snippet.replace("[", "").replace("]", "")
