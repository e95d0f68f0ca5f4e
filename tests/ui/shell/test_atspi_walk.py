"""The real AT-SPI tree, as Orca reads it: no focusable control without a name, and a saved
and a signed note announced (the AT-SPI "object:announcement" event Orca speaks).

test_accessible_names.py asks Qt's accessibility layer inside the test process; this one starts
the app under a real X server (Xvfb) with Qt's AT-SPI bridge on and a D-Bus session of its own,
and walks each view's tree from outside with pyatspi, the library Orca is built on. The walker
runs under the system Python (pyatspi is a Debian package, python3-pyatspi), the app under the
project's. Skipped, with the reason, where Xvfb, D-Bus, at-spi2-core or pyatspi is missing
(`.ci/run` installs them).
"""

from __future__ import annotations

import ctypes.util
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walker.py")
ROOT = Path(__file__).resolve().parents[3]
# Qt's X11 plugin needs these beyond what a Debian desktop always has; a bare container lacks them
XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                 "xcb-keysyms": "libxcb-keysyms1"}
NEEDED = ("sudo apt-get install xvfb at-spi2-core python3-pyatspi "
          + " ".join(XCB_LIBRARIES.values()))


def _missing() -> str:
    """Why the walk cannot run here, or ''."""
    for program in ("Xvfb", "dbus-daemon"):
        if shutil.which(program) is None:
            return f"{program} mangler; installér med: {NEEDED}"
    for library, package in XCB_LIBRARIES.items():
        if ctypes.util.find_library(library) is None:
            return f"{package} mangler; installér med: {NEEDED}"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return f"at-spi2-core mangler; installér med: {NEEDED}"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return f"pyatspi mangler i {SYSTEM_PYTHON}; installér med: {NEEDED}"
    return ""


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X server and a D-Bus session bus of the test's own; the environment that reaches them."""
    why = _missing()
    if why:
        pytest.skip(why)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1"], capture_output=True, text=True, check=True)
    address, pid = bus.stdout.split()
    env = {**os.environ, "DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address,
           "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_LOGGING_RULES": "qt.accessibility.atspi=false",
           "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_RUNTIME_DIR": str(tmp_path)}
    try:
        yield env
    finally:
        os.kill(int(pid), signal.SIGTERM)  # the accessibility bus ends with the session bus
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _walk(env: dict[str, str], pid: int) -> list[dict[str, str]]:
    done = subprocess.run([SYSTEM_PYTHON, str(WALKER), str(pid)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.slow
def test_every_view_names_its_focusable_controls_over_atspi(
    desktop: dict[str, str], tmp_path: Path,
) -> None:
    app = subprocess.Popen([sys.executable, "-m", "tests.ui.shell.atspi_app", str(tmp_path)],
                           cwd=ROOT, env=desktop, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           text=True)
    assert app.stdin is not None and app.stdout is not None
    seen: dict[str, list[dict[str, str]]] = {}
    try:
        for line in app.stdout:
            if not line.startswith("view "):
                continue
            seen[line.removeprefix("view ").strip()] = _walk(desktop, app.pid)
            app.stdin.write("next\n")
            app.stdin.flush()
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert len(seen) == 11, seen.keys()
    controls = sum(len(found) for found in seen.values())
    unnamed = [f"{view}: {c['role']} at {c['path']}" for view, found in seen.items()
               for c in found if not c["name"]]
    print(f"{controls} focusable controls in {len(seen)} views, {len(unnamed)} unnamed")
    assert all(seen.values()), "a view without a single focusable control: the walk saw nothing"
    assert not unnamed, "\n".join(unnamed)


@pytest.mark.slow
def test_saving_and_signing_a_note_are_announced_over_atspi(
    desktop: dict[str, str], tmp_path: Path,
) -> None:
    listener = subprocess.Popen([SYSTEM_PYTHON, str(WALKER.with_name("atspi_listener.py")), "20"],
                                env=desktop, stdout=subprocess.PIPE, text=True)
    assert listener.stdout is not None
    try:
        assert listener.stdout.readline().strip() == "listening"
        app = subprocess.run([sys.executable, "-m", "tests.ui.shell.atspi_note_app", str(tmp_path)],
                             cwd=ROOT, env=desktop, timeout=120, check=False)
        assert app.returncode == 0
    finally:
        listener.terminate()
        heard = [json.loads(line)["text"] for line in listener.communicate(timeout=30)[0].splitlines()
                 if line.startswith("{")]
    assert "Kladden er gemt kl. 09.00.00." in heard
    assert any(text.startswith("Notatet er underskrevet kl. 09.00.") for text in heard), heard
