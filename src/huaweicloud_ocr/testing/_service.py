"""The fake OCR service behind both test servers (LocalOcrServer on a socket, InProcessOcrServer
as an httpx transport): one request in, one `Answer` out, so the two modes cannot drift apart.

Rules, in the order a request meets them:
* IAM: POST /v3/auth/tokens issues tokens for the configured users, GET /v3/projects lists the
  project; other methods on these paths answer 405 with Allow, as Keystone does.
* Every other request is authenticated (AK/SK signature checked, or a token issued here) and
  routed as the API gateway does: unknown paths and methods answer APIG.0101 (404), another
  project ModelArts.4203 (403).
* An OCR body is checked as the service checks it (AIS.0101 image and url both or neither,
  AIS.0103 image over the size limit, AIS.0102 not Base64, AIS.0101 against the schema). A
  test's scripted answers come after these checks: a request the service would refuse is
  refused whatever the script says, so a user's bug is not hidden by a script.
* Then the first scripted answer of the operation whose matcher accepts the options, else the
  header X-Example's documented example (success or failure, each with its documented status;
  an unknown name is a 400 naming the known ones), else the default answer: the first 200
  example, or the one of the `side` asked for, with what the options add in documented ways
  (`return_excel`: a real workbook in every `excel` field; an option that brings locations: the
  fields its `x-returned-when` declares, that are or hold quadrilaterals (`x-located`,
  `x-location-map`), where the example lacks them).
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import json
import re
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from huaweicloud_ocr import _spec
from huaweicloud_ocr.auth import signing
from huaweicloud_ocr.testing._workbook import xlsx

MAX_CLOCK_SKEW = timedelta(minutes=15)
DEMO_AK = "LOCALDEMOACCESSKEY00"
DEMO_PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
# The IAM paths served and the one method each is documented with.
IAM_METHODS = {"/v3/auth/tokens": "POST", "/v3/projects": "GET"}
# Error codes of the test servers themselves (not of the service): a test's own mistake.
UNKNOWN_EXAMPLE = "LocalOcrServer.UnknownExample"
MATCHER_FAILED = "LocalOcrServer.MatcherFailed"


# -- the spec -----------------------------------------------------------------------------------
@cache
def load_spec() -> dict[str, Any]:
    text = resources.files("huaweicloud_ocr_api").joinpath("openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def resolve(node: Any) -> Any:
    spec = load_spec()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    name: str  # the client's method name: recognize_general_text
    operation_id: str
    request_schema: dict[str, Any]  # {"$ref": ...}
    response_schema: dict[str, Any]  # the success answer's, {"$ref": ...}
    image_field: str
    max_base64: int | None
    examples: dict[str, Any]  # name -> 200 example value
    failures: dict[str, tuple[int, Any]]  # name -> (status, example value)


@cache
def operations() -> dict[str, Operation]:
    """By URL path segment: general-text -> Operation."""
    spec = load_spec()
    names = {op["operation_id"]: name for name, op in _spec.operations().items()}
    found = {}
    for path, item in spec["paths"].items():
        if not path.startswith("/v2/{project_id}/ocr/"):
            continue
        op = item["post"]
        media = resolve(op["requestBody"])["content"]["application/json"]
        body = resolve(media["schema"])
        ok = op["responses"]["200"]["content"]["application/json"]
        examples = {name: resolve(ex)["value"] for name, ex in ok.get("examples", {}).items()}
        failures = {}
        for status, response in op["responses"].items():
            content = resolve(response).get("content", {}).get("application/json", {})
            if status.isdigit() and int(status) >= 400:
                for name, ex in content.get("examples", {}).items():
                    failures[name] = (int(status), resolve(ex)["value"])
        found[path.rsplit("/", 1)[1]] = Operation(
            names[op["operationId"]],
            op["operationId"],
            media["schema"],
            ok["schema"],
            "image" if "image" in body["properties"] else "data",
            op.get("x-image-constraints", {}).get("max_base64_bytes"),
            examples,
            failures,
        )
    return found


@cache
def operations_by_name() -> dict[str, Operation]:
    return {op.name: op for op in operations().values()}


@dataclass(frozen=True)
class ErrorDoc:
    code: str
    message: str
    status: int | None  # None: the documents give no HTTP status for it


@cache
def error_codes() -> dict[str, ErrorDoc]:
    """x-error-codes, each with its documented status: its own http_status, else the status of
    the common response (components/responses) whose description names the code."""
    spec = load_spec()
    by_response: dict[str, int] = {}
    first = next(item["post"] for p, item in spec["paths"].items() if "/ocr/" in p)
    for status, response in first["responses"].items():
        ref = response.get("$ref", "")
        if ref.startswith("#/components/responses/"):
            text = resolve(response).get("description", "")
            for code in re.findall(r"[A-Za-z]+\.\d{4}", text):
                by_response[code] = int(status)
    found: dict[str, ErrorDoc] = {}
    for entry in spec["x-error-codes"]:
        code = entry["code"]
        if code not in found:  # ModelArts.4105 is listed twice: the first message is kept
            status = entry.get("http_status", by_response.get(code))
            found[code] = ErrorDoc(code, entry["message"], status)
    return found


@cache
def _registry() -> Any:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resource("urn:ocr", DRAFT202012.create_resource(load_spec()))


def validator(schema: dict[str, Any]) -> Any:
    """A jsonschema validator for a {"$ref": "#/components/..."} of the spec."""
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        raise ImportError(
            "the local OCR server validates with jsonschema: "
            "pip install 'huaweicloud-ocr[testing]' (or the 'server' extra)"
        ) from None
    return Draft202012Validator({"$ref": "urn:ocr" + schema["$ref"]}, registry=_registry())


@cache
def request_validators() -> dict[str, Any]:
    return {op.operation_id: validator(op.request_schema) for op in operations().values()}


# -- answers ------------------------------------------------------------------------------------
Fault = Literal["reset", "hang"]


@dataclass(frozen=True)
class Answer:
    """What to do with one request: send status, headers and body after `delay` seconds, or,
    with `fault`, reset the connection or never answer."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    delay: float = 0.0
    fault: Fault | None = None


def json_answer(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Answer:
    data = json.dumps(body, ensure_ascii=False).encode()
    head = {"Content-Type": "application/json;charset=UTF-8", **(headers or {})}
    return Answer(status, tuple(head.items()), data)


def error_answer(status: int, code: str, message: str) -> Answer:
    return json_answer(status, {"error_code": code, "error_msg": message})


@cache
def declared_headers(operation_id: str, status: int) -> frozenset[str]:
    """The response headers openapi.yaml declares for an operation's answer with this status
    (lower-case), from the status's own response or else `default`."""
    for path_item in load_spec()["paths"].values():
        op = path_item.get("post") or path_item.get("get") or {}
        if op.get("operationId") == operation_id:
            responses = op.get("responses", {})
            response = resolve(responses.get(str(status), responses.get("default", {})))
            return frozenset(name.lower() for name in response.get("headers", {}))
    return frozenset()


def with_declared_headers(op: Operation, answer: Answer) -> Answer:
    """The answer with the headers the spec declares for it that the service always sends:
    X-Request-Id, a fresh id unless a script set one. Retry-After is a scripted answer's to
    give (the documents give no value to copy), so it is never made up."""
    if answer.fault is not None or "x-request-id" not in declared_headers(
        op.operation_id, answer.status
    ):
        return answer
    if any(name.lower() == "x-request-id" for name, _ in answer.headers):
        return answer
    return replace(answer, headers=(*answer.headers, ("X-Request-Id", secrets.token_hex(16))))


@dataclass(frozen=True)
class Call:
    """One authenticated OCR request as the server saw it."""

    operation: str  # the client method's name: "recognize_general_text"
    operation_id: str  # the spec's: "RecognizeGeneralText"
    options: dict[str, Any]  # the body without the image (or data) and url
    image_sha256: str | None  # SHA-256 (hex) of the decoded image, when sent as Base64
    url: str | None  # the image URL, when sent as one
    auth: str  # "aksk" or "token"
    status: int  # the status answered; 0 for a reset connection or no answer
    scripted: bool  # answered by a scripted answer


Matcher = Callable[[Mapping[str, Any]], bool]


@dataclass
class Scripted:
    """One scripted answer of an operation, used `times` times (None: every time)."""

    operation: str
    answer: Answer
    matcher: Matcher | None
    description: str  # for assert_no_pending: what it answers and when
    times: int | None
    used: int = 0

    def left(self) -> bool:
        return self.times is None or self.used < self.times

    def pending(self) -> bool:
        return (self.times is None and self.used == 0) or (
            self.times is not None and self.used < self.times
        )


# -- the default answer: documented examples shaped by the options --------------------------------
def _named(node: Any) -> tuple[str | None, Any]:
    """The schema a node names (the last $ref followed), and the node resolved."""
    name = None
    while isinstance(node, dict) and "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[1]
        node = resolve(node)
    return name, node


def _pairs(schema: Any, instance: Any) -> list[tuple[str | None, dict[str, Any], dict[str, Any]]]:
    """Every (schema name, object schema, object) of an answer, walking both together."""
    name, schema = _named(schema)
    found: list[tuple[str | None, dict[str, Any], dict[str, Any]]] = []
    if isinstance(instance, dict) and isinstance(schema, dict):
        found.append((name, schema, instance))
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            sub = properties.get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                found.extend(_pairs(sub, value))
    elif isinstance(instance, list) and isinstance(schema, dict) and "items" in schema:
        for item in instance:
            found.extend(_pairs(schema["items"], item))
    return found


def _brought(schema: str | None, prop: str, payload: Mapping[str, Any]) -> bool | None:
    """None when the property is always there (no x-returned-when); else whether the request
    asked for it as one of its cases says."""
    cases = _spec.returned_when().get(schema or "", {}).get(prop)
    if not cases:
        return None
    return any(_spec.asked_for(case, payload) for case in cases)


def _located(schema: str | None) -> bool:
    notes = _spec.location_schemas().get(schema or "", {})
    return bool(notes.get("located") or notes.get("location_maps"))


def _adds_locations(schema: str | None, prop: str) -> bool:
    """Whether the property is a quadrilateral (x-located, x-location-map) or a list of objects
    that carry one (General Table's words_list): what a location option adds. Objects that
    hold such lists deeper (a Smart Document Recognizer kv_result) are whole results of their
    own, not made up here."""
    notes = _spec.location_schemas().get(schema or "", {})
    if any(
        e["location"] == prop for e in [*notes.get("located", []), *notes.get("location_maps", [])]
    ):
        return True
    _, node = _named(resolve({"$ref": f"#/components/schemas/{schema}"})["properties"][prop])
    if isinstance(node, dict) and node.get("type") == "array":
        inner, _ = _named(node.get("items"))
        return _located(inner)
    return False


_RECTANGLE = [[10, 10], [210, 10], [210, 60], [10, 60]]


def _is_quadrilateral(schema: dict[str, Any]) -> bool:
    items = resolve(schema.get("items", {}))
    return schema.get("minItems") == 4 and items.get("minItems") == 2


def _sample(schema: Any, payload: Mapping[str, Any], keys: list[str]) -> Any:
    """A value valid for the schema: what a location option adds, with the members the request
    brings (x-returned-when). `keys` name the entries of a map (a text_location maps each
    recognized field to its quadrilateral)."""
    name, schema = _named(schema)
    kind = schema.get("type")
    if kind == "array":
        if _is_quadrilateral(schema):
            return copy.deepcopy(_RECTANGLE)
        return [_sample(schema.get("items", {}), payload, keys)]
    if kind == "object" or "properties" in schema or "additionalProperties" in schema:
        found: dict[str, Any] = {}
        for prop, sub in schema.get("properties", {}).items():
            if _brought(name, prop, payload) is not False:
                found[prop] = _sample(sub, payload, keys)
        if not schema.get("properties"):
            found = {key: copy.deepcopy(_RECTANGLE) for key in keys}
        return found
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("maximum", 1)) if "maximum" in schema else 0.5
    if kind == "boolean":
        return True
    return "text"


def _add_locations(op: Operation, answer: Any, payload: Mapping[str, Any]) -> None:
    """Add what the request's options bring that the example lacks, where it locates something:
    a property its x-returned-when says the request asked for that is a quadrilateral or holds
    located objects (other options' fields, a portrait or an alarm, have no value to make up)."""
    for name, schema, obj in _pairs(op.response_schema, answer):
        keys = [k for k, v in obj.items() if isinstance(v, str)]
        for prop, sub in schema.get("properties", {}).items():
            if prop not in obj and _brought(name, prop, payload) and _adds_locations(name, prop):
                obj[prop] = _sample(sub, payload, keys)


def _cells(node: Any) -> dict[tuple[int, int], str]:
    """The texts of a table result at their (row, column); texts without a position one per
    row, when no text has one."""
    placed: dict[tuple[int, int], str] = {}
    loose: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            words = value.get("words")
            rows, columns = value.get("rows"), value.get("columns")
            if isinstance(words, str):
                if rows and columns and isinstance(rows, list) and isinstance(columns, list):
                    placed[(min(rows), min(columns))] = words
                else:
                    loose.append(words)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(node)
    return placed or {(row, 0): text for row, text in enumerate(loose)}


def _add_excel(op: Operation, answer: Any, payload: Mapping[str, Any]) -> None:
    if payload.get("return_excel") is not True:
        return
    for _, schema, obj in _pairs(op.response_schema, answer):
        if "excel" in schema.get("properties", {}) and "excel" not in obj:
            obj["excel"] = base64.b64encode(xlsx(_cells(obj))).decode()


def default_answer(op: Operation, payload: Mapping[str, Any]) -> Answer:
    names = list(op.examples)
    chosen = names[0]
    side = payload.get("side")
    if isinstance(side, str) and side:
        chosen = next((n for n in names if side.capitalize() in n), chosen)
    answer = copy.deepcopy(op.examples[chosen])
    _add_locations(op, answer, payload)
    _add_excel(op, answer, payload)
    return json_answer(200, answer)


def example_answer(op: Operation, name: str) -> Answer | None:
    """A documented example by name, with its documented status; None for an unknown name."""
    if name in op.examples:
        return json_answer(200, op.examples[name])
    if name in op.failures:
        status, value = op.failures[name]
        return json_answer(status, value)
    return None


def example_names(op: Operation) -> list[str]:
    return [*op.examples, *op.failures]


# -- the service --------------------------------------------------------------------------------
@dataclass
class ServerState:
    keys: dict[str, str]
    users: dict[tuple[str, str], str]
    project_id: str
    token_ttl: timedelta
    tokens: dict[str, datetime] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)  # (operation id, auth kind)
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # path and query, as sent
    headers: Mapping[str, str]  # lower-case names
    body: bytes


_NOT_FOUND = ("APIG.0101", "The API does not exist or has not been published.")


class Service:
    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.scripts: list[Scripted] = []
        self.calls: list[Call] = []

    def issue_token(self) -> str:
        token = "MIIlocal" + secrets.token_urlsafe(48)
        with self.state.lock:
            self.state.tokens[token] = datetime.now(UTC) + self.state.token_ttl
        return token

    def handle(self, request: Request) -> Answer:
        answer = self._handle(request)
        path = urlsplit(request.target).path.strip("/").split("/")
        operation = operations().get(path[3]) if len(path) == 4 and path[2] == "ocr" else None
        return answer if operation is None else with_declared_headers(operation, answer)

    def _handle(self, request: Request) -> Answer:
        url = urlsplit(request.target)
        if request.method == "POST":
            if IAM_METHODS.get(url.path, "POST") != "POST":
                return self._undocumented_method(request)
            if url.path == "/v3/auth/tokens":
                return self._issue_token(request.body)
            kind = self._authenticate(request)
            if isinstance(kind, Answer):
                return kind
            segments = url.path.strip("/").split("/")
            if len(segments) != 4 or segments[0] != "v2" or segments[2] != "ocr":
                return error_answer(404, *_NOT_FOUND)
            operation = operations().get(segments[3])
            if operation is None:
                return error_answer(404, *_NOT_FOUND)
            if segments[1] != self.state.project_id:
                return error_answer(403, "ModelArts.4203", "Access denied: unknown project.")
            return self._recognize(operation, request, kind)
        if request.method == "GET" and IAM_METHODS.get(url.path, "GET") == "GET":
            kind = self._authenticate(request)
            if isinstance(kind, Answer):
                return kind
            if url.path == "/v3/projects":
                name = dict(parse_qsl(url.query)).get("name", "")
                project = {"id": self.state.project_id, "name": name, "enabled": True}
                return json_answer(200, {"projects": [project]})
            return error_answer(404, *_NOT_FOUND)
        return self._undocumented_method(request)

    def _undocumented_method(self, request: Request) -> Answer:
        """PUT, DELETE, TRACE, ...: methods no operation of the spec has, and GET or POST where
        the spec has the other one. IAM paths answer as Keystone does, 405 with the documented
        method in Allow. Everything else answers as the API gateway in front of OCR does: an API
        is a method and a path, so another method on an OCR path is an API that does not exist
        (chapter 6, APIG.0101: "check whether the HTTP request method is correct")."""
        allowed = IAM_METHODS.get(urlsplit(request.target).path)
        if allowed is not None:
            error = {
                "code": 405,
                "message": "The method is not allowed for the requested URL.",
                "title": "Method Not Allowed",
            }
            return json_answer(405, {"error": error}, {"Allow": allowed})
        kind = self._authenticate(request)
        return kind if isinstance(kind, Answer) else error_answer(404, *_NOT_FOUND)

    def _authenticate(self, request: Request) -> str | Answer:
        """The kind of credentials accepted ("token" or "aksk"), or the 401 answer."""

        def refused(why: str) -> Answer:
            return error_answer(
                401, "APIG.0301", f"Incorrect IAM authentication information: {why}"
            )

        state = self.state
        token = request.headers.get("x-auth-token")
        if token is not None:
            expires = state.tokens.get(token)
            if expires is None or datetime.now(UTC) >= expires:
                return refused("token invalid or expired")
            return "token"
        authorization = request.headers.get("authorization", "")
        prefix = signing.ALGORITHM + " "
        if not authorization.startswith(prefix):
            return refused("no credentials")
        try:
            parts = dict(p.strip().split("=", 1) for p in authorization[len(prefix) :].split(","))
            sk = state.keys[parts["Access"]]
            date_text = request.headers[signing.DATE_HEADER.lower()]
            date = datetime.strptime(date_text, signing.DATE_FORMAT)
            names = parts["SignedHeaders"].split(";")
        except (KeyError, ValueError, TypeError):
            return refused("bad signature header")
        if abs(datetime.now(UTC) - date.replace(tzinfo=UTC)) > MAX_CLOCK_SKEW:
            return refused("request time skewed")
        path, _, query = request.target.partition("?")
        expected = signing.sign(
            access_key=parts["Access"],
            secret_key=sk,
            method=request.method,
            path=path,
            query=parse_qsl(query, keep_blank_values=True),
            headers={name: request.headers.get(name, "") for name in names},
            payload_sha256=hashlib.sha256(request.body).hexdigest(),
        )
        if not secrets.compare_digest(expected.authorization, authorization):
            return refused("signature mismatch")
        return "aksk"

    def _recognize(self, op: Operation, request: Request, kind: str) -> Answer:
        payload, refusal = self._check(op, request.body)
        options: dict[str, Any] = {}
        image_sha256 = url = None
        if payload is not None:
            options = {k: v for k, v in payload.items() if k not in (op.image_field, "url")}
            image = payload.get(op.image_field)
            if isinstance(image, str) and refusal is None:
                image_sha256 = hashlib.sha256(base64.b64decode(image)).hexdigest()
            url = payload.get("url") if isinstance(payload.get("url"), str) else None
        answer, scripted = refusal, False
        if answer is None:
            with self.state.lock:
                self.state.calls.append((op.operation_id, kind))
            answer, scripted = self._scripted(op, options)
            if answer is None:
                answer = self._example_or_default(op, request, payload or {})
        call = Call(
            op.name,
            op.operation_id,
            options,
            image_sha256,
            url,
            kind,
            0 if answer.fault else answer.status,
            scripted,
        )
        with self.state.lock:
            self.calls.append(call)
        return answer

    def _check(self, op: Operation, raw: bytes) -> tuple[dict[str, Any] | None, Answer | None]:
        """The body, and the documented error answer when the service would refuse it."""
        try:
            payload = json.loads(raw)
        except ValueError:
            return None, error_answer(
                400, "ModelArts.4105", "The JSON format of the input data is incorrect."
            )
        invalid = error_answer(400, "AIS.0101", "The input parameter is invalid.")
        if not isinstance(payload, dict):
            return None, invalid
        if (op.image_field in payload) == ("url" in payload):
            return payload, invalid
        image = payload.get(op.image_field)
        if isinstance(image, str):
            if op.max_base64 is not None and len(image) > op.max_base64:
                return payload, error_answer(
                    400, "AIS.0103", "The image size does not meet the requirements."
                )
            try:
                base64.b64decode(image, validate=True)
            except (binascii.Error, ValueError):
                return payload, error_answer(400, "AIS.0102", "The image format is not supported.")
        if any(True for _ in request_validators()[op.operation_id].iter_errors(payload)):
            return payload, invalid
        return payload, None

    def _scripted(self, op: Operation, options: dict[str, Any]) -> tuple[Answer | None, bool]:
        with self.state.lock:
            candidates = [s for s in self.scripts if s.operation == op.name and s.left()]
        for entry in candidates:
            try:
                accepted = entry.matcher is None or bool(entry.matcher(options))
            except Exception as exc:  # the test's own predicate: answered, not a dead server
                message = f"the matcher of {entry.description} raised {type(exc).__name__}: {exc}"
                return error_answer(500, MATCHER_FAILED, message), True
            if accepted:
                with self.state.lock:
                    if not entry.left():  # taken by a concurrent request meanwhile
                        continue
                    entry.used += 1
                return entry.answer, True
        return None, False

    def _example_or_default(
        self, op: Operation, request: Request, payload: Mapping[str, Any]
    ) -> Answer:
        wanted = request.headers.get("x-example")
        if wanted is None:
            return default_answer(op, payload)
        found = example_answer(op, wanted)
        if found is None:
            known = ", ".join(example_names(op))
            return error_answer(
                400,
                UNKNOWN_EXAMPLE,
                f"X-Example {wanted!r} is not a documented example of {op.operation_id} "
                f"(documented: {known})",
            )
        return found

    def _issue_token(self, raw: bytes) -> Answer:
        state = self.state
        try:
            auth = json.loads(raw)["auth"]
            user = auth["identity"]["password"]["user"]
            key = (user["domain"]["name"], user["name"])
            good = key in state.users and secrets.compare_digest(state.users[key], user["password"])
            project_name = auth["scope"]["project"].get("name")
        except (ValueError, KeyError, TypeError, AttributeError):
            error = {"code": 400, "message": "bad request", "title": "Bad Request"}
            return json_answer(400, {"error": error})
        if not good:
            error = {"code": 401, "message": "wrong user name or password", "title": "Unauthorized"}
            return json_answer(401, {"error": error})
        token = self.issue_token()
        now = datetime.now(UTC)
        body = {
            "token": {
                "expires_at": state.tokens[token].isoformat().replace("+00:00", "Z"),
                "issued_at": now.isoformat().replace("+00:00", "Z"),
                "methods": ["password"],
                "project": {"id": state.project_id, "name": project_name},
            }
        }
        return json_answer(201, body, {"X-Subject-Token": token})
