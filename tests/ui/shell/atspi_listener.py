"""Listen to AT-SPI announcements as Orca does; print them. System Python with pyatspi (see
atspi_walker.py); tests/ui/shell/test_atspi_walk.py starts it before the app.

Usage: /usr/bin/python3 atspi_listener.py SECONDS
Prints "listening" once registered, then one JSON object a line: {"type", "text"}.
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

EVENTS = ("object:announcement",)


def main(seconds: float) -> int:
    def heard(event) -> None:
        print(json.dumps({"type": event.type, "text": str(event.any_data)}, ensure_ascii=False),
              flush=True)

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    GLib.idle_add(lambda: print("listening", flush=True) and False)
    pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1])))
