"""Walk one application's AT-SPI tree as a screen reader sees it; print its focusable controls.

Runs under the system Python (/usr/bin/python3), which has pyatspi (Debian: python3-pyatspi);
it imports nothing from caseapp. tests/ui/shell/test_atspi_walk.py starts it once per view.

Usage: /usr/bin/python3 atspi_walker.py PID
Prints one JSON list: {"role", "name", "path"} for every showing, focusable node of the
application whose process id is PID (the cells of tables, lists and trees are their rows' text,
not controls, and are left out, as are the nodes below them).
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

# What Qt reports for the items inside an item view: the view itself is the control.
ITEM_ROLES = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM,
              pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_ROW_HEADER, pyatspi.ROLE_TABLE_ROW}
MAX_CHILDREN = 400  # a table's cells come after its headers; nothing else has this many


def find_application(pid: int, seconds: float = 20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no AT-SPI application with process id {pid}")


def walk(node, path: str, found: list[dict[str, str]]) -> None:
    try:
        states = node.getState()
        role = node.getRole()
    except Exception:  # noqa: BLE001  (a node that went away while walking)
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    if role in ITEM_ROLES:
        return
    here = f"{path}/{node.getRoleName()}"
    if states.contains(pyatspi.STATE_FOCUSABLE):
        found.append({"role": node.getRoleName(), "name": (node.name or "").strip(),
                      "path": here})
    for index in range(min(node.childCount, MAX_CHILDREN)):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, here, found)


def main(pid: int) -> int:
    app = find_application(pid)
    found: list[dict[str, str]] = []
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None:
            walk(window, "", found)
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
