"""Fuzzing the answers: every OCR operation (OcrClient's typed methods) and both IAM calls
(IamPasswordTokenProvider.token, ProjectIdResolver.resolve) against arbitrary JSON, mutated
documented examples and broken bytes, served over real HTTP on 127.0.0.1.

Each call must end in the documented result or in an OcrError; an error raised for an answer
that carried X-Request-Id must carry that id. A bare KeyError, TypeError, RecursionError, ...
escaping from the library fails the test.

Seeded (derandomize) and bounded: OCR_FUZZ_EXAMPLES is the number of cases in total, spread over
the 19 calls (default 570: 30 each, a few seconds). `OCR_FUZZ_EXAMPLES=10000` is the full run.
"""

from __future__ import annotations

import copy
import json
import os
import string
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema.protocols import Validator

from huaweicloud_ocr import NO_RETRY, OcrClient, _spec
from huaweicloud_ocr.auth import IamPasswordTokenProvider, IamToken, ProjectIdResolver, TokenAuth
from huaweicloud_ocr.errors import (
    ApiError,
    AuthenticationError,
    CredentialsError,
    OcrError,
    TransportError,
)
from huaweicloud_ocr.retry import parse_retry_after
from huaweicloud_ocr_api import models
from tests import golden
from tests.secrets_registry import FUZZ_PASSWORD, FUZZ_TOKEN

EXAMPLES_ENV = "OCR_FUZZ_EXAMPLES"
DEFAULT_TOTAL = 570
OPERATIONS = sorted(_spec.operations())
# (Not IAM_TOKEN: test_secrets_check reads names with TOKEN in them as holding secrets.)
IAM_AUTH, IAM_PROJECTS = "iam_token", "iam_projects"
TARGETS = [*OPERATIONS, IAM_AUTH, IAM_PROJECTS]
REGION = "ap-southeast-1"
IMAGE_URL = "https://example.com/a.png"
SUCCESS = {IAM_AUTH: 201, IAM_PROJECTS: 200}  # every OCR operation: 200
ERROR_STATUSES = (400, 401, 403, 429, 500, 502, 503)
# Statuses the service does not document, redirects and ones HTTPStatus does not know.
ODD_STATUSES = (201, 204, 299, 301, 302, 307, 404, 418, 504, 599)
CONTENT_TYPES = (
    "application/json",
    "application/json;charset=UTF-8",
    "application/json; charset=latin-1",
    "application/json; charset=no-such-charset",
    "text/html",
    "text/plain; charset=utf-16",
    "application/octet-stream",
    None,
)
HEADER_TEXT = string.ascii_letters + string.digits + "-"
EXPIRY_TIMES = (
    "2026-11-22T09:30:00.123000Z",
    "0001-01-01T00:00:00Z",  # minus the refresh margin is before datetime.min
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59.999999Z",
    "2026-11-22",
    "20261122T093000Z",
    "2026-13-45T99:99:99Z",
    "",
)


def examples_per_target(target: str) -> int:
    """This target's share of OCR_FUZZ_EXAMPLES; the shares add up to exactly the total."""
    total = int(os.environ.get(EXAMPLES_ENV, str(DEFAULT_TOTAL)))
    base, extra = divmod(total, len(TARGETS))
    return base + (TARGETS.index(target) < extra)


# -- what the spec documents -------------------------------------------------------------------
def operation_id(target: str) -> str:
    if target == IAM_AUTH:
        return "KeystoneCreateUserTokenByPassword"
    if target == IAM_PROJECTS:
        return "KeystoneListProjects"
    return _spec.operation(target)["operation_id"]


def success_status(target: str) -> int:
    return SUCCESS.get(target, 200)


@dataclass(frozen=True)
class Documented:
    success: list[Any]  # example bodies of the success answer
    errors: list[Any]  # example bodies of error answers
    success_schema: dict[str, Any]


@cache
def documented(target: str) -> Documented:
    op_id, ok = operation_id(target), str(success_status(target))
    found = [e for e in golden.examples(golden.load_spec()) if e.operation_id == op_id]
    success = [e for e in found if e.kind == "response" and e.status == ok]
    errors = [e.value for e in found if e.kind == "response" and e.status != ok]
    assert success, f"{op_id} documents no {ok} example to mutate"
    assert errors, f"{op_id} documents no error example to mutate"
    return Documented([e.value for e in success], errors, success[0].schema)


def field_names(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {n for v in value.values() for n in field_names(v)}
    if isinstance(value, list):
        return {n for v in value for n in field_names(v)}
    return set()


# -- replies -------------------------------------------------------------------------------------
@dataclass
class Reply:
    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    truncated: bool = False  # Content-Length promises more than is sent; then the line drops
    kind: str = ""  # how the body was made, for failure messages
    value: Any = None  # the JSON value sent, when the body is JSON text of one

    def __repr__(self) -> str:
        cut = " truncated" if self.truncated else ""
        return f"Reply({self.status}{cut}, {self.kind}, {self.headers!r}, {self.body[:300]!r})"

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


json_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats()  # NaN and Infinity too: json.dumps writes them and json.loads reads them
    | st.text(max_size=12)
)


def json_values(keys: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return st.recursive(
        json_leaves,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5)
        ),
        max_leaves=16,
    )


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every location in a JSON value, the root included."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def get_at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def set_at(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    get_at(value, path[:-1])[path[-1]] = new
    return value


SWAPS: dict[str, Callable[[Any], Any]] = {
    "str": lambda v: str(v) if not isinstance(v, str) else "not-a-number",
    "int": lambda v: len(v) if isinstance(v, str | list | dict) else 7,
    "float": lambda v: 1.5,
    "bool": lambda v: True,
    "list": lambda v: [v],
    # {"a": 1} as [["a", 1]]: dict() would quietly accept it
    "pairs": lambda v: [[k, x] for k, x in v.items()] if isinstance(v, dict) else [["x", v]],
    "dict": lambda v: {"value": v},
    "empty-list": lambda v: [],
    "empty-dict": lambda v: {},
    "null": lambda v: None,
}


@st.composite
def mutated(draw: st.DrawFn, base: Any, vocabulary: Vocabulary) -> Any:
    """A documented example with fields dropped, added, nulled or swapped to another type."""
    value = copy.deepcopy(base)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(list(paths(value))))
        target = get_at(value, path)
        action = draw(st.sampled_from(["swap", "drop", "add", "null", "replace"]))
        if action == "drop" and path:
            del get_at(value, path[:-1])[path[-1]]
        elif action == "add" and isinstance(target, dict):
            target[draw(vocabulary.keys)] = draw(vocabulary.values)
        elif action == "add" and isinstance(target, list):
            target.append(copy.deepcopy(target[0]) if target else draw(vocabulary.values))
        elif action == "null":
            value = set_at(value, path, None)
        elif action == "replace":
            value = set_at(value, path, draw(vocabulary.values))
        else:
            swap = SWAPS[draw(st.sampled_from(sorted(SWAPS)))]
            value = set_at(value, path, swap(target))
    return value


def nested(depth: int, wrap: bytes = b"%s") -> tuple[str, bytes]:
    return f"nested-{depth}", wrap % (b"[" * depth + b"]" * depth)


# Bodies that broke, or could break, a parser: each is also sent to every call below.
HOSTILE_BODIES = [
    ("empty", b""),
    ("html", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    ("invalid-utf8", b'{"error_code": "\xff\xfe", "error_msg": "\xc3("}'),
    ("long-int", b'{"result": {"words_block_count": ' + b"9" * 5000 + b"}}"),
    ("huge-float", b'{"result": {"direction": 1e999}}'),
    ("nan", b'{"result": NaN, "error_code": NaN}'),
    ("lone-surrogate", b'{"error_msg": "\\ud800", "result": {"words": "\\udfff"}}'),
    ("pairs-not-object", b'[["result", []], ["error_code", "AIS.0101"]]'),
    nested(500, b'{"result": %s}'),
    nested(990),  # json's C parser gives up near the recursion limit: RecursionError
    nested(100_000, b'{"error_code": %s}'),
]


def broken_bytes(examples: list[Any]) -> st.SearchStrategy[tuple[str, bytes]]:
    """Answers that are not JSON, or not the JSON they claim to be."""
    texts = [json.dumps(e).encode() for e in examples]

    @st.composite
    def cut(draw: st.DrawFn) -> tuple[str, bytes]:
        text = draw(st.sampled_from(texts))
        return "cut-json", text[: draw(st.integers(min_value=0, max_value=len(text) - 1))]

    @st.composite
    def recoded(draw: st.DrawFn) -> tuple[str, bytes]:
        text = json.dumps(draw(st.sampled_from(examples)), ensure_ascii=False)
        encoding = draw(st.sampled_from(["utf-16", "utf-32", "utf-8-sig", "latin-1"]))
        return f"json-as-{encoding}", text.encode(encoding, errors="replace")

    fixed = [*HOSTILE_BODIES, ("two-documents", texts[0] + b"\n" + texts[0])]
    return (
        st.sampled_from(fixed)
        | st.binary(max_size=64).map(lambda b: ("random-bytes", b))
        | cut()
        | recoded()
    )


@dataclass(frozen=True)
class Vocabulary:
    """A target's strategies, built once: building st.recursive for every draw is slow."""

    keys: st.SearchStrategy[str]  # the documented field names, and any text
    values: st.SearchStrategy[Any]  # any JSON value, its objects using those keys
    broken: st.SearchStrategy[tuple[str, bytes]]


@cache
def vocabulary(target: str) -> Vocabulary:
    docs = documented(target)
    examples = [*docs.success, *docs.errors]
    keys = st.sampled_from(sorted(field_names(examples))) | st.text(max_size=6)
    return Vocabulary(keys, json_values(keys), broken_bytes(examples))


@st.composite
def replies(draw: st.DrawFn, target: str) -> Reply:
    docs, words = documented(target), vocabulary(target)
    status = draw(
        st.sampled_from([success_status(target)] * 6 + list(ERROR_STATUSES) + list(ODD_STATUSES))
    )
    ok = status == success_status(target)
    # Mostly the example that belongs to the status, sometimes the other kind.
    matching, other = (docs.success, docs.errors) if ok else (docs.errors, docs.success)
    bases = other if draw(st.integers(min_value=0, max_value=4)) == 0 else matching
    category = draw(st.sampled_from(["json", "mutated", "mutated", "bytes", "documented"]))
    value: Any = None
    if category == "json":
        value = draw(words.values)
    elif category == "mutated":
        value = draw(mutated(draw(st.sampled_from(bases)), words))
    elif category == "documented":
        value = copy.deepcopy(draw(st.sampled_from(bases)))
        if isinstance(value.get("token"), dict):  # IAM: a token that expires at an odd time
            value["token"]["expires_at"] = draw(st.sampled_from(EXPIRY_TIMES))
    if category == "bytes":
        kind, body = draw(words.broken)
    else:
        kind, body = category, json.dumps(value).encode()
    headers: list[tuple[str, str]] = []
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    if content_type:
        headers.append(("Content-Type", content_type))
    request_id = draw(st.none() | st.text(HEADER_TEXT, min_size=1, max_size=40))
    if request_id:
        headers.append(("X-Request-Id", request_id))
    if target == IAM_AUTH:
        subject = draw(st.sampled_from([FUZZ_TOKEN, "", None]))
        if subject is not None:
            headers.append(("X-Subject-Token", subject))
    retry_after = draw(st.none() | st.sampled_from(["0", "-1", "soon", "9" * 30, "Mon, 99 X"]))
    if retry_after is not None:
        headers.append(("Retry-After", retry_after))
    # A 204 or 304 has no body whatever Content-Length says: it cannot be cut short.
    truncated = draw(st.integers(min_value=0, max_value=9)) == 0 and status not in (204, 304)
    return Reply(status, body, headers, truncated, kind, value if kind != "bytes" else None)


# -- the loopback server -------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server: FuzzServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        reply = self.server.reply
        with self.server.lock:
            self.server.requests += 1
        try:
            reason = HTTPStatus(reply.status).phrase
        except ValueError:
            reason = "Odd"
        head = [f"HTTP/1.1 {reply.status} {reason}"]
        head += [f"{k}: {v}" for k, v in reply.headers]
        # A fresh connection for every call: a reply that confuses one connection cannot
        # leak into the next example.
        head += [f"Content-Length: {len(reply.body) + (10 if reply.truncated else 0)}"]
        head += ["Connection: close", "", ""]
        self.wfile.write("\r\n".join(head).encode("latin-1") + reply.body)
        self.close_connection = True

    do_GET = do_POST = _answer


class FuzzServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.reply = Reply(200, b"{}")
        self.requests = 0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def server() -> Iterator[FuzzServer]:
    running = FuzzServer()
    thread = threading.Thread(target=running.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()


@dataclass
class Calls:
    ocr: OcrClient
    tokens: IamPasswordTokenProvider
    projects: ProjectIdResolver

    def call(self, target: str) -> Any:
        if target == IAM_AUTH:
            self.tokens._token = None  # each example must fetch, not hit the cache
            token = self.tokens.token()
            # The next call reads the cache (or fetches again when the token is already stale):
            # it must cope with whatever expires_at was accepted.
            self.tokens.token()
            return token
        if target == IAM_PROJECTS:
            self.projects._project_id = None  # as above
            return self.projects.resolve()
        return getattr(self.ocr, target)(url=IMAGE_URL)


@pytest.fixture(scope="module")
def calls(server: FuzzServer) -> Iterator[Calls]:
    # One client each for the whole module: building an httpx client loads the CA bundle.
    with OcrClient(
        endpoint=server.url, token=FUZZ_TOKEN, project_id="p", retry=NO_RETRY, region=None
    ) as ocr:
        tokens = IamPasswordTokenProvider(
            username="fuzz-user",
            password=FUZZ_PASSWORD,
            domain_name="fuzz-account",
            region=REGION,
            iam_endpoint=server.url,
            refresh_margin=timedelta(minutes=15),
        )
        projects = ProjectIdResolver(TokenAuth(FUZZ_TOKEN), REGION, iam_endpoint=server.url)
        try:
            yield Calls(ocr, tokens, projects)
        finally:
            tokens.close()


def result_type(target: str) -> type[Any]:
    if target == IAM_AUTH:
        return IamToken
    if target == IAM_PROJECTS:
        return str
    found: type[Any] = getattr(models, f"{operation_id(target)}Response")
    return found


def plain_error_code(value: Any) -> str | None:
    """The error_code of an answer in the plain documented shape, {"error_code": ..., ...} with no
    "result" or IAM "error" object carrying codes of its own."""
    if not isinstance(value, dict) or not isinstance(value.get("error_code"), str):
        return None
    result = value.get("result")
    if isinstance(result, dict) and ({"error_code", "error_msg"} & set(result)):
        return None
    return None if isinstance(value.get("error"), dict) else value["error_code"]


def check_error(target: str, reply: Reply, error: OcrError) -> None:
    shown = f"{reply.kind} HTTP {reply.status}: {type(error).__name__}: {error}"
    if reply.truncated:
        expected: type[OcrError] = AuthenticationError if target in SUCCESS else TransportError
        assert isinstance(error, expected), shown
        return
    request_id = reply.header("X-Request-Id")
    if request_id:
        assert getattr(error, "request_id", None) == request_id, shown
        assert request_id in str(error), shown
    if target == IAM_AUTH and reply.status == 401:
        assert isinstance(error, CredentialsError), shown
    elif target in SUCCESS:
        assert isinstance(error, AuthenticationError | CredentialsError) or (
            reply.status == 200 and "projects named" in str(error)
        ), shown
    elif reply.status >= 400:
        assert isinstance(error, ApiError), shown
        assert error.status_code == reply.status, shown
        code = plain_error_code(reply.value)
        if code:
            assert error.error_code == code, shown
    else:
        assert isinstance(error, ApiError), shown
        if 300 <= reply.status < 400:
            assert "redirect" in str(error), shown


def check_result(target: str, reply: Reply, result: Any) -> None:
    shown = f"{reply.kind} HTTP {reply.status}"
    assert not reply.truncated, shown
    assert reply.status == success_status(target), shown
    assert isinstance(result, result_type(target)), shown
    if target not in SUCCESS:
        # What the caller got can be used: written back and shown.
        assert isinstance(result.to_dict(), dict)
        assert isinstance(repr(result), str)


@cache
def success_validator(target: str) -> Validator:
    return golden.schema_validator(documented(target).success_schema)


def exercise(target: str, calls: Calls, server: FuzzServer, reply: Reply) -> None:
    """One call answered with `reply`, and the checks on how it ended."""
    server.reply = reply
    try:
        result = calls.call(target)
    except OcrError as error:  # anything else escaping fails the example
        check_error(target, reply, error)
        outcome = "error"
    else:
        check_result(target, reply, result)
        outcome = "result"
    # A documented answer must be accepted, and read back as sent.
    ok = reply.status == success_status(target) and not reply.truncated
    documented_answer = ok and target not in SUCCESS and reply.value is not None
    if documented_answer and success_validator(target).is_valid(reply.value):
        assert outcome == "result", f"a valid {reply.kind} answer was refused"
        expected = golden.canonical_json(reply.value)
        assert golden.canonical_json(result.to_dict()) == expected


FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("target", TARGETS)
def test_every_answer_ends_in_the_result_or_an_ocr_error(
    target: str, server: FuzzServer, calls: Calls
) -> None:
    before, cases = server.requests, []

    @settings(FUZZ_SETTINGS, max_examples=examples_per_target(target))
    @given(reply=replies(target))
    def one_call(reply: Reply) -> None:
        cases.append(reply.kind)
        exercise(target, calls, server, reply)

    one_call()
    # As many cases as asked for, and they really went over HTTP (the IAM token call makes a
    # second request when the token it got is already stale).
    assert len(cases) == examples_per_target(target)
    assert server.requests - before >= len(cases)


@pytest.mark.parametrize("target", TARGETS)
def test_hostile_bodies_with_every_status(target: str, server: FuzzServer, calls: Calls) -> None:
    """Every hostile body with the success status, an error status and an undocumented one,
    whatever the random sample above happened to draw."""
    for status in (success_status(target), 299, 400, 503):
        for kind, body in HOSTILE_BODIES:
            # A charset the body does not fit matters only where an error shows the body.
            wrong_charset = ["text/plain; charset=utf-16"] if status >= 400 else []
            for content_type in ["application/json", *wrong_charset]:
                headers = [("Content-Type", content_type), ("X-Request-Id", f"id-{kind}")]
                headers += [("X-Subject-Token", FUZZ_TOKEN)] if target == IAM_AUTH else []
                exercise(target, calls, server, Reply(status, body, headers, kind=kind))


@settings(FUZZ_SETTINGS, max_examples=200)
@given(st.text(max_size=40) | st.sampled_from(["1" * 400, "Fri, 31 Dec 9999 23:59:59 GMT"]))
def test_any_retry_after_value_is_a_wait_or_none(value: str) -> None:
    wait = parse_retry_after(value)
    assert wait is None or wait >= 0


def test_a_json_array_is_not_a_result(server: FuzzServer, calls: Calls) -> None:
    body = b'[["result", [["words_block_count", "not a number"]]]]'
    server.reply = Reply(200, body, [("Content-Type", "application/json")])
    with pytest.raises(OcrError):
        calls.call("recognize_general_text")


@pytest.mark.parametrize("expires_at", EXPIRY_TIMES)
def test_any_expiry_time_iam_sends_is_a_token_or_an_error(
    server: FuzzServer, calls: Calls, expires_at: str
) -> None:
    """The cache check after a fetch computed expires_at - refresh_margin, which is before
    datetime.min for a token said to expire in year 1: an OverflowError on the next call."""
    value = copy.deepcopy(documented(IAM_AUTH).success[0])
    value["token"]["expires_at"] = expires_at
    headers = [("X-Subject-Token", FUZZ_TOKEN), ("X-Request-Id", "expiry")]
    reply = Reply(201, json.dumps(value).encode(), headers, kind="expiry", value=value)
    exercise(IAM_AUTH, calls, server, reply)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"error_code": "AIS.0103", "error_msg": "too big", "result": {}}, "AIS.0103"),
        ({"error_code": "AIS.0103", "result": {"words_block_count": 0}}, "AIS.0103"),
        ({"result": {"error_code": "AIS.0101", "error_msg": "bad"}}, "AIS.0101"),
        ({"error": {"code": 401, "message": "wrong password"}}, "401"),
    ],
)
def test_the_error_code_is_found_in_each_documented_shape(
    server: FuzzServer, calls: Calls, body: dict[str, Any], code: str
) -> None:
    """An error code at the top level was lost when the answer also had a "result" object."""
    server.reply = Reply(400, json.dumps(body).encode(), [("X-Request-Id", "shape")])
    with pytest.raises(ApiError) as caught:
        calls.call("recognize_general_text")
    assert caught.value.error_code == code
    assert caught.value.request_id == "shape"
