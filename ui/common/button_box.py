"""Tab through a QDialogButtonBox's buttons in the order they stand on screen.

A button added to a box after it was built joins the end of the focus chain, while the box's
layout puts it where the platform's button order says (the action before Luk or Annullér), so
Tab would jump right, then back left. Call this once all the buttons are in."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def tab_in_visual_order(box: QDialogButtonBox) -> None:
    layout = box.layout()
    items = (layout.itemAt(index) for index in range(layout.count()))
    buttons = [item.widget() for item in items
               if item is not None and isinstance(item.widget(), QAbstractButton)]
    for before, after in zip(buttons, buttons[1:], strict=False):
        QWidget.setTabOrder(before, after)
