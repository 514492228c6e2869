"""httpcore's network backend (the sockets under httpx's connection pool), wrapped so that
for the attempt running in the current context:

* every connect, read and write waits at most until the call's deadline: an answer trickled a
  byte at a time, an endless run of `103 Early Hints` or an endless header section ends at the
  deadline, not at the next socket timeout;
* what happened on the wire is recorded on the Attempt (a new connection or a reused one, a
  write that failed, bytes of the answer seen);
* a connection whose answer was followed by stray bytes is reported as readable-when-idle, so
  the pool closes it instead of reusing it.

Imported when the first client is made (httpx imports httpcore only then too), not with the
package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from huaweicloud_ocr._transport.answer_watch import AnswerWatch
from huaweicloud_ocr._transport.attempt import clamp, connected, current


class _Wire:
    """What the sync and async streams share: the watch and the attempt bookkeeping."""

    def __init__(self) -> None:
        self.watch: AnswerWatch | None = None
        self.writing = False
        self.poisoned = False

    def before_write(self) -> None:
        if not self.writing:  # the first write of a request: its answer is watched anew
            self.writing = True
            self.watch = AnswerWatch()

    def write_failed(self) -> None:
        attempt = current.get()
        if attempt is not None:
            attempt.write_failed = True

    def after_read(self, data: bytes) -> None:
        self.writing = False
        attempt = current.get()
        if attempt is not None:
            attempt.answer_bytes += len(data)
        if self.watch is not None and self.watch.feed(data):
            self.poisoned = True


class _PoisonedIsReadable:
    """get_extra_info of both streams. httpcore asks "is_readable" of an idle connection before
    reusing it: readable means the server closed it (or sent something), so the pool drops it."""

    _inner: Any
    _wire: _Wire

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._wire.poisoned:
            return True
        return self._inner.get_extra_info(info)


class GuardedStream(_PoisonedIsReadable, httpcore.NetworkStream):
    _inner: httpcore.NetworkStream

    def __init__(self, inner: httpcore.NetworkStream, wire: _Wire | None = None) -> None:
        self._inner = inner
        self._wire = wire or _Wire()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))
        self._wire.after_read(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._wire.before_write()
        try:
            self._inner.write(buffer, clamp(timeout, httpcore.WriteTimeout))
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
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return GuardedStream(inner, self._wire)


class AsyncGuardedStream(_PoisonedIsReadable, httpcore.AsyncNetworkStream):
    _inner: httpcore.AsyncNetworkStream

    def __init__(self, inner: httpcore.AsyncNetworkStream, wire: _Wire | None = None) -> None:
        self._inner = inner
        self._wire = wire or _Wire()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._inner.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))
        self._wire.after_read(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._wire.before_write()
        try:
            await self._inner.write(buffer, clamp(timeout, httpcore.WriteTimeout))
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
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return AsyncGuardedStream(inner, self._wire)


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
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        connected()
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return GuardedStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        connected()
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
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        connected()
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return AsyncGuardedStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        connected()
        stream = await self._inner.connect_unix_socket(path, timeout, socket_options)
        return AsyncGuardedStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guard_pools(client: httpx.Client | httpx.AsyncClient) -> None:
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
