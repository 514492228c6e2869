"""Where an answer's quadrilaterals and table cells are, as the spec annotates them (issue 15
point 6): the spec_data readers in `_spec` (`location_schemas`, `location_results`,
`table_cells`) checked against openapi.yaml read independently here, and `results.locations`
and `results.tables` shown to follow the annotations (a changed annotation changes what they
report), not member names.

The documented examples are read from openapi.yaml at test time, never copied here.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import _spec
from huaweicloud_ocr.results import locations, tables
from huaweicloud_ocr.results.locations import location_problems, locations_of, scan_locations
from huaweicloud_ocr.results.tables import tables_of
from tests import golden, spec_conventions

SPEC = golden.load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
QUAD = [[1, 2], [30, 2], [30, 12], [1, 12]]
NOTES = ("x-located", "x-location-map", "x-table", "x-table-cell", "x-page")


def _name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None


def _holds(node: dict[str, Any]) -> tuple[str | None, bool]:
    """The schema a property holds and whether it holds a list of them (read here, apart)."""
    for branch in node.get("anyOf") or node.get("oneOf") or []:
        if branch.get("type") != "null":
            return _holds(branch)
    if node.get("type") == "array":
        return _name(node.get("items")), True
    return _name(node), False


def _schema_at(result: str, is_list: bool, path: str) -> str:
    """Follow a spec_data path from the result schema through openapi.yaml's properties."""
    steps = path.split(".") if path else []
    if is_list:
        assert steps[0].startswith("[]"), path
        steps[0] = steps[0][2:]
        steps = [s for s in steps if s]
    schema = result
    for step in steps:
        node = SCHEMAS[schema]["properties"][step.removesuffix("[]")]
        inner, listed = _holds(node)
        assert inner is not None, (path, step)
        assert listed == step.endswith("[]"), (path, step)
        schema = inner
    return schema


def _success_schema(operation: golden.Operation) -> str:
    response = golden.resolve(SPEC, operation.node["responses"]["200"])
    name = _name(response["content"]["application/json"]["schema"])
    assert name is not None
    return name


# --- the spec_data readers --------------------------------------------------------------------


def test_every_operation_has_an_entry_with_its_schemas() -> None:
    results = _spec.location_results()
    assert set(results) == set(_spec.operations())
    for op in golden.operations(SPEC):
        if not golden.is_ocr_operation(op):
            continue
        entry = results[golden.snake_case(op.operation_id)]
        response = _success_schema(op)
        assert entry["response"] == response
        result, is_list = _holds(SCHEMAS[response]["properties"]["result"])
        assert (entry["schema"], entry["list"]) == (result, is_list)
        assert entry["properties"] == list(SCHEMAS[entry["schema"]].get("properties", {}))


def test_each_path_leads_to_its_schema_through_the_spec() -> None:
    for op, entry in _spec.location_results().items():
        for path, schema in entry["paths"].items():
            assert _schema_at(entry["schema"], entry["list"], path) == schema, (op, path)
            assert schema in _spec.location_schemas()
        for path in entry["labels"]:
            assert path in entry["paths"], (op, path)


def test_every_annotated_schema_of_an_answer_has_a_path() -> None:
    for op in golden.operations(SPEC):
        if not golden.is_ocr_operation(op):
            continue
        entry = _spec.location_results()[golden.snake_case(op.operation_id)]
        reachable = spec_conventions.response_schemas(
            {**SPEC, "paths": {op.path: {op.method: op.node}}}
        )
        annotated = {s for s in reachable if any(n in SCHEMAS[s] for n in NOTES)}
        assert annotated == set(entry["paths"].values()), op.operation_id


def test_schema_annotations_are_the_spec_s() -> None:
    expected: dict[str, dict[str, Any]] = {}
    for name, schema in SCHEMAS.items():
        found = {
            key: schema[note]
            for note, key in zip(
                NOTES, ("located", "location_maps", "table", "table_cell", "page"), strict=True
            )
            if note in schema
        }
        if found:
            expected[name] = found
    assert _spec.location_schemas() == expected
    assert _spec.table_cells() == {
        name: schema["x-table-cell"] for name, schema in SCHEMAS.items() if "x-table-cell" in schema
    }
    labels = _spec.location_results()["recognize_smart_document_recognizer"]["labels"]
    assert labels == {"[].form_result.form_list[]": "form"}


def _raw(value: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """(JSON Pointer, path with list indexes as []) of every member of the raw JSON."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield f"{pointer}/{key}", key
            for deeper, path in _raw(child, f"{pointer}/{key}"):
                yield deeper, f"{key}{'' if path.startswith('[]') else '.'}{path}"
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield f"{pointer}/{i}", "[]"
            for deeper, path in _raw(child, f"{pointer}/{i}"):
                yield deeper, f"[]{'' if path.startswith('[]') else '.'}{path}"


@pytest.mark.parametrize(
    "example",
    [
        e
        for e in golden.examples(SPEC)
        if e.kind == "response"
        and e.status == "200"
        and golden.snake_case(e.operation_id) in _spec.operations()
    ],
    ids=lambda e: e.id,
)
def test_documented_locations_sit_where_the_paths_say(example: golden.Example) -> None:
    """Every quadrilateral of a documented answer (a list of four [x, y] pairs, found here by
    shape, not by name) is at an exported path and named by an annotation there."""
    entry = _spec.location_results()[golden.snake_case(example.operation_id)]
    schemas = _spec.location_schemas()
    result = example.value["result"]
    boxes = {b.path for b in locations_of(example.value, characters=True)}
    for pointer, path in _raw(result, "/result"):
        value: Any = result
        for part in pointer.split("/")[2:]:
            value = value[int(part)] if isinstance(value, list) else value[part]
        quad_like = (
            isinstance(value, list)
            and len(value) == 4
            and all(isinstance(p, list) and len(p) == 2 for p in value)
        )
        if not quad_like:
            continue
        owner, _, member = path.rpartition(".")
        if entry["list"] and not path.startswith("[]"):
            continue  # pragma: no cover - every list result's path starts with []
        notes = schemas[entry["paths"][owner]] if owner in entry["paths"] else {}
        named = {n["location"] for n in notes.get("located", [])}
        assert member in named, (example.id, pointer)
        assert pointer in boxes


# --- results.locations follows the annotations ------------------------------------------------


def _words_answer() -> dict[str, Any]:
    return {"result": {"words_block_list": [{"words": "w", "location": QUAD, "confidence": 0.5}]}}


def _patched_schemas(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    schemas = copy.deepcopy(_spec.location_schemas())
    monkeypatch.setattr(_spec, "location_schemas", lambda: schemas)
    return schemas


def test_the_kind_is_the_annotation_s(monkeypatch: pytest.MonkeyPatch) -> None:
    (box,) = locations_of(_words_answer(), operation="recognize_web_image")
    assert (box.kind, box.label, box.text, box.confidence) == ("word", "word", "w", 0.5)
    schemas = _patched_schemas(monkeypatch)
    schemas["WebImageWordsBlockList"]["located"][0]["kind"] = "layout"
    (box,) = locations_of(_words_answer(), operation="recognize_web_image")
    assert (box.kind, box.label) == ("layout", "layout")
    # A kind this version does not know: an item labelled with it, not an error.
    schemas["WebImageWordsBlockList"]["located"][0]["kind"] = "signature"
    (box,) = locations_of(_words_answer(), operation="recognize_web_image")
    assert (box.kind, box.label) == ("item", "signature")
    # No annotation: no location, whatever the member is called.
    del schemas["WebImageWordsBlockList"]["located"]
    assert locations_of(_words_answer(), operation="recognize_web_image") == []


def test_the_text_and_score_properties_are_the_annotation_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schemas = _patched_schemas(monkeypatch)
    note = schemas["WebImageWordsBlockList"]["located"][0]
    note["text"], note["confidence"] = "other", "score"
    answer = _words_answer()
    answer["result"]["words_block_list"][0] |= {"other": "o", "score": 0.25}
    (box,) = locations_of(answer, operation="recognize_web_image")
    assert (box.text, box.confidence) == ("o", 0.25)


def test_members_the_spec_does_not_annotate_are_not_locations() -> None:
    answer = _words_answer()
    block = answer["result"]["words_block_list"][0]
    block["box_location"] = QUAD
    block["confidence"] = {"location": QUAD}
    answer["result"]["location"] = QUAD  # General Text's result has no location
    boxes = locations_of(answer, operation="recognize_general_text")
    assert [b.path for b in boxes] == ["/result/words_block_list/0/location"]
    # A passport answer holds no location, even under a location's name.
    passport = {"result": {"surname": "A", "portrait_location": QUAD}}
    assert locations_of(passport, operation="RecognizePassport") == []


def test_an_unknown_operation_is_named() -> None:
    with pytest.raises(ValueError, match="'recognize_everything' is not an OCR operation"):
        locations_of(_words_answer(), operation="recognize_everything")


def test_a_saved_answer_is_told_by_its_keys() -> None:
    # Keys that only a Passport result has: no location, though Peru has a portrait_location.
    passport = {"result": {"surname": "A", "machine_code": "P<", "portrait_location": QUAD}}
    assert locations_of(passport) == []
    peru = {"result": {"cui_number": "1", "portrait_location": QUAD}}
    (box,) = locations_of(peru)
    assert (box.kind, box.path) == ("portrait", "/result/portrait_location")


def test_answers_located_differently_need_the_operation(monkeypatch: pytest.MonkeyPatch) -> None:
    schemas = _patched_schemas(monkeypatch)
    schemas["WebImageWordsBlockList"]["located"][0]["kind"] = "layout"
    with pytest.raises(
        ValueError, match=r"recognize_general_text.*recognize_web_image.*operation="
    ):
        locations_of(_words_answer())
    (box,) = locations_of(_words_answer(), operation="recognize_general_text")
    assert box.kind == "word"


def test_pages_are_the_annotation_s() -> None:
    sdr = {"result": [{"layout_result": {}}, {"ocr_result": _words_answer()["result"]}]}
    (box,) = locations_of(sdr)
    assert (box.page, box.path) == (1, "/result/1/ocr_result/words_block_list/0/location")
    plates = {"result": [{"plate_number": "1", "plate_location": QUAD, "confidence": 0.5}] * 2}
    assert [(b.kind, b.text, b.page) for b in locations_of(plates)] == [("plate", "1", None)] * 2


def test_a_field_map_that_is_not_an_object_is_a_problem() -> None:
    answer = {"result": {"number": "1", "full_name": "A", "text_location": QUAD}}
    scan = scan_locations(answer, operation="recognize_vietnam_id_card")
    assert scan.located == []
    (problem,) = scan.problems
    assert (problem.path, problem.kind) == ("/result/text_location", "field")
    assert "field name -> location" in problem.reason


def test_id_card_front_and_back_locations() -> None:
    answer = {
        "result": {
            "front": {"name": "A", "portrait_location": QUAD, "text_location": {"name": QUAD}},
            "back": {"issue": "B", "text_location": {"issue": QUAD, "valid_to": None}},
        }
    }
    boxes = locations_of(answer, operation="recognize_id_card")
    assert [(b.kind, b.label, b.text, b.path) for b in boxes] == [
        ("portrait", "portrait", None, "/result/front/portrait_location"),
        ("field", "name", "A", "/result/front/text_location/name"),
        ("field", "issue", "B", "/result/back/text_location/issue"),
    ]
    assert location_problems(answer) == []


def _general_table(blocks: list[dict[str, Any]], area_type: str | None) -> dict[str, Any]:
    area: dict[str, Any] = {"words_block_list": blocks}
    if area_type is not None:
        area["type"] = area_type
    return {"result": {"words_region_list": [area]}}


@pytest.mark.parametrize("area_type", [None, "figure"])
def test_an_area_of_no_known_type_is_read_as_tables_reads_it(area_type: str | None) -> None:
    """One rule for locations and tables: the whole area is a table when any block gives a
    span (the old location rule looked at each block alone)."""
    spanned = {"words": "a", "location": QUAD, "rows": [0], "columns": [0]}
    plain = {"words": "b", "location": QUAD}
    answer = _general_table([spanned, plain], area_type)
    assert [b.kind for b in locations_of(answer)] == ["cell", "cell"]
    assert len(tables_of(answer)) == 1
    answer = _general_table([plain, dict(plain)], area_type)
    assert [b.kind for b in locations_of(answer)] == ["word", "word"]
    assert tables_of(answer) == []
    assert [b.kind for b in locations_of(_general_table([spanned], "text"))] == ["word"]


def test_the_table_rule_is_the_annotation_s(monkeypatch: pytest.MonkeyPatch) -> None:
    schemas = _patched_schemas(monkeypatch)
    schemas["GeneralTableWordsRegionList"]["table"]["is_table"] = ["text"]
    schemas["GeneralTableWordsRegionList"]["table"]["not_table"] = []
    answer = _general_table([{"words": "a", "location": QUAD}], "text")
    assert [b.kind for b in locations_of(answer)] == ["cell"]
    assert len(tables_of(answer)) == 1


# --- results.tables reads the cell annotation -------------------------------------------------


@pytest.fixture
def cell_notes(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    notes = copy.deepcopy(_spec.table_cells())
    monkeypatch.setattr(_spec, "table_cells", lambda: notes)
    tables._cell_note.cache_clear()
    yield notes
    tables._cell_note.cache_clear()


def test_tables_read_the_cell_properties_the_annotation_names(cell_notes: dict[str, Any]) -> None:
    cell_notes["GeneralTableWordsBlockList"] |= {"rows": "r", "columns": "c", "text": "t"}
    answer = _general_table([{"t": "x", "r": [0, 1], "c": [1], "words": "ignored"}], "table")
    (table,) = tables_of(answer)
    assert table.to_rows() == [["", "x"], ["", ""]]
    assert (table.cells[0].row_span, table.cells[0].column_span) == (2, 1)
    (problem,) = tables_of(_general_table([{"t": "y", "r": [0]}], "table"))[0].problems
    assert re.search(r"no usable c: skipped", problem.message)


def test_an_unknown_span_rule_is_refused(cell_notes: dict[str, Any]) -> None:
    cell_notes["SmartDocumentRecognizerTableWordsBlock"]["spans"] = "first_only"
    page: dict[str, Any] = {"table_result": {"table_list": [{"words_block_list": []}]}}
    with pytest.raises(ValueError, match="spans 'first_only' is not one of"):
        tables_of({"result": [page]})


def test_locations_module_reads_no_member_names() -> None:
    """The walker's source names no answer member: every name comes from spec_data."""
    source = Path(locations.__file__).read_text(encoding="utf-8")
    code = source.split('"""', 2)[2]  # after the module docstring
    for member in ("words_block_list", "portrait_location", "plate_number", "cell_location"):
        assert f'"{member}"' not in code
