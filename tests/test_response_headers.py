"""The response headers the spec declares (issue 18, point 2): every OCR response carries the
request id header, 429 and 413 carry Retry-After, and the client reads the request id by the
name the spec gives it (`x-request-id: true`), not by a name of its own."""

from __future__ import annotations

import pytest

from huaweicloud_ocr import _spec
from huaweicloud_ocr.testing import InProcessOcrServer, sample_png


def test_every_ocr_response_declares_the_request_id_and_throttling_declares_retry_after() -> None:
    name = _spec.request_id_header()
    assert name == "X-Request-Id"
    for method, operation in _spec.operations().items():
        declared = operation["response_headers"]
        assert declared, method
        for status, headers in declared.items():
            assert name in headers, (method, status)
        assert "Retry-After" in declared["429"], method
        assert "Retry-After" in declared["413"], method


def test_the_client_reads_the_request_id_by_the_declared_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = {"result": {"words_block_count": 1, "words_block_list": [{"words": "Hi"}]}}
    with InProcessOcrServer() as server, server.client(region="ap-southeast-1") as ocr:
        server.script("recognize_general_text").reply(body, headers={"X-Trace-Id": "trace-7"})
        monkeypatch.setattr(_spec, "request_id_header", lambda: "X-Trace-Id")
        answer = ocr.recognize_general_text(sample_png())
    assert answer.request_id == "trace-7"
