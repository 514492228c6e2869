"""The aiohttp backend (the `aiohttp` extra): the client's prepared requests sent on an
aiohttp ClientSession under the same rules as the guarded httpx backend. aiohttp itself is
imported only when a sender is made."""

from __future__ import annotations

import functools
import ssl
import zlib
from collections.abc import Callable
from typing import Any

import httpx

from huaweicloud_ocr._transport.attempt import connected, current
from huaweicloud_ocr._transport.body import AnswerTooLarge, Decoder, UnknownEncoding


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
    * the answer is read raw (auto_decompress off) through the same capped `Decoder`;
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
        attempt = current.get()
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
                    decoder = Decoder(answer.headers.get("Content-Encoding", ""), cap)
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
    connected()


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
