"""An embedded OCR server for your own tests and the demo, driven by openapi.yaml: HTTP on
127.0.0.1, in a thread of your process.

* Listens on 127.0.0.1 only.
* Verifies AK/SK signatures (SDK-HMAC-SHA256) and tokens; issues tokens at POST /v3/auth/tokens
  and lists the project at GET /v3/projects, like IAM.
* Validates each OCR request body against the operation's schema and answers the documented
  errors for bad input; otherwise a scripted answer (`server.script(...)`, see
  huaweicloud_ocr.testing.scripting), the example named by the X-Example header, or the
  operation's default answer shaped by its options (huaweicloud_ocr.testing._service).
* Starts and stops in about a millisecond: the accept loop waits on a selector that stop()
  wakes through a socket pair (socketserver's serve_forever polls, and its shutdown() took up
  to 0.5 s), and stop() shuts the open connections so no handler thread outlives it.

    with LocalOcrServer() as server:
        ocr = server.client()      # an OcrClient signing with the server's AK/SK

Needs the `testing` extra (jsonschema): pip install 'huaweicloud-ocr[testing]'.
"""

from __future__ import annotations

import contextlib
import secrets
import selectors
import socket
import struct
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from huaweicloud_ocr.testing._service import (
    DEMO_AK,
    DEMO_PROJECT_ID,
    MAX_CLOCK_SKEW,
    Request,
    ServerState,
    Service,
    load_spec,
    request_validators,
)
from huaweicloud_ocr.testing.scripting import OcrTestServer

__all__ = ["DEMO_AK", "DEMO_PROJECT_ID", "MAX_CLOCK_SKEW", "LocalOcrServer", "ServerState"]
__all__ += ["load_spec"]


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm the body of every answer on
    # a kept-alive connection waited for the client's delayed ACK (about 40 ms on Linux).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _serve(self) -> None:
        # Read (and sign) a body for every method: left unread, it would be parsed as the start
        # of the next request on the kept-alive connection.
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        answer = self.server.service.handle(Request(self.command, self.path, headers, body))
        stopping = self.server.stopping
        if answer.delay and stopping.wait(answer.delay):
            self.close_connection = True
            return
        if answer.fault == "reset":
            # SO_LINGER 0: close() sends RST, not FIN; the client reads "connection reset".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if answer.fault == "hang":
            stopping.wait()
            self.close_connection = True
            return
        self.send_response(answer.status)
        names = {name.lower() for name, _ in answer.headers}
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        if "x-request-id" not in names:
            self.send_header("X-Request-Id", _request_id())
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve
    do_OPTIONS = do_TRACE = do_QUERY = _serve


def _request_id() -> str:
    return secrets.token_hex(16)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # socketserver's 5 drops connections when a batch opens many at once

    def __init__(self, port: int, service: Service, verbose: bool) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.service = service
        self.verbose = verbose
        self.stopping = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def serve_until_stopped(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_read, selectors.EVENT_READ)
            while not self.stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self and not self.stopping.is_set():
                        self.handle_request()  # readable: accepts without waiting

    def wake(self) -> None:
        if not self.stopping.is_set():
            self.stopping.set()
            self._wake_write.send(b"\0")

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Shut every open connection: its handler thread reads the end and returns."""
        with self._open_lock:
            found = list(self._open)
        for connection in found:
            with contextlib.suppress(OSError):  # closed by its handler meanwhile
                connection.shutdown(socket.SHUT_RDWR)

    def server_close(self) -> None:
        super().server_close()
        self._wake_read.close()
        self._wake_write.close()


class LocalOcrServer(OcrTestServer):
    """The OCR service on http://127.0.0.1:<port>. Start with `with LocalOcrServer() as
    server:` or start()/stop(); script answers with `server.script(...)`."""

    def __init__(
        self,
        *,
        port: int = 0,
        ak: str = DEMO_AK,
        sk: str | None = None,
        project_id: str = DEMO_PROJECT_ID,
        users: dict[tuple[str, str], str] | None = None,
        token_ttl: timedelta = timedelta(hours=24),
        verbose: bool = False,
    ) -> None:
        super().__init__(ak=ak, sk=sk, project_id=project_id, users=users, token_ttl=token_ttl)
        request_validators()  # built once per process, here rather than in the first request
        self._server = _HTTPServer(port, self._service, verbose)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> LocalOcrServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_until_stopped, name="LocalOcrServer", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, end open connections (a hanging answer included), close."""
        self._server.wake()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._server.close_connections()
        self._server.server_close()

    def __enter__(self) -> LocalOcrServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
