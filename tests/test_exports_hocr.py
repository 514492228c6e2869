"""hOCR export (huaweicloud_ocr.exports.hocr), issue 16 point 3: parsed back with xml.etree and
compared with the answer's words and boxes.

The documented examples are read from openapi.yaml at test time, never copied here.
"""

from __future__ import annotations

import copy
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huaweicloud_ocr.errors import ValidationError
from huaweicloud_ocr.exports.hocr import to_hocr
from huaweicloud_ocr.results.locations import location_problems, locations_of
from huaweicloud_ocr.results.text import spans_of, text_of
from tests.golden import Example, examples, load_spec, parse_model

XHTML = "{http://www.w3.org/1999/xhtml}"
TEXT_OPERATIONS = (
    "RecognizeGeneralText",
    "RecognizeWebImage",
    "RecognizeGeneralTable",
    "RecognizeSmartDocumentRecognizer",
)


@dataclass
class Node:
    cls: str
    id: str
    props: dict[str, list[str]]
    text: str
    children: list[Node]


def _props(title: str) -> dict[str, list[str]]:
    found = {}
    for part in title.split(";"):
        name, *values = part.split()
        found[name] = values
    return found


def _tree(element: ET.Element) -> list[Node]:
    nodes = []
    for child in element:
        cls = child.get("class")
        if cls is None:
            nodes.extend(_tree(child))
            continue
        nodes.append(
            Node(
                cls,
                child.get("id", ""),
                _props(child.get("title", "")),
                child.text or "",
                _tree(child),
            )
        )
    return nodes


def _parse(document: str) -> tuple[ET.Element, list[Node]]:
    # Our own output, in a test: no entity declarations can be in it (S314 is about those).
    root = ET.fromstring(document.encode("utf-8"))  # noqa: S314
    assert root.tag == f"{XHTML}html"
    body = root.find(f"{XHTML}body")
    assert body is not None
    pages = _tree(body)
    # The structure hOCR asks for: page > carea > par > line > word, nothing else.
    ids = []
    for page in pages:
        assert page.cls == "ocr_page"
        ids.append(page.id)
        for carea in page.children:
            assert carea.cls == "ocr_carea"
            assert [p.cls for p in carea.children] == ["ocr_par"]
            assert carea.props["bbox"] == carea.children[0].props["bbox"]
            ids += [carea.id, carea.children[0].id]
            for line in carea.children[0].children:
                assert line.cls == "ocr_line"
                assert line.children
                assert all(w.cls == "ocrx_word" and not w.children for w in line.children)
                ids += [line.id] + [w.id for w in line.children]
                assert line.props["bbox"] == _union([w.props["bbox"] for w in line.children])
            lines = [line for line in carea.children[0].children]
            assert carea.props["bbox"] == _union([line.props["bbox"] for line in lines])
    assert len(ids) == len(set(ids))
    return root, pages


def _union(boxes: list[list[str]]) -> list[str]:
    numbers = [[int(v) for v in box] for box in boxes]
    return [
        str(min(b[0] for b in numbers)),
        str(min(b[1] for b in numbers)),
        str(max(b[2] for b in numbers)),
        str(max(b[3] for b in numbers)),
    ]


def _words(pages: list[Node]) -> list[Node]:
    return [
        w
        for p in pages
        for c in p.children
        for line in c.children[0].children
        for w in line.children
    ]


def _lines(pages: list[Node]) -> list[list[str]]:
    return [
        [w.text for w in line.children]
        for p in pages
        for c in p.children
        for line in c.children[0].children
    ]


def _box(location: Any) -> list[str]:
    xs = [p[0] for p in location]
    ys = [p[1] for p in location]
    return [
        str(v)
        for v in (math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys)))
    ]


def _success(operations: tuple[str, ...]) -> list[Example]:
    return [
        e
        for e in examples(load_spec())
        if e.operation_id in operations and e.kind == "response" and e.status == "200"
    ]


def _table_answer() -> dict[str, Any]:
    """The documented General Table answer with a location on every block (it has none)."""
    raw: dict[str, Any] = copy.deepcopy(_success(("RecognizeGeneralTable",))[0].value)
    y = 10
    for region in raw["result"]["words_region_list"]:
        for x, block in enumerate(region["words_block_list"]):
            block["location"] = [
                [200 * x, y],
                [200 * x + 190, y + 3],
                [200 * x + 190, y + 23],
                [200 * x, y + 20],
            ]
        y += 50
    return raw


def _text_answers() -> list[tuple[str, Any]]:
    answers: list[tuple[str, Any]] = []
    for example in _success(TEXT_OPERATIONS):
        model = parse_model(example)
        answers += [(f"{example.id}:dict", example.value), (f"{example.id}:model", model)]
    answers.append(("GeneralTable:with-locations", _table_answer()))
    return answers


@pytest.mark.parametrize(("name", "answer"), _text_answers(), ids=[n for n, _ in _text_answers()])
def test_words_and_boxes_come_back(name: str, answer: Any) -> None:
    root, pages = _parse(to_hocr(answer))
    located = [s for s in spans_of(answer) if s.location is not None]
    words = _words(pages)
    assert [w.text for w in words] == [s.text for s in located]
    for word, span in zip(words, located, strict=True):
        assert span.location is not None
        assert word.props["bbox"] == _box(span.location)
        assert word.props["poly"] == [str(round(v)) for point in span.location for v in point]
        source = span.source if isinstance(span.source, dict) else span.source.to_dict()
        score = source.get("confidence")
        if isinstance(score, int | float):
            assert word.props["x_wconf"] == [str(round(score * 100))]
        else:
            assert "x_wconf" not in word.props
    metas = {m.get("name"): m.get("content") for m in root.iter(f"{XHTML}meta")}
    assert (metas["ocr-system"] or "").startswith("huaweicloud-ocr ")
    capabilities = (metas["ocr-capabilities"] or "").split()
    assert {"ocr_page", "ocr_carea", "ocr_par", "ocr_line", "ocrx_word"} <= set(capabilities)
    assert ("ocrp_wconf" in capabilities) == any("x_wconf" in w.props for w in words)
    assert metas["ocr-number-of-pages"] == str(len(pages))
    if "GeneralTable:200" in name:
        assert words == []  # the documented answer has no locations to place its words by
    else:
        assert words


def test_same_document_from_model_and_dict() -> None:
    for example in _success(TEXT_OPERATIONS):
        model = parse_model(example)
        assert to_hocr(model) == to_hocr(example.value) == to_hocr(model.to_dict())


def test_lines_and_areas_follow_the_reading_order() -> None:
    def block(words: str, x: int, y: int, score: float | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {
            "words": words,
            "location": [[x, y], [x + 40, y], [x + 40, y + 20], [x, y + 20]],
        }
        if score is not None:
            found["confidence"] = score
        return found

    # Given out of order: two lines, then a word of the first line.
    answer = {
        "result": {
            "words_block_list": [
                block("c", 10, 60, 0.5),
                block("a", 10, 10),
                block("d", 60, 60),
                block("b", 60, 12, 0.25),
            ],
        }
    }
    _, pages = _parse(to_hocr(answer))
    assert (
        _lines(pages)
        == [line.split(" ") for line in text_of(answer).split("\n")]
        == [["a", "b"], ["c", "d"]]
    )
    words = {w.text: w for w in _words(pages)}
    assert words["c"].props["x_wconf"] == ["50"]
    assert words["b"].props["x_wconf"] == ["25"]
    assert "x_wconf" not in words["a"].props
    # General Table: an area per region; a table's rows are lines, its cells words.
    table = _table_answer()
    regions = table["result"]["words_region_list"]
    regions[1]["words_block_list"].append(
        {
            "words": "second row",
            "rows": [1],
            "columns": [0],
            "location": [[0, 90], [50, 90], [50, 110], [0, 110]],
        }
    )
    _, pages = _parse(to_hocr(table))
    (page,) = pages
    assert len(page.children) == len(regions)
    table_lines = [
        [w.text for w in line.children] for line in page.children[1].children[0].children
    ]
    assert table_lines == [[b["words"] for b in regions[1]["words_block_list"][:2]], ["second row"]]


def test_pages_of_smart_document_recognizer() -> None:
    def page(word: str, direction: float | None) -> dict[str, Any]:
        ocr: dict[str, Any] = {
            "words_block_list": [
                {"words": word, "location": [[5, 5], [50, 5], [50, 25], [5, 25]], "confidence": 0.9}
            ]
        }
        if direction is not None:
            ocr["direction"] = direction
        return {"ocr_result": ocr}

    answer = {
        "result": [
            page("first", 90),
            {"layout_result": {"layout_block_list": []}},
            page("third", -1),
        ]
    }
    _, pages = _parse(to_hocr(answer, image_size=(800, 600)))
    assert [p.props["ppageno"] for p in pages] == [["0"], ["2"]]
    assert [p.props["bbox"] for p in pages] == [["0", "0", "800", "600"]] * 2
    first_line = pages[0].children[0].children[0].children[0]
    third_line = pages[1].children[0].children[0].children[0]
    assert first_line.props["textangle"] == ["90"]
    assert "textangle" not in third_line.props
    assert [w.text for w in _words(pages)] == ["first", "third"]


@pytest.mark.parametrize("direction", [-1, 0, 45.5, 180, 359, 360, None])
def test_textangle_only_for_a_turned_page(direction: Any) -> None:
    result: dict[str, Any] = {
        "words_block_list": [{"words": "w", "location": [[5, 5], [50, 5], [50, 25], [5, 25]]}]
    }
    if direction is not None:
        result["direction"] = direction
    _, pages = _parse(to_hocr({"result": result}))
    line = pages[0].children[0].children[0].children[0]
    if isinstance(direction, int | float) and 0 < direction < 360:
        assert line.props["textangle"] == [str(direction)]
    else:
        assert "textangle" not in line.props


def test_page_box() -> None:
    answer = {
        "result": {
            "words_block_list": [
                {"words": "w", "location": [[5, 7], [50.5, 5], [50, 25.2], [5, 25]]}
            ]
        }
    }
    _, pages = _parse(to_hocr(answer))
    assert pages[0].props["bbox"] == ["0", "0", "51", "26"]
    assert _words(pages)[0].props["bbox"] == ["5", "5", "51", "26"]
    _, pages = _parse(to_hocr(answer, image_size=(640, 480)))
    assert pages[0].props["bbox"] == ["0", "0", "640", "480"]
    for bad in [(0, 480), (640,), (640.0, 480), "640x480", (True, 480), (640, -1)]:
        with pytest.raises(ValidationError) as caught:
            to_hocr(answer, image_size=bad)  # type: ignore[arg-type]
        assert caught.value.field == "image_size"


def test_escaping() -> None:
    tricky = [
        "<b>&amp;</b>",
        "say \"hi\" & 'bye'",
        "]]>",
        "tab\there",
        "ctl\x01\x1f",
        "x\ud800y",
        "Тест 中文 ไทย",
        "cr\rlf\n",
    ]
    answer = {
        "result": {
            "words_block_list": [
                {
                    "words": w,
                    "location": [[10, 30 * n], [90, 30 * n], [90, 30 * n + 20], [10, 30 * n + 20]],
                }
                for n, w in enumerate(tricky)
            ]
        }
    }
    document = to_hocr(answer, title='A <title> & "quotes"')
    root, pages = _parse(document)
    expected = [
        w.replace("\x01", "\ufffd").replace("\x1f", "\ufffd").replace("\ud800", "\ufffd")
        for w in tricky
    ]
    assert [w.text for w in _words(pages)] == expected
    title = root.find(f"{XHTML}head/{XHTML}title")
    assert title is not None
    assert title.text == 'A <title> & "quotes"'


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12).filter(str.strip), min_size=1, max_size=6))
def test_any_text_parses_back(texts: list[str]) -> None:
    answer = {
        "result": {
            "words_block_list": [
                {
                    "words": w,
                    "location": [[10, 40 * n], [90, 40 * n], [90, 40 * n + 20], [10, 40 * n + 20]],
                }
                for n, w in enumerate(texts)
            ]
        }
    }
    _, pages = _parse(to_hocr(answer))
    kept = ["".join("\ufffd" if _bad_xml(c) else c for c in t) for t in texts]
    assert [w.text for w in _words(pages)] == kept


def _bad_xml(c: str) -> bool:
    n = ord(c)
    return (n < 0x20 and c not in "\t\n\r") or 0xD800 <= n <= 0xDFFF or n in (0xFFFE, 0xFFFF)


def test_unusable_quads_are_left_out_and_reported() -> None:
    good = [[10, 10], [60, 10], [60, 30], [10, 30]]
    answer = {
        "result": {
            "words_block_list": [
                {"words": "kept", "location": good},
                {"words": "three", "location": good[:3]},
                {"words": "nan", "location": [*good[:3], [math.nan, 1]]},
                {"words": "absent"},
            ]
        }
    }
    _, pages = _parse(to_hocr(answer))
    assert [w.text for w in _words(pages)] == ["kept"]
    problems = location_problems(answer)
    assert [p.text for p in problems] == ["three", "nan"]
    with pytest.raises(ValidationError) as caught:
        to_hocr(answer, strict=True)
    assert caught.value.field == problems[0].path == "/result/words_block_list/1/location"
    del answer["result"]["words_block_list"][1:3]
    assert to_hocr(answer, strict=True) == to_hocr(answer)


def test_answers_without_word_blocks() -> None:
    plate = _success(("RecognizeThailandLicensePlate",))[0]
    for answer in (plate.value, parse_model(plate)):
        _, pages = _parse(to_hocr(answer))
        texts = [b.text for b in locations_of(answer) if b.text]
        assert texts
        assert [w.text for w in _words(pages)] == texts
        for word, box in zip(
            _words(pages), [b for b in locations_of(answer) if b.text], strict=True
        ):
            assert word.props["bbox"] == _box(box.quad)
            assert word.props["x_wconf"] == [str(round((box.confidence or 0) * 100))]
    # ID-card field locations become words; a portrait alone gives an empty page.
    vietnam = copy.deepcopy(_success(("RecognizeVietnamIdCard",))[0].value)
    _, pages = _parse(to_hocr(vietnam))
    assert _words(pages) == []
    assert len(pages) == 1
    fields = [
        k
        for k, v in vietnam["result"].items()
        if isinstance(v, str) and v.strip() and k != "portrait_image"
    ]
    vietnam["result"]["text_location"] = {
        name: [[5, 30 * n], [80, 30 * n], [80, 30 * n + 20], [5, 30 * n + 20]]
        for n, name in enumerate(fields)
    }
    _, pages = _parse(to_hocr(vietnam))
    assert [w.text for w in _words(pages)] == [vietnam["result"][f] for f in fields]


def test_not_answers() -> None:
    with pytest.raises(ValueError, match="failed call"):
        to_hocr({"error_code": "AIS.0103", "error_msg": "bad image"})
    with pytest.raises(TypeError):
        to_hocr(3)
