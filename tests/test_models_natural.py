"""Generated models read naturally: an optional field absent from the JSON, or null, reads as
None and is typed `T | None`; a required one is plain; attributes carry the JSON names (only
keywords get a "_"); and `to_dict()` still gives back exactly the JSON that was read."""

from __future__ import annotations

import json
import keyword
from importlib import resources
from typing import Any

import pytest

from huaweicloud_ocr import UNSET, models

SPEC: dict[str, Any] = json.loads(
    resources.files("huaweicloud_ocr_api").joinpath("openapi.json").read_text("utf-8")
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
OBJECT_MODELS = sorted(
    name for name, schema in SCHEMAS.items() if schema.get("properties") and name in models.__all__
)


def attribute(json_name: str) -> str:
    return json_name + "_" if keyword.iskeyword(json_name) else json_name


def test_every_object_schema_is_a_model() -> None:
    assert len(OBJECT_MODELS) > 80
    assert {"ThailandIdcardResult", "MyanmarIdcardResult", "IamProject"} <= set(OBJECT_MODELS)


@pytest.mark.parametrize("name", OBJECT_MODELS)
def test_attributes_are_json_names_and_optional_ones_are_none(name: str) -> None:
    schema = SCHEMAS[name]
    model = getattr(models, name)
    required = set(schema.get("required", []))
    fields = {f.name: f for f in model.__attrs_attrs__}
    for json_name in schema["properties"]:
        field = fields[attribute(json_name)]
        annotation = str(field.type)
        if json_name in required:
            assert not annotation.endswith("| None"), (name, json_name, annotation)
        else:
            assert annotation.endswith(" | None"), (name, json_name, annotation)
            assert field.default is None
        assert "Unset" not in annotation


@pytest.mark.parametrize("name", [n for n in OBJECT_MODELS if not SCHEMAS[n].get("required")])
def test_absent_and_null_read_as_none_and_round_trip(name: str) -> None:
    model = getattr(models, name)
    names = list(SCHEMAS[name]["properties"])
    empty = model.from_dict({})
    assert all(getattr(empty, attribute(n)) is None for n in names)
    assert empty.to_dict() == {}
    nulls = {n: None for n in names}
    with_nulls = model.from_dict({**nulls, "unknown_member": [1, None]})
    assert all(getattr(with_nulls, attribute(n)) is None for n in names)
    assert with_nulls.to_dict() == {**nulls, "unknown_member": [1, None]}
    assert with_nulls != empty  # they give different JSON
    half = model.from_dict({names[0]: None})
    assert half.to_dict() == {names[0]: None}
    assert "None" not in repr(half)
    assert "UNSET" not in repr(half)


def test_fields_named_like_builtins() -> None:
    result = models.ThailandIdcardResult.from_dict({"type": "normal"})
    assert result.type == "normal"
    assert models.MyanmarIdcardResult.from_dict({"class": "A"}).class_ == "A"
    assert models.IamProject.from_dict({"id": "p1", "name": "ap-southeast-1"}).id == "p1"
    assert models.ThailandIdcardResult(type="normal").to_dict() == {"type": "normal"}


def test_setting_none_leaves_a_field_out() -> None:
    body = models.GeneralTextRequestBody(detect_direction=True, language=None)
    assert body.to_dict() == {"detect_direction": True}
    body.detect_direction = None
    assert body.to_dict() == {}


def test_a_required_result_is_plain_and_missing_is_an_error() -> None:
    response = models.RecognizeGeneralTextResponse.from_dict({"result": {}})
    assert response.result.words_block_list is None
    with pytest.raises(KeyError):
        models.RecognizeGeneralTextResponse.from_dict({})


def test_unset_reads_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
    assert not UNSET
