"""Danish and English labels for stored vocabularies."""

from caseapp.domain import enums
from caseapp.domain.labels import ENGLISH, LABELS, label


def test_labels_are_per_vocabulary() -> None:
    """GoalSource.CITIZEN and ActionOwner.CITIZEN share the stored value "citizen"."""
    assert label(enums.GoalSource.CITIZEN) == "Borgerens egne ord"
    assert label(enums.ActionOwner.CITIZEN) == "Borgeren"
    assert label(enums.GoalSource.PROVIDER) == "Tilbuddet"
    for vocabulary in LABELS:
        assert set(LABELS[vocabulary]) == {member.value for member in vocabulary}


def test_every_vocabulary_has_an_english_label_for_every_value() -> None:
    assert set(ENGLISH) == set(LABELS)
    for vocabulary in ENGLISH:
        assert set(ENGLISH[vocabulary]) == {member.value for member in vocabulary}
        for member in vocabulary:
            assert label(member, "en") != label(member) or member.value in {"observation",
                                                                             "supervision", "mentor",
                                                                             "email"}


def test_english_is_asked_for_and_danish_is_the_default() -> None:
    assert label(enums.CitizenStatus.ACTIVE) == "Aktiv"
    assert label(enums.CitizenStatus.ACTIVE, "en") == "Active"
    assert label(enums.AppointmentKind.CONVERSATION, "en") == "Conversation"
    assert label(enums.Role.CASEWORKER, "en") == "Caseworker"
    assert label(enums.GoalSource.CITIZEN, "en") == "The citizen's own words"
    assert label(enums.ActionOwner.CITIZEN, "en") == "The citizen"
    assert label(enums.Place.OTHER, "fr") == "Andet"
