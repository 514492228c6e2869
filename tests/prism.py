"""Prism (`@stoplight/prism-cli`, pinned in generator/js/package.json) as a mock server of
openapi.yaml on 127.0.0.1, for contract tests, and a recorder of what httpx sent it.

What Prism 5.14 does, read from its source (prism-http/dist/mocker/index.js,
prism-http-server/dist/server.js) and checked by tests/test_contract_prism.py:

* It validates every request (path, query, headers, security, content type, body) against the
  operation. A request with an error-severity violation is answered with the operation's own
  422 or 400 response (its first example), or 401 for a security violation, or else a
  problem+json 422; the violations are listed as JSON in the `sl-violations` header.
* With `--errors` it also validates its own answer (the documented example) against the response
  schema and, on an error-severity violation, answers 500 problem+json of type VIOLATIONS.
* Without `--dynamic` it answers the first documented example of the lowest 2xx response;
  `Prefer: code=400` or `Prefer: example=<name>` picks another.
* It watches its document and restarts when the file changes, so it serves a private copy here:
  an edit of openapi.yaml by someone else during a run cannot restart it mid-test.
* Security is checked by presence only: an X-Auth-Token or Authorization header satisfies it
  (no token or AK/SK signature is verified).
* Its body parser refuses bodies over 10 MiB with 413 before any validation
  (prism-http-server parseRequestBody, `limit: '10mb'`), so the largest image the spec allows
  (10,485,760 Base64 characters, plus the JSON around them) cannot be sent to it.
* It sends nothing anywhere: prism-cli 5.14.2 has no telemetry or update check, only proxy mode
  and callbacks (none in the spec) make requests, and the document has only local `$ref`s.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
PRISM_BIN = ROOT / "generator" / "js" / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
READY_LINE = "Prism is listening on"
VIOLATIONS_HEADER = "sl-violations"
VIOLATIONS_PROBLEM = "https://stoplight.io/prism/errors#VIOLATIONS"


class PrismError(RuntimeError):
    """Prism could not be started."""


@dataclass(frozen=True)
class Exchange:
    """One request as it went on the wire to Prism, and Prism's answer."""

    method: str
    path: str
    query: str
    request_headers: httpx.Headers
    request_body: bytes
    status: int
    response_headers: httpx.Headers
    response_body: bytes
    violations: list[dict[str, Any]]  # the parsed sl-violations header; [] when there is none

    @property
    def error_violations(self) -> list[dict[str, Any]]:
        return [v for v in self.violations if v.get("severity") == "Error"]

    def request_json(self) -> Any:
        return json.loads(self.request_body) if self.request_body else None

    def response_json(self) -> Any:
        return json.loads(self.response_body) if self.response_body else None


def parse_violations(value: str | None) -> list[dict[str, Any]]:
    if not value:
        return []
    try:
        found = json.loads(value)
    except ValueError:  # "Too many violations! ..." (cut at 8 kB): keep it visible as an error
        return [{"severity": "Error", "message": value[:500]}]
    return found if isinstance(found, list) else [{"severity": "Error", "message": value}]


class _Tee(httpx.SyncByteStream):
    """The request body as httpx sends it, copied on the way: a client may stream its body, so
    `request.content` need not hold what went on the wire."""

    def __init__(self, stream: httpx.SyncByteStream, sink: bytearray) -> None:
        self._stream = stream
        self._sink = sink

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._sink.extend(chunk)
            yield chunk


class _RecordingTransport(httpx.BaseTransport):
    def __init__(self, recorder: Recorder) -> None:
        self._recorder = recorder
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sent = bytearray()
        assert isinstance(request.stream, httpx.SyncByteStream)
        request.stream = _Tee(request.stream, sent)
        response = self._inner.handle_request(request)
        body = response.read()
        self._recorder.exchanges.append(
            Exchange(
                method=request.method,
                path=request.url.path,
                query=request.url.query.decode("ascii"),
                request_headers=request.headers,
                request_body=bytes(sent),
                status=response.status_code,
                response_headers=response.headers,
                response_body=body,
                violations=parse_violations(response.headers.get(VIOLATIONS_HEADER)),
            )
        )
        return response

    def close(self) -> None:
        self._inner.close()


@dataclass
class Recorder:
    """Records every exchange of a synchronous httpx client given `httpx_args()`."""

    exchanges: list[Exchange] = field(default_factory=list)

    def httpx_args(self) -> dict[str, Any]:
        return {"transport": _RecordingTransport(self)}


@dataclass(frozen=True)
class PrismMock:
    url: str
    document: Path
    log_path: Path

    def log_tail(self, lines: int = 60) -> str:
        return _tail(self.log_path, lines)


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return "(no output)"
    return "\n".join(text.splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def command(document: Path, port: int) -> list[str]:
    return [
        str(PRISM_BIN),
        "mock",
        str(document),
        "--host",
        HOST,  # loopback only
        "--port",
        str(port),
        "--errors",  # its own answers are validated too: a schema-breaking answer becomes a 500
        "--dynamic=false",  # answer the documented examples, not generated data
        "--cors=false",  # no CORS headers or pre-flight handling: only what the spec says
        "--multiprocess=false",  # one process to stop, one log
        "--verboseLevel=info",  # each request's validation result in the log, for failures
    ]


def _start(document: Path, log_path: Path, timeout: float) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    env = {**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"}
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 (our pinned Prism, a fixed argument list)
            command(document, port),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=document.parent,
            env=env,
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PrismError(
                f"Prism exited with status {process.returncode} before listening:\n"
                + _tail(log_path, 60)
            )
        log_text = log_path.read_text(encoding="utf-8", errors="replace")
        if READY_LINE in log_text and _accepts_connections(port):
            return process, port
        time.sleep(0.05)
    _stop(process)
    raise PrismError(f"Prism did not listen within {timeout:.0f} s:\n" + _tail(log_path, 60))


@contextmanager
def prism_mock(
    document_text: bytes, workdir: Path, *, name: str = "openapi.yaml", timeout: float = 30.0
) -> Iterator[PrismMock]:
    """Serve `document_text` (written to workdir/name) with Prism on 127.0.0.1 and a free port."""
    if not PRISM_BIN.exists():
        raise PrismError(f"{PRISM_BIN} is missing: run `make install` (npm ci in generator/js)")
    if shutil.which("node") is None:
        raise PrismError("node is not on PATH: Prism needs Node.js (see generator/js/package.json)")
    workdir.mkdir(parents=True, exist_ok=True)
    document = workdir / name
    document.write_bytes(document_text)
    log_path = workdir / "prism.log"
    for attempt in range(3):  # the free port may be taken between choosing it and Prism binding
        try:
            process, port = _start(document, log_path, timeout)
            break
        except PrismError:
            if attempt == 2 or "EADDRINUSE" not in _tail(log_path, 60):
                raise
    try:
        yield PrismMock(f"http://{HOST}:{port}", document, log_path)
    finally:
        _stop(process)
