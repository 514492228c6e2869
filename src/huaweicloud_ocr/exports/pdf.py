"""Searchable PDF (issue 16, point 4): the original image, or the original PDF page, with an
invisible text layer on the recognised words, so that a viewer finds, selects and copies them.

    from huaweicloud_ocr.exports.pdf import searchable_pdf

    searchable_pdf("scan.jpg", answer, "scan.pdf")                 # an image and its answer
    searchable_pdf("doc.pdf", page_answer, "p3.pdf", page=3)       # one page of a PDF
    searchable_pdf("doc.pdf", read_pdf(ocr, "doc.pdf"), "out.pdf") # every page read_pdf read

Needs the `searchable-pdf` extra (pikepdf, which brings Pillow): pip install
"huaweicloud-ocr[searchable-pdf]". Nothing here calls the service.

How the text layer is made (the approach of OCRmyPDF's and Tesseract's text layers, written
anew here):

* One font for the whole file, with no visible glyph: a Type0 font, `Identity-H` encoding, over
  a CIDFontType2 whose embedded TrueType program (made here, a few hundred bytes) has only empty
  glyphs. Every character code is a 2-byte CID; the CIDs are given out per file, one per
  distinct character in order of first use, and a ToUnicode CMap maps each back to its
  character (UTF-16, so characters beyond the BMP copy out whole). No glyph is drawn, so no
  script needs a real font, and what an extractor reads is exactly the recognised text.
* Text render mode 3 (neither fill nor stroke): invisible on screen and in print, even where a
  viewer substituted a font.
* Each word block of `spans_of(answer)`, in its reading order, is one text object: its
  quadrilateral (top-left, top-right, bottom-right, bottom-left, as the documents give it) sets
  the baseline (bottom-left to bottom-right; rotated words stay rotated) and the font size
  (the height, bottom-left to top-left); the horizontal scaling (`Tz`) stretches the word's
  nominal width (half an em per character) to the width of its box, so selection covers the
  word on the image. Combining marks (Thai vowels and tone marks, accents) have no advance,
  as in a real font. Words without a usable location cannot be placed and are left out.
* Coordinates are pixels of the image the service read, origin top-left. An image page is
  `width x height` pixels at `dpi` (the image's own resolution when it records one, else
  `DEFAULT_DPI`); its PDF page is that size in points, the image drawn over all of it under the
  text. A PDF page keeps its content; the answer's pixels are taken at `dpi` (default
  `PDF_PAGE_DPI`, the resolution at which the Smart Document Recognizer documents say PDF pages
  are converted; the documents call coordinates of PDF input "for reference only") from the
  top-left corner of the page as shown (crop box, `/Rotate` applied).
* JPEG images are embedded as they are (no re-encoding); other formats are decoded with Pillow
  and stored losslessly (Flate), an alpha channel as a soft mask. The first frame of a
  multi-frame file is used; EXIF orientation is not applied (the service reads the pixels as
  stored, and the answer's coordinates are theirs).
* The file is written whole to a temporary file beside `out_path`, then renamed over it.
"""

from __future__ import annotations

import io
import math
import os
import struct
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from huaweicloud_ocr._files import replace_file
from huaweicloud_ocr.errors import MissingExtraError, ValidationError
from huaweicloud_ocr.images import ImageSource, read_source, sniff_format
from huaweicloud_ocr.results.text import spans_of

if TYPE_CHECKING:
    import pikepdf

__all__ = ["DEFAULT_DPI", "PDF_PAGE_DPI", "searchable_pdf"]

DEFAULT_DPI = 300.0
"""Resolution assumed for an image that records none (a scanner's usual one)."""
PDF_PAGE_DPI = 150.0
"""Resolution of the answer's pixels for a PDF page sent as PDF (documents, Smart Document
Recognizer `data`: "PDFs are converted to images with a resolution of 150 dpi")."""

_EM = 1000  # font units per em
_ADVANCE = _EM // 2  # nominal advance of a character: half an em, as most text runs
_FONT_NAME = "OcrTextLayer"
_RESOURCE = "/FOcr"  # the font's name in the page resources


# -- the font program --------------------------------------------------------------------------
def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF


@cache
def glyphless_truetype() -> bytes:
    """A TrueType font of two empty glyphs (.notdef and one blank glyph, each half an em wide):
    what the text layer embeds, so that every reader has the font and draws nothing."""
    glyphs = 2
    head = struct.pack(
        ">IIIIHHqqhhhhHHhhh",
        0x00010000,  # version
        0x00010000,  # font revision
        0,  # checkSumAdjustment, set below
        0x5F0F3CF5,  # magic number
        0x000B,  # flags: baseline at y=0, lsb at x=0, integer scaling
        _EM,
        0,  # created
        0,  # modified
        0,  # xMin, yMin, xMax, yMax
        0,
        _ADVANCE,
        _EM,
        0,  # macStyle
        3,  # lowestRecPPEM
        2,  # fontDirectionHint
        0,  # indexToLocFormat: short offsets
        0,  # glyphDataFormat
    )
    hhea = struct.pack(
        ">IhhhHhhhhhhhhhhhH",
        0x00010000,
        _EM,  # ascender
        0,  # descender
        0,  # line gap
        _ADVANCE,  # advanceWidthMax
        0,  # minLeftSideBearing
        0,  # minRightSideBearing
        0,  # xMaxExtent
        1,  # caretSlopeRise
        0,  # caretSlopeRun
        0,  # caretOffset
        0,
        0,
        0,
        0,  # reserved
        0,  # metricDataFormat
        glyphs,  # numberOfHMetrics
    )
    maxp = struct.pack(
        ">IHHHHHHHHHHHHHH", 0x00010000, glyphs, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0
    )
    hmtx = struct.pack(">HhHh", _ADVANCE, 0, _ADVANCE, 0)
    loca = struct.pack(">HHH", 0, 0, 0)  # every glyph empty
    glyf = b""
    # One format 4 segment, the obligatory final one: no character maps to a glyph here; the
    # PDF maps codes to glyphs through CIDToGIDMap.
    cmap4 = struct.pack(">HHHHHHHHHHHH", 4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0)
    cmap = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + cmap4
    post = struct.pack(">IiHhIIIII", 0x00030000, 0, 0, 0, 1, 0, 0, 0, 0)
    names = {1: _FONT_NAME, 2: "Regular", 3: _FONT_NAME, 4: _FONT_NAME, 6: _FONT_NAME}
    records, strings = b"", b""
    for name_id, text in names.items():
        encoded = text.encode("utf-16-be")
        records += struct.pack(">HHHHHH", 3, 1, 0x409, name_id, len(encoded), len(strings))
        strings += encoded
    name = struct.pack(">HHH", 0, len(names), 6 + len(records)) + records + strings
    tables = {
        b"cmap": cmap,
        b"glyf": glyf,
        b"head": head,
        b"hhea": hhea,
        b"hmtx": hmtx,
        b"loca": loca,
        b"maxp": maxp,
        b"name": name,
        b"post": post,
    }
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    directory = struct.pack(
        ">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16
    )
    offset = len(directory) + 16 * count
    records_out, body = b"", b""
    for tag, data in tables.items():  # already in tag order
        records_out += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(directory + records_out + body)
    adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    at = font.find(head)  # head is the only table starting with two version numbers and 0
    font[at + 8 : at + 12] = struct.pack(">I", adjustment)
    return bytes(font)


# -- characters to codes -----------------------------------------------------------------------
class _Codes:
    """The CIDs of one file: one per distinct character, from 1 (0 is .notdef)."""

    def __init__(self) -> None:
        self.cids: dict[str, int] = {}

    def encode(self, text: str) -> bytes:
        out = bytearray()
        for char in text:
            cid = self.cids.get(char)
            if cid is None:
                cid = len(self.cids) + 1
                if cid > 0xFFFF:
                    raise ValueError("more than 65535 distinct characters in one file")
                self.cids[char] = cid
            out += cid.to_bytes(2, "big")
        return bytes(out)

    def to_unicode(self) -> bytes:
        lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /OcrTextLayer-UCS def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
        ]
        items = list(self.cids.items())
        for start in range(0, len(items), 100):  # at most 100 entries per section
            chunk = items[start : start + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            lines.extend(
                f"<{cid:04X}> <{char.encode('utf-16-be').hex().upper()}>" for char, cid in chunk
            )
            lines.append("endbfchar")
        lines += [
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
        return ("\n".join(lines) + "\n").encode("ascii")

    def widths(self) -> list[Any]:
        """The /W array: combining marks have no advance, every other character `_ADVANCE`."""
        return [1, [_width(char) for char in self.cids]] if self.cids else []


def _width(char: str) -> int:
    return 0 if unicodedata.combining(char) or unicodedata.category(char) == "Mn" else _ADVANCE


def _right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is Arabic or Hebrew (bidi R or AL)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False


def _font(pdf: pikepdf.Pdf, codes: _Codes) -> pikepdf.Object:
    import pikepdf

    Name, Dictionary, Array = pikepdf.Name, pikepdf.Dictionary, pikepdf.Array
    descriptor = Dictionary(
        Type=Name.FontDescriptor,
        FontName=Name("/" + _FONT_NAME),
        Flags=4,  # symbolic: the glyphs are not the standard Latin set
        FontBBox=Array([0, 0, _ADVANCE, _EM]),
        ItalicAngle=0,
        Ascent=_EM,
        Descent=0,
        CapHeight=_EM,
        StemV=80,
        FontFile2=pdf.make_stream(glyphless_truetype()),
    )
    # Every CID but 0 shows glyph 1 (the blank one).
    gids = b"\0\0" + b"\0\1" * len(codes.cids)
    cid_font = Dictionary(
        Type=Name.Font,
        Subtype=Name.CIDFontType2,
        BaseFont=Name("/" + _FONT_NAME),
        CIDSystemInfo=Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=pdf.make_indirect(descriptor),
        DW=_ADVANCE,
        W=Array(codes.widths()),
        CIDToGIDMap=pdf.make_stream(zlib.compress(gids), Filter=Name.FlateDecode),
    )
    font = Dictionary(
        Type=Name.Font,
        Subtype=Name.Type0,
        BaseFont=Name("/" + _FONT_NAME),
        Encoding=Name("/Identity-H"),
        DescendantFonts=Array([pdf.make_indirect(cid_font)]),
        ToUnicode=pdf.make_stream(codes.to_unicode()),
    )
    return pdf.make_indirect(font)


# -- placing words -----------------------------------------------------------------------------
Matrix = tuple[float, float, float, float, float, float]


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _num(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text_layer(spans: Sequence[Any], to_page: Matrix, codes: _Codes) -> bytes:
    """The content stream of the invisible words. `to_page` maps the answer's pixels (y down)
    to the page's default user space."""
    ops = ["BT", "3 Tr"]
    for span in spans:
        location = span.location
        if location is None or not span.text.strip():
            continue
        tl, _, br, bl = (_apply(to_page, float(x), float(y)) for x, y in location)
        ux, uy = br[0] - bl[0], br[1] - bl[1]
        width = math.hypot(ux, uy)
        if width <= 0:
            continue
        ux, uy = ux / width, uy / width
        # Height: the part of bottom-left -> top-left across the baseline.
        height = ux * (tl[1] - bl[1]) - uy * (tl[0] - bl[0])
        if height <= 0:
            continue
        nominal = sum(_width(c) for c in span.text) / _EM * height
        if nominal <= 0:
            continue
        code = codes.encode(span.text)
        ops.append(f"{_RESOURCE} {_num(height)} Tf")
        ops.append(f"{_num(100 * width / nominal)} Tz")
        if _right_to_left(span.text):  # runs leftwards from the bottom-right corner
            ops.append(
                f"{_num(-ux)} {_num(-uy)} {_num(-uy)} {_num(ux)} {_num(br[0])} {_num(br[1])} Tm"
            )
        else:
            ops.append(
                f"{_num(ux)} {_num(uy)} {_num(-uy)} {_num(ux)} {_num(bl[0])} {_num(bl[1])} Tm"
            )
        ops.append(f"<{code.hex().upper()}> Tj")
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("ascii")


# -- the page under the text -------------------------------------------------------------------
def _image_dpi(info: dict[str, Any]) -> float | None:
    found = info.get("dpi")
    if isinstance(found, tuple) and found and isinstance(found[0], int | float):
        value = float(found[0])
        if 10 <= value <= 100_000:  # 1 dpi ("no unit" JFIF) and 0 mean none recorded
            return value
    return None


def _image_xobject(
    pdf: pikepdf.Pdf, data: bytes, fmt: str, field: str
) -> tuple[Any, int, int, Any]:
    import pikepdf
    from PIL import Image, UnidentifiedImageError

    Name = pikepdf.Name
    image: Image.Image
    try:
        image = Image.open(io.BytesIO(data))
        image.seek(0)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValidationError(field, f"Pillow cannot read the image ({exc})", "an image") from None
    width, height = image.size
    info = dict(image.info)
    if fmt == "jpeg" and image.mode in ("L", "RGB"):
        space = Name.DeviceGray if image.mode == "L" else Name.DeviceRGB
        stream = pdf.make_stream(
            data,
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=width,
            Height=height,
            ColorSpace=space,
            BitsPerComponent=8,
            Filter=Name.DCTDecode,
        )
        return stream, width, height, info
    try:
        image.load()
    except (OSError, ValueError) as exc:
        raise ValidationError(
            field, f"Pillow cannot decode the image ({exc})", "an image"
        ) from None
    alpha = None
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        converted = image.convert("RGBA")
        alpha = converted.getchannel("A")
        image = converted.convert("RGB")
    elif image.mode not in ("L", "RGB"):
        image = image.convert("L" if image.mode in ("1", "I;16", "I", "F") else "RGB")
    extra: dict[str, Any] = {}
    if alpha is not None:
        extra["SMask"] = pdf.make_stream(
            zlib.compress(alpha.tobytes()),
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=width,
            Height=height,
            ColorSpace=Name.DeviceGray,
            BitsPerComponent=8,
            Filter=Name.FlateDecode,
        )
    stream = pdf.make_stream(
        zlib.compress(image.tobytes()),
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=width,
        Height=height,
        ColorSpace=Name.DeviceGray if image.mode == "L" else Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=Name.FlateDecode,
        **extra,
    )
    return stream, width, height, info


def _shown_box(page: pikepdf.Page) -> tuple[float, float, float, float, int]:
    """The page as shown: its crop box (x0, y0, x1, y1) and its rotation (0, 90, 180, 270)."""
    box = [float(v) for v in page.obj.get("/CropBox", page.mediabox)]
    x0, x1 = sorted((box[0], box[2]))
    y0, y1 = sorted((box[1], box[3]))
    rotate = int(page.obj.get("/Rotate", 0)) % 360
    return x0, y0, x1, y1, rotate - rotate % 90


def _pixels_to_page(box: tuple[float, float, float, float, int], scale: float) -> Matrix:
    """Pixels of the page as shown (origin top-left, y down, `scale` points per pixel) to
    default user space."""
    x0, y0, x1, y1, rotate = box
    s = scale
    if rotate == 90:  # shown turned clockwise: its top-left is the bottom-left of user space
        return (0, s, s, 0, x0, y0)
    if rotate == 180:
        return (-s, 0, 0, s, x1, y0)
    if rotate == 270:
        return (0, -s, -s, 0, x1, y1)
    return (s, 0, 0, -s, x0, y1)


# -- the public function -----------------------------------------------------------------------
def _pikepdf() -> Any:
    try:
        import pikepdf
        import PIL  # noqa: F401  # pikepdf needs it too; checked here to name the extra
    except ImportError as exc:
        raise MissingExtraError("searchable-pdf", exc.name or "pikepdf", "searchable_pdf") from None
    return pikepdf


@dataclass(frozen=True)
class _Job:
    page: int | None  # 1-based PDF page; None for an image
    answer: Any
    dpi: float | None


def _jobs(answer: Any, page: int | None, dpi: float | None) -> list[_Job]:
    """What to lay on which page: a DocumentAnswer (its pages), a DocumentPage, or an answer."""
    pages = getattr(answer, "pages", None)
    if isinstance(pages, Sequence) and not isinstance(answer, dict | list):
        found = [p for p in pages if getattr(p, "answer", None) is not None]
        return [
            _Job(p.number, p.answer, dpi if dpi is not None else p.dpi)
            for p in found
            if page is None or p.number == page
        ]
    if hasattr(answer, "number") and hasattr(answer, "answer") and hasattr(answer, "dpi"):
        number = answer.number if page is None else page
        return [_Job(number, answer.answer, dpi if dpi is not None else answer.dpi)]
    return [_Job(page, answer, dpi)]


def _check_dpi(dpi: float | None) -> None:
    if dpi is not None and (
        isinstance(dpi, bool)
        or not isinstance(dpi, int | float)
        or not math.isfinite(dpi)
        or dpi <= 0
    ):
        raise ValidationError("dpi", f"{dpi!r} is not a resolution", "a positive number")


def searchable_pdf(
    image_or_pdf_page: ImageSource,
    answer: Any,
    out_path: str | os.PathLike[str],
    *,
    page: int | None = None,
    dpi: float | None = None,
) -> Path:
    """Write `out_path`: the image (or PDF page) with the answer's words as an invisible,
    copyable text layer (see the module docstring for how). Returns the path written.

    `image_or_pdf_page` is a path, bytes or a binary file of an image or a PDF. `answer` is
    what `huaweicloud_ocr.results.text.spans_of` takes (a General Text, Web Image, General
    Table or Smart Document Recognizer answer, model or saved dict), or what `read_pdf` gave:
    a `DocumentPage` (its page number and resolution are used) or a whole `DocumentAnswer`
    (every page that has an answer, in order, into one file). For a PDF, `page` (1-based)
    picks the page when `answer` does not say; default 1. `dpi` overrides the resolution of
    the answer's pixels (see the module docstring for the defaults).

    Raises `ValidationError` for a source that is neither an image nor a readable PDF, a page
    out of range, or a bad `dpi`; `MissingExtraError` without the `searchable-pdf` extra;
    what `spans_of` raises for an answer it does not know; OSError if the file cannot be
    written.
    """
    _check_dpi(dpi)
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 1):
        raise ValidationError("page", f"{page!r} is not a page number", "an integer from 1")
    pikepdf = _pikepdf()
    field = "image_or_pdf_page"
    data = read_source(image_or_pdf_page, field)
    if not data:
        raise ValidationError(field, "it is empty (0 bytes)", "an image or a PDF")
    jobs = _jobs(answer, page, dpi)
    spans = [(job, spans_of(job.answer)) for job in jobs]  # errors in the answer before any work
    codes = _Codes()
    out = pikepdf.new()
    if sniff_format(data[:1024].lstrip()) == "pdf" or b"%PDF-" in data[:1024]:
        try:
            source = pikepdf.open(io.BytesIO(data))
        except pikepdf.PasswordError:
            raise ValidationError(
                field, "the PDF is encrypted", "a PDF that opens without a password"
            ) from None
        except pikepdf.PdfError as exc:
            raise ValidationError(field, f"unreadable PDF ({exc})", "a well-formed PDF") from None
        count = len(source.pages)
        for job, found in spans:
            number = job.page or 1
            if not 1 <= number <= count:
                raise ValidationError(
                    "page", f"page {number} of a {count}-page PDF", f"a page from 1 to {count}"
                )
            out.pages.append(source.pages[number - 1])
            target = out.pages[-1]
            scale = 72.0 / (job.dpi or PDF_PAGE_DPI)
            layer = _text_layer(found, _pixels_to_page(_shown_box(target), scale), codes)
            # The page's own content inside q/Q, so that a state it leaves does not move ours.
            target.contents_add(out.make_stream(b"q\n"), prepend=True)
            target.contents_add(out.make_stream(b"\nQ\n" + layer))
            _add_font_resource(target)
    else:
        fmt = sniff_format(data) or "unknown"
        if len(spans) != 1:
            raise ValidationError(
                "answer", f"{len(spans)} pages for one image", "one answer for an image"
            )
        job, found = spans[0]
        if job.page not in (None, 1):
            raise ValidationError("page", f"page {job.page} of an image", "an image has page 1")
        stream, width, height, info = _image_xobject(out, data, fmt, field)
        used = job.dpi or _image_dpi(info) or DEFAULT_DPI
        scale = 72.0 / used
        w, h = width * scale, height * scale
        layer = _text_layer(found, (scale, 0, 0, -scale, 0, h), codes)
        draw = f"q {_num(w)} 0 0 {_num(h)} 0 0 cm /Im0 Do Q\n".encode("ascii")
        new_page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, w, h]),
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=stream)),
            Contents=out.make_stream(draw + layer),
        )
        out.pages.append(pikepdf.Page(new_page))
        _add_font_resource(out.pages[-1])
    font = _font(out, codes)
    for target in out.pages:
        target.obj.Resources.Font[_RESOURCE] = font
    return _write(out, Path(out_path))


def _add_font_resource(page: pikepdf.Page) -> None:
    """Make room for the font in the page's own resources (copies: resources the page shares
    with others, or inherits, stay as they were)."""
    import pikepdf

    resources = page.obj.get("/Resources")
    copy = pikepdf.Dictionary()
    if isinstance(resources, pikepdf.Dictionary):
        copy = pikepdf.Dictionary({str(k): v for k, v in resources.items()})
    fonts = copy.get("/Font")
    copy.Font = pikepdf.Dictionary()
    if isinstance(fonts, pikepdf.Dictionary):
        copy.Font = pikepdf.Dictionary({str(k): v for k, v in fonts.items()})
    page.obj.Resources = copy


def _write(pdf: pikepdf.Pdf, path: Path) -> Path:
    """Saved in memory, then written atomically beside `path` and renamed over it."""
    out = io.BytesIO()
    pdf.save(out)
    return replace_file(path, out.getvalue())
