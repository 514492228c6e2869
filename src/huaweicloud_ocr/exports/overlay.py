"""What was recognised, drawn on the image (issue 16, point 1). Needs Pillow, an optional
extra: `pip install "huaweicloud-ocr[pillow]"`.

    from huaweicloud_ocr.exports.overlay import draw_overlay

    picture = draw_overlay("page.png", answer, show_text=True, show_confidence=True)
    picture.save("page-overlay.png")

Every quadrilateral `results.locations.locations_of` finds (words, table cells, layout blocks,
tables and forms, formulas, key-value boxes, portraits, plates, ID-card field locations, the
located document) is drawn as the four-sided outline it is, corner to corner in the order the
answer gives them, never as an axis-aligned box: a rotated word is drawn rotated. The line is
centred on each edge, `line_width` pixels wide, with rounded joints, not antialiased.

Colours (RGB), `colour_by="kind"` (`KIND_COLOURS`): word blue, char light blue, cell orange,
table brown, layout violet, formula teal, key_value magenta, portrait crimson, plate green,
field navy, document gold, item grey. `colour_by="confidence"` (`CONFIDENCE_COLOURS`, the first
band whose lower bound the score reaches, equal included): 0.9 and above green, from 0.7 yellow,
from 0.5 orange, below 0.5 red; no score (`NO_SCORE_COLOUR`) grey.

Choices:

* the image is a path, bytes, a binary file object or a Pillow image; it is never changed: the
  drawing is on a copy, in RGB (RGBA when the image has an alpha band, which is kept); the
  pixels are used as stored: an EXIF orientation tag is not applied (the documents do not say
  whether the service applies it before locating);
* `kinds` chooses what to draw (default: every kind but `char`, which only Smart Document
  Recognizer and General Text give on request and which would hide the words); `page` chooses
  one Smart Document Recognizer result item (default: all of them);
* labels (`show_text`, `show_confidence`) are drawn in a box of the quadrilateral's colour, in
  white, just above its first corner (below it when there is no room above): the text, or the
  label when the answer gives no text (a portrait, a table), then the score to two decimals.
  The default font is Pillow's built-in one (`ImageFont.load_default`), which has Latin glyphs
  only: Chinese, Thai, Khmer or Burmese text shows as empty boxes or not at all. Pass `font`
  (a path to a TrueType/OpenType font that has the script, or a Pillow font) for them;
* locations the answer gives in a shape that is not a quadrilateral are not drawn: ask
  `results.locations.location_problems` for them.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, Literal

from huaweicloud_ocr.errors import ValidationError
from huaweicloud_ocr.exports import MissingExtraError
from huaweicloud_ocr.images import read_source
from huaweicloud_ocr.results.locations import KINDS, Located, locations_of

if TYPE_CHECKING:
    from PIL import Image, ImageFont

__all__ = [
    "CONFIDENCE_COLOURS",
    "EXTRA",
    "KIND_COLOURS",
    "NO_SCORE_COLOUR",
    "colour_of",
    "draw_overlay",
    "label_of",
]

EXTRA = "pillow"
"""The extra that installs Pillow."""

Colour = tuple[int, int, int]

KIND_COLOURS: Mapping[str, Colour] = {
    "word": (0, 90, 255),
    "char": (0, 190, 255),
    "cell": (255, 140, 0),
    "table": (140, 70, 20),
    "layout": (150, 0, 210),
    "formula": (0, 128, 128),
    "key_value": (230, 0, 230),
    "portrait": (220, 20, 60),
    "plate": (0, 160, 0),
    "field": (0, 0, 140),
    "document": (210, 170, 0),
    "item": (110, 110, 110),
}
CONFIDENCE_COLOURS: tuple[tuple[float, Colour], ...] = (
    (0.9, (0, 170, 0)),
    (0.7, (200, 170, 0)),
    (0.5, (255, 120, 0)),
    (0.0, (220, 0, 0)),
)
NO_SCORE_COLOUR: Colour = (128, 128, 128)

_DEFAULT_KINDS = frozenset(KINDS) - {"char"}


def _pillow() -> Any:
    """The PIL package with Image, ImageDraw and ImageFont loaded, or MissingExtraError."""
    try:
        import PIL.Image
        import PIL.ImageDraw
        import PIL.ImageFont
    except ImportError:
        raise MissingExtraError(EXTRA, "Pillow", "Drawing an overlay") from None
    return PIL


def colour_of(box: Located, colour_by: Literal["kind", "confidence"] = "kind") -> Colour:
    """The colour `draw_overlay` gives a box (see the module docstring)."""
    if colour_by == "kind":
        return KIND_COLOURS.get(box.kind, KIND_COLOURS["item"])
    if colour_by == "confidence":
        if box.confidence is None:
            return NO_SCORE_COLOUR
        return next(c for bound, c in CONFIDENCE_COLOURS if box.confidence >= bound)
    raise ValidationError(
        "colour_by", f"{colour_by!r} is not a colouring", '"kind" or "confidence"'
    )


def label_of(box: Located, *, show_text: bool = False, show_confidence: bool = False) -> str:
    """The label `draw_overlay` writes by a box: its text (or, without text, its label) and/or
    its score to two decimals ("-" when it has none); "" when neither is asked for."""
    parts = []
    if show_text:
        parts.append(" ".join((box.text if box.text is not None else box.label).split()))
    if show_confidence:
        parts.append("-" if box.confidence is None else f"{box.confidence:.2f}")
    return " ".join(p for p in parts if p)


def draw_overlay(
    image: str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | Image.Image,
    answer: Any,
    *,
    kinds: Iterable[str] | None = None,
    page: int | None = None,
    show_text: bool = False,
    show_confidence: bool = False,
    colour_by: Literal["kind", "confidence"] = "kind",
    line_width: int = 2,
    font: Any = None,
    font_size: int = 14,
) -> Image.Image:
    """A copy of `image` with every location of `answer` drawn as its quadrilateral.

    `image` is a path, bytes, a binary file object or a Pillow image (left as it is);
    `answer` a response or result model, or a saved dict (what `locations_of` takes). `kinds`
    is a subset of `results.locations.KINDS` (default: all but "char"); `page` one Smart
    Document Recognizer result item (default: all). `font` is a path to a TrueType/OpenType font
    or a Pillow font, `font_size` its size (also the size of the default font).

    Raises `MissingExtraError` without Pillow, `ValidationError` for an argument out of its
    rule or an image Pillow cannot read, and what `locations_of` raises for the answer.
    """
    pil = _pillow()
    chosen = _kinds(kinds)
    if colour_by not in ("kind", "confidence"):
        raise ValidationError(
            "colour_by", f"{colour_by!r} is not a colouring", '"kind" or "confidence"'
        )
    if isinstance(line_width, bool) or not isinstance(line_width, int) or line_width < 1:
        raise ValidationError("line_width", f"{line_width!r} is not a width", "an int of 1 or more")
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 0):
        raise ValidationError(
            "page", f"{page!r} is not a page index", "None or an int of 0 or more"
        )
    boxes = [
        box
        for box in locations_of(answer, characters="char" in chosen)
        if box.kind in chosen and (page is None or box.page == page)
    ]
    picture = _copy(pil, image)
    draw = pil.ImageDraw.Draw(picture)
    for box in boxes:
        # Round the way once more so that the first corner gets a joint like the others.
        # Rounded here: Pillow truncates float coordinates, drawing up to a pixel up and left.
        corners = [(round(x), round(y)) for x, y in box.quad]
        points = [*corners, corners[0], corners[1]]
        draw.line(points, fill=colour_of(box, colour_by), width=line_width, joint="curve")
    if show_text or show_confidence:
        face = _font(pil, font, font_size)
        for box in boxes:
            text = label_of(box, show_text=show_text, show_confidence=show_confidence)
            if text:
                _label(draw, box, text, colour_of(box, colour_by), face, line_width)
    result: Image.Image = picture
    return result


def _kinds(kinds: Iterable[str] | None) -> frozenset[str]:
    if kinds is None:
        return _DEFAULT_KINDS
    if isinstance(kinds, str):
        raise ValidationError("kinds", f"{kinds!r} is a string", "a collection of kinds")
    chosen = frozenset(kinds)
    unknown = sorted(map(repr, chosen - set(KINDS)))
    if unknown:
        raise ValidationError("kinds", f"unknown kind {', '.join(unknown)}", f"one of {KINDS}")
    return chosen


def _copy(pil: Any, image: Any) -> Any:
    """The image as a new RGB (or RGBA) Pillow image; the argument is never changed."""
    if not isinstance(image, pil.Image.Image):
        data = read_source(image, "image")
        try:
            opened = pil.Image.open(io.BytesIO(data))
            opened.load()
        except (pil.UnidentifiedImageError, OSError, ValueError) as exc:
            raise ValidationError(
                "image", f"Pillow cannot read it ({exc})", "an image format Pillow reads"
            ) from None
        image = opened
    mode = "RGBA" if "A" in image.getbands() else "RGB"
    # convert() returns a new image even when the mode is already right.
    return image.convert(mode)


def _font(pil: Any, font: Any, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if font is None:
        return pil.ImageFont.load_default(size)  # type: ignore[no-any-return]
    if isinstance(font, str | os.PathLike):
        try:
            return pil.ImageFont.truetype(os.fspath(font), size)  # type: ignore[no-any-return]
        except OSError as exc:
            raise ValidationError(
                "font", f"cannot load {font!r} ({exc})", "a TrueType or OpenType file"
            ) from None
    if isinstance(font, pil.ImageFont.FreeTypeFont | pil.ImageFont.ImageFont):
        return font  # type: ignore[no-any-return]
    raise ValidationError(
        "font", f"a {type(font).__name__} is not a font", "a font path or a Pillow font"
    )


def _label(draw: Any, box: Located, text: str, colour: Colour, font: Any, width: int) -> None:
    x, y = box.quad[0]
    left, top, right, bottom = draw.textbbox((x, y), text, font=font, anchor="lb")
    height = bottom - top
    pad = 2
    # Above the corner, or below it when there is no room above.
    y_text = y - width - pad if top - width - pad >= 0 else y + width + pad + height
    left, top, right, bottom = draw.textbbox((x, y_text), text, font=font, anchor="lb")
    draw.rectangle((left - pad, top - pad, right + pad, bottom + pad), fill=colour)
    draw.text((x, y_text), text, fill=(255, 255, 255), font=font, anchor="lb")
