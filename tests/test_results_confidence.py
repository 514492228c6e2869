"""Confidence helpers (issue 15, point 8): huaweicloud_ocr.results.confidence.

The documented examples are read from openapi.yaml at test time, never copied here.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huaweicloud_ocr.results.confidence import (
    Item,
    confident,
    drop_low_confidence,
    items_of,
    low_confidence,
    split_by_confidence,
    unscored,
)
from tests.golden import Example, examples, load_spec, parse_model


def _scored_examples() -> list[Example]:
    """Every successful response example with a `confidence` anywhere in its JSON."""

    def has(value: Any) -> bool:
        if isinstance(value, dict):
            return "confidence" in value or any(has(v) for v in value.values())
        if isinstance(value, list):
            return any(has(v) for v in value)
        return False

    return [
        e
        for e in examples(load_spec())
        if e.kind == "response" and e.status == "200" and has(e.value)
    ]


def _at(value: Any, pointer: str) -> Any:
    for part in pointer.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def _raw_score(example: Example, item: Item) -> Any:
    """The score for an item, looked up in the raw JSON by its path."""
    if item.kind == "field":
        parent, _, name = item.path.rpartition("/")
        return _at(example.value, parent)["confidence"][name]
    return _at(example.value, item.path)["confidence"]


def _key(item: Item) -> str:
    return item.path


def test_documented_confidences_cover_the_expected_operations() -> None:
    found = {e.operation_id for e in _scored_examples()}
    assert {
        "RecognizeGeneralText",
        "RecognizeWebImage",
        "RecognizeGeneralTable",
        "RecognizeSmartDocumentRecognizer",
        "RecognizePassport",
        "RecognizeThailandIdcard",
        "RecognizeMyanmarDriverLicense",
        "RecognizePeruIdCard",
    } <= found


@pytest.mark.parametrize("example", _scored_examples(), ids=lambda e: e.id)
@pytest.mark.parametrize("threshold", [0.0, 0.9, 0.95, 1.0])
def test_documented_examples_through_both_helpers(example: Example, threshold: float) -> None:
    model = parse_model(example)
    saved = model.to_dict()
    from_model = split_by_confidence(model, threshold)
    assert from_model == split_by_confidence(saved, threshold)
    assert low_confidence(model, threshold) == low_confidence(saved, threshold) == from_model.low
    assert confident(model, threshold) == confident(saved, threshold) == from_model.confident
    assert drop_low_confidence(saved, threshold) == from_model.confident
    assert unscored(saved) == from_model.unscored
    # The raw example gives the same items (the model may write keys in another order).
    raw = split_by_confidence(example.value, threshold)
    assert sorted(raw.low, key=_key) == sorted(from_model.low, key=_key)
    assert sorted(raw.confident, key=_key) == sorted(from_model.confident, key=_key)
    everything = items_of(saved)
    assert len(everything) == len(from_model.low) + len(from_model.confident) + len(
        from_model.unscored
    )
    assert from_model.confident or from_model.low
    for item in from_model.low:
        assert item.confidence is not None
        assert item.confidence < threshold
        assert item.confidence == _raw_score(example, item)
    for item in from_model.confident:
        assert item.confidence is not None
        assert item.confidence >= threshold
        assert item.confidence == _raw_score(example, item)
    for item in from_model.unscored:
        assert item.confidence is None
        assert item.note
    if threshold == 0.0:
        assert from_model.low == []


def _passport() -> Example:
    return next(e for e in _scored_examples() if e.id.endswith("PassportNonChinese"))


def test_passport_fields_and_unscored_mrz() -> None:
    example = _passport()
    items = {i.label: i for i in items_of(example.value)}
    result = example.value["result"]
    for name, score in result["confidence"].items():
        assert items[name].confidence == score
        assert items[name].text == result.get(name)
        assert items[name].path == f"/result/{name}"
    # machine_code has no score in the example: listed apart, not taken as 0 or 1.
    assert {i.label for i in unscored(example.value)} >= {"machine_code", "machine_code2"}


def _blocks(*scores: Any) -> dict[str, Any]:
    blocks = []
    for n, score in enumerate(scores):
        block: dict[str, Any] = {"words": f"w{n}"}
        if score is not ...:
            block["confidence"] = score
        blocks.append(block)
    return {"result": {"words_block_list": blocks}}


def test_equal_to_threshold_passes() -> None:
    answer = _blocks(0.5, 0.49999, 0.50001)
    assert [i.text for i in confident(answer, 0.5)] == ["w0", "w2"]
    assert [i.text for i in low_confidence(answer, 0.5)] == ["w1"]
    assert low_confidence(answer, 0.0) == []
    assert confident(answer, 1.0) == []
    assert [i.text for i in confident(_blocks(1, 0), 1.0)] == ["w0"]
    assert [i.path for i in low_confidence(answer, 0.5)] == ["/result/words_block_list/1"]


@pytest.mark.parametrize("threshold", [-0.1, 1.01, float("nan"), float("inf"), True, "0.5"])
def test_bad_thresholds_are_refused(threshold: Any) -> None:
    with pytest.raises(ValueError, match="threshold"):
        low_confidence(_blocks(0.5), threshold)


def test_missing_or_odd_scores_are_unscored() -> None:
    answer = _blocks(..., None, "0.9", True, 1.5, -0.1, float("nan"), 0.7)
    split = split_by_confidence(answer, 0.5)
    assert [i.text for i in split.confident] == ["w7"]
    assert split.low == []
    assert [i.text for i in split.unscored] == ["w0", "w1", "w2", "w3", "w4", "w5", "w6"]
    assert all(i.confidence is None and i.note for i in split.unscored)


def test_field_scores_without_fields_and_fields_without_scores() -> None:
    answer = {"result": {"name": "A", "side": "front", "confidence": {"name": 0.2, "id": 0.99}}}
    split = split_by_confidence(answer, 0.5)
    assert [(i.label, i.text) for i in split.low] == [("name", "A")]
    assert [(i.label, i.text) for i in split.confident] == [("id", None)]
    assert [(i.label, i.text) for i in split.unscored] == [("side", "front")]


def test_characters_only_when_asked() -> None:
    example = next(e for e in _scored_examples() if e.operation_id == "RecognizeGeneralText")
    assert all(i.kind != "char" for i in items_of(example.value))
    chars = [i for i in items_of(example.value, characters=True) if i.kind == "char"]
    assert chars
    assert all(i.confidence is not None for i in chars)


def test_failed_answer_is_refused() -> None:
    with pytest.raises(ValueError, match="failed call"):
        items_of({"error_code": "AIS.0103", "error_msg": "x"})


scores = st.one_of(
    st.floats(min_value=0, max_value=1),
    st.none(),
    st.just(...),
    st.sampled_from([0.0, 0.5, 1.0, "x", 2.0]),
)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(scores, max_size=20),
    fields=st.dictionaries(
        st.sampled_from(["name", "sex", "birth", "number"]),
        st.one_of(st.floats(min_value=0, max_value=1), st.none()),
    ),
    threshold=st.one_of(st.floats(min_value=0, max_value=1), st.sampled_from([0.0, 0.5, 1.0])),
)
def test_low_and_confident_partition_the_items(
    words: list[Any], fields: dict[str, Any], threshold: float
) -> None:
    answer = _blocks(*words)
    answer["result"]["card"] = {"name": "N", "side": "front", "confidence": fields}
    everything = items_of(answer)
    low = low_confidence(answer, threshold)
    ok = confident(answer, threshold)
    none = unscored(answer)
    assert sorted(low + ok + none, key=_key) == sorted(everything, key=_key)
    assert len({i.path for i in everything}) == len(everything)
    assert not set(low) & set(ok)
    assert all(i.confidence is not None and i.confidence < threshold for i in low)
    assert all(i.confidence is not None and i.confidence >= threshold for i in ok)
    assert len(everything) == len(words) + len(fields) + sum(
        1 for k in ("name", "side") if k not in fields
    )
