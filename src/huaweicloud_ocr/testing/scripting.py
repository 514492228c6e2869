"""Scripted answers for the test servers, in the manner of botocore's Stubber: what an operation
answers next, checked against the documents when it is added, and a check at the end that every
scripted answer was used.

    server.script("recognize_general_text").reply_error("AIS.0103")
    server.script("recognize_general_text").when(language="en").reply({"result": {...}})
    server.script("recognize_passport").reply_status(429, headers={"Retry-After": "1"})
    ...
    server.assert_no_pending()

Rules and choices:
* Answers of an operation are used in the order they were added; a call takes the first one
  whose matcher accepts its options and that has uses left (`times`, default 1; None: every
  matching call, which is pending only until it is first used). A call no script answers gets
  the default answer (see huaweicloud_ocr.testing._service).
* Everything is checked when it is added, so a mistake fails at its own line: the operation
  name (a client method name), a body against the operation's documented success schema, with
  no field the schema does not declare (jsonschema alone lets unknown fields through), an
  example name, an error code and its documented status, a status, header names and values.
* `reply_error(code)` answers with the status the documents give for the code (AIS.0103: 400,
  from its failure examples; APIG.0308: 429, ModelArts.4505: 500, from the common responses
  naming them); a code whose status the documents leave open needs `status=`.
* A scripted answer comes after the server's own checks of the request: a request the service
  would refuse (no image, not Base64, a wrong signature) is refused whatever the script says.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self

from huaweicloud_ocr import _spec
from huaweicloud_ocr.errors import ValidationError
from huaweicloud_ocr.testing import _service
from huaweicloud_ocr.testing._service import Answer, Call, Scripted

if TYPE_CHECKING:
    from huaweicloud_ocr.client import AsyncOcrClient, OcrClient

__all__ = ["Call", "OcrTestServer", "OperationScript", "PendingAnswersError", "ScriptError"]

_DOCUMENTED_RESPONSE = "the operation's documented response schema"


class ScriptError(ValidationError):
    """A scripted answer breaks a documented rule; `field` names what is wrong."""


class PendingAnswersError(AssertionError):
    """Scripted answers were left unused at the end of a test."""


def _check_operation(operation: str) -> _service.Operation:
    ops = _service.operations_by_name()
    if operation not in ops:
        raise ScriptError(
            "operation",
            f"{operation!r} is not an operation",
            "a client method name: " + ", ".join(sorted(ops)),
        )
    return ops[operation]


def _unknown_fields(schema: Any, instance: Any, where: str) -> Iterator[str]:
    """Paths of members the schema does not declare (where it declares properties and allows
    no others)."""
    schema = _service.resolve(schema)
    if not isinstance(schema, dict):
        return
    if isinstance(instance, dict):
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            path = f"{where}.{key}" if where else key
            if properties is not None and key in properties:
                yield from _unknown_fields(properties[key], value, path)
            elif isinstance(extra, dict):
                yield from _unknown_fields(extra, value, path)
            elif properties is not None and extra is None:
                yield path
    elif isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            yield from _unknown_fields(schema["items"], item, f"{where}[{index}]")


def _check_body(op: _service.Operation, body: Any) -> dict[str, Any]:
    if hasattr(body, "to_dict") and callable(body.to_dict):
        body = body.to_dict()  # a generated model
    if not isinstance(body, Mapping):
        raise ScriptError(
            "body", f"is a {type(body).__name__}", "a mapping (or a model) of the answer's JSON"
        )
    checked: dict[str, Any] = dict(body)
    schema_name = op.response_schema["$ref"].rsplit("/", 1)[1]
    for path in _unknown_fields(op.response_schema, checked, ""):
        raise ScriptError(path, f"is not a field of {schema_name}", _DOCUMENTED_RESPONSE)
    errors = sorted(
        _service.validator(op.response_schema).iter_errors(checked),
        key=lambda e: [str(p) for p in e.path],
    )
    if errors:
        error = errors[0]
        path = ".".join(str(p) for p in error.absolute_path) or "body"
        raise ScriptError(path, error.message, f"{_DOCUMENTED_RESPONSE} ({schema_name})")
    try:
        json.dumps(checked, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ScriptError("body", str(exc), "JSON values only") from None
    return checked


def _check_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not name or not all(33 <= ord(c) < 127 for c in name):
            raise ScriptError("headers", f"{name!r} cannot be a header name", "an RFC 9110 token")
        if name.lower() in ("content-length", "transfer-encoding", "connection"):
            raise ScriptError(f"headers[{name!r}]", "frames the answer", "leave it to the server")
        if not isinstance(value, str) or any(c in value for c in "\r\n\0"):
            raise ScriptError(f"headers[{name!r}]", f"{value!r} is not a value", "text, one line")
        checked[name] = value
    return checked


def _check_seconds(name: str, seconds: float) -> float:
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not seconds >= 0:
        raise ScriptError(name, f"{seconds!r} is not a duration", "seconds, 0 or more")
    return float(seconds)


def _describe_options(matcher: Mapping[str, Any] | Callable[..., Any] | None) -> str:
    if matcher is None:
        return ""
    if callable(matcher):
        return f" when {getattr(matcher, '__name__', 'a predicate')}(options)"
    return " when " + ", ".join(f"{k}={v!r}" for k, v in matcher.items())


class OperationScript:
    """The scripted answers of one operation (from `server.script(name)`), optionally only for
    calls whose options match (`when`). Each reply method adds an answer and returns this
    script, so answers chain: `.reply_status(503).reply_example("GeneralTextSuccess")`."""

    def __init__(
        self,
        server: OcrTestServer,
        operation: _service.Operation,
        matcher: Mapping[str, Any] | Callable[[Mapping[str, Any]], bool] | None = None,
    ) -> None:
        self._server = server
        self._op = operation
        self._matcher = matcher

    def when(
        self,
        predicate: Callable[[Mapping[str, Any]], bool] | None = None,
        /,
        **options: Any,
    ) -> OperationScript:
        """Answers added through the returned script apply only to calls whose options (the
        body without the image and url) include these values, or for which `predicate(options)`
        is true."""
        documented = _spec.operation(self._op.name)["options"]
        for name in options:
            if name not in documented:
                raise ScriptError(
                    f"when({name}=...)",
                    f"{self._op.name} has no option {name!r}",
                    "one of: " + ", ".join(sorted(documented)),
                )
        if predicate is not None and options:
            raise ScriptError("when", "both a predicate and options", "one or the other")
        if predicate is not None and not callable(predicate):
            raise ScriptError("when", f"{predicate!r} is not callable", "a function of options")
        return OperationScript(self._server, self._op, predicate or dict(options) or None)

    def _add(self, answer: Answer, what: str, times: int | None) -> Self:
        if times is not None and (
            not isinstance(times, int) or isinstance(times, bool) or times < 1
        ):
            raise ScriptError("times", f"{times!r} is not a count", "1 or more, or None for always")
        matcher: Callable[[Mapping[str, Any]], bool] | None
        given = self._matcher
        if given is None or callable(given):
            matcher = given
        else:
            expected = dict(given)

            def matcher(options: Mapping[str, Any]) -> bool:
                return all(options.get(k) == v for k, v in expected.items())

        description = f"{self._op.name}: {what}{_describe_options(given)}"
        self._server._service_add(Scripted(self._op.name, answer, matcher, description, times))
        return self

    def reply(
        self,
        body: Any,
        *,
        headers: Mapping[str, str] | None = None,
        delay: float = 0,
        times: int | None = 1,
    ) -> Self:
        """Answer 200 with `body` (a mapping or a generated model), checked now against the
        operation's documented success schema: a misspelt or mistyped field fails here."""
        checked = _check_body(self._op, body)
        answer = _service.json_answer(200, checked, _check_headers(headers))
        return self._add(_delayed(answer, delay), "a body", times)

    def reply_example(self, name: str, *, delay: float = 0, times: int | None = 1) -> Self:
        """Answer a documented example by name, success or failure, with its documented status
        (IdCardBack: 200, IdCardFailure: 400), as printed."""
        answer = _service.example_answer(self._op, name)
        if answer is None:
            raise ScriptError(
                "example",
                f"{name!r} is not a documented example of {self._op.operation_id}",
                "one of: " + ", ".join(_service.example_names(self._op)),
            )
        return self._add(_delayed(answer, delay), f"example {name}", times)

    def reply_error(
        self,
        code: str,
        *,
        status: int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0,
        times: int | None = 1,
    ) -> Self:
        """Answer a documented error code with the documented status and message (both can be
        overridden; `status` is needed where the documents give none)."""
        doc = _service.error_codes().get(code)
        if doc is None:
            raise ScriptError(
                "code",
                f"{code!r} is not a documented error code",
                "a code of x-error-codes (chapter 6): " + ", ".join(_service.error_codes()),
            )
        chosen = doc.status if status is None else _check_status(status)
        if chosen is None:
            raise ScriptError(
                "status",
                f"the documents give no HTTP status for {code}",
                "pass status=, e.g. reply_error(code, status=400)",
            )
        if chosen < 400:
            raise ScriptError("status", f"{chosen} is not an error status", "400 to 599")
        body = {"error_code": code, "error_msg": doc.message if message is None else message}
        answer = _service.json_answer(chosen, body, _check_headers(headers))
        return self._add(_delayed(answer, delay), f"error {code} ({chosen})", times)

    def reply_status(
        self,
        status: int,
        *,
        headers: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | str | bytes | None = None,
        delay: float = 0,
        times: int | None = 1,
    ) -> Self:
        """Answer any status with any headers and body, unchecked: a 429 with Retry-After, a
        500, an HTML 502 from a proxy. A mapping body is sent as JSON; text or bytes as they are
        (Content-Type text/plain unless `headers` give one). No body: an empty answer."""
        head = _check_headers(headers)
        if isinstance(body, Mapping):
            answer = _service.json_answer(_check_status(status), dict(body), head)
        else:
            data = body.encode() if isinstance(body, str) else bytes(body or b"")
            if body is not None and not any(k.lower() == "content-type" for k in head):
                head = {"Content-Type": "text/plain; charset=utf-8", **head}
            answer = Answer(_check_status(status), tuple(head.items()), data)
        return self._add(_delayed(answer, delay), f"status {status}", times)

    def reset(self, *, delay: float = 0, times: int | None = 1) -> Self:
        """Read the request, then reset the connection (TCP RST) without an answer. In process,
        the transport raises httpx.ReadError as a reset socket would."""
        answer = Answer(0, (), b"", _check_seconds("delay", delay), "reset")
        return self._add(answer, "a reset connection", times)

    def hang(self, *, times: int | None = 1) -> Self:
        """Read the request and never answer, until the client's read timeout (or the call's
        deadline) gives up: a timeout. The server's stop() releases it."""
        return self._add(Answer(0, (), b"", 0.0, "hang"), "no answer (a timeout)", times)


def _check_status(status: int) -> int:
    if not isinstance(status, int) or isinstance(status, bool) or not 200 <= status <= 599:
        raise ScriptError("status", f"{status!r} is not a status", "an HTTP status, 200 to 599")
    return status


def _delayed(answer: Answer, delay: float) -> Answer:
    seconds = _check_seconds("delay", delay)
    return Answer(answer.status, answer.headers, answer.body, seconds, answer.fault)


class OcrTestServer:
    """What both test servers share: credentials, the scripting API and the record of calls.
    Use LocalOcrServer (HTTP on 127.0.0.1) or InProcessOcrServer (an httpx transport)."""

    def __init__(
        self,
        *,
        ak: str,
        sk: str | None,
        project_id: str,
        users: dict[tuple[str, str], str] | None,
        token_ttl: Any,
    ) -> None:
        self.ak = ak
        self.sk = sk or secrets.token_hex(20)
        self.project_id = project_id
        self.state = _service.ServerState({ak: self.sk}, dict(users or {}), project_id, token_ttl)
        self._service = _service.Service(self.state)

    @property
    def url(self) -> str:
        """The endpoint to give a client."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, ak={self.ak!r}, sk=***)"

    def issue_token(self) -> str:
        """A token valid for the server's token_ttl, as IAM would issue it."""
        return self._service.issue_token()

    # -- scripting ------------------------------------------------------------------------------
    def script(self, operation: str) -> OperationScript:
        """The scripted answers of an operation, by client method name."""
        return OperationScript(self, _check_operation(operation))

    def _service_add(self, entry: Scripted) -> None:
        with self.state.lock:
            self._service.scripts.append(entry)

    @property
    def calls(self) -> list[Call]:
        """Every authenticated OCR request so far, in order (a copy)."""
        with self.state.lock:
            return list(self._service.calls)

    def calls_to(self, operation: str) -> list[Call]:
        _check_operation(operation)
        return [call for call in self.calls if call.operation == operation]

    def pending(self) -> list[str]:
        """Descriptions of the scripted answers not used (up) yet."""
        with self.state.lock:
            return [s.description for s in self._service.scripts if s.pending()]

    def assert_no_pending(self) -> None:
        """Fail (PendingAnswersError, an AssertionError) when scripted answers were not used."""
        left = self.pending()
        if left:
            shown = "\n".join(f"  {item}" for item in left)
            raise PendingAnswersError(f"{len(left)} scripted answer(s) not used:\n{shown}")

    def clear(self) -> None:
        """Forget the scripted answers and the calls (a server shared between tests)."""
        with self.state.lock:
            self._service.scripts.clear()
            self._service.calls.clear()
            self.state.calls.clear()

    # -- clients wired to this server -------------------------------------------------------------
    def _client_args(self) -> dict[str, Any]:
        return {"endpoint": self.url, "ak": self.ak, "sk": self.sk, "project_id": self.project_id}

    def client(self, **options: Any) -> OcrClient:
        """An OcrClient signing with this server's AK/SK; `options` as OcrClient takes them."""
        from huaweicloud_ocr.client import OcrClient

        return OcrClient(**{**self._client_args(), **options})

    def async_client(self, **options: Any) -> AsyncOcrClient:
        """An AsyncOcrClient signing with this server's AK/SK."""
        from huaweicloud_ocr.client import AsyncOcrClient

        return AsyncOcrClient(**{**self._client_args(), **options})
