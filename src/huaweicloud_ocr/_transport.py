"""The network layer under every request: what a hostile or broken peer can do to a call.

httpx sets a timeout per socket operation; nothing bounds a whole call, and httpx cannot tell
whether a failed request reached the server. This module wraps httpcore's network backend (the
sockets under httpx's connection pool) so that, for the attempt running in the current context:

* every connect, read and write waits at most until the call's deadline (`Attempt.deadline`):
  an answer trickled a byte at a time, an endless run of `103 Early Hints` or an endless header
  section ends at the deadline, not at the next socket timeout;
* what happened on the wire is recorded (`Attempt`): a new connection or a reused one, a write
  that failed, bytes of the answer seen. `reached_server` reads it to decide whether a failed
  attempt may be sent again without the risk of a second billed call;
* a connection whose answer was followed by stray bytes (which h11 would keep and hand to the
  next request as its answer) is reported as readable-when-idle, so the pool closes it instead
  of reusing it. The end of each answer is found by counting the bytes of its Content-Length
  (a few µs), or, for any other framing, by an h11 parser of our own fed the same bytes (a
  second full parser cost ~70 µs a request, most of the client's overhead on a tiny image).

`read_body` reads an answer with a cap on its decoded size, decoding gzip and deflate itself in
bounded steps (a 1 MiB gzip bomb never inflates past the cap).

`shared_ssl_context` gives one SSL context per process and verification setting: httpx makes a
new one per client (loading certifi's bundle: ~17 ms and ~0.8 MiB each), which made a client
cost as much as a dozen requests and a batch of 64 clients block its loop for a second.
"""

from __future__ import annotations

import functools
import os
import re
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import Any

import attrs
import h11
import httpcore
import httpx

# Sent as Accept-Encoding: the encodings read_body can decode in bounded steps.
ACCEPT_ENCODING = "gzip, deflate"


@attrs.define
class Attempt:
    """One attempt of a call, as seen from the sockets. `deadline` is time.monotonic() based."""

    deadline: float | None = None
    started: float = attrs.field(factory=time.monotonic)
    new_connection: bool = False  # a connection was opened for this attempt
    write_failed: bool = False  # the request was not written whole
    answer_bytes: int = 0  # bytes of the answer read from the network

    def time_left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()


_attempt: ContextVar[Attempt | None] = ContextVar("huaweicloud_ocr_attempt", default=None)


def start_attempt(deadline: float | None) -> tuple[Attempt, Any]:
    """Make `Attempt` the current one (for this thread or task); reset with end_attempt."""
    attempt = Attempt(deadline)
    return attempt, _attempt.set(attempt)


def end_attempt(token: Any) -> None:
    _attempt.reset(token)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    attempt = _attempt.get()
    left = None if attempt is None else attempt.time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


def reached_server(exc: Exception, attempt: Attempt) -> bool:
    """Whether the request may have reached the server whole, so that sending it again could
    be a second billed call. False only when that is sure: nothing was connected or written,
    the request was cut short while being written (the server cannot act on half a body), or a
    kept-alive connection was found closed before any byte of the answer (the server had
    closed it before the request arrived)."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return False
    if isinstance(exc, httpx.WriteError | httpx.WriteTimeout) or attempt.write_failed:
        return False
    closed_early = isinstance(exc, httpx.ReadError | httpx.RemoteProtocolError)
    return not (closed_early and not attempt.new_connection and attempt.answer_bytes == 0)


_WATCH_REQUEST = h11.Request(method="POST", target="/", headers=[("Host", "x")])
_WATCH_END = h11.EndOfMessage()
# httpcore's own limit on a header section: 100 KiB.
_MAX_HEAD = 100 * 1024


class _H11Watch:
    """Finds where an answer ends with an h11 client parser fed the bytes read, and whether
    anything followed it: exact for every framing, and ~70 µs a request."""

    def __init__(self) -> None:
        self.parser = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
        # Framing of an answer depends on the method only for HEAD and CONNECT, never sent here.
        # The events are made once: h11 validates a Request's headers each time one is made.
        self.parser.send(_WATCH_REQUEST)
        self.parser.send(_WATCH_END)

    def feed(self, data: bytes) -> bool | None:
        """True: stray bytes after the answer (or a broken answer); False: the answer ended
        clean; None: not yet ended."""
        self.parser.receive_data(data)
        try:
            while True:
                event = self.parser.next_event()
                if event is h11.NEED_DATA:
                    return None
                if isinstance(event, h11.EndOfMessage) or event is h11.PAUSED:
                    return bool(self.parser.trailing_data[0])
                if isinstance(event, h11.ConnectionClosed):
                    return False
        except h11.RemoteProtocolError:
            return True


_STATUS_LINE = re.compile(rb"HTTP/1\.1 ([1-5]\d\d)[ \r]")
_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d{1,15})[ \t]*\r\n", re.IGNORECASE)
_FIELD = re.compile(rb"\r\n(?:content-length|transfer-encoding)[ \t]*:", re.IGNORECASE)


class _AnswerWatch:
    """The answer-end watch of one request. The common answer (HTTP/1.1, one plain
    Content-Length, a status with a body, informational answers before it) is framed here by
    counting bytes, at a few µs; anything else (chunked, no length, 101/204/304, folded or odd
    headers, a header section not yet whole past 100 KiB) is handed, with every byte seen so
    far, to the h11 watch, so the verdict is h11's wherever the fast path is not sure
    (tests/test_hostile_peers.py compares the two on split and mangled answers)."""

    def __init__(self) -> None:
        self.done = False
        self.head = bytearray()  # the header section read so far
        self.body_left = -1  # bytes of the body still to come, once the head is read
        self.slow: _H11Watch | None = None

    def feed(self, data: bytes) -> bool:
        """Feed bytes read; True when they reveal stray bytes (the connection must not be
        reused)."""
        if self.done:
            return bool(data)
        if self.slow is not None:
            return self._slow(data)
        if self.body_left < 0:
            return self._head(data)
        if len(data) < self.body_left:
            self.body_left -= len(data)
            return False
        self.done = True
        return len(data) > self.body_left

    def _slow(self, data: bytes) -> bool:
        assert self.slow is not None
        verdict = self.slow.feed(data)
        if verdict is None:
            return False
        self.done = True
        return verdict

    def _give_up(self, data: bytes) -> bool:
        self.slow = _H11Watch()
        return self._slow(data)

    def _head(self, data: bytes) -> bool:
        # Appended in place and searched from where the last search stopped: an answer
        # trickled a byte at a time costs linear time, not quadratic.
        searched = max(0, len(self.head) - 3)
        self.head += data
        end = self.head.find(b"\r\n\r\n", searched)
        if end < 0:
            if len(self.head) > _MAX_HEAD:
                return self._give_up(bytes(self.head))
            return False
        buffered = bytes(self.head)
        head, rest = buffered[: end + 2], buffered[end + 4 :]
        status = _STATUS_LINE.match(head)
        if status is None or b"\r\n " in head or b"\r\n\t" in head:  # not HTTP/1.1, folded
            return self._give_up(buffered)
        code = int(status[1])
        framing = _FIELD.findall(head)
        if 100 <= code < 200 and code != 101 and not framing:  # the real answer follows
            self.head = bytearray()
            return self._head(rest) if rest else False
        length = _LENGTH.search(head) if len(framing) == 1 else None
        if length is None or code < 200 or code in (204, 304):
            return self._give_up(buffered)
        self.body_left = int(length[1])
        self.head = bytearray()
        if rest or self.body_left == 0:
            return self.feed(rest)
        return False


class _Wire:
    """What the sync and async streams share: the watch and the attempt bookkeeping."""

    def __init__(self) -> None:
        self.watch: _AnswerWatch | None = None
        self.writing = False
        self.poisoned = False

    def before_write(self) -> None:
        if not self.writing:  # the first write of a request: its answer is watched anew
            self.writing = True
            self.watch = _AnswerWatch()

    def write_failed(self) -> None:
        attempt = _attempt.get()
        if attempt is not None:
            attempt.write_failed = True

    def after_read(self, data: bytes) -> None:
        self.writing = False
        attempt = _attempt.get()
        if attempt is not None:
            attempt.answer_bytes += len(data)
        if self.watch is not None and self.watch.feed(data):
            self.poisoned = True


class GuardedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, wire: _Wire | None = None) -> None:
        self._inner = inner
        self._wire = wire or _Wire()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))
        self._wire.after_read(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._wire.before_write()
        try:
            self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))
        except Exception:
            self._wire.write_failed()
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return GuardedStream(inner, self._wire)

    def get_extra_info(self, info: str) -> Any:
        # httpcore asks "is_readable" of an idle connection before reusing it: readable means
        # the server closed it (or sent something), so the pool drops it.
        if info == "is_readable" and self._wire.poisoned:
            return True
        return self._inner.get_extra_info(info)


class AsyncGuardedStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream, wire: _Wire | None = None) -> None:
        self._inner = inner
        self._wire = wire or _Wire()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))
        self._wire.after_read(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._wire.before_write()
        try:
            await self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))
        except Exception:
            self._wire.write_failed()
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return AsyncGuardedStream(inner, self._wire)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._wire.poisoned:
            return True
        return self._inner.get_extra_info(info)


def _connected() -> None:
    attempt = _attempt.get()
    if attempt is not None:
        attempt.new_connection = True


class GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        _connected()
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return GuardedStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        _connected()
        return GuardedStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AsyncGuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        _connected()
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return AsyncGuardedStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        _connected()
        stream = await self._inner.connect_unix_socket(path, timeout, socket_options)
        return AsyncGuardedStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guard(client: httpx.Client | httpx.AsyncClient) -> None:
    """Put the guarded backend under every connection pool of an httpx client: its own and
    those of the proxies it mounted from the environment (HTTPS_PROXY...). A transport that is
    not httpx's (a mock, a user's own) is left as it is."""
    sync = isinstance(client, httpx.Client)
    for transport in [client._transport, *client._mounts.values()]:  # httpx 0.2x keeps them here
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None or isinstance(backend, GuardedBackend | AsyncGuardedBackend):
            continue
        pool._network_backend = GuardedBackend(backend) if sync else AsyncGuardedBackend(backend)  # type: ignore[union-attr]


# -- TLS settings ----------------------------------------------------------------------------
_ssl_contexts: dict[tuple[bool, bool, str | None, str | None], ssl.SSLContext] = {}
_ssl_lock = threading.Lock()


def shared_ssl_context(verify: bool, trust_env: bool = True) -> ssl.SSLContext:
    """The process's SSL context for `verify` (True: certifi's CAs, or SSL_CERT_FILE /
    SSL_CERT_DIR when trust_env, exactly as httpx chooses; False: no verification). Made once per
    setting (the environment variables are part of the key) and never changed after: an
    SSLContext is safe to share between clients and threads. Callers that would change it (a
    client certificate via httpx's cert=) must make their own."""
    key = (
        verify,
        trust_env,
        os.environ.get("SSL_CERT_FILE") if trust_env else None,
        os.environ.get("SSL_CERT_DIR") if trust_env else None,
    )
    context = _ssl_contexts.get(key)
    if context is None:
        with _ssl_lock:  # two threads building their first clients make one context, not two
            context = _ssl_contexts.get(key)
            if context is None:
                context = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
                _ssl_contexts[key] = context
    return context


# -- reading an answer ------------------------------------------------------------------------
class AnswerTooLarge(Exception):
    """The answer's decoded size passed the cap; `seen` bytes were read."""

    def __init__(self, seen: int) -> None:
        super().__init__(seen)
        self.seen = seen


class UnknownEncoding(Exception):
    """The answer used a Content-Encoding other than the ones asked for."""


class _Decoder:
    """gzip/deflate/identity, decoded in steps that never produce more than the cap allows."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap, self.size = cap, 0
        self.parts: list[bytes] = []
        names = [e.strip().lower() for e in encoding.split(",") if e.strip()]
        names = [n for n in names if n != "identity"]
        if len(names) > 1 or (names and names[0] not in ("gzip", "x-gzip", "deflate")):
            raise UnknownEncoding(encoding)
        self.zlib: Any = None
        if names:
            self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in names[0] else 0)
            self.deflate_raw_retry = names[0] == "deflate"  # deflate is zlib- or raw-framed

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.cap:
            raise AnswerTooLarge(self.size)
        self.parts.append(data)

    def feed(self, data: bytes) -> None:
        if self.zlib is None:
            self._keep(data)
            return
        while data:
            try:
                out = self.zlib.decompress(data, self.cap - self.size + 1)
            except zlib.error:
                if self.deflate_raw_retry and self.size == 0:
                    self.zlib, self.deflate_raw_retry = zlib.decompressobj(-zlib.MAX_WBITS), False
                    continue
                raise
            self._keep(out)
            data = self.zlib.unconsumed_tail

    def finish(self) -> bytes:
        if self.zlib is not None:
            self._keep(self.zlib.flush(self.cap - self.size + 1))
        return b"".join(self.parts)


def _already_read(response: httpx.Response, cap: int) -> bytes | None:
    """The body, when a transport or an event hook of the user's read it before us (httpx has
    then decoded it already); None when it is still to be streamed."""
    if not response.is_stream_consumed:
        return None
    body = response.content
    if len(body) > cap:
        raise AnswerTooLarge(len(body))
    return body


def read_body(response: httpx.Response, cap: int) -> bytes:
    """The answer's body, decoded, at most `cap` bytes (AnswerTooLarge beyond)."""
    body = _already_read(response, cap)
    if body is not None:
        return body
    decoder = _Decoder(response.headers.get("Content-Encoding", ""), cap)
    for chunk in response.iter_raw():
        decoder.feed(chunk)
    return decoder.finish()


async def aread_body(response: httpx.Response, cap: int) -> bytes:
    body = _already_read(response, cap)
    if body is not None:
        return body
    decoder = _Decoder(response.headers.get("Content-Encoding", ""), cap)
    async for chunk in response.aiter_raw():
        decoder.feed(chunk)
    return decoder.finish()


# -- the aiohttp backend (the `aiohttp` extra) -------------------------------------------------
class _Stray(Exception):
    """Set on a connection that received bytes while no answer was expected."""


def _watched_handler(base: type[Any]) -> type[Any]:
    """aiohttp's ResponseHandler with the answer-end watch of GuardedStream: bytes that arrive on
    an idle kept-alive connection (a fake second answer, a stray CRLF) would be read as the next
    request's answer, so such a connection reports itself disconnected and the pool closes it.
    (Bytes after an answer in the same read are aiohttp's own `should_close` case.)"""

    class WatchedHandler(base):  # type: ignore[misc]
        _expecting = False
        _stray = False

        def set_response_params(self, *args: Any, **kwargs: Any) -> None:
            self._expecting = True  # called as each request is sent on this connection
            super().set_response_params(*args, **kwargs)

        def data_received(self, data: bytes) -> None:
            if data and not self._expecting:
                self._stray = True
            super().data_received(data)
            payload = self._payload
            if payload is not None and payload.is_eof() and not self._buffer:
                self._expecting = False  # the answer ended; anything more is stray

        def is_connected(self) -> bool:
            return bool(super().is_connected()) and not self._stray

    return WatchedHandler


class AiohttpSender:
    """Sends the client's prepared requests on one aiohttp ClientSession (one per event loop,
    like the httpx client it replaces), keeping the guarded backend's rules:

    * the call's deadline bounds the whole attempt (asyncio.timeout around connect, send and
      the whole answer), and each socket wait is bounded by the client's timeouts;
    * the answer is read raw (auto_decompress off) through the same capped `_Decoder`;
    * no redirects, no cookies (DummyCookieJar), nothing from the environment (trust_env off:
      no proxy variables and no .netrc credentials; a client with a proxy uses httpx);
    * aiohttp's exceptions become the httpx ones `reached_server` reads, raised without their
      chain (aiohttp's carry the request headers, credentials included);
    * a new connection is recorded on the Attempt (a trace hook), and a reused connection found
      closed before an answer is the keep-alive race that may be retried. One difference: an
      answer cut after some of its header bytes is seen as "no answer", as aiohttp does not tell
      them apart; both are errors, and only the first may then be retried on a reused connection.
    """

    def __init__(self, limit: int, ssl_context: ssl.SSLContext, keepalive: float | None) -> None:
        import asyncio

        import aiohttp
        from aiohttp.client_proto import ResponseHandler

        self._aiohttp = aiohttp
        connector = aiohttp.TCPConnector(limit=limit, ssl=ssl_context, keepalive_timeout=keepalive)
        # The protocol factory is aiohttp's ResponseHandler bound to the loop; ours watches it.
        handler: Callable[..., Any] = _watched_handler(ResponseHandler)
        connector._factory = functools.partial(handler, loop=asyncio.get_running_loop())
        trace = aiohttp.TraceConfig()
        trace.on_connection_create_end.append(_on_new_connection)
        self.session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=False,
            trace_configs=[trace],
            skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
        )

    async def send(
        self, request: httpx.Request, auth: httpx.Auth | None, cap: int
    ) -> tuple[httpx.Response, bytes]:
        """The auth flow as httpx drives it (a token refreshed on a 401 sends again)."""
        if auth is None:
            return await self._send_one(request, cap)
        flow = auth.async_auth_flow(request)
        request = await flow.__anext__()
        while True:
            response, body = await self._send_one(request, cap)
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return response, body

    async def _send_one(self, request: httpx.Request, cap: int) -> tuple[httpx.Response, bytes]:
        import asyncio

        aiohttp = self._aiohttp
        attempt = _attempt.get()
        left = None if attempt is None else attempt.time_left()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout("the call's deadline has passed")
        timeouts = request.extensions.get("timeout", {})
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=timeouts.get("pool"),
            sock_connect=timeouts.get("connect"),
            sock_read=timeouts.get("read"),
        )
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        stream = request.stream
        data: Any = stream if hasattr(stream, "sha256_hexdigest") else request.content
        head: httpx.Response | None = None  # the answer's status and headers, once they came
        failure: Exception | None = None
        try:
            async with asyncio.timeout(left):
                async with self.session.request(
                    request.method,
                    str(request.url),
                    headers=headers,
                    data=data,
                    allow_redirects=False,
                    timeout=timeout,
                ) as answer:
                    head = httpx.Response(
                        answer.status,
                        headers=list(answer.raw_headers),
                        stream=httpx.ByteStream(b""),  # the body is returned apart, decoded
                        request=request,
                    )
                    if attempt is not None:
                        attempt.answer_bytes += 1  # the status line and headers came
                    if answer.status < 200:  # 101 without an Upgrade asked for: not HTTP any more
                        raise httpx.RemoteProtocolError(f"an answer with status {answer.status}")
                    decoder = _Decoder(answer.headers.get("Content-Encoding", ""), cap)
                    async for chunk in answer.content.iter_any():
                        if attempt is not None:
                            attempt.answer_bytes += len(chunk)
                        decoder.feed(chunk)
                    body = decoder.finish()
        except (AnswerTooLarge, UnknownEncoding, zlib.error, httpx.HTTPError) as exc:
            failure = exc
        except TimeoutError:
            failure = httpx.ReadTimeout("the call's deadline has passed")
        except aiohttp.ClientError as exc:
            failure = _httpx_error(exc, head is not None)
        except Exception as exc:
            _raise_cause(exc)
            raise
        if failure is not None:
            # Raised here, outside the except clauses: aiohttp's exception (whose request info
            # holds the credentials) is then neither the cause nor the context of ours.
            failure.partial_response = head  # type: ignore[attr-defined]  # the request id
            raise failure
        assert head is not None
        return head, body

    async def aclose(self) -> None:
        await self.session.close()


async def _on_new_connection(*_: Any) -> None:
    _connected()


def _raise_cause(exc: BaseException) -> None:
    """An OcrError raised while the body was being sent (a file changed under the signature)
    comes back from aiohttp wrapped: raise it as itself."""
    from huaweicloud_ocr.errors import OcrError

    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return
        if isinstance(seen, OcrError):
            raise seen
        seen = seen.__cause__ or seen.__context__


def _httpx_error(exc: Exception, got_headers: bool) -> Exception:
    import aiohttp

    _raise_cause(exc)
    text = f"{type(exc).__name__}: {exc}"[:300]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(text)
    if isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ClientProxyConnectionError):
        return httpx.ConnectError(text)
    if isinstance(exc, aiohttp.SocketTimeoutError | aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(text)
    if isinstance(
        exc,
        aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError | aiohttp.ClientPayloadError,
    ):
        return httpx.RemoteProtocolError(text)  # as httpx names a cut answer
    if got_headers:
        return httpx.ReadError(text)
    if isinstance(exc, aiohttp.ClientOSError):
        return httpx.ReadError(text)
    return httpx.TransportError(text)
