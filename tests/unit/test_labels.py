"""Danish labels for stored vocabularies."""

from caseapp.domain import enums
from caseapp.domain.labels import LABELS, label


def test_labels_are_per_vocabulary() -> None:
    """GoalSource.CITIZEN and ActionOwner.CITIZEN share the stored value "citizen"."""
    assert label(enums.GoalSource.CITIZEN) == "Borgerens egne ord"
    assert label(enums.ActionOwner.CITIZEN) == "Borgeren"
    assert label(enums.GoalSource.PROVIDER) == "Tilbuddet"
    for vocabulary in LABELS:
        assert set(LABELS[vocabulary]) == {member.value for member in vocabulary}
