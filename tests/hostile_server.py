"""A raw-socket HTTP/1.1 server on 127.0.0.1 that lets a test misbehave at the byte level.

Each accepted connection runs a test's handler in its own thread. The handler gets a `Peer`: it
reads whole requests (`read_request`: request line, headers up to CRLFCRLF, a Content-Length
body) and writes whatever bytes it likes, when it likes (`send`, `sleep`), then closes the
connection politely (`close`) or resets it (`reset`, SO_LINGER 0).

The server counts what it *received*: a request counts once its body is complete, which is when
the real service would process (and bill) it. `requests` is the total, `per_connection` the
count on each connection in the order they were accepted, `incomplete` the connections that
ended in the middle of a request.

Every hostile handler is bounded: after `give_up_after` seconds a `Peer.send` or `Peer.sleep`
raises `Stopped`, so a client that never gives up shows as a slow test, not a hung one. Starting
and stopping take milliseconds: the accept loop waits on a selector that `stop()` wakes, and
`stop()` shuts every open connection down, which ends any handler blocked reading.
"""

from __future__ import annotations

import contextlib
import json
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

OK_BODY = b'{"result": {"words_block_count": 0, "words_block_list": []}}'
MAX_HEAD = 1024 * 1024  # a request head bigger than this is not what the client sends


class Stopped(Exception):
    """The server is stopping, or the handler has run for `give_up_after` seconds."""


@dataclass
class Request:
    method: str
    target: str
    headers: list[tuple[str, str]]  # as received, in order
    body: bytes
    number: int  # 1-based, over the whole server
    connection: int  # 0-based index of the connection it came on
    on_connection: int  # 1-based, on that connection

    def header(self, name: str) -> str | None:
        found = self.all_headers(name)
        return found[0] if found else None

    def all_headers(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]


def response(
    status: int = 200,
    body: bytes | Any = OK_BODY,
    headers: Iterable[tuple[str, str]] = (),
    reason: str = "X",
    content_type: str = "application/json",
) -> bytes:
    """A whole HTTP/1.1 answer with a Content-Length; `body` is JSON-encoded unless bytes."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}"]
    lines += [f"{name}: {value}" for name, value in headers]
    lines.append(f"Content-Length: {len(data)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data


class Peer:
    """One accepted connection, as its handler sees it."""

    def __init__(self, server: HostileServer, sock: socket.socket, index: int) -> None:
        self.server, self.sock, self.index = server, sock, index
        self.started = time.monotonic()
        self._buffer = bytearray()
        self._requests = 0
        self.closed = False

    # -- reading ---------------------------------------------------------------------------------
    def _fill(self) -> bool:
        try:
            chunk = self.sock.recv(256 * 1024)
        except OSError:
            chunk = b""
        self._buffer += chunk
        return bool(chunk)

    def read_request(self) -> Request | None:
        """The next whole request, or None when the connection ends first (counted as
        `incomplete` if part of a request had arrived)."""
        while (end := self._buffer.find(b"\r\n\r\n")) < 0:
            if len(self._buffer) > MAX_HEAD or not self._fill():
                self._ended()
                return None
        head = bytes(self._buffer[:end]).decode("latin-1").split("\r\n")
        method, target, _ = head[0].split(" ", 2)
        headers = [(k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in head[1:])]
        length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
        start = end + 4
        while len(self._buffer) < start + length:
            if not self._fill():
                self._ended()
                return None
        body = bytes(self._buffer[start : start + length])
        del self._buffer[: start + length]
        self._requests += 1
        return self.server._record(method, target, headers, body, self.index, self._requests)

    def _ended(self) -> None:
        if self._buffer:
            self.server._count_incomplete()
        self._buffer.clear()
        return None

    # -- writing ---------------------------------------------------------------------------------
    def check(self) -> None:
        """Raise Stopped when the server stops or this handler has run long enough."""
        if self.server._stopping.is_set():
            raise Stopped("the server is stopping")
        if time.monotonic() - self.started > self.server.give_up_after:
            raise Stopped(f"gave up after {self.server.give_up_after} s")

    def send(self, data: bytes) -> None:
        self.check()
        self.sock.sendall(data)

    def sleep(self, seconds: float) -> None:
        self.check()
        if self.server._stopping.wait(seconds):
            raise Stopped("the server is stopping")
        self.check()

    def close(self) -> None:
        """Close politely (FIN): the client reads the end of the stream."""
        if not self.closed:
            self.closed = True
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_RDWR)
            self.sock.close()

    def reset(self) -> None:
        """Close with a reset (RST): the client's next read fails with ECONNRESET."""
        if not self.closed:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.closed = True
            self.sock.close()


Handler = Callable[[Peer], None]
Reply = Callable[[Peer, Request], None]


def each_request(reply: Reply) -> Handler:
    """A handler that reads request after request on a connection and lets `reply` answer
    each (as a keep-alive server does), until the connection ends or `reply` closes it."""

    def handle(peer: Peer) -> None:
        while not peer.closed and (request := peer.read_request()) is not None:
            reply(peer, request)

    return handle


def answer_ok(peer: Peer, request: Request) -> None:
    peer.send(response())


@dataclass
class HostileServer:
    handler: Handler
    give_up_after: float = 8.0
    requests: int = 0
    incomplete: int = 0
    per_connection: list[int] = field(default_factory=list)
    received: list[Request] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)  # what handlers raised
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _peers: list[Peer] = field(default_factory=list)
    _threads: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self._wake_r, self._wake_w = socket.socketpair()
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def connections(self) -> int:
        return len(self.per_connection)

    def _record(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        body: bytes,
        connection: int,
        on_connection: int,
    ) -> Request:
        with self._lock:
            self.requests += 1
            self.per_connection[connection] += 1
            request = Request(
                method, target, headers, body, self.requests, connection, on_connection
            )
            self.received.append(request)
            return request

    def _count_incomplete(self) -> None:
        with self._lock:
            self.incomplete += 1

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping.is_set():
                selector.select()
                try:
                    sock, _ = self._listener.accept()
                except (BlockingIOError, OSError):
                    continue
                sock.setblocking(True)
                with self._lock:
                    self.per_connection.append(0)
                    peer = Peer(self, sock, len(self.per_connection) - 1)
                    self._peers.append(peer)
                thread = threading.Thread(target=self._serve, args=(peer,), daemon=True)
                self._threads.append(thread)
                thread.start()

    def _serve(self, peer: Peer) -> None:
        try:
            self.handler(peer)
        except (Stopped, OSError):
            pass  # the limit, the end of the test, or the client went away
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            peer.close()

    def start(self) -> Self:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._wake_w.send(b"x")
        self._acceptor.join(timeout=5)
        with self._lock:
            peers = list(self._peers)
        for peer in peers:  # ends any handler blocked in recv
            with contextlib.suppress(OSError):
                peer.sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)
        for sock in (self._listener, self._wake_r, self._wake_w):
            sock.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        if exc is None and self.errors:
            raise AssertionError(f"a handler failed: {self.errors[0]!r}") from self.errors[0]
