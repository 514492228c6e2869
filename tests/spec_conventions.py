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


DATE_LIKE = re.compile(r"birth|expir|issue|valid|date")
"""A result field whose name matches this holds a date or says why it does not (x-not-date)."""
DATE_KEYS = frozenset({"kind", "formats", "language", "era", "range"})
DATE_KINDS = frozenset({"birth", "issue", "expiry", "registration"})
DATE_LANGUAGES = frozenset({"en", "es", "th"})
DATE_ERAS = frozenset({"gregorian", "buddhist"})
DATE_PIECE = re.compile(r"YYYY|YY|MON|MM|M|DD|D|[ ./,-]")
_DATE_PARTS = {"YYYY": "year", "YY": "year", "MM": "month", "M": "month", "MON": "month"}
_DATE_PARTS |= {"DD": "day", "D": "day"}


def _is_text(spec: dict[str, Any], node: dict[str, Any]) -> bool:
    kind = golden.resolve(spec, node).get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


def _format_problems(text: Any, languages: list[Any]) -> list[str]:
    if not isinstance(text, str):
        return [f"format {text!r} is not a string"]
    parts: list[str] = []
    position = 0
    for match in DATE_PIECE.finditer(text):
        if match.start() != position:
            break
        position = match.end()
        if match.group() in _DATE_PARTS:
            parts.append(_DATE_PARTS[match.group()])
        if match.group() == "MON" and not languages:
            return [f"format {text!r} uses MON but the annotation names no language"]
    if position != len(text):
        return [f"format {text!r}: {text[position:]!r} is not a format piece"]
    if sorted(parts) != ["day", "month", "year"]:
        return [f"format {text!r} needs one day, one month and one year, has {parts}"]
    return []


def _date_annotation_problems(note: Any) -> list[str]:
    if not isinstance(note, dict):
        return ["x-date is not a mapping"]
    problems = [f"x-date: unknown key {key!r}" for key in note if key not in DATE_KEYS]
    languages = note.get("language", [])
    if not isinstance(languages, list) or not set(languages) <= DATE_LANGUAGES:
        problems.append(f"x-date: language {languages!r} is not a list of {sorted(DATE_LANGUAGES)}")
        languages = []
    formats = note.get("formats")
    if not isinstance(formats, list) or not formats:
        problems.append("x-date: formats is not a non-empty list")
    else:
        problems += [f"x-date: {p}" for f in formats for p in _format_problems(f, languages)]
    if note.get("kind") not in DATE_KINDS:
        problems.append(f"x-date: kind {note.get('kind')!r} is not one of {sorted(DATE_KINDS)}")
    if note.get("era", "gregorian") not in DATE_ERAS:
        problems.append(f"x-date: era {note.get('era')!r} is not one of {sorted(DATE_ERAS)}")
    if not isinstance(note.get("range", False), bool):
        problems.append("x-date: range is not true or false")
    return problems


def id_result_schemas(spec: dict[str, Any]) -> set[str]:
    """The schemas reachable from the success answers of the ID Documents operations."""
    found: set[str] = set()
    pending: list[str] = []
    for op in golden.operations(spec):
        if "ID Documents" not in op.node.get("tags", []):
            continue
        for status in SUCCESS:
            response = golden.resolve(spec, op.node.get("responses", {}).get(status, {}))
            pending += _refs(response)
    while pending:
        ref = pending.pop()
        name = ref.rsplit("/", 1)[1]
        if ref.startswith("#/components/schemas/") and name not in found:
            found.add(name)
            pending += _refs(golden.resolve(spec, {"$ref": ref}))
    return found


def date_rules(spec: dict[str, Any]) -> list[str]:
    """Every x-date is well formed (openapi.yaml's info.description gives the vocabulary) and
    sits on a text field; every x-not-date gives a reason; every text field of an ID result
    whose name looks like a date's (DATE_LIKE) has one of the two."""
    problems = []
    schemas = spec.get("components", {}).get("schemas", {})
    id_results = id_result_schemas(spec)
    for name, schema in schemas.items():
        for prop, node in (schema.get("properties") or {}).items():
            at = f"#/components/schemas/{name}/properties/{prop}"
            if not isinstance(node, dict):
                continue
            if "x-date" in node:
                if not _is_text(spec, node):
                    problems.append(f"{at}: x-date on a field that is not text")
                if "x-not-date" in node:
                    problems.append(f"{at}: both x-date and x-not-date")
                problems += [f"{at}: {p}" for p in _date_annotation_problems(node["x-date"])]
            elif "x-not-date" in node:
                if not str(node["x-not-date"] or "").strip():
                    problems.append(f"{at}: x-not-date gives no reason")
            elif name in id_results and DATE_LIKE.search(prop) and _is_text(spec, node):
                problems.append(f"{at}: looks like a date but has neither x-date nor x-not-date")
    return problems


RULES = (operation_rules, property_rules, unused_components, naming_rules, date_rules)
