"""Build generated/ from openapi.yaml, or check that it is up to date (the script behind
`make generate` and `make check-generated`).

The generator always writes into a fresh temporary directory; `generate` then swaps the result
into generated/, `--check` compares it with generated/ byte for byte and fails on any difference.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator" / "config.yml"
TEMPLATES = ROOT / "generator" / "templates"
PACKAGE = "huaweicloud_ocr_api"
TARGET = ROOT / "generated" / PACKAGE


def run_generator(out_dir: Path) -> Path:
    """Run the pinned openapi-python-client; return the package directory it wrote."""
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ)
    # The ruff post-hooks are looked up on PATH; without ruff they are skipped silently.
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    if shutil.which("ruff", path=env["PATH"]) is None:
        sys.exit("generate: ruff is not on PATH; run through `make generate`")
    package_dir = out_dir / PACKAGE
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--fail-on-warning",
    ]
    if any(TEMPLATES.glob("*.jinja")):
        cmd += ["--custom-template-path", str(TEMPLATES)]
    # A fixed argument list of our own, no shell.
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0 or not package_dir.is_dir():
        sys.stderr.write(done.stdout + done.stderr)
        sys.exit(f"generate: openapi-python-client failed (exit {done.returncode})")
    # PEP 561: without the marker, mypy and IDEs treat the installed package as untyped (Any).
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    data = json.dumps(spec_data(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    (package_dir / "spec_data.json").write_text(data, encoding="utf-8")
    # The whole spec as JSON, for the local OCR server and other tools (no YAML parser needed).
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    bundled = json.dumps(spec, indent=1, ensure_ascii=False) + "\n"
    (package_dir / "openapi.json").write_text(bundled, encoding="utf-8")
    return package_dir


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local $ref (#/components/...) to what it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


# The JSON Schema keywords a request option may use that the runtime checks or shows.
_OPTION_KEYWORDS = frozenset(
    {
        "type",
        "enum",
        "items",
        "oneOf",
        "anyOf",
        "default",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "pattern",
        "x-requires",  # what else the option needs (tests/test_option_dependencies.py)
    }
)


def spec_data() -> dict[str, object]:
    """What the hand-written runtime needs from openapi.yaml, without a YAML parser at run time:
    each OCR operation's regions, image limits, image field and option schemas; the regions; the
    error-code catalogue."""
    import yaml  # a development dependency: only `make generate` reads the YAML

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]

    def body_schema(op: dict[str, Any]) -> dict[str, Any]:
        ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        found: dict[str, Any] = schemas[ref.rsplit("/", 1)[1]]
        return found

    def resolved(node: Any) -> Any:
        """A schema with every $ref inlined and only what a local check or a --help needs."""
        if isinstance(node, list):
            return [resolved(n) for n in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return resolved(schemas[node["$ref"].rsplit("/", 1)[1]])
        kept = {k: v for k, v in node.items() if k in _OPTION_KEYWORDS}
        return {k: v if k.startswith("x-") else resolved(v) for k, v in kept.items()}

    operations: dict[str, object] = {}
    for path, item in spec["paths"].items():
        if not path.startswith("/v2/{project_id}/ocr/"):
            continue
        op = item["post"]
        body = body_schema(op)
        props = body["properties"]
        assert isinstance(props, dict)
        image_field = "image" if "image" in props else "data"
        # Every option but the image and url, in the spec's order: what the client checks
        # before sending and what `huaweicloud-ocr OPERATION --help` lists.
        options = {
            name: {**resolved(p), "description": " ".join(str(p.get("description", "")).split())}
            for name, p in props.items()
            if name not in (image_field, "url")
        }
        tag_module = op["tags"][0].lower().replace(" ", "_")  # openapi-python-client's rule
        operations[_snake(op["operationId"])] = {
            "operation_id": op["operationId"],
            "module": f"{PACKAGE}.api.{tag_module}.{_snake(op['operationId'])}",
            "path": path,
            "summary": op["summary"],
            "tag": op["tags"][0],
            "image_field": image_field,
            "success_status": int(min(c for c in op["responses"] if str(c).startswith("2"))),
            "regions": op.get("x-regions", []),
            "image_constraints": op.get("x-image-constraints", {}),
            "options": options,
            "deprecated": bool(op.get("deprecated", False)),
            # The response headers each status declares (X-Request-Id, Retry-After), by status.
            "response_headers": {
                str(status): sorted(_resolve(spec, response).get("headers", {}))
                for status, response in op["responses"].items()
            },
        }
    server = spec["servers"][0]
    regions = spec["x-region-endpoints"]
    error_codes: dict[str, dict[str, str]] = {}
    for entry in spec["x-error-codes"]:  # ModelArts.4105 has two rows: keep the first
        fields = {k: entry[k].strip() for k in ("message", "description", "solution")}
        error_codes.setdefault(entry["code"], fields)
    return {
        "source": "generated by generator/generate.py from openapi.yaml; do not edit",
        "server_url": server["url"],
        "default_region": server["variables"]["region"]["default"],
        "regions": {r["id"]: {"name": r["name"], "endpoints": r["endpoints"]} for r in regions},
        "operations": operations,
        "error_codes": error_codes,
        "request_id_header": _request_id_header(spec),
        "dates": _dates(spec),
        "locations": _locations(spec),
        "returned_when": _returned_when(spec),
        "table_cells": {
            name: schema["x-table-cell"]
            for name, schema in spec["components"]["schemas"].items()
            if "x-table-cell" in schema
        },
    }


def _ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None


def _target(node: dict[str, Any]) -> tuple[str | None, str]:
    """The schema a property holds (an object, or each item of a list) and the path suffix;
    a property that may also be null (anyOf/oneOf with a null branch) holds the other."""
    branches = node.get("anyOf") or node.get("oneOf")
    if isinstance(branches, list):
        real = [b for b in branches if isinstance(b, dict) and b.get("type") != "null"]
        return _target(real[0]) if len(real) == 1 else (None, "")
    inner = _ref_name(node)
    if inner is not None:
        return inner, ""
    if node.get("type") == "array":
        return _ref_name(node.get("items")), "[]"
    return None, ""


def _ocr_results(spec: dict[str, Any]) -> Iterator[tuple[str, str | None, str | None, str]]:
    """Each OCR operation's method name, its success answer schema, the schema its `result`
    holds (None: not a schema) and that result's path suffix (`[]` for a list)."""
    schemas = spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        if not path.startswith("/v2/{project_id}/ocr/"):
            continue
        op = item["post"]
        ok = next(c for c in op["responses"] if str(c).startswith("2"))
        answer = _ref_name(op["responses"][ok]["content"]["application/json"]["schema"])
        result, suffix = _target(schemas[answer or ""].get("properties", {}).get("result", {}))
        yield _snake(op["operationId"]), answer, result, suffix


def _dates(spec: dict[str, Any]) -> dict[str, object]:
    """The `x-date` annotations (openapi.yaml's info.description gives their vocabulary):
    `fields` maps schema -> field -> annotation; `results` maps each OCR operation whose result
    holds a date to its result schema, that schema's property names (to recognise a saved
    result by its keys) and `paths`: the dotted path inside the result ("" for the result
    itself) of every object whose schema has date fields, to that schema."""
    schemas = spec["components"]["schemas"]
    fields: dict[str, dict[str, object]] = {}
    for name, schema in schemas.items():
        annotated = {
            prop: node["x-date"]
            for prop, node in schema.get("properties", {}).items()
            if isinstance(node, dict) and "x-date" in node
        }
        if annotated:
            fields[name] = annotated

    def paths(schema_name: str, prefix: str, seen: frozenset[str]) -> dict[str, str]:
        found = {prefix: schema_name} if schema_name in fields else {}
        for prop, node in schemas[schema_name].get("properties", {}).items():
            inner = _ref_name(node)  # objects only: no date sits in a list of objects
            if inner is not None and inner not in seen:
                found |= paths(inner, f"{prefix}.{prop}" if prefix else prop, seen | {inner})
        return found

    results: dict[str, object] = {}
    for operation, _answer, result, suffix in _ocr_results(spec):
        if result is None or suffix:  # dates sit in object results only
            continue
        found = paths(result, "", frozenset({result}))
        if found:
            results[operation] = {
                "schema": result,
                "properties": list(schemas[result].get("properties", {})),
                "paths": found,
            }
    return {"fields": fields, "results": results}


# The schema-level annotations that say where an answer's quadrilaterals and table cells are.
_LOCATION_NOTES = {
    "x-located": "located",
    "x-location-map": "location_maps",
    "x-table": "table",
    "x-table-cell": "table_cell",
    "x-page": "page",
}


def _locations(spec: dict[str, Any]) -> dict[str, object]:
    """The `x-located`, `x-location-map`, `x-table`, `x-table-cell` and `x-page` annotations
    (openapi.yaml's info.description gives their vocabulary). `schemas` maps each annotated
    schema to its annotations (keys `located`, `location_maps`, `table`, `table_cell`,
    `page`). `results` maps every OCR operation (those whose answer holds none too, so that a
    saved answer is recognised as one without locations) to its response and result schemas,
    whether the result is a list, the result's property names (to recognise a saved result by
    its keys), `paths`: the path from the result to every object of an annotated schema ("" the
    result, `name` a member, `[]` each item of a list: `[]` each item of a list result,
    `words_region_list[].words_block_list[]` each block of each area), to that schema, and
    `labels`: the path of the objects an `x-label` names, to that label. A
    reader walks an answer along these paths instead of guessing from member names."""
    schemas = spec["components"]["schemas"]
    notes: dict[str, dict[str, object]] = {}
    for name, schema in schemas.items():
        found = {key: schema[note] for note, key in _LOCATION_NOTES.items() if note in schema}
        if found:
            notes[name] = found

    def walk(schema_name: str, path: str, seen: frozenset[str], out: dict[str, Any]) -> None:
        if schema_name in notes:
            out["paths"][path] = schema_name
        for prop, node in schemas[schema_name].get("properties", {}).items():
            if not isinstance(node, dict):
                continue
            inner, suffix = _target(node)
            if inner is None or inner in seen:
                continue
            where = f"{path}.{prop}{suffix}" if path else f"{prop}{suffix}"
            if "x-label" in node:
                out["labels"][where] = node["x-label"]
            walk(inner, where, seen | {inner}, out)

    results: dict[str, object] = {}
    for operation, answer, result, suffix in _ocr_results(spec):
        if result is None:
            continue
        out: dict[str, Any] = {"paths": {}, "labels": {}}
        walk(result, suffix, frozenset({result}), out)
        results[operation] = {
            "response": answer,
            "schema": result,
            "list": suffix == "[]",
            "properties": list(schemas[result].get("properties", {})),
            **out,
        }
    return {"schemas": notes, "results": results}


def _returned_when(spec: dict[str, Any]) -> dict[str, object]:
    """The `x-returned-when` annotations (openapi.yaml's info.description gives their
    vocabulary). `schemas` maps schema -> property -> its cases; `results` maps every OCR
    operation to the path inside its result of every annotated property (the location paths'
    syntax: `a.b` a member, `a[].b` a member of each item of list a, `[].b` of each item of a
    list result) to its cases, so that a reader can tell what a request brings at any depth
    (a member is there only when every annotated property on its path was asked for)."""
    schemas = spec["components"]["schemas"]
    annotated: dict[str, dict[str, object]] = {}
    for name, schema in schemas.items():
        found = {
            prop: node["x-returned-when"]
            for prop, node in schema.get("properties", {}).items()
            if isinstance(node, dict) and "x-returned-when" in node
        }
        if found:
            annotated[name] = found

    def walk(schema_name: str, path: str, seen: frozenset[str], out: dict[str, object]) -> None:
        for prop, node in schemas[schema_name].get("properties", {}).items():
            if not isinstance(node, dict):
                continue
            where = f"{path}.{prop}" if path else prop
            if "x-returned-when" in node:
                out[where] = node["x-returned-when"]
            inner, suffix = _target(node)
            if inner is not None and inner not in seen:
                walk(inner, where + suffix, seen | {inner}, out)

    results: dict[str, object] = {}
    for operation, _answer, result, suffix in _ocr_results(spec):
        out: dict[str, object] = {}
        if result is not None:
            walk(result, suffix, frozenset({result}), out)
        results[operation] = out
    return {"schemas": annotated, "results": results}


def _request_id_header(spec: dict[str, Any]) -> str:
    """The header name under which the OCR responses give the component marked
    `x-request-id: true` (the service's request id): one name, or the spec is wrong."""
    marked = {
        f"#/components/headers/{name}"
        for name, header in spec["components"].get("headers", {}).items()
        if header.get("x-request-id") is True
    }
    names = {
        name
        for path, item in spec["paths"].items()
        if path.startswith("/v2/{project_id}/ocr/")
        for response in item["post"]["responses"].values()
        for name, header in _resolve(spec, response).get("headers", {}).items()
        if header.get("$ref") in marked
    }
    if len(names) != 1:
        raise SystemExit(f"x-request-id: expected one response header name, found {sorted(names)}")
    return str(names.pop())


def differences(expected: Path, actual: Path) -> list[str]:
    """A unified diff (or a one-line note) for every file that differs between two trees."""

    def files(root: Path) -> set[Path]:
        found = {p.relative_to(root) for p in root.rglob("*") if p.is_file()}
        return {p for p in found if "__pycache__" not in p.parts}

    fresh, kept = files(expected), files(actual)
    out = [f"only in the fresh output: {p}" for p in sorted(fresh - kept)]
    out += [f"only in generated/: {p}" for p in sorted(kept - fresh)]
    for rel in sorted(fresh & kept):
        new, old = (expected / rel).read_bytes(), (actual / rel).read_bytes()
        if new != old:
            diff = difflib.unified_diff(
                old.decode(errors="replace").splitlines(keepends=True),
                new.decode(errors="replace").splitlines(keepends=True),
                f"generated/{PACKAGE}/{rel}",
                f"fresh/{PACKAGE}/{rel}",
            )
            out.append("".join(diff))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ocr-gen-") as tmp:
        fresh = run_generator(Path(tmp))
        if args.check:
            if not TARGET.is_dir():
                print(f"generated/ is missing {PACKAGE}: run `make generate`", file=sys.stderr)
                return 1
            diffs = differences(fresh, TARGET)
            if diffs:
                sys.stderr.write("\n".join(diffs[:20]) + "\n")
                print(
                    f"generated/ has drifted from openapi.yaml ({len(diffs)} files differ): "
                    "run `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("generated/ matches openapi.yaml")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
