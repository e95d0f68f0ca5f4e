"""Status changes a screen reader says aloud: a note saved or signed, a status description saved
or made final, the sync state.

The status widget's accessible description carries the news, so it is there when the user goes
to read it; an announcement (QAccessibleAnnouncementEvent, Qt 6.8 and later) has Orca say it at
once, politely, without moving focus. Before 6.8 the description's change event is all Qt sends."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

try:
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # Qt before 6.8: the description change is announced where the reader listens
    QAccessibleAnnouncementEvent = None


def announce(widget: QWidget, text: str, aloud: bool = True) -> None:
    """Put `text` in the widget's accessible description; with `aloud`, have it spoken."""
    widget.setAccessibleDescription(text)
    if not aloud or not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    else:
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
