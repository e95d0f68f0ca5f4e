"""The undo stack's entry for a calendar change (create, move, resize, edit, delete, cancel).

The change is carried out before it is pushed, so a change the core refuses never reaches the
stack; `ServiceCommand` (ui/common/undo_command.py, shared with the plan) skips the stack's first
redo. Errors on a later undo or redo are reported, not raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from caseapp.service import CaseService
from ui.common.undo_command import ServiceCommand
from ui.week.calendar_ops import Step, apply_steps, undo_steps
from ui.week.week_items import ItemKey

log = logging.getLogger(__name__)


class CalendarCommand(ServiceCommand):
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

    def forward(self) -> None:
        self._steps = apply_steps(self._service, self._steps)

    def backward(self) -> None:
        undo_steps(self._service, self._steps)

    def finished(self, error: BaseException | None, *, undone: bool) -> None:
        if error is not None:
            self._report(error)
        self._after(None if undone else self._select)
