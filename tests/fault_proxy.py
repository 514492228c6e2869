"""A fault-injecting HTTP proxy on 127.0.0.1, in front of an upstream server on 127.0.0.1 (the
local OCR server, tests/auth_server.py, ...).

Every request is read whole, given a key (by default: a digest of the image it carries, so the
attempts for one image share a key whatever order the requests arrive in) and an attempt
number (how many requests with that key came before it, plus one). The plan, a function of
(key, attempt), picks the fault: deterministic, and seeded where it is random (SeededFaults),
so a run can be reproduced whatever the thread scheduling. Each request is logged (Exchange)
with the fault applied and the X-Request-Id of the answer written, if any: the proxy adds
`fp-<n>` to every answer it writes that has none of its own.

    with FaultProxy(server.url, first(Fault.JSON_503)) as proxy:
        ocr = OcrClient(endpoint=proxy.url, ...)
"""

from __future__ import annotations

import base64
import enum
import hashlib
import http.client
import json
import os
import random
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


class Fault(enum.StrEnum):
    PASS = "pass"  # forwarded, the upstream's answer sent back unchanged
    RESET = "reset"  # TCP RST (SO_LINGER 0) once the request is read: no answer at all
    TRUNCATE = "truncate"  # upstream's 200 with its full Content-Length, half the body, then EOF
    HTML_502 = "html-502"  # a gateway's text/html 502 page
    JSON_503 = "json-503"  # 503 with a documented JSON error (ModelArts.4403)
    RATE_429 = "rate-429"  # 429 APIG.0308 with Retry-After: <retry_after>
    SLOW = "slow"  # nothing for `slow_seconds`, then the upstream's answer
    STALL = "stall"  # the upstream's headers at once, its body after `slow_seconds`
    BAD_JSON = "bad-json"  # 200, application/json, half of the upstream's body (invalid JSON)
    TEXT_PLAIN = "text-plain"  # the upstream's answer relabelled Content-Type: text/plain


# Faults that forward the request: the upstream processes (and would bill) it.
FORWARDED = frozenset(
    {Fault.PASS, Fault.TRUNCATE, Fault.SLOW, Fault.STALL, Fault.BAD_JSON, Fault.TEXT_PLAIN}
)

Plan = Callable[[str, int], Fault]

GATEWAY_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
UNAVAILABLE_503 = {
    "error_code": "ModelArts.4403",
    "error_msg": "Backend service unavailable error.",
}
THROTTLED_429 = {
    "error_code": "APIG.0308",
    "error_msg": "The throttling threshold has been reached: policy user over ratelimit,"
    "limit:20,time:1 minute.",
}
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
# Written by BaseHTTPRequestHandler itself (Server, Date) or by _answer (the rest).
_REWRITTEN = _HOP_BY_HOP | {"content-length", "date", "server"}


# -- plans -----------------------------------------------------------------------------------------
def healthy(key: str, attempt: int) -> Fault:
    return Fault.PASS


def always(kind: Fault) -> Plan:
    """`kind` for every request."""
    return lambda key, attempt: kind


def script(*kinds: Fault) -> Plan:
    """kinds[0] for each key's first attempt, kinds[1] for its second, ...; then PASS."""
    return lambda key, attempt: kinds[attempt - 1] if attempt <= len(kinds) else Fault.PASS


def first(kind: Fault, times: int = 1) -> Plan:
    """`kind` for each key's first `times` attempts, then PASS."""
    return script(*[kind] * times)


@dataclass(frozen=True)
class SeededFaults:
    """A fault schedule per key, drawn from random.Random(f"{seed}:{key}"): the key is faulty
    with probability `rate`; a faulty key gets 1 to `max_faults` faults, one kind each, for its
    first attempts, and PASS after them. The same seed and keys give the same schedules."""

    seed: int
    rate: float
    kinds: Sequence[Fault]
    max_faults: int = 3

    def schedule(self, key: str) -> tuple[Fault, ...]:
        rng = random.Random(f"{self.seed}:{key}")  # noqa: S311 - test data, not cryptography
        if rng.random() >= self.rate:
            return ()
        count = rng.randint(1, self.max_faults)
        return tuple(rng.choice(self.kinds) for _ in range(count))

    def __call__(self, key: str, attempt: int) -> Fault:
        faults = self.schedule(key)
        return faults[attempt - 1] if attempt <= len(faults) else Fault.PASS


# -- keys ------------------------------------------------------------------------------------------
def key_for_image(data: bytes) -> str:
    """The key of a request that carries `data` as its Base64 image."""
    return hashlib.sha256(base64.b64encode(data)).hexdigest()[:16]


def request_key(method: str, path: str, body: bytes) -> str:
    """The digest of the Base64 image (the `image` or `data` member) when the body has one, else
    of the method, path and body."""
    try:
        payload = json.loads(body) if body else None
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        image = payload.get("image", payload.get("data"))
        if isinstance(image, str):
            return hashlib.sha256(image.encode()).hexdigest()[:16]
    return hashlib.sha256(f"{method} {path} ".encode() + body).hexdigest()[:16]


# -- the log -----------------------------------------------------------------------------------------
@dataclass
class Exchange:
    """One request the proxy received and what it did with it."""

    seq: int
    key: str
    attempt: int
    method: str
    path: str
    fault: Fault
    arrived: float  # time.monotonic()
    status: int | None = None  # status line written, None if none was
    request_id: str | None = None  # X-Request-Id written, None if no header went out
    upstream_status: int | None = None  # for forwarded requests
    delivered: bool = False  # the whole answer was written without a socket error


# -- the server ------------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server: _ProxyServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # as the local server: no 40 ms delayed-ACK stalls

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        proxy = self.server.proxy
        exchange = proxy._arrive(self.command, self.path, body)
        try:
            self._apply(exchange, body)
        except (OSError, http.client.HTTPException):  # the client went away (timed out)
            self.close_connection = True

    do_POST = do_GET = do_PUT = do_DELETE = _handle

    def setup(self) -> None:
        super().setup()
        self._upstream: http.client.HTTPConnection | None = None  # kept alive per connection

    def finish(self) -> None:
        if self._upstream is not None:
            self._upstream.close()
        super().finish()

    # -- answers -----------------------------------------------------------------------------------
    def _forward(self, exchange: Exchange, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        """Send the request on to the upstream, on the connection this client connection uses
        (one new connection per request would overflow a small listen backlog upstream)."""
        proxy = self.server.proxy
        while True:
            reused = self._upstream is not None
            if self._upstream is None:
                self._upstream = http.client.HTTPConnection(
                    proxy.upstream_host, proxy.upstream_port, timeout=30
                )
            upstream = self._upstream
            try:
                # Host as the client sent it: an AK/SK signature covers it.
                upstream.putrequest(
                    self.command, self.path, skip_host=True, skip_accept_encoding=True
                )
                for name, value in self.headers.items():
                    if name.lower() not in _HOP_BY_HOP:
                        upstream.putheader(name, value)
                upstream.endheaders(body or None)
                answer = upstream.getresponse()
                data = answer.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                upstream.close()
                self._upstream = None
                if not reused:  # a kept-alive connection the upstream had closed: once more
                    raise
        exchange.upstream_status = answer.status
        headers = [(k, v) for k, v in answer.getheaders() if k.lower() not in _REWRITTEN]
        return answer.status, headers, data

    def _head(
        self, exchange: Exchange, status: int, headers: list[tuple[str, str]], length: int
    ) -> None:
        if not any(k.lower() == "x-request-id" for k, _ in headers):
            headers = [*headers, ("X-Request-Id", f"fp-{exchange.seq}")]
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        exchange.status = status
        exchange.request_id = next(v for k, v in headers if k.lower() == "x-request-id")

    def _answer(
        self, exchange: Exchange, status: int, headers: list[tuple[str, str]], data: bytes
    ) -> None:
        self._head(exchange, status, headers, len(data))
        self.wfile.write(data)
        self.wfile.flush()
        exchange.delivered = True

    def _reset(self) -> None:
        """Close with SO_LINGER 0: the kernel sends RST instead of FIN."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        os.close(self.connection.detach())  # the fd itself: rfile/wfile keep the object alive

    def _apply(self, exchange: Exchange, body: bytes) -> None:
        proxy = self.server.proxy
        fault = exchange.fault
        json_type = [("Content-Type", "application/json")]
        if fault is Fault.RESET:
            self._reset()
        elif fault is Fault.HTML_502:
            html = [("Content-Type", "text/html"), ("Server", "nginx")]
            self._answer(exchange, 502, html, GATEWAY_502)
        elif fault is Fault.JSON_503:
            self._answer(exchange, 503, json_type, json.dumps(UNAVAILABLE_503).encode())
        elif fault is Fault.RATE_429:
            headers = [*json_type, ("Retry-After", proxy.retry_after)]
            self._answer(exchange, 429, headers, json.dumps(THROTTLED_429).encode())
        elif fault is Fault.SLOW:
            if proxy.closing.wait(proxy.slow_seconds):  # stopping: never forward it late
                self.close_connection = True
                return
            self._answer(exchange, *self._forward(exchange, body))
        else:
            status, headers, data = self._forward(exchange, body)
            if fault is Fault.PASS:
                self._answer(exchange, status, headers, data)
            elif fault is Fault.TEXT_PLAIN:
                headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
                headers.append(("Content-Type", "text/plain; charset=utf-8"))
                self._answer(exchange, status, headers, data)
            elif fault is Fault.BAD_JSON:
                self._answer(exchange, status, headers, data[: len(data) // 2])
            elif fault is Fault.TRUNCATE:
                self._head(exchange, status, headers, len(data))
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.close_connection = True  # FIN before the declared length is reached
            elif fault is Fault.STALL:
                self._head(exchange, status, headers, len(data))
                self.wfile.flush()
                if proxy.closing.wait(proxy.slow_seconds):
                    self.close_connection = True
                    return
                self.wfile.write(data)
                self.wfile.flush()
                exchange.delivered = True
            else:  # pragma: no cover - every Fault is handled above
                raise AssertionError(fault)


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # a batch opens many connections at once

    def __init__(self, proxy: FaultProxy) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.proxy = proxy


@dataclass
class FaultProxy:
    """Start with `with FaultProxy(upstream_url, plan) as proxy:`; `proxy.plan` may be changed
    between runs. `slow_seconds` is how long SLOW and STALL hold their answer back."""

    upstream: str
    plan: Plan = healthy
    retry_after: str = "1"
    slow_seconds: float = 2.0
    key_of: Callable[[str, str, bytes], str] = request_key
    log: list[Exchange] = field(default_factory=list)
    closing: threading.Event = field(default_factory=threading.Event)  # set by stop()

    def __post_init__(self) -> None:
        target = urlsplit(self.upstream)
        if target.hostname != "127.0.0.1" or target.port is None:
            raise ValueError(f"the upstream must be http://127.0.0.1:<port>, not {self.upstream}")
        self.upstream_host, self.upstream_port = target.hostname, target.port
        self._lock = threading.Lock()
        self._attempts: dict[str, int] = {}
        self._server = _ProxyServer(self)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def _arrive(self, method: str, path: str, body: bytes) -> Exchange:
        key = self.key_of(method, path, body)
        with self._lock:
            attempt = self._attempts.get(key, 0) + 1
            self._attempts[key] = attempt
            fault = self.plan(key, attempt)
            exchange = Exchange(
                len(self.log) + 1, key, attempt, method, path, fault, time.monotonic()
            )
            self.log.append(exchange)
        return exchange

    def exchanges(self, key: str | None = None) -> list[Exchange]:
        """The log so far (a copy), or the part of it about `key`."""
        with self._lock:
            return [e for e in self.log if key is None or e.key == key]

    def by_key(self) -> dict[str, list[Exchange]]:
        grouped: dict[str, list[Exchange]] = {}
        for exchange in self.exchanges():
            grouped.setdefault(exchange.key, []).append(exchange)
        return grouped

    def start(self) -> FaultProxy:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},  # stop() waits up to one poll interval
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self.closing.set()  # SLOW and STALL answers stop waiting
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
