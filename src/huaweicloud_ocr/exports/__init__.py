"""Exports of a result (issue 16), built on `huaweicloud_ocr.results`; like it, they read
models or saved JSON and never call the service.

    from huaweicloud_ocr.exports.hocr import to_hocr
    from huaweicloud_ocr.exports.overlay import draw_overlay

Modules so far: `overlay` (every quadrilateral of an answer drawn on the image, with Pillow,
an optional extra) and `hocr` (hOCR 1.2 XHTML of any answer with located text, no extra).
Optional libraries are imported inside the function that needs them; when one is missing the
error is `MissingExtraError`, naming the extra to install.
"""

from __future__ import annotations

from huaweicloud_ocr.errors import MissingExtraError

__all__ = ["MissingExtraError"]
