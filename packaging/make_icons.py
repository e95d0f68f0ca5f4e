"""Render packaging/icons/caseapp.svg to the PNG, .ico and .icns files the packages use.

    .venv/bin/python packaging/make_icons.py

Uses Qt's SVG renderer (PySide6-Essentials ships QtSvg), so it needs nothing beyond the venv.
The outputs are committed; run this again only when the SVG changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / "caseapp.svg"
HICOLOR = HERE / "linux" / "icons" / "hicolor"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS .icns made of PNG-encoded entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs an application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in LINUX_SIZES:
        out = HICOLOR / f"{size}x{size}" / "apps" / "dk.caseapp.Caseapp.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(render(renderer, size))
    scalable = HICOLOR / "scalable" / "apps" / "dk.caseapp.Caseapp.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    (HERE / "icons" / "caseapp.ico").write_bytes(ico({s: render(renderer, s) for s in ICO_SIZES}))
    (HERE / "icons" / "caseapp.icns").write_bytes(
        icns({kind: render(renderer, size) for kind, size in ICNS_TYPES.items()})
    )
    (HERE / "icons" / "caseapp.png").write_bytes(render(renderer, 256))
    print("icons written under", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
