"""Whole PDFs (issue 16, point 2): every page, or the pages asked for, read through a client in
one call, the answers gathered in page order.

    from huaweicloud_ocr.documents import read_pdf, aread_pdf

    doc = read_pdf(ocr, "report.pdf", pages="1-3,7")              # General Text by default
    print(doc.text())                                            # the whole document's text
    for page in doc.pages:
        print(page.number, page.sent_as, page.answer.result.words_block_count)
    doc = await aread_pdf(aocr, "report.pdf", "recognize_smart_document_recognizer", table=True)
    tables = doc.tables()

Needs the `pdf` extra (pypdf to split pages, pypdfium2 and Pillow to rasterise them):
pip install "huaweicloud-ocr[pdf]".

How each page is sent, chosen per page (`DocumentPage.sent_as` records it):

* "pdf": for an operation whose `x-image-constraints` formats list PDF, the page alone, split
  out with pypdf into a one-page PDF, each page exactly once.
* "pdf_page_number": the whole file with `pdf_page_number`, only when splitting would break a
  rule (pypdf cannot write the page, or the one-page file is over the Base64 size limit, as a
  page whose resources are shared with the whole file can be) while the whole file keeps it,
  and the operation has that option, and the file needs no password.
* "png" / "jpeg": otherwise, and always for operations that take only images, the page is
  rendered (pypdfium2; crop box, `/Rotate` applied) at the highest resolution the operation's
  pixel limits allow (`max_side`, `max_long_side`, `max_pixels`; no more than `max_dpi` when
  given), as PNG, or JPEG (quality 90) when the PNG is over the size limit, at lower
  resolutions only when both are. A page too small to meet `min_side` / `min_short_side` at
  that resolution is a ValidationError.

Pages are prepared and sent `concurrency` at a time (default `DEFAULT_CONCURRENCY`, never more
than the client's `max_concurrency`), each call under the client's own retry policy and, for
AsyncOcrClient, its request gate (rate limit). pypdf and pdfium are not thread-safe: splitting
and rendering take a lock, encoding and sending do not.

Coordinates: a page sent as PDF is rasterised by the service; the documents give 150 dpi for
the Smart Document Recognizer and call coordinates of PDF input "for reference only", so
`DocumentPage.dpi` is 150 for those (an assumption for General Text). A rendered page's `dpi`
is the resolution it was rendered at. `exports.pdf.searchable_pdf` reads it from the page.

Errors: arguments are checked before anything is sent (ValidationError naming the argument:
`source` not a readable PDF, encrypted without the right `password`, no pages; `pages` empty,
out of range, repeated or malformed; `operation` unknown; `pdf_page_number` among the
options). With `on_error="raise"` (the default) the first page that fails raises its own error
(an OcrError; a note names the page) and the pages not yet started are not sent; with "keep"
every page is tried and a failed one has `error` set and `answer` None.

For code that sends pages itself (the batch command, one page per unit of work): open the file
with `PdfDocument(data, password)`, get what to send for a page with `plan_page` (a `PagePlan`:
the bytes, the extra options, and how it went), and `close()` the document when done.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import io
import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import IO, TYPE_CHECKING, Any, Literal

from huaweicloud_ocr import _spec
from huaweicloud_ocr._body import base64_length
from huaweicloud_ocr.errors import (
    MissingExtraError,
    OcrError,
    RequestTooLargeError,
    ValidationError,
)
from huaweicloud_ocr.images import read_source
from huaweicloud_ocr.results import text as _text

if TYPE_CHECKING:
    from huaweicloud_ocr.client import AsyncOcrClient, OcrClient
    from huaweicloud_ocr.results.tables import Table

__all__ = [
    "DEFAULT_CONCURRENCY",
    "SERVICE_PDF_DPI",
    "DocumentAnswer",
    "DocumentPage",
    "PagePlan",
    "PdfDocument",
    "aread_pdf",
    "parse_pages",
    "plan_page",
    "raster_size",
    "read_pdf",
]

DEFAULT_CONCURRENCY = 8
"""Pages prepared or in flight at once: each holds its page's file (up to the 10 MB limit)
and, while it is rendered, its bitmap."""
SERVICE_PDF_DPI = 150.0
"""Resolution of the coordinates of a page sent as PDF (see the module docstring)."""
_JPEG_QUALITY = 90
_SHRINK_STEPS = 8  # resolutions tried, each smaller, when neither PNG nor JPEG fits

SentAs = Literal["pdf", "pdf_page_number", "png", "jpeg"]
PdfSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

# pypdf objects read lazily from one stream, and pdfium as a whole, are not thread-safe.
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class DocumentPage:
    """One page read: `number` is its 1-based number in the PDF, `answer` the operation's
    answer (None when it failed and `on_error="keep"`; then `error` says why). `sent_as` says
    how it went (see the module docstring), `dpi` the resolution of the answer's coordinates,
    `width` and `height` the page's size in points as shown, `pixels` the size of the image
    sent when it was rendered."""

    number: int
    answer: Any
    sent_as: SentAs
    dpi: float
    width: float
    height: float
    pixels: tuple[int, int] | None = None
    error: OcrError | None = None


@dataclass(frozen=True)
class DocumentAnswer:
    """The pages of one PDF, in page order. `page_count` is the number of pages in the file
    (pages not asked for are not in `pages`)."""

    operation: str
    page_count: int
    pages: tuple[DocumentPage, ...]

    @property
    def page_numbers(self) -> list[int]:
        return [p.number for p in self.pages]

    def page(self, number: int) -> DocumentPage:
        for found in self.pages:
            if found.number == number:
                return found
        raise KeyError(f"page {number} was not read (read: {self.page_numbers})")

    def _answered(self) -> list[DocumentPage]:
        return [p for p in self.pages if p.answer is not None]

    def results(self) -> list[Any]:
        """What the results layer takes for the whole document: for the Smart Document
        Recognizer the flat list of page results (`text_of`, `tables_of`,
        `results.document.markdown_of` read it as the pages of one answer); for the other
        operations each page's answer, in order."""
        if self.operation == "recognize_smart_document_recognizer":
            return [item for p in self._answered() for item in _sdr_items(p.answer)]
        return [p.answer for p in self._answered()]

    def text(self) -> str:
        """The text of every page in reading order (`results.text.text_of` of each), pages
        joined by a blank line, empty pages skipped (as `text_of` joins the pages of one Smart
        Document Recognizer answer)."""
        return "\n\n".join(t for t in (_text.text_of(p.answer) for p in self._answered()) if t)

    def spans(self) -> list[_text.Span]:
        """`results.text.spans_of` of every page, offsets into `text()`, `page` the PDF page
        number."""
        spans: list[_text.Span] = []
        offset = 0
        for p in self._answered():
            text = _text.text_of(p.answer)
            if not text:
                continue
            if spans or offset:
                offset += 2
            spans.extend(
                replace(s, start=s.start + offset, end=s.end + offset, page=p.number)
                for s in _text.spans_of(p.answer)
            )
            offset += len(text)
        return spans

    def tables(self) -> list[Table]:
        """`results.tables.tables_of` of every page, in page order, each `Table.page` set to
        the PDF page number."""
        from huaweicloud_ocr.results.tables import tables_of

        return [replace(t, page=p.number) for p in self._answered() for t in tables_of(p.answer)]

    def markdown(self) -> str:
        """`results.document.markdown_of` of the whole document (Smart Document Recognizer,
        General Table): pages separated as it separates them."""
        from huaweicloud_ocr.results.document import markdown_of

        if self.operation == "recognize_smart_document_recognizer":
            return markdown_of(self.results())
        return "\n\n---\n\n".join(markdown_of(a) for a in self.results())


def _sdr_items(answer: Any) -> list[Any]:
    result = getattr(answer, "result", None)
    if result is None and isinstance(answer, dict):
        result = answer.get("result")
    return list(result) if isinstance(result, Sequence) else []


# -- arguments -----------------------------------------------------------------------------
_RANGE = re.compile(r"\s*(\d+)\s*(?:(-)\s*(\d*)\s*)?")


def parse_pages(pages: str | int | Iterable[int] | None, page_count: int) -> list[int]:
    """The 1-based page numbers asked for, ascending: None is every page; an int one page; a
    string of numbers and ranges ("1-3,7", "5-" for 5 to the end); or an iterable of ints
    (a `range` too). Each page at most once, every page within the file."""
    rule = f"page numbers from 1 to {page_count}: an int, 'A-B,C', 'A-' or a list of ints"
    if pages is None:
        return list(range(1, page_count + 1))
    wanted: list[int] = []
    if isinstance(pages, bool):
        raise ValidationError("pages", f"{pages!r} is not a page number", rule)
    if isinstance(pages, int):
        wanted = [pages]
    elif isinstance(pages, str):
        if not pages.strip():
            raise ValidationError("pages", "it is empty", rule)
        for part in pages.split(","):
            found = _RANGE.fullmatch(part)
            if found is None:
                raise ValidationError("pages", f"{part.strip()!r} is not a page or range", rule)
            first = int(found[1])
            last = first if not found[2] else int(found[3]) if found[3] else page_count
            if last < first:
                raise ValidationError("pages", f"{part.strip()!r} runs backwards", rule)
            wanted.extend(range(first, min(last, max(first, page_count + 1)) + 1))
    else:
        try:
            items = list(pages)
        except TypeError:
            raise ValidationError("pages", f"a {type(pages).__name__} is not pages", rule) from None
        for item in items:
            if isinstance(item, bool) or not isinstance(item, int):
                raise ValidationError("pages", f"{item!r} is not a page number", rule)
            wanted.append(item)
    if not wanted:
        raise ValidationError("pages", "no page is asked for", rule)
    seen: set[int] = set()
    for number in wanted:
        if not 1 <= number <= page_count:
            raise ValidationError(
                "pages", f"page {number} is outside the {page_count}-page file", rule
            )
        if number in seen:
            raise ValidationError("pages", f"page {number} is asked for twice", rule)
        seen.add(number)
    return sorted(wanted)


def _check_operation(operation: str, options: dict[str, Any]) -> _spec.OperationSpec:
    known = _spec.operations()
    if not isinstance(operation, str) or operation not in known:
        raise ValidationError(
            "operation",
            f"{str(operation)[:60]!r} is not an operation",
            "one of " + ", ".join(known),
        )
    for name in ("pdf_page_number", "url", known[operation]["image_field"]):
        if name in options:
            raise ValidationError(
                name, "is set by read_pdf for each page", "pass the file as source, pages as pages="
            )
    return known[operation]


def _check_settings(concurrency: int | None, max_dpi: float | None, on_error: str) -> None:
    if concurrency is not None and (
        isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1
    ):
        raise ValidationError("concurrency", f"{concurrency!r}", "an integer of at least 1")
    if max_dpi is not None and (
        isinstance(max_dpi, bool)
        or not isinstance(max_dpi, int | float)
        or not math.isfinite(max_dpi)
        or max_dpi <= 0
    ):
        raise ValidationError("max_dpi", f"{max_dpi!r}", "a positive number of dots per inch")
    if on_error not in ("raise", "keep"):
        raise ValidationError("on_error", f"{on_error!r}", "'raise' or 'keep'")


# -- the PDF -------------------------------------------------------------------------------
def _pypdf() -> Any:
    try:
        import pypdf
    except ImportError:
        raise MissingExtraError("pdf", "pypdf", "read_pdf") from None
    return pypdf


class PdfDocument:
    """A PDF file, opened once and shared by the threads preparing its pages (splitting and
    rendering take locks): `count` pages, `encrypted`, `data` the file as given.

    Opening needs pypdf (MissingExtraError naming the `pdf` extra without it) and raises
    ValidationError naming `source` for a file that is not a PDF (no `%PDF-` in its first 1,024
    bytes), is encrypted without the right `password` (or with an encryption pypdf cannot
    undo), that pypdf reports as malformed, or has no pages.
    `close()` frees the pdfium document that rendering opens; the object is then still usable.
    """

    def __init__(self, data: bytes, password: str | None = None) -> None:
        pypdf = _pypdf()
        self.data = data
        self.password = password
        self.lock = threading.Lock()
        self.document: Any = None  # pypdfium2's, opened at the first page rendered
        head = data[:1024]
        if b"%PDF-" not in head:
            from huaweicloud_ocr.images import sniff_format

            found = sniff_format(data)
            what = f"a {found.upper()} file" if found else "not a PDF"
            raise ValidationError("source", f"it is {what}", "a PDF file (starting with %PDF-)")
        try:
            self.reader = pypdf.PdfReader(io.BytesIO(data), password=password)
            self.encrypted = bool(self.reader.is_encrypted)
            self.count = len(self.reader.pages)
        except pypdf.errors.FileNotDecryptedError:
            raise ValidationError(
                "source",
                "the PDF is encrypted" + (" and the password is wrong" if password else ""),
                "a PDF that opens without a password, or its password as password=",
            ) from None
        except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError) as exc:
            raise ValidationError(
                "source", f"unreadable PDF ({str(exc)[:200]})", "a well-formed PDF"
            ) from None
        except NotImplementedError as exc:  # an encryption pypdf cannot undo without extras
            raise ValidationError(
                "source", f"the PDF's encryption cannot be read ({exc})", "an unencrypted PDF"
            ) from None
        if self.count == 0:
            raise ValidationError("source", "the PDF has no pages", "a PDF with at least one page")

    def shown_size(self, number: int) -> tuple[float, float]:
        """Page `number` (from 1) as shown, in points: crop box, turned by its `/Rotate`."""
        with self.lock:
            page = self.reader.pages[number - 1]
            box = page.cropbox
            width, height = abs(float(box.width)), abs(float(box.height))
            turned = (int(page.get("/Rotate", 0) or 0) % 180) == 90
        return (height, width) if turned else (width, height)

    def split(self, number: int) -> bytes | None:
        """The page alone as a PDF, or None when pypdf cannot write it."""
        pypdf = _pypdf()
        with self.lock:
            try:
                writer = pypdf.PdfWriter()
                writer.add_page(self.reader.pages[number - 1])
                out = io.BytesIO()
                writer.write(out)
            except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, AttributeError):
                return None
        return out.getvalue()

    def render(self, number: int, scale: float) -> Any:
        """The page as a PIL image at `scale` pixels per point."""
        try:
            import PIL  # noqa: F401
            import pypdfium2  # type: ignore[import-untyped]
        except ImportError as exc:
            raise MissingExtraError("pdf", exc.name or "pypdfium2", "rendering PDF pages") from None
        with _PDFIUM_LOCK:
            if self.document is None:
                self.document = pypdfium2.PdfDocument(self.data, password=self.password)
            page = self.document[number - 1]
            try:
                bitmap = page.render(scale=scale, may_draw_forms=True)
                image = bitmap.to_pil().convert("RGB")  # a copy: the bitmap is freed below
                bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        with _PDFIUM_LOCK:
            if self.document is not None:
                self.document.close()
                self.document = None


# -- rendering -----------------------------------------------------------------------------
def raster_size(
    width: float, height: float, rules: _spec.ImageConstraints, max_dpi: float | None = None
) -> tuple[int, int, float]:
    """The largest image (pixels wide, high, and pixels per point) of a `width` x `height`
    point page that keeps the operation's pixel limits and `max_dpi`. ValidationError when
    the smallest side cannot reach `min_side` / `min_short_side` within them."""
    long = max(width, height)
    limits = [math.inf]
    for key in ("max_side", "max_long_side"):
        if key in rules:
            limits.append(rules[key] / long)
    if "max_pixels" in rules:
        limits.append(math.sqrt(rules["max_pixels"] / (width * height)))
    if max_dpi is not None:
        limits.append(max_dpi / 72.0)
    scale = min(limits)
    if math.isinf(scale):
        scale = 300 / 72.0  # no pixel limit documented: a scan's usual resolution
    pixels = _pixels(width, height, scale)
    least = max(rules.get("min_side", 1), rules.get("min_short_side", 1))
    if min(pixels) < least:
        raise ValidationError(
            "source",
            f"a {width:g} x {height:g} point page is {pixels[0]}x{pixels[1]} pixels at the "
            "largest resolution the limits allow",
            f"no side smaller than {least} pixels",
        )
    return pixels[0], pixels[1], scale


def _pixels(width: float, height: float, scale: float) -> tuple[int, int]:
    # Rounded down (a hair of slack for float error): never over a limit.
    return max(1, math.floor(width * scale + 1e-6)), max(1, math.floor(height * scale + 1e-6))


def _encode(image: Any, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "png":
        image.save(out, "PNG", compress_level=6)
    else:
        image.save(out, "JPEG", quality=_JPEG_QUALITY)
    return out.getvalue()


def _rendered(
    pdf: PdfDocument, number: int, spec: _spec.OperationSpec, max_dpi: float | None
) -> tuple[bytes, SentAs, float, tuple[int, int]]:
    rules = spec["image_constraints"]
    width, height = pdf.shown_size(number)
    formats = [f for f in ("png", "jpeg") if f in rules.get("formats", ["png", "jpeg"])]
    if not formats:
        raise ValidationError("operation", "takes neither PNG nor JPEG", "an image operation")
    limit = rules.get("max_base64_bytes")
    _, _, scale = raster_size(width, height, rules, max_dpi)
    for _ in range(_SHRINK_STEPS):
        image = pdf.render(number, scale)
        pixels = _pixels(width, height, scale)
        if image.size != pixels:  # pdfium rounds; keep to the sizes checked against the limits
            image = image.resize(pixels)
        smallest = 0
        for fmt in formats:
            data = _encode(image, fmt)
            if limit is None or base64_length(len(data)) <= limit:
                sent: SentAs = "png" if fmt == "png" else "jpeg"
                return data, sent, scale * 72.0, pixels
            smallest = len(data) if not smallest else min(smallest, len(data))
        # Encoded size goes roughly with the pixel count: shrink to fit, with a margin.
        assert limit is not None
        scale *= min(0.9, math.sqrt(limit * 3 / 4 / smallest) * 0.95)
        least = max(rules.get("min_side", 1), rules.get("min_short_side", 1))
        if min(_pixels(width, height, scale)) < least:
            break
    raise RequestTooLargeError(
        "source",
        f"page {number} does not fit the size limit as PNG or JPEG at any allowed resolution",
        f"at most {limit} bytes after Base64 encoding",
    )


# -- one page ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PagePlan:
    """What to send for one page: `data` with `options` added to the call's (the page number
    when the whole file is sent), `sent_as` how, `dpi` the resolution of the answer's
    coordinates, `width` x `height` the page as shown in points, `pixels` the rendered size
    (None when sent as PDF). `DocumentPage` records the same."""

    number: int
    data: bytes
    sent_as: SentAs
    dpi: float
    width: float
    height: float
    pixels: tuple[int, int] | None
    options: dict[str, Any]


def plan_page(
    pdf: PdfDocument,
    number: int,
    spec: _spec.OperationSpec,
    max_dpi: float | None = None,
    mode: str = "auto",
) -> PagePlan:
    """What to send for page `number` (from 1) of `pdf` to the operation of `spec`: split out,
    the whole file with `pdf_page_number`, or rendered within its limits and `max_dpi`, as the
    module docstring tells; `mode="render"` always renders. Blocking (it splits or renders):
    run it in a thread from async code. Raises ValidationError (a page too small for the
    operation), RequestTooLargeError (no encoding fits), MissingExtraError (rendering without
    pypdfium2 or Pillow)."""
    width, height = pdf.shown_size(number)
    rules = spec["image_constraints"]
    if mode == "auto" and "pdf" in rules.get("formats", []):
        limit = rules.get("max_base64_bytes")

        def fits(data: bytes) -> bool:
            return limit is None or base64_length(len(data)) <= limit

        page = pdf.split(number)
        if page is not None and fits(page):
            return PagePlan(number, page, "pdf", SERVICE_PDF_DPI, width, height, None, {})
        if "pdf_page_number" in spec["options"] and not pdf.encrypted and fits(pdf.data):
            return PagePlan(
                number,
                pdf.data,
                "pdf_page_number",
                SERVICE_PDF_DPI,
                width,
                height,
                None,
                {"pdf_page_number": number},
            )
    data, sent_as, dpi, pixels = _rendered(pdf, number, spec, max_dpi)
    return PagePlan(number, data, sent_as, dpi, width, height, pixels, {})


def _page(plan: PagePlan, answer: Any, error: OcrError | None = None) -> DocumentPage:
    return DocumentPage(
        plan.number,
        answer,
        plan.sent_as,
        plan.dpi,
        plan.width,
        plan.height,
        plan.pixels,
        error,
    )


def _failed(number: int, error: OcrError) -> DocumentPage:
    return DocumentPage(number, None, "pdf", SERVICE_PDF_DPI, 0.0, 0.0, None, error)


def _prepare(
    client: Any,
    source: PdfSource,
    operation: str,
    pages: Any,
    options: dict[str, Any],
    concurrency: int | None,
    max_dpi: float | None,
    on_error: str,
    password: str | None,
    mode: str,
) -> tuple[_spec.OperationSpec, PdfDocument, list[int], int]:
    spec = _check_operation(operation, options)
    _check_settings(concurrency, max_dpi, on_error)
    if mode not in ("auto", "render"):
        raise ValidationError("mode", f"{mode!r}", "'auto' or 'render'")
    if not hasattr(client, operation):
        raise ValidationError("client", f"a {type(client).__name__} has no {operation}", "a client")
    if isinstance(source, str) and re.match(r"^[Hh][Tt][Tt][Pp][Ss]?://", source):
        raise ValidationError("source", "a URL", "a path, bytes or a binary file of a PDF")
    data = read_source(source, "source")
    pdf = PdfDocument(data, password)
    numbers = parse_pages(pages, pdf.count)
    workers = min(concurrency or DEFAULT_CONCURRENCY, client.max_concurrency, len(numbers))
    return spec, pdf, numbers, workers


def read_pdf(
    client: OcrClient,
    source: PdfSource,
    operation: str = "recognize_general_text",
    pages: str | int | Iterable[int] | None = None,
    *,
    concurrency: int | None = None,
    max_dpi: float | None = None,
    on_error: Literal["raise", "keep"] = "raise",
    password: str | None = None,
    mode: Literal["auto", "render"] = "auto",
    **options: Any,
) -> DocumentAnswer:
    """Read the pages of a PDF (all, or `pages`) with `operation` through `client`; the
    options are the operation's own, sent with every page. `mode="render"` renders every page
    even when the operation takes PDF. See the module docstring for how pages are sent, the
    concurrency and the errors."""
    spec, pdf, numbers, workers = _prepare(
        client, source, operation, pages, options, concurrency, max_dpi, on_error, password, mode
    )
    client.project_id()  # resolved (or refused) once, before the threads
    # The client makes its httpx.Client on first use, unlocked: made here, not in two threads.
    client._sync_client()
    method = getattr(client, operation)

    stop = threading.Event()  # set by the first failure: pages not yet started stay unsent

    def one(number: int) -> DocumentPage | None:
        if stop.is_set():
            return None
        plan: PagePlan | None = None
        try:
            plan = plan_page(pdf, number, spec, max_dpi, mode)
            return _page(plan, method(plan.data, **plan.options, **options))
        except OcrError as error:
            if on_error == "raise":
                stop.set()
                error.add_note(f"while reading page {number} of the PDF")
                raise
            return _page(plan, None, error) if plan else _failed(number, error)

    done: dict[int, DocumentPage] = {}
    try:
        with concurrent.futures.ThreadPoolExecutor(workers, "read_pdf") as pool:
            futures = {pool.submit(one, n): n for n in numbers}
            try:
                for future in concurrent.futures.as_completed(futures):
                    page = future.result()
                    if page is not None:
                        done[futures[future]] = page
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
    finally:
        pdf.close()
    return DocumentAnswer(operation, pdf.count, tuple(done[n] for n in numbers))


async def aread_pdf(
    client: AsyncOcrClient,
    source: PdfSource,
    operation: str = "recognize_general_text",
    pages: str | int | Iterable[int] | None = None,
    *,
    concurrency: int | None = None,
    max_dpi: float | None = None,
    on_error: Literal["raise", "keep"] = "raise",
    password: str | None = None,
    mode: Literal["auto", "render"] = "auto",
    **options: Any,
) -> DocumentAnswer:
    """`read_pdf` for an AsyncOcrClient: pages prepared in worker threads, sent as
    coroutines, `concurrency` pages at a time."""
    spec, pdf, numbers, workers = await asyncio.to_thread(
        _prepare,
        client,
        source,
        operation,
        pages,
        options,
        concurrency,
        max_dpi,
        on_error,
        password,
        mode,
    )
    await client.project_id()
    method = getattr(client, operation)
    slots = asyncio.Semaphore(workers)

    async def one(number: int) -> DocumentPage:
        plan: PagePlan | None = None
        async with slots:
            try:
                plan = await asyncio.to_thread(plan_page, pdf, number, spec, max_dpi, mode)
                return _page(plan, await method(plan.data, **plan.options, **options))
            except OcrError as error:
                if on_error == "raise":
                    error.add_note(f"while reading page {number} of the PDF")
                    raise
                return _page(plan, None, error) if plan else _failed(number, error)

    tasks = [asyncio.ensure_future(one(n)) for n in numbers]
    try:
        found = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    finally:
        pdf.close()
    return DocumentAnswer(operation, pdf.count, tuple(found))
