"""Progress ratings (progressionsvurderinger) of a goal, over a database handle.

A rating is checked against its scale's range and stored in one `change` with its audit entry.
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
