"""The merge rule on its own: who wins a field and when the loser is kept as a conflict."""

from caseapp.sync.merge import decide, newest_known

ME, ANNE, BO = "c" * 32, "a" * 32, "b" * 32


def test_a_newer_edit_from_the_team_wins_and_an_untouched_field_raises_no_conflict() -> None:
    d = decide((20, ANNE), (10, BO), None, ME, differs=True, quiet=False)
    assert d.take and not d.drop_pending and not d.conflict_incoming_won


def test_a_newer_edit_over_an_unpushed_local_one_keeps_the_local_value_as_a_conflict() -> None:
    d = decide((30, ANNE), (10, BO), 20, ME, differs=True, quiet=False)
    assert d.take and d.drop_pending and d.conflict_incoming_won


def test_an_older_edit_from_another_device_loses_and_is_kept_as_a_conflict() -> None:
    d = decide((10, ANNE), (20, BO), None, ME, differs=True, quiet=False)
    assert not d.take and d.conflict_local_won


def test_an_older_version_from_the_same_device_is_history_not_a_conflict() -> None:
    d = decide((10, ANNE), (20, ANNE), None, ME, differs=True, quiet=False)
    assert d == decide((10, ANNE), (20, ANNE), None, ME, differs=False, quiet=False)
    assert not d.take and not d.conflict_local_won


def test_the_same_edit_twice_does_nothing() -> None:
    d = decide((10, ANNE), (10, ANNE), None, ME, differs=False, quiet=False)
    assert not (d.take or d.drop_pending or d.conflict_local_won or d.conflict_incoming_won)


def test_bookkeeping_fields_never_raise_a_conflict() -> None:
    assert not decide((10, ANNE), (20, BO), None, ME, differs=True, quiet=True).conflict_local_won
    assert not decide((30, ANNE), (10, BO), 20, ME, differs=True, quiet=True).conflict_incoming_won


def test_ties_in_time_are_broken_by_the_device_so_every_machine_agrees() -> None:
    assert decide((10, BO), (10, ANNE), None, ME, differs=True, quiet=False).take
    assert not decide((10, ANNE), (10, BO), None, ME, differs=True, quiet=False).take


def test_an_unpushed_local_edit_counts_as_the_newest_known_value() -> None:
    assert newest_known((10, BO), 20, ME) == (20, ME)
    assert newest_known((30, BO), 20, ME) == (30, BO)
    assert newest_known((30, BO), None, ME) == (30, BO)
