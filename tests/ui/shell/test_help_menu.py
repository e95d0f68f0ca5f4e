"""Hjælp -> Om caseapp: the version the program reports, one line about the app; F1 opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

import caseapp
from ui.shell.main_window import MainWindow


def test_about_text_names_the_version(window: MainWindow) -> None:
    text = window.about_text()
    assert caseapp.__version__ in text
    assert "sagsstamme" in text


def test_f1_opens_the_about_box(qtbot, window: MainWindow) -> None:
    shown: list[tuple[str, str]] = []
    window.about_box = lambda _parent, title, text: shown.append((title, text))
    assert window.about_action.menuRole() == QAction.MenuRole.AboutRole
    help_menu = window.menuBar().actions()[-1]
    assert help_menu.text() == "&Hjælp"
    assert window.about_action in help_menu.menu().actions()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown == [("Om caseapp", window.about_text())]
