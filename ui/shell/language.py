"""The user's language: Danish (the source language of every string) or English.

English comes from resources/translations/caseapp_en.qm (see the README there). The language
is chosen once, when the database is open and before the main window is built, so a change in
Indstillinger takes effect at the next start. CASEAPP_LANGUAGE=da|en overrides the profile
(screenshots, demos).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caseapp.errors import CaseappError
from caseapp.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGE_ENV = "CASEAPP_LANGUAGE"
LANGUAGES = ("da", "en")

_installed: list[QTranslator] = []  # what use_language installed for English
_danish: list[QTranslator] = []  # Qt's own Danish translators, set aside while English is used


def chosen_language(profile_language: str) -> str:
    """The language to use: CASEAPP_LANGUAGE, else the profile's; Danish when unknown."""
    code = os.environ.get(LANGUAGE_ENV, "").strip().lower() or profile_language
    return code if code in LANGUAGES else "da"


def load_english(parent: QCoreApplication | None = None) -> QTranslator:
    """A translator with caseapp_en.qm loaded; CaseappError when it is missing or broken."""
    translator = QTranslator(parent)
    path = resource_path("translations", "caseapp_en.qm")
    if not translator.load(str(path)):
        raise CaseappError(f"Oversættelsen {path} kunne ikke indlæses.")
    return translator


def use_language(app: QCoreApplication, code: str) -> str:
    """Install the translators for `code` ("da" or "en") in place of the other language's.

    Returns the language actually in use: English falls back to Danish when the translation
    cannot be loaded.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        for translator in _danish:
            app.installTranslator(translator)
        _danish.clear()
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        return "da"
    try:
        english = load_english(app)
    except CaseappError as exc:
        log.error("%s", exc)
        return use_language(app, "da")
    for translator in app.findChildren(QTranslator):
        if translator.language().startswith("da") and translator not in _danish:
            app.removeTranslator(translator)  # Qt's Danish buttons (Annuller, Ja, Nej)
            _danish.append(translator)
    qt_english = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (english, qt_english):
        if translator is english or translator.load(QLocale(QLocale.Language.English),
                                                      "qtbase", "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return "en"
