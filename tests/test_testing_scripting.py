"""Scripted answers of the test servers (issue 17), every scenario through both modes: the
socket server (LocalOcrServer) and the httpx transport (InProcessOcrServer), by parametrizing
the plugin's `ocr_server_mode` fixture. The clients are the plugin's fixtures."""

from __future__ import annotations

# The plugin's fixtures are imported by name (F401) and used as test arguments (F811): loaded
# here, not through the pytest11 entry point, the dev install need not be rebuilt to run them.
# ruff: noqa: F811
import asyncio
import hashlib
import time
from typing import Any

import httpx
import pytest

from huaweicloud_ocr import AsyncOcrClient, OcrClient, RetryPolicy, errors
from huaweicloud_ocr.testing import (
    InProcessOcrServer,
    OcrTestServer,
    PendingAnswersError,
    ScriptError,
    sample_png,
)
from huaweicloud_ocr.testing.pytest_plugin import (  # noqa: F401 - fixtures, used by name
    async_ocr_client,
    ocr_client,
    ocr_client_options,
    ocr_server,
)
from huaweicloud_ocr_api import models

IMAGE = sample_png(64, 48)
WORDS = {
    "result": {
        "words_block_count": 1,
        "words_block_list": [{"words": "scripted", "location": [[0, 0], [9, 0], [9, 9], [0, 9]]}],
    }
}


@pytest.fixture(params=["socket", "in_process"])
def ocr_server_mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def words(result: models.RecognizeGeneralTextResponse) -> list[str]:
    assert result.result is not None
    return [str(block.words) for block in result.result.words_block_list or []]


def test_a_scripted_body_is_answered_and_the_call_recorded(
    ocr_server: OcrTestServer, ocr_client: OcrClient
) -> None:
    ocr_server.script("recognize_general_text").reply(WORDS)
    assert words(ocr_client.recognize_general_text(IMAGE, language="de")) == ["scripted"]
    (call,) = ocr_server.calls
    assert call.operation == "recognize_general_text"
    assert call.operation_id == "RecognizeGeneralText"
    assert call.options == {"language": "de"}  # never the image
    assert call.image_sha256 == hashlib.sha256(IMAGE).hexdigest()
    assert call.auth == "aksk"
    assert (call.status, call.scripted, call.url) == (200, True, None)
    # Used up: the next call gets the documented default answer.
    assert words(ocr_client.recognize_general_text("https://example.com/a.png")) != ["scripted"]
    assert ocr_server.calls[1].url == "https://example.com/a.png"
    assert ocr_server.calls[1].image_sha256 is None
    ocr_server.assert_no_pending()


def test_a_model_can_be_a_scripted_body(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
    model = models.RecognizeGeneralTextResponse.from_dict(WORDS)
    ocr_server.script("recognize_general_text").reply(model)
    assert words(ocr_client.recognize_general_text(IMAGE)) == ["scripted"]


@pytest.mark.parametrize(
    ("body", "field", "problem"),
    [
        ({"result": {"word_block_list": []}}, "result.word_block_list", "is not a field"),
        (
            {"result": {"words_block_list": [{"wrods": "x"}]}},
            "result.words_block_list[0].wrods",
            "is not a field",
        ),
        (
            {"result": {"words_block_count": "one"}},
            "result.words_block_count",
            "is not of type 'integer'",
        ),
        (
            {"result": {"words_block_list": [{"confidence": 2}]}},
            "result.words_block_list.0.confidence",
            "maximum",
        ),
        ([1, 2], "body", "is a list"),
    ],
)
def test_a_body_off_the_schema_fails_when_added(
    ocr_server: OcrTestServer, body: Any, field: str, problem: str
) -> None:
    with pytest.raises(ScriptError) as caught:
        ocr_server.script("recognize_general_text").reply(body)
    assert caught.value.field == field
    assert problem in str(caught.value)
    assert isinstance(caught.value, errors.OcrError)
    ocr_server.assert_no_pending()  # nothing was added


def test_scripting_mistakes_fail_at_once(ocr_server: OcrTestServer) -> None:
    script = ocr_server.script("recognize_id_card")
    cases: list[tuple[Any, str]] = [
        (lambda: ocr_server.script("recognise_id_card"), "operation"),
        (lambda: script.reply_example("IdCardSide"), "example"),
        (lambda: script.reply_error("AIS.9999"), "code"),
        (lambda: script.reply_error("AIS.0101"), "status"),  # no documented status
        (lambda: script.reply_error("AIS.0103", status=200), "status"),
        (lambda: script.reply_status(99), "status"),
        (
            lambda: script.reply_status(500, headers={"Content-Length": "3"}),
            "headers['Content-Length']",
        ),
        (lambda: script.reply_status(500, delay=-1), "delay"),
        (lambda: script.reply_status(500, times=0), "times"),
        (lambda: script.when(language="de"), "when(language=...)"),
    ]
    for make, field in cases:
        with pytest.raises(ScriptError) as caught:
            make()
        assert caught.value.field == field
    assert ocr_server.pending() == []


def test_documented_examples_by_name_with_their_status(
    ocr_server: OcrTestServer, ocr_client: OcrClient
) -> None:
    ocr_server.script("recognize_id_card").reply_example("IdCardBack").reply_example(
        "IdCardFailure"
    )
    back = ocr_client.recognize_id_card(IMAGE)
    assert back.result is not None
    assert back.result.valid_to == "2034-08-26"
    with pytest.raises(errors.BadRequestError) as caught:
        ocr_client.recognize_id_card(IMAGE)
    assert (caught.value.status_code, caught.value.error_code) == (400, "AIS.0103")
    assert [c.status for c in ocr_server.calls] == [200, 400]


@pytest.mark.parametrize(
    ("code", "status", "error"),
    [
        ("AIS.0103", 400, errors.BadRequestError),  # x-error-codes http_status
        ("ModelArts.4204", 403, errors.ForbiddenError),  # named by the Forbidden response
        ("APIG.0308", 429, errors.RateLimitError),
        ("ModelArts.4505", 500, errors.ServerError),
    ],
)
def test_documented_errors_by_code_with_their_status(
    ocr_server: OcrTestServer, ocr_client: OcrClient, code: str, status: int, error: type[Exception]
) -> None:
    ocr_server.script("recognize_passport").reply_error(code, times=None)  # retries included
    with pytest.raises(error) as caught:
        ocr_client.recognize_passport(IMAGE)
    assert isinstance(caught.value, errors.ApiError)
    assert (caught.value.status_code, caught.value.error_code) == (status, code)
    assert {c.status for c in ocr_server.calls} == {status}


def test_an_undocumented_status_is_given_explicitly(
    ocr_server: OcrTestServer, ocr_client: OcrClient
) -> None:
    ocr_server.script("recognize_passport").reply_error("AIS.0101", status=400, message="bad side")
    with pytest.raises(errors.BadRequestError) as caught:
        ocr_client.recognize_passport(IMAGE)
    assert caught.value.error_code == "AIS.0101"
    assert "bad side" in str(caught.value)


def test_a_429_with_retry_after_is_retried_then_answered(
    ocr_server: OcrTestServer, ocr_client: OcrClient
) -> None:
    ocr_server.script("recognize_general_text").reply_status(
        429, headers={"Retry-After": "0"}, body={"error_code": "APIG.0308", "error_msg": "slow"}
    ).reply(WORDS)
    assert words(ocr_client.recognize_general_text(IMAGE)) == ["scripted"]
    assert [c.status for c in ocr_server.calls] == [429, 200]


def test_a_500_every_time_ends_in_a_server_error_after_every_attempt(
    ocr_server: OcrTestServer, ocr_client: OcrClient
) -> None:
    ocr_server.script("recognize_general_text").reply_status(500, times=None)
    with pytest.raises(errors.ServerError) as caught:
        ocr_client.recognize_general_text(IMAGE)
    assert caught.value.attempts == 4
    assert len(ocr_server.calls) == 4


def test_an_html_502_from_a_gateway(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    ocr_server.script("recognize_general_text").reply_status(
        502, headers={"Content-Type": "text/html"}, body=html
    )
    with pytest.raises(errors.ServerError) as caught:
        ocr_client.recognize_general_text(IMAGE)
    assert caught.value.status_code == 502
    assert "502 Bad Gateway" in str(caught.value)  # the non-JSON answer, quoted
    assert len(ocr_server.calls) == 1  # a gateway's 502 is not retried by default


def test_added_latency(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
    ocr_server.script("recognize_general_text").reply(WORDS, delay=0.2)
    started = time.monotonic()
    ocr_client.recognize_general_text(IMAGE)
    assert time.monotonic() - started >= 0.2


def test_latency_past_the_read_timeout_is_a_timeout(
    ocr_server: OcrTestServer, ocr_client_options: dict[str, Any]
) -> None:
    ocr_server.script("recognize_general_text").reply(WORDS, delay=1)
    with ocr_server.client(**{**ocr_client_options, "timeout": 0.2}) as client:
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError):
            client.recognize_general_text(IMAGE)
    assert time.monotonic() - started < 0.9


def test_a_hang_is_a_timeout(ocr_server: OcrTestServer, ocr_client_options: dict[str, Any]) -> None:
    ocr_server.script("recognize_general_text").hang()
    with (
        ocr_server.client(**{**ocr_client_options, "timeout": 0.2}) as client,
        pytest.raises(errors.RequestTimeoutError),
    ):
        client.recognize_general_text(IMAGE)
    assert [c.status for c in ocr_server.calls] == [0]


def test_a_reset_connection(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
    ocr_server.script("recognize_general_text").reset()
    with pytest.raises(errors.TransportError) as caught:
        ocr_client.recognize_general_text(IMAGE)
    assert not isinstance(caught.value, errors.RequestTimeoutError)
    # Sent whole on a new connection: it may have been billed, so it is not sent again.
    assert len(ocr_server.calls) == 1


def test_a_reset_is_retried_when_asked(
    ocr_server: OcrTestServer, ocr_client_options: dict[str, Any]
) -> None:
    ocr_server.script("recognize_general_text").reset().reply(WORDS)
    retry = RetryPolicy(initial_backoff=0.01, max_backoff=0.02, retry_after_send=True)
    with ocr_server.client(**{**ocr_client_options, "retry": retry}) as client:
        assert words(client.recognize_general_text(IMAGE)) == ["scripted"]
    assert [c.status for c in ocr_server.calls] == [0, 200]


def test_answers_chosen_by_options(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
    ocr_server.script("recognize_general_text").when(language="de").reply(WORDS, times=None)
    ocr_server.script("recognize_general_text").when(
        lambda options: options.get("detect_direction") is True
    ).reply_error("AIS.0103")
    assert words(ocr_client.recognize_general_text(IMAGE, language="zh")) != ["scripted"]
    assert words(ocr_client.recognize_general_text(IMAGE, language="de")) == ["scripted"]
    assert words(ocr_client.recognize_general_text(IMAGE, language="de")) == ["scripted"]
    with pytest.raises(errors.BadRequestError):
        ocr_client.recognize_general_text(IMAGE, detect_direction=True)
    assert [c.scripted for c in ocr_server.calls] == [False, True, True, True]


def test_a_failing_matcher_is_answered_as_such(
    ocr_server: OcrTestServer, ocr_client: OcrClient
) -> None:
    def broken(options: Any) -> bool:
        raise KeyError("missing")

    ocr_server.script("recognize_general_text").when(broken).reply(WORDS)
    with pytest.raises(errors.ApiError) as caught:
        ocr_client.recognize_general_text(IMAGE, extra_headers={})
    assert caught.value.error_code == "LocalOcrServer.MatcherFailed"
    assert "broken" in str(caught.value)
    ocr_server.clear()


def test_unused_answers_are_reported(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
    ocr_server.script("recognize_general_text").reply(WORDS).reply_error("AIS.0103")
    ocr_server.script("recognize_passport").when(country_code="GENERAL").reply_status(503)
    ocr_client.recognize_general_text(IMAGE)
    with pytest.raises(PendingAnswersError) as caught:
        ocr_server.assert_no_pending()
    message = str(caught.value)
    assert "2 scripted answer(s) not used" in message
    assert "recognize_general_text: error AIS.0103 (400)" in message
    assert "recognize_passport: status 503 when country_code='GENERAL'" in message
    assert "a body" not in message  # the used one
    ocr_server.clear()
    ocr_server.assert_no_pending()
    assert ocr_server.calls == []


def raw_http(server: OcrTestServer) -> httpx.Client:
    """Plain httpx to the server, token-authenticated: requests the client would not send."""
    transport = server.transport() if isinstance(server, InProcessOcrServer) else None
    headers = {"X-Auth-Token": server.issue_token()}
    return httpx.Client(base_url=server.url, transport=transport, headers=headers)


def test_a_request_the_service_refuses_is_refused_whatever_the_script(
    ocr_server: OcrTestServer,
) -> None:
    ocr_server.script("recognize_general_text").reply(WORDS)
    path = f"/v2/{ocr_server.project_id}/ocr/general-text"
    with raw_http(ocr_server) as http:
        answer = http.post(path, json={"language": "de"})  # neither image nor url
    assert (answer.status_code, answer.json()["error_code"]) == (400, "AIS.0101")
    assert ocr_server.pending() == ["recognize_general_text: a body"]
    assert [(c.status, c.scripted, c.auth) for c in ocr_server.calls] == [(400, False, "token")]
    ocr_server.clear()


def test_the_async_client_meets_the_same_script(
    ocr_server: OcrTestServer, async_ocr_client: AsyncOcrClient
) -> None:
    ocr_server.script("recognize_general_text").reply(WORDS).reply_error("AIS.0103")

    async def main() -> list[str]:
        async with async_ocr_client as ocr:
            found = words(await ocr.recognize_general_text(IMAGE))
            with pytest.raises(errors.BadRequestError):
                await ocr.recognize_general_text(IMAGE)
            return found

    assert asyncio.run(main()) == ["scripted"]
    assert [c.status for c in ocr_server.calls] == [200, 400]


def test_an_async_hang_is_a_timeout(
    ocr_server: OcrTestServer, ocr_client_options: dict[str, Any]
) -> None:
    ocr_server.script("recognize_general_text").hang()

    async def main() -> None:
        async with ocr_server.async_client(**{**ocr_client_options, "timeout": 0.2}) as ocr:
            with pytest.raises(errors.RequestTimeoutError):
                await ocr.recognize_general_text(IMAGE)

    asyncio.run(main())


def test_tokens_are_recorded_as_such(ocr_server: OcrTestServer) -> None:
    token = ocr_server.issue_token()
    with ocr_server.client(ak=None, sk=None, token=token) as client:
        client.recognize_general_text(IMAGE)
    assert ocr_server.calls[0].auth == "token"
