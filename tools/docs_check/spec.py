"""The parts of openapi.yaml the checks read: operations by path, schemas reachable from each
side of an operation (with their component names), properties through `allOf`, type categories,
examples, and the notes that explain a difference (`x-doc-note`, `x-source`, `x-doc-versions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Spec = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch")


def load(path: Path) -> Spec:
    with path.open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{path}: not an OpenAPI document (no paths)")
    return spec


def load_text(text: str, where: str) -> Spec:
    spec = yaml.safe_load(text)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{where}: not an OpenAPI document (no paths)")
    return spec


def resolve(spec: Spec, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"only local references are read, found {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
        if seen > 50:
            raise ValueError(f"a $ref loop at {ref}")
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    node: dict[str, Any]


def operations(spec: Spec) -> list[Operation]:
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if isinstance(item, dict) and method in item:
                node = item[method]
                found.append(Operation(str(node.get("operationId")), method, path, node))
    return found


def operation_at(spec: Spec, method: str | None, path: str | None) -> Operation | None:
    for op in operations(spec):
        if op.path == path and (method is None or op.method == method.lower()):
            return op
    return None


def properties(spec: Spec, schema: Any) -> dict[str, Any]:
    """Properties of a schema, its `allOf` branches included (unresolved property nodes)."""
    schema = resolve(spec, schema)
    found: dict[str, Any] = {}
    if not isinstance(schema, dict):
        return found
    for branch in schema.get("allOf", []):
        found |= properties(spec, branch)
    found |= schema.get("properties", {}) or {}
    return found


def required(spec: Spec, schema: Any) -> set[str]:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return set()
    names = set(schema.get("required", []))
    for branch in schema.get("allOf", []):
        names |= required(spec, branch)
    return names


def notes(spec: Spec, node: Any) -> str:
    """Every x-doc-note on a node and what it references, as one text."""
    found = []
    seen = 0
    while isinstance(node, dict) and seen < 20:
        if isinstance(node.get("x-doc-note"), str):
            found.append(node["x-doc-note"])
        if "$ref" not in node:
            break
        node, seen = resolve(spec, {"$ref": node["$ref"]}), seen + 1
    return "\n".join(found)


def has_key(spec: Spec, node: Any, key: str) -> bool:
    seen = 0
    while isinstance(node, dict) and seen < 20:
        if key in node:
            return True
        if "$ref" not in node:
            return False
        node, seen = resolve(spec, {"$ref": node["$ref"]}), seen + 1
    return False


def mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def categories(spec: Spec, node: Any, depth: int = 0) -> set[str]:
    """JSON types a value of this schema may have (string, integer, number, boolean, object,
    array, null)."""
    node = resolve(spec, node)
    if not isinstance(node, dict) or depth > 20:
        return set()
    kinds: set[str] = set()
    declared = node.get("type")
    if isinstance(declared, str):
        kinds.add(declared)
    elif isinstance(declared, list):
        kinds |= {str(k) for k in declared}
    if "const" in node:
        kinds.add(_json_type(node["const"]))
    for key in ("oneOf", "anyOf"):
        for branch in node.get(key, []):
            kinds |= categories(spec, branch, depth + 1)
    for branch in node.get("allOf", []):
        kinds |= categories(spec, branch, depth + 1)
    if not kinds and ("properties" in node or "additionalProperties" in node):
        kinds.add("object")
    if not kinds and "items" in node:
        kinds.add("array")
    return kinds


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "null" if value is None else "object"


@dataclass(frozen=True)
class Reachable:
    """A schema with properties reachable from a root, by its component name (or a path)."""

    name: str
    node: dict[str, Any]
    root: bool


def reachable(spec: Spec, root: Any, root_name: str) -> list[Reachable]:
    """Object schemas under a root (itself first), through properties, items, allOf/oneOf/
    anyOf and additionalProperties, each once."""
    found: list[Reachable] = []
    seen: set[int] = set()

    def visit(node: Any, name: str, is_root: bool) -> None:
        name = ref_name(node) or name
        node = resolve(spec, node)
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        if properties(spec, node):
            found.append(Reachable(name, node, is_root))
        for key, prop in properties(spec, node).items():
            visit(prop, f"{name}.{key}", False)
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                visit(node[key], f"{name}[]", is_root and key == "items")
        for key in ("allOf", "oneOf", "anyOf"):
            for branch in node.get(key, []):
                visit(branch, name, is_root)

    visit(root, root_name, True)
    return found


def request_schema(spec: Spec, op: Operation) -> Any:
    body = resolve(spec, op.node.get("requestBody", {}))
    return body.get("content", {}).get("application/json", {}).get("schema")


def response_schema(spec: Spec, op: Operation, status: str) -> Any:
    response = resolve(spec, op.node.get("responses", {}).get(status, {}))
    return response.get("content", {}).get("application/json", {}).get("schema")


def examples(spec: Spec, op: Operation, kind: str, status: str | None) -> dict[str, Any]:
    """Named example values of the request body or of one response status."""
    if kind == "request":
        holder = resolve(spec, op.node.get("requestBody", {}))
    else:
        holder = resolve(spec, op.node.get("responses", {}).get(status or "", {}))
    media = (
        holder.get("content", {}).get("application/json", {}) if isinstance(holder, dict) else {}
    )
    found = {}
    for name, example in (media.get("examples") or {}).items():
        example = resolve(spec, example)
        if isinstance(example, dict) and "value" in example:
            found[name] = example["value"]
    return found


def value_paths(value: Any, prefix: str = "") -> Iterator[str]:
    """Key paths of a parsed JSON value, in the form seeds.key_paths gives."""
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            yield path
            yield from value_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            yield from value_paths(item, f"{prefix}[]")
