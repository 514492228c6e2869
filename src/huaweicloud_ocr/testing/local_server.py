"""An embedded OCR server for your own tests and the demo, driven by openapi.yaml.

* Listens on 127.0.0.1 only.
* Verifies AK/SK signatures (SDK-HMAC-SHA256) and tokens; issues tokens at POST /v3/auth/tokens
  and lists the project at GET /v3/projects, like IAM.
* Validates each OCR request body against the operation's schema and answers the documented
  errors for bad input (AIS.0101 for image and url both or neither set, AIS.0103 for an image
  over the size limit, AIS.0102 for data that is not Base64), and otherwise the operation's
  first documented 200 example (or the one named by the X-Example header).

    with LocalOcrServer() as server:
        ocr = OcrClient(endpoint=server.url, ak=server.ak, sk=server.sk,
                        project_id=server.project_id)

Needs the `server` extra (jsonschema): pip install 'huaweicloud-ocr[server]'.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from huaweicloud_ocr.auth import signing

MAX_CLOCK_SKEW = timedelta(minutes=15)
DEMO_AK = "LOCALDEMOACCESSKEY00"
DEMO_PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
# The IAM paths served and the one method each is documented with.
_IAM_METHODS = {"/v3/auth/tokens": "POST", "/v3/projects": "GET"}


@cache
def load_spec() -> dict[str, Any]:
    text = resources.files("huaweicloud_ocr_api").joinpath("openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


@dataclass
class _Operation:
    operation_id: str
    schema: dict[str, Any]
    image_field: str
    max_base64: int | None
    examples: dict[str, Any]  # name -> 200 example value


@cache
def _operations() -> dict[str, _Operation]:
    spec = load_spec()
    found = {}
    for path, item in spec["paths"].items():
        if not path.startswith("/v2/{project_id}/ocr/"):
            continue
        op = item["post"]
        media = _resolve(spec, op["requestBody"])["content"]["application/json"]
        body = _resolve(spec, media["schema"])
        ok = op["responses"]["200"]["content"]["application/json"]
        examples = {
            name: _resolve(spec, ex)["value"] for name, ex in ok.get("examples", {}).items()
        }
        found[path.rsplit("/", 1)[1]] = _Operation(
            op["operationId"],
            media["schema"],
            "image" if "image" in body["properties"] else "data",
            op.get("x-image-constraints", {}).get("max_base64_bytes"),
            examples,
        )
    return found


@cache
def _registry() -> Any:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resource("urn:ocr", DRAFT202012.create_resource(load_spec()))


def _validator(schema: dict[str, Any]) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator({"$ref": "urn:ocr" + schema["$ref"]}, registry=_registry())


@dataclass
class ServerState:
    keys: dict[str, str]
    users: dict[tuple[str, str], str]
    project_id: str
    token_ttl: timedelta
    tokens: dict[str, datetime] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)  # (operation id, auth kind)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm the body of every answer on
    # a kept-alive connection waited for the client's delayed ACK (about 40 ms on Linux).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Request-Id", secrets.token_hex(16))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, code: str, message: str) -> None:
        self._send(status, {"error_code": code, "error_msg": message})

    def _read(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _authenticate(self, body: bytes) -> str | None:
        """The kind of credentials accepted, or None after answering 401."""
        state = self.server.state
        token = self.headers.get("X-Auth-Token")
        if token is not None:
            expires = state.tokens.get(token)
            if expires is None or datetime.now(UTC) >= expires:
                self._error(
                    401,
                    "APIG.0301",
                    "Incorrect IAM authentication information: token invalid or expired",
                )
                return None
            return "token"
        authorization = self.headers.get("Authorization", "")
        prefix = signing.ALGORITHM + " "
        if not authorization.startswith(prefix):
            self._error(
                401, "APIG.0301", "Incorrect IAM authentication information: no credentials"
            )
            return None
        try:
            parts = dict(p.strip().split("=", 1) for p in authorization[len(prefix) :].split(","))
            sk = state.keys[parts["Access"]]
            date = datetime.strptime(self.headers[signing.DATE_HEADER], signing.DATE_FORMAT)
            names = parts["SignedHeaders"].split(";")
        except (KeyError, ValueError, TypeError):
            self._error(
                401, "APIG.0301", "Incorrect IAM authentication information: bad signature header"
            )
            return None
        if abs(datetime.now(UTC) - date.replace(tzinfo=UTC)) > MAX_CLOCK_SKEW:
            self._error(
                401, "APIG.0301", "Incorrect IAM authentication information: request time skewed"
            )
            return None
        path, _, query = self.path.partition("?")
        headers = {k.lower(): v for k, v in self.headers.items()}
        expected = signing.sign(
            access_key=parts["Access"],
            secret_key=sk,
            method=self.command,
            path=path,
            query=parse_qsl(query, keep_blank_values=True),
            headers={name: headers.get(name, "") for name in names},
            payload_sha256=hashlib.sha256(body).hexdigest(),
        )
        if not secrets.compare_digest(expected.authorization, authorization):
            self._error(
                401, "APIG.0301", "Incorrect IAM authentication information: signature mismatch"
            )
            return None
        return "aksk"

    def do_POST(self) -> None:
        body = self._read()
        url = urlsplit(self.path)
        if _IAM_METHODS.get(url.path, "POST") != "POST":
            self._undocumented_method(body)
            return
        if url.path == "/v3/auth/tokens":
            self._issue_token(body)
            return
        kind = self._authenticate(body)
        if kind is None:
            return
        segments = url.path.strip("/").split("/")
        if len(segments) != 4 or segments[0] != "v2" or segments[2] != "ocr":
            self._error(404, "APIG.0101", "The API does not exist or has not been published.")
            return
        operation = _operations().get(segments[3])
        if operation is None:
            self._error(404, "APIG.0101", "The API does not exist or has not been published.")
            return
        if segments[1] != self.server.state.project_id:
            self._error(403, "ModelArts.4203", "Access denied: unknown project.")
            return
        self._recognize(operation, body, kind)

    def _recognize(self, operation: _Operation, raw: bytes, kind: str) -> None:
        try:
            payload = json.loads(raw)
        except ValueError:
            self._error(400, "ModelArts.4105", "The JSON format of the input data is incorrect.")
            return
        if not isinstance(payload, dict):
            self._error(400, "AIS.0101", "The input parameter is invalid.")
            return
        field_name = operation.image_field
        if (field_name in payload) == ("url" in payload):
            self._error(400, "AIS.0101", "The input parameter is invalid.")
            return
        image = payload.get(field_name)
        if isinstance(image, str):
            if operation.max_base64 is not None and len(image) > operation.max_base64:
                self._error(400, "AIS.0103", "The image size does not meet the requirements.")
                return
            try:
                base64.b64decode(image, validate=True)
            except (binascii.Error, ValueError):
                self._error(400, "AIS.0102", "The image format is not supported.")
                return
        errors = list(self.server.validators[operation.operation_id].iter_errors(payload))
        if errors:
            self._error(400, "AIS.0101", "The input parameter is invalid.")
            return
        with self.server.state.lock:
            self.server.state.calls.append((operation.operation_id, kind))
        wanted = self.headers.get("X-Example")
        name = wanted if wanted in operation.examples else next(iter(operation.examples))
        self._send(200, operation.examples[name])

    def _issue_token(self, raw: bytes) -> None:
        state = self.server.state
        try:
            auth = json.loads(raw)["auth"]
            user = auth["identity"]["password"]["user"]
            key = (user["domain"]["name"], user["name"])
            good = key in state.users and secrets.compare_digest(state.users[key], user["password"])
        except (ValueError, KeyError, TypeError):
            self._send(
                400, {"error": {"code": 400, "message": "bad request", "title": "Bad Request"}}
            )
            return
        if not good:
            self._send(
                401,
                {
                    "error": {
                        "code": 401,
                        "message": "wrong user name or password",
                        "title": "Unauthorized",
                    }
                },
            )
            return
        token = "MIIlocal" + secrets.token_urlsafe(48)
        expires = datetime.now(UTC) + state.token_ttl
        with state.lock:
            state.tokens[token] = expires
        body = {
            "token": {
                "expires_at": expires.isoformat().replace("+00:00", "Z"),
                "issued_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                "methods": ["password"],
                "project": {"id": state.project_id, "name": auth["scope"]["project"].get("name")},
            }
        }
        self._send(201, body, {"X-Subject-Token": token})

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if _IAM_METHODS.get(url.path, "GET") != "GET":
            self._undocumented_method()
            return
        # Read (and sign) a body even here: left unread, it would be parsed as the start of the
        # next request on the kept-alive connection.
        if self._authenticate(self._read()) is None:
            return
        if url.path == "/v3/projects":
            name = dict(parse_qsl(url.query)).get("name", "")
            project = {"id": self.server.state.project_id, "name": name, "enabled": True}
            self._send(200, {"projects": [project]})
            return
        self._error(404, "APIG.0101", "The API does not exist or has not been published.")

    def _undocumented_method(self, body: bytes | None = None) -> None:
        """PUT, DELETE, TRACE, ...: methods no operation of the spec has, and GET or POST where
        the spec has the other one. IAM paths answer as Keystone does, 405 with the documented
        method in Allow. Everything else answers as the API gateway in front of OCR does: an API
        is a method and a path, so another method on an OCR path is an API that does not exist
        (chapter 6, APIG.0101: "check whether the HTTP request method is correct"). Without this,
        BaseHTTPRequestHandler answered an HTML 501 page.
        """
        if body is None:
            body = self._read()
        allowed = _IAM_METHODS.get(urlsplit(self.path).path)
        if allowed is not None:
            error = {
                "code": 405,
                "message": "The method is not allowed for the requested URL.",
                "title": "Method Not Allowed",
            }
            self._send(405, {"error": error}, {"Allow": allowed})
            return
        if self._authenticate(body) is not None:
            self._error(404, "APIG.0101", "The API does not exist or has not been published.")

    do_PUT = do_DELETE = do_PATCH = do_HEAD = _undocumented_method
    do_OPTIONS = do_TRACE = do_QUERY = _undocumented_method


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # socketserver's 5 drops connections when a batch opens many at once

    def __init__(self, port: int, state: ServerState, verbose: bool) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.state = state
        self.verbose = verbose
        self.validators = {op.operation_id: _validator(op.schema) for op in _operations().values()}


class LocalOcrServer:
    """Start with `with LocalOcrServer() as server:` or start()/stop()."""

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
        self.ak = ak
        self.sk = sk or secrets.token_hex(20)
        self.project_id = project_id
        self.state = ServerState({ak: self.sk}, dict(users or {}), project_id, token_ttl)
        self._server = _HTTPServer(port, self.state, verbose)
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"LocalOcrServer(url={self.url!r}, ak={self.ak!r}, sk=***)"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def issue_token(self) -> str:
        """A token valid for the server's token_ttl, as IAM would issue it."""
        token = "MIIlocal" + secrets.token_urlsafe(48)
        with self.state.lock:
            self.state.tokens[token] = datetime.now(UTC) + self.state.token_ttl
        return token

    def start(self) -> LocalOcrServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> LocalOcrServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
