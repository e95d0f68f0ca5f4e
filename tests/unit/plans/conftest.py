"""The plan the plans unit tests share: Søren's goal tree with actions."""

from __future__ import annotations

import pytest

from caseapp.service import CaseService
from tests.unit.helpers import sorens_plan


@pytest.fixture
def plan(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    return sorens_plan(service, citizen_id, sub_goal_id)
