"""Search hits as a tree: one group per kind (citizens, goals, notes), hits beneath."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.models import SearchHit
from ui.common.formatting import fmt_date, fmt_datetime, snippet_html, snippet_plain
from ui.common.tree_model import ReadOnlyTreeModel, TreeNode

KIND_ORDER = ("citizen", "goal", "note")


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def kind_title(kind: str) -> str:
    return {"citizen": _tr("Borgere"), "goal": _tr("Mål"), "note": _tr("Notater")}.get(kind, kind)


def search_model(parent: Any = None) -> ReadOnlyTreeModel:
    return ReadOnlyTreeModel([_tr("Fund"), _tr("Borger"), _tr("Dato")], parent)


def occurred_text(value: str) -> str:
    """The hit's stored ISO date or date-time, in Danish form."""
    if not value:
        return ""
    try:
        if "T" in value or " " in value:
            return fmt_datetime(dt.datetime.fromisoformat(value))
        return fmt_date(dt.date.fromisoformat(value))
    except ValueError:
        return ""


def result_nodes(hits: Sequence[SearchHit]) -> list[TreeNode]:
    groups: list[TreeNode] = []
    for kind in KIND_ORDER:
        mine = [h for h in hits if h.kind == kind]
        if not mine:
            continue
        group = TreeNode([f"{kind_title(kind)} ({len(mine)})", "", ""], bold=True)
        for hit in mine:
            group.add(
                TreeNode(
                    [snippet_plain(hit.snippet), hit.citizen_name, occurred_text(hit.occurred)],
                    payload=hit,
                    html=snippet_html(hit.snippet),
                )
            )
        groups.append(group)
    return groups
