"""The editable plan tree: long-term goal > effort goals > sub-goals > actions.

A thin `QAbstractItemModel` over `caseapp.plans.tree.build_tree`. It never calls the service: a
drag-and-drop or an inline text edit becomes a request signal (`drop_requested`,
`text_edited`) that the plan editor turns into an undoable change through the façade, after
which the editor hands the model the stored plan again with `set_plan`. When only the contents
changed (an edit, a tick) the model keeps its nodes and emits `dataChanged`, so expansion and
selection stay put; when the shape changed it resets.

Every row is keyed by (kind, id): ("goal", 12) or ("action", 5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from caseapp.domain.enums import GoalLevel, GoalStatus, Phase
from caseapp.domain.models import Action, Goal
from caseapp.plans.tree import GoalNode, build_tree
from ui.common.formatting import enum_label, fmt_date
from ui.common.table_model import HEADER_ROLES, ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, int]

GOAL = "goal"
ACTION = "action"
KEY_ROLE = Qt.ItemDataRole.UserRole + 20
MIME_TYPE = "application/x-caseapp-plan-item"

TEXT, STATUS, DEADLINE, WHO = range(4)
_MUTED = QColor("#7a8594")
_BOLD = QFont()
_BOLD.setBold(True)
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, KEY_ROLE, ROW_ROLE,
})

# Marked for lupdate at module level (context "", as _tr looks them up); shown through _tr().
_HEADERS: tuple[str, ...] = tuple(map(str, (
    QT_TR_NOOP("Mål og indsatser"), QT_TR_NOOP("Status"), QT_TR_NOOP("Frist"),
    QT_TR_NOOP("Ambition / hvem"),
)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


@dataclass(eq=False)
class PlanNode:
    key: Key
    payload: Goal | Action | None
    parent: PlanNode | None = field(default=None, repr=False)
    children: list[PlanNode] = field(default_factory=list)
    row: int = 0

    def add(self, child: PlanNode) -> None:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)


def encode_key(key: Key) -> bytes:
    return f"{key[0]}:{key[1]}".encode("ascii")


def decode_key(data: bytes | bytearray | memoryview) -> Key | None:
    kind, _sep, number = bytes(data).decode("ascii", "replace").partition(":")
    if kind not in (GOAL, ACTION) or not number.isdigit():
        return None
    return kind, int(number)


def _shape(nodes: Sequence[GoalNode]) -> tuple[Any, ...]:
    return tuple(
        (n.id, _shape(n.children), tuple(a.id for a in n.actions)) for n in nodes
    )


class PlanTreeModel(QAbstractItemModel):
    drop_requested = Signal(object, object, int)  # dragged key, target parent key or None, row
    text_edited = Signal(object, str)  # key, new text (inline edit with F2)

    HEADERS = _HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = PlanNode(("root", 0), None)
        self._nodes: dict[Key, PlanNode] = {}
        self._shape: tuple[Any, ...] = ()
        self.goals: list[Goal] = []
        self.actions: list[Action] = []

    # -- loading -----------------------------------------------------------------------------

    def set_plan(self, goals: Sequence[Goal], actions: Sequence[Action]) -> None:
        """Show the stored plan: a data change when only contents changed, else a reset."""
        self.goals, self.actions = list(goals), list(actions)
        roots = build_tree(self.goals, self.actions)
        shape = _shape(roots)
        if shape == self._shape and self._nodes:
            self._refresh_payloads()
            return
        self.beginResetModel()
        self._root = PlanNode(("root", 0), None)
        self._nodes = {}
        for node in roots:
            self._add_goal(self._root, node)
        self._shape = shape
        self.endResetModel()

    def _add_goal(self, parent: PlanNode, item: GoalNode) -> None:
        node = PlanNode((GOAL, item.id), item.goal)
        parent.add(node)
        self._nodes[node.key] = node
        for child in item.children:
            self._add_goal(node, child)
        for action in item.actions:
            assert action.id is not None
            leaf = PlanNode((ACTION, action.id), action)
            node.add(leaf)
            self._nodes[leaf.key] = leaf

    def _refresh_payloads(self) -> None:
        fresh: dict[Key, Goal | Action] = {(GOAL, g.id or 0): g for g in self.goals}
        fresh.update({(ACTION, a.id or 0): a for a in self.actions})
        last = self.columnCount() - 1
        for key, node in self._nodes.items():
            value = fresh.get(key)
            if value is not None and value != node.payload:
                node.payload = value
                parent = self._index_of(node.parent)
                self.dataChanged.emit(
                    self.index(node.row, 0, parent), self.index(node.row, last, parent)
                )

    # -- lookups -----------------------------------------------------------------------------

    def node(self, index: Index) -> PlanNode:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def key(self, index: Index) -> Key | None:
        return self.node(index).key if index.isValid() else None

    def index_of(self, key: Key | None) -> QModelIndex:
        """The index of a goal or an action, or an invalid index."""
        node = self._nodes.get(key) if key is not None else None
        return self._index_of(node) if node is not None else QModelIndex()

    def _index_of(self, node: PlanNode | None) -> QModelIndex:
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def goal(self, goal_id: int) -> Goal | None:
        node = self._nodes.get((GOAL, goal_id))
        return node.payload if node is not None else None  # type: ignore[return-value]

    def keys(self) -> list[Key]:
        return list(self._nodes)

    # -- the model interface -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        return self._index_of(self.node(index).parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role in HEADER_ROLES
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        node = self.node(index)
        payload = node.payload
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(payload, column)
        if role == KEY_ROLE:
            return node.key
        if role == ROW_ROLE:
            return payload
        if column == TEXT:
            if role == Qt.ItemDataRole.EditRole:
                return payload.text if isinstance(payload, Goal) else payload.what  # type: ignore[union-attr]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._text(payload, TEXT)
            if (role == Qt.ItemDataRole.FontRole and isinstance(payload, Goal)
                    and payload.level == GoalLevel.LONG_TERM):
                return _BOLD
        if role == Qt.ItemDataRole.ForegroundRole and self._muted(payload):
            return _MUTED
        return None

    @staticmethod
    def _muted(payload: Goal | Action | None) -> bool:
        if isinstance(payload, Action):
            return payload.done_on is not None
        if isinstance(payload, Goal):
            return payload.status != GoalStatus.ACTIVE or (
                payload.level == GoalLevel.SUB and payload.phase == Phase.LATER
            )
        return False

    @staticmethod
    def _text(payload: Goal | Action | None, column: int) -> str:
        if isinstance(payload, Goal):
            if column == TEXT:
                return f"{enum_label(payload.level)}: {payload.text}"
            if column == STATUS:
                status = enum_label(payload.status)
                if payload.level == GoalLevel.SUB and payload.status == GoalStatus.ACTIVE:
                    return f"{status} · {enum_label(payload.phase).lower()}"
                return status
            if column == DEADLINE:
                return fmt_date(payload.deadline)
            if column == WHO:
                return enum_label(payload.ambition) if payload.ambition else ""
        if isinstance(payload, Action):
            if column == TEXT:
                return _tr("Indsats: {what}").format(what=payload.what)
            if column == STATUS:
                if payload.done_on:
                    return _tr("Udført {date}").format(date=fmt_date(payload.done_on))
                return _tr("Åben")
            if column == DEADLINE:
                return fmt_date(payload.due)
            if column == WHO:
                return enum_label(payload.who)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An inline edit of the text becomes a request; the editor stores it (or refuses)."""
        if not index.isValid() or index.column() != TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "")
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.text_edited.emit(self.node(index).key, text)
        return True

    # -- drag and drop -----------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        keys = [self.node(i).key for i in indexes if i.isValid()]
        if keys:
            data.setData(MIME_TYPE, encode_key(keys[0]))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        key = decode_key(data.data(MIME_TYPE).data()) if data.hasFormat(MIME_TYPE) else None
        return key is not None and key in self._nodes

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask for the move; the plan editor checks the rules and shows a refusal in Danish.

        Nothing is removed by the view afterwards: `removeRows` is not implemented, so the
        stored plan, reloaded by the editor, is the only truth."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        key = decode_key(data.data(MIME_TYPE).data())
        target = self.node(parent).key if parent.isValid() else None
        self.drop_requested.emit(key, target, row)
        return True
