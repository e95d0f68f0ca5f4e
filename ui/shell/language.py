"""The user's language: Danish (the source language of every string) or English.

English comes from resources/translations/caseapp_en.qm, Danish plural forms ("%n dag(e)")
from caseapp_da.qm (see the README there). The profile's language is used once the database is
open, before the main window is built, so a change in Indstillinger takes effect at the next
start. The first-run wizard and the passphrase dialog come before the profile can be read: they
use the language last remembered in QSettings (a language code, never personal data), which
the wizard's own choice and every start with a profile update. CASEAPP_LANGUAGE=da|en
overrides both (screenshots, demos).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from caseapp.errors import CaseappError
from caseapp.resources import resource_path
from ui.common.formatting import set_display_language

log = logging.getLogger(__name__)

LANGUAGE_ENV = "CASEAPP_LANGUAGE"
LANGUAGES = ("da", "en")
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language
REMEMBERED_KEY = "language"

_installed: list[QTranslator] = []  # what use_language installed for English
_danish: list[QTranslator] = []  # Qt's own Danish translators, set aside while English is used
_plurals: list[QTranslator] = []  # caseapp_da.qm while Danish is used


def remembered_language() -> str:
    """The language the last start used, for the dialogs that come before the profile."""
    value = QSettings().value(REMEMBERED_KEY, "da")
    return value if isinstance(value, str) and value in LANGUAGES else "da"


def remember_language(code: str) -> None:
    if code in LANGUAGES:
        QSettings().setValue(REMEMBERED_KEY, code)


def chosen_language(profile_language: str) -> str:
    """The language to use: CASEAPP_LANGUAGE, else the profile's; Danish when unknown."""
    code = os.environ.get(LANGUAGE_ENV, "").strip().lower() or profile_language
    return code if code in LANGUAGES else "da"


def load_english(parent: QCoreApplication | None = None) -> QTranslator:
    """A translator with caseapp_en.qm loaded; CaseappError when it is missing or broken."""
    return _load("caseapp_en.qm", parent)


def _load(name: str, parent: QCoreApplication | None) -> QTranslator:
    translator = QTranslator(parent)
    path = resource_path("translations", name)
    if not translator.load(str(path)):
        raise CaseappError(f"Oversættelsen {path} kunne ikke indlæses.")
    return translator


def install_danish_plurals(app: QCoreApplication) -> None:
    """caseapp_da.qm: the Danish singular and plural of every "%n" string; installed once."""
    if _plurals:
        return
    try:
        translator = _load("caseapp_da.qm", None)  # no parent: Qt's Danish are app's children
    except CaseappError as exc:
        log.error("%s", exc)
        return
    app.installTranslator(translator)
    _plurals.append(translator)


def _remove_danish_plurals(app: QCoreApplication) -> None:
    for translator in _plurals:
        app.removeTranslator(translator)
    _plurals.clear()


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
        install_danish_plurals(app)
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        set_display_language("da")
        return "da"
    try:
        english = load_english(app)
    except CaseappError as exc:
        log.error("%s", exc)
        return use_language(app, "da")
    _remove_danish_plurals(app)
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
    set_display_language("en")
    return "en"
