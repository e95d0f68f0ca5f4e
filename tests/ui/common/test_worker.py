"""QueryOp: work on a pool thread with its own connection, results on the main thread."""

from __future__ import annotations

import threading

from caseapp.errors import InvalidInput
from caseapp.service import CaseService
from ui.common.messages import error_text
from ui.common.worker import QueryOp, busy, wait_for_all


def test_result_arrives_on_the_main_thread(qtbot, service: CaseService, ids) -> None:
    seen: dict[str, object] = {}

    def op(clone: CaseService) -> int:
        seen["worker"] = threading.current_thread()
        seen["connection"] = clone.db.conn is not service.db.conn
        return clone.citizen_count()

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


def test_unexpected_errors_are_one_sentence_without_details() -> None:
    text = error_text(KeyError("Åse Nørgaard"))
    assert "KeyError" in text and "Åse" not in text
