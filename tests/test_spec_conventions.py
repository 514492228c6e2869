"""The project's spec rules (tests/spec_conventions.py) hold for openapi.yaml, and each rule
catches a deliberately broken copy, so none of them passes vacuously."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from tests import golden, spec_conventions

SPEC = golden.load_spec()
Rule = Callable[[dict[str, Any]], list[str]]


@pytest.mark.parametrize("rule", spec_conventions.RULES, ids=lambda r: r.__name__)
def test_the_spec_keeps_the_rule(rule: Rule) -> None:
    assert rule(SPEC) == []


def _first_post(spec: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = spec["paths"]["/v2/{project_id}/ocr/passport"]["post"]
    return node


def _drop_summary(spec: dict[str, Any]) -> None:
    del _first_post(spec)["summary"]


def _undeclared_tag(spec: dict[str, Any]) -> None:
    _first_post(spec)["tags"] = ["Passports"]


def _no_regions(spec: dict[str, Any]) -> None:
    del _first_post(spec)["x-regions"]


def _unknown_region(spec: dict[str, Any]) -> None:
    _first_post(spec)["x-regions"] = ["mars-north-1"]


def _no_400_example(spec: dict[str, Any]) -> None:
    response = _first_post(spec)["responses"]["400"]
    golden.resolve(spec, response)["content"]["application/json"].pop("examples")


def _untyped_property(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["PassportRequestBody"]["properties"]
    schema["country_code"].pop("type")


def _undescribed_property(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["PassportResult"]["properties"]
    schema["surname"].pop("description")


def _camel_case_property(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["PassportResult"]["properties"]
    schema["givenName"] = schema.pop("given_name")


def _unused_schema(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Orphan"] = {"type": "object", "description": "unused"}


def _unused_example(spec: dict[str, Any]) -> None:
    spec["components"]["examples"]["Orphan"] = {"value": {}}


def _shouting_schema_name(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["IDCardResult"] = schemas.pop("IdCardResult")


def _snake_operation_id(spec: dict[str, Any]) -> None:
    _first_post(spec)["operationId"] = "recognize_passport"


def _date_field(spec: dict[str, Any], schema: str, field: str) -> dict[str, Any]:
    node: dict[str, Any] = spec["components"]["schemas"][schema]["properties"][field]
    return node


def _unannotated_date(spec: dict[str, Any]) -> None:
    del _date_field(spec, "VietnamIdCardResult", "birth_date")["x-date"]


def _unexplained_not_date(spec: dict[str, Any]) -> None:
    _date_field(spec, "IdCardResult", "issue")["x-not-date"] = " "


def _date_without_year(spec: dict[str, Any]) -> None:
    _date_field(spec, "PeruIdCardResult", "birth_date")["x-date"]["formats"] = ["DD MM"]


def _month_name_without_language(spec: dict[str, Any]) -> None:
    del _date_field(spec, "ChileIdCardResult", "birth")["x-date"]["language"]


def _unknown_date_key(spec: dict[str, Any]) -> None:
    _date_field(spec, "PassportResult", "date_of_birth")["x-date"]["calendar"] = "julian"


def _date_on_a_number(spec: dict[str, Any]) -> None:
    confidence = spec["components"]["schemas"]["ThailandIdcardConfidence"]["properties"]
    confidence["date_of_birth_th"]["x-date"] = {"kind": "birth", "formats": ["YYYY-MM-DD"]}


def _sdk_field(spec: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = spec["components"]["schemas"]["IdCardScoreInfo"]["properties"]
    return node


def _unsourced_sdk_field(spec: dict[str, Any]) -> None:
    del _sdk_field(spec)["blur_score"]["x-source"]


def _vague_source(spec: dict[str, Any]) -> None:
    _sdk_field(spec)["blur_score"]["x-source"] = "the SDK"


def _requires(spec: dict[str, Any]) -> dict[str, Any]:
    body = spec["components"]["schemas"]["GeneralTableRequestBody"]["properties"]
    node: dict[str, Any] = body["return_char_location"]["x-requires"]
    return node


def _requires_unknown_option(spec: dict[str, Any]) -> None:
    _requires(spec)["options"] = {"return_word_location": True}


def _requires_uncited(spec: dict[str, Any]) -> None:
    _requires(spec)["source"] = "common sense"


def _requires_unknown_wording(spec: dict[str, Any]) -> None:
    _requires(spec)["documents"] = "should"


def _invented_without_reason(spec: dict[str, Any]) -> None:
    spec["components"]["examples"]["IamProjects"]["x-invented"] = ""


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    node: dict[str, Any] = spec["components"]["schemas"][name]
    return node


def _unlocated_words(spec: dict[str, Any]) -> None:
    del _schema(spec, "GeneralTextWordsBlockList")["x-located"]


def _unmapped_text_location(spec: dict[str, Any]) -> None:
    del _schema(spec, "VietnamIdCardResult")["x-location-map"]


def _cell_location_left_out(spec: dict[str, Any]) -> None:
    _schema(spec, "GeneralTableWordsBlockList")["x-located"].pop()


def _cell_without_annotation(spec: dict[str, Any]) -> None:
    del _schema(spec, "SmartDocumentRecognizerTableWordsBlock")["x-table-cell"]


def _located_text_missing(spec: dict[str, Any]) -> None:
    _schema(spec, "WebImageWordsBlockList")["x-located"][0]["text"] = "word"


def _unknown_location_kind(spec: dict[str, Any]) -> None:
    _schema(spec, "ThailandLicensePlateItem")["x-located"][0]["kind"] = "licence"


def _location_on_text(spec: dict[str, Any]) -> None:
    _schema(spec, "SmartDocumentRecognizerFormulaBlock")["x-located"][0]["location"] = "formula"


def _unknown_span_rule(spec: dict[str, Any]) -> None:
    _schema(spec, "GeneralTableWordsBlockList")["x-table-cell"]["spans"] = "first_only"


def _table_cells_unannotated(spec: dict[str, Any]) -> None:
    _schema(spec, "GeneralTableWordsRegionList")["x-table"]["cells"] = "words_block_count"


def _unexplained_not_location(spec: dict[str, Any]) -> None:
    confidence = _schema(spec, "PeruIdCardConfidence")["properties"]["portrait_location"]
    confidence["x-not-location"] = ""


def _label_on_unlocated(spec: dict[str, Any]) -> None:
    ocr = _schema(spec, "SmartDocumentRecognizerResult")["properties"]["kv_result"]
    ocr["x-label"] = "pairs"


def _cases(spec: dict[str, Any], schema: str, prop: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = _schema(spec, schema)["properties"][prop]["x-returned-when"]
    return cases


def _returned_when_unknown_option(spec: dict[str, Any]) -> None:
    _cases(spec, "ThailandIdcardResult", "portrait_location")[0]["options"] = {
        "return_portrait_place": True
    }


def _returned_when_other_operations_option(spec: dict[str, Any]) -> None:
    # return_idcard_type is an option of other ID cards, not of Peru's
    _cases(spec, "PeruIdCardResult", "portrait_image")[0]["options"] = {"return_idcard_type": True}


def _returned_when_uncited(spec: dict[str, Any]) -> None:
    _cases(spec, "PeruIdCardResult", "portrait_image")[0]["source"] = "the docs"


def _returned_when_sdk_on_a_seed_field(spec: dict[str, Any]) -> None:
    case = _cases(spec, "PeruIdCardResult", "portrait_image")[0]
    case["source"] = "huaweicloudsdkocr 3.1.219, PeruIdCardResult.portrait_image"


def _returned_when_dropped(spec: dict[str, Any]) -> None:
    del _schema(spec, "MyanmarIdcardResult")["properties"]["translation_info"]["x-returned-when"]


def _returned_when_dropped_on_a_ref(spec: dict[str, Any]) -> None:
    # kv_result is a bare $ref: the words are in SmartDocumentRecognizerKvResult's description
    del _schema(spec, "SmartDocumentRecognizerResult")["properties"]["kv_result"]["x-returned-when"]


def _returned_when_other_option_than_described(spec: dict[str, Any]) -> None:
    _cases(spec, "CambodianIdCardResult", "adjusted_image")[0]["options"] = {"detect_blur": True}


def _returned_when_value_not_listed(spec: dict[str, Any]) -> None:
    _cases(spec, "WebImageContactInfo", "name")[0]["options"] = {"extract_type": "address"}


def _returned_when_value_not_boolean(spec: dict[str, Any]) -> None:
    _cases(spec, "GeneralTextResult", "markdown_result")[0]["options"] = {
        "return_markdown_result": "yes"
    }


def _returned_when_unknown_sibling(spec: dict[str, Any]) -> None:
    _cases(spec, "SmartDocumentRecognizerLayoutBlock", "table_id")[0]["where"] = {"kind": "table"}


def _returned_when_unknown_key(spec: dict[str, Any]) -> None:
    _cases(spec, "PeruIdCardResult", "portrait_location")[0]["when"] = "always"


def _returned_when_empty(spec: dict[str, Any]) -> None:
    _schema(spec, "PeruIdCardResult")["properties"]["portrait_location"]["x-returned-when"] = []


BREAKAGES: list[tuple[Callable[[dict[str, Any]], None], Rule, str]] = [
    (_unsourced_sdk_field, spec_conventions.provenance_rules, "blur_score: in an SDK schema"),
    (_vague_source, spec_conventions.provenance_rules, "x-source 'the SDK' is not"),
    (
        _requires_unknown_option,
        spec_conventions.provenance_rules,
        "lacks: ['return_word_location']",
    ),
    (_requires_uncited, spec_conventions.provenance_rules, "source does not cite a seed"),
    (_requires_unknown_wording, spec_conventions.provenance_rules, "documents 'should' is not"),
    (_invented_without_reason, spec_conventions.provenance_rules, "x-invented gives no reason"),
    (_drop_summary, spec_conventions.operation_rules, "no summary"),
    (_undeclared_tag, spec_conventions.operation_rules, "is not declared"),
    (_no_regions, spec_conventions.operation_rules, "no x-regions"),
    (_unknown_region, spec_conventions.operation_rules, "unknown region"),
    (_no_400_example, spec_conventions.operation_rules, "400 response has no examples"),
    (_untyped_property, spec_conventions.property_rules, "country_code: no type"),
    (_undescribed_property, spec_conventions.property_rules, "surname: no description"),
    (_camel_case_property, spec_conventions.property_rules, "givenName: name is not snake"),
    (_unused_schema, spec_conventions.unused_components, "schemas/Orphan is never used"),
    (_unused_example, spec_conventions.unused_components, "examples/Orphan is never used"),
    (_shouting_schema_name, spec_conventions.naming_rules, "IDCardResult is not PascalCase"),
    (_snake_operation_id, spec_conventions.naming_rules, "'recognize_passport' is not"),
    (_unannotated_date, spec_conventions.date_rules, "birth_date: looks like a date but has"),
    (_unexplained_not_date, spec_conventions.date_rules, "issue: x-not-date gives no reason"),
    (_date_without_year, spec_conventions.date_rules, "'DD MM' needs one day, one month and"),
    (_month_name_without_language, spec_conventions.date_rules, "uses MON but the annotation"),
    (_unknown_date_key, spec_conventions.date_rules, "unknown key 'calendar'"),
    (_date_on_a_number, spec_conventions.date_rules, "x-date on a field that is not text"),
    (_unlocated_words, spec_conventions.location_rules, "location: a location with neither"),
    (_unmapped_text_location, spec_conventions.location_rules, "text_location: a location with"),
    (_cell_location_left_out, spec_conventions.location_rules, "cell_location: a location with"),
    (_cell_without_annotation, spec_conventions.location_rules, "rows and columns but no"),
    (_located_text_missing, spec_conventions.location_rules, "text names 'word', which is not"),
    (_unknown_location_kind, spec_conventions.location_rules, "kind 'licence' is not one of"),
    (_location_on_text, spec_conventions.location_rules, "'formula' is not a Quadrilateral"),
    (_unknown_span_rule, spec_conventions.location_rules, "spans 'first_only' is not one of"),
    (_table_cells_unannotated, spec_conventions.location_rules, "lists no x-table-cell"),
    (_unexplained_not_location, spec_conventions.location_rules, "x-not-location gives no"),
    (_label_on_unlocated, spec_conventions.location_rules, "x-label on objects without"),
    (
        _returned_when_unknown_option,
        spec_conventions.returned_when_rules,
        "'return_portrait_place' is not a request",
    ),
    (
        _returned_when_other_operations_option,
        spec_conventions.returned_when_rules,
        "'return_idcard_type' is not a request",
    ),
    (
        _returned_when_uncited,
        spec_conventions.returned_when_rules,
        "source cites neither a seed nor the SDK",
    ),
    (
        _returned_when_sdk_on_a_seed_field,
        spec_conventions.returned_when_rules,
        "cites the SDK on a field without x-source",
    ),
    (
        _returned_when_dropped,
        spec_conventions.returned_when_rules,
        "translation_info: described as returned only when return_tr",
    ),
    (
        _returned_when_dropped_on_a_ref,
        spec_conventions.returned_when_rules,
        "kv_result: described as returned only when kv is",
    ),
    (
        _returned_when_other_option_than_described,
        spec_conventions.returned_when_rules,
        "only when return_adjusted_image is set",
    ),
    (
        _returned_when_value_not_listed,
        spec_conventions.returned_when_rules,
        "extract_type: 'address' is not one of",
    ),
    (
        _returned_when_value_not_boolean,
        spec_conventions.returned_when_rules,
        "return_markdown_result: 'yes' is not true or",
    ),
    (
        _returned_when_unknown_sibling,
        spec_conventions.returned_when_rules,
        "where names 'kind', not a property",
    ),
    (_returned_when_unknown_key, spec_conventions.returned_when_rules, "unknown key 'when'"),
    (
        _returned_when_empty,
        spec_conventions.returned_when_rules,
        "x-returned-when is not a non-empty list",
    ),
]


@pytest.mark.parametrize(
    ("breakage", "rule", "expected"), BREAKAGES, ids=[b[0].__name__ for b in BREAKAGES]
)
def test_each_rule_catches_a_broken_copy(
    breakage: Callable[[dict[str, Any]], None], rule: Rule, expected: str
) -> None:
    broken = copy.deepcopy(SPEC)
    breakage(broken)
    problems = rule(broken)
    assert any(expected in problem for problem in problems), problems
