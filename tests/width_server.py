"""A loopback JSON server for the batch tests, which tell requests apart by the width of the
PNG each carries (their images are `sample_png(width, ...)`): the handler reads that width and
answers with `answer`; what it does between is each test module's own."""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.scripted_server import in_thread


class WidthHandler(BaseHTTPRequestHandler):
    server: WidthServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def sent_width(self) -> int:
        """The width in the IHDR of the PNG sent as the body's Base64 image."""
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        width: int = struct.unpack(">I", base64.b64decode(body["image"])[16:20])[0]
        return width

    def answer(self, status: int, reply: Any, number: int) -> None:
        """`reply` as JSON, with the request id req-`number`; a client that went away (it was
        cancelled or killed) is no error here."""
        data = json.dumps(reply).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Request-Id", f"req-{number}")
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass


class WidthServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # the default 5 drops connections beyond it: a 1 s SYN retry
    state: Any  # what the handler records and reads: each module's own dataclass


@contextmanager
def serving(handler: type[WidthHandler], state: Any) -> Iterator[str]:
    """Run a WidthServer with `handler` and `state` in a thread; yields its URL."""
    server = WidthServer(("127.0.0.1", 0), handler)
    server.state = state
    with in_thread(server) as url:
        yield url
