"""Contract tests against Prism: a third-party mock server of openapi.yaml (tests/prism.py) that
validates every request our client sends against the spec, and with --errors its own answers too.

Every operation of openapi.yaml is called through our client (OCR operations through
OcrClient's typed methods with a token and with AK/SK, IAM operations through the hand-written
IamPasswordTokenProvider / ProjectIdResolver and the generated endpoint modules). Each call must
pass Prism's validation (the documented status, no `sl-violations` header) and our client must
parse the answer into the documented model, equal to the documented example. Examples, paths and
values are looked up in the spec, never copied. Negative tests prove Prism's checks are live.
"""

from __future__ import annotations

import base64
import copy
import inspect
import json
import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from huaweicloud_ocr import NO_RETRY, OcrClient, _spec, errors
from huaweicloud_ocr.auth import AkSkAuth, IamPasswordTokenProvider, ProjectIdResolver, TokenAuth
from huaweicloud_ocr.testing import sample_png
from huaweicloud_ocr_api.api.iam import (
    keystone_create_user_token_by_password,
    keystone_list_projects,
)
from huaweicloud_ocr_api.client import Client
from huaweicloud_ocr_api.models import KeystoneCreateUserTokenByPasswordRequestBody
from tests import golden
from tests.prism import (
    VIOLATIONS_PROBLEM,
    Exchange,
    PrismError,
    PrismMock,
    Recorder,
    prism_mock,
)

# One snapshot of openapi.yaml: Prism serves these bytes and the expectations come from them.
SPEC_TEXT = golden.SPEC_PATH.read_bytes()
SPEC: dict[str, Any] = yaml.safe_load(SPEC_TEXT)
OPERATIONS = {op.operation_id: op for op in golden.operations(SPEC)}
OCR_METHODS = {spec["operation_id"]: name for name, spec in _spec.operations().items()}
PROJECT_ID: str = SPEC["components"]["parameters"]["ProjectId"]["example"]
TOKEN = "prism-contract-token"
AK, SK = "AKPRISMCONTRACT00000", "prism-contract-sk"
SOME_URL = "https://example.com/image.png"


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismMock]:
    with ExitStack() as stack:
        try:
            mock = stack.enter_context(prism_mock(SPEC_TEXT, tmp_path_factory.mktemp("prism")))
        except PrismError as exc:
            pytest.fail(str(exc), pytrace=False)
        yield mock


# -- reading the spec ----------------------------------------------------------------------------
def success_status(operation_id: str) -> str:
    statuses: list[str] = list(OPERATIONS[operation_id].node["responses"])
    return min(s for s in statuses if s.startswith("2"))


def response_examples(operation_id: str, status: str) -> list[golden.Example]:
    found = [
        e
        for e in golden.examples(SPEC)
        if e.operation_id == operation_id and e.kind == "response" and e.status == status
    ]
    assert found, f"{operation_id} documents no example for {status}"
    return found


def request_examples(operation_id: str) -> list[golden.Example]:
    return [
        e for e in golden.examples(SPEC) if e.operation_id == operation_id and e.kind == "request"
    ]


def request_schema(operation_id: str) -> dict[str, Any]:
    body = golden.resolve(SPEC, OPERATIONS[operation_id].node["requestBody"])
    schema: dict[str, Any] = golden.resolve(SPEC, body["content"]["application/json"]["schema"])
    return schema


def header_parameters(operation_id: str) -> list[dict[str, Any]]:
    params = (golden.resolve(SPEC, p) for p in OPERATIONS[operation_id].node.get("parameters", []))
    return [p for p in params if p["in"] == "header"]


def sample_value(schema: dict[str, Any]) -> Any:
    """A valid value of a request option, unlike its default so that the client sends it."""
    schema = golden.resolve(SPEC, schema)
    if "oneOf" in schema:
        return sample_value(schema["oneOf"][0])
    if "enum" in schema:
        return schema["enum"][-1]
    if schema.get("examples"):
        return schema["examples"][0]
    kind = schema.get("type")
    if kind == "boolean":
        return not schema.get("default", False)
    if kind == "integer":
        return schema.get("minimum", 0) + 1
    if kind == "array":
        return [sample_value(schema["items"])]
    if kind == "string":
        return "sample"
    raise AssertionError(f"no sample value for {schema}: extend sample_value")


def invalid_request_status(operation_id: str, violation_code: str | int) -> int:
    """The status Prism 5 answers a request with this violation (prism-http mocker/index.js)."""
    if violation_code == 401:
        return 401
    documented = OPERATIONS[operation_id].node["responses"]
    expected = ("415", "422", "400") if violation_code == 415 else ("422", "400")
    return next((int(code) for code in expected if code in documented), 422)


def operation_of(exchange: Exchange) -> str:
    for op in OPERATIONS.values():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        if exchange.method.lower() == op.method and re.fullmatch(pattern, exchange.path):
            return op.operation_id
    raise AssertionError(f"{exchange.method} {exchange.path} is no operation of openapi.yaml")


def concrete_path(operation_id: str) -> str:
    return OPERATIONS[operation_id].path.replace("{project_id}", PROJECT_ID)


# -- checking what was sent and what came back ---------------------------------------------------
def accepted(prism: PrismMock, exchange: Exchange, operation_id: str, status: str) -> Exchange:
    """Prism found no violation in the request nor in its answer, and answered `status`."""
    assert operation_of(exchange) == operation_id
    assert exchange.violations == [], (
        f"Prism reports violations for {operation_id}:\n"
        + json.dumps(exchange.violations, indent=2)
        + "\n--- Prism log ---\n"
        + prism.log_tail()
    )
    assert exchange.status == int(status), (
        f"{operation_id}: Prism answered {exchange.status}, not {status}:\n{prism.log_tail()}"
    )
    return exchange


def as_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value


def assert_parsed(result: Any, example: golden.Example) -> None:
    """Our client parsed the answer into the documented model, equal to the example."""
    documented = golden.parse_model(example)
    assert type(result) is type(documented), f"{example.id}: got {type(result).__name__}"
    for key, value in example.value.items():  # typed attributes, not additional_properties
        field = getattr(result, key)
        assert field is not None or value is None, f"{example.id}: {key} was not parsed"
        assert golden.canonical_json(as_json(field)) == golden.canonical_json(value)
    assert golden.canonical_json(result.to_dict()) == golden.canonical_json(example.value)


def documented_error_code(value: dict[str, Any]) -> str:
    """error_code at the top level, or inside `result` as General Table's example prints it."""
    inner = value["result"] if isinstance(value.get("result"), dict) else value
    return str(inner["error_code"])


def single(recorder: Recorder, before: int) -> Exchange:
    sent = recorder.exchanges[before:]
    assert len(sent) == 1, f"expected one request, saw {[(e.method, e.path) for e in sent]}"
    return sent[0]


def call_accepted(
    prism: PrismMock,
    recorder: Recorder,
    operation_id: str,
    status: str,
    call: Callable[[], Any],
) -> tuple[Any, Exchange]:
    """Make one call that Prism must accept; on an error answer, show why Prism refused it."""
    before = len(recorder.exchanges)
    try:
        result = call()
    except (errors.ApiError, errors.AuthenticationError) as exc:
        seen = recorder.exchanges[before:]
        violations = seen[-1].violations if seen else []
        raise AssertionError(
            f"{operation_id}: {type(exc).__name__}: {exc}\nPrism's violations: "
            + json.dumps(violations, indent=2)
            + "\n--- Prism log ---\n"
            + prism.log_tail()
        ) from exc
    return result, accepted(prism, single(recorder, before), operation_id, status)


# -- OCR operations through OcrClient --------------------------------------------------------------
def ocr_client(prism: PrismMock, recorder: Recorder, *, token: bool) -> OcrClient:
    common: dict[str, Any] = {
        "endpoint": prism.url,
        "project_id": PROJECT_ID,
        "retry": NO_RETRY,  # a 5xx from Prism (a violation of its answer) must show, not retry
        "httpx_args": recorder.httpx_args(),
        "env": {},
    }
    if token:
        return OcrClient(token=TOKEN, **common)
    return OcrClient(ak=AK, sk=SK, **common)


def every_option(operation_id: str, method: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Keyword arguments setting every documented option and header, and the body they give."""
    field = _spec.operation(method)["image_field"]
    keywords = inspect.signature(getattr(OcrClient, method)).parameters
    body = {
        name: sample_value(schema)
        for name, schema in request_schema(operation_id)["properties"].items()
        if name not in (field, "url")
    }
    headers = {
        p["name"].lower().replace("-", "_"): p.get("example", sample_value(p["schema"]))
        for p in header_parameters(operation_id)
    }
    missing = sorted((set(body) | set(headers)) - set(keywords))
    assert not missing, f"OcrClient.{method} has no keyword for the documented {missing}"
    return {**body, **headers}, body


def check_ocr_operation(prism: PrismMock, operation_id: str) -> None:
    method = OCR_METHODS[operation_id]
    field = _spec.operation(method)["image_field"]
    status = success_status(operation_id)
    successes = response_examples(operation_id, status)
    image = sample_png()
    encoded = base64.b64encode(image).decode("ascii")
    recorder = Recorder()

    # A token, the image, every documented option: Prism answers the first documented example.
    kwargs, body = every_option(operation_id, method)
    with ocr_client(prism, recorder, token=True) as ocr:
        result, sent = call_accepted(
            prism, recorder, operation_id, status, partial(getattr(ocr, method), image, **kwargs)
        )
    assert sent.request_headers["X-Auth-Token"] == TOKEN
    assert sent.request_json() == {field: encoded, **body}
    for param in header_parameters(operation_id):
        keyword = param["name"].lower().replace("-", "_")
        assert sent.request_headers[param["name"]] == kwargs[keyword]
    assert_parsed(result, successes[0])

    with ocr_client(prism, recorder, token=False) as ocr:
        call = getattr(ocr, method)
        # AK/SK, each documented request example (its Base64 placeholder replaced by a real image).
        for example in request_examples(operation_id):
            options = {k: v for k, v in example.value.items() if k not in (field, "url")}
            if field in example.value:
                source: dict[str, Any] = {field: image}
                expected = {**example.value, field: encoded}
            else:
                source, expected = {"url": example.value["url"]}, example.value
            result, sent = call_accepted(
                prism, recorder, operation_id, status, partial(call, **source, **options)
            )
            assert sent.request_headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=")
            assert sent.request_json() == expected, example.id
            assert_parsed(result, successes[0])

        # Every documented success example, picked with Prefer, parses.
        for example in successes:
            prefer = {"Prefer": f"example={example.name}"}
            ask = partial(call, SOME_URL, extra_headers=prefer)
            result, _ = call_accepted(prism, recorder, operation_id, status, ask)
            assert_parsed(result, example)

        # The documented failure becomes a typed error with the documented code.
        failure = response_examples(operation_id, "400")[0]
        before = len(recorder.exchanges)
        with pytest.raises(errors.BadRequestError) as caught:
            call(SOME_URL, extra_headers={"Prefer": "code=400"})
        accepted(prism, single(recorder, before), operation_id, "400")
        assert caught.value.error_code == documented_error_code(failure.value)


# -- IAM operations --------------------------------------------------------------------------------
def check_create_token(prism: PrismMock, operation_id: str) -> None:
    status = success_status(operation_id)
    created = response_examples(operation_id, status)[0]
    request = request_examples(operation_id)[0].value
    user = request["auth"]["identity"]["password"]["user"]
    recorder = Recorder()

    provider = IamPasswordTokenProvider(
        username=user["name"],
        password=user["password"],
        domain_name=user["domain"]["name"],
        project_name=request["auth"]["scope"]["project"]["name"],
        iam_endpoint=prism.url,
        httpx_args=recorder.httpx_args(),
    )
    try:
        token, sent = call_accepted(prism, recorder, operation_id, status, provider.token)
    finally:
        provider.close()
    assert sent.request_json() == request  # the provider sends exactly the documented request
    assert token.value.reveal() == sent.response_headers["X-Subject-Token"]
    assert token.expires_at == datetime.fromisoformat(created.value["token"]["expires_at"])
    assert token.project_id == created.value["token"]["project"]["id"]

    with Client(base_url=prism.url, httpx_args=recorder.httpx_args()) as client:
        response = keystone_create_user_token_by_password.sync_detailed(
            client=client, body=KeystoneCreateUserTokenByPasswordRequestBody.from_dict(request)
        )
    accepted(prism, single(recorder, 1), operation_id, status)
    assert_parsed(response.parsed, created)


def check_list_projects(prism: PrismMock, operation_id: str) -> None:
    status = success_status(operation_id)
    listed = response_examples(operation_id, status)[0]
    (name_param,) = [
        p for p in OPERATIONS[operation_id].node["parameters"] if p.get("name") == "name"
    ]
    region = name_param["example"]
    expected = [p["id"] for p in listed.value["projects"] if p["name"] == region]
    recorder = Recorder()

    resolver = ProjectIdResolver(
        TokenAuth(TOKEN), region, iam_endpoint=prism.url, httpx_args=recorder.httpx_args()
    )
    project_id, sent = call_accepted(prism, recorder, operation_id, status, resolver.resolve)
    assert [project_id] == expected
    assert sent.query == f"name={region}"
    assert sent.request_headers["X-Auth-Token"] == TOKEN

    httpx_args = {**recorder.httpx_args(), "auth": AkSkAuth(AK, SK)}
    with Client(base_url=prism.url, httpx_args=httpx_args) as client:
        response = keystone_list_projects.sync_detailed(client=client, name=region)
    sent = accepted(prism, single(recorder, 1), operation_id, status)
    assert sent.request_headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=")
    assert_parsed(response.parsed, listed)


IAM_CALLS: dict[str, Callable[[PrismMock, str], None]] = {
    "KeystoneCreateUserTokenByPassword": check_create_token,
    "KeystoneListProjects": check_list_projects,
}


# -- the tests -------------------------------------------------------------------------------------
def test_every_operation_of_the_spec_has_a_call_here() -> None:
    assert len(OPERATIONS) == len(golden.operations(SPEC)), "duplicate operationId"
    assert set(OCR_METHODS) | set(IAM_CALLS) == set(OPERATIONS)
    assert not set(OCR_METHODS) & set(IAM_CALLS)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_through_our_client_passes_prism(prism: PrismMock, operation_id: str) -> None:
    if operation_id in OCR_METHODS:
        check_ocr_operation(prism, operation_id)
    elif operation_id in IAM_CALLS:
        IAM_CALLS[operation_id](prism, operation_id)
    else:
        pytest.fail(f"{operation_id} is in openapi.yaml but nothing here calls it")


# Requests the spec forbids, sent raw (our client refuses them locally): Prism must reject each.
INVALID_REQUESTS = [
    pytest.param(
        "RecognizeGeneralText", {"url": SOME_URL, "language": "xx"}, {}, "enum", id="enum-value"
    ),
    pytest.param(
        "RecognizeWebImage", {"url": SOME_URL, "detect_direction": "yes"}, {}, "type", id="type"
    ),
    pytest.param(
        "RecognizePassport", {"url": "ftp://example.com/a.png"}, {}, "pattern", id="url-scheme"
    ),
    pytest.param("RecognizeIdCard", {}, {}, "oneOf", id="neither-image-nor-url"),
    pytest.param("RecognizeChileIdCard", {"url": SOME_URL}, {"auth": False}, 401, id="no-auth"),
    pytest.param(
        "RecognizeVietnamIdCard", {"url": SOME_URL}, {"text": True}, 415, id="content-type"
    ),
    pytest.param(
        "KeystoneCreateUserTokenByPassword",
        {"auth": {"identity": {"methods": ["password"]}}},
        {},
        "required",
        id="iam-body",
    ),
]


@pytest.mark.parametrize(("operation_id", "body", "how", "code"), INVALID_REQUESTS)
def test_prism_rejects_a_request_the_spec_forbids(
    prism: PrismMock, operation_id: str, body: Any, how: dict[str, bool], code: str | int
) -> None:
    recorder = Recorder()
    headers = {} if how.get("auth") is False else {"X-Auth-Token": TOKEN}
    content = json.dumps(body).encode()
    headers["Content-Type"] = "text/plain" if how.get("text") else "application/json"
    with httpx.Client(base_url=prism.url, **recorder.httpx_args()) as http:
        http.post(concrete_path(operation_id), content=content, headers=headers)
    exchange = single(recorder, 0)
    assert operation_of(exchange) == operation_id
    assert exchange.status == invalid_request_status(operation_id, code)
    assert code in [v.get("code") for v in exchange.error_violations], exchange.violations
    if exchange.status == 400:  # Prism answers the operation's documented 400 example
        failure = response_examples(operation_id, "400")[0]
        assert exchange.response_json() == failure.value


def test_image_and_url_together_pass_the_generated_types_but_not_prism(prism: PrismMock) -> None:
    """The generated body model cannot express "exactly one of image and url": OcrClient checks
    it locally, and Prism, reading the spec, refuses the generated client's request."""
    operation_id = "RecognizePassport"
    body = golden.body_type(operation_id).from_dict(
        {"image": base64.b64encode(sample_png()).decode("ascii"), "url": SOME_URL}
    )
    recorder = Recorder()
    with ocr_client(prism, recorder, token=True) as ocr, pytest.raises(errors.ValidationError):
        ocr.recognize_passport(sample_png(), url=SOME_URL)
    assert recorder.exchanges == []  # refused before sending

    module = golden.endpoint_module(operation_id)
    httpx_args = {**recorder.httpx_args(), "auth": TokenAuth(TOKEN)}
    with Client(base_url=prism.url, httpx_args=httpx_args) as client:
        response = module.sync_detailed(client=client, project_id=PROJECT_ID, body=body)
    exchange = single(recorder, 0)
    assert exchange.status == response.status_code == invalid_request_status(operation_id, "oneOf")
    assert "oneOf" in [v.get("code") for v in exchange.error_violations]
    assert_parsed(response.parsed, response_examples(operation_id, "400")[0])


def test_prism_checks_its_answers_against_the_spec(tmp_path: Path) -> None:
    """--errors is live: served a copy of the spec whose first success example breaks its schema,
    Prism answers 500 VIOLATIONS, and our client raises ServerError. So the positive tests'
    clean answers were checked against the response schemas too."""
    operation_id = "RecognizePassport"
    status = success_status(operation_id)
    broken = copy.deepcopy(SPEC)
    first = response_examples(operation_id, status)[0]
    op = OPERATIONS[operation_id]
    response = golden.resolve(broken, broken["paths"][op.path][op.method]["responses"][status])
    example = response["content"]["application/json"]["examples"][first.name]
    golden.resolve(broken, example)["value"]["result"] = "not an object"
    recorder = Recorder()
    with ExitStack() as stack:
        try:
            mock = stack.enter_context(
                prism_mock(json.dumps(broken).encode(), tmp_path, name="openapi.json")
            )
        except PrismError as exc:
            pytest.fail(str(exc), pytrace=False)
        ocr = stack.enter_context(ocr_client(mock, recorder, token=True))
        with pytest.raises(errors.ServerError):
            ocr.recognize_passport(SOME_URL)
    exchange = single(recorder, 0)
    assert exchange.status == 500
    assert exchange.response_headers["Content-Type"] == "application/problem+json"
    assert exchange.response_json()["type"] == VIOLATIONS_PROBLEM
    locations = [v["location"] for v in exchange.error_violations]
    assert ["response", "body", "result"] in locations, exchange.violations
