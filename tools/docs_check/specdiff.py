"""What changed between two versions of openapi.yaml, for the people who use the client.

Our own diff over the resolved spec (every `$ref` followed, `allOf` merged), because no
well-kept OpenAPI diff tool both installs from npm/PyPI and reads OpenAPI 3.1 offline:
`openapi-diff` (npm, 0.24.1) stops at "Unsupported OpenAPI version: 3.1.0"; oasdiff is a Go
binary; `@pb33f/openapi-changes` on npm fetches a Go binary in an install script, which
`npm ci --ignore-scripts` (Makefile) does not run.

Each operation is flattened into facts: its request fields and header/path parameters, and each
response status's fields, by path (`result.words_block_list[].words`), with type set, enum (and
`x-extensible-enum`), default, required, format and bounds. A change is classed for a client:

* request side (what the user sends): removing a field, making one required, narrowing its types
  or enum or bounds, changing its default → breaking; adding an optional field, widening →
  not breaking.
* response side (what the user reads): removing a field, making a required field optional,
  widening its types, adding to a closed `enum` (an exhaustive switch in Java, Go or TypeScript
  stops covering it) → breaking; adding a field, narrowing, adding to `x-extensible-enum` (open
  by contract) → not breaking. A new field is not breaking for clients that ignore unknown
  fields, which every generated client here does.
* operations: removing one is breaking, adding one is not.
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


def _facts(spec: sp.Spec, node: Any, required: bool) -> Facts:
    node = sp.resolve(spec, node)
    node = node if isinstance(node, dict) else {}
    merged = dict(node)
    for branch in node.get("allOf", []):
        branch = sp.resolve(spec, branch)
        for key in ("enum", "default", "format", "minimum", "maximum", "maxLength", "minLength"):
            if key in branch and key not in merged:
                merged[key] = branch[key]
    return {
        "types": sorted(sp.categories(spec, node)),
        "enum": sorted(map(str, merged["enum"])) if "enum" in merged else None,
        "open_enum": sorted(map(str, merged.get("x-extensible-enum", []))) or None,
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
    items = node.get("items")
    if isinstance(items, dict):
        found |= flatten(spec, items, depth + 1, f"{prefix}[]")
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        found |= flatten(spec, extra, depth + 1, f"{prefix}.*")
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
    old_types, new_types = set(a["types"]), set(b["types"])
    if old_types != new_types:
        widened = old_types < new_types or (old_types == {"integer"} and new_types >= {"number"})
        narrowed = new_types < old_types
        word = "widened" if widened else "narrowed" if narrowed else "changed"
        what = f"type {word}: {'/'.join(sorted(old_types))} → {'/'.join(sorted(new_types))}"
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
