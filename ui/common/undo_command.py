"""The one kind of undo stack entry, for the plan and the week alike: a change made through the
services, and its inverse made through them too.

The change is made before the entry is pushed (by `perform`, or by the feature itself, as the
week does when it stores a planned week on the worker), so a change the core refuses never
reaches the stack. `QUndoStack.push` calls `redo` at once; that first call is skipped here, once
for every feature. Every later undo or redo runs `backward` or `forward` and hands what it
raised (of the kinds in `caught`), or None, to `finished`, which reports it and shows the result.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from caseapp.errors import CaseappError


class ServiceCommand(QUndoCommand):
    caught: tuple[type[BaseException], ...] = (CaseappError,)

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip_redo = True  # the change is already made when the stack first asks for it

    def perform(self) -> None:
        """The first run, before the command is pushed (raises what the core raises)."""
        self.forward()

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.forward, undone=False)

    def undo(self) -> None:
        self._run(self.backward, undone=True)

    def _run(self, step: Callable[[], None], *, undone: bool) -> None:
        try:
            step()
        except self.caught as exc:
            self.finished(exc, undone=undone)
        else:
            self.finished(None, undone=undone)

    def forward(self) -> None:
        """Make the change (again), through the services."""
        raise NotImplementedError

    def backward(self) -> None:
        """Take the change back, through the services."""
        raise NotImplementedError

    def finished(self, error: BaseException | None, *, undone: bool) -> None:
        """After an undo (`undone`) or a later redo: report `error` if any, show the result."""
        raise NotImplementedError
