"""QueryOp: work on a pool thread with its own connection, results on the main thread."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from caseapp.errors import InvalidInput
from caseapp.service import CaseService
from ui.common.messages import error_text
from ui.common.worker import QueryOp, busy, wait_for_all


def test_result_arrives_on_the_main_thread(qtbot, service: CaseService, ids) -> None:
    seen: dict[str, object] = {}

    def op(clone: CaseService) -> int:
        seen["worker"] = threading.current_thread()
        seen["connection"] = clone._db.conn is not service._db.conn
        return clone.citizens.citizen_count()

    def success(count: int) -> None:
        seen["count"] = count
        seen["main"] = threading.current_thread()

    QueryOp(None, service, op, success).run_in_background()
    assert busy()
    assert wait_for_all(10_000)
    assert seen["count"] == 4
    assert seen["connection"] is True
    assert seen["main"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_failure_and_progress(qtbot, service: CaseService) -> None:
    failures: list[BaseException] = []

    def op(clone: CaseService) -> None:
        raise InvalidInput("Navnet må ikke være tomt.")

    QueryOp(None, service, op, lambda _: None).failure(failures.append).run_in_background()
    wait_for_all(10_000)
    assert error_text(failures[0]) == "Navnet må ikke være tomt."

    reports: list[int] = []
    op_with_progress = QueryOp(
        None, service, lambda clone, report: [report(i, 3) for i in range(4)], reports.append
    ).with_progress("Arbejder …")
    op_with_progress.run_in_background()
    wait_for_all(10_000)
    assert len(reports) == 1


def test_a_deleted_parent_gets_no_result(qtbot, service: CaseService, ids) -> None:
    """A window closed and deleted while its query runs: the result is dropped, nothing raises."""
    parent = QWidget()
    started = threading.Event()
    release = threading.Event()
    delivered: list[object] = []

    def op(clone: CaseService) -> int:
        started.set()
        release.wait(10)
        return clone.citizens.citizen_count()

    QueryOp(parent, service, op, delivered.append).failure(delivered.append).run_in_background()
    assert started.wait(10)
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(parent)
    release.set()
    assert wait_for_all(10_000)
    assert delivered == []
    assert not busy()

    kept = QWidget()
    qtbot.addWidget(kept)
    QueryOp(kept, service, lambda clone: clone.citizens.citizen_count(), delivered.append).run_in_background()
    assert wait_for_all(10_000)
    assert delivered == [4]


def test_unexpected_errors_are_one_sentence_without_details() -> None:
    text = error_text(KeyError("Åse Nørgaard"))
    assert "KeyError" in text and "Åse" not in text
