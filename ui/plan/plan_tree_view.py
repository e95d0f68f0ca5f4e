"""The plan tree: drag-and-drop, and the keyboard (Insert, Delete, Ctrl+arrows) as requests.

The view changes nothing itself; the Plan tab turns its requests into undoable changes. It keeps
the user's collapsed branches collapsed when the model is rebuilt after a change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ui.common.views import elide_sections
from ui.plan.plan_item_delegate import WrappingDelegate
from ui.plan.plan_tree_model import DEADLINE, STATUS, TEXT, WHO, Key, PlanTreeModel

# the narrow columns' widths at the normal text size; never narrower than their title or (the
# deadline) a date, so enlarged text widens them (what they hold wraps)
_WIDTHS = {STATUS: 110, DEADLINE: 92, WHO: 132}
_DATE_SAMPLE = "00.00.0000"
_PADDING = 16

_SHIFTS = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
}


class PlanTreeView(QTreeView):
    add_requested = Signal()
    remove_requested = Signal()
    shift_requested = Signal(str)  # "up", "down", "left", "right"

    def __init__(self, model: PlanTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._collapsed: set[Key] = set()
        self.setModel(model)
        self.setItemDelegate(WrappingDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        elide_sections(header)
        self._size_columns()
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self.expanded.connect(self._expanded)
        self.collapsed.connect(self._collapsed_one)
        model.modelReset.connect(self._restore_expansion)

    def _size_columns(self) -> None:
        header = self.header()
        self.ensurePolished()  # the stylesheet's fonts (enlarged text), before measuring
        header.ensurePolished()
        date = self.fontMetrics().horizontalAdvance(_DATE_SAMPLE) + _PADDING
        for column, width in _WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(width, header.sectionSizeHint(column),
                                             date if column == DEADLINE else 0))

    def _expanded(self, index: QModelIndex) -> None:
        key = self.plan_model().key(index)
        if key is not None:
            self._collapsed.discard(key)

    def _collapsed_one(self, index: QModelIndex) -> None:
        key = self.plan_model().key(index)
        if key is not None:
            self._collapsed.add(key)

    def plan_model(self) -> PlanTreeModel:
        return self.model()  # type: ignore[return-value]

    def _restore_expansion(self) -> None:
        keep = set(self._collapsed)
        self.expandAll()
        model = self.plan_model()
        for key in keep:
            index = model.index_of(key)
            if index.isValid():
                self.collapse(index)
        self._collapsed = {k for k in keep if model.index_of(k).isValid()}

    def current_key(self) -> Key | None:
        model = self.plan_model()
        return model.key(self.currentIndex()) if model is not None else None

    def is_editing(self) -> bool:
        """A text is being edited in the tree (F2)."""
        return self.state() == QAbstractItemView.State.EditingState

    def keeping_place(self, load: Callable[[], None]) -> None:
        """Run `load` (which resets the model) and come back to the same row and scroll."""
        keep, scroll = self.current_key(), self.verticalScrollBar().value()
        load()
        if keep is not None and self.plan_model().index_of(keep).isValid():
            self.select_key(keep)
        self.verticalScrollBar().setValue(scroll)

    def select_key(self, key: Key | None) -> None:
        index = self.plan_model().index_of(key)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: no editing in place, no dragging; the keys still move through it."""
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                             else QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragEnabled(not read_only)
        self.setAcceptDrops(not read_only)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Insert and self.state() != QAbstractItemView.State.EditingState:
            self.add_requested.emit()
        elif key == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_requested.emit()
        elif control and key in _SHIFTS:
            self.shift_requested.emit(_SHIFTS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the stretched text column changed width
