"""OcrClient and AsyncOcrClient over real HTTP on 127.0.0.1: every operation through the local
OCR server, and errors, retries and options through a scripted server."""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from huaweicloud_ocr import (
    AsyncOcrClient,
    OcrClient,
    OperationRegionWarning,
    RetryPolicy,
    _spec,
    errors,
)
from huaweicloud_ocr.testing import LocalOcrServer, sample_png
from huaweicloud_ocr_api import models
from tests import golden
from tests.scripted_server import Reply, scripted

OPERATIONS = sorted(_spec.operations())
FAST_RETRY = RetryPolicy(max_attempts=3, initial_backoff=0.01, max_backoff=0.02, deadline=5)
OK_TEXT = {"result": {"words_block_count": 0, "words_block_list": []}}


def client_for(server: LocalOcrServer, **kwargs: object) -> OcrClient:
    return OcrClient(
        endpoint=server.url,
        ak=server.ak,
        sk=server.sk,
        project_id=server.project_id,
        **kwargs,  # type: ignore[arg-type]
    )


def first_success_example(operation: str) -> object:
    spec = golden.load_spec()
    op_id = _spec.operation(operation)["operation_id"]
    example = next(
        e for e in golden.examples(spec) if e.operation_id == op_id and e.status == "200"
    )
    return example.value


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_operation_through_the_local_server(server: LocalOcrServer, operation: str) -> None:
    assert "png" in _spec.operation(operation)["image_constraints"]["formats"]
    with client_for(server) as ocr:
        result = getattr(ocr, operation)(sample_png())
        by_url = getattr(ocr, operation)("https://example.com/image.png")
    expected = golden.canonical_json(first_success_example(operation))
    assert golden.canonical_json(result.to_dict()) == expected
    assert golden.canonical_json(by_url.to_dict()) == expected


def test_async_client_with_a_token_runs_operations_concurrently(server: LocalOcrServer) -> None:
    async def main() -> list[str]:
        async with AsyncOcrClient(
            endpoint=server.url, token=server.issue_token(), project_id=server.project_id
        ) as ocr:
            results = await asyncio.gather(*(getattr(ocr, op)(sample_png()) for op in OPERATIONS))
            return [type(r).__name__ for r in results]

    names = asyncio.run(main())
    assert names == [
        f"Recognize{_spec.operation(op)['operation_id'][len('Recognize') :]}Response"
        for op in OPERATIONS
    ]


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (
            lambda o: o.recognize_passport(sample_png(), url="https://e.com/a.png"),
            "image/url",
            "exactly one",
        ),
        (lambda o: o.recognize_passport(), "image/url", "exactly one"),
        (
            lambda o: o.recognize_general_text(sample_png(), language="xx"),
            "language",
            "one of auto",
        ),
        (lambda o: o.recognize_id_card(b""), "image", "non-empty"),
        (
            lambda o: o.recognize_id_card(b"%PDF-1.7 not allowed here"),
            "image",
            "one of jpeg, png, bmp, tiff",
        ),
        (lambda o: o.recognize_passport(sample_png(8, 8)), "image", "no side smaller than 15"),
        (
            lambda o: o.recognize_id_card(sample_png(9000, 20)),
            "image",
            "the wide edge at most 8000",
        ),
        (
            lambda o: o.recognize_passport(b"\x89PNG\r\n\x1a\n" + bytes(8 * 1024 * 1024)),
            "image",
            "10 MB",
        ),
        (lambda o: o.recognize_passport(url="ftp://example.com/a.png"), "url", "HTTP/HTTPS"),
        (lambda o: o.recognize_passport("no/such/file.png"), "image", "a path, bytes"),
        (
            lambda o: o.recognize_auto_id_doc_classification(sample_png(), url="https://e.com/a"),
            "data/url",
            "exactly one",
        ),
        (
            lambda o: o.recognize_passport(sample_png(), extra_body={"url": "https://e.com"}),
            "extra_body",
            "url=",
        ),
    ],
)
def test_bad_input_fails_locally_before_sending(
    server: LocalOcrServer, call: Callable[[OcrClient], object], field: str, rule: str
) -> None:
    before = len(server.state.calls)
    with client_for(server) as ocr, pytest.raises(errors.ValidationError) as caught:
        call(ocr)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert len(server.state.calls) == before


def test_image_from_path_and_file_object(server: LocalOcrServer, tmp_path: Path) -> None:
    path = tmp_path / "ünïcode name.png"
    path.write_bytes(sample_png())
    with client_for(server) as ocr:
        assert ocr.recognize_web_image(path).result is not None
        assert ocr.recognize_web_image(str(path)).result is not None
        with path.open("rb") as fh:
            assert ocr.recognize_web_image(fh).result is not None


def test_documented_server_errors_become_typed_errors_with_cause_and_solution() -> None:
    body = {"error_code": "AIS.0103", "error_msg": "The image size does not meet the requirements."}
    with (
        scripted(Reply(400, body)) as (url, script),
        OcrClient(
            endpoint=url, ak="AKAKAKAKAKAK", sk="sk", project_id="p", retry=FAST_RETRY
        ) as ocr,
        pytest.raises(errors.BadRequestError) as caught,
    ):
        ocr.recognize_general_text(sample_png())
    error = caught.value
    assert (error.status_code, error.error_code, error.request_id) == (400, "AIS.0103", "req-1")
    assert error.solution is not None
    assert "Check the image size" in error.solution
    assert len(script.seen) == 1  # documented input errors are never retried


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (429, errors.RateLimitError),
        (503, errors.ServerError),
    ],
)
def test_status_classes(status: int, kind: type[errors.ApiError]) -> None:
    with (
        scripted(Reply(status, {"error_code": "ModelArts.4204", "error_msg": "x"})) as (
            url,
            script,
        ),
        OcrClient(
            endpoint=url, ak="AKAKAKAKAKAK", sk="sk", project_id="p", retry=FAST_RETRY
        ) as ocr,
        pytest.raises(kind),
    ):
        ocr.recognize_general_text(sample_png())
    assert len(script.seen) == (3 if status in (429, 503) else 1)


def test_retries_503_then_succeeds_and_honours_retry_after() -> None:
    replies = [
        Reply(503, b"<html>gateway</html>"),
        Reply(429, {"error_code": "APIG.0308"}, {"Retry-After": "0"}),
        Reply(200, OK_TEXT),
    ]
    with (
        scripted(*replies) as (url, script),
        OcrClient(
            endpoint=url, ak="AKAKAKAKAKAK", sk="sk", project_id="p", retry=FAST_RETRY
        ) as ocr,
    ):
        result = ocr.recognize_general_text(sample_png())
    assert result.result is not None
    assert len(script.seen) == 3


def test_connection_errors_are_retried_then_wrapped() -> None:
    with scripted(Reply(200, OK_TEXT)) as (url, _):
        pass  # the server is gone: the port refuses connections now
    with (
        OcrClient(
            endpoint=url, ak="AKAKAKAKAKAK", sk="sk", project_id="p", retry=FAST_RETRY
        ) as ocr,
        pytest.raises(errors.TransportError, match="3 attempt"),
    ):
        ocr.recognize_general_text(sample_png())


def test_extra_body_extra_headers_and_unknown_response_fields() -> None:
    answer = {
        "result": {"words_block_count": 1, "words_block_list": [], "brand_new": {"x": 1}},
        "top_new": True,
    }
    with (
        scripted(Reply(200, answer)) as (url, script),
        OcrClient(endpoint=url, ak="AKAKAKAKAKAK", sk="sk", project_id="p") as ocr,
    ):
        result = ocr.recognize_general_text(
            sample_png(),
            detect_direction=True,
            enterprise_project_id="ep-1",
            extra_body={"detect_new_thing": True},
            extra_headers={"X-Trace": "t-1"},
        )
    sent = script.seen[0]
    body = json.loads(sent["body"])
    assert body["detect_new_thing"] is True
    assert body["detect_direction"] is True
    assert sent["headers"]["X-Trace"] == "t-1"
    assert sent["headers"]["Enterprise-Project-Id"] == "ep-1"
    assert sent["path"] == "/v2/p/ocr/general-text"
    assert isinstance(result.result, models.GeneralTextResult)
    assert result.result["brand_new"] == {"x": 1}
    assert result["top_new"] is True


def test_unreadable_success_answer_is_an_invalid_response_error() -> None:
    with (
        scripted(Reply(200, b"not json")) as (url, _),
        OcrClient(endpoint=url, ak="AKAKAKAKAKAK", sk="sk", project_id="p") as ocr,
        pytest.raises(errors.ApiError) as caught,
    ):
        ocr.recognize_general_text(sample_png())
    assert caught.value.request_id == "req-1"


def test_region_warning_and_region_endpoint() -> None:
    ocr = OcrClient("la-south-2", ak="AKAKAKAKAKAK", sk="sk", project_id="p")
    assert ocr.endpoint == "https://ocr.la-south-2.myhuaweicloud.com"
    with (
        scripted(Reply(200, OK_TEXT)) as (url, _),
        OcrClient("la-south-2", endpoint=url, ak="AKAKAKAKAKAK", sk="sk", project_id="p") as ocr,
    ):
        with pytest.warns(OperationRegionWarning, match="ap-southeast-1"):
            ocr.recognize_general_text(sample_png())
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # documented in la-south-2: no warning
            assert ocr.recognize_chile_id_card(sample_png()).result is not None


def test_configuration_errors() -> None:
    with pytest.raises(errors.ConfigurationError, match="not a documented OCR region"):
        OcrClient("mars-1", ak="AKAKAKAKAKAK", sk="sk")
    with pytest.raises(errors.ConfigurationError, match="not HTTPS"):
        OcrClient(endpoint="http://ocr.example.com", ak="AKAKAKAKAKAK", sk="sk")
    with pytest.raises(errors.CredentialsError):
        OcrClient("ap-southeast-1", env={"HUAWEICLOUD_SDK_CREDENTIALS_FILE": "/nonexistent"})
    ocr = OcrClient("ap-southeast-1", ak="AKAKAKAKAKAK", sk="secret-value-1234", env={})
    with pytest.raises(errors.ConfigurationError, match="project_id"):
        ocr.recognize_general_text(sample_png())
    assert "secret-value-1234" not in repr(ocr)
