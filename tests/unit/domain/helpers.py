"""What the domain unit tests share: a goal-like text of a given length."""

from __future__ import annotations


def words(n: int) -> str:
    """A goal-like text of exactly n words."""
    base = "Søren deltager i fællesspisningen og hjælper med at dække bord".split()
    return " ".join((base * (n // len(base) + 1))[:n])
