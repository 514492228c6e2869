"""Text in reading order, spans, and "label: value" text (issue 15, point 2):
huaweicloud_ocr.results.text.

The documented examples are read from openapi.yaml at test time, never copied here.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huaweicloud_ocr.results.text import (
    label_value_text,
    lines_of,
    reading_order,
    spans_of,
    text_of,
    turned_box,
)
from huaweicloud_ocr_api import models
from tests.golden import Example, examples, load_spec, parse_model

TEXT_OPERATIONS = (
    "RecognizeGeneralText",
    "RecognizeWebImage",
    "RecognizeGeneralTable",
    "RecognizeSmartDocumentRecognizer",
)
FIELD_OPERATIONS = (
    "RecognizeIdCard",
    "RecognizePassport",
    "RecognizeThailandIdcard",
    "RecognizeColombiaIdCard",
    "RecognizeCambodianIdCard",
    "RecognizeMyanmarIdcard",
    "RecognizeMyanmarDriverLicense",
    "RecognizeChileIdCard",
    "RecognizeVietnamIdCard",
    "RecognizePeruIdCard",
    "RecognizeIdDocument",
    "RecognizeAutoIdDocClassification",
    "RecognizeThailandLicensePlate",
)


def _success(operations: tuple[str, ...]) -> list[Example]:
    return [
        e
        for e in examples(load_spec())
        if e.operation_id in operations and e.kind == "response" and e.status == "200"
    ]


def _input_words(example: Example) -> list[str]:
    """The non-empty words the example holds, read from the raw JSON."""
    result = example.value["result"]
    blocks: list[dict[str, Any]] = []
    if example.operation_id == "RecognizeGeneralTable":
        for region in result.get("words_region_list", []):
            blocks.extend(region.get("words_block_list", []))
    elif example.operation_id == "RecognizeSmartDocumentRecognizer":
        for page in result:
            blocks.extend(page.get("ocr_result", {}).get("words_block_list", []))
    else:
        blocks = result.get("words_block_list", [])
    return [b["words"] for b in blocks if isinstance(b.get("words"), str) and b["words"].strip()]


def _forms(example: Example) -> list[Any]:
    model = parse_model(example)
    return [example.value, model, model.result, model.to_dict(), model.to_dict()["result"]]


def test_every_operation_documents_a_success_example() -> None:
    assert {e.operation_id for e in _success(TEXT_OPERATIONS) if _input_words(e)} == set(
        TEXT_OPERATIONS
    )
    assert {e.operation_id for e in _success(FIELD_OPERATIONS)} == set(FIELD_OPERATIONS)


@pytest.mark.parametrize("example", _success(TEXT_OPERATIONS), ids=lambda e: e.id)
def test_documented_text_examples_hold_every_word(example: Example) -> None:
    words = Counter(_input_words(example))
    texts = set()
    for answer in _forms(example):
        text = text_of(answer)
        texts.add(text)
        spans = spans_of(answer)
        assert Counter(s.text for s in spans) == words
        for span in spans:
            assert text[span.start : span.end] == span.text
        for word, count in words.items():
            # A word inside a longer word would be counted twice by str.count.
            if not any(word in other for other in words if other != word):
                assert text.count(word) == count, word
    assert len(texts) == 1


def _check_lines(answer: Any) -> None:
    """`lines_of` holds the spans of `spans_of`, parted where `text_of` puts a blank line
    (blocks) and a newline (lines), and nowhere else."""
    text = text_of(answer)
    blocks = lines_of(answer)
    assert [s for block in blocks for line in block for s in line] == spans_of(answer)
    assert all(block and all(block) for block in blocks)
    previous = None
    for b, block in enumerate(blocks):
        for n, line in enumerate(block):
            for w, span in enumerate(line):
                if previous is not None:
                    between = text[previous.end : span.start]
                    if w:
                        assert between in (" ", "\t")
                    elif n:
                        assert between == "\n"
                    else:
                        assert b
                        assert between == "\n\n"
                previous = span


@pytest.mark.parametrize("example", _success(TEXT_OPERATIONS), ids=lambda e: e.id)
def test_lines_of_groups_the_spans_as_the_text_does(example: Example) -> None:
    for answer in _forms(example):
        _check_lines(answer)
        assert lines_of(answer)


def test_lines_of_blocks_lines_and_cells() -> None:
    def cell(text: str, row: int, column: int) -> dict[str, Any]:
        return {**_box(text, 100 + 40 * column, 100 + 20 * row), "rows": [row], "columns": [column]}

    answer = {
        "result": {
            "words_region_list": [
                {"type": "text", "words_block_list": [_box("two words", 0, 0), _box("x", 0, 20)]},
                {
                    "type": "table",
                    "words_block_list": [cell("d", 1, 1), cell("a", 0, 0), cell("b", 0, 1)],
                },
            ]
        }
    }
    for form in (answer, models.RecognizeGeneralTableResponse.from_dict(answer)):
        text = text_of(form)
        assert text == "two words\nx\n\na\tb\nd"
        blocks = lines_of(form)
        # A word's own space does not split it: "two words" is one span of the first line.
        assert [[[s.text for s in line] for line in block] for block in blocks] == [
            [["two words"], ["x"]],
            [["a", "b"], ["d"]],
        ]
        assert all(text[s.start : s.end] == s.text for b in blocks for ln in b for s in ln)
    sdr = {
        "result": [
            {"ocr_result": {"words_block_list": [_box("b", 30, 0), _box("a", 0, 0)]}},
            {"ocr_result": {"words_block_list": []}},
            {"ocr_result": {"words_block_list": [_box("c", 0, 0), {"words": "loose"}]}},
        ]
    }
    blocks = lines_of(sdr)
    assert [[[s.text for s in line] for line in block] for block in blocks] == [
        [["a", "b"]],
        [["c"], ["loose"]],
    ]
    assert [block[0][0].page for block in blocks] == [0, 2]
    assert lines_of({"result": {"words_block_list": []}}) == []


def test_reading_order_gives_the_blocks_as_lines() -> None:
    blocks: list[dict[str, Any]] = [
        _box("second", 0, 30),
        {"words": "loose"},
        _box("line", 70, 30),
        {"words": "  "},
        _box("first", 0, 0),
    ]
    lines = reading_order(blocks)
    assert lines == [[blocks[4]], [blocks[0], blocks[2]], [blocks[1]]]
    assert all(b is blocks[n] for b, n in zip([ln[0] for ln in lines], (4, 0, 1), strict=True))
    generated = models.GeneralTextResult.from_dict({"words_block_list": blocks})
    assert [[b.words for b in line] for line in reading_order(generated.words_block_list)] == [
        ["first"],
        ["second", "line"],
        ["loose"],
    ]
    upright = [_box("top", 0, 0), _box("line", 40, 0), _box("bottom", 0, 20)]
    turned = [_turned(b, 90) for b in reversed(upright)]
    assert [[b["words"] for b in line] for line in reading_order(turned, 90)] == [
        ["top", "line"],
        ["bottom"],
    ]
    assert reading_order(None) == reading_order([]) == []


def test_turned_box() -> None:
    location = [[10, 20], [40, 20], [40, 30], [10, 30]]
    assert turned_box(location) == (10, 20, 40, 30)
    for no_turn in (None, -1, 0, 360, True):
        assert turned_box(location, no_turn) == (10, 20, 40, 30)
    # Clockwise on screen by 90: (x, y) -> (-y, x).
    assert turned_box(location, 90) == (-30, 10, -20, 40)
    assert turned_box(location, 180) == (-40, -30, -10, -20)
    for bad in (None, [], [[1, 2]] * 3, [[1, 2]] * 5, [[1, "2"]] * 4, [[1, math.nan]] * 4):
        assert turned_box(bad) is None
    assert turned_box([[0, 0], [3, 0], [3, 4], [0, 4]], 30) is not None


def _field_leaves(value: Any, key: str = "") -> list[str]:
    if key == "confidence" or key.endswith(("_confidence", "image", "location")):
        return []
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _field_leaves(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _field_leaves(v, key)]
    if value is None:
        return []
    text = str(value).strip()
    return [text] if text else []


@pytest.mark.parametrize("example", _success(FIELD_OPERATIONS), ids=lambda e: e.id)
def test_documented_id_examples_give_label_value_text(example: Example) -> None:
    # Models and what to_dict() wrote are in schema order; a hand-written dict keeps its own.
    texts = {label_value_text(answer) for answer in _forms(example)[1:]}
    assert len(texts) == 1
    text = texts.pop()
    assert sorted(label_value_text(example.value).splitlines()) == sorted(text.splitlines())
    lines = text.splitlines()
    assert lines
    assert all(": " in line for line in lines)
    values = " ".join(line.split(": ", 1)[1] for line in lines)
    for leaf in _field_leaves(example.value["result"]):
        assert leaf in values, leaf
    assert "confidence" not in text
    assert "/9j/" not in text


def test_label_value_text_labels() -> None:
    passport = [e for e in _success(("RecognizePassport",)) if "extra_info" in e.value["result"]]
    text = label_value_text(passport[0].value)
    assert "passport number: ED999XXXX" in text.splitlines()
    assert "extra info.local language.name: Zhang San" in text.splitlines()
    chile = _success(("RecognizeChileIdCard",))[0]
    assert "surname: FERNANDEZ, GATICA" in label_value_text(chile.value).splitlines()
    plate = _success(("RecognizeThailandLicensePlate",))[0]
    lines = label_value_text(parse_model(plate)).splitlines()
    assert lines[0].startswith("1.plate number: ")
    assert not any("location" in line for line in lines)


# Hand-built answers whose list order is not the reading order.


def _box(text: str, x: int, y: int, width: int | None = None, height: int = 10) -> dict[str, Any]:
    w = width if width is not None else 10 * len(text)
    return {"words": text, "location": [[x, y], [x + w, y], [x + w, y + height], [x, y + height]]}


def _turned(block: dict[str, Any], degrees: int) -> dict[str, Any]:
    """The block as it lies in an image turned anti-clockwise (on screen, y down) by a multiple
    of 90 degrees, moved back into positive coordinates."""
    points = block["location"]
    for _ in range(degrees // 90 % 4):
        points = [[y, 10_000 - x] for x, y in points]
    return {**block, "location": points}


def _general_text(blocks: list[dict[str, Any]], direction: float = -1) -> dict[str, Any]:
    return {
        "result": {
            "direction": direction,
            "words_block_count": len(blocks),
            "words_block_list": blocks,
        }
    }


def _both(answer: dict[str, Any]) -> list[Any]:
    return [answer, models.RecognizeGeneralTextResponse.from_dict(answer)]


def test_lines_given_bottom_first() -> None:
    answer = _general_text([_box("second", 0, 30), _box("line", 70, 30), _box("first", 0, 0)])
    for form in _both(answer):
        assert text_of(form) == "first\nsecond line"


def test_words_given_right_to_left() -> None:
    answer = _general_text([_box("C", 60, 1), _box("B", 30, 0), _box("A", 0, 2)])
    for form in _both(answer):
        assert text_of(form) == "A B C"


def test_two_columns_given_interleaved() -> None:
    left = [_box("left", 0, y) for y in (0, 20, 40)]
    left[1] = _box("left two", 0, 20, width=80)
    right = [_box(f"right{n}", 400, y) for n, y in enumerate((0, 20, 40), start=1)]
    title = _box("A title over both columns", 0, -30, width=500)
    blocks = [right[2], left[0], right[0], title, left[2], right[1], left[1]]
    for form in _both(_general_text(blocks)):
        assert text_of(form) == (
            "A title over both columns\nleft\nleft two\nleft\nright1\nright2\nright3"
        )


def test_three_columns() -> None:
    blocks = [_box(f"c{c}r{r}", 300 * c, 20 * r) for r in range(3) for c in range(3)]
    for form in _both(_general_text(list(reversed(blocks)))):
        assert text_of(form).split("\n") == [f"c{c}r{r}" for c in range(3) for r in range(3)]


def test_a_page_turned_by_an_odd_angle() -> None:
    # Two upright lines turned anti-clockwise by 30 degrees about the origin, rounded to ints.
    def turned(text: str, x: int, y: int) -> dict[str, Any]:
        a = math.radians(30)
        box = _box(text, x, y, width=60, height=10)["location"]
        loc = [
            [
                round(px * math.cos(a) + py * math.sin(a)),
                round(-px * math.sin(a) + py * math.cos(a)),
            ]
            for px, py in box
        ]
        return {"words": text, "location": loc}

    blocks = [turned("d", 70, 20), turned("c", 0, 20), turned("b", 70, 0), turned("a", 0, 0)]
    assert text_of(_general_text(blocks, direction=30)) == "a b\nc d"
    assert text_of(_general_text(blocks)) != "a b\nc d"


def test_a_wide_gap_on_one_line_only_is_not_a_column() -> None:
    answer = _general_text([_box("Total", 0, 0), _box("100", 500, 0), _box("next", 0, 20)])
    assert text_of(answer) == "Total 100\nnext"


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_turned_page_reads_upright(degrees: int) -> None:
    upright = [_box("top", 0, 0), _box("line", 40, 0), _box("bottom", 0, 20), _box("end", 70, 20)]
    blocks = [_turned(b, degrees) for b in reversed(upright)]
    for form in _both(_general_text(blocks, direction=degrees)):
        assert text_of(form) == "top line\nbottom end"


def test_direction_90_sign_convention() -> None:
    # Upright "first" above "second"; the page turned anti-clockwise by 90: the first line is
    # now the leftmost column of text, each line running bottom to top.
    answer = _general_text(
        [
            {"words": "second", "location": [[20, 60], [20, 0], [30, 0], [30, 60]]},
            {"words": "first", "location": [[0, 50], [0, 0], [10, 0], [10, 50]]},
        ],
        direction=90,
    )
    assert text_of(answer) == "first\nsecond"


def test_words_without_a_location_come_last_in_list_order() -> None:
    answer = _general_text([{"words": "x"}, _box("b", 0, 20), {"words": "y"}, _box("a", 0, 0)])
    assert text_of(answer) == "a\nb\nx\ny"


def test_general_table_regions_by_top_and_cells_row_by_row() -> None:
    def cell(text: str, row: int, column: int) -> dict[str, Any]:
        return {"words": text, "rows": [row], "columns": [column], "location": None}

    answer = {
        "result": {
            "words_region_list": [
                {"type": "text", "words_block_list": [_box("after", 0, 500)]},
                {
                    "type": "table",
                    "words_block_list": [
                        {**_box("d", 50, 100), "rows": [1], "columns": [1]},
                        cell("a", 0, 0),
                        cell("c", 1, 0),
                        cell("b", 0, 1),
                    ],
                },
                {"type": "text", "words_block_list": [_box("title", 0, 0)]},
            ]
        }
    }
    for form in (answer, models.RecognizeGeneralTableResponse.from_dict(answer)):
        assert text_of(form) == "title\n\na\tb\nc\td\n\nafter"


def test_smart_document_pages_joined_by_a_blank_line() -> None:
    answer = {
        "result": [
            {"ocr_result": {"words_block_list": [_box("two", 0, 20), _box("one", 0, 0)]}},
            {"kv_result": {"kv_block_list": []}},
            {"ocr_result": {"words_block_list": [_box("three", 0, 0)]}},
        ]
    }
    model = models.RecognizeSmartDocumentRecognizerResponse.from_dict(answer)
    for form in (answer, model, model.result):
        assert text_of(form) == "one\ntwo\n\nthree"
    assert [s.page for s in spans_of(answer)] == [0, 0, 2]


def test_spans_carry_words_and_locations() -> None:
    blocks = [_box("world", 60, 0), _box("hello", 0, 0), {"words": "loose"}]
    for form in _both(_general_text(blocks)):
        text = text_of(form)
        spans = spans_of(form)
        assert text == "hello world\nloose"
        assert [text[s.start : s.end] for s in spans] == ["hello", "world", "loose"]
        assert [s.location for s in spans] == [
            blocks[1]["location"],
            blocks[0]["location"],
            None,
        ]
        assert spans[0].source.words if not isinstance(form, dict) else spans[0].source["words"]


def test_not_a_text_answer() -> None:
    with pytest.raises(ValueError, match="failed call"):
        text_of({"error_code": "AIS.0101", "error_msg": "x"})
    with pytest.raises(ValueError, match="not a General Text"):
        text_of({"something": 1})
    with pytest.raises(TypeError):
        text_of(42)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.integers(1, 6),
    columns=st.integers(1, 4),
    widths=st.lists(st.integers(20, 60), min_size=24, max_size=24),
    jitter=st.lists(st.integers(-4, 4), min_size=24, max_size=24),
    pitch=st.sampled_from([70, 300]),
    degrees=st.sampled_from([0, 90, 180, 270]),
    shuffler=st.randoms(use_true_random=False),
)
def test_random_grid_holds_every_word_once(
    rows: int,
    columns: int,
    widths: list[int],
    jitter: list[int],
    pitch: int,
    degrees: int,
    shuffler: random.Random,
) -> None:
    blocks = []
    order = []
    for r in range(rows):
        for c in range(columns):
            n = r * columns + c
            word = f"w{r}x{c}"
            order.append(word)
            blocks.append(
                _turned(_box(word, c * pitch, r * 30 + jitter[n], widths[n], 20), degrees)
            )
    shuffler.shuffle(blocks)
    answer = _general_text(blocks, direction=degrees if degrees else -1)
    text = text_of(answer)
    _check_lines(answer)
    assert sorted(text.split()) == sorted(order)
    if pitch == 70:  # gaps at most 50 < 3 heights: one column, read row by row
        assert text.split() == order
    elif rows >= 2:  # gaps of at least 240 > 3 heights on every line: columns, one by one
        assert text.split() == [f"w{r}x{c}" for c in range(columns) for r in range(rows)]
    else:  # a single line: a cut no other line shares is not a column
        assert text == " ".join(order)
