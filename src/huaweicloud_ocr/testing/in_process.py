"""The test OCR server without a socket: an httpx transport that hands each request to the same
service as LocalOcrServer (signatures, checks, scripted answers, default answers), for tests
that make thousands of calls.

    server = InProcessOcrServer()
    ocr = server.client()           # an OcrClient over httpx.Client(transport=server.transport())

Faults as the socket server gives them: a delay longer than the request's read timeout ends in
httpx.ReadTimeout after that timeout, as does `hang()`; `reset()` raises httpx.ReadError. Each
request counts as sent on a new connection (there is no pool to reuse one), so the client's
retry decisions are those of a first request on a fresh connection to LocalOcrServer.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import httpx

from huaweicloud_ocr._transport.attempt import connected
from huaweicloud_ocr.testing._service import (
    DEMO_AK,
    DEMO_PROJECT_ID,
    Answer,
    Request,
    Service,
    request_validators,
)
from huaweicloud_ocr.testing.scripting import OcrTestServer

if TYPE_CHECKING:  # the client is a layer above: imported when a client is made
    from huaweicloud_ocr.client import AsyncOcrClient, OcrClient

__all__ = ["InProcessOcrServer", "OcrTransport"]

# Slices of an asynchronous wait, so that stop() releases a hanging answer soon.
_ASYNC_STEP = 0.01


def _read_timeout(request: httpx.Request) -> float | None:
    timeouts = request.extensions.get("timeout") or {}
    value = timeouts.get("read")
    return None if value is None else float(value)


def _incoming(request: httpx.Request, body: bytes) -> Request:
    headers = {name.lower(): value for name, value in request.headers.items()}
    target = request.url.raw_path.decode("ascii")
    return Request(request.method, target, headers, body)


def _response(request: httpx.Request, answer: Answer) -> httpx.Response:
    headers = list(answer.headers)
    if not any(name.lower() == "x-request-id" for name, _ in headers):
        headers.append(("X-Request-Id", secrets.token_hex(16)))
    headers.append(("Content-Length", str(len(answer.body))))
    body = b"" if request.method == "HEAD" else answer.body
    return httpx.Response(answer.status, headers=headers, content=body, request=request)


class _Outcome:
    """How long to wait before what: answer, time out, reset, or (server stopped) end."""

    def __init__(self, answer: Answer, read_timeout: float | None) -> None:
        self.answer = answer
        self.wait: float | None = answer.delay  # None: until stopped
        self.times_out = False
        if answer.fault == "hang" or (read_timeout is not None and answer.delay > read_timeout):
            self.wait, self.times_out = read_timeout, True

    def finish(self, request: httpx.Request, stopped: bool) -> httpx.Response:
        if stopped:
            raise httpx.ReadError("the test server was stopped", request=request)
        if self.times_out:
            raise httpx.ReadTimeout("timed out (scripted)", request=request)
        if self.answer.fault == "reset":
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        return _response(request, self.answer)


class OcrTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) answering as the test server's service."""

    def __init__(self, service: Service, stopping: threading.Event) -> None:
        self._service = service
        self._stopping = stopping

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        connected()
        answer = self._service.handle(_incoming(request, request.read()))
        outcome = _Outcome(answer, _read_timeout(request))
        stopped = False
        if outcome.wait is None:
            stopped = self._stopping.wait()
        elif outcome.wait > 0:
            stopped = self._stopping.wait(outcome.wait)
        return outcome.finish(request, stopped)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        connected()
        answer = self._service.handle(_incoming(request, await request.aread()))
        outcome = _Outcome(answer, _read_timeout(request))
        end = None if outcome.wait is None else time.monotonic() + outcome.wait
        while not self._stopping.is_set():
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                break
            await asyncio.sleep(_ASYNC_STEP if left is None else min(left, _ASYNC_STEP))
        return outcome.finish(request, self._stopping.is_set())


class InProcessOcrServer(OcrTestServer):
    """The test OCR server as an httpx transport: the same scripting API and checks as
    LocalOcrServer, no socket, no thread. start()/stop() and `with` work as for LocalOcrServer
    (stop() releases hanging answers)."""

    def __init__(
        self,
        *,
        ak: str = DEMO_AK,
        sk: str | None = None,
        project_id: str = DEMO_PROJECT_ID,
        users: dict[tuple[str, str], str] | None = None,
        token_ttl: timedelta = timedelta(hours=24),
    ) -> None:
        super().__init__(ak=ak, sk=sk, project_id=project_id, users=users, token_ttl=token_ttl)
        request_validators()
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        # Loopback, so that the client signs over plain HTTP; nothing is ever sent to it.
        return "http://localhost"

    def transport(self) -> OcrTransport:
        """A transport for httpx.Client(transport=...) or httpx.AsyncClient(transport=...)."""
        return OcrTransport(self._service, self._stopping)

    def client(self, **options: Any) -> OcrClient:
        options.setdefault("http_client", httpx.Client(transport=self.transport()))
        return super().client(**options)

    def async_client(self, **options: Any) -> AsyncOcrClient:
        options.setdefault("http_client", httpx.AsyncClient(transport=self.transport()))
        return super().async_client(**options)

    def start(self) -> InProcessOcrServer:
        return self

    def stop(self) -> None:
        self._stopping.set()

    def __enter__(self) -> InProcessOcrServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
