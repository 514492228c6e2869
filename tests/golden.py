"""Reading openapi.yaml for the tests: its operations, its named examples, the schema each example
belongs to, and the generated code that parses each one. Nothing here copies an example: every
test enumerates them from the spec.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import yaml
from jsonschema.protocols import Validator
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
SPEC_URI = "urn:huaweicloud-ocr:openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@cache
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are used in the spec, found {ref}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    node: dict[str, Any]


def is_ocr_operation(op: Operation) -> bool:
    return op.path.startswith("/v2/{project_id}/ocr/")


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                node = item[method]
                found.append(Operation(node["operationId"], method, path, node))
    return found


@dataclass(frozen=True)
class Example:
    operation_id: str
    kind: str  # "request" or "response"
    status: str | None  # the response status, for responses
    name: str
    value: Any
    schema: dict[str, Any]

    @property
    def id(self) -> str:
        where = "request" if self.kind == "request" else self.status
        return f"{self.operation_id}:{where}:{self.name}"


def _media_examples(
    spec: dict[str, Any], content: dict[str, Any]
) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    for media in content.values():
        for name, example in media.get("examples", {}).items():
            yield name, resolve(spec, example)["value"], media["schema"]


def examples(spec: dict[str, Any]) -> list[Example]:
    """Every named example of every request body and response, with the schema it is for."""
    found = []
    for op in operations(spec):
        body = resolve(spec, op.node.get("requestBody", {}))
        for name, value, schema in _media_examples(spec, body.get("content", {})):
            found.append(Example(op.operation_id, "request", None, name, value, schema))
        for status, response in op.node.get("responses", {}).items():
            content = resolve(spec, response).get("content", {})
            for name, value, schema in _media_examples(spec, content):
                found.append(Example(op.operation_id, "response", status, name, value, schema))
    return found


@cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = DRAFT202012.create_resource(load_spec())
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def schema_validator(schema: dict[str, Any]) -> Validator:
    """An OpenAPI 3.1 validator for a schema of openapi.yaml (its local $refs resolve)."""
    if "$ref" in schema:
        schema = {**schema, "$ref": SPEC_URI + schema["$ref"]}
    validator: Validator = OAS31Validator(schema, registry=_registry())
    return validator


def canonical_json(value: Any) -> str:
    """JSON text that tells 1 from 1.0 and true from 1, with keys sorted."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def snake_case(operation_id: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


@cache
def endpoint_modules() -> dict[str, ModuleType]:
    """The generated endpoint module of every operation, keyed by module name."""
    api = importlib.import_module("huaweicloud_ocr_api.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, prefix="huaweicloud_ocr_api.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            found[info.name.rsplit(".", 1)[1]] = module
    return found


def endpoint_module(operation_id: str) -> ModuleType:
    return endpoint_modules()[snake_case(operation_id)]


def body_type(operation_id: str) -> Any:
    """The type the generated code asks for as the request body."""
    hints = typing.get_type_hints(endpoint_module(operation_id)._get_kwargs)
    return hints.get("body")


def parse_model(example: Example) -> Any:
    """Parse an example as the generated client would; return the model object."""
    if example.kind == "request":
        return body_type(example.operation_id).from_dict(example.value)
    from huaweicloud_ocr_api.client import Client

    module = endpoint_module(example.operation_id)
    response = httpx.Response(int(example.status or 0), json=example.value)
    parsed = module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)
    if parsed is None:
        raise AssertionError(
            f"{example.id}: the generated code does not parse status {example.status}"
        )
    return parsed


def parse_with_generated_code(example: Example) -> Any:
    """Parse an example with the generated models and write it back with to_dict()."""
    return parse_model(example).to_dict()


def string_leaves(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in string_leaves(v)]
    if isinstance(value, list):
        return [s for v in value for s in string_leaves(v)]
    return []
