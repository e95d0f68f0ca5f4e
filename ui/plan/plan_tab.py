"""Plan: the citizen's goal tree as an editor, with the selected goal in full beside it.

Long-term goal > effort goals > sub-goals > actions. Add (buttons, Insert), edit in the side
panel (or F2 for the text), delete (Delete), reorder by drag-and-drop or Ctrl+arrows, undo and
redo (Ctrl+Z, Ctrl+Shift+Z), rate progress, tick a sub-goal off, print the one-page plan and
copy the plan as plain text. Every change goes through `PlanEditor` to the façade.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from caseapp.domain.enums import GoalLevel
from caseapp.domain.models import Action, Citizen, Goal, Rating
from caseapp.plans.tree import active_now_subgoals
from caseapp.service import CaseService
from ui.common import messages
from ui.common.closed_banner import ClosedBanner
from ui.common.pdf_file import pdf_path
from ui.common.worker import QueryOp
from ui.plan import plan_tab_layout as parts
from ui.plan.action_form import ActionForm
from ui.plan.goal_form import GoalForm
from ui.plan.plan_cap_note import PlanCapNote
from ui.plan.plan_editor import PlanEditor
from ui.plan.plan_pdf_file import ask_pdf_file, suggested_pdf_path
from ui.plan.plan_side_panel import PlanSidePanel
from ui.plan.plan_tree_model import ACTION, GOAL, Key, PlanTreeModel
from ui.plan.plan_tree_view import PlanTreeView
from ui.plan.rating_dialog import RatingDialog

log = logging.getLogger(__name__)

_UNSET = ("unset", 0)


class PlanTab(QWidget):
    plan_changed = Signal(int)  # the citizen id, after any change to the plan
    plan_exported = Signal(str)  # the path of the written PDF
    text_copied = Signal()

    def __init__(self, service: CaseService, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.today = today
        self.citizen: Citizen | None = None
        self._busy = False
        self._focus: Key | None = _UNSET
        self._refresh_after_edit = False  # a change arrived while a text was edited in the tree
        self._closed = False  # a closed case: read, never edited (set_closed)
        # replaceable in tests
        self.choose_pdf_file: Callable[[QWidget, str], str] = ask_pdf_file
        self.rating_dialog = RatingDialog
        self.show_error: Callable[[QWidget | None, BaseException], None] = messages.show_error
        self.model = PlanTreeModel(self)
        self.tree = PlanTreeView(self.model)
        self.tree.setAccessibleName(self.tr("Mål og indsatser"))
        self.editor = PlanEditor(service, self.model, self)
        self.side = PlanSidePanel()
        self._build()
        self._connect()
        self._update_buttons()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.cap_label = PlanCapNote()
        self.add_button = parts.plan_button(
            self.tr("Tilføj"), self.tr("Tilføj under det valgte (Insert)"),
            lambda: self._run(self._add_below))
        self.add_root_button = parts.plan_button(
            self.tr("Nyt langsigtet mål"), self.tr("Borgerens eget mål på lang sigt"),
            lambda: self._run(lambda: self.editor.add_below(None)))
        self.remove_button = parts.plan_button(
            self.tr("Slet"), self.tr("Slet det valgte (Delete)"), self.remove_current)
        self.undo_action, self.redo_action = parts.undo_redo_actions(
            self, self.tr("Fortryd"), self.tr("Gentag"))
        self.undo_button = parts.plan_button(self.tr("Fortryd"), "", self.undo)
        self.redo_button = parts.plan_button(self.tr("Gentag"), "", self.redo)
        self.copy_button = parts.plan_button(
            self.tr("Kopiér som tekst"),
            self.tr("Planen som ren tekst til udklipsholderen – klar til at sætte ind i "
                    "fagsystemet"), self.copy_text)
        self.print_button = parts.plan_button(
            self.tr("Udskriv plan"),
            self.tr("Planen på én A4-side som PDF, til borgeren"), self.print_plan)
        self.keys_label = parts.hint_label(self.tr(
            "Insert: tilføj · Delete: slet · Ctrl+↑↓: flyt · Ctrl+←→: ryk ud/ind · "
            "F2: ret tekst · træk for at flytte"))
        self.message = parts.hint_label(links=True)
        self.splitter = parts.lay_out_plan_tab(
            self, self.cap_label,
            [(self.add_button, self.add_root_button, self.remove_button),
             (self.undo_button, self.redo_button), (self.copy_button, self.print_button)],
            self.tree, self.keys_label, self.side, self.message)
        self.closed_banner = ClosedBanner()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.closed_banner)

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.itemDelegate().closeEditor.connect(lambda *_: QTimer.singleShot(0, self._refresh_if_waiting))
        self.tree.add_requested.connect(lambda: self._run(self._add_below))
        self.tree.remove_requested.connect(self.remove_current)
        self.tree.shift_requested.connect(self.shift_current)
        self.model.drop_requested.connect(
            lambda key, target, row: self._run(lambda: self.editor.drop(key, target, row)))
        self.model.text_edited.connect(
            lambda key, text: self._run(lambda: self.editor.edit_text(key, text)))
        self.editor.plan_changed.connect(self._plan_changed)
        self.editor.refused.connect(lambda text: self.say(text, alert=True))
        self.editor.informed.connect(self.say)
        self.editor.ratings_changed.connect(lambda _goal_id: self._show_current())
        self.editor.stack.indexChanged.connect(self._stack_moved)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.side.goal_form.goal_saved.connect(
            lambda goal: self._run(lambda: self.editor.save_goal(goal), flush=False))
        self.side.action_form.action_saved.connect(
            lambda action: self._run(lambda: self.editor.save_action(action), flush=False))
        self.side.progress.rating_requested.connect(self.rate_current)
        self.side.progress.rating_removal_requested.connect(self.remove_rating)
        self.side.progress.tick_toggled.connect(self.tick_current)

    # -- showing a plan ----------------------------------------------------------------------

    def show_plan(
        self, citizen: Citizen, goals: Sequence[Goal], actions: Sequence[Action], cap: int
    ) -> None:
        """Show a citizen's plan (called by the citizen page with what it has loaded)."""
        assert citizen.id is not None
        self._flush()  # what was typed for the previous citizen is kept, as on every switch
        same = self.citizen is not None and self.citizen.id == citizen.id
        keep = self.tree.current_key() if same else None
        self.citizen = citizen
        self.message.clear()
        self._busy = True
        try:
            self.editor.load(citizen.id, cap, goals, actions)
        finally:
            self._busy = False
        if keep is None or not self.model.index_of(keep).isValid():
            keep = self._first_active_subgoal()
        self.tree.select_key(keep)
        self._show_current()
        self._update_cap()
        self._update_buttons()

    def refresh_plan(self, goals: Sequence[Goal], actions: Sequence[Action]) -> None:
        """The plan as stored now (a colleague's edit, a sync, another window): the same row
        stays selected and the tree keeps its scroll position; a goal or action being edited
        in the side panel keeps what the user typed (it is saved when they leave it), and a
        text being edited in the tree (F2) is finished first."""
        if self.citizen is None or self.citizen.id is None or self._busy:
            return
        if self.tree.is_editing():
            self._refresh_after_edit = True
            return
        citizen_id, editing = self.citizen.id, self.side.has_unsaved_changes()
        self._busy = True
        try:
            self.tree.keeping_place(lambda: self.editor.load(citizen_id, self.editor.cap, goals, actions))
        finally:
            self._busy = False
        if not editing:
            self._show_current()
        self._update_cap()
        self._update_buttons()

    def _refresh_if_waiting(self) -> None:
        if self._refresh_after_edit and self.citizen is not None and self.citizen.id is not None:
            self._refresh_after_edit = False
            self.refresh_plan(self._service.plans.goals(self.citizen.id), self._service.plans.actions(self.citizen.id))

    def _first_active_subgoal(self) -> Key | None:
        active = active_now_subgoals(self.model.goals)
        if active and active[0].id is not None:
            return GOAL, active[0].id
        return None

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab (another tab, another page, the lock screen, closing) keeps what was
        typed in the side panel, as moving to another row does."""
        if self.citizen is not None and not self._busy:
            try:
                self._flush()
            except Exception as exc:  # noqa: BLE001 - never lose the hide over it
                log.warning("plan edits not saved on hide: %s", exc.__class__.__name__)
        super().hideEvent(event)

    def select_goal(self, goal_id: int) -> None:
        self.tree.select_key((GOAL, goal_id))

    def has_unsaved_changes(self) -> bool:
        return self.side.has_unsaved_changes()

    def set_closed(self, closed: bool) -> None:
        """A closed case (the core refuses every change): the banner says so; adding, deleting,
        moving, undoing, the side panel's forms, ticking off and rating are off; the tree is
        still read and the plan still copied and printed."""
        self._closed = closed
        self.closed_banner.set_closed(closed)
        self.tree.set_read_only(closed)
        for form in (self.side.goal_form, self.side.progress, self.side.action_form):
            form.setEnabled(not closed)
        self._update_buttons()

    def first_name(self) -> str:
        return self.citizen.name.split()[0] if self.citizen and self.citizen.name.split() else ""

    # -- running changes ---------------------------------------------------------------------

    def _run(self, op: Callable[[], object], flush: bool = True) -> None:
        """Run one editor operation: pending form edits are saved first; afterwards the item
        the operation points at is selected and shown."""
        if self.citizen is None or self._busy or self._closed:
            return
        if flush:
            self._flush()
        self._focus = _UNSET
        self._busy = True
        try:
            op()
        except Exception as exc:  # noqa: BLE001 - one sentence to the user
            self.editor.reload()
            self.show_error(self, exc)
        finally:
            self._busy = False
        if self._focus != _UNSET:
            self.tree.select_key(self._focus)
        self._show_current()
        self._update_cap()
        self._update_buttons()

    def _plan_changed(self, focus: Key | None) -> None:
        self._focus = focus
        if self.citizen is not None and self.citizen.id is not None:
            self.plan_changed.emit(self.citizen.id)

    def _flush(self) -> None:
        """Save what the user typed in the side panel before anything else happens."""
        form: GoalForm | ActionForm | None = None
        if self.side.goal_form.isVisibleTo(self.side) and self.side.goal_form.is_modified():
            form = self.side.goal_form
        elif self.side.action_form.isVisibleTo(self.side) and self.side.action_form.is_modified():
            form = self.side.action_form
        if form is None:
            return
        problem = form.problem()
        if problem:
            self.say(self.tr("Ændringen blev ikke gemt: {problem}").format(problem=problem),
                     alert=True)
            return
        self._busy = True
        try:
            if form is self.side.goal_form:
                self.editor.save_goal(self.side.goal_form.goal())
            else:
                self.editor.save_action(self.side.action_form.action())
        finally:
            self._busy = False

    def _current_changed(self, *_args: object) -> None:
        if self._busy:
            return
        self._flush()
        self._show_current()
        self._update_buttons()

    def _show_current(self) -> None:
        key = self.tree.current_key()
        node = self.model.node(self.model.index_of(key)) if key is not None else None
        payload = node.payload if node is not None else None
        if isinstance(payload, Goal):
            ratings = (self._service.plans.ratings(payload.id or 0)
                       if payload.level == GoalLevel.SUB else [])
            self.side.show_goal(payload, self.first_name(), self.today(), ratings)
        elif isinstance(payload, Action):
            self.side.show_action(payload, self.today())
        else:
            self.side.show_empty()

    # -- the actions -------------------------------------------------------------------------

    def _add_below(self) -> None:
        if self.editor.add_below(self.tree.current_key()):
            self._focus_form_after_add()

    def _focus_form_after_add(self) -> None:
        # the new item is selected once _run finishes; give its text field the keyboard then
        QTimer.singleShot(0, self._focus_text)

    def _focus_text(self) -> None:
        if self.side.goal_form.isVisibleTo(self.side):
            self.side.goal_form.focus_text()
        elif self.side.action_form.isVisibleTo(self.side):
            self.side.action_form.focus_text()

    def remove_current(self) -> None:
        key = self.tree.current_key()
        if key is not None:
            self._run(lambda: self.editor.remove(key), flush=False)

    def shift_current(self, direction: str) -> None:
        key = self.tree.current_key()
        if key is not None:
            self._run(lambda: self.editor.shift(key, direction))

    def undo(self) -> None:
        """Typing not yet saved is saved first, so Undo takes exactly that back (and Redo
        brings it again)."""
        self._run(self.editor.stack.undo)

    def redo(self) -> None:
        self._run(self.editor.stack.redo, flush=False)

    def tick_current(self, on: bool) -> None:
        goal = self.side.goal_form.current_goal()
        if goal is not None and goal.id is not None:
            goal_id = goal.id
            self._run(lambda: self.editor.tick_off(goal_id, on))

    def rate_current(self) -> None:
        if self._closed:
            return
        self._flush()  # the side panel is shown again afterwards, so keep what was typed
        goal = self.side.goal_form.current_goal()
        if goal is None or goal.id is None:
            return
        dialog = self.rating_dialog(goal.id, goal.text, self.today(),
                                    self._service.profile().name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rating = dialog.rating()
            if self.editor.add_rating(rating):
                self.say(self.tr("Vurderingen er gemt."))

    def remove_rating(self, rating: Rating) -> None:
        if not self._closed and self.editor.remove_rating(rating):
            self.say(self.tr("Vurderingen er fjernet; Fortryd (Ctrl+Z) henter den tilbage."))

    def copy_text(self) -> None:
        if self.citizen is None or self.citizen.id is None:
            return
        self._flush()
        try:
            text = self._service.plans.plan_text(self.citizen.id)
        except Exception as exc:  # noqa: BLE001
            self.show_error(self, exc)
            return
        QGuiApplication.clipboard().setText(text)
        self.say(self.tr("Planen er kopieret som ren tekst – sæt den ind i fagsystemet med "
                         "Ctrl+V."))
        self.text_copied.emit()

    def print_plan(self) -> None:
        if self.citizen is None or self.citizen.id is None:
            return
        self._flush()
        citizen_id = self.citizen.id
        chosen = self.choose_pdf_file(self, suggested_pdf_path(citizen_id, self.citizen.name))
        if not chosen:
            return
        out = pdf_path(chosen)
        self.print_button.setEnabled(False)
        QueryOp(
            self, self._service, lambda s: s.reports.export_plan(citizen_id, out, today=self.today()),
            success=self._exported,
        ).failure(self._export_failed).run_in_background()

    def _exported(self, path: Path) -> None:
        self.print_button.setEnabled(True)
        link = QUrl.fromLocalFile(str(path)).toString()
        self.say(
            self.tr("Planen er gemt som PDF: {link} – åbn den for at se den eller udskrive den.")
            .format(link=f'<a href="{html.escape(link)}">{html.escape(path.name)}</a>'),
            rich=True,
        )
        self.plan_exported.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.show_error(self, exc)

    # -- state shown -------------------------------------------------------------------------

    def say(self, text: str, alert: bool = False, rich: bool = False) -> None:
        parts.show_message(self.message, text, alert, rich)

    def _update_cap(self) -> None:
        if self.citizen is None:
            self.cap_label.clear()
        else:
            self.cap_label.show_plan(self.model.goals, self.editor.cap)

    def cap_warning_shown(self) -> bool:
        return self.cap_label.warning_shown() and self.cap_label.isVisibleTo(self)

    def _stack_moved(self, _index: int) -> None:
        try:
            self._update_buttons()
        except RuntimeError:  # the tab is being destroyed and its stack cleared
            pass

    def _update_buttons(self) -> None:
        key = self.tree.current_key()
        has_citizen, editable = self.citizen is not None, self.citizen is not None and not self._closed
        self.add_button.setText(self._add_text(key))
        self.add_button.setEnabled(editable)
        self.add_root_button.setEnabled(editable)
        self.copy_button.setEnabled(has_citizen)
        self.print_button.setEnabled(has_citizen)
        self.remove_button.setEnabled(key is not None and not self._closed)
        stack = self.editor.stack
        for widget, can in ((self.undo_button, stack.canUndo()), (self.redo_button, stack.canRedo()),
                            (self.undo_action, stack.canUndo()), (self.redo_action, stack.canRedo())):
            widget.setEnabled(can and not self._closed)
        self.undo_button.setToolTip(
            self.tr("Fortryd: {what} (Ctrl+Z)").format(what=stack.undoText())
            if stack.canUndo() else self.tr("Intet at fortryde"))
        self.redo_button.setToolTip(
            self.tr("Gentag: {what} (Ctrl+Shift+Z)").format(what=stack.redoText())
            if stack.canRedo() else self.tr("Intet at gentage"))

    def _add_text(self, key: Key | None) -> str:
        if key is None:
            return self.tr("Tilføj langsigtet mål")
        if key[0] == ACTION:
            return self.tr("Tilføj indsats")
        goal = self.model.goal(key[1])
        if goal is None:
            return self.tr("Tilføj")
        return {
            GoalLevel.LONG_TERM: self.tr("Tilføj indsatsmål"),
            GoalLevel.EFFORT: self.tr("Tilføj delmål"),
            GoalLevel.SUB: self.tr("Tilføj indsats"),
        }[goal.level]
