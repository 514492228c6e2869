"""Make docs/overlay.png, the README's picture of an overlay, with the package's own code.

    .venv/bin/python docs/make_overlay_picture.py [OUT_DIR]      # default: docs/

A sample invoice page is drawn with Pillow, its text at the very places where the documented
Smart Document Recognizer example (openapi.yaml, SmartDocumentRecognizerSuccess) locates its
title, words, key-value pair and formula, and table grids in its table and form boxes, so that
the boxes drawn afterwards fall on the things they mark. The page is sent to the embedded test
server (huaweicloud_ocr.testing.InProcessOcrServer, no network), which answers that example, and
`exports.overlay.draw_overlay(..., show_text=True)` draws the answer on the page.

Fonts are Pillow's built-in one (`ImageFont.load_default`), so the picture can be remade
anywhere; its pixels may differ slightly between Pillow versions, its size does not.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from huaweicloud_ocr.exports.overlay import draw_overlay
from huaweicloud_ocr.results.locations import Located, locations_of
from huaweicloud_ocr.testing import InProcessOcrServer

SIZE = (3000, 1250)  # the example's boxes reach x 2919, y 1177
NAME = "overlay.png"
FORMULA = (
    "int_L (2xy^3 - y^2 cos x) dx + (1 - 2y sin x + 3x^2 y^2) dy"  # the example LaTeX, in ASCII
)


def _fit(draw: ImageDraw.ImageDraw, box: Located, text: str) -> None:
    """Write `text` in the box, as large as its height allows and no wider than the box."""
    (left, top), (right, _), (_, bottom) = box.quad[0], box.quad[1], box.quad[2]
    size = max(8, int((bottom - top) * 0.8))
    font = ImageFont.load_default(size)
    while size > 8 and draw.textlength(text, font=font) > right - left:
        size -= 2
        font = ImageFont.load_default(size)
    draw.text((left + 4, (top + bottom) / 2), text, fill=(20, 20, 20), font=font, anchor="lm")


def _grid(draw: ImageDraw.ImageDraw, box: Located, rows: int, columns: int) -> None:
    (left, top), (right, bottom) = box.quad[0], box.quad[2]
    draw.rectangle((left, top, right, bottom), outline=(60, 60, 60), width=2)
    for r in range(1, rows):
        y = top + (bottom - top) * r / rows
        draw.line((left, y, right, y), fill=(60, 60, 60), width=2)
    for c in range(1, columns):
        x = left + (right - left) * c / columns
        draw.line((x, top, x, bottom), fill=(60, 60, 60), width=2)


def sample_page(answer: Any) -> Image.Image:
    """The page the answer describes: text where it locates text, grids where it finds tables."""
    page = Image.new("RGB", SIZE, (250, 248, 240))
    draw = ImageDraw.Draw(page)
    for box in locations_of(answer):
        if box.kind == "table":
            _grid(draw, box, 4, 3 if box.label == "form" else 6)
        elif box.kind == "formula":
            _fit(draw, box, FORMULA)
        elif box.kind in ("word", "key_value") or (box.kind == "layout" and box.label == "title"):
            _fit(draw, box, box.text or "")
    return page


def make(out_dir: Path) -> Path:
    with InProcessOcrServer() as server, server.client() as ocr:
        # The example first, to know where to draw; then the page drawn is what is sent.
        blank = io.BytesIO()
        Image.new("RGB", SIZE, "white").save(blank, "PNG")
        example = ocr.recognize_smart_document_recognizer(blank.getvalue())
        png = io.BytesIO()
        sample_page(example).save(png, "PNG")
        answer = ocr.recognize_smart_document_recognizer(
            png.getvalue(), layout=True, table=True, kv=True, form=True, formula=True
        )
    picture = draw_overlay(png.getvalue(), answer, show_text=True, line_width=5, font_size=30)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / NAME
    picture.save(target, "PNG", optimize=True)
    return target


if __name__ == "__main__":
    where = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    print(make(where))
