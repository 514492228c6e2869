"""pytest fixtures for testing code that uses huaweicloud_ocr, without the cloud. Registered
through the `pytest11` entry point: installed with `pip install "huaweicloud-ocr[testing]"`,
they need no import and no conftest.

    def test_reads_the_words(ocr_client: OcrClient) -> None:
        assert my_code.words(ocr_client, "page.png") == [...]

    def test_a_too_big_image(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
        ocr_server.script("recognize_general_text").reply_error("AIS.0103")
        ...

Fixtures (each test gets its own; starting and stopping a server takes about a millisecond):
* `ocr_server`: a running OcrTestServer. At teardown it fails the test when scripted answers
  were left unused (unless the test failed already: the first failure is the one to read).
* `ocr_client`, `async_ocr_client`: an OcrClient and an AsyncOcrClient signing with the
  server's AK/SK, made with `ocr_client_options`.
* `ocr_server_mode`: "socket" (LocalOcrServer, HTTP on 127.0.0.1; the default) or "in_process"
  (InProcessOcrServer, an httpx transport). Override it in a conftest.py, or parametrize it:
  `@pytest.mark.parametrize("ocr_server_mode", ["socket", "in_process"])`.
* `ocr_client_options`: keyword arguments of both clients. The default keeps the client's
  retry rules with short waits (10 to 50 ms; a Retry-After header is still honoured) and a
  read timeout of 2 s, so that a scripted hang() ends quickly; override it to test your own.

jsonschema and the specification are loaded when a server is first made, not at pytest start.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from huaweicloud_ocr.client import AsyncOcrClient, OcrClient
    from huaweicloud_ocr.testing.scripting import OcrTestServer

MODES = ("socket", "in_process")
_CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        item.stash[_CALL_FAILED] = True


@pytest.fixture
def ocr_server_mode() -> str:
    """Which test server `ocr_server` is: "socket" or "in_process"."""
    return "socket"


@pytest.fixture
def ocr_server(ocr_server_mode: str, request: pytest.FixtureRequest) -> Iterator[OcrTestServer]:
    """A running test OCR server; unused scripted answers fail the test at teardown."""
    from huaweicloud_ocr.testing import InProcessOcrServer, LocalOcrServer

    server: LocalOcrServer | InProcessOcrServer
    if ocr_server_mode == "socket":
        server = LocalOcrServer()
    elif ocr_server_mode == "in_process":
        server = InProcessOcrServer()
    else:
        raise pytest.UsageError(
            f"ocr_server_mode {ocr_server_mode!r} is not a mode (rule: one of {', '.join(MODES)})"
        )
    server.start()
    try:
        yield server
    finally:
        server.stop()
    if not request.node.stash.get(_CALL_FAILED, False):
        server.assert_no_pending()


@pytest.fixture
def ocr_client_options() -> dict[str, Any]:
    """Keyword arguments for the `ocr_client` and `async_ocr_client` fixtures."""
    from huaweicloud_ocr import RetryPolicy

    return {
        "retry": RetryPolicy(initial_backoff=0.01, max_backoff=0.05, deadline=30),
        "timeout": 2.0,
    }


@pytest.fixture
def ocr_client(
    ocr_server: OcrTestServer, ocr_client_options: dict[str, Any]
) -> Iterator[OcrClient]:
    """An OcrClient wired to `ocr_server`, signing with its AK/SK."""
    with ocr_server.client(**ocr_client_options) as client:
        yield client


@pytest.fixture
def async_ocr_client(
    ocr_server: OcrTestServer, ocr_client_options: dict[str, Any]
) -> AsyncOcrClient:
    """An AsyncOcrClient wired to `ocr_server`. Its connections belong to the event loop your
    test runs it in; they end with that loop (or `await client.aclose()` in it)."""
    return ocr_server.async_client(**ocr_client_options)
