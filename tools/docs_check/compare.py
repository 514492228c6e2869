"""Documents against the spec: every row and example a page gives that openapi.yaml lacks or
contradicts, and every spec field that no page explains.

Mapping. A section belongs to the operation of its `POST /v2/...` line. Its tables map to schemas
by their rows: each table goes to the schema, reachable from that side of the operation (request
body, or any response), that shares the most field names with it; on a tie the status's root
schema wins, then the first reached. So a renamed or added row still finds its table, and the
Thailand page's error table printed under "Status code: 200" finds ErrorResponse. URI rows are
path parameters (`endpoint` is the server URL); header rows are header parameters, `X-Auth-Token`
the AuthToken security scheme and `Content-Type` the request media type.

What counts as explained (the spec records the difference, so it is not reported):
* a page row the schema lacks: the schema's or the operation's `x-doc-note` names it;
* a contradiction on a field (type, mandatory flag): the field carries `x-doc-note` or
  `x-source`, or the schema's or operation's note names it;
* a spec field a page's table lacks: the field's `x-doc-versions` leaves that page out, or the
  field carries `x-source`/`x-doc-note`, or a note of the schema or operation names it;
* an example key the schema lacks: a note names it; an example no spec example matches (same key
  paths): the spec holds it under another key set only where a note of the operation says so.
* a spec field no page explains at all (the whole-spec pass): `x-source`, `x-doc-note`, or any
  page's row or example key with that name in that schema.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tools.docs_check import seeds
from tools.docs_check import spec as sp

DOC_TYPES = {
    "String": "string",
    "File": "string",
    "Integer": "integer",
    "Int": "integer",
    "Int32": "integer",
    "Int64": "integer",
    "Long": "integer",
    "Boolean": "boolean",
    "Float": "number",
    "Double": "number",
    "Number": "number",
    "Object": "object",
    "JSON": "object",
    "JSONObject": "object",
    "JsonObject": "object",
    "Map": "object",
}


def doc_category(text: str | None) -> str | None:
    """A document's Type cell as a JSON type, or None when the cell is empty or unknown."""
    if not text:
        return None
    if text.startswith(("Array", "List")):
        return "array"
    if text.endswith(("object", "objects")) or text.startswith("Table "):
        return "object"
    head = text.split("<", 1)[0].split(" ", 1)[0]
    return DOC_TYPES.get(head)


@dataclass(frozen=True)
class Finding:
    source: str
    line: int
    operation: str
    schema: str
    field: str
    kind: str
    message: str
    explained: str = ""  # what in the spec records this difference; empty: unexplained

    def __str__(self) -> str:
        where = f"{self.operation} {self.schema}.{self.field}".rstrip(".")
        why = f" (explained by {self.explained})" if self.explained else ""
        return f"{self.source}:{self.line}: {where}: {self.message} [{self.kind}]{why}"


@dataclass(frozen=True)
class Mapped:
    """A page table and the schema it documents."""

    table: seeds.Table
    schema: sp.Reachable | None


@dataclass
class SectionMap:
    section: seeds.Section
    operation: sp.Operation | None
    tables: list[Mapped] = field(default_factory=list)


def map_section(spec: sp.Spec, section: seeds.Section) -> SectionMap:
    op = sp.operation_at(spec, section.method, section.path)
    mapped = SectionMap(section, op)
    if op is None:
        return mapped
    request = sp.reachable(spec, sp.request_schema(spec, op), f"{op.operation_id}Request")
    responses: dict[str, list[sp.Reachable]] = {}
    for status in op.node.get("responses", {}):
        root = sp.response_schema(spec, op, str(status))
        if root is not None:
            responses[str(status)] = sp.reachable(spec, root, f"{op.operation_id}{status}")
    every_response = _unique(r for group in responses.values() for r in group)
    done: list[Mapped] = []
    for table in section.tables:
        if table.kind == "body":
            side, roots = request, request[:1]
        elif table.kind == "response":
            side = every_response
            roots = [r for r in responses.get(table.status or "", []) if r.root]
        else:
            mapped.tables.append(Mapped(table, None))
            continue
        first = not any(m.table.kind == table.kind and m.table.status == table.status for m in done)
        children = [] if first else _children(spec, done)
        best = _best(spec, table, children, []) if children else None
        item = Mapped(table, best or _best(spec, table, side, roots if first else []))
        mapped.tables.append(item)
        done.append(item)
    return mapped


def _children(spec: sp.Spec, done: list[Mapped]) -> list[sp.Reachable]:
    """Schemas under the object- or array-typed rows of the tables mapped so far: on a page
    without captions, a nested table documents one of these."""
    found = []
    for item in done:
        if item.schema is None:
            continue
        props = sp.properties(spec, item.schema.node)
        for row in item.table.rows:
            if row.name in props and compare_kind(row.type) in (None, "object", "array"):
                reached = sp.reachable(spec, props[row.name], f"{item.schema.name}.{row.name}")
                found += [r for r in reached if r.root]  # the row's own schema (or its items')
    return _unique(found)


def compare_kind(text: str | None) -> str | None:
    return doc_category(text)


def _unique(items: Iterable[sp.Reachable]) -> list[sp.Reachable]:
    seen: set[int] = set()
    found = []
    for item in items:
        if id(item.node) not in seen:
            seen.add(id(item.node))
            found.append(item)
    return found


def _best(
    spec: sp.Spec, table: seeds.Table, candidates: list[sp.Reachable], preferred: list[sp.Reachable]
) -> sp.Reachable | None:
    """The schema a caption names (seed 002: `Table 4-87 CambodianIdCardResult`), else the one
    most alike by field names (shared over all): a Confidence table then beats the Result
    schema that has the same names and more."""
    named = (table.caption or "").split(" ")[-1]
    for candidate in [*preferred, *candidates]:
        if candidate.name == named and sp.properties(spec, candidate.node):
            return candidate
    names = {row.name for row in table.rows}
    best, best_score = None, 0.0
    for candidate in [*preferred, *candidates]:
        props = set(sp.properties(spec, candidate.node))
        score = len(names & props) / len(names | props) if names & props else 0.0
        if score > best_score:
            best, best_score = candidate, score
    return best


def check_section(spec: sp.Spec, section: seeds.Section) -> list[Finding]:
    mapped = map_section(spec, section)
    op = mapped.operation
    if op is None:
        where = f"{section.method} {section.path}" if section.path else "no POST /v2/... line"
        return [
            Finding(
                section.source,
                section.line,
                "?",
                "",
                "",
                "no-operation",
                f"section {section.title!r} ({where}) matches no operation of the spec",
            )
        ]
    findings: list[Finding] = []
    op_note = sp.notes(spec, op.node)
    for item in mapped.tables:
        table = item.table
        if table.kind == "uri":
            findings += _uri_rows(spec, section, op, table, op_note)
        elif table.kind == "header":
            findings += _header_rows(spec, section, op, table, op_note)
        elif table.kind in ("body", "response"):
            findings += _schema_rows(spec, section, op, item, op_note)
    findings += _examples(spec, section, op, mapped, op_note)
    return findings


@dataclass(frozen=True)
class _RowReport:
    """Where the findings on one table's rows go: its page, its operation, and what it documents
    (a schema's name, or `uri`/`header`); each finding then names its row and line."""

    section: seeds.Section
    op: sp.Operation
    schema: str

    def finding(self, row: seeds.Row, kind: str, message: str, explained: str = "") -> Finding:
        return Finding(
            self.section.source,
            row.line,
            self.op.operation_id,
            self.schema,
            row.name,
            kind,
            message,
            explained,
        )

    def mandatory(self, row: seeds.Row, required: object, explained: str) -> Finding:
        """The page's Mandatory cell against the spec's `required` (a parameter's, shown as the
        spec writes it, or the field's membership of its schema's list)."""
        message = f"page says mandatory={row.mandatory}, spec required={required}"
        return self.finding(row, "mandatory", message, explained)


def _uri_rows(
    spec: sp.Spec, section: seeds.Section, op: sp.Operation, table: seeds.Table, op_note: str
) -> list[Finding]:
    params = _parameters(spec, op)
    report = _RowReport(section, op, "uri")
    found = []
    for row in table.rows:
        if row.name == "endpoint":  # the server URL's host, not a parameter
            continue
        param = params.get(row.name)
        if param is not None and param.get("in") == "path":
            continue
        where = f"a {param['in']} parameter" if param else "no parameter"
        found.append(
            report.finding(
                row,
                "row-not-in-spec",
                f"URI parameter; the spec has {where}",
                _note_naming("", op_note, row.name),
            )
        )
    return found


def _parameters(spec: sp.Spec, op: sp.Operation) -> dict[str, dict[str, Any]]:
    params = {}
    for param in op.node.get("parameters", []):
        param = sp.resolve(spec, param)
        params[str(param.get("name"))] = param
    return params


def _header_rows(
    spec: sp.Spec, section: seeds.Section, op: sp.Operation, table: seeds.Table, op_note: str
) -> list[Finding]:
    params = _parameters(spec, op)
    schemes = spec.get("components", {}).get("securitySchemes", {})
    auth_headers = {str(s.get("name")) for s in schemes.values() if s.get("in") == "header"}
    media = sp.resolve(spec, op.node.get("requestBody", {})).get("content", {})
    report = _RowReport(section, op, "header")
    found = []
    for row in table.rows:
        if row.name in auth_headers:
            continue  # a security scheme (the spec also allows AK/SK signing)
        if row.name == "Content-Type" and "application/json" in media:
            continue
        param = params.get(row.name)
        why = _note_naming("", op_note, row.name)
        if param is None or param.get("in") != "header":
            found.append(
                report.finding(
                    row, "row-not-in-spec", "request header the spec does not declare", why
                )
            )
        elif row.mandatory is not None and bool(param.get("required")) != row.mandatory:
            found.append(
                report.mandatory(
                    row,
                    param.get("required"),
                    why or ("the parameter's x-doc-note" if "x-doc-note" in param else ""),
                )
            )
    return found


def _note_naming(schema_note: str, op_note: str, name: str) -> str:
    if sp.mentions(schema_note, name):
        return "the schema's x-doc-note"
    return "the operation's x-doc-note" if sp.mentions(op_note, name) else ""


def _why_field(spec: sp.Spec, prop: Any, schema_note: str, op_note: str, name: str) -> str:
    if sp.has_key(spec, prop, "x-source"):
        return "the field's x-source"
    if sp.has_key(spec, prop, "x-doc-note"):
        return "the field's x-doc-note"
    return _note_naming(schema_note, op_note, name)


def _explains_field(spec: sp.Spec, prop: Any, schema_note: str, op_note: str, name: str) -> bool:
    return (
        sp.has_key(spec, prop, "x-doc-note")
        or sp.has_key(spec, prop, "x-source")
        or sp.mentions(schema_note, name)
        or sp.mentions(op_note, name)
    )


def _schema_rows(
    spec: sp.Spec, section: seeds.Section, op: sp.Operation, item: Mapped, op_note: str
) -> list[Finding]:
    table, target = item.table, item.schema
    if target is None:
        names = ", ".join(row.name for row in table.rows[:5])
        return [
            Finding(
                section.source,
                table.line,
                op.operation_id,
                table.caption or table.kind,
                "",
                "unmapped-table",
                f"no schema of the operation has any of its rows ({names})",
            )
        ]
    props = sp.properties(spec, target.node)
    required = sp.required(spec, target.node)
    schema_note = sp.notes(spec, target.node)
    report = _RowReport(section, op, target.name)
    found = []
    seen = set()
    for row in table.rows:
        seen.add(row.name)
        prop = props.get(row.name)
        if prop is None:
            why = _note_naming(schema_note, op_note, row.name)
            found.append(
                report.finding(
                    row, "row-not-in-spec", f"row ({row.type or 'no type'}) the schema lacks", why
                )
            )
            continue
        why = _why_field(spec, prop, schema_note, op_note, row.name)
        kind = doc_category(row.type)
        allowed = sp.categories(spec, prop)
        if kind is not None and allowed and kind not in allowed:
            found.append(
                report.finding(
                    row, "type", f"page types it {row.type!r} ({kind}), spec {sorted(allowed)}", why
                )
            )
        if row.mandatory is not None and row.mandatory != (row.name in required):
            found.append(report.mandatory(row, row.name in required, why))
    for name, prop in props.items():
        if name in seen:
            continue
        # Only the spec's own record of versions makes a missing row a contradiction; a field
        # no page documents at all is the whole-spec pass's (unexplained_spec_fields).
        versions = _doc_versions(spec, prop)
        if versions is not None and section.source in versions:
            found.append(
                Finding(
                    section.source,
                    table.line,
                    op.operation_id,
                    target.name,
                    name,
                    "missing-on-page",
                    f"x-doc-versions names {section.source}, the page has no such row",
                )
            )
    return found


def _doc_versions(spec: sp.Spec, prop: Any) -> list[str] | None:
    seen = 0
    node = prop
    while isinstance(node, dict) and seen < 20:
        if isinstance(node.get("x-doc-versions"), list):
            return [str(v) for v in node["x-doc-versions"]]
        if "$ref" not in node:
            return None
        node, seen = sp.resolve(spec, {"$ref": node["$ref"]}), seen + 1
    return None


def allowed_paths(spec: sp.Spec, root: Any) -> tuple[set[str], set[str]]:
    """Key paths a schema declares, and the prefixes under which any key is allowed (maps)."""
    paths: set[str] = set()
    open_prefixes: set[str] = set()
    seen: set[tuple[int, str]] = set()

    def visit(node: Any, prefix: str, depth: int) -> None:
        node = sp.resolve(spec, node)
        if not isinstance(node, dict) or depth > 12 or (id(node), prefix) in seen:
            return
        seen.add((id(node), prefix))
        for key, prop in sp.properties(spec, node).items():
            path = f"{prefix}.{key}" if prefix else key
            paths.add(path)
            visit(prop, path, depth + 1)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) or extra is True:
            open_prefixes.add(prefix)
            if isinstance(extra, dict):
                visit(extra, f"{prefix}.*", depth + 1)
        if isinstance(node.get("items"), dict):
            visit(node["items"], f"{prefix}[]", depth + 1)
        for key in ("allOf", "oneOf", "anyOf"):
            for branch in node.get(key, []):
                visit(branch, prefix, depth + 1)

    visit(root, "", 0)
    return paths, open_prefixes


def _declared(path: str, paths: set[str], open_prefixes: set[str]) -> bool:
    if path in paths:
        return True
    parent = path.rpartition(".")[0] if "." in path else ""
    if parent in open_prefixes:
        return True
    # Keys under a map's values: `confidence.name.score` against `confidence.*.score`.
    return any(
        "*" in p and re.fullmatch(re.escape(p).replace(r"\*", r"[^.\[\]]+"), path) for p in paths
    )


def _examples(
    spec: sp.Spec, section: seeds.Section, op: sp.Operation, mapped: SectionMap, op_note: str
) -> list[Finding]:
    found = []
    for example in section.examples:
        if not example.keys:
            continue
        if example.kind == "request":
            root = sp.request_schema(spec, op)
            label = "request example"
        else:
            root = sp.response_schema(spec, op, example.status or "")
            label = f"{example.status} example"
        if root is None:
            found.append(
                Finding(
                    section.source,
                    example.line,
                    op.operation_id,
                    label,
                    "",
                    "example",
                    f"the spec has no schema for a {label}",
                )
            )
            continue
        paths, open_prefixes = allowed_paths(spec, root)
        notes_text = op_note + "\n" + _schema_notes(spec, root)
        for key in sorted(example.keys):
            if not _declared(key, paths, open_prefixes):
                leaf = key.rsplit(".", 1)[-1].removesuffix("[]")
                why = (
                    "an x-doc-note of the operation or schema"
                    if sp.mentions(notes_text, leaf)
                    else ""
                )
                found.append(
                    Finding(
                        section.source,
                        example.line,
                        op.operation_id,
                        label,
                        key,
                        "example-field-not-in-schema",
                        f"example {example.title!r} has a key the schema lacks",
                        why,
                    )
                )
        spec_examples = sp.examples(spec, op, example.kind, example.status)
        key_sets = {name: set(sp.value_paths(value)) for name, value in spec_examples.items()}
        if any(keys == set(example.keys) for keys in key_sets.values()):
            continue
        nearest = min(key_sets.items(), key=lambda kv: len(kv[1] ^ set(example.keys)), default=None)
        if nearest is None:
            detail = "the spec holds no example here"
        else:
            extra = sorted(set(example.keys) - nearest[1])
            lacking = sorted(nearest[1] - set(example.keys))
            detail = f"nearest spec example {nearest[0]}: page adds {extra}, lacks {lacking}"
        found.append(
            Finding(
                section.source,
                example.line,
                op.operation_id,
                label,
                "",
                "example-not-in-spec",
                f"example {example.title!r} matches no spec example ({detail})",
            )
        )
    return found


def _schema_notes(spec: sp.Spec, root: Any) -> str:
    return "\n".join(sp.notes(spec, r.node) for r in sp.reachable(spec, root, "root"))


def unexplained_spec_fields(spec: sp.Spec, sections: list[seeds.Section]) -> list[Finding]:
    """Spec fields of documented operations that no page's row or example key explains, and
    that carry neither x-source nor x-doc-note."""
    documented: dict[str, set[str]] = defaultdict(set)  # schema name -> field names on pages
    ops: dict[str, sp.Operation] = {}
    for section in sections:
        mapped = map_section(spec, section)
        if mapped.operation is None:
            continue
        ops[mapped.operation.operation_id] = mapped.operation
        for item in mapped.tables:
            if item.schema is not None:
                documented[item.schema.name] |= {row.name for row in item.table.rows}
        for example in section.examples:
            documented["*example*"] |= {
                k.rsplit(".", 1)[-1].removesuffix("[]") for k in example.keys
            }
    found = []
    for op in ops.values():
        roots = [(sp.request_schema(spec, op), f"{op.operation_id}Request")]
        roots += [
            (sp.response_schema(spec, op, str(s)), f"{op.operation_id}{s}")
            for s in op.node.get("responses", {})
        ]
        for root, name in roots:
            if root is None:
                continue
            for reach in sp.reachable(spec, root, name):
                schema_note = sp.notes(spec, reach.node)
                for key, prop in sp.properties(spec, reach.node).items():
                    if key in documented[reach.name] or key in documented["*example*"]:
                        continue
                    if _explains_field(spec, prop, schema_note, sp.notes(spec, op.node), key):
                        continue
                    found.append(
                        Finding(
                            "openapi.yaml",
                            0,
                            op.operation_id,
                            reach.name,
                            key,
                            "spec-field-unexplained",
                            "no page documents it and it has no x-source or x-doc-note",
                        )
                    )
    return sorted(set(found), key=lambda f: (f.operation, f.schema, f.field))


def check(spec: sp.Spec, sections: list[seeds.Section]) -> list[Finding]:
    findings = []
    for section in sections:
        findings += check_section(spec, section)
    findings += unexplained_spec_fields(spec, sections)
    return findings
