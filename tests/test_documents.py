"""Whole PDFs through a client (documents.read_pdf / aread_pdf) against the local server on
127.0.0.1: real multi-page PDFs made here, every request recorded on its way out by an httpx
transport that forwards it to the server (and tags each answer with the page it carried, so
that order and page numbers can be checked on the answers themselves)."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import math
import threading
import time
from typing import Any

import httpx
import pikepdf
import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from huaweicloud_ocr import AsyncOcrClient, OcrClient, RetryPolicy, _spec, errors
from huaweicloud_ocr.documents import (
    SERVICE_PDF_DPI,
    DocumentAnswer,
    aread_pdf,
    parse_pages,
    raster_size,
    read_pdf,
)
from huaweicloud_ocr.testing import LocalOcrServer, sample_png

FAST_RETRY = RetryPolicy(max_attempts=3, initial_backoff=0.01, max_backoff=0.02, deadline=10)


def page_colour(number: int) -> tuple[int, int, int]:
    return (20 * number, 255 - 20 * number, 90)


def make_pdf(count: int, *, width: int = 100, height: int = 80) -> bytes:
    """A PDF of `count` pages, page n an image (72 dpi: pixels are points) of width
    `width + 10 n` in its own colour: a page is known from its width or its pixels."""
    images = [
        Image.new("RGB", (width + 10 * n, height), page_colour(n)) for n in range(1, count + 1)
    ]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=72)
    return out.getvalue()


def page_of(file: bytes, number: int | None, width: int = 100) -> int:
    """Which page of make_pdf a sent file is: a PDF (page `number`, else its only page) by its
    width, an image by its colour."""
    if file.startswith(b"%PDF-"):
        reader = pypdf.PdfReader(io.BytesIO(file))
        page = reader.pages[(number or 1) - 1]
        return (round(float(page.mediabox.width)) - width) // 10
    image = Image.open(io.BytesIO(file)).convert("RGB")
    red = image.getpixel((image.width // 2, image.height // 2))[0]  # type: ignore[index]
    return round(red / 20)


class Recorder:
    """What went out: each request's JSON body, the page it carried, the most requests in
    flight at once; answers tagged "page N"; `fail` scripts error answers per page."""

    def __init__(self, delay: float = 0.0, fail: dict[int, list[int]] | None = None) -> None:
        self.delay = delay
        self.fail = fail or {}
        self.bodies: list[dict[str, Any]] = []
        self.pages: list[int] = []
        self.lock = threading.Lock()
        self.active = self.peak = 0

    def before(self, content: bytes) -> tuple[int, int | None]:
        body = json.loads(content)
        field = "data" if "data" in body else "image"
        page = page_of(base64.b64decode(body[field]), body.get("pdf_page_number"))
        with self.lock:
            self.bodies.append(body)
            self.pages.append(page)
            self.active += 1
            self.peak = max(self.peak, self.active)
            script = self.fail.get(page)
            status = script.pop(0) if script else None
        return page, status

    def after(self) -> None:
        with self.lock:
            self.active -= 1

    @staticmethod
    def tagged(response: httpx.Response, page: int) -> httpx.Response:
        payload = json.loads(response.content)
        result = payload["result"]
        for item in result if isinstance(result, list) else [result]:
            blocks = item.get("ocr_result", item).get("words_block_list")
            if blocks:
                blocks[0]["words"] = f"page {page}"
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return httpx.Response(response.status_code, headers=headers, json=payload)

    @staticmethod
    def error(status: int) -> httpx.Response:
        if status >= 500:  # no code: a plain outage, which the client retries
            return httpx.Response(status, json={"error_msg": "scripted outage"})
        return httpx.Response(status, json={"error_code": "AIS.0101", "error_msg": "scripted"})


class SyncRecorder(Recorder, httpx.BaseTransport):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        page, status = self.before(request.read())
        try:
            time.sleep(self.delay)
            if status is not None:
                return self.error(status)
            response = self.inner.handle_request(request)
            response.read()
            return self.tagged(response, page)
        finally:
            self.after()


class AsyncRecorder(Recorder, httpx.AsyncBaseTransport):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        page, status = self.before(await request.aread())
        try:
            await asyncio.sleep(self.delay)
            if status is not None:
                return self.error(status)
            response = await self.inner.handle_async_request(request)
            await response.aread()
            return self.tagged(response, page)
        finally:
            self.after()


def client(server: LocalOcrServer, recorder: SyncRecorder) -> OcrClient:
    return OcrClient(
        endpoint=server.url,
        ak=server.ak,
        sk=server.sk,
        project_id=server.project_id,
        retry=FAST_RETRY,
        httpx_args={"transport": recorder},
    )


def async_client(server: LocalOcrServer, recorder: AsyncRecorder) -> AsyncOcrClient:
    return AsyncOcrClient(
        endpoint=server.url,
        ak=server.ak,
        sk=server.sk,
        project_id=server.project_id,
        retry=FAST_RETRY,
        httpx_args={"transport": recorder},
    )


def tags(doc: DocumentAnswer) -> list[str]:
    return [line for line in doc.text().splitlines() if line.startswith("page ")]


# -- splitting ---------------------------------------------------------------------------------
def test_every_page_is_sent_once_as_a_one_page_pdf_and_answers_come_in_order(
    server: LocalOcrServer,
) -> None:
    recorder = SyncRecorder()
    calls = len(server.state.calls)
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, make_pdf(5), concurrency=4)
    assert sorted(recorder.pages) == [1, 2, 3, 4, 5]  # each page once
    assert len(server.state.calls) - calls == 5  # ... and each accepted by the server
    for body in recorder.bodies:
        assert "pdf_page_number" not in body
        assert len(pypdf.PdfReader(io.BytesIO(base64.b64decode(body["image"]))).pages) == 1
    assert doc.page_count == 5
    assert doc.page_numbers == [1, 2, 3, 4, 5]
    assert [p.sent_as for p in doc.pages] == ["pdf"] * 5
    assert [p.dpi for p in doc.pages] == [SERVICE_PDF_DPI] * 5
    assert [p.width for p in doc.pages] == [110.0, 120.0, 130.0, 140.0, 150.0]
    # The answer each page holds is the one given to that page's request.
    assert tags(doc) == [f"page {n}" for n in range(1, 6)]
    spans = [s for s in doc.spans() if s.text.startswith("page ")]
    assert [(s.text, s.page) for s in spans] == [(f"page {n}", n) for n in range(1, 6)]
    assert all(doc.text()[s.start : s.end] == s.text for s in doc.spans())


@pytest.mark.parametrize(
    ("pages", "expected"),
    [("2-3,5", [2, 3, 5]), ("4-", [4, 5, 6]), (range(5, 7), [5, 6]), (3, [3]), ([6, 1], [1, 6])],
)
def test_page_ranges_send_only_those_pages(
    server: LocalOcrServer, pages: Any, expected: list[int]
) -> None:
    recorder = SyncRecorder()
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, make_pdf(6), pages=pages)
    assert sorted(recorder.pages) == expected
    assert doc.page_numbers == expected
    assert doc.page_count == 6
    assert tags(doc) == [f"page {n}" for n in expected]


@pytest.mark.parametrize(
    ("pages", "problem"),
    [
        ("0", "page 0 is outside"),
        ("7", "page 7 is outside"),
        ([1, 9], "page 9 is outside"),
        ("3-1", "runs backwards"),
        ("1,2,1", "asked for twice"),
        ("", "empty"),
        ("1;2", "not a page or range"),
        ("a-b", "not a page or range"),
        ([True], "not a page number"),
        ([1.5], "not a page number"),
        ([], "no page"),
        (False, "not a page number"),
    ],
)
def test_bad_page_ranges_are_refused_naming_pages(pages: Any, problem: str) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        parse_pages(pages, 6)
    assert caught.value.field == "pages"
    assert problem in caught.value.problem
    assert "page numbers from 1 to 6" in caught.value.rule


def test_pages_run_concurrently_within_the_limit(server: LocalOcrServer) -> None:
    recorder = SyncRecorder(delay=0.2)
    with client(server, recorder) as ocr:
        started = time.monotonic()
        doc = read_pdf(ocr, make_pdf(6), concurrency=3)
        elapsed = time.monotonic() - started
    assert recorder.peak == 3
    assert elapsed < 6 * 0.2  # not one after another
    assert doc.page_numbers == [1, 2, 3, 4, 5, 6]
    assert tags(doc) == [f"page {n}" for n in range(1, 7)]


def test_async_pages_run_concurrently_in_order(server: LocalOcrServer) -> None:
    recorder = AsyncRecorder(delay=0.2)

    async def main() -> DocumentAnswer:
        async with async_client(server, recorder) as ocr:
            return await aread_pdf(ocr, make_pdf(7), pages="2-", concurrency=3)

    doc = asyncio.run(main())
    assert recorder.peak == 3
    assert sorted(recorder.pages) == [2, 3, 4, 5, 6, 7]
    assert doc.page_numbers == [2, 3, 4, 5, 6, 7]
    assert tags(doc) == [f"page {n}" for n in range(2, 8)]


def test_concurrency_never_exceeds_the_clients_max_concurrency(server: LocalOcrServer) -> None:
    recorder = SyncRecorder(delay=0.1)
    ocr = OcrClient(
        endpoint=server.url,
        ak=server.ak,
        sk=server.sk,
        project_id=server.project_id,
        max_concurrency=2,
        httpx_args={"transport": recorder},
    )
    with ocr:
        read_pdf(ocr, make_pdf(5), concurrency=10)
    assert recorder.peak == 2


def test_a_page_split_over_the_size_limit_goes_as_the_whole_file_with_pdf_page_number(
    server: LocalOcrServer,
) -> None:
    # Page 2 carries a big string: in the file it sits compressed in an object stream, but a
    # one-page PDF written by pypdf holds it as it is, over the 10 MB Base64 limit.
    pdf = pikepdf.open(io.BytesIO(make_pdf(3)))
    pdf.pages[1].obj["/PieceInfo"] = pdf.make_indirect(pikepdf.String(b"A" * 7_900_000))
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    whole = out.getvalue()
    assert len(whole) < 100_000
    recorder = SyncRecorder()
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, whole)
    assert [p.sent_as for p in doc.pages] == ["pdf", "pdf_page_number", "pdf"]
    by_page = dict(zip(recorder.pages, recorder.bodies, strict=True))
    assert sorted(by_page) == [1, 2, 3]
    assert by_page[2]["pdf_page_number"] == 2
    assert base64.b64decode(by_page[2]["image"]) == whole
    assert "pdf_page_number" not in by_page[1]
    assert tags(doc) == ["page 1", "page 2", "page 3"]


# -- rendering for image-only operations --------------------------------------------------------
def png_size(body: dict[str, Any]) -> tuple[int, int]:
    data = base64.b64decode(body["image"])
    assert data.startswith(b"\x89PNG")
    width, height = Image.open(io.BytesIO(data)).size
    return width, height


def test_image_only_operation_gets_each_page_rendered_at_the_largest_allowed_size(
    server: LocalOcrServer,
) -> None:
    # A long, low page: the 8192-pixel side limit of passports is reached at a small size.
    rules = _spec.operation("recognize_passport")["image_constraints"]
    assert "pdf" not in rules["formats"]
    recorder = SyncRecorder()
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, make_pdf(3, width=400, height=20), "recognize_passport")
    assert sorted(recorder.pages) == [1, 2, 3]  # told apart by their colour
    sizes = {
        page: png_size(body) for page, body in zip(recorder.pages, recorder.bodies, strict=True)
    }
    for number, page in zip([1, 2, 3], doc.pages, strict=True):
        width, height = sizes[number]
        assert width == rules["max_side"]  # the long side at the limit: the highest resolution
        assert height == math.floor((20 / (400 + 10 * number)) * rules["max_side"] + 1e-6)
        assert page.sent_as == "png"
        assert page.pixels == (width, height)
        assert page.dpi == pytest.approx(72 * rules["max_side"] / (400 + 10 * number))


def test_max_dpi_caps_the_resolution_and_mode_render_renders_pdf_operations(
    server: LocalOcrServer,
) -> None:
    recorder = SyncRecorder()
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, make_pdf(2), "recognize_general_text", mode="render", max_dpi=144)
    assert [p.sent_as for p in doc.pages] == ["png", "png"]
    assert sorted(png_size(b) for b in recorder.bodies) == [(220, 160), (240, 160)]
    assert tags(doc) == ["page 1", "page 2"]


RULES = st.fixed_dictionaries(
    {},
    optional={
        "max_side": st.integers(100, 40_000),
        "max_long_side": st.integers(100, 40_000),
        "max_pixels": st.integers(10_000, 200_000_000),
        "min_side": st.integers(1, 100),
    },
)


@settings(max_examples=300, deadline=None)
@given(
    width=st.floats(20, 5000),
    height=st.floats(20, 5000),
    rules=RULES,
    max_dpi=st.none() | st.floats(10, 1200),
)
def test_raster_size_is_the_largest_within_every_limit(
    width: float, height: float, rules: Any, max_dpi: float | None
) -> None:
    try:
        w, h, scale = raster_size(width, height, rules, max_dpi)
    except errors.ValidationError as exc:
        assert exc.field == "source"  # noqa: PT017  # hypothesis: one branch of many
        assert "no side smaller than" in exc.rule  # noqa: PT017
        largest = min(
            rules.get("max_side", math.inf) / max(width, height),
            rules.get("max_long_side", math.inf) / max(width, height),
            math.sqrt(rules.get("max_pixels", math.inf) / (width * height)),
            (max_dpi or math.inf) / 72,
        )
        if math.isinf(largest):
            largest = 300 / 72  # no limit at all: a scan's usual resolution
        assert min(width, height) * largest < rules.get("min_side", 1) + 1
        return
    assert max(w, h) <= min(rules.get("max_side", math.inf), rules.get("max_long_side", math.inf))
    assert w * h <= rules.get("max_pixels", math.inf)
    assert min(w, h) >= rules.get("min_side", 1)
    if max_dpi is not None:
        assert scale <= max_dpi / 72 + 1e-9
    if rules.keys() & {"max_side", "max_long_side", "max_pixels"} or max_dpi is not None:
        # One percent more resolution breaks a limit: none was left unused.
        bigger = scale * 1.01
        broken = (
            max(width, height) * bigger
            > min(rules.get("max_side", math.inf), rules.get("max_long_side", math.inf))
            or width * height * bigger * bigger > rules.get("max_pixels", math.inf)
            or (max_dpi is not None and bigger > max_dpi / 72)
        )
        assert broken


# -- errors --------------------------------------------------------------------------------------
def encrypted_pdf(user: str, owner: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf(2)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_encrypted_pdf_is_refused_unless_its_password_is_given(server: LocalOcrServer) -> None:
    locked = encrypted_pdf("open-sesame", "owner-word")
    recorder = SyncRecorder()
    with client(server, recorder) as ocr:
        with pytest.raises(errors.ValidationError) as caught:
            read_pdf(ocr, locked)
        assert caught.value.field == "source"
        assert "encrypted" in caught.value.problem
        assert "password" in caught.value.rule
        with pytest.raises(errors.ValidationError, match="password is wrong"):
            read_pdf(ocr, locked, password="not-it")
        assert recorder.bodies == []  # nothing was sent
        doc = read_pdf(ocr, locked, password="open-sesame")
        assert doc.page_numbers == [1, 2]
        # Only an owner password (opens without one): read as it is.
        assert read_pdf(ocr, encrypted_pdf("", "owner-word")).page_numbers == [1, 2]
    sent = [base64.b64decode(b["image"]) for b in recorder.bodies]
    assert all(not pypdf.PdfReader(io.BytesIO(s)).is_encrypted for s in sent)


@pytest.mark.parametrize(
    ("source", "field", "problem"),
    [
        (sample_png(), "source", "it is a PNG file"),
        (b"plain text, no PDF", "source", "not a PDF"),
        (b"", "source", "not a PDF"),
        (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", "source", "PDF"),
        ("https://example.com/a.pdf", "source", "a URL"),
        ("no/such/file.pdf", "source", "no file at"),
    ],
)
def test_input_that_is_no_readable_pdf_is_refused_naming_source(
    server: LocalOcrServer, source: Any, field: str, problem: str
) -> None:
    recorder = SyncRecorder()
    with client(server, recorder) as ocr, pytest.raises(errors.ValidationError) as caught:
        read_pdf(ocr, source)
    assert caught.value.field == field
    assert problem in str(caught.value)
    assert recorder.bodies == []


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"operation": "recognize_nothing"}, "operation", "one of recognize_"),
        ({"pdf_page_number": 2}, "pdf_page_number", "pages="),
        ({"concurrency": 0}, "concurrency", "at least 1"),
        ({"max_dpi": -1}, "max_dpi", "positive"),
        ({"on_error": "ignore"}, "on_error", "'raise' or 'keep'"),
        ({"mode": "fast"}, "mode", "'auto' or 'render'"),
        ({"language": "xx"}, "language", "one of auto"),  # the client's own option check
    ],
)
def test_bad_arguments_are_refused_before_anything_is_sent(
    server: LocalOcrServer, kwargs: dict[str, Any], field: str, rule: str
) -> None:
    recorder = SyncRecorder()
    with client(server, recorder) as ocr, pytest.raises(errors.ValidationError) as caught:
        read_pdf(ocr, make_pdf(2), **kwargs)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert recorder.bodies == []


def test_a_failing_page_raises_its_own_error_naming_the_page(server: LocalOcrServer) -> None:
    recorder = SyncRecorder(fail={2: [400]})
    with client(server, recorder) as ocr, pytest.raises(errors.BadRequestError) as caught:
        read_pdf(ocr, make_pdf(3), concurrency=1)
    assert "while reading page 2 of the PDF" in caught.value.__notes__
    assert 3 not in recorder.pages  # pages not started are not sent


def test_on_error_keep_tries_every_page_and_retries_follow_the_clients_policy(
    server: LocalOcrServer,
) -> None:
    # Page 1 fails for good (400 is not retried); page 3 fails once with 503, then succeeds.
    recorder = SyncRecorder(fail={1: [400], 3: [503]})
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, make_pdf(4), on_error="keep")
    assert sorted(recorder.pages) == [1, 2, 3, 3, 4]
    first = doc.page(1)
    assert first.answer is None
    assert isinstance(first.error, errors.BadRequestError)
    assert doc.page(3).answer is not None
    assert doc.page(3).error is None
    assert tags(doc) == ["page 2", "page 3", "page 4"]


def test_async_errors_name_the_page_too(server: LocalOcrServer) -> None:
    recorder = AsyncRecorder(fail={2: [400]})

    async def main() -> None:
        async with async_client(server, recorder) as ocr:
            await aread_pdf(ocr, make_pdf(2))

    with pytest.raises(errors.BadRequestError) as caught:
        asyncio.run(main())
    assert "while reading page 2 of the PDF" in caught.value.__notes__


# -- the results layer -------------------------------------------------------------------------
def test_smart_document_pages_feed_text_and_tables_of_the_whole_document(
    server: LocalOcrServer,
) -> None:
    recorder = SyncRecorder()
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, make_pdf(3), "recognize_smart_document_recognizer", pages="1,3")
    assert all("data" in body for body in recorder.bodies)
    from huaweicloud_ocr.results.tables import tables_of
    from huaweicloud_ocr.results.text import text_of

    one_page = tables_of(doc.pages[0].answer)
    assert one_page  # the documented example has tables
    tables = doc.tables()
    assert len(tables) == 2 * len(one_page)
    assert [t.page for t in tables] == [1] * len(one_page) + [3] * len(one_page)
    assert [t.to_rows() for t in tables[: len(one_page)]] == [t.to_rows() for t in one_page]
    assert doc.text() == text_of(doc.results())  # the flat page list reads as one answer
    assert tags(doc) == ["page 1", "page 3"]


def test_markdown_of_the_whole_document_holds_each_page_once(server: LocalOcrServer) -> None:
    import warnings

    from huaweicloud_ocr.results.document import markdown_of

    recorder = SyncRecorder()
    with client(server, recorder) as ocr:
        doc = read_pdf(ocr, make_pdf(2), "recognize_smart_document_recognizer")
        table = read_pdf(ocr, make_pdf(2), "recognize_general_table")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the documented example's id problems, shown inline
        whole = doc.markdown()
        # the recorder tags each answer with its page: each tag once, pages in order
        assert [whole.count(f"page {n}") for n in (1, 2)] == [1, 1]
        assert whole.index("page 1") < whole.index("page 2")
        tables = [markdown_of(p.answer) for p in table.pages]
        assert table.markdown() == f"{tables[0]}\n\n---\n\n{tables[1]}"
