"""What the plans unit tests share."""

from __future__ import annotations

from caseapp.service import CaseService


def _audit(service: CaseService, action: str) -> list[tuple[str, int]]:
    return [(e.entity, e.entity_id) for e in service.audit_trail(200) if e.action == action]
