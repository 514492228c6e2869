"""Helpers for testing code that uses huaweicloud_ocr: a local OCR server and sample images."""

from huaweicloud_ocr.testing.images import noise_png, sample_png
from huaweicloud_ocr.testing.local_server import LocalOcrServer

__all__ = ["LocalOcrServer", "noise_png", "sample_png"]
