"""The Status tab's slow work (the pre-fill, saving, building the PDF) on the worker, one job at
a time: while it runs the tab is busy and its state line says what is done; the result goes to
the tab only if the same citizen is still shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from caseapp.service import CaseService
from ui.common.worker import QueryOp


class StatusWork(QObject):
    def __init__(self, service: CaseService, tab: QWidget, citizen: Callable[[], int | None],
                 state_label: QLabel, update: Callable[[], None],
                 show_error: Callable[[QWidget, BaseException], None]) -> None:
        super().__init__(tab)
        self._service = service
        self._tab = tab
        self._citizen = citizen
        self._state_label = state_label
        self._update = update
        self._show_error = show_error
        self.busy = False

    def run(
        self,
        op: Callable[[CaseService], object],
        success: Callable[[Any], None],
        busy_text: str,
        elsewhere: Callable[[Any], None] | None = None,
    ) -> None:
        """Run `op` on the worker; `success` gets its result on the UI thread, unless another
        citizen was opened meanwhile: then only `elsewhere` (if given) hears of it."""
        citizen_id = self._citizen()
        self.busy = True
        self._state_label.setText(busy_text)
        self._update()

        def done(result: object) -> None:
            self.busy = False
            if citizen_id == self._citizen():
                success(result)
            else:
                self._state_label.clear()
                if elsewhere is not None:
                    elsewhere(result)
            self._update()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._state_label.clear()
            self._update()
            self._show_error(self._tab, exc)

        QueryOp(self._tab, self._service, op, success=done).failure(failed).run_in_background()
