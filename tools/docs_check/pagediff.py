"""Two versions of a page, compared in the spec's terms: rows and example keys added, removed or
changed, each named by operation, schema and field.

Both versions are mapped to schemas the way the check maps them (compare.map_section), so a row
is keyed by what it documents, not by its position: the same field in a table with or without a
caption, wrapped or not, is the same row. A row changes when its mandatory flag or its Type cell
changes (descriptions are reworded between versions all the time; `--descriptions` lists those
too). Example keys are compared per request/response status, all examples of one status
together (a page may split one answer into a front and a back example).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.docs_check import compare, seeds
from tools.docs_check import spec as sp


@dataclass(frozen=True)
class Change:
    sign: str  # "+", "-", "~"
    operation: str
    schema: str
    field: str
    detail: str

    def __str__(self) -> str:
        where = f"{self.operation} {self.schema}.{self.field}".rstrip(".")
        return f"{self.sign} {where}" + (f": {self.detail}" if self.detail else "")


def select(path_spec: str) -> list[seeds.Section]:
    """`FILE` or `FILE#4.11` (one chapter-4 section of the whole reference)."""
    file_name, _, wanted = path_spec.partition("#")
    sections = seeds.read_page(Path(file_name))
    if not wanted:
        return sections
    chosen = [s for s in sections if s.source.endswith(f"§{wanted}")]
    if not chosen:
        raise seeds.PageError(f"{file_name}: no section §{wanted}")
    return chosen


def _rows(spec: sp.Spec, sections: list[seeds.Section]) -> dict[tuple[str, str, str], seeds.Row]:
    found: dict[tuple[str, str, str], seeds.Row] = {}
    for section in sections:
        mapped = compare.map_section(spec, section)
        op = (
            mapped.operation.operation_id
            if mapped.operation
            else f"{section.method} {section.path}"
        )
        for item in mapped.tables:
            table = item.table
            label = item.schema.name if item.schema else table.kind  # captions differ by version
            for row in table.rows:
                found.setdefault((op, label, row.name), row)
    return found


def _example_keys(spec: sp.Spec, sections: list[seeds.Section]) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for section in sections:
        op = sp.operation_at(spec, section.method, section.path)
        name = op.operation_id if op else f"{section.method} {section.path}"
        for example in section.examples:
            label = "request example" if example.kind == "request" else f"{example.status} example"
            found.setdefault((name, label), set()).update(example.keys)
    return found


def _flag(row: seeds.Row) -> str:
    mandatory = {True: "mandatory", False: "optional", None: ""}[row.mandatory]
    return ", ".join(filter(None, [mandatory, row.type or "no type"]))


def diff(
    spec: sp.Spec, old: list[seeds.Section], new: list[seeds.Section], descriptions: bool = False
) -> list[Change]:
    changes = []
    old_rows, new_rows = _rows(spec, old), _rows(spec, new)
    for key in sorted(new_rows.keys() - old_rows.keys()):
        changes.append(Change("+", *key, _flag(new_rows[key])))
    for key in sorted(old_rows.keys() - new_rows.keys()):
        changes.append(Change("-", *key, _flag(old_rows[key])))
    for key in sorted(old_rows.keys() & new_rows.keys()):
        before, after = old_rows[key], new_rows[key]
        details = []
        if before.mandatory != after.mandatory:
            details.append(f"mandatory {before.mandatory} → {after.mandatory}")
        if (before.type or "") != (after.type or ""):
            same = compare.doc_category(before.type) == compare.doc_category(after.type)
            note = " (same JSON type)" if same else ""
            details.append(f"type {before.type or 'none'!r} → {after.type or 'none'!r}{note}")
        if descriptions and before.description != after.description:
            details.append(f"description {before.description!r} → {after.description!r}")
        if details:
            changes.append(Change("~", *key, "; ".join(details)))
    old_keys, new_keys = _example_keys(spec, old), _example_keys(spec, new)
    for op, label in sorted(old_keys.keys() | new_keys.keys()):
        before_keys = old_keys.get((op, label), set())
        after_keys = new_keys.get((op, label), set())
        for path in sorted(after_keys - before_keys):
            changes.append(Change("+", op, label, path, "example key"))
        for path in sorted(before_keys - after_keys):
            changes.append(Change("-", op, label, path, "example key"))
    return changes
