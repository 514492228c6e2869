"""A loopback HTTP server that checks authentication the way the cloud does, independently of the
client: AK/SK signatures are recomputed with the official signer (huaweicloudsdkcore) from the
bytes received, tokens must have been issued by its own IAM endpoint and not have expired.

Routes: POST /v3/auth/tokens (password → token), GET /v3/projects?name=, and any POST under /v2/
(answers {"result": {...}} once authenticated).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer

from tests.scripted_server import in_thread

MAX_CLOCK_SKEW = timedelta(minutes=15)


@dataclass
class _Credentials:
    ak: str
    sk: str


@dataclass
class CloudState:
    """What the fake cloud knows and what it saw."""

    keys: dict[str, str] = field(default_factory=dict)  # ak -> sk
    users: dict[tuple[str, str], str] = field(default_factory=dict)  # (domain, user) -> password
    project_id: str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    token_ttl: timedelta = timedelta(hours=24)
    token_fetch_delay: float = 0.0  # seconds, to widen races in concurrency tests
    tokens: dict[str, datetime] = field(default_factory=dict)  # token -> expires_at
    revoked: set[str] = field(default_factory=set)
    token_requests: int = 0
    project_requests: int = 0
    accepted: list[str] = field(default_factory=list)  # how each OCR call was authenticated
    rejected: list[str] = field(default_factory=list)  # why a call was refused
    bodies: list[bytes] = field(default_factory=list)  # bodies of accepted OCR calls
    lock: threading.Lock = field(default_factory=threading.Lock)

    def issue_token(self) -> tuple[str, datetime]:
        with self.lock:
            self.token_requests += 1
            token = f"MIItoken{self.token_requests:04d}" + "x" * 40
            expires = datetime.now(UTC) + self.token_ttl
            self.tokens[token] = expires
            return token, expires


def _oracle_authorization(
    method: str,
    raw_path: str,
    headers: dict[str, str],
    body: bytes,
    ak: str,
    sk: str,
    names: list[str],
) -> str:
    """The Authorization the official signer computes for the request as received."""
    path, _, query = raw_path.partition("?")
    lowered = {k.lower(): v for k, v in headers.items()}
    signed = {name: lowered.get(name, "") for name in names}
    request = SdkRequest(
        method=method,
        schema="http",
        host=lowered.get("host", ""),
        resource_path=path,
        query_params=parse_qsl(query, keep_blank_values=True),
        header_params=signed,
        body=body,
    )
    result: str = Signer(_Credentials(ak, sk)).sign(request).header_params["Authorization"]
    return result


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length", "0"))
        return self.rfile.read(length) if length else b""

    def _refuse(self, why: str) -> None:
        self.server.state.rejected.append(why)
        self._send(401, {"error_code": "APIG.0301", "error_msg": why})

    def _authenticate(self, body: bytes) -> bool:
        state = self.server.state
        token = self.headers.get("X-Auth-Token")
        if token is not None:
            expires = state.tokens.get(token)
            if expires is None or token in state.revoked:
                self._refuse("unknown token")
                return False
            if datetime.now(UTC) >= expires:
                self._refuse("token expired")
                return False
            state.accepted.append("token")
            return True
        authorization = self.headers.get("Authorization", "")
        if not authorization.startswith("SDK-HMAC-SHA256 "):
            self._refuse("no credentials")
            return False
        parts = dict(
            item.strip().split("=", 1)
            for item in authorization[len("SDK-HMAC-SHA256 ") :].split(",")
        )
        sk = state.keys.get(parts.get("Access", ""))
        if sk is None:
            self._refuse("unknown access key")
            return False
        date = datetime.strptime(self.headers.get("X-Sdk-Date", ""), "%Y%m%dT%H%M%SZ")
        if abs(datetime.now(UTC) - date.replace(tzinfo=UTC)) > MAX_CLOCK_SKEW:
            self._refuse("request time out of range")
            return False
        names = parts["SignedHeaders"].split(";")
        expected = _oracle_authorization(
            self.command, self.path, dict(self.headers.items()), body, parts["Access"], sk, names
        )
        if expected != authorization:
            self._refuse("signature mismatch")
            return False
        state.accepted.append("aksk+token" if "x-security-token" in names else "aksk")
        return True

    def do_POST(self) -> None:
        body = self._body()
        state = self.server.state
        if urlsplit(self.path).path == "/v3/auth/tokens":
            if state.token_fetch_delay:
                time.sleep(state.token_fetch_delay)
            auth = json.loads(body)["auth"]
            user = auth["identity"]["password"]["user"]
            known = state.users.get((user["domain"]["name"], user["name"]))
            if known is None or known != user["password"]:
                state.rejected.append("bad password")
                self._send(
                    401,
                    {"error": {"code": 401, "message": "wrong password", "title": "Unauthorized"}},
                )
                return
            token, expires = state.issue_token()
            scope = auth["scope"]["project"]
            payload = {
                "token": {
                    "expires_at": expires.isoformat().replace("+00:00", "Z"),
                    "issued_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                    "methods": ["password"],
                    "project": {"id": state.project_id, "name": scope.get("name")},
                    "catalog": [],
                }
            }
            self._send(201, payload, {"X-Subject-Token": token})
            return
        if not self._authenticate(body):
            return
        state.bodies.append(body)
        self._send(200, {"result": {"words_block_count": 0, "words_block_list": []}})

    def do_GET(self) -> None:
        if not self._authenticate(b""):
            return
        url = urlsplit(self.path)
        if url.path == "/v3/projects":
            self.server.state.project_requests += 1
            name = dict(parse_qsl(url.query)).get("name", "")
            self._send(
                200,
                {"projects": [{"id": self.server.state.project_id, "name": name, "enabled": True}]},
            )
            return
        self._send(404, {"error_code": "APIG.0101", "error_msg": "not found"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: CloudState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


@contextmanager
def running_cloud(state: CloudState) -> Iterator[str]:
    """Serve `state` on 127.0.0.1; yields the base URL."""
    with in_thread(_Server(state)) as url:
        yield url
