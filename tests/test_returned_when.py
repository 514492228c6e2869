"""Response fields returned only when the request asks for them (`x-returned-when` in
openapi.yaml, issue 18): exported to the spec data as written, read by the export checks
(`render.check_export`) and by the local server's default answers instead of guessing from
the descriptions' words. The annotations' form is checked by tests/spec_conventions.py."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from huaweicloud_ocr import _spec, render
from huaweicloud_ocr.errors import ValidationError
from huaweicloud_ocr.testing import _service as service
from tests import golden

SPEC = golden.load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _annotated() -> dict[str, dict[str, Any]]:
    """schema -> property -> x-returned-when, read from openapi.yaml itself."""
    found: dict[str, dict[str, Any]] = {}
    for name, schema in SCHEMAS.items():
        for prop, node in (schema.get("properties") or {}).items():
            if isinstance(node, dict) and "x-returned-when" in node:
                found.setdefault(name, {})[prop] = node["x-returned-when"]
    return found


def test_the_spec_data_holds_every_annotation_as_written() -> None:
    assert _spec.returned_when() == _annotated()
    assert sum(len(props) for props in _annotated().values()) >= 100  # all 17 operations' worth


def _property_at(result: str, path: str) -> dict[str, Any]:
    """The property node at a returned_when_paths path, walked through the spec by hand."""
    schema = SCHEMAS[result]
    node: dict[str, Any] = {}
    for part in path.removeprefix("[].").split("."):
        name = part.removesuffix("[]")
        node = schema["properties"][name]
        inner = node if "$ref" in node else node.get("items", {})
        if "$ref" in inner:
            schema = golden.resolve(SPEC, inner)
    return node


def test_every_path_names_an_annotated_property_of_its_operations_result() -> None:
    results = _spec.location_results()
    assert set(results) == set(_spec.operations())
    count = 0
    for method in _spec.operations():
        for path, cases in _spec.returned_when_paths(method).items():
            node = _property_at(results[method]["schema"], path)
            assert node["x-returned-when"] == cases, (method, path)
            count += 1
    # Nested ones are found too: a General Table char_list sits three lists deep.
    table = _spec.returned_when_paths("recognize_general_table")
    char_list = table["words_region_list[].words_block_list[].words_list[].char_list"]
    assert char_list[0]["options"] == {"return_text_location": True, "return_char_location": True}
    assert count >= 100


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"return_text_location": True, "return_char_location": True}, True),
        ({"return_text_location": True}, False),  # every option of a case must hold
        ({"return_text_location": 1, "return_char_location": 1}, False),  # 1 is not true
        ({"return_text_location": "true", "return_char_location": True}, False),
        ({}, False),
    ],
)
def test_a_case_holds_when_every_option_has_its_value(
    options: dict[str, Any], expected: bool
) -> None:
    case: _spec.ReturnedWhen = {
        "options": {"return_text_location": True, "return_char_location": True}
    }
    assert _spec.asked_for(case, options) is expected


def test_a_list_option_holds_a_case_when_it_contains_the_value() -> None:
    case = _spec.returned_when()["WebImageContactInfo"]["name"][0]
    assert case["options"] == {"extract_type": "contact_info"}
    assert _spec.asked_for(case, {"extract_type": ["image_size", "contact_info"]})
    assert not _spec.asked_for(case, {"extract_type": ["image_size"]})
    assert not _spec.asked_for(case, {})


# -- exports -------------------------------------------------------------------------------------
def _members(operation: str) -> dict[str, render.LocationMember]:
    return {m.path: m for m in render.location_members(operation)}


def test_location_members_carry_the_declarations_on_their_path() -> None:
    table = _members("general-table")
    words = "result.words_region_list[].words_block_list[]"
    assert table[f"{words}.location"].cases == ({"return_text_location": True},)
    # Under words_list (return_text_location) and char_list (both options): merged.
    char = table[f"{words}.words_list[].char_list[].char_location"]
    assert char.cases == ({"return_text_location": True, "return_char_location": True},)
    assert char.options == {"return_text_location", "return_char_location"}
    sdr = _members("smart-document-recognizer")
    assert sdr["result[].ocr_result.words_block_list[].location"].cases == ()
    assert sdr["result[].kv_result.kv_block_list[].words_block_list[].location"].cases == (
        {"kv": True},
    )
    assert _members("passport") == {}


@pytest.mark.parametrize(
    ("operation", "export", "options", "refusal"),
    [
        ("vietnam-id-card", "hocr", {}, "ask with return_text_location set to true"),
        ("vietnam-id-card", "hocr", {"return_text_location": True}, None),
        ("vietnam-id-card", "hocr", {"return_text_location": False}, "ask with"),
        ("vietnam-id-card", "hocr", None, None),  # a saved answer: it holds what it holds
        ("peru-id-card", "overlay", {}, "ask with return_portrait_location set to true"),
        ("peru-id-card", "overlay", {"return_portrait_location": True}, None),
        (
            "thailand-idcard",
            "overlay",
            {"return_idcard_type": True},
            "ask with return_portrait_location set to true or return_text_location set to true",
        ),
        ("thailand-idcard", "overlay", {"return_text_location": True}, None),
        ("general-table", "pdf", {}, "ask with return_text_location set to true"),
        ("general-table", "pdf", {"return_text_location": True}, None),
        ("smart-document-recognizer", "overlay", {}, None),  # ocr_result's words always
        ("general-text", "pdf", {}, None),
    ],
)
def test_check_export_asks_for_what_the_declarations_name(
    operation: str, export: str, options: dict[str, Any] | None, refusal: str | None
) -> None:
    if refusal is None:
        render.check_export(operation, export, options)
        return
    with pytest.raises(ValidationError) as caught:
        render.check_export(operation, export, options)
    assert caught.value.field == "export"
    assert refusal in str(caught.value)


@pytest.fixture
def without_vietnam_text_location(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The spec data with Vietnam's text_location declared unconditional (descriptions kept)."""
    real = _spec.returned_when_paths
    real_schemas = _spec.returned_when()

    def paths(method: str) -> dict[str, list[_spec.ReturnedWhen]]:
        found = dict(real(method))
        if method == "recognize_vietnam_id_card":
            found.pop("text_location")
        return found

    schemas = {name: dict(props) for name, props in real_schemas.items()}
    schemas["VietnamIdCardResult"].pop("text_location")
    monkeypatch.setattr(_spec, "returned_when_paths", paths)
    monkeypatch.setattr(_spec, "returned_when", lambda: schemas)
    render.location_members.cache_clear()
    yield
    render.location_members.cache_clear()


@pytest.mark.usefixtures("without_vietnam_text_location")
def test_the_export_check_reads_the_declaration_not_the_description() -> None:
    # VietnamIdCardTextLocation's description still says "Returned when return_text_location
    # is set to true": only the declaration is gone, and the refusal with it.
    assert "return_text_location" in SCHEMAS["VietnamIdCardTextLocation"]["description"]
    render.check_export("vietnam-id-card", "hocr", {})


@pytest.mark.usefixtures("without_vietnam_text_location")
def test_the_local_server_reads_the_declaration_not_the_description() -> None:
    op = service.operations_by_name()["recognize_vietnam_id_card"]
    answer = json.loads(service.default_answer(op, {"return_text_location": True}).body)
    assert "text_location" not in answer["result"]  # nothing declares it brought: left alone


def test_the_old_guess_from_descriptions_agrees_with_the_declarations() -> None:
    """Every option a location member's description named (the rule before the declarations)
    is among the options its declaration names: nothing the words said was lost."""
    guess = re.compile(r"\b(return_\w+_location)\b")
    for method, op in _spec.operations().items():
        located = _spec.location_results()[method]
        for path, schema in located["paths"].items():
            note = _spec.location_schemas()[schema]
            for entry in [*note.get("located", []), *note.get("location_maps", [])]:
                node = SCHEMAS[schema]["properties"][entry["location"]]
                words = f"{node.get('description', '')} {golden.resolve(SPEC, node).get('description', '')}"
                said = set(guess.findall(words)) & set(op["options"])
                where = f"{path}.{entry['location']}" if path else entry["location"]
                member = next(m for m in render.location_members(method) if m.path.endswith(where))
                assert said <= member.options, (method, where)


# -- the local server's default answers -----------------------------------------------------------
def _answer(method: str, options: dict[str, Any]) -> dict[str, Any]:
    op = service.operations_by_name()[method]
    body: dict[str, Any] = json.loads(service.default_answer(op, options).body)
    assert list(service.validator(op.response_schema).iter_errors(body)) == []
    return body


def test_the_server_adds_declared_locations_only_when_asked() -> None:
    plain = _answer("recognize_thailand_idcard", {})["result"]
    assert "text_location" not in plain
    located = _answer("recognize_thailand_idcard", {"return_text_location": True})["result"]
    assert set(located["text_location"]) == {k for k, v in plain.items() if isinstance(v, str)}
    blocks = [
        block
        for region in _answer("recognize_general_table", {"return_text_location": True})["result"][
            "words_region_list"
        ]
        for block in region["words_block_list"]
    ]
    assert all(len(b["location"]) == len(b["cell_location"]) == 4 for b in blocks)
    assert all("char_list" not in b["words_list"][0] for b in blocks)  # needs both options


def test_the_server_makes_up_no_whole_results_or_non_location_fields() -> None:
    """kv=true: the pages of the example without a kv_result keep none (a made-up key-value
    result would be data); return_portrait_image: no made-up portrait."""
    plain = _answer("recognize_smart_document_recognizer", {})
    asked = _answer("recognize_smart_document_recognizer", {"kv": True, "table": True})
    assert asked == plain
    peru = _answer("recognize_peru_id_card", {"return_portrait_image": True})
    assert peru == _answer("recognize_peru_id_card", {})
