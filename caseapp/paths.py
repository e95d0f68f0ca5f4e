"""Where things live on the user's machine (platformdirs)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "caseapp"


def default_database() -> Path:
    import platformdirs  # only when no --db names the file: a command given one does not load it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "caseapp.db"
