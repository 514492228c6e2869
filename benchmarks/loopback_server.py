"""A deliberately fast HTTP/1.1 server on 127.0.0.1 for the benchmarks.

It must never be the bottleneck: one asyncio event loop for all keep-alive connections (threads
would fight over the GIL at 64 connections), TCP_NODELAY (without it Nagle's algorithm and
delayed ACKs hold every client near 22 requests/s), bodies drained into one reused buffer per
connection (asyncio.BufferedProtocol: no allocation per chunk), and one canned answer: the
documented General Text example, which every client parses. It checks nothing but framing.
Run in its own process (`python -m benchmarks.loopback_server [PORT [LATENCY_MS]]`), it prints
its port. With a latency each answer is written that long after its request ended (a timer, not
a sleep: thousands of requests can wait at once), as a remote service answers.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUFFER = 1 << 20


def canned_answer() -> bytes:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    example = spec["components"]["examples"]["GeneralTextSuccess"]["value"]
    body = json.dumps(example).encode()
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json;charset=UTF-8\r\n"
        "X-Request-Id: 0123456789abcdef0123456789abcdef\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body


class _Connection(asyncio.BufferedProtocol):
    """One keep-alive connection: reads into a reused buffer, answers each request."""

    def __init__(self, answer: bytes, latency: float = 0.0) -> None:
        self.answer = answer
        self.latency = latency
        self.buffer = memoryview(bytearray(BUFFER))
        self.head = bytearray()
        self.body_left = -1  # -1: reading the head

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def get_buffer(self, sizehint: int) -> memoryview:
        return self.buffer

    def buffer_updated(self, nbytes: int) -> None:
        data = self.buffer[:nbytes]
        while len(data):
            if self.body_left < 0:
                self.head += data
                end = self.head.find(b"\r\n\r\n")
                if end < 0:
                    return
                rest = bytes(self.head[end + 4 :])
                self.body_left = _content_length(bytes(self.head[:end]))
                self.head.clear()
                data = memoryview(rest)
            taken = min(self.body_left, len(data))
            self.body_left -= taken
            data = data[taken:]
            if self.body_left == 0:
                if self.latency:
                    loop = asyncio.get_running_loop()
                    loop.call_later(self.latency, self._answer)
                else:
                    self.transport.write(self.answer)
                self.body_left = -1

    def _answer(self) -> None:
        if not self.transport.is_closing():
            self.transport.write(self.answer)


def _content_length(head: bytes) -> int:
    if b"transfer-encoding: chunked" in head.lower():
        raise RuntimeError("chunked bodies are not expected: clients send Content-Length")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


async def serve(port: int, latency: float = 0.0) -> None:
    answer = canned_answer()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Connection(answer, latency), "127.0.0.1", port, backlog=4096, reuse_address=True
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    latency = float(sys.argv[2]) / 1000 if len(sys.argv) > 2 else 0.0
    asyncio.run(serve(port, latency))


if __name__ == "__main__":
    main()
