"""A deliberately fast HTTP/1.1 server on 127.0.0.1 for the benchmarks.

It must never be the bottleneck: one thread per keep-alive connection, TCP_NODELAY (without it
Nagle's algorithm and delayed ACKs hold every client near 22 requests/s), the body drained with
recv_into into one reused buffer (no allocation per request), and one canned answer: the
documented General Text example, which every client parses. It checks nothing but framing.
Run in its own process (`python -m benchmarks.loopback_server`), it prints its port.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
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


def _serve(conn: socket.socket, answer: bytes) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = bytearray(BUFFER)
    view = memoryview(buffer)
    pending = b""
    with conn:
        while True:
            while b"\r\n\r\n" not in pending:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                pending += chunk
            head, _, rest = pending.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if b"transfer-encoding: chunked" in head.lower():
                raise RuntimeError("chunked bodies are not expected: clients send Content-Length")
            left = length - len(rest)
            pending = rest[length:] if left < 0 else b""
            while left > 0:
                got = conn.recv_into(view, min(left, BUFFER))
                if not got:
                    return
                left -= got
            conn.sendall(answer)


def serve_forever(sock: socket.socket) -> None:
    answer = canned_answer()
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=_serve, args=(conn, answer), daemon=True).start()


def main() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0))
    sock.listen(256)
    print(sock.getsockname()[1], flush=True)
    serve_forever(sock)


if __name__ == "__main__":
    main()
