"""Key-values as a mapping (issue 15, point 5): huaweicloud_ocr.results.keyvalues.

The documented examples are read from openapi.yaml at test time, never copied here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from huaweicloud_ocr.results.keyvalues import KeyValues, key_values_of, normalize_key
from huaweicloud_ocr_api import models
from tests.golden import Example, examples, load_spec

SDR = "RecognizeSmartDocumentRecognizer"


def _responses(operation_id: str, status: str = "200") -> list[Example]:
    return [
        e
        for e in examples(load_spec())
        if e.operation_id == operation_id and e.kind == "response" and e.status == status
    ]


def _kv_examples() -> list[Example]:
    return [e for e in _responses(SDR) if any("kv_result" in p for p in e.value["result"])]


def _raw_blocks(example: Example) -> list[tuple[int, dict[str, Any]]]:
    """(result index, kv block) read straight from the example's JSON."""
    return [
        (n, block)
        for n, page in enumerate(example.value["result"])
        for block in page.get("kv_result", {}).get("kv_block_list", [])
    ]


def _answers(example: Example) -> list[Any]:
    model = models.RecognizeSmartDocumentRecognizerResponse.from_dict(example.value)
    return [
        example.value,
        model,
        model.to_dict(),
        model.result,
        [r.to_dict() for r in model.result],
    ]


def test_some_documented_example_has_key_values() -> None:
    assert _kv_examples()


@pytest.mark.parametrize("example", _kv_examples(), ids=lambda e: e.id)
def test_documented_examples_give_every_pair(example: Example) -> None:
    raw = _raw_blocks(example)
    for answer in _answers(example):
        kv = key_values_of(answer)
        # The documented example is abridged (kv_block_count 25, one block listed): the list
        # counts, and the disagreement is reported, nothing else.
        assert all("kv_block_count" in p for p in kv.problems)
        assert [(p.page, p.key, p.value) for p in kv.pairs] == [
            (n, b["key"], b["value"]) for n, b in raw
        ]
        for key in kv:
            assert kv[key] == next(b["value"] for _, b in raw if b["key"] == key)
            assert kv.get_normalized(f"  {key.upper()}: ") == kv[key]
        located = kv.items_with_locations()
        assert [[(w.words, w.type, w.location) for w in p.boxes] for p in located] == [
            [(w["words"], w.get("type"), w.get("location")) for w in b["words_block_list"]]
            for _, b in raw
        ]


@pytest.mark.parametrize("example", _kv_examples(), ids=lambda e: e.id)
def test_documented_examples_same_from_model_and_saved_dict(example: Example) -> None:
    model = models.RecognizeSmartDocumentRecognizerResponse.from_dict(example.value)
    assert key_values_of(model).pairs == key_values_of(model.to_dict()).pairs
    assert key_values_of(model.result[0]).pairs == key_values_of(model.result[0].to_dict()).pairs


def test_documented_invoice_date() -> None:
    (example,) = _kv_examples()
    kv = key_values_of(example.value)
    assert kv["Invoice issuance date"] == "August 31, 2017"
    assert kv.get_normalized("invoice   ISSUANCE date:") == "August 31, 2017"
    assert [b.type for b in kv.items_with_locations()[0].boxes] == ["key", "value"]


@pytest.mark.parametrize("example", _responses("RecognizeGeneralTable"), ids=lambda e: e.id)
def test_general_table_gives_no_key_values(example: Example) -> None:
    # General Table areas are "text" or "table": the API pairs no key with a value there.
    model = models.RecognizeGeneralTableResponse.from_dict(example.value)
    assert len(key_values_of(model)) == 0
    assert len(key_values_of(example.value)) == 0


@pytest.mark.parametrize("example", _responses(SDR, "400") + _responses(SDR, "500"), ids=str)
def test_failed_answer_is_refused(example: Example) -> None:
    with pytest.raises(ValueError, match="failed call"):
        key_values_of(example.value)


def _answer(*blocks: dict[str, Any], count: int | None = None) -> dict[str, Any]:
    kv: dict[str, Any] = {"kv_block_list": list(blocks)}
    if count is not None:
        kv["kv_block_count"] = count
    return {"result": [{"kv_result": kv}]}


def test_exact_and_normalised_lookup() -> None:
    kv = key_values_of(
        _answer(
            {"key": "Name:", "value": "Xiaoming"},
            {"key": "D.O.B.", "value": "1990-01-01"},
            {"key": "\uff21\uff24\uff24\uff32\uff25\uff33\uff33\uff1a", "value": "Somewhere"},
            {"key": "Straße", "value": "Hauptstraße"},
        )
    )
    assert kv["Name:"] == "Xiaoming"
    assert "  name " not in kv
    assert kv.get("  name ") is None
    assert kv.get_normalized("  name ") == "Xiaoming"
    assert kv.get_normalized("NAME") == "Xiaoming"
    assert kv.get_normalized("dob") == "1990-01-01"
    assert kv.get_normalized("address") == "Somewhere"  # fullwidth letters and colon (NFKC)
    assert kv.get_normalized("STRASSE") == "Hauptstraße"  # casefold
    assert kv.get_normalized("phone") is None
    assert kv.get_normalized("phone", "?") == "?"
    assert normalize_key("  Date \t of\u00a0 birth ¿? ") == "date of birth"


def test_duplicates_keep_every_value() -> None:
    kv = key_values_of(
        _answer(
            {"key": "Item", "value": "a"},
            {"key": "Total", "value": "3"},
            {"key": "Item", "value": "b"},
            {"key": "item:", "value": "c"},
        )
    )
    assert kv["Item"] == "a"
    assert kv.all("Item") == ["a", "b"]
    assert kv.all("Missing") == []
    assert kv.duplicates == {"Item": ["a", "b"]}
    assert list(kv) == ["Item", "Total", "item:"]
    assert len(kv) == 3
    assert len(kv.pairs) == 4
    assert kv.get_normalized("ITEM") == "a"
    assert kv.all_normalized("ITEM") == ["a", "b", "c"]


@pytest.mark.parametrize(
    "answer",
    [
        {"result": []},
        {"result": [{}]},
        {"result": [{"kv_result": {}}]},
        _answer(count=0),
        {"kv_block_list": []},
        [],
    ],
    ids=repr,
)
def test_empty_answers(answer: Any) -> None:
    kv = key_values_of(answer)
    assert isinstance(kv, Mapping)
    assert dict(kv) == {}
    assert kv.pairs == ()
    assert kv.problems == ()
    assert kv.duplicates == {}
    assert kv.get_normalized("x") is None
    assert kv.items_with_locations() == []


def test_odd_blocks_are_reported() -> None:
    kv = key_values_of(
        _answer({"value": "orphan"}, {"key": "k"}, {"key": "ok", "value": "v"}, count=5)
    )
    assert dict(kv) == {"k": "", "ok": "v"}
    assert len(kv.problems) == 3
    assert any("no key" in p for p in kv.problems)
    assert any("no value" in p for p in kv.problems)
    assert any("kv_block_count is 5" in p for p in kv.problems)


def test_mapping_is_read_only() -> None:
    kv = key_values_of(_answer({"key": "k", "value": "v"}))
    assert isinstance(kv, KeyValues)
    target: Any = kv
    with pytest.raises(TypeError):
        target["k"] = "w"


def test_not_an_answer() -> None:
    with pytest.raises(TypeError):
        key_values_of(42)
