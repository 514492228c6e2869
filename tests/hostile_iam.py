"""A loopback server playing a hostile or broken IAM: it answers each request with whatever a test
scripts (echoed credentials, control characters, cookies, garbage, delays) and records every
connection and request, so a test can show what reached it, or that nothing did."""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0  # seconds before answering, to let concurrent callers pile up


Answer = Callable[[Seen], Reply]


def token_reply(token: str, expires_at: str | None = None, **extra: Any) -> Reply:
    """IAM's 201 for a password token: the token in X-Subject-Token, its details in the body."""
    expires = expires_at or (datetime.now(UTC) + timedelta(hours=24)).isoformat()
    body = {
        "token": {"expires_at": expires, "methods": ["password"], "project": {"id": PROJECT_ID}}
    }
    return Reply(201, body, [("X-Subject-Token", token)], **extra)


def projects_reply(name: str = "ap-southeast-1", **extra: Any) -> Reply:
    return Reply(200, {"projects": [{"id": PROJECT_ID, "name": name}]}, **extra)


class _Handler(BaseHTTPRequestHandler):
    server: HostileServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        seen = Seen(self.command, self.path, headers, body)
        with self.server.lock:
            self.server.requests.append(seen)
        reply = self.server.answer(seen)
        if reply.delay:
            time.sleep(reply.delay)
        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        for key, value in reply.headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, answer: Answer, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.tls = tls
        self.lock = threading.Lock()
        self.connections = 0  # TCP connections accepted, whether or not a request followed
        self.requests: list[Seen] = []

    def get_request(self) -> tuple[socket.socket, Any]:
        connection, address = self.socket.accept()
        with self.lock:
            self.connections += 1
        if self.tls is not None:  # a failed handshake is an OSError: socketserver drops it
            connection = self.tls.wrap_socket(connection, server_side=True)
        return connection, address

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"


@contextmanager
def hostile(answer: Answer, tls: ssl.SSLContext | None = None) -> Iterator[HostileServer]:
    server = HostileServer(answer, tls)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def self_signed(where: Path) -> tuple[Path, Path] | None:
    """A throw-away certificate for IP 127.0.0.1 (cert, key), or None without openssl."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = where / "cert.pem", where / "key.pem"
    command = [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    command += ["-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
    command += ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)]
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - fixed arguments
    return cert, key


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
