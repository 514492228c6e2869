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
    return response_schemas(spec, tag="ID Documents")


def response_schemas(spec: dict[str, Any], tag: str | None = None) -> set[str]:
    """The schemas reachable from the success answers of every operation (of those with `tag`)."""
    found: set[str] = set()
    pending: list[str] = []
    for op in golden.operations(spec):
        if tag is not None and tag not in op.node.get("tags", []):
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


SOURCE = re.compile(r"huaweicloudsdkocr \d+\.\d+\.\d+, \S.*")
"""An `x-source`: the official SDK's package, version and model, for what no seed documents."""
REQUIRES_KEYS = frozenset({"when", "options", "documents", "source"})
REQUIRES_WORDINGS = frozenset({"must", "available-only", "supports"})
SEED_CITATION = re.compile(r"seed 00\d ")


def _annotated(node: Any, key: str, path: str) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """Every mapping that carries `key`, with its location, itself and the value."""
    if isinstance(node, dict):
        if key in node:
            yield path, node, node[key]
        for name, value in node.items():
            yield from _annotated(value, key, f"{path}/{name}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _annotated(value, key, f"{path}/{index}")


def provenance_rules(spec: dict[str, Any]) -> list[str]:
    """What no seed documents says where it comes from (issue 18): every `x-source` names the
    SDK, version and model; every property of a schema taken from the SDK (a schema-level
    x-source) has its own x-source; every `x-requires` names the options it needs (siblings in
    the same body), the documents' wording (must, available-only, supports) and cites a seed;
    every `x-inferred` and `x-invented` gives its reason."""
    problems = []
    for at, _, value in _annotated(spec, "x-source", "#"):
        if not isinstance(value, str) or not SOURCE.fullmatch(value):
            problems.append(f"{at}: x-source {value!r} is not 'huaweicloudsdkocr X.Y.Z, Model'")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if "x-source" in schema:
            for prop, node in (schema.get("properties") or {}).items():
                if isinstance(node, dict) and "x-source" not in node and "$ref" not in node:
                    problems.append(
                        f"#/components/schemas/{name}/properties/{prop}: in an SDK schema "
                        "but has no x-source"
                    )
    for where, schema in _schemas(spec, "#"):
        for prop, node in schema["properties"].items():
            need = node.get("x-requires") if isinstance(node, dict) else None
            if need is None:
                continue
            at = f"{where}/properties/{prop}/x-requires"
            if not isinstance(need, dict) or set(need) != REQUIRES_KEYS:
                problems.append(f"{at}: needs exactly the keys {sorted(REQUIRES_KEYS)}")
                continue
            if need["documents"] not in REQUIRES_WORDINGS:
                problems.append(
                    f"{at}: documents {need['documents']!r} is not one of {sorted(REQUIRES_WORDINGS)}"
                )
            if not SEED_CITATION.match(str(need["source"])):
                problems.append(f"{at}: source does not cite a seed")
            unknown = set(need["options"] or {}) - set(schema["properties"])
            if not need["options"] or unknown:
                problems.append(f"{at}: requires options the body lacks: {sorted(unknown)}")
    for key in ("x-inferred", "x-invented"):
        for at, _, value in _annotated(spec, key, "#"):
            if not str(value or "").strip():
                problems.append(f"{at}: {key} gives no reason")
    return problems


LOCATION_KINDS = frozenset(
    {"word", "char", "cell", "table", "layout", "formula", "key_value", "portrait", "plate"}
    | {"field", "document"}
)
"""The `kind`s of x-located and x-location-map (openapi.yaml's info.description)."""
LOCATED_KEYS = frozenset({"location", "kind", "text", "confidence", "label_from", "in_table"})
LOCATION_MAP_KEYS = frozenset({"location", "kind", "confidence"})
TABLE_KEYS = frozenset({"cells", "type", "is_table", "not_table"})
TABLE_CELL_KEYS = frozenset({"rows", "columns", "text", "spans"})
SPAN_RULES = frozenset({"smallest_to_largest"})


def _is_location_name(name: str) -> bool:
    return name == "location" or name.endswith("_location")


def _target(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The schema of the object a property holds, or of each item of the list it holds."""
    if "$ref" not in node and node.get("type") == "array":
        node = node.get("items") or {}
    found: dict[str, Any] = golden.resolve(spec, node) if "$ref" in node else node
    return found


def _is_quadrilateral(spec: dict[str, Any], node: dict[str, Any]) -> bool:
    """A `Quadrilateral` (by $ref), a list of lists (as the SDK-sourced fields type it), or
    either of these or null (anyOf/oneOf)."""
    if node.get("$ref") == "#/components/schemas/Quadrilateral":
        return True
    branches = node.get("anyOf") or node.get("oneOf")
    if isinstance(branches, list):
        real = [b for b in branches if isinstance(b, dict) and b.get("type") != "null"]
        return bool(real) and all(_is_quadrilateral(spec, b) for b in real)
    items = node.get("items") if node.get("type") == "array" else None
    return isinstance(items, dict) and golden.resolve(spec, items).get("type") == "array"


def _located_problems(
    spec: dict[str, Any], at: str, schema: dict[str, Any], key: str, entries: Any
) -> tuple[list[str], set[str]]:
    """What is wrong with one x-located or x-location-map, and the properties it covers."""
    props = schema.get("properties") or {}
    allowed = LOCATED_KEYS if key == "x-located" else LOCATION_MAP_KEYS
    if not isinstance(entries, list) or not entries:
        return [f"{at}: {key} is not a non-empty list"], set()
    problems: list[str] = []
    covered: set[str] = set()
    for n, entry in enumerate(entries):
        where = f"{at}/{key}/{n}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not a mapping")
            continue
        problems += [f"{where}: unknown key {k!r}" for k in entry if k not in allowed]
        for k in ("kind", "in_table"):
            if (k == "kind" or k in entry) and entry.get(k) not in LOCATION_KINDS:
                problems.append(
                    f"{where}: {k} {entry.get(k)!r} is not one of {sorted(LOCATION_KINDS)}"
                )
        if "in_table" in entry and "x-table-cell" not in schema:
            problems.append(f"{where}: in_table on a schema without x-table-cell")
        for k in sorted(allowed - {"kind", "in_table"}):
            if k in entry and entry[k] not in props:
                problems.append(f"{where}: {k} names {entry[k]!r}, which is not a property")
        location = entry.get("location")
        if location is None:
            problems.append(f"{where}: no location")
        elif location in props:
            covered.add(location)
            node = props[location]
            if key == "x-located" and not _is_quadrilateral(spec, node):
                problems.append(f"{where}: location {location!r} is not a Quadrilateral")
            if key == "x-location-map" and _target(spec, node).get("type") != "object":
                problems.append(f"{where}: location {location!r} is not an object")
    return problems, covered


def _table_problems(spec: dict[str, Any], at: str, schema: dict[str, Any]) -> list[str]:
    props = schema.get("properties") or {}
    problems: list[str] = []
    table = schema.get("x-table")
    if table is not None:
        if not isinstance(table, dict):
            return [f"{at}/x-table: not a mapping"]
        problems += [f"{at}/x-table: unknown key {k!r}" for k in table if k not in TABLE_KEYS]
        cells = props.get(table.get("cells"))
        if not isinstance(cells, dict) or "x-table-cell" not in _target(spec, cells):
            problems.append(f"{at}/x-table: cells {table.get('cells')!r} lists no x-table-cell")
        if "type" in table and table["type"] not in props:
            problems.append(f"{at}/x-table: type names {table['type']!r}, which is not a property")
        for k in ("is_table", "not_table"):
            values = table.get(k, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                problems.append(f"{at}/x-table: {k} is not a list of text values")
    cell = schema.get("x-table-cell")
    if cell is not None:
        if not isinstance(cell, dict) or set(cell) != TABLE_CELL_KEYS:
            return [
                *problems,
                f"{at}/x-table-cell: needs exactly the keys {sorted(TABLE_CELL_KEYS)}",
            ]
        for k in ("rows", "columns", "text"):
            if cell[k] not in props:
                problems.append(
                    f"{at}/x-table-cell: {k} names {cell[k]!r}, which is not a property"
                )
            elif k != "text" and props[cell[k]].get("type") != "array":
                problems.append(f"{at}/x-table-cell: {k} {cell[k]!r} is not a list")
        if cell["spans"] not in SPAN_RULES:
            problems.append(
                f"{at}/x-table-cell: spans {cell['spans']!r} is not one of {sorted(SPAN_RULES)}"
            )
    if "x-page" in schema and schema["x-page"] is not True:
        problems.append(f"{at}: x-page is not true")
    return problems


def location_rules(spec: dict[str, Any]) -> list[str]:
    """Every x-located, x-location-map, x-table, x-table-cell, x-page and x-label is well formed
    (openapi.yaml's info.description gives the vocabulary) and names properties that exist;
    in every schema of a success answer, every property named `location` or `*_location` is
    covered by an x-located or x-location-map of its schema or says why not (x-not-location),
    and every schema with `rows` and `columns` has an x-table-cell."""
    problems: list[str] = []
    schemas = spec.get("components", {}).get("schemas", {})
    answers = response_schemas(spec)
    for name, schema in schemas.items():
        at = f"#/components/schemas/{name}"
        covered: set[str] = set()
        for key in ("x-located", "x-location-map"):
            if key in schema:
                found, names = _located_problems(spec, at, schema, key, schema[key])
                problems += found
                covered |= names
        problems += _table_problems(spec, at, schema)
        props = schema.get("properties") or {}
        for prop, node in props.items():
            where = f"{at}/properties/{prop}"
            if not isinstance(node, dict):
                continue
            if "x-label" in node:
                if not isinstance(node["x-label"], str) or not node["x-label"].strip():
                    problems.append(f"{where}: x-label is not a text label")
                if "x-located" not in _target(spec, node):
                    problems.append(f"{where}: x-label on objects without x-located")
            reason = node.get("x-not-location")
            if reason is not None:
                if not str(reason).strip():
                    problems.append(f"{where}: x-not-location gives no reason")
                if prop in covered:
                    problems.append(f"{where}: both located and x-not-location")
            elif name in answers and _is_location_name(prop) and prop not in covered:
                problems.append(
                    f"{where}: a location with neither x-located, x-location-map nor x-not-location"
                )
        if name in answers and {"rows", "columns"} <= set(props) and "x-table-cell" not in schema:
            problems.append(f"{at}: has rows and columns but no x-table-cell")
    return problems


RETURNED_WHEN_KEYS = frozenset({"options", "where", "source"})
# What a description says when a field comes only with an option ("valid only when" is not one:
# General Text's direction is always there, -1 without detect_direction).
RETURNED_WORDS = (
    re.compile(
        r"(?:returned|available)\s+only\s+when\s+(?:the\s+input\s+parameters?\s+)?(\w+)", re.I
    ),
    re.compile(r"(?<!valid )\bonly\s+when\s+(\w+)\s+is\s+(?:set\s+to\s+)?true", re.I),
    re.compile(r"\breturned\s+when\s+(?:the\s+input\s+parameter\s+)?(\w+)\s+is\s+set\s+to", re.I),
    re.compile(r"\bwhen\s+(?:the\s+input\s+parameter\s+)?(\w+)\s+is\s+set\s+to\s+true", re.I),
)


def _options_by_answer_schema(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every schema a success answer reaches -> the request options (name -> schema) that every
    operation reaching it has in its body."""
    found: dict[str, dict[str, Any]] = {}
    for op in golden.operations(spec):
        media = op.node.get("requestBody", {}).get("content", {}).get("application/json", {})
        body = golden.resolve(spec, media.get("schema", {}))
        options = dict(body.get("properties") or {})
        pending: list[str] = []
        for status in SUCCESS:
            pending += _refs(golden.resolve(spec, op.node.get("responses", {}).get(status, {})))
        reached: set[str] = set()
        while pending:
            ref = pending.pop()
            name = ref.rsplit("/", 1)[1]
            if ref.startswith("#/components/schemas/") and name not in reached:
                reached.add(name)
                pending += _refs(golden.resolve(spec, {"$ref": ref}))
        for name in reached:
            if name in found:
                found[name] = {k: v for k, v in found[name].items() if k in options}
            else:
                found[name] = options
    return found


def _value_problem(spec: dict[str, Any], option: dict[str, Any], value: Any) -> str | None:
    """Why `value` cannot be what a case asks of this option (None: it can)."""
    node = golden.resolve(spec, option)
    if node.get("type") == "array":  # a list option: a value it contains
        node = golden.resolve(spec, node.get("items") or {})
    kind = node.get("type")
    if kind == "boolean" and not isinstance(value, bool):
        return f"{value!r} is not true or false"
    if "enum" in node and value not in node["enum"]:
        return f"{value!r} is not one of {node['enum']}"
    return None


def _has_sdk_source(spec: dict[str, Any], schema: dict[str, Any], node: dict[str, Any]) -> bool:
    return any("x-source" in n for n in (schema, node, golden.resolve(spec, node)))


def returned_when_rules(spec: dict[str, Any]) -> list[str]:
    """Every `x-returned-when` (openapi.yaml's info.description gives the vocabulary) is a list
    of cases, each naming options that the request body of every operation answering with its
    schema has, with values they can take, `where` properties of the same object, and a source
    (a seed; the SDK only for a field with x-source); and every response property whose
    description says it is returned only when an option is set (RETURNED_WORDS; a name that is
    also a property of the same object is the answer's field, not the option) carries one that
    names that option."""
    problems: list[str] = []
    reachable = _options_by_answer_schema(spec)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        props = schema.get("properties") or {}
        options = reachable.get(name)
        for prop, node in props.items():
            if not isinstance(node, dict):
                continue
            at = f"#/components/schemas/{name}/properties/{prop}"
            cases = node.get("x-returned-when")
            named: set[str] = set()
            if cases is not None:
                if options is None:
                    problems.append(f"{at}: x-returned-when on a schema no answer holds")
                    continue
                if not isinstance(cases, list) or not cases:
                    problems.append(f"{at}: x-returned-when is not a non-empty list")
                    continue
                for n, case in enumerate(cases):
                    where = f"{at}/x-returned-when/{n}"
                    if not isinstance(case, dict) or not isinstance(case.get("options"), dict):
                        problems.append(f"{where}: not a mapping with options")
                        continue
                    problems += [
                        f"{where}: unknown key {k!r}" for k in case if k not in RETURNED_WHEN_KEYS
                    ]
                    if not case["options"]:
                        problems.append(f"{where}: names no option")
                    for option, value in case["options"].items():
                        named.add(option)
                        if option not in options:
                            problems.append(f"{where}: {option!r} is not a request option")
                        elif (why := _value_problem(spec, options[option], value)) is not None:
                            problems.append(f"{where}: {option}: {why}")
                    for sibling in case.get("where") or {}:
                        if sibling not in props:
                            problems.append(f"{where}: where names {sibling!r}, not a property")
                    source = str(case.get("source") or "")
                    if SOURCE.match(source):
                        if not _has_sdk_source(spec, schema, node):
                            problems.append(f"{where}: cites the SDK on a field without x-source")
                    elif not SEED_CITATION.match(source):
                        problems.append(f"{where}: source cites neither a seed nor the SDK")
            if options is None:
                continue
            own = node.get("description")
            text = str(own if own else golden.resolve(spec, node).get("description") or "")
            # A name that is also a property of the same object is the answer's own field
            # ("returned when side is set to back": the side the answer reports), not an option.
            said = {m for rule in RETURNED_WORDS for m in rule.findall(text)}
            said = (said & set(options)) - set(props)
            for option in sorted(said - named):
                problems.append(
                    f"{at}: described as returned only when {option} is set, "
                    "without an x-returned-when naming it"
                )
    return problems


RULES = (
    operation_rules,
    property_rules,
    unused_components,
    naming_rules,
    date_rules,
    provenance_rules,
    location_rules,
    returned_when_rules,
)
