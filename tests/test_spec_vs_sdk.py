"""openapi.yaml is a superset of the official SDK's models for the same operations (issue 18).

The official Python SDK (huaweicloudsdkocr, pinned in requirements-dev.txt) is a test-only
oracle: its request and response model classes describe each field in `openapi_types` (the
Python type as a string: 'str', 'int', 'float', 'bool', 'object', 'list[X]', 'dict(str, X)' or
the name of another model) and `attribute_map` (the JSON name, or the HTTP header name for
fields that travel as headers). For each of the spec's OCR operations the test walks the SDK's
`{operationId}Request` and `{operationId}Response` recursively against the spec's request body,
header parameters, 200 response schema and response headers, and fails on any field the SDK has
and the spec lacks or types differently. Fields only the spec has are fine (the seeds document
more than the SDK knows, e.g. the alarm confidence of some operations).

Choices:
* 'object' in the SDK is free-form: any spec type matches it.
* A spec type may be a list (`[string, "null"]`) or come from every oneOf/anyOf branch; a field
  matches when the SDK's type is among them. `allOf` branches add their properties.
* A 'float' matches `number`; an 'int' matches `integer` (the SDK's int is never a float).
* The SDK's models are compared where they are reached, so one SDK model used by two
  operations is checked against both spec schemas.
"""

from __future__ import annotations

import copy
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from tests import golden

sdk: ModuleType = pytest.importorskip("huaweicloudsdkocr.v1")

SPEC = golden.load_spec()
SDK_VERSION = "3.1.219"
PRIMITIVES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
LIST = re.compile(r"list\[(.+)\]")
DICT = re.compile(r"dict\(str, ?(.+)\)")


@dataclass(frozen=True)
class Walk:
    """What a walk found: every SDK field reached, and the problems with the spec."""

    fields: tuple[str, ...]
    problems: tuple[str, ...]


def _types(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    schema = golden.resolve(spec, schema)
    kind = schema.get("type")
    found = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if "const" in schema and not found:
        found.add(type(schema["const"]).__name__)
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, []):
            found |= _types(spec, branch)
    if not found and _properties(spec, schema):
        found.add("object")
    return found - {"null"}


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schema = golden.resolve(spec, schema)
    found: dict[str, Any] = dict(schema.get("properties") or {})
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(key, []):
            found |= _properties(spec, branch)
    return found


def _branch(spec: dict[str, Any], schema: dict[str, Any], kind: str) -> dict[str, Any]:
    """The schema itself, or the oneOf/anyOf branch of the given type."""
    schema = golden.resolve(spec, schema)
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, []):
            if kind in _types(spec, branch):
                return _branch(spec, branch, kind)
    return dict(schema)


def compare(spec: dict[str, Any], sdk_type: str, schema: dict[str, Any], at: str) -> Walk:
    """Compare one SDK type string with a spec schema, recursively."""
    if sdk_type == "object":
        return Walk((), ())
    types = _types(spec, schema)
    expected = PRIMITIVES.get(sdk_type)
    if expected is not None:
        ok = expected in types or (expected == "number" and "integer" in types)
        return Walk((), () if ok else (f"{at}: the SDK says {sdk_type}, the spec {sorted(types)}",))
    if match := LIST.fullmatch(sdk_type):
        if "array" not in types:
            return Walk((), (f"{at}: the SDK says {sdk_type}, the spec {sorted(types)}",))
        items = _branch(spec, schema, "array").get("items", {})
        return compare(spec, match.group(1), items, f"{at}[]")
    if match := DICT.fullmatch(sdk_type):
        if "object" not in types:
            return Walk((), (f"{at}: the SDK says {sdk_type}, the spec {sorted(types)}",))
        values = _branch(spec, schema, "object").get("additionalProperties", {})
        if not isinstance(values, dict):
            return Walk((), (f"{at}: the SDK says {sdk_type}, the spec allows no extra keys",))
        return compare(spec, match.group(1), values, f"{at}{{}}")
    model = getattr(sdk, sdk_type)
    if "object" not in types:
        return Walk((), (f"{at}: the SDK says model {sdk_type}, the spec {sorted(types)}",))
    return compare_model(spec, model, _branch(spec, schema, "object"), at)


def compare_model(spec: dict[str, Any], model: Any, schema: dict[str, Any], at: str) -> Walk:
    fields: list[str] = []
    problems: list[str] = []
    properties = _properties(spec, schema)
    for attribute, sdk_type in model.openapi_types.items():
        name = model.attribute_map[attribute]
        where = f"{at}.{name}"
        fields.append(f"{model.__name__}.{name}")
        if name not in properties:
            problems.append(f"{where}: the SDK's {model.__name__} has it, the spec does not")
            continue
        walk = compare(spec, sdk_type, properties[name], where)
        fields += walk.fields
        problems += walk.problems
    return Walk(tuple(fields), tuple(problems))


def _json_schema(spec: dict[str, Any], holder: dict[str, Any]) -> dict[str, Any]:
    content = golden.resolve(spec, holder).get("content", {})
    schema: dict[str, Any] = content.get("application/json", {}).get("schema", {})
    return schema


def compare_operation(spec: dict[str, Any], op: golden.Operation) -> Walk:
    """The SDK's request and response models of one operation against the spec."""
    fields: list[str] = []
    problems: list[str] = []
    request, response = (
        getattr(sdk, f"{op.operation_id}{kind}") for kind in ("Request", "Response")
    )
    headers = {
        p["name"].lower()
        for p in (golden.resolve(spec, p) for p in op.node.get("parameters", []))
        if p["in"] == "header"
    }
    for attribute, sdk_type in request.openapi_types.items():
        name = request.attribute_map[attribute]
        if name == "body":
            body = _json_schema(spec, op.node.get("requestBody", {}))
            walk = compare(spec, sdk_type, body, f"{op.operation_id} request")
            fields += walk.fields
            problems += walk.problems
            continue
        fields.append(f"{request.__name__}.{name}")
        if name.lower() not in headers:
            problems.append(f"{op.operation_id}: the SDK sends header {name}, the spec lacks it")
    answer = op.node.get("responses", {}).get("200", {})
    answer_headers = {h.lower() for h in golden.resolve(spec, answer).get("headers", {})}
    body_fields = {}
    for attribute, sdk_type in response.openapi_types.items():
        name = response.attribute_map[attribute]
        if name[:1].isupper():  # a response header, such as X-Request-Id
            fields.append(f"{response.__name__}.{name}")
            if name.lower() not in answer_headers:
                problems.append(f"{op.operation_id}: 200 lacks the response header {name}")
        else:
            body_fields[attribute] = sdk_type
    body_model = type(
        response.__name__,
        (),
        {
            "openapi_types": body_fields,
            "attribute_map": {a: response.attribute_map[a] for a in body_fields},
        },
    )
    walk = compare_model(spec, body_model, _json_schema(spec, answer), f"{op.operation_id} 200")
    return Walk((*fields, *walk.fields), (*problems, *walk.problems))


def compare_spec(spec: dict[str, Any]) -> Walk:
    fields: list[str] = []
    problems: list[str] = []
    for op in golden.operations(spec):
        if golden.is_ocr_operation(op):
            walk = compare_operation(spec, op)
            fields += walk.fields
            problems += walk.problems
    return Walk(tuple(fields), tuple(problems))


def test_the_sdk_is_the_pinned_version() -> None:
    metadata = importlib.import_module("importlib.metadata")
    assert metadata.version("huaweicloudsdkocr") == SDK_VERSION


def test_every_ocr_operation_has_sdk_models() -> None:
    ocr = [op.operation_id for op in golden.operations(SPEC) if golden.is_ocr_operation(op)]
    assert len(ocr) == 17
    missing = [
        o for o in ocr if not hasattr(sdk, f"{o}Request") or not hasattr(sdk, f"{o}Response")
    ]
    assert missing == []


def test_the_spec_holds_every_sdk_field_with_its_type() -> None:
    walk = compare_spec(SPEC)
    assert walk.problems == ()
    assert len(walk.fields) > 400  # the walk reached the models, not just the top level


def _drop(spec: dict[str, Any], schema: str, prop: str) -> None:
    del spec["components"]["schemas"][schema]["properties"][prop]


def _retype(spec: dict[str, Any], schema: str, prop: str, kind: str) -> None:
    spec["components"]["schemas"][schema]["properties"][prop]["type"] = kind


BREAKAGES: dict[str, tuple[Callable[[dict[str, Any]], Any], str]] = {
    "a dropped top-level field": (
        lambda s: _drop(s, "IdCardResult", "name"),
        "IdCardResult has it",
    ),
    "a dropped nested field": (
        lambda s: _drop(s, "GeneralTextWordsBlockList", "words"),
        "RecognizeGeneralText 200.result.words_block_list[].words",
    ),
    "a dropped request option": (
        lambda s: _drop(s, "PassportRequestBody", "country_code"),
        "RecognizePassport request.country_code",
    ),
    "a field typed differently": (
        lambda s: _retype(s, "IdCardResult", "name", "integer"),
        "the SDK says str, the spec ['integer']",
    ),
    "a list made a single value": (
        lambda s: _retype(s, "GeneralTextResult", "words_block_list", "object"),
        "the SDK says list[GeneralTextWordsBlockList]",
    ),
    "a missing response header": (
        lambda s: s["paths"]["/v2/{project_id}/ocr/passport"]["post"]["responses"]["200"].pop(
            "headers"
        ),
        "RecognizePassport: 200 lacks the response header X-Request-Id",
    ),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_a_broken_copy_fails(name: str) -> None:
    breakage, expected = BREAKAGES[name]
    broken = copy.deepcopy(SPEC)
    breakage(broken)
    problems = compare_spec(broken).problems
    assert any(expected in p for p in problems), problems


def test_every_ocr_response_declares_the_request_id_and_429_413_retry_after() -> None:
    for op in golden.operations(SPEC):
        if not golden.is_ocr_operation(op):
            continue
        for status, response in op.node["responses"].items():
            headers = set(golden.resolve(SPEC, response).get("headers", {}))
            assert "X-Request-Id" in headers, f"{op.operation_id} {status}"
            assert ("Retry-After" in headers) == (status in ("413", "429")), op.operation_id


def test_the_local_server_sends_the_declared_request_id() -> None:
    from huaweicloud_ocr.testing import _service

    op = _service.operations()["passport"]
    sent = dict(_service.with_declared_headers(op, _service.json_answer(200, {})).headers)
    assert len(sent["X-Request-Id"]) == 32
    failed = _service.with_declared_headers(op, _service.error_answer(429, "APIG.0308", "slow"))
    assert "X-Request-Id" in dict(failed.headers)
    assert "Retry-After" not in dict(failed.headers)  # declared, but no value is made up
    scripted = _service.json_answer(200, {}, {"X-Request-Id": "mine"})
    assert dict(_service.with_declared_headers(op, scripted).headers)["X-Request-Id"] == "mine"
    undeclared = _service.json_answer(302, {})  # a status the spec declares nothing for
    assert "X-Request-Id" not in dict(_service.with_declared_headers(op, undeclared).headers)
