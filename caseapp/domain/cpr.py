"""Danish CPR numbers: validation, normalisation and masking.

Since 2007 CPR numbers are not required to pass the modulus-11 check, so a number is valid when it
has ten digits, the first six form a real date and the seventh digit gives a century in which that
date exists.
"""

from __future__ import annotations

import datetime as dt
import re

from caseapp.errors import InvalidInput

_SEPARATORS = re.compile(r"[\s-]")


def _century(year_2: int, digit_7: int) -> int:
    """The century of a birth year, from the seventh digit (CPR-kontoret's table)."""
    if digit_7 <= 3:
        return 1900
    if digit_7 in (4, 9):
        return 2000 if year_2 <= 36 else 1900
    return 2000 if year_2 <= 57 else 1800


def birth_date(cpr: str) -> dt.date:
    """The birth date encoded in a normalised CPR number."""
    day, month, year_2 = int(cpr[0:2]), int(cpr[2:4]), int(cpr[4:6])
    return dt.date(_century(year_2, int(cpr[6])) + year_2, month, day)


def normalise_cpr(text: str) -> str:
    """Return the ten digits of a CPR number, or raise InvalidInput with the reason.

    The message never repeats the number itself, so it is safe to show and to log.
    """
    digits = _SEPARATORS.sub("", text or "")
    if not digits:
        raise InvalidInput("CPR-nummeret er tomt.")
    if not digits.isascii() or not digits.isdigit():
        raise InvalidInput("CPR-nummeret må kun indeholde cifre (og evt. en bindestreg).")
    if len(digits) != 10:
        raise InvalidInput(f"CPR-nummeret skal have 10 cifre, ikke {len(digits)}.")
    try:
        birth_date(digits)
    except ValueError:
        raise InvalidInput("CPR-nummerets første seks cifre er ikke en gyldig dato.") from None
    return digits


def is_valid_cpr(text: str) -> bool:
    try:
        normalise_cpr(text)
    except InvalidInput:
        return False
    return True


def mask_cpr(cpr: str | None) -> str:
    """DDMMYY-xxxx, as shown in lists and PDFs. An empty or missing CPR shows as an empty string."""
    if not cpr:
        return ""
    return f"{cpr[:6]}-xxxx"


def format_cpr(cpr: str | None) -> str:
    """DDMMYY-NNNN, shown only when the user asks for the full number."""
    if not cpr:
        return ""
    return f"{cpr[:6]}-{cpr[6:]}"
