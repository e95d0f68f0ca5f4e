import datetime as dt

import pytest

from caseapp.domain.cpr import birth_date, format_cpr, mask_cpr, normalise_cpr
from caseapp.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "expected"),
    [("010190-1234", "0101901234"), ("0101901234", "0101901234"), (" 241224 4321 ", "2412244321")],
)
def test_valid_cpr_is_normalised(text: str, expected: str) -> None:
    assert normalise_cpr(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("320190-1234", "gyldig dato"),  # day 32
        ("011390-1234", "gyldig dato"),  # month 13
        ("290201-4123", "gyldig dato"),  # 29 Feb 2001 does not exist
        ("010190-123", "10 cifre"),
        ("010190-12345", "10 cifre"),
        ("01019A-1234", "kun indeholde cifre"),
        ("", "tomt"),
        ("٠١٠١٩٠١٢٣٤", "kun indeholde cifre"),  # Arabic-Indic digits are not CPR digits
    ],
)
def test_invalid_cpr_gets_a_reason_without_the_number(text: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_cpr(text)
    assert reason in caught.value.message
    assert text.strip() == "" or text not in caught.value.message


def test_century_follows_the_seventh_digit() -> None:
    assert birth_date("0101904123") == dt.date(1990, 1, 1)
    assert birth_date("0101104123") == dt.date(2010, 1, 1)
    assert birth_date("0101600123") == dt.date(1960, 1, 1)
    assert birth_date("0101585123") == dt.date(1858, 1, 1)


def test_masking_hides_the_last_four_digits() -> None:
    assert mask_cpr("0101901234") == "010190-xxxx"
    assert format_cpr("0101901234") == "010190-1234"
    assert mask_cpr(None) == ""

