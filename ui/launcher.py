"""The `caseapp` program: the core's command line, with the desktop app plugged in.

Qt is imported only when the desktop app is actually asked for, so the plain commands start fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from caseapp import cli, process_hardening


def run_gui(db_path: Path | None, demo: bool, screenshot: Path | None, view: str | None,
            font_scale: int = 100) -> int:
    if screenshot is None:  # before Qt's own libraries load: libX11 may be among the missing
        from ui.shell.platform_check import check_platform

        check_platform(os.environ)
    from ui.shell.app import run

    return run(db_path=db_path, demo=demo, screenshot=screenshot, view=view, font_scale=font_scale)


def main() -> int:
    process_hardening.disable_core_dumps()  # before the key or any citizen is in memory
    code = cli.main(sys.argv[1:], gui=run_gui)
    if "PySide6" not in sys.modules:  # a command ran, not the desktop
        cli.before_exit()
    return code


if __name__ == "__main__":
    sys.exit(main())
