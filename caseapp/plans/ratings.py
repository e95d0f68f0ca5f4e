"""Progress ratings (progressionsvurderinger) of a goal, over a database handle.

A rating is checked against its scale's range and stored in one `change` with its audit entry.
A rating given by mistake can be removed, and the removal undone (the plan tab's Ctrl+Z): the
removed rating is returned whole, and `restore_rating` stores it again (under a new id).
"""

from __future__ import annotations

import dataclasses

import sqlite_utils

from caseapp.domain.enums import RATING_RANGES
from caseapp.domain.models import Rating
from caseapp.domain.validation import optional_text, require_range
from caseapp.storage import goals as goal_store
from caseapp.storage.changes import change


def add_rating(db: sqlite_utils.Database, rating: Rating) -> int:
    goal_store.get(db, rating.goal_id)
    low, high = RATING_RANGES[rating.scale]
    require_range(rating.value, low, high, "Vurderingen")
    clean = dataclasses.replace(rating, comment=optional_text(rating.comment, "Kommentaren"))
    with change(db, "create", "rating") as touched:
        touched.append(goal_store.insert_rating(db, clean))
    return touched[0]


def remove_rating(db: sqlite_utils.Database, rating_id: int) -> Rating:
    """Delete one rating; returns it as it was, for `restore_rating` to bring back."""
    with change(db, "delete", "rating") as touched:
        rating = goal_store.get_rating(db, rating_id)
        goal_store.delete_rating(db, rating_id)
        touched.append(rating_id)
    return rating


def restore_rating(db: sqlite_utils.Database, rating: Rating) -> int:
    """Store a removed rating again, with everything it said; returns its new id."""
    goal_store.get(db, rating.goal_id)  # NotFound when its goal is gone meanwhile
    with change(db, "restore", "rating") as touched:
        touched.append(goal_store.insert_rating(db, dataclasses.replace(rating, id=None)))
    return touched[0]
