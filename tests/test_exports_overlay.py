"""Locations (huaweicloud_ocr.results.locations) and overlays (huaweicloud_ocr.exports.overlay),
issue 16 point 1.

The documented examples are read from openapi.yaml at test time, never copied here. Pixels are
checked on a white canvas: each quadrilateral's edges carry its colour, nothing is drawn away
from the edges, and a rotated quadrilateral's axis-aligned box stays blank.
"""

from __future__ import annotations

import copy
import io
import math
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw

from huaweicloud_ocr.errors import OcrError, ValidationError
from huaweicloud_ocr.exports import MissingExtraError
from huaweicloud_ocr.exports.overlay import (
    CONFIDENCE_COLOURS,
    KIND_COLOURS,
    NO_SCORE_COLOUR,
    colour_of,
    draw_overlay,
    label_of,
)
from huaweicloud_ocr.results.locations import (
    KINDS,
    Located,
    location_problems,
    locations_of,
    scan_locations,
)
from tests.golden import Example, examples, load_spec, parse_model

WHITE = (255, 255, 255)
Quad = Sequence[Sequence[float]]


def _raw_locations(value: Any, path: str = "", characters: bool = False) -> list[str]:
    """JSON Pointers of every location value in the raw JSON (read here, independently)."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, child in value.items():
            where = f"{path}/{key}"
            if key in ("confidence", "alarm_confidence") or child is None:
                continue
            if key == "location" or key.endswith("_location"):
                if key == "char_location" and not characters:
                    continue
                if isinstance(child, dict):
                    found.extend(f"{where}/{k}" for k, v in child.items() if v is not None)
                else:
                    found.append(where)
            elif key != "char_list" or characters:
                found.extend(_raw_locations(child, where, characters))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found.extend(_raw_locations(child, f"{path}/{i}", characters))
    return found


def _located_examples() -> list[Example]:
    return [
        e
        for e in examples(load_spec())
        if e.kind == "response" and e.status == "200" and _raw_locations(e.value)
    ]


def _at(value: Any, pointer: str) -> Any:
    for part in pointer.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


_EXPECTED_KIND = [
    (r"/ocr_result/words_block_list/\d+/location$", "word"),
    (r"^/result/words_block_list/\d+/location$", "word"),
    (r"/char_location$", "char"),
    (r"/layout_block_list/\d+/location$", "layout"),
    (r"/(form|table)_list/\d+/location$", "table"),
    (r"/formula_list/\d+/location$", "formula"),
    (r"/kv_block_list/\d+/words_block_list/\d+/location$", "key_value"),
    (r"/portrait_location$", "portrait"),
    (r"/plate_location$", "plate"),
    (r"^/result/location$", "document"),
]


def _expected_kind(path: str) -> str:
    return next(kind for pattern, kind in _EXPECTED_KIND if re.search(pattern, path))


# --- locations_of -----------------------------------------------------------------------------


def test_documented_locations_cover_the_expected_operations() -> None:
    assert {e.operation_id for e in _located_examples()} == {
        "RecognizeGeneralText",
        "RecognizeSmartDocumentRecognizer",
        "RecognizeAutoIdDocClassification",
        "RecognizeWebImage",
        "RecognizeThailandIdcard",
        "RecognizeCambodianIdCard",
        "RecognizeMyanmarIdcard",
        "RecognizeVietnamIdCard",
        "RecognizePeruIdCard",
        "RecognizeThailandLicensePlate",
    }


@pytest.mark.parametrize("example", _located_examples(), ids=lambda e: e.id)
@pytest.mark.parametrize("characters", [False, True])
def test_documented_locations(example: Example, characters: bool) -> None:
    model = parse_model(example)
    boxes = locations_of(example.value, characters=characters)
    assert locations_of(model, characters=characters) == boxes
    assert locations_of(model.to_dict(), characters=characters) == boxes
    assert location_problems(model, characters=characters) == []
    assert [b.path for b in boxes] == _raw_locations(example.value, characters=characters)
    for box in boxes:
        raw = _at(example.value, box.path)
        assert [list(p) for p in box.quad] == raw
        assert all(isinstance(v, float) for p in box.quad for v in p)
        assert box.kind == _expected_kind(box.path), box.path
        parent = _at(example.value, box.path.rsplit("/", 1)[0])
        if box.kind == "char":
            assert box.text == parent["char"]
            assert box.confidence == parent.get("char_confidence")
        elif box.kind in ("word", "key_value"):
            assert box.text == parent["words"]
        elif box.kind == "plate":
            assert box.text == parent["plate_number"]
        elif box.kind in ("portrait", "table", "document"):
            assert box.text is None
        if box.kind in ("word", "plate", "document"):
            assert box.confidence == parent.get("confidence")
        if box.kind == "portrait":
            scores = parent.get("confidence")
            expected = scores.get("portrait_location") if isinstance(scores, dict) else None
            assert box.confidence == expected
        is_sdr = example.operation_id == "RecognizeSmartDocumentRecognizer"
        assert box.page == (int(box.path.split("/")[2]) if is_sdr else None)


def _example(operation_id: str) -> Example:
    return next(
        e
        for e in _located_examples()
        if e.operation_id == operation_id and e.kind == "response" and e.status == "200"
    )


def test_labels_of_documented_boxes() -> None:
    sdr = _example("RecognizeSmartDocumentRecognizer").value
    boxes = locations_of(sdr)
    for box in boxes:
        parent = _at(sdr, box.path.rsplit("/", 1)[0])
        if box.kind in ("layout", "formula", "key_value"):
            assert box.label == parent.get("type", box.kind)
        if box.kind == "table":
            assert box.label == ("form" if "/form_list/" in box.path else "table")
    assert {b.label for b in boxes if b.kind == "key_value"} == {"key", "value"}
    auto = _example("RecognizeAutoIdDocClassification").value
    (document,) = locations_of(auto)
    assert (document.label, document.confidence) == (
        auto["result"]["type"],
        auto["result"]["confidence"],
    )


def test_text_location_maps_fields_to_quads() -> None:
    for operation in ("RecognizeVietnamIdCard", "RecognizeThailandIdcard"):
        raw = copy.deepcopy(_example(operation).value)
        result = raw["result"]
        fields = [k for k, v in result.items() if isinstance(v, str) and k != "portrait_image"]
        result["text_location"] = {
            name: [[10 * n, 5], [10 * n + 8, 5], [10 * n + 8, 9], [10 * n, 9]]
            for n, name in enumerate(fields)
        }
        for answer in (raw, parse_model(_with_raw(_example(operation), raw))):
            boxes = [b for b in locations_of(answer) if b.kind == "field"]
            assert [b.label for b in boxes] == fields
            scores = result.get("confidence") or {}
            for n, box in enumerate(boxes):
                assert box.text == result[box.label]
                assert box.path == f"/result/text_location/{box.label}"
                assert box.quad[0] == (10.0 * n, 5.0)
                assert box.confidence == scores.get(box.label)


def _with_raw(example: Example, raw: Any) -> Example:
    return Example(
        example.operation_id, example.kind, example.status, example.name, raw, example.schema
    )


def _table_answer() -> dict[str, Any]:
    """A General Table answer with locations (the documented one has none), built from it."""
    raw: dict[str, Any] = copy.deepcopy(
        next(
            e.value
            for e in examples(load_spec())
            if e.operation_id == "RecognizeGeneralTable" and e.status == "200"
        )
    )
    y = 10
    for region in raw["result"]["words_region_list"]:
        for x, block in enumerate(region["words_block_list"]):
            block["location"] = [
                [100 * x, y],
                [100 * x + 90, y],
                [100 * x + 90, y + 20],
                [100 * x, y + 20],
            ]
            if region["type"] == "table":
                block["cell_location"] = [
                    [100 * x - 2, y - 2],
                    [100 * x + 92, y - 2],
                    [100 * x + 92, y + 22],
                    [100 * x - 2, y + 22],
                ]
                block["words_list"] = [
                    {
                        "words": word,
                        "confidence": 0.5,
                        "location": [
                            [100 * x + 10 * i, y],
                            [100 * x + 10 * i + 8, y],
                            [100 * x + 10 * i + 8, y + 20],
                            [100 * x + 10 * i, y + 20],
                        ],
                    }
                    for i, word in enumerate(block["words"].split()[:2])
                ]
        y += 40
    return raw


def test_general_table_words_cells_and_cell_words() -> None:
    raw = _table_answer()
    boxes = locations_of(raw)
    regions = raw["result"]["words_region_list"]
    for box in boxes:
        region = regions[int(box.path.split("/")[3])]
        block = _at(raw, "/".join(box.path.split("/")[:6]))
        if box.path.endswith("/cell_location") or (
            region["type"] == "table" and "/words_list/" not in box.path
        ):
            assert box.kind == "cell"
            assert box.text == block["words"]
            assert box.confidence == block["confidence"]
        else:
            assert box.kind == "word"
            assert box.text == _at(raw, box.path.rsplit("/", 1)[0])["words"]
    kinds = [b.kind for b in boxes]
    assert kinds.count("cell") == 2 * sum(
        len(r["words_block_list"]) for r in regions if r["type"] == "table"
    )
    # An area without a type is a table when its blocks have rows or columns.
    del regions[1]["type"]
    assert [b.kind for b in locations_of(raw)] == kinds
    regions[1]["type"] = "text"
    assert "cell" in {b.kind for b in locations_of(raw)}  # cell_location is still a cell
    assert not any(b.kind == "cell" and b.path.endswith("/location") for b in locations_of(raw))


BAD_QUADS = [
    ([[1, 2], [3, 4], [5, 6]], "four"),
    ([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]], "four"),
    ([[1, 2], [3, 4], [5, 6], [7]], "point 3"),
    ([[1, 2], [3, True], [5, 6], [7, 8]], "point 1"),
    ([[1, 2], [3, 4], [math.nan, 6], [7, 8]], "point 2"),
    ([[1, 2], [3, 4], [5, 6], [math.inf, 8]], "point 3"),
    ([[1, 2], ["3", 4], [5, 6], [7, 8]], "point 1"),
    ("1,2,3,4", "list of four"),
    ({"x": 1}, "list of four"),
    (12, "list of four"),
]


@pytest.mark.parametrize(("bad", "reason"), BAD_QUADS, ids=[repr(b)[:30] for b, _ in BAD_QUADS])
def test_unusable_quads_are_reported_not_drawn(bad: Any, reason: str) -> None:
    good = [[10, 10], [60, 10], [60, 30], [10, 30]]
    answer = {
        "result": {
            "words_block_list": [
                {"words": "kept", "location": good, "confidence": 0.9},
                {"words": "bad", "location": bad, "confidence": 0.9},
                {"words": "absent", "confidence": 0.9},
                {"words": "null", "location": None},
            ]
        }
    }
    scan = scan_locations(answer)
    assert [b.text for b in scan.located] == ["kept"]
    (problem,) = scan.problems
    assert problem.path == "/result/words_block_list/1/location"
    assert (problem.kind, problem.text) == ("word", "bad")
    assert reason in problem.reason
    canvas = Image.new("RGB", (100, 60), WHITE)
    only_good = draw_overlay(
        canvas, {"result": {"words_block_list": [answer["result"]["words_block_list"][0]]}}
    )
    assert draw_overlay(canvas, answer).tobytes() == only_good.tobytes()


def test_not_answers() -> None:
    with pytest.raises(ValueError, match="failed call"):
        locations_of({"error_code": "AIS.0103", "error_msg": "bad image"})
    with pytest.raises(ValueError, match="failed call"):
        locations_of({"result": {"error_code": "AIS.0103", "error_msg": "bad image"}})
    with pytest.raises(TypeError):
        locations_of(42)
    assert locations_of({"result": {"name": "no locations"}}) == []


# --- pixels -----------------------------------------------------------------------------------


def _distance(px: float, py: float, quad: Quad) -> float:
    """The distance from a point to the nearest edge of a quadrilateral."""
    best = math.inf
    for (ax, ay), (bx, by) in zip(quad, [*quad[1:], quad[0]], strict=True):
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
        best = min(best, math.hypot(px - (ax + t * dx), py - (ay + t * dy)))
    return best


def _around(image: Image.Image, x: int, y: int) -> set[Any]:
    """The colours of the pixel at (x, y) and its eight neighbours: Pillow places a thin line
    up to a pixel off a point rounded from the exact edge."""
    return {
        image.getpixel((x + dx, y + dy))
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
        if 0 <= x + dx < image.width and 0 <= y + dy < image.height
    }


def _canvas_for(boxes: Iterable[Located], margin: int = 40) -> Image.Image:
    boxes = list(boxes)
    width = max([int(x) for b in boxes for x, _ in b.quad] + [0]) + margin
    height = max([int(y) for b in boxes for _, y in b.quad] + [0]) + margin
    return Image.new("RGB", (width, height), WHITE)


def _check_pixels(
    before: Image.Image,
    after: Image.Image,
    boxes: list[Located],
    colours: list[tuple[int, int, int]],
    width: int,
) -> int:
    """Assert every edge of every box is drawn in a colour of a box through that pixel, and
    nothing away from the edges; return how many axis-aligned box corners were checked blank."""
    reach = width / 2 + 1.5
    for box in boxes:
        quad = box.quad
        for a, b in zip(quad, [*quad[1:], quad[0]], strict=True):
            for t in (0.25, 0.5, 0.75):
                x, y = round(a[0] + t * (b[0] - a[0])), round(a[1] + t * (b[1] - a[1]))
                allowed = {
                    c
                    for o, c in zip(boxes, colours, strict=True)
                    if _distance(x, y, o.quad) <= reach
                }
                assert _around(after, x, y) & allowed, (box.path, (x, y))
    # Nothing changed further from an edge than the line reaches.
    band = Image.new("L", before.size, 0)
    pen = ImageDraw.Draw(band)
    for box in boxes:
        # Corners rounded as the overlay rounds them (Pillow would truncate floats).
        rounded = [(round(x), round(y)) for x, y in box.quad]
        pen.line([*rounded, rounded[0]], fill=255, width=width + 4)
        r = width / 2 + 2
        for cx, cy in rounded:
            pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    changed = ImageChops.difference(before, after).convert("L").point(lambda v: 255 if v else 0)
    assert changed.getbbox() is not None or not boxes
    assert ImageChops.subtract(changed, band).getbbox() is None
    # The corners of a rotated quadrilateral's axis-aligned box are not drawn: quads, not boxes.
    corners = 0
    for box in boxes:
        xs, ys = [p[0] for p in box.quad], [p[1] for p in box.quad]
        for fx, fy in (
            (min(xs), min(ys)),
            (max(xs), min(ys)),
            (max(xs), max(ys)),
            (min(xs), max(ys)),
        ):
            if all(_distance(fx, fy, o.quad) > reach + 1 for o in boxes):
                assert after.getpixel((round(fx), round(fy))) == WHITE
                corners += 1
    return corners


@pytest.mark.parametrize("example", _located_examples(), ids=lambda e: e.id)
@pytest.mark.parametrize("colour_by", ["kind", "confidence"])
def test_documented_overlays(example: Example, colour_by: Any) -> None:
    model = parse_model(example)
    kinds = KINDS if example.operation_id == "RecognizeGeneralText" else None
    boxes = locations_of(model, characters=kinds is not None)
    canvas = _canvas_for(boxes)
    before = canvas.copy()
    drawn = draw_overlay(canvas, model, colour_by=colour_by, line_width=3, kinds=kinds)
    assert canvas.tobytes() == before.tobytes()  # the caller's image is left alone
    assert drawn is not canvas
    assert drawn.size == canvas.size
    assert drawn.mode == "RGB"
    colours = [colour_of(b, colour_by) for b in boxes]
    corners = _check_pixels(before, drawn, boxes, colours, 3)
    if example.operation_id in ("RecognizeWebImage", "RecognizeGeneralText"):
        assert corners >= 4  # their words are rotated


def test_default_width_draws_each_edge() -> None:
    quad = [[20, 40], [70, 10], [90, 45], [40, 75]]
    answer = {"result": {"words_block_list": [{"words": "tilted", "location": quad}]}}
    boxes = locations_of(answer)
    canvas = Image.new("RGB", (120, 100), WHITE)
    drawn = draw_overlay(canvas, answer)
    assert _check_pixels(canvas, drawn, boxes, [KIND_COLOURS["word"]], 2) == 4
    # Ten points along every edge carry the word colour.
    for a, b in zip(quad, [*quad[1:], quad[0]], strict=True):
        for t in range(1, 10):
            x, y = round(a[0] + t / 10 * (b[0] - a[0])), round(a[1] + t / 10 * (b[1] - a[1]))
            assert KIND_COLOURS["word"] in _around(drawn, x, y)
    assert drawn.getpixel((55, 42)) == WHITE  # inside stays as it was


@settings(max_examples=40, deadline=None)
# Drawn a pixel and a half off its edge while Pillow truncated the float corners:
@example(cx=89, cy=140, w=35, h=28, degrees=71.0, width=2)
@given(
    cx=st.integers(40, 160),
    cy=st.integers(40, 160),
    w=st.integers(12, 35),
    h=st.integers(12, 35),
    degrees=st.floats(5, 85),
    width=st.integers(1, 4),
)
def test_random_rotated_rectangles(
    cx: int, cy: int, w: int, h: int, degrees: float, width: int
) -> None:
    a = math.radians(degrees)
    corners = [(-w, -h), (w, -h), (w, h), (-w, h)]
    quad = [
        [
            round(cx + x * math.cos(a) - y * math.sin(a), 2),
            round(cy + x * math.sin(a) + y * math.cos(a), 2),
        ]
        for x, y in corners
    ]
    answer = {"result": {"words_block_list": [{"words": "w", "location": quad, "confidence": 0.6}]}}
    boxes = locations_of(answer)
    canvas = Image.new("RGB", (220, 220), WHITE)
    drawn = draw_overlay(canvas, answer, line_width=max(width, 2), colour_by="confidence")
    colour = colour_of(boxes[0], "confidence")
    assert colour == next(c for bound, c in CONFIDENCE_COLOURS if bound <= 0.6)
    _check_pixels(canvas, drawn, boxes, [colour], max(width, 2))


def test_colours() -> None:
    quad = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))

    def box(score: float | None, kind: str = "word") -> Located:
        return Located(kind, kind, "x", quad, score, "/x")

    bands = sorted(CONFIDENCE_COLOURS)
    for n, (bound, colour) in enumerate(bands):
        assert colour_of(box(bound), "confidence") == colour  # equal passes
        top = bands[n + 1][0] if n + 1 < len(bands) else 1.0
        assert colour_of(box((bound + top) / 2), "confidence") == colour
        if n:
            assert colour_of(box(bound - 1e-9), "confidence") == bands[n - 1][1]
    assert colour_of(box(0.95), "confidence") == (0, 170, 0)
    assert colour_of(box(0.1), "confidence") == (220, 0, 0)
    assert colour_of(box(None), "confidence") == NO_SCORE_COLOUR
    assert set(KIND_COLOURS) == set(KINDS)
    assert len(set(KIND_COLOURS.values())) == len(KINDS)
    for kind in KINDS:
        assert colour_of(box(0.5, kind)) == KIND_COLOURS[kind]


def test_kinds_and_page_choose_what_is_drawn() -> None:
    example = _example("RecognizeSmartDocumentRecognizer")
    boxes = locations_of(example.value)
    canvas = _canvas_for(boxes)
    only = draw_overlay(canvas, example.value, kinds={"layout"}, line_width=3)
    layout = [b for b in boxes if b.kind == "layout"]
    _check_pixels(canvas, only, layout, [KIND_COLOURS["layout"]] * len(layout), 3)
    page = boxes[-1].page
    assert page is not None
    on_page = [b for b in boxes if b.page == page]
    drawn = draw_overlay(canvas, example.value, page=page, line_width=3)
    _check_pixels(canvas, drawn, on_page, [colour_of(b) for b in on_page], 3)
    assert draw_overlay(canvas, example.value, page=99).tobytes() == canvas.tobytes()
    assert draw_overlay(canvas, example.value, kinds=()).tobytes() == canvas.tobytes()


def test_labels() -> None:
    quad = [[30, 40], [110, 40], [110, 60], [30, 60]]
    answer = {
        "result": {
            "words_block_list": [{"words": "Total 12", "location": quad, "confidence": 0.875}]
        }
    }
    (box,) = locations_of(answer)
    assert label_of(box) == ""
    assert label_of(box, show_text=True) == "Total 12"
    assert label_of(box, show_confidence=True) == "0.88"
    assert label_of(box, show_text=True, show_confidence=True) == "Total 12 0.88"
    portrait = Located("portrait", "portrait", None, box.quad, None, "/p")
    assert label_of(portrait, show_text=True, show_confidence=True) == "portrait -"
    canvas = Image.new("RGB", (160, 100), WHITE)
    plain = draw_overlay(canvas, answer)
    labelled = draw_overlay(canvas, answer, show_text=True, show_confidence=True)
    changed = ImageChops.difference(plain, labelled).getbbox()
    assert changed is not None
    left, top, _right, bottom = changed
    # The label sits just above the first corner, in the box's colour with white text.
    assert left <= 30
    assert bottom <= 40
    assert top >= 0
    region = labelled.crop(changed)
    colours = {c for _, c in region.getcolors(1 << 16) or []}
    assert KIND_COLOURS["word"] in colours
    assert WHITE in colours
    # No room above the top edge: the label goes below the first corner.
    low = {
        "result": {
            "words_block_list": [
                {"words": "Top", "location": [[30, 2], [110, 2], [110, 20], [30, 20]]}
            ]
        }
    }
    moved = ImageChops.difference(
        draw_overlay(canvas, low), draw_overlay(canvas, low, show_text=True)
    ).getbbox()
    assert moved is not None
    assert moved[1] > 2


def test_images_in_every_form(tmp_path: Path) -> None:
    answer = {
        "result": {
            "words_block_list": [{"words": "w", "location": [[5, 5], [40, 8], [38, 30], [4, 28]]}]
        }
    }
    source = Image.new("RGB", (50, 40), WHITE)
    expected = draw_overlay(source, answer).tobytes()
    data = io.BytesIO()
    source.save(data, "PNG")
    path = tmp_path / "page.png"
    path.write_bytes(data.getvalue())
    for image in (path, str(path), data.getvalue(), io.BytesIO(data.getvalue())):
        assert draw_overlay(image, answer).tobytes() == expected
    grey = Image.new("L", (50, 40), 255)
    assert draw_overlay(grey, answer).mode == "RGB"
    assert grey.getextrema() == (255, 255)
    clear = Image.new("RGBA", (50, 40), (255, 255, 255, 0))
    drawn = draw_overlay(clear, answer)
    assert drawn.mode == "RGBA"
    assert drawn.getpixel((0, 0)) == (255, 255, 255, 0)
    assert clear.getchannel("A").getextrema() == (0, 0)


def test_bad_arguments_name_the_field(tmp_path: Path) -> None:
    answer: dict[str, Any] = {"result": {"words_block_list": []}}
    canvas = Image.new("RGB", (10, 10), WHITE)
    cases: list[tuple[dict[str, Any], Any, str]] = [
        ({"kinds": ["word", "words"]}, canvas, "kinds"),
        ({"kinds": "word"}, canvas, "kinds"),
        ({"colour_by": "colour"}, canvas, "colour_by"),
        ({"line_width": 0}, canvas, "line_width"),
        ({"line_width": 2.5}, canvas, "line_width"),
        ({"page": -1}, canvas, "page"),
        ({"show_text": True, "font": tmp_path / "missing.ttf"}, canvas, "font"),
        ({"show_text": True, "font": 12}, canvas, "font"),
        ({}, b"not an image", "image"),
        ({}, tmp_path, "image"),
        ({}, 3.5, "image"),
    ]
    label_answer = {
        "result": {
            "words_block_list": [{"words": "w", "location": [[1, 1], [5, 1], [5, 5], [1, 5]]}]
        }
    }
    for options, image, field in cases:
        with pytest.raises(ValidationError) as caught:
            draw_overlay(image, label_answer if "font" in options else answer, **options)
        assert caught.value.field == field, options
        assert isinstance(caught.value, OcrError)


def test_missing_pillow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PIL", "PIL.Image", "PIL.ImageDraw", "PIL.ImageFont"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(MissingExtraError) as caught:
        draw_overlay(b"", {"result": {}})
    assert 'pip install "huaweicloud-ocr[pillow]"' in str(caught.value)
    assert isinstance(caught.value, OcrError)
    assert isinstance(caught.value, ImportError)
    assert (caught.value.extra, caught.value.module) == ("pillow", "Pillow")
