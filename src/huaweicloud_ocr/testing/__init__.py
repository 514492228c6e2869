"""Helpers for testing code that uses huaweicloud_ocr without the cloud: a local OCR server
(LocalOcrServer, HTTP on 127.0.0.1) and the same server as an httpx transport
(InProcessOcrServer), both with scripted answers and a record of calls; the pytest plugin
(huaweicloud_ocr.testing.pytest_plugin: fixtures ocr_server, ocr_client, async_ocr_client);
small sample images."""

from huaweicloud_ocr.testing._service import Call
from huaweicloud_ocr.testing.images import noise_png, sample_png
from huaweicloud_ocr.testing.in_process import InProcessOcrServer, OcrTransport
from huaweicloud_ocr.testing.local_server import LocalOcrServer
from huaweicloud_ocr.testing.scripting import (
    OcrTestServer,
    OperationScript,
    PendingAnswersError,
    ScriptError,
)

__all__ = [
    "Call",
    "InProcessOcrServer",
    "LocalOcrServer",
    "OcrTestServer",
    "OcrTransport",
    "OperationScript",
    "PendingAnswersError",
    "ScriptError",
    "noise_png",
    "sample_png",
]
