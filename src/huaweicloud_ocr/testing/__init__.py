"""Helpers for testing code that uses huaweicloud_ocr: a local OCR server and sample images."""

from huaweicloud_ocr.testing.images import sample_png
from huaweicloud_ocr.testing.local_server import LocalOcrServer

__all__ = ["LocalOcrServer", "sample_png"]
