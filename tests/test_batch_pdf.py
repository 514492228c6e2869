"""PDFs in a batch directory, page by page (issue 16, point 2), over real HTTP on 127.0.0.1: the
local OCR server answers, and an httpx transport records every request on its way there (which
page it carried, and how) and tags each answer with that page, so a line's page can be checked
against the answer it holds. The PDFs are made here, with Pillow (pages of distinct widths and
colours) and pypdf (encryption)."""

from __future__ import annotations

import base64
import io
import json
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pypdf
import pytest
from PIL import Image

from huaweicloud_ocr import AsyncOcrClient, RetryPolicy, cli
from huaweicloud_ocr.batch import BatchError, BatchSummary, ProgressReporter, run_batch
from huaweicloud_ocr.testing import LocalOcrServer, sample_png

FAST_RETRY = RetryPolicy(max_attempts=2, initial_backoff=0.01, max_backoff=0.02, deadline=5)
BASE_WIDTH = 100  # page n of make_pdf is BASE_WIDTH + 10 n points (and pixels at 72 dpi) wide


@pytest.fixture(scope="module")
def server() -> Any:
    with LocalOcrServer() as running:
        yield running


def make_pdf(count: int, height: int = 80) -> bytes:
    """A PDF of `count` pages; page n an image of width BASE_WIDTH + 10 n in its own colour.
    A rendered page is as large as the operation's limits allow (8192 pixels on the long
    side): a tall page (`height`) keeps the pixel count, and the test, small."""
    images = [
        Image.new("RGB", (BASE_WIDTH + 10 * n, height), (20 * n, 255 - 20 * n, 90))
        for n in range(1, count + 1)
    ]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=72)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(2))))
    writer.encrypt("secret-for-the-test")  # RC4-128: no cryptography package needed
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_sent(data: bytes) -> tuple[int, str]:
    """(the page of make_pdf a request carried, how: "pdf" or the image format); 0 for a PNG
    of sample_png (an image file of the batch, not a page)."""
    if data.startswith(b"%PDF-"):
        reader = pypdf.PdfReader(io.BytesIO(data))
        assert len(reader.pages) == 1  # one page, never the whole file
        return (round(float(reader.pages[0].mediabox.width)) - BASE_WIDTH) // 10, "pdf"
    image = Image.open(io.BytesIO(data))
    fmt = (image.format or "").lower()
    red = image.convert("RGB").getpixel((image.width // 2, image.height // 2))[0]  # type: ignore[index]
    if image.width < 50:  # sample_png's test images are tiny
        return 0, fmt
    return round(red / 20), fmt


class Recorder(httpx.AsyncBaseTransport):
    """Forwards to the local server; records (page, how) per request; tags the answer."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[int, str]] = []
        self.lock = threading.Lock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(await request.aread())
        field = "data" if "data" in body else "image"
        page, how = page_sent(base64.b64decode(body[field]))
        with self.lock:
            self.sent.append((page, how))
        response = await self.inner.handle_async_request(request)
        payload = json.loads(await response.aread())
        if response.status_code == 200:
            payload["result"]["tag"] = f"page {page}"  # a member the models keep as extra
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return httpx.Response(response.status_code, headers=headers, json=payload)

    async def aclose(self) -> None:
        await self.inner.aclose()


def run(
    server: LocalOcrServer,
    recorder: Recorder,
    folder: Path,
    out: Path,
    operation: str = "general-text",
    **kwargs: Any,
) -> BatchSummary:
    def client() -> AsyncOcrClient:
        return AsyncOcrClient(
            endpoint=server.url,
            ak=server.ak,
            sk=server.sk,
            project_id=server.project_id,
            retry=FAST_RETRY,
            httpx_args={"transport": recorder},
        )

    return run_batch(client, folder, out, operation, handle_signals=False, **kwargs)


def records(out: Path) -> list[dict[str, Any]]:
    data = out.read_bytes()
    assert data == b"" or data.endswith(b"\n")
    return [json.loads(line) for line in data.splitlines()]


def keys(lines: list[dict[str, Any]]) -> list[tuple[str, int | None]]:
    return sorted(((r["file"], r.get("page")) for r in lines), key=lambda k: (k[0], k[1] or 0))


def folder_with(tmp_path: Path, **pdfs: bytes) -> Path:
    """Two PNGs (a.png, sub/b.png) and the given PDFs (name -> bytes)."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.png").write_bytes(sample_png(16, 16))
    (folder / "sub" / "b.png").write_bytes(sample_png(17, 16))
    for name, data in pdfs.items():
        (folder / name).write_bytes(data)
    return folder


# -- one line per page ---------------------------------------------------------------------------
def test_each_page_of_a_pdf_among_images_gets_its_own_line(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    folder = folder_with(tmp_path, **{"doc.pdf": make_pdf(3), "sub/two.pdf": make_pdf(2)})
    out = tmp_path / "results.jsonl"
    recorder = Recorder()
    summary = run(server, recorder, folder, out, concurrency=4)

    lines = records(out)
    assert keys(lines) == [
        ("a.png", None),
        ("doc.pdf", 1),
        ("doc.pdf", 2),
        ("doc.pdf", 3),
        ("sub/b.png", None),
        ("sub/two.pdf", 1),
        ("sub/two.pdf", 2),
    ]
    assert {r["status"] for r in lines} == {"ok"}
    # General Text takes PDF: each page went alone, as a one-page PDF, exactly once.
    assert Counter(recorder.sent) == Counter(
        [(0, "png"), (0, "png"), (1, "pdf"), (2, "pdf"), (3, "pdf"), (1, "pdf"), (2, "pdf")]
    )
    for line in lines:
        if "page" in line:
            assert line["result"]["result"]["tag"] == f"page {line['page']}"  # its own answer
            assert (line["sent_as"], line["dpi"]) == ("pdf", 150.0)
        else:
            assert "sent_as" not in line
    assert (summary.total, summary.pdfs, summary.pdf_pages, summary.ok) == (7, 2, 5, 7)
    assert summary.exit_code == 0
    assert "7 files and pages (5 pages of 2 PDFs): 7 ok, 0 failed, 0 not done" in summary.line()

    again = run(server, recorder, folder, out)
    assert (again.skipped, again.processed, len(recorder.sent)) == (7, 0, 7)  # nothing sent


def test_a_rerun_after_an_interruption_sends_only_the_missing_pages(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    folder = folder_with(tmp_path, **{"doc.pdf": make_pdf(6)})
    out = tmp_path / "results.jsonl"
    first = Recorder()
    run(server, first, folder, out, concurrency=3)
    complete = records(out)
    assert len(complete) == len(first.sent) == 8
    kept = 3
    out.write_bytes(b"".join(line + b"\n" for line in out.read_bytes().splitlines()[:kept]))
    # ... as a run stopped after three lines would have left it; a torn fourth line too:
    with out.open("ab") as torn:
        torn.write(b'{"file":"doc.pdf","page":')

    second = Recorder()
    summary = run(server, second, folder, out, concurrency=3)
    assert summary.repaired_bytes > 0
    assert (summary.skipped, summary.processed) == (kept, 8 - kept)
    lines = records(out)
    assert keys(lines) == keys(complete)  # every file and page once, none twice
    done_before = {(r["file"], r.get("page")) for r in complete[:kept]}
    sent_now = Counter(
        ("doc.pdf", page) if how == "pdf" else ("?", None) for page, how in second.sent
    )
    missing = [k for k in keys(complete) if k not in done_before]
    assert sum(sent_now.values()) == len(missing)  # one request per missing line, no more
    assert {k for k in sent_now if k[0] == "doc.pdf"} == {k for k in missing if k[1] is not None}


# -- PDFs that cannot be read --------------------------------------------------------------------
def test_an_encrypted_or_broken_pdf_is_one_failed_line_for_the_file(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    folder = folder_with(
        tmp_path,
        **{
            "locked.pdf": encrypted_pdf(),
            "broken.pdf": b"%PDF-1.7\n this is not a PDF body at all\n",
            "fine.pdf": make_pdf(2),
        },
    )
    out = tmp_path / "results.jsonl"
    recorder = Recorder()
    summary = run(server, recorder, folder, out)
    by_key = {(r["file"], r.get("page")): r for r in records(out)}
    assert sorted(by_key, key=lambda k: (k[0], k[1] or 0)) == [
        ("a.png", None),
        ("broken.pdf", None),
        ("fine.pdf", 1),
        ("fine.pdf", 2),
        ("locked.pdf", None),
        ("sub/b.png", None),
    ]
    locked, broken = by_key["locked.pdf", None], by_key["broken.pdf", None]
    for line in (locked, broken):
        assert line["status"] == "failed"
        assert line["error"]["type"] == "ValidationError"
        assert line["error"]["field"] == "source"
    assert "encrypted" in locked["error"]["message"]
    assert "unreadable PDF" in broken["error"]["message"]
    assert len(recorder.sent) == 4  # nothing sent for the two
    assert (summary.failed, summary.exit_code) == (2, 1)

    kept = run(server, recorder, folder, out)  # failed lines are kept ...
    assert (kept.skipped, kept.failed_before, len(recorder.sent)) == (6, 2, 4)
    retried = run(server, recorder, folder, out, retry_failed=True)  # ... until retried
    assert (retried.retried, retried.failed, len(recorder.sent)) == (2, 2, 4)
    assert len(records(out)) == 6  # still one line each


def test_a_line_with_a_page_that_is_not_a_page_number_stops_the_run(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    folder = folder_with(tmp_path)
    out = tmp_path / "results.jsonl"
    good = {"file": "a.png", "operation": "general-text", "status": "failed", "error": {}}
    for page in (0, "2", True):
        bad = {**good, "file": "doc.pdf", "page": page}
        out.write_text(json.dumps(bad) + "\n" + json.dumps(good) + "\n")
        with pytest.raises(BatchError, match="line 1: not a results line"):
            run(server, Recorder(), folder, out)
    out.write_text(
        json.dumps({**good, "file": "doc.pdf", "page": 2}) + "\n" + json.dumps(good) + "\n"
    )
    assert run(server, Recorder(), folder, out).skipped == 1  # a.png's line; doc.pdf is gone


# -- operations that take only images ------------------------------------------------------------
def test_an_image_only_operation_gets_each_page_rendered(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    folder = folder_with(tmp_path, **{"doc.pdf": make_pdf(3, height=2000)})
    (folder / "notes.txt").write_text("not an image")
    out = tmp_path / "results.jsonl"
    recorder = Recorder()
    summary = run(server, recorder, folder, out, "general-table", skip_not_images=True)
    assert summary.skipped_not_images == 1  # notes.txt; the PDF is not "not an image"
    pages = sorted((r["page"], r["sent_as"], r["status"]) for r in records(out) if "page" in r)
    assert pages == [(1, "png", "ok"), (2, "png", "ok"), (3, "png", "ok")]
    assert sorted(s for s in recorder.sent if s[0]) == [(1, "png"), (2, "png"), (3, "png")]
    for line in records(out):
        if "page" in line:
            assert line["result"]["result"]["tag"] == f"page {line['page']}"
            assert line["dpi"] > 72  # rendered above the page's own 72 dpi, within the limits


def test_without_the_pdf_extra_pdfs_are_skipped_and_counted(
    server: LocalOcrServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with(tmp_path, **{"doc.pdf": make_pdf(2, height=2000)})
    out = tmp_path / "results.jsonl"
    stream = io.StringIO()
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import pypdfium2 fails
    recorder = Recorder()
    summary = run(
        server,
        recorder,
        folder,
        out,
        "general-table",  # renders pages: needs pypdfium2
        reporter=ProgressReporter(stream, tty=False),
    )
    assert keys(records(out)) == [("a.png", None), ("sub/b.png", None)]
    assert (summary.skipped_pdfs, summary.exit_code, len(recorder.sent)) == (1, 0, 2)
    told = stream.getvalue()
    assert "1 PDFs skipped: reading PDFs page by page needs pypdfium2" in told
    assert 'pip install "huaweicloud-ocr[pdf]"' in told
    assert "1 PDFs skipped (they need the pdf extra)" in summary.line()

    # General Text takes PDF: splitting needs only pypdf, so the PDF is read now.
    text = run(server, recorder, folder, tmp_path / "text.jsonl")
    assert (text.skipped_pdfs, text.pdf_pages) == (0, 2)

    monkeypatch.undo()  # installed: the next run does the PDF
    later = run(server, recorder, folder, out, "general-table")
    assert (later.skipped, later.ok, later.skipped_pdfs) == (2, 2, 0)
    assert keys(records(out))[1:3] == [("doc.pdf", 1), ("doc.pdf", 2)]


def test_pdf_page_number_is_refused_as_an_option(server: LocalOcrServer, tmp_path: Path) -> None:
    folder = folder_with(tmp_path, **{"doc.pdf": make_pdf(2)})
    with pytest.raises(BatchError, match="'pdf_page_number': the batch sends each page"):
        run(server, Recorder(), folder, tmp_path / "r.jsonl", options={"pdf_page_number": 2})


# -- the command ---------------------------------------------------------------------------------
def test_the_command_reads_pdfs_page_by_page_and_show_renders_each_page(
    server: LocalOcrServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for key, value in {
        "HUAWEICLOUD_SDK_AK": server.ak,
        "HUAWEICLOUD_SDK_SK": server.sk,
        "HUAWEICLOUD_SDK_PROJECT_ID": server.project_id,
        "HUAWEICLOUD_SDK_CREDENTIALS_FILE": str(tmp_path / "none"),
    }.items():
        monkeypatch.setenv(key, value)
    folder = folder_with(tmp_path, **{"doc.pdf": make_pdf(3)})
    out = tmp_path / "results.jsonl"
    calls = len(server.calls)
    argv = ["batch", str(folder), "--operation", "general-text", "--out", str(out)]
    code = cli.main([*argv, "--endpoint", server.url])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "5 files and pages (3 pages of 1 PDFs): 5 ok, 0 failed, 0 not done" in err
    assert len(server.calls) - calls == 5
    assert keys(records(out))[1:4] == [("doc.pdf", 1), ("doc.pdf", 2), ("doc.pdf", 3)]

    assert cli.main(["show", str(out), "--output", "json", "--file", "doc.pdf"]) == 0
    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["page"] for r in shown) == [1, 2, 3]
    assert cli.main(["show", str(out), "--output", "text"]) == 0
    text = capsys.readouterr().out
    assert [text.count(f"==> doc.pdf#page={n} <==") for n in (1, 2, 3)] == [1, 1, 1]
    exports = tmp_path / "exports"
    argv = ["show", str(out), "--export", "hocr", "--out", str(exports), "--file", "doc.pdf"]
    assert cli.main([*argv, "--images", str(folder)]) == 0, capsys.readouterr().err
    written = sorted(p.name for p in exports.iterdir())
    assert written == [f"doc.pdf.page-{n}.hocr" for n in (1, 2, 3)]  # one per page, none lost
