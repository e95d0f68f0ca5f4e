from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


class Cli:
    def __init__(self, home: Path) -> None:
        self.env = {
            k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "PYTHON_KEYRING"))
        }
        self.env.update(
            CASEAPP_PASSPHRASE="e2e-hemmelighed",
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            QT_QPA_PLATFORM="offscreen",
        )

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ui.launcher", *args],
            env=self.env | env,
            capture_output=True,
            text=True,
            timeout=600,
            stdin=subprocess.DEVNULL,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)
