"""Issue 14 on the clients: User-Agent, the request id on every result, with_raw_response, the
caller's own httpx client, httpx_args that merge or are refused at construction, the
`huaweicloud_ocr` logger, and max_concurrency bounding an async client's requests in flight."""

from __future__ import annotations

import asyncio
import logging
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from huaweicloud_ocr import (
    NO_RETRY,
    AsyncOcrClient,
    OcrClient,
    RawResponse,
    RetryPolicy,
    __version__,
    models,
)
from huaweicloud_ocr.client import InvalidResponseError
from huaweicloud_ocr.errors import ConfigurationError, RequestTimeoutError
from huaweicloud_ocr.testing import sample_png
from tests.scripted_server import Reply, Script, scripted

OK = {"result": {"words_block_count": 0, "words_block_list": []}}
TOKEN = "config-test-token-0123456789"


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    with scripted(Reply(200, OK)) as running:
        yield running


def client_args(url: str, **kwargs: Any) -> dict[str, Any]:
    return {"endpoint": url, "token": TOKEN, "project_id": "p", **kwargs}


# -- User-Agent --------------------------------------------------------------------------------
def test_user_agent_names_this_client_and_the_app(server: tuple[str, Script]) -> None:
    url, script = server
    with OcrClient(**client_args(url)) as ocr:
        ocr.recognize_general_text(sample_png())
    with OcrClient(**client_args(url, app_name="invoice-scanner/2.1")) as ocr:
        ocr.recognize_general_text(sample_png())
    expected = (
        f"huaweicloud-ocr/{__version__} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )
    assert script.seen[0]["headers"]["User-Agent"] == expected
    assert script.seen[1]["headers"]["User-Agent"] == expected + " invoice-scanner/2.1"


def test_an_app_name_that_cannot_be_a_header_is_refused() -> None:
    with pytest.raises(ValueError, match="User-Agent"):
        OcrClient(**client_args("http://127.0.0.1:1", app_name="bad\r\nname"))


# -- the request id and the raw response ---------------------------------------------------------
def test_every_result_carries_its_request_id(server: tuple[str, Script]) -> None:
    url, _ = server
    with OcrClient(**client_args(url)) as ocr:
        result = ocr.recognize_general_text(sample_png())
    assert result.request_id == "req-1"
    assert result.response is not None
    assert (result.response.status_code, result.response.attempts) == (200, 1)
    assert result.response.elapsed > 0
    assert models.RecognizeGeneralTextResponse.from_dict(OK).request_id is None


def test_with_raw_response_sync(server: tuple[str, Script]) -> None:
    url, _ = server
    with OcrClient(**client_args(url)) as ocr:
        raw = ocr.with_raw_response.recognize_general_text(sample_png())
        plain = ocr.recognize_general_text(sample_png())
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert (raw.request_id, raw.attempts) == ("req-1", 1)
    assert raw.elapsed > 0
    assert raw.content == b'{"result": {"words_block_count": 0, "words_block_list": []}}'
    parsed = raw.parse()
    assert parsed is raw.parse()  # parsed once
    assert parsed.to_dict() == plain.to_dict()
    assert parsed.request_id == "req-1"


def test_with_raw_response_async(server: tuple[str, Script]) -> None:
    url, _ = server

    async def main() -> RawResponse[models.RecognizeGeneralTextResponse]:
        async with AsyncOcrClient(**client_args(url)) as ocr:
            return await ocr.with_raw_response.recognize_general_text(sample_png())

    raw = asyncio.run(main())
    assert (raw.status_code, raw.request_id, raw.attempts) == (200, "req-1", 1)
    assert raw.parse().result.words_block_count == 0


def test_a_raw_answer_without_a_result_fails_when_parsed() -> None:
    with scripted(Reply(200, {})) as (url, _), OcrClient(**client_args(url)) as ocr:
        raw = ocr.with_raw_response.recognize_general_text(sample_png())
        assert raw.content == b"{}"
        with pytest.raises(InvalidResponseError, match="no result"):
            raw.parse()


def test_attempts_count_the_retries() -> None:
    replies = [Reply(429, {"error_code": "APIG.0308", "error_msg": "slow down"}), Reply(200, OK)]
    fast = RetryPolicy(initial_backoff=0.01, max_backoff=0.02)
    with scripted(*replies) as (url, _), OcrClient(**client_args(url, retry=fast)) as ocr:
        result = ocr.recognize_general_text(sample_png())
    assert result.response is not None
    assert (result.response.attempts, result.request_id) == (2, "req-2")


# -- your own HTTP client, and httpx_args --------------------------------------------------------
def test_your_own_http_client_is_used_and_left_open(server: tuple[str, Script]) -> None:
    url, script = server
    seen: list[str] = []
    own = httpx.Client(
        headers={"X-Team": "ocr"},
        event_hooks={"request": [lambda request: seen.append(str(request.url))]},
    )
    with OcrClient(**client_args(url, http_client=own)) as ocr:
        result = ocr.recognize_general_text(sample_png())
    assert result.request_id == "req-1"
    assert seen == [f"{url}/v2/p/ocr/general-text"]
    headers = script.seen[0]["headers"]
    assert headers["X-Team"] == "ocr"
    assert headers["X-Auth-Token"] == TOKEN  # the client's auth, not the http client's
    assert headers["User-Agent"].startswith("huaweicloud-ocr/")
    assert not own.is_closed  # the caller's: closed by the caller
    own.close()


def test_your_own_async_http_client(server: tuple[str, Script]) -> None:
    url, script = server

    async def main() -> None:
        async with httpx.AsyncClient(headers={"X-Team": "ocr"}) as own:
            async with AsyncOcrClient(**client_args(url, http_client=own)) as ocr:
                await ocr.recognize_general_text(sample_png())
            assert not own.is_closed

    asyncio.run(main())
    assert script.seen[0]["headers"]["X-Team"] == "ocr"


def test_the_wrong_kind_of_http_client_is_a_clear_error(server: tuple[str, Script]) -> None:
    url, _ = server
    with (
        OcrClient(**client_args(url, http_client=httpx.AsyncClient())) as ocr,
        pytest.raises(ConfigurationError, match=r"httpx\.Client"),
    ):
        ocr.recognize_general_text(sample_png())


def test_httpx_args_headers_are_merged(server: tuple[str, Script]) -> None:
    url, script = server
    with OcrClient(**client_args(url, httpx_args={"headers": {"X-Team": "ocr"}})) as ocr:
        ocr.recognize_general_text(sample_png())
    assert script.seen[0]["headers"]["X-Team"] == "ocr"
    assert script.seen[0]["headers"]["User-Agent"].startswith("huaweicloud-ocr/")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ({"timeout": 3}, "httpx_args['timeout']"),
        ({"verify": False}, "httpx_args['verify']"),
        ({"headers": {"User-Agent": "x"}}, "httpx_args['headers']['User-Agent']"),
        ({"headers": {"accept-encoding": "br"}}, "httpx_args['headers']['accept-encoding']"),
    ],
)
def test_conflicting_httpx_args_are_refused_at_construction(
    args: dict[str, Any], named: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        OcrClient(**client_args("http://127.0.0.1:1", httpx_args=args))
    assert named in str(caught.value)


# -- the logger ------------------------------------------------------------------------------------
def test_one_debug_line_per_attempt_and_one_info_line_per_retry(
    caplog: pytest.LogCaptureFixture,
) -> None:
    replies = [Reply(503, {"error_code": "ModelArts.4403", "error_msg": "busy"}), Reply(200, OK)]
    fast = RetryPolicy(initial_backoff=0.01, max_backoff=0.02)
    caplog.set_level(logging.DEBUG, logger="huaweicloud_ocr")
    with scripted(*replies) as (url, _), OcrClient(**client_args(url, retry=fast)) as ocr:
        ocr.recognize_general_text(sample_png())
    ours = [r for r in caplog.records if r.name == "huaweicloud_ocr"]
    assert [r.levelname for r in ours] == ["DEBUG", "INFO", "DEBUG"]
    first, retry, second = (r.getMessage() for r in ours)
    assert first.startswith("RecognizeGeneralText attempt 1: ServerError ModelArts.4403")
    assert "request id req-1" in first
    assert retry.startswith("RecognizeGeneralText: retrying in ")
    assert "after ServerError ModelArts.4403 (attempt 1 of 4)" in retry
    assert second.startswith("RecognizeGeneralText attempt 2: HTTP 200, request id req-2")
    assert all(TOKEN not in m and "busy" not in m for m in (first, retry, second))


def test_the_log_is_switched_on_by_an_environment_variable(server: tuple[str, Script]) -> None:
    url, _ = server
    script = (
        "from huaweicloud_ocr import OcrClient\n"
        "from huaweicloud_ocr.testing import sample_png\n"
        f"OcrClient(endpoint={url!r}, token={TOKEN!r}, project_id='p')"
        ".recognize_general_text(sample_png())\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", script],
        env={"HUAWEICLOUD_OCR_LOG": "debug", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "huaweicloud_ocr DEBUG RecognizeGeneralText attempt 1: HTTP 200" in done.stderr
    assert TOKEN not in done.stderr


# -- async stays linear ----------------------------------------------------------------------------
class _Counting(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    lock = threading.Lock()
    now = 0
    most = 0

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        cls = type(self)
        with cls.lock:
            cls.now += 1
            cls.most = max(cls.most, cls.now)
        time.sleep(0.02)
        with cls.lock:
            cls.now -= 1
        data = b'{"result": {"words_block_count": 0}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_max_concurrency_bounds_the_requests_in_flight() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"

    async def main() -> None:
        async with AsyncOcrClient(**client_args(url, max_concurrency=4)) as ocr:
            await asyncio.gather(*(ocr.recognize_general_text(sample_png()) for _ in range(40)))

    try:
        asyncio.run(main())
    finally:
        server.shutdown()
        server.server_close()
    assert _Counting.most == 4  # reached, never passed


def test_a_wait_for_a_pooled_connection_says_it_was_the_clients_own_pool() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    own = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))

    async def main() -> None:
        async with AsyncOcrClient(
            **client_args(url, http_client=own, timeout=httpx.Timeout(5, pool=0.001)),
            retry=NO_RETRY,
        ) as ocr:
            await asyncio.gather(*(ocr.recognize_general_text(sample_png()) for _ in range(8)))

    try:
        with pytest.raises(RequestTimeoutError, match="own pool"):
            asyncio.run(main())
    finally:
        server.shutdown()
        server.server_close()
