"""Start-up: `caseapp`, `caseapp --demo` and `caseapp --screenshot FILE --view V`.

`run` is what the command line (caseapp/cli) calls. Errors from the core reach the user as one sentence: in a
message box when there is a window, raised to the CLI (which prints them) for screenshots.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from caseapp.errors import CaseappError, StoreError
from caseapp.paths import default_database
from caseapp.resources import resource_path
from caseapp.service import CaseService
from caseapp.storage.keys import key_for_existing_database
from ui.common import messages
from ui.common.worker import QueryOp, wait_for_all
from ui.shell import sidebar
from ui.shell.first_run_wizard import FirstRunWizard
from ui.shell.font_scale import (
    DEFAULT_PERCENT,
    indicator_style,
    scaled_points,
    use_font_scale,
)
from ui.shell.language import (
    chosen_language,
    remember_language,
    remembered_language,
    use_language,
)
from ui.shell.main_window import MainWindow
from ui.shell.note_drafts_offer import offer_pending_drafts
from ui.shell.passphrase_dialog import PassphraseDialog
from ui.shell.platform_check import check_platform
from ui.shell.startup import (
    DEMO_CITIZENS,
    create_database,
    create_demo_database,
    needs_passphrase,
    open_database,
)

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)
DESKTOP_FILE = "dk.caseapp.Caseapp"  # packaging/linux/dk.caseapp.Caseapp.desktop
VIEWS = ("today", "week", "caseload", "deadlines", "citizen", "plan", "notes", "status", "followup")
_CITIZEN_TABS = {"citizen": "overview", "plan": "plan", "notes": "notes", "status": "status",
                 "followup": "followup"}
_PAGES = {"today": sidebar.TODAY, "week": sidebar.WEEK, "caseload": sidebar.CASELOAD,
          "deadlines": sidebar.DEADLINES}


def application() -> QApplication:
    """The one QApplication, set up for Danish."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName("caseapp")
        QCoreApplication.setApplicationName("caseapp")
        app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    _install_qt_translation(app)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setStyle("Fusion")
    apply_stylesheet(app)
    set_window_icon(app)
    return app


def apply_stylesheet(app: QApplication, font_percent: int = DEFAULT_PERCENT) -> None:
    """resources/style.qss, its point sizes scaled; without it the app still works, in Qt's
    plain Fusion look."""
    try:
        style = resource_path("style.qss")
    except CaseappError as exc:
        log.warning("no stylesheet: %s", exc.message)
        return
    app.setStyleSheet(scaled_points(style.read_text(encoding="utf-8"), font_percent)
                      + indicator_style(font_percent))


def set_window_icon(app: QApplication) -> None:
    """resources/icons/caseapp.png (256 px) when the installation has it."""
    try:
        icon = resource_path("icons", "caseapp.png")
    except CaseappError:
        log.info("no window icon in resources/icons")
        return
    app.setWindowIcon(QIcon(str(icon)))


_translators: list[QTranslator] = []
QT_EXTRA_DANISH = "qt_extra_da.qm"


def _install_qt_translation(app: QApplication) -> None:
    """Qt's own Danish strings (Annuller, Ja, Nej in standard buttons, the file dialog), installed
    once; then the few qtbase_da lacks ("Look in:", "Files of type:"), which are searched first.
    Both are children of the app, so English sets them aside (ui/shell/language.py)."""
    if _translators:
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Danish), "qtbase", "_", folder):
        app.installTranslator(translator)
        _translators.append(translator)
    extra = QTranslator(app)
    try:
        loaded = extra.load(str(resource_path("translations", QT_EXTRA_DANISH)))
    except CaseappError:
        loaded = False
    if loaded:
        app.installTranslator(extra)
        _translators.append(extra)
    else:
        log.warning("no %s: a few of Qt's own dialog labels stay English", QT_EXTRA_DANISH)


@dataclass
class Session:
    service: CaseService
    close: Callable[[], None]
    demo: bool = False


_OFFSCREEN_NOISE = ("does not support propagateSizeHints", "does not support raise")


@contextlib.contextmanager
def quiet_offscreen() -> Iterator[None]:
    """Drop the offscreen plugin's harmless complaints; pass every other Qt message on."""

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if any(noise in message for noise in _OFFSCREEN_NOISE):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            log.warning("Qt: %s", message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def fill_demo(service: CaseService, parent: object = None, citizens: int = DEMO_CITIZENS) -> None:
    """Generate the demo caseload on a worker thread, showing progress; raise what it raised."""
    failures: list[BaseException] = []
    QueryOp(
        parent,  # type: ignore[arg-type]
        service,
        lambda s, report: s.generate_demo(citizens=citizens, progress=report),
        success=lambda _stats: None,
    ).with_progress(
        QCoreApplication.translate("caseapp", "Opretter demo-sagsstammen …")
    ).failure(failures.append).run_in_background()
    wait_for_all(timeout_ms=10 * 60_000)
    if failures:
        raise failures[0]


class Launcher:
    """Opens the session `run` needs. The dialogs are attributes so tests can replace them."""

    def __init__(self) -> None:
        self.wizard = FirstRunWizard
        self.passphrase_dialog = PassphraseDialog
        self.show_error = messages.show_error

    def demo_session(self) -> Session:
        demo = create_demo_database()
        try:
            fill_demo(demo.service)
        except BaseException:
            demo.close()
            raise
        return Session(demo.service, demo.close, demo=True)

    def ask_passphrase(self, _question: str, error: str) -> str | None:
        """The dialog asks in its own words: the core's question is Danish only."""
        dialog = self.passphrase_dialog("")
        dialog.show_error(error)
        return dialog.ask()

    def user_session(self, path: Path) -> Session | None:
        if not path.exists():
            return self.first_run(path)
        service = open_database(path, self.ask_passphrase)
        return Session(service, service.close) if service else None

    def first_run(self, path: Path) -> Session | None:
        wizard = self.wizard(needs_passphrase())
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        answers = wizard.answers()
        remember_language(answers.language)
        service = create_database(path, answers)
        if answers.demo:
            try:
                fill_demo(service)
            except CaseappError as exc:
                self.show_error(None, exc)
        return Session(service, service.close)

    def screenshot_session(self, path: Path) -> Session:
        """The user's database when it opens without questions, otherwise a demo caseload."""
        if path.is_file():
            try:
                service = CaseService.open(path, key_for_existing_database(path, None))
                return Session(service, service.close)
            except StoreError:
                log.info("the user's database cannot be opened unattended; using demo data")
        return self.demo_session()


def take_screenshot(window: MainWindow, view: str, out: Path) -> None:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.refresh()
    wait_for_all()
    if view in _CITIZEN_TABS:
        citizen = pick_citizen(window)
        if citizen is not None:
            window.open_citizen(citizen, _CITIZEN_TABS[view])
    else:
        window.show_page(_PAGES[view])
    wait_for_all()  # what a page loads when shown (the week's timeliness panel)
    for _ in range(3):
        QCoreApplication.processEvents()
    image = window.grab().toImage().scaled(
        *SCREENSHOT_SIZE,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # stub says bytes
        raise StoreError(f"Billedet kunne ikke gemmes i {out}.")


def discard(window: MainWindow) -> None:
    """Delete a window now. Its signals hold lambdas that refer back to it, so dropping the last
    Python reference never frees it; `run` may be called many times in one process (the tests)."""
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pick_citizen(window: MainWindow) -> int | None:
    """The open citizen with the fullest plan: the most telling one to show."""
    candidates = [c for c in window.caseload if c.status != "closed"] or window.caseload
    if not candidates:
        return None
    return min(candidates, key=lambda c: (-c.active_subgoals, c.name)).id


def run(db_path: Path | None, demo: bool, screenshot: Path | None, view: str | None,
        font_scale: int = DEFAULT_PERCENT) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is None:
        check_platform(os.environ)  # a missing system library, said in one sentence
    app = application()
    use_font_scale(app, font_scale)
    if font_scale != DEFAULT_PERCENT:  # application() has put on the plain one
        apply_stylesheet(app, font_scale)
    use_language(app, chosen_language(remembered_language()))  # the dialogs before the profile
    launcher = Launcher()
    path = db_path or default_database()
    try:
        if demo:
            session: Session | None = launcher.demo_session()
        elif screenshot is not None:
            session = launcher.screenshot_session(path)
        else:
            session = launcher.user_session(path)
    except CaseappError as exc:
        if screenshot is not None:
            raise  # the command line prints it as one sentence
        launcher.show_error(None, exc)
        return exc.exit_code
    if session is None:
        return 1
    try:
        profile_language = session.service.profile().language
        if not session.demo and screenshot is None:
            remember_language(profile_language)
        use_language(app, chosen_language(profile_language))
        session.service.records.expire_access_log()  # rows past the kept months go at each start
        window = MainWindow(session.service)
        if session.demo:
            window.setWindowTitle(QCoreApplication.translate("caseapp", "caseapp – demo"))
        if screenshot is not None:
            with quiet_offscreen():
                take_screenshot(window, view or "today", screenshot)
                window.close()
            discard(window)
            return 0
        window.restore_geometry()
        window.show()
        window.refresh()
        if os.environ.get("CASEAPP_TEST_SCRIPT"):  # test-only hook: ui/shell/note_test_script.py
            from ui.shell.note_test_script import run_script

            run_script(window, os.environ["CASEAPP_TEST_SCRIPT"])
        elif not session.demo:  # drafts left by a crash or a closed window are offered back
            QTimer.singleShot(0, lambda: offer_pending_drafts(window, dt.date.today()))
        return int(app.exec())
    finally:
        wait_for_all(timeout_ms=30_000)
        session.close()
