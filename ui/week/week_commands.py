"""The undo stack's entry for a calendar change (create, move, resize, edit, delete, cancel).

The change is carried out before it is pushed, so a change the core refuses never reaches the
stack; `redo` skips its first call. Errors on a later undo or redo are reported, not raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from caseapp.errors import CaseappError
from caseapp.service import CaseService
from ui.week.calendar_ops import Step, apply_steps, undo_steps
from ui.week.week_items import ItemKey

log = logging.getLogger(__name__)


class CalendarCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        service: CaseService,
        done: tuple[Step, ...],
        select: ItemKey | None,
        after: Callable[[ItemKey | None], None],
        report: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._service = service
        self._steps = done
        self._select = select
        self._after = after
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self._steps = apply_steps(self._service, self._steps)
        except CaseappError as exc:
            self._report(exc)
        self._after(self._select)

    def undo(self) -> None:
        try:
            undo_steps(self._service, self._steps)
        except CaseappError as exc:
            self._report(exc)
        self._after(None)
