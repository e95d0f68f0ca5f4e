"""The core's counts agree with their number: "1 borger", "0 borgere", "2 borgere"."""

from caseapp.domain.plural import count_of, noun_for


def test_the_singular_is_for_exactly_one() -> None:
    assert [count_of(n, "borger", "borgere") for n in (0, 1, 2)] == [
        "0 borgere", "1 borger", "2 borgere"]
    assert [noun_for(n, "day", "days") for n in (0, 1, 2)] == ["days", "day", "days"]
