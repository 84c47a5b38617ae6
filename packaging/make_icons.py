"""Make the app icon set from its SVG source: PNGs at the hicolor sizes, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py

Qt's own SVG renderer draws each size (no browser or Inkscape needed); Pillow packs the .ico and .icns.
The results are kept in resources/icons/app/ so running the app or building an installer needs neither tool.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
OUT = ROOT / "resources" / "icons" / "app"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's sizes the desktops look for
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        png = render(size)
        (OUT / f"{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
    # Each size drawn from the SVG (not scaled down from 256), so small icons stay sharp.
    images[256].save(OUT / "mailmerge.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[512].save(OUT / "mailmerge.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    print(f"wrote {len(SIZES)} PNGs, mailmerge.ico and mailmerge.icns to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
