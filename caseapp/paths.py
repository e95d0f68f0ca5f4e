"""Where things live on the user's machine (platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "caseapp"


def default_database() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "caseapp.db"
