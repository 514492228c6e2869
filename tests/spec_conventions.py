"""The project's own rules for openapi.yaml, as functions that list every violation.

Each rule takes the parsed spec and returns human-readable violations (empty when the spec keeps
the rule), so tests can run them on the real spec and on deliberately broken copies: a rule that
cannot fail is caught there. Spectral enforces overlapping rules in `make lint-spec`
(generator/spectral.yaml); these run without Node and cover what JSONPath cannot (reachability).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests import golden

PASCAL_CASE = re.compile(r"(?:[A-Z][a-z0-9]+)+")  # acronyms as words: IdCard, Kv, Iam
SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
TITLE_WORDS = re.compile(r"(?:[A-Z][A-Za-z]*)(?: [A-Z][A-Za-z]*)*")  # tags: "ID Documents"
HEADER_CASE = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*")  # Enterprise-Project-Id
SUCCESS = ("200", "201")


def operation_rules(spec: dict[str, Any]) -> list[str]:
    """operationId, summary, description, declared tags, regions, success and 400 examples."""
    problems = []
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    known_regions = {region["id"] for region in spec.get("x-region-endpoints", [])}
    for op in golden.operations(spec):
        where = f"{op.method.upper()} {op.path}"
        node = op.node
        for key in ("operationId", "summary", "description"):
            if not str(node.get(key, "")).strip():
                problems.append(f"{where}: no {key}")
        tags = node.get("tags") or []
        if not tags:
            problems.append(f"{where}: no tags")
        problems += [f"{where}: tag {t!r} is not declared" for t in tags if t not in declared_tags]
        regions = node.get("x-regions") or []
        if not regions:
            problems.append(f"{where}: no x-regions (where it is deployed)")
        problems += [f"{where}: unknown region {r!r}" for r in regions if r not in known_regions]
        responses = node.get("responses", {})
        success = [status for status in SUCCESS if status in responses]
        if not success:
            problems.append(f"{where}: no 200/201 response")
        for status in [*success[:1], "400"]:
            response = golden.resolve(spec, responses.get(status, {}))
            media = response.get("content", {}).get("application/json", {})
            if not media.get("examples"):
                problems.append(f"{where}: the {status} response has no examples")
    return problems


def _schemas(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object that declares `properties`, with a readable location."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield path, node
        for key, value in node.items():
            yield from _schemas(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{path}/{index}")


def _typed(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    if "type" in schema or "const" in schema:
        return True
    if "$ref" in schema:
        return _typed(spec, golden.resolve(spec, schema))
    branches: list[dict[str, Any]] = schema.get("oneOf") or schema.get("anyOf") or []
    return bool(branches) and all(_typed(spec, branch) for branch in branches)


def property_rules(spec: dict[str, Any]) -> list[str]:
    """Every property has a type (directly, by $ref, or in every oneOf/anyOf branch), a
    description (its own, or its referenced schema's) and a snake_case name."""
    problems = []
    for where, schema in _schemas(spec, "#"):
        for name, prop in schema["properties"].items():
            at = f"{where}/properties/{name}"
            if not SNAKE_CASE.fullmatch(name):
                problems.append(f"{at}: name is not snake_case")
            if not isinstance(prop, dict):
                problems.append(f"{at}: not a schema object")
                continue
            if not _typed(spec, prop):
                problems.append(f"{at}: no type")
            described = prop.get("description") or golden.resolve(spec, prop).get("description")
            if not str(described or "").strip():
                problems.append(f"{at}: no description")
    return problems


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def unused_components(spec: dict[str, Any]) -> list[str]:
    """Components that nothing reachable from the paths, webhooks or root security uses."""
    components = spec.get("components", {})
    used: set[str] = set()
    for requirement in spec.get("security", []):
        used |= {f"#/components/securitySchemes/{name}" for name in requirement}
    for op in golden.operations(spec):
        for requirement in op.node.get("security", []):
            used |= {f"#/components/securitySchemes/{name}" for name in requirement}
    pending = list(_refs(spec.get("paths", {}))) + list(_refs(spec.get("webhooks", {})))
    while pending:
        ref = pending.pop()
        if ref in used:
            continue
        used.add(ref)
        pending += _refs(golden.resolve(spec, {"$ref": ref}))
    problems = []
    for kind, members in components.items():
        for name in members:
            pointer = f"#/components/{kind}/{name}"
            if pointer not in used:
                problems.append(f"{pointer} is never used")
    return problems


def naming_rules(spec: dict[str, Any]) -> list[str]:
    """One convention per kind of name."""
    problems = []
    for op in golden.operations(spec):
        if not PASCAL_CASE.fullmatch(op.operation_id):
            problems.append(f"operationId {op.operation_id!r} is not PascalCase")
        for parameter in op.node.get("parameters", []):
            parameter = golden.resolve(spec, parameter)
            name, place = parameter["name"], parameter["in"]
            rule = HEADER_CASE if place == "header" else SNAKE_CASE
            if not rule.fullmatch(name):
                problems.append(f"{op.operation_id}: {place} parameter {name!r} breaks the rule")
    for kind, members in spec.get("components", {}).items():
        problems += [
            f"#/components/{kind}/{name} is not PascalCase"
            for name in members
            if not PASCAL_CASE.fullmatch(name)
        ]
    problems += [
        f"tag {tag['name']!r} is not Title Case words"
        for tag in spec.get("tags", [])
        if not TITLE_WORDS.fullmatch(tag["name"])
    ]
    return problems


RULES = (operation_rules, property_rules, unused_components, naming_rules)
