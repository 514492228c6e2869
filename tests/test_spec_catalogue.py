"""The spec's catalogues (error codes, regions) and forward compatibility of responses."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from tests import golden

SPEC = golden.load_spec()
OPERATIONS = golden.operations(SPEC)
OCR_OPERATIONS = [op for op in OPERATIONS if golden.is_ocr_operation(op)]
ERROR_CODES = SPEC["x-error-codes"]


def test_error_codes_are_complete() -> None:
    codes = [entry["code"] for entry in ERROR_CODES]
    # Chapter 6 lists 46 codes; ModelArts.4105 has two rows (two messages).
    assert len(set(codes)) == 46
    for entry in ERROR_CODES:
        for key in ("code", "module", "message", "description", "solution"):
            assert entry.get(key), f"{entry.get('code')}: no {key}"
        assert re.fullmatch(r"(AIS|ModelArts|APIG)\.\d{4}", entry["code"]), entry["code"]


def test_codes_named_by_error_responses_are_catalogued() -> None:
    known = {entry["code"] for entry in ERROR_CODES}
    for name, response in SPEC["components"]["responses"].items():
        named = set(re.findall(r"\b(?:AIS|ModelArts|APIG)\.\d{4}\b", response["description"]))
        assert named, f"{name} names no error code"
        assert named <= known, f"{name}: {named - known} not in x-error-codes"


def test_every_example_error_code_is_catalogued() -> None:
    known = {entry["code"] for entry in ERROR_CODES}
    ocr_ids = {op.operation_id for op in OCR_OPERATIONS}
    for example in golden.examples(SPEC):
        if (
            example.kind == "response"
            and example.status == "400"
            and example.operation_id in ocr_ids
        ):
            value = example.value.get("result", example.value)
            assert value["error_code"] in known, example.id


@pytest.mark.parametrize("op", OCR_OPERATIONS, ids=lambda o: o.operation_id)
def test_ocr_operations_declare_the_implied_error_statuses(op: golden.Operation) -> None:
    assert {"400", "401", "403", "404", "429", "500", "503"} <= set(op.node["responses"])


def test_regions_have_endpoints_and_operations_are_deployed_somewhere() -> None:
    catalogue = {entry["id"]: entry for entry in SPEC["x-region-endpoints"]}
    server_regions = SPEC["servers"][0]["variables"]["region"]["enum"]
    assert set(catalogue) == set(server_regions)
    for entry in catalogue.values():
        assert f"ocr.{entry['id']}.myhuaweicloud.com" in entry["endpoints"]
    for op in OCR_OPERATIONS:
        regions = op.node.get("x-regions")
        assert regions, f"{op.operation_id} has no x-regions"
        assert set(regions) <= set(catalogue), op.operation_id


def test_names_are_kept_exactly_as_the_server_sends_them() -> None:
    schemas = SPEC["components"]["schemas"]
    every_property = {name for s in schemas.values() for name in s.get("properties", {})}
    assert {"expiried_date", "class", "char", "type"} <= every_property


def _extensible_enum_paths(value: Any, schema: Any, path: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Paths inside an example value whose schema is an x-extensible-enum string."""
    schema = golden.resolve(SPEC, schema)
    if not isinstance(schema, dict):
        return []
    if "x-extensible-enum" in schema and isinstance(value, str):
        return [path]
    found: list[tuple[Any, ...]] = []
    for part in schema.get("allOf", []):
        found += _extensible_enum_paths(value, part, path)
    if isinstance(value, dict):
        for key, child in value.items():
            sub = schema.get("properties", {}).get(key)
            if sub is not None:
                found += _extensible_enum_paths(child, sub, (*path, key))
    elif isinstance(value, list) and "items" in schema:
        for i, child in enumerate(value):
            found += _extensible_enum_paths(child, schema["items"], (*path, i))
    return found


SUCCESS = [
    e for e in golden.examples(SPEC) if e.kind == "response" and (e.status or "").startswith("2")
]


@pytest.mark.parametrize("example", SUCCESS, ids=lambda e: e.id)
def test_unknown_fields_and_enum_values_are_kept(example: golden.Example) -> None:
    changed = copy.deepcopy(example.value)
    changed["field_added_by_the_server"] = {"nested": [1, "two"]}
    for path in _extensible_enum_paths(changed, example.schema, ()):
        node = changed
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = "VALUE_ADDED_BY_THE_SERVER"
    result = changed.get("result")
    targets = result if isinstance(result, list) else [result]
    for target in targets:
        if isinstance(target, dict):
            target["another_new_field"] = 0.5
    changed_example = golden.Example(
        example.operation_id, example.kind, example.status, example.name, changed, example.schema
    )
    written_back = golden.parse_with_generated_code(changed_example)
    assert golden.canonical_json(written_back) == golden.canonical_json(changed)


def test_extensible_enums_are_exercised() -> None:
    paths = [p for e in SUCCESS for p in _extensible_enum_paths(e.value, e.schema, ())]
    assert paths, "no example reaches an x-extensible-enum field; the test above would be vacuous"


def test_request_enums_stay_strict() -> None:
    model = golden.body_type("RecognizeGeneralText")
    with pytest.raises(TypeError):
        model.from_dict({"image": "aGVsbG8=", "language": "not-a-language"})
