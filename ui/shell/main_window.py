"""The main window: sidebar, the pages (I dag, Uge, Sagsstamme, the open citizen), search,
settings, the menus (Filer, Team, Hjælp), the status bar with the team sync and the lock screen
that covers it all."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import caseapp
from caseapp.domain.models import CitizenSummary, DataChange, SearchHit
from caseapp.service import CaseService
from ui.caseload.caseload_view import CaseloadView
from ui.citizen.citizen_page import CitizenPage
from ui.common import messages
from ui.common.change_watch import ChangeWatch
from ui.common.worker import QueryOp
from ui.followup.deadlines_view import DEFAULT_DAYS, DeadlinesView
from ui.shell import sidebar
from ui.shell.idle_watcher import IdleWatcher
from ui.shell.language import remember_language
from ui.shell.lock_screen import LockScreen
from ui.shell.page_makers import Frister, page_makers
from ui.shell.pages import LazyPages
from ui.shell.quick_note import open_quick_note
from ui.shell.search_dialog import SearchDialog
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.sidebar import Sidebar
from ui.shell.unlock import check_unlock_password, has_unlock_password
from ui.status.report_actions import ReportActions
from ui.sync.sync_actions import SyncActions
from ui.today.today_data import DEADLINE_HORIZON_DAYS, TodayDigest, build_today
from ui.today.today_view import TodayView
from ui.week.calendar_menu import CalendarMenu
from ui.week.week_view import WeekView

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"
# The pages a start does not make are made this long after it, one per turn of the event loop,
# the citizen page first: the window paints at once, and the first citizen opened does not wait
# the ~0.3 s its page takes to make.
MAKE_THE_REST_AFTER_MS = 1500
_LATER_PAGES = (sidebar.CITIZEN, sidebar.WEEK, sidebar.CASELOAD, sidebar.DEADLINES)
_WEEK_KINDS = frozenset({"appointments", "notes"})  # what the week's blocks show (names: _loaded)


class MainWindow(QMainWindow):
    caseload_loaded = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        service: CaseService,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.profile = service.profile()
        self._now = now
        self.caseload: list[CitizenSummary] = []
        self._refreshes = 0
        # the last reload's rows for the pages not yet made (None: nothing read yet)
        self.shared_citizens: set[int] = set()
        self.deadlines: Frister | None = None
        # replaceable in tests
        self.show_error: Callable[[QWidget | None, BaseException], None] = messages.show_error
        self.settings_dialog = SettingsDialog
        self.about_box: Callable[[QWidget, str, str], object] = QMessageBox.about
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.setWindowTitle(self.tr("caseapp"))
        self._build()
        self._shortcuts()
        self.idle = IdleWatcher(self.profile.lock_minutes, self)
        self.idle.idle_elapsed.connect(self.lock)
        self.pages.making = self.idle.unwatched
        self.show_page(sidebar.TODAY)
        self.later_pages_timer = QTimer(self)
        self.later_pages_timer.setSingleShot(True)
        self.later_pages_timer.timeout.connect(self._make_a_later_page)
        self.later_pages_timer.start(MAKE_THE_REST_AFTER_MS)

    # -- construction ----------------------------------------------------------------------

    def _make_a_later_page(self) -> None:
        """Make the next page not made yet, and come back for the one after on the next turn
        of the event loop (input in between is handled)."""
        waiting = [index for index in _LATER_PAGES if self.pages.made(index) is None]
        if waiting:
            self.pages.page(waiting[0])
            self.later_pages_timer.start(0)

    def _build(self) -> None:
        today = lambda: self._now().date()  # noqa: E731
        self.sidebar = Sidebar()
        self.pages = LazyPages(page_makers(self))
        self.today_view = cast(TodayView, self.pages.page(sidebar.TODAY))  # the page a start opens on
        workspace = QWidget()
        workspace.setObjectName("workspace")
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.workspace = workspace
        self.lock_screen = LockScreen(
            lambda password: check_unlock_password(self.profile, password),
            lambda: has_unlock_password(self.profile),
        )
        self.root = QStackedWidget()
        self.root.addWidget(workspace)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)
        self.search_dialog = SearchDialog(self.service, self)
        self.reports = ReportActions(self.service, today, self.is_locked, self)
        file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        self.reports.add_to(file_menu)
        self.calendar_menu = CalendarMenu(self.service, lambda: self.week_view, self.is_locked, self)
        self.calendar_menu.add_to(file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Afslut"), self)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard key for Quit
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)  # closeEvent asks about unsaved edits
        file_menu.addAction(self.quit_action)
        self.changes = ChangeWatch(self.service, self)
        self._build_team_menu()
        self._build_help_menu()
        self._connect()
        self.team_sync.start()
        self.team_sync.sync_at_start()  # a database in a team catches up at once, in the background

    def _build_team_menu(self) -> None:
        self.team_sync = SyncActions(self.service, self, self.is_locked)
        team_menu = self.menuBar().addMenu(self.tr("&Team"))
        self.team_sync.add_to(team_menu)
        team_menu.addSeparator()
        team_menu.addAction(self.reports.team_action)
        bar = self.statusBar()
        bar.addPermanentWidget(self.team_sync.widget)
        bar.setSizeGripEnabled(False)
        bar.messageChanged.connect(lambda _text: self._show_status_bar())
        self.team_sync.runner.status_changed.connect(lambda _status: self._show_status_bar())
        self.team_sync.notice.connect(lambda text: self._notice(text))
        self.team_sync.data_changed.connect(self.changes.check)
        self._show_status_bar()

    def _notice(self, text: str) -> None:
        self.statusBar().show()
        self.statusBar().showMessage(text, 8000)

    def _show_status_bar(self) -> None:
        """Only a database in a team needs the status bar (or while it says something)."""
        bar = self.statusBar()
        bar.setVisible(self.team_sync.runner.in_team() or bool(bar.currentMessage()))

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        self.about_action = QAction(self.tr("&Om caseapp"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.sidebar.page_chosen.connect(self.show_page)
        self.sidebar.search_requested.connect(self.open_search)
        self.sidebar.lock_requested.connect(self.lock)
        self.sidebar.settings_requested.connect(self.open_settings)
        self.reports.citizen_opened.connect(self.open_citizen)
        self.changes.changed.connect(self.show_changes)
        self.search_dialog.hit_chosen.connect(self.jump_to)
        self.lock_screen.unlocked.connect(self.unlock)

    def file_purged_note(self, note_id: int) -> None:
        """A note kept after its citizen was purged is filed by hand: its text goes for good,
        and I dag is read again without it."""
        QueryOp(self, self.service, lambda s: s.records.mark_purged_note_filed(note_id),
                success=lambda _: self.refresh()).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def _shortcuts(self) -> None:
        def bind(keys: str, slot: Callable[[], None]) -> None:
            QShortcut(QKeySequence(keys), self, slot)

        bind("Ctrl+1", lambda: self.show_page(sidebar.TODAY))
        bind("Ctrl+2", lambda: self.show_page(sidebar.WEEK))
        bind("Ctrl+3", lambda: self.show_page(sidebar.CASELOAD))
        bind("Ctrl+4", lambda: self.show_page(sidebar.CITIZEN))
        bind("Ctrl+5", lambda: self.show_page(sidebar.DEADLINES))
        bind("Ctrl+F", self.open_search)
        bind("Ctrl+L", self.lock)
        bind("Ctrl+,", self.open_settings)
        bind("Ctrl+N", lambda: open_quick_note(self))  # a quick note from anywhere

    # -- pages, each made when first shown or asked for -----------------------------------

    @property
    def week_view(self) -> WeekView:
        return cast(WeekView, self.pages.page(sidebar.WEEK))

    @property
    def caseload_view(self) -> CaseloadView:
        return cast(CaseloadView, self.pages.page(sidebar.CASELOAD))

    @property
    def citizen_page(self) -> CitizenPage:
        return cast(CitizenPage, self.pages.page(sidebar.CITIZEN))

    @property
    def deadlines_view(self) -> DeadlinesView:
        return cast(DeadlinesView, self.pages.page(sidebar.DEADLINES))

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the caseload and the I dag lists off the UI thread. Only the newest reload
        is shown: an older one may finish after it, with what was true before."""
        now = self._now()
        # One reading of Frister serves both: its view filters its days, I dag its week.
        shown = self.pages.made(sidebar.DEADLINES)
        days = max(shown.days() if isinstance(shown, DeadlinesView) else DEFAULT_DAYS,
                   DEADLINE_HORIZON_DAYS)
        self._refreshes += 1
        asked = self._refreshes

        def load(s: CaseService) -> tuple[list[CitizenSummary], TodayDigest, set[int], Frister]:
            deadlines = s.deadlines(now.date(), days=days, team=True)  # Frister filters "Mine"
            return (s.citizens.caseload(), build_today(s, now, deadlines), s.team.shared_citizens(),
                    (deadlines, days, s.own_citizens()))

        QueryOp(
            self, self.service, load,
            success=lambda result: self._loaded(result) if asked == self._refreshes else None,
        ).failure(lambda exc: self.show_error(self, exc)).run_in_background()

    def _loaded(self, result: tuple[list[CitizenSummary], TodayDigest, set[int], Frister]) -> None:
        self.caseload, digest, self.shared_citizens, self.deadlines = result
        if self.pages.made(sidebar.DEADLINES) is not None:
            self.deadlines_view.set_rows(*self.deadlines)
        if self.pages.made(sidebar.CASELOAD) is not None:
            self.caseload_view.set_shared(self.shared_citizens)
            self.caseload_view.set_rows(self.caseload)
        self.today_view.show_digest(digest)
        if self.pages.made(sidebar.WEEK) is not None:
            self._rename_week({c.id: c.name for c in self.caseload})
        if self.team_sync.runner.in_team():
            self.team_sync.runner.update_status()  # a save may have queued changes
        self.caseload_loaded.emit()

    def _rename_week(self, names: dict[int, str]) -> None:
        if names != self.week_view.names() and self.pages.shows(sidebar.WEEK):
            self.week_view.set_names(names)
            self.week_view.show_week()  # a name on a block changed
        self.week_view.set_names(names)

    def citizen_purged(self, _citizen_id: int) -> None:
        """The citizen is gone: nothing of them stays on screen."""
        self.sidebar.set_citizen(None)
        self.show_page(sidebar.CASELOAD)

    def show_changes(self, change: DataChange) -> None:
        """Something was written (here, by a sync, or from outside): every open page reads
        again what it shows of it (the caseload and I dag in the background; the Uge view
        when it is on screen, keeping its week and selection; the citizen's page by kind);
        what the user is typing stays as typed."""
        self.refresh()
        if self.pages.shows(sidebar.WEEK) and change.touches(_WEEK_KINDS):
            self.week_view.show_week()
        if self.pages.made(sidebar.CITIZEN) is not None:
            self.citizen_page.show_changes(change)
        self.reports.refresh_team_view()

    # -- navigation ------------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        if self.is_locked():
            return
        if page == sidebar.CITIZEN and self.shown_citizen_id() is None:
            page = sidebar.CASELOAD
        if page == sidebar.WEEK:
            self.week_view.show_week()
        self.pages.show_index(page)
        self.sidebar.set_current(page)
        if page == sidebar.CASELOAD:
            self.caseload_view.focus_filter()
        elif page == sidebar.DEADLINES:
            self.deadlines_view.focus_table()

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def shown_citizen_id(self) -> int | None:
        """The citizen open on the citizen page, if any (asking does not make the page)."""
        if self.pages.made(sidebar.CITIZEN) is None or self.citizen_page.citizen is None:
            return None
        return self.citizen_page.citizen.id

    def open_citizen(self, citizen_id: int, tab: str = "") -> bool:
        current = self.citizen_page.citizen
        if (current is not None and current.id != citizen_id
                and self.citizen_page.has_unsaved_changes() and not self.confirm_discard()):
            return False
        try:
            if current is None or current.id != citizen_id:
                self.citizen_page.show_citizen(citizen_id, self.profile.max_active_subgoals)
        except Exception as exc:  # noqa: BLE001 - one sentence to the user
            self.show_error(self, exc)
            return False
        self.citizen_page.show_tab(tab or "overview")
        self.sidebar.set_citizen(self.citizen_page.citizen.name if self.citizen_page.citizen else None)
        self.show_page(sidebar.CITIZEN)
        return True

    def jump_to(self, hit: SearchHit) -> None:
        self.activateWindow()
        if not self.open_citizen(hit.citizen_id):
            return
        if hit.kind == "note":
            self.citizen_page.select_note(hit.id)
        elif hit.kind == "goal":
            self.citizen_page.select_goal(hit.id)

    def open_search(self) -> None:
        if not self.is_locked():
            self.search_dialog.open_search()

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("caseapp"),
            self.tr("Der er ændringer, som ikke er gemt. Vil du kassere dem?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- help ----------------------------------------------------------------------------

    def about_text(self) -> str:
        return (
            "<p><b>" + self.tr("caseapp {version}").format(version=caseapp.__version__) + "</b></p>"
            + "<p>" + self.tr("Din egen sagsstamme, ugeplan, mål, dagbogsnotater og "
                              "statusbeskrivelser – krypteret og offline.") + "</p>"
        )

    def show_about(self) -> None:
        self.about_box(self, self.tr("Om caseapp"), self.about_text())

    # -- settings --------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self.is_locked():
            return
        records = self.service.records
        dialog = self.settings_dialog(self.profile, self, retention=records.retention_settings(),
                                      team_retention_days=records.team_retention_days())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        profile, retention = dialog.profile(), dialog.retention()

        def save(s: CaseService) -> None:
            s.save_profile(profile)
            s.records.save_retention_settings(retention)

        QueryOp(self, self.service, save, success=lambda _: self._profile_saved(profile)).run_in_background()

    def _profile_saved(self, profile: object) -> None:
        self.profile = self.service.profile()
        self.idle.set_minutes(self.profile.lock_minutes)
        remember_language(self.profile.language)  # the next start's passphrase dialog uses it

    # -- lock ------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.root.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.is_locked():
            return
        self.search_dialog.clear()
        self.search_dialog.hide()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.root.setCurrentWidget(self.lock_screen)
        self.changes.pause(True)
        self.lock_screen.prepare()
        self.locked.emit()

    def unlock(self) -> None:
        self.root.setCurrentWidget(self.workspace)
        self.idle.reset()
        self.unlocked.emit()
        self.changes.pause(False)
        self.refresh()  # the day may have changed while the screen was locked

    # -- geometry (never personal data in QSettings) ---------------------------------------

    def restore_geometry(self) -> None:
        value = QSettings().value(GEOMETRY_KEY)
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.pages.made(sidebar.CITIZEN) is not None and self.citizen_page.has_unsaved_changes()
        if unsaved and not self.confirm_discard():
            event.ignore()
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.idle.stop()
        self.search_dialog.close()
        super().closeEvent(event)
