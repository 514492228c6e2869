"""Checks that guard openapi.yaml itself and what the generator makes of it."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from tests import golden

SPEC = golden.load_spec()
OPERATIONS = golden.operations(SPEC)


def body_schema(op: golden.Operation) -> dict[str, Any]:
    body = golden.resolve(SPEC, op.node["requestBody"])
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def image_field(op: golden.Operation) -> str:
    """The Base64 field of the body: `image`, or `data` where the documents say so."""
    properties = golden.resolve(SPEC, body_schema(op)).get("properties", {})
    return "image" if "image" in properties else "data"


IMAGE_OPS = [op for op in OPERATIONS if golden.is_ocr_operation(op)]


def test_every_ocr_operation_takes_an_image_or_url() -> None:
    assert len(IMAGE_OPS) == 17
    for op in IMAGE_OPS:
        properties = golden.resolve(SPEC, body_schema(op))["properties"]
        assert {image_field(op), "url"} <= set(properties), op.operation_id


@pytest.mark.parametrize("op", IMAGE_OPS, ids=lambda o: o.operation_id)
def test_exactly_one_of_image_and_url(op: golden.Operation) -> None:
    field = image_field(op)
    validator = golden.schema_validator(body_schema(op))
    assert validator.is_valid({field: "aGVsbG8="})
    assert validator.is_valid({"url": "https://example.com/a.jpg"})
    assert not validator.is_valid({}), f"a body with neither {field} nor url must be invalid"
    both = {field: "aGVsbG8=", "url": "https://example.com/a.jpg"}
    assert not validator.is_valid(both), f"a body with both {field} and url must be invalid"


@pytest.mark.parametrize("op", IMAGE_OPS, ids=lambda o: o.operation_id)
def test_generated_body_is_a_typed_model(op: golden.Operation) -> None:
    # openapi-python-client silently types a body it cannot model as Any: check the code.
    model = golden.body_type(op.operation_id)
    assert attrs.has(model), f"{op.operation_id}: body is {model!r}, not a generated model"
    names = {field.name for field in attrs.fields(model)}
    assert {image_field(op), "url"} <= names


def test_auth_headers_are_security_schemes_not_parameters() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert {schemes["AuthToken"]["name"], schemes["AkSk"]["name"]} == {
        "X-Auth-Token",
        "Authorization",
    }
    for op in OPERATIONS:
        names = {golden.resolve(SPEC, p)["name"].lower() for p in op.node.get("parameters", [])}
        assert not names & {"x-auth-token", "authorization", "content-type"}, op.operation_id


def _walk(node: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
    """Every schema object below a node, following $refs once each."""
    seen: set[str] = set()
    out: list[tuple[str, dict[str, Any]]] = []

    def visit(n: Any, where: str) -> None:
        if isinstance(n, dict):
            ref = n.get("$ref")
            if isinstance(ref, str):
                if ref in seen:
                    return
                seen.add(ref)
                visit(golden.resolve(SPEC, n), ref)
                return
            out.append((where, n))
            for key, value in n.items():
                visit(value, f"{where}/{key}")
        elif isinstance(n, list):
            for i, item in enumerate(n):
                visit(item, f"{where}/{i}")

    visit(node, path)
    return out


def test_response_schemas_have_no_closed_enums() -> None:
    # A server adds values over time: response value lists are x-extensible-enum, so a new
    # value never breaks parsing. Request enums stay strict.
    for op in OPERATIONS:
        for status, response in op.node["responses"].items():
            for media in golden.resolve(SPEC, response).get("content", {}).values():
                for where, node in _walk(media["schema"], f"{op.operation_id} {status}"):
                    assert "enum" not in node, f"closed enum in a response schema at {where}"


def test_server_region_enum_matches_the_documented_regions() -> None:
    region = SPEC["servers"][0]["variables"]["region"]
    assert region["default"] in region["enum"]
    for op in OPERATIONS:
        for name in op.node.get("x-regions", []):
            assert name in region["enum"], f"{op.operation_id}: {name} is not a server region"
