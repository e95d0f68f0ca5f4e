"""The Qt binding must not leak or drop references: PySide6 6.12.0 on Python 3.11 dropped one
reference to None on every call to a Qt method returning nothing, and the app aborted with
"deallocating None" after about a hundred repaints."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Søren")
    assert abs(sys.getrefcount(None) - before) < 50
