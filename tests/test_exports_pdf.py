"""Searchable PDFs (exports.pdf): the text layer read back by poppler's pdftotext (an extractor
independent of the writer), words in order and roughly in place, for Latin, Chinese and Thai
text; the page rendered by poppler's pdftoppm still shows the image, pixel for pixel."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image, ImageChops, ImageDraw

from huaweicloud_ocr import errors
from huaweicloud_ocr.exports.pdf import glyphless_truetype, searchable_pdf

# poppler-utils (apt-get install poppler-utils): its own PDF reader, independent of pikepdf.
POPPLER = {name: shutil.which(name) or name for name in ("pdftotext", "pdftoppm", "pdffonts")}

# (words, x, y, width, height) in pixels of the image, one line each, in reading order.
LINES = [
    ("Invoice number 42", 40, 30, 420, 40),
    ("Straße café", 500, 30, 260, 40),
    ("发票号码", 40, 110, 200, 40),
    ("合计金额：壹佰元", 300, 110, 360, 40),  # noqa: RUF001  # a Chinese colon, as printed
    ("ภาษาไทย", 40, 190, 200, 40),
    ("ที่นี่สวัสดี", 300, 190, 300, 40),
]


def block(text: str, x: int, y: int, w: int, h: int) -> dict[str, Any]:
    return {"words": text, "location": [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]}


def answer(lines: list[tuple[str, int, int, int, int]] = LINES) -> dict[str, Any]:
    blocks = [block(*line) for line in lines]
    return {"result": {"words_block_count": len(blocks), "words_block_list": blocks}}


def picture(width: int = 800, height: int = 260) -> Image.Image:
    """Bands of colour and some drawn text: pixels a renderer must bring back."""
    image = Image.new("RGB", (width, height), (235, 222, 180))  # paper, not white
    draw = ImageDraw.Draw(image)
    for n in range(0, width, 40):
        draw.rectangle([n, 0, n + 19, 12], fill=(n % 256, 80, 255 - n % 256))
    draw.text((40, 40), "Invoice number 42", fill="black")
    return image


def png(image: Image.Image, dpi: float = 150) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def pdftotext(path: Path, *args: str) -> str:
    done = subprocess.run(  # noqa: S603 - fixed arguments
        [POPPLER["pdftotext"], "-enc", "UTF-8", *args, str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    assert done.stderr == ""
    return done.stdout


def words_with_boxes(path: Path) -> list[tuple[str, float, float, float, float]]:
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        pdftotext(path, "-bbox"),
    )
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def render(path: Path, dpi: int, page: int = 1) -> Image.Image:
    prefix = path.with_suffix("")
    done = subprocess.run(  # noqa: S603 - fixed arguments
        [
            POPPLER["pdftoppm"],
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(prefix),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""  # no complaint about the font or anything else
    return Image.open(prefix.with_suffix(".png")).convert("RGB")


def in_order(text: str, words: list[str]) -> None:
    """Each word found, each after the one before."""
    flat = re.sub(r"\s+", " ", text)
    at = 0
    for word in words:
        found = flat.find(word, at)
        assert found >= 0, f"{word!r} not found in order in {flat!r}"
        at = found + len(word)


def test_latin_chinese_and_thai_copy_out_in_order_from_an_image(tmp_path: Path) -> None:
    out = searchable_pdf(png(picture()), answer(), tmp_path / "page.pdf")
    assert out == tmp_path / "page.pdf"
    text = pdftotext(out)
    in_order(text, [line[0] for line in LINES])
    # Thai vowels and tone marks stay with their consonants, as recognised.
    assert "ที่นี่สวัสดี" in text
    fonts = subprocess.run(  # noqa: S603 - fixed arguments
        [POPPLER["pdffonts"], str(out)], capture_output=True, text=True, check=True
    )
    row = fonts.stdout.splitlines()[2].split()
    assert row[:4] == ["OcrTextLayer", "CID", "TrueType", "Identity-H"]
    assert row[4:7] == ["yes", "no", "yes"]  # embedded, not a subset, with ToUnicode


def test_words_sit_on_their_boxes(tmp_path: Path) -> None:
    out = searchable_pdf(png(picture(), dpi=150), answer(), tmp_path / "page.pdf")
    scale = 72 / 150
    boxes = words_with_boxes(out)
    first = next(b for b in boxes if b[0] == "Invoice")
    number = next(b for b in boxes if b[0] == "42")
    chinese = next(b for b in boxes if b[0] == "发票号码")
    assert first[1] == pytest.approx(40 * scale, abs=0.5)  # left edge of the box
    assert number[3] == pytest.approx((40 + 420) * scale, abs=0.5)  # the word ends at its right
    assert chinese[1] == pytest.approx(40 * scale, abs=0.5)
    assert chinese[3] == pytest.approx(240 * scale, abs=0.5)
    for _, _, top, _, bottom in (first, chinese):
        # The line's band (poppler adds its own ascent and descent to the font size).
        assert top == pytest.approx(
            (30 if bottom < 60 else 110) * scale, abs=40 * scale * 0.5
        ) or bottom == pytest.approx((70 if bottom < 60 else 150) * scale, abs=40 * scale * 0.5)


def test_the_image_is_still_there_pixel_for_pixel(tmp_path: Path) -> None:
    image = picture()
    out = searchable_pdf(png(image), answer(), tmp_path / "page.pdf", dpi=150)
    shown = render(out, 150)
    assert shown.size == image.size
    grey = ImageChops.difference(shown, image).convert("L")
    same = sum(grey.histogram()[:3])  # pixels within 2 levels of the original
    # All but the edges the renderer smooths (measured: 0.7% of pixels, on the drawn bands).
    assert same >= 0.98 * image.width * image.height
    blank = ImageChops.difference(Image.new("RGB", image.size, "white"), image).convert("L")
    assert sum(blank.histogram()[:3]) < 0.9 * image.width * image.height  # the check can fail


def test_a_jpeg_is_embedded_as_it_is(tmp_path: Path) -> None:
    data = io.BytesIO()
    picture().save(data, "JPEG", quality=80, dpi=(200, 200))
    out = searchable_pdf(data.getvalue(), answer(), tmp_path / "page.pdf")
    with pikepdf.open(out) as pdf:
        (xobject,) = pdf.pages[0].get_images().values()
        assert xobject.Filter == pikepdf.Name.DCTDecode
        assert xobject.read_raw_bytes() == data.getvalue()
        assert [float(v) for v in pdf.pages[0].mediabox] == [0, 0, 800 * 72 / 200, 260 * 72 / 200]
    in_order(pdftotext(out), [line[0] for line in LINES])


def test_a_transparent_png_keeps_its_alpha_as_a_soft_mask(tmp_path: Path) -> None:
    image = picture().convert("RGBA")
    image.putalpha(128)
    out = searchable_pdf(png(image), answer(), tmp_path / "page.pdf")
    with pikepdf.open(out) as pdf:
        (xobject,) = pdf.pages[0].get_images().values()
        assert "/SMask" in xobject


def pdf_pages(rotate: int = 0) -> bytes:
    """Two pages drawn as images at 72 dpi (pixels are points): 400 x 130 points each."""
    pages = [picture(400, 130), Image.new("RGB", (400, 130), (200, 30, 30))]
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=72)
    if not rotate:
        return out.getvalue()
    pdf = pikepdf.open(io.BytesIO(out.getvalue()))
    for page in pdf.pages:
        page.obj.Rotate = rotate
    rotated = io.BytesIO()
    pdf.save(rotated)
    return rotated.getvalue()


def test_a_pdf_page_keeps_its_content_and_gains_the_text(tmp_path: Path) -> None:
    # The answer's pixels are at 150 dpi by default for a PDF page (the documented rate).
    out = searchable_pdf(pdf_pages(), answer(), tmp_path / "page2.pdf", page=2)
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 1
    in_order(pdftotext(out), [line[0] for line in LINES])
    first = next(b for b in words_with_boxes(out) if b[0] == "Invoice")
    assert first[1] == pytest.approx(40 * 72 / 150, abs=0.5)
    shown = render(out, 72)
    assert shown.getpixel((200, 65)) == pytest.approx((200, 30, 30), abs=3)  # page 2's colour


def test_a_turned_pdf_page_gets_its_words_where_they_are_shown(tmp_path: Path) -> None:
    # Turned by 90, the 400 x 130 point page is shown 130 wide and 400 high: the answer's
    # pixels (72 dpi here: pixels are points) are of the page as shown.
    lines = [
        ("Invoice", 10, 20, 100, 20),
        ("发票号码", 10, 200, 80, 20),
        ("ภาษาไทย", 10, 350, 100, 20),
    ]
    out = searchable_pdf(pdf_pages(rotate=90), answer(lines), tmp_path / "turned.pdf", dpi=72)
    boxes = {b[0]: b for b in words_with_boxes(out)}
    for text, x, y, w, h in lines:  # pdftotext reports pages as shown
        _, x0, y0, x1, y1 = boxes[text]
        assert (x0, x1) == pytest.approx((x, x + w), abs=0.5)
        assert y0 <= y + h
        assert y1 >= y
    in_order(pdftotext(out), [line[0] for line in lines])


def test_the_font_program_is_a_well_formed_truetype_font() -> None:
    font = glyphless_truetype()
    assert font[:4] == b"\x00\x01\x00\x00"
    # The whole file sums to 0xB1B0AFBA, as the head table's adjustment makes it.
    padded = font + b"\0" * (-len(font) % 4)
    total = sum(int.from_bytes(padded[i : i + 4], "big") for i in range(0, len(padded), 4))
    assert total & 0xFFFFFFFF == 0xB1B0AFBA


@pytest.mark.parametrize(
    ("source", "kwargs", "field", "rule"),
    [
        (b"not an image", {}, "image_or_pdf_page", "an image"),
        (b"", {}, "image_or_pdf_page", "an image or a PDF"),
        ("pdf", {"page": 3}, "page", "a page from 1 to 2"),
        ("pdf", {"page": 0}, "page", "an integer from 1"),
        ("png", {"dpi": 0}, "dpi", "a positive number"),
        ("png", {"page": 2}, "page", "an image has page 1"),
        ("encrypted", {}, "image_or_pdf_page", "without a password"),
    ],
)
def test_bad_input_is_refused_naming_the_argument(
    tmp_path: Path, source: Any, kwargs: dict[str, Any], field: str, rule: str
) -> None:
    if source == "pdf":
        source = pdf_pages()
    elif source == "png":
        source = png(picture())
    elif source == "encrypted":
        pdf = pikepdf.open(io.BytesIO(pdf_pages()))
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(user="let-me-in", owner="owner-word"))
        source = out.getvalue()
    with pytest.raises(errors.ValidationError) as caught:
        searchable_pdf(source, answer(), tmp_path / "out.pdf", **kwargs)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert not (tmp_path / "out.pdf").exists()
