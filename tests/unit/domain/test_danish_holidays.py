"""Danish public holidays: the app's own table, held to the `holidays` package's."""

from __future__ import annotations

import datetime as dt

import holidays

from caseapp.domain.danish_holidays import is_public_holiday, public_holidays


def test_two_centuries_of_danish_public_holidays_match_the_holidays_package() -> None:
    for year in range(1900, 2101):
        expected = dict(holidays.Denmark(years=year, language="da").items())
        assert dict(public_holidays(year)) == expected, year


def test_store_bededag_is_a_holiday_until_2023_and_a_working_day_after() -> None:
    assert public_holidays(2023)[dt.date(2023, 5, 5)] == "Store bededag"
    assert not is_public_holiday(dt.date(2024, 4, 26))
    assert is_public_holiday(dt.date(2027, 3, 26))  # Langfredag
    assert not is_public_holiday(dt.date(2027, 6, 5))  # Grundlovsdag is customary, not public
