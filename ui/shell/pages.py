"""The stack of the sidebar's pages, each made the first time it is shown or asked for.

A start shows I dag only; building Uge, Sagsstamme, Frister and the citizen page with its tabs
up front cost more than half of the time from the key to the first painted window. Every index
holds an empty stand-in until its page is made, so the sidebar's indexes stay the stack's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages(QStackedWidget):
    def __init__(self, makers: Mapping[int, Callable[[], QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._makers = dict(makers)
        self._made: dict[int, QWidget] = {}
        # what a page is made inside (the window's idle watcher steps aside meanwhile)
        self.making: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext
        for _index in range(len(self._makers)):
            self.addWidget(QWidget())

    def page(self, index: int) -> QWidget:
        """The page at `index`, made now if it was not yet."""
        made = self._made.get(index)
        if made is None:
            with self.making():
                made = self._makers[index]()
                self._made[index] = made
                self._put(index, made)
        return made

    def made(self, index: int) -> QWidget | None:
        """The page at `index` if it has been made (asking never makes it)."""
        return self._made.get(index)

    def shows(self, index: int) -> bool:
        """True when the page at `index` is made and on top."""
        made = self._made.get(index)
        return made is not None and self.currentWidget() is made

    def show_index(self, index: int) -> None:
        self.page(index)
        self.setCurrentIndex(index)

    def _put(self, index: int, page: QWidget) -> None:
        current = self.currentIndex()
        stand_in = self.widget(index)
        self.removeWidget(stand_in)
        self.insertWidget(index, page)
        stand_in.deleteLater()
        self.setCurrentIndex(current)  # removing a stand-in on top lets Qt pick another
