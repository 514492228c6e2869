"""What changed between two versions of openapi.yaml, for the people who use the client.

Our own diff over the resolved spec (every `$ref` followed, `allOf` merged), because no
well-kept OpenAPI diff tool both installs from npm/PyPI and reads OpenAPI 3.1 offline:
`openapi-diff` (npm, 0.24.1) stops at "Unsupported OpenAPI version: 3.1.0"; oasdiff is a Go
binary; `@pb33f/openapi-changes` on npm fetches a Go binary in an install script, which
`npm ci --ignore-scripts` (Makefile) does not run.

Each operation is flattened into facts: its request fields and header/path parameters, and each
response status's fields, by path (`result.words_block_list[].words`), with type set, enum (and
`x-extensible-enum`), default, required, format and bounds. The values inside a field are fields
of their own: an array's items are `field[]`, a map's values (`additionalProperties`) `field{}`,
so `text_location{}[]` is a point of a map of quadrilaterals. A free-form object (`type: object`
with no properties, or `additionalProperties: true`) has a `field{}` of any type, so typing its
values later shows as a change of `field{}`. A `oneOf`/`anyOf` field's enum is the union of its
scalar branches' enums (none when one of them takes any value of its type); an array branch's
items are `field[]` as for a plain array.

A change is classed for a client:

* request side (what the user sends): removing a field, making one required, narrowing its types
  or enum or bounds, changing its default → breaking; adding an optional field, widening →
  not breaking.
* response side (what the user reads): removing a field, making a required field optional,
  widening its types, adding to a closed `enum` (an exhaustive switch in Java, Go or TypeScript
  stops covering it) → breaking; adding a field, narrowing, adding to `x-extensible-enum` (open
  by contract) → not breaking. A new field is not breaking for clients that ignore unknown
  fields, which every generated client here does.
* operations: removing one is breaking, adding one is not.

A field with no type takes any JSON value: giving it a type (a free-form map's values typed, as
ID card `text_location` in 0.4.0) narrows it, and removing the type widens it. The rules above
apply unchanged: a response narrowed is not breaking, because every value the server sends was
already one the reader took; generated code gets a more exact type for it (`dict[str, Any]` →
`dict[str, list[list[int]]]` in Python) but the values it holds are the same.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.docs_check import spec as sp

REPO = Path(__file__).resolve().parents[2]
VERSION_FILE = "src/huaweicloud_ocr/_version.py"


@dataclass(frozen=True)
class SpecChange:
    breaking: bool
    operation: str
    where: str  # "request", "response 200", "parameter header"
    field: str
    what: str

    def __str__(self) -> str:
        mark = "BREAKING" if self.breaking else "compatible"
        place = " ".join(filter(None, [self.operation, self.where, self.field]))
        return f"[{mark}] {place}: {self.what}"


Facts = dict[str, Any]


def _facts(spec: sp.Spec, node: Any, required: bool, depth: int = 0) -> Facts:
    node = sp.resolve(spec, node)
    node = node if isinstance(node, dict) else {}
    merged = dict(node)
    for branch in node.get("allOf", []):
        branch = sp.resolve(spec, branch)
        for key in ("enum", "default", "format", "minimum", "maximum", "maxLength", "minLength"):
            if key in branch and key not in merged:
                merged[key] = branch[key]
    enum = (
        sorted(map(str, merged["enum"]))
        if "enum" in merged
        else _branches(spec, node, "enum", depth)
    )
    open_enum = sorted(map(str, merged.get("x-extensible-enum", []))) or _branches(
        spec, node, "open_enum", depth
    )
    return {
        "types": sorted(sp.categories(spec, node)),
        "enum": enum,
        "open_enum": open_enum,
        "default": json.dumps(merged.get("default"), sort_keys=True)
        if "default" in merged
        else None,
        "format": merged.get("format"),
        "required": required,
        "minimum": merged.get("minimum"),
        "maximum": merged.get("maximum"),
        "minLength": merged.get("minLength"),
        "maxLength": merged.get("maxLength"),
    }


CONTAINERS = frozenset({"object", "array", "null"})
ANY_TYPE = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})


def _branches(spec: sp.Spec, node: dict[str, Any], key: str, depth: int) -> list[str] | None:
    """The enum (`key` "enum") or open enum ("open_enum") of a oneOf/anyOf: the union over its
    scalar branches. A closed enum needs every scalar branch to have one; an open one is the
    values of the branches that list any. Object, array and null branches hold no enum here:
    their values are in their own fields (`[]`, properties) and in the type set."""
    values: set[str] = set()
    listed = False
    if depth > 20:  # a $ref loop through oneOf; sp.categories stops at the same depth
        return None
    for branch in [*node.get("oneOf", []), *node.get("anyOf", [])]:
        facts = _facts(spec, branch, False, depth + 1)
        if facts["types"] and set(facts["types"]) <= CONTAINERS:
            continue
        if facts[key] is None:
            if key == "enum":
                return None
            continue
        values |= set(facts[key])
        listed = True
    return sorted(values) if listed else None


def _free_form(node: dict[str, Any]) -> bool:
    """An object whose values may be anything: `additionalProperties: true` (or `{}`), or a
    plain `type: object` with no properties, no composition and no additionalProperties."""
    extra = node.get("additionalProperties")
    if extra is True or extra == {}:
        return True
    declared = node.get("type")
    is_object = declared == "object" or (isinstance(declared, list) and "object" in declared)
    composed = any(key in node for key in ("properties", "allOf", "oneOf", "anyOf"))
    return is_object and extra is None and not composed


def flatten(spec: sp.Spec, root: Any, depth: int = 0, prefix: str = "") -> dict[str, Facts]:
    """Every field under a schema by path, with its facts."""
    found: dict[str, Facts] = {}
    node = sp.resolve(spec, root)
    if not isinstance(node, dict) or depth > 12:
        return found
    required = sp.required(spec, node)
    for name, prop in sp.properties(spec, node).items():
        path = f"{prefix}.{name}" if prefix else name
        found[path] = _facts(spec, prop, name in required)
        found |= flatten(spec, prop, depth + 1, path)
    # Items and map values are fields too, or a change of their type or enum goes unseen. They
    # are never "required": presence is the container's business.
    items = node.get("items")
    if isinstance(items, dict):
        found[f"{prefix}[]"] = _facts(spec, items, False)
        found |= flatten(spec, items, depth + 1, f"{prefix}[]")
    extra = node.get("additionalProperties")
    if _free_form(node):
        found[f"{prefix}{{}}"] = _facts(spec, {}, False)
    elif isinstance(extra, dict):
        found[f"{prefix}{{}}"] = _facts(spec, extra, False)
        found |= flatten(spec, extra, depth + 1, f"{prefix}{{}}")
    for key in ("oneOf", "anyOf"):
        for branch in node.get(key, []):
            for path, facts in flatten(spec, branch, depth + 1, prefix).items():
                found.setdefault(path, facts | {"required": False})
    return found


def operation_facts(spec: sp.Spec) -> dict[str, dict[str, dict[str, Facts]]]:
    """operationId → place ("request", "parameter header", "response 200") → field → facts."""
    found: dict[str, dict[str, dict[str, Facts]]] = {}
    for op in sp.operations(spec):
        places: dict[str, dict[str, Facts]] = {}
        body = sp.request_schema(spec, op)
        if body is not None:
            places["request"] = flatten(spec, body)
        for param in op.node.get("parameters", []):
            param = sp.resolve(spec, param)
            facts = _facts(spec, param.get("schema", {}), bool(param.get("required")))
            places.setdefault(f"parameter {param.get('in')}", {})[str(param.get("name"))] = facts
        for status in op.node.get("responses", {}):
            schema = sp.response_schema(spec, op, str(status))
            places[f"response {status}"] = flatten(spec, schema) if schema is not None else {}
        found[op.operation_id] = places
    return found


def diff(old: sp.Spec, new: sp.Spec) -> list[SpecChange]:
    changes: list[SpecChange] = []
    before, after = operation_facts(old), operation_facts(new)
    for op in sorted(before.keys() - after.keys()):
        changes.append(SpecChange(True, op, "", "", "operation removed"))
    for op in sorted(after.keys() - before.keys()):
        changes.append(SpecChange(False, op, "", "", "operation added"))
    for op in sorted(before.keys() & after.keys()):
        for place in sorted(before[op].keys() | after[op].keys()):
            response = place.startswith("response")
            old_fields, new_fields = before[op].get(place, {}), after[op].get(place, {})
            if place not in after[op]:
                changes.append(SpecChange(response, op, place, "", "removed"))
                continue
            if place not in before[op]:
                changes.append(SpecChange(False, op, place, "", "added"))
                continue
            for field in sorted(old_fields.keys() - new_fields.keys()):
                changes.append(SpecChange(True, op, place, field, "removed"))
            for field in sorted(new_fields.keys() - old_fields.keys()):
                facts = new_fields[field]
                breaking = facts["required"] and not response
                what = "added (required)" if facts["required"] else "added"
                changes.append(
                    SpecChange(
                        breaking, op, place, field, f"{what}, {'/'.join(facts['types']) or 'any'}"
                    )
                )
            for field in sorted(old_fields.keys() & new_fields.keys()):
                changes += _field(op, place, field, old_fields[field], new_fields[field], response)
    return changes


def _field(op: str, place: str, field: str, a: Facts, b: Facts, response: bool) -> list[SpecChange]:
    found = []

    def add(request_breaks: bool, what: str) -> None:
        found.append(SpecChange(request_breaks != response, op, place, field, what))

    if a["required"] != b["required"]:
        # Request: becoming required breaks callers; response: becoming optional breaks readers.
        add(b["required"], "now required" if b["required"] else "now optional")
    # No type is any type: typing a free value narrows it, untyping widens it.
    old_types, new_types = set(a["types"]) or set(ANY_TYPE), set(b["types"]) or set(ANY_TYPE)
    if old_types != new_types:
        widened = old_types < new_types or (old_types == {"integer"} and new_types >= {"number"})
        narrowed = new_types < old_types
        word = "widened" if widened else "narrowed" if narrowed else "changed"
        shown = ["/".join(facts["types"]) or "any" for facts in (a, b)]
        what = f"type {word}: {shown[0]} → {shown[1]}"
        if word == "changed":
            found.append(SpecChange(True, op, place, field, what))
        else:
            add(narrowed, what)  # request: narrowing breaks; response: widening breaks
    if a["enum"] != b["enum"]:
        old_enum, new_enum = set(a["enum"] or []), set(b["enum"] or [])
        if old_enum - new_enum or (a["enum"] is None) != (b["enum"] is None):
            limited = b["enum"] is not None and (a["enum"] is None or bool(old_enum - new_enum))
            add(limited, f"enum {sorted(old_enum) or 'none'} → {sorted(new_enum) or 'none'}")
        else:
            add(False, f"enum values added: {sorted(new_enum - old_enum)}")
            if response:  # a closed enum grew: exhaustive switches elsewhere miss the new value
                found[-1] = SpecChange(True, op, place, field, found[-1].what)
    if a["open_enum"] != b["open_enum"]:
        found.append(
            SpecChange(
                False, op, place, field, f"x-extensible-enum {a['open_enum']} → {b['open_enum']}"
            )
        )
    if a["default"] != b["default"]:
        # A default first written down records what the server did all along; a changed or
        # dropped one changes what a request without the field means.
        changed = a["default"] is not None and not response
        found.append(
            SpecChange(changed, op, place, field, f"default {a['default']} → {b['default']}")
        )
    if a["format"] != b["format"]:
        found.append(SpecChange(True, op, place, field, f"format {a['format']} → {b['format']}"))
    bounds = (("minimum", True), ("maximum", False), ("minLength", True), ("maxLength", False))
    for key, lower_bound in bounds:
        x, y = a[key], b[key]
        if x == y:
            continue
        # A bound that appears narrows; one that goes widens.
        narrowed = x is None if x is None or y is None else (y > x) == lower_bound
        add(narrowed, f"{key} {x} → {y} ({'narrowed' if narrowed else 'widened'})")
    return found


# --- versions and the base ------------------------------------------------------------------


def git(*args: str) -> str:
    # Read-only git commands with fixed verbs; the arguments are refs and paths.
    done = subprocess.run(  # noqa: S603
        ["git", *args],  # noqa: S607
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def default_base() -> str:
    """The last release: the highest `v*` tag; with no tags, the commit that last changed the
    version file in HEAD's history (a release is a version bump)."""
    tags = [t for t in git("tag", "--list", "v*", "--sort=-v:refname").split() if t]
    if tags:
        return tags[0]
    commit = git("log", "-1", "--format=%H", "--", VERSION_FILE).strip()
    if not commit:
        raise RuntimeError(f"no v* tag and no commit changes {VERSION_FILE}: give --base")
    return commit


def spec_at(ref: str) -> sp.Spec:
    return sp.load_text(git("show", f"{ref}:openapi.yaml"), f"{ref}:openapi.yaml")


def version_of(text: str) -> tuple[int, int, int]:
    found = re.search(r'__version__\s*=\s*"(\d+)\.(\d+)\.(\d+)', text)
    if found is None:
        raise ValueError(f'{VERSION_FILE}: no __version__ = "X.Y.Z"')
    return int(found.group(1)), int(found.group(2)), int(found.group(3))


def bump_allows_breaking(old: tuple[int, int, int], new: tuple[int, int, int]) -> bool:
    """docs/versioning.md: from 1.0 a breaking change needs a new major; in 0.x a new minor."""
    if new[0] != old[0]:
        return new[0] > old[0]
    return old[0] == 0 and new[1] > old[1]


def bump_allows_features(old: tuple[int, int, int], new: tuple[int, int, int]) -> bool:
    """Compatible additions need at least a new patch in 0.x and a new minor from 1.0."""
    if old[0] == 0:
        return new > old
    return (new[0], new[1]) > (old[0], old[1])
