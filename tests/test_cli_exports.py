"""`--overlay` and `--export hocr|pdf` of single calls, and of `huaweicloud-ocr show` over a
batch's saved results (issue 16), against the embedded local OCR server on 127.0.0.1, which
answers each operation's first documented example of openapi.yaml."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from huaweicloud_ocr import cli
from huaweicloud_ocr.exports.overlay import KIND_COLOURS
from huaweicloud_ocr.results.locations import locations_of
from huaweicloud_ocr.testing import LocalOcrServer
from tests.cli_env import environment
from tests.test_cli_output import SCRIPT, first_example, usage_error, words_of

PDFTOTEXT = shutil.which("pdftotext") or "pdftotext"
XHTML = "{http://www.w3.org/1999/xhtml}"
SIZE = (700, 600)  # the General Text example's word lies within x 482..540, y 447..518

# A connection anywhere but 127.0.0.1 fails the test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("loopback_only")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.png"
    Image.new("RGB", SIZE, (255, 255, 255)).save(path)
    return path


def calls(server: LocalOcrServer) -> int:
    return len(server.calls)


def words_in_hocr(path: Path) -> list[str]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own output
    return [
        "".join(span.itertext())
        for span in root.iter(f"{XHTML}span")
        if span.get("class") == "ocrx_word"
    ]


def pdf_text(path: Path) -> str:
    done = subprocess.run(  # noqa: S603
        [PDFTOTEXT, str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


# -- single calls --------------------------------------------------------------------------------
@pytest.mark.usefixtures("credentials")
def test_overlay_draws_the_documented_box_and_stdout_is_unchanged(
    server: LocalOcrServer, page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "overlay.png"
    plain = cli.main(["general-text", str(page), "--endpoint", server.url, "--output", "text"])
    expected = capsys.readouterr().out
    code = cli.main(
        [
            "general-text",
            str(page),
            "--endpoint",
            server.url,
            "--output",
            "text",
            "--overlay",
            str(out),
        ]
    )
    printed, err = capsys.readouterr()
    assert (plain, code, err) == (0, 0, "")
    assert printed == expected
    drawn = Image.open(out).convert("RGB")
    original = Image.open(page).convert("RGB")
    assert drawn.size == original.size
    [box] = locations_of(first_example("general-text").value)
    # Every corner of the documented quadrilateral is painted in the word colour; the centre
    # of the box and the far corner of the image are not touched.
    for x, y in box.quad:
        assert drawn.getpixel((int(x), int(y))) == KIND_COLOURS["word"]
        assert original.getpixel((int(x), int(y))) == (255, 255, 255)
    centre = (int(sum(p[0] for p in box.quad) / 4), int(sum(p[1] for p in box.quad) / 4))
    assert drawn.getpixel(centre) == (255, 255, 255)
    assert drawn.getpixel((5, 5)) == (255, 255, 255)


@pytest.mark.usefixtures("credentials")
def test_hocr_and_pdf_exports_hold_the_answer_s_words(
    server: LocalOcrServer, page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = words_of(first_example("general-text").value)
    assert words
    hocr, pdf = tmp_path / "p.hocr", tmp_path / "p.pdf"
    for export, target in (("hocr", hocr), ("pdf", pdf)):
        code = cli.main(
            [
                "general-text",
                str(page),
                "--endpoint",
                server.url,
                "--export",
                export,
                "--out",
                str(target),
            ]
        )
        out, err = capsys.readouterr()
        assert (code, err) == (0, "")
        assert json.loads(out)["result"]["words_block_list"][0]["words"] == words[0]
    assert words_in_hocr(hocr) == words
    root = ET.parse(hocr).getroot()  # noqa: S314
    [page_div] = [d for d in root.iter(f"{XHTML}div") if d.get("class") == "ocr_page"]
    assert page_div.get("title", "").startswith(f"bbox 0 0 {SIZE[0]} {SIZE[1]};")
    assert pdf_text(pdf).split() == words


PDF_PAGE_COLOUR = (200, 30, 30)


def two_page_pdf() -> bytes:
    """Page 1 white, 288 x 336 points; page 2 red, 336 x 288 points: 700 x 600 pixels at the
    150 dpi of a page sent as PDF, so that the documented word lies within it."""
    pages = [Image.new("RGB", (288, 336), "white"), Image.new("RGB", (336, 288), PDF_PAGE_COLOUR)]
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=72)
    return out.getvalue()


@pytest.mark.usefixtures("credentials")
def test_a_pdf_input_gets_its_page_drawn_and_kept_in_one_call(
    server: LocalOcrServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--overlay renders the page asked for (150 dpi, the answer's pixels), --export pdf keeps
    that page as it is and adds the text: both from the one call that sent the whole file."""
    import pikepdf
    import pypdfium2  # type: ignore[import-untyped]

    source = tmp_path / "scan.pdf"
    source.write_bytes(two_page_pdf())
    data = source.read_bytes()
    overlay, searchable = tmp_path / "overlay.png", tmp_path / "page.pdf"
    before = calls(server)
    code = cli.main(
        [
            "general-text",
            str(source),
            "--endpoint",
            server.url,
            "--pdf-page-number",
            "2",
            "--overlay",
            str(overlay),
            "--export",
            "pdf",
            "--out",
            str(searchable),
        ]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    words = words_of(first_example("general-text").value)
    assert json.loads(out)["result"]["words_block_list"][0]["words"] == words[0]
    [call] = server.calls[before:]
    assert call.options.get("pdf_page_number") == 2
    assert call.image_sha256 == hashlib.sha256(data).hexdigest()  # the file itself was sent
    assert source.read_bytes() == data

    with Image.open(overlay) as opened:
        drawn = opened.convert("RGB")
    assert drawn.size == SIZE  # page 2 at 150 dpi (page 1 would be 600 x 700)
    assert drawn.getpixel((5, 5)) == pytest.approx(PDF_PAGE_COLOUR, abs=3)
    [box] = locations_of(first_example("general-text").value)
    for x, y in box.quad:
        assert drawn.getpixel((int(x), int(y))) == KIND_COLOURS["word"]

    with pikepdf.open(searchable) as pdf:
        assert len(pdf.pages) == 1
        assert [float(v) for v in pdf.pages[0].mediabox] == [0, 0, 336, 288]
    assert pdf_text(searchable).split() == words
    document = pypdfium2.PdfDocument(str(searchable))
    try:
        bitmap = document[0].render(scale=1)
        shown = bitmap.to_pil().convert("RGB")
        bitmap.close()
    finally:
        document.close()
    assert shown.size == (336, 288)
    assert shown.getpixel((5, 5)) == pytest.approx(PDF_PAGE_COLOUR, abs=3)  # page 2, kept


@pytest.mark.usefixtures("credentials")
def test_standard_input_is_kept_for_the_overlay(
    server: LocalOcrServer, page: Path, tmp_path: Path
) -> None:
    out = tmp_path / "stdin.jpg"
    done = subprocess.run(  # noqa: S603
        [str(SCRIPT), "general-text", "-", "--endpoint", server.url, "--overlay", str(out)],
        input=page.read_bytes(),
        env=environment(server),
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    with Image.open(out) as drawn:
        assert (drawn.format, drawn.size) == ("JPEG", SIZE)


@pytest.mark.usefixtures("credentials")
def test_url_with_overlay_or_pdf_is_refused_before_any_request(
    server: LocalOcrServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = calls(server)
    url = "https://example.com/page.png"
    err = usage_error(
        ["general-text", url, "--endpoint", server.url, "--overlay", str(tmp_path / "o.png")],
        capsys,
    )
    assert "argument --overlay: IMAGE is a URL" in err
    err = usage_error(
        [
            "general-text",
            url,
            "--endpoint",
            server.url,
            "--export",
            "pdf",
            "--out",
            str(tmp_path / "o.pdf"),
        ],
        capsys,
    )
    assert "argument --export: IMAGE is a URL, and --export pdf needs the image" in err
    assert calls(server) == before
    assert not list(tmp_path.iterdir())


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (
            ["passport", "--overlay", "o.png"],
            "argument --overlay: passport answers hold no locations",
        ),
        (
            ["passport", "--export", "hocr", "--out", "o.hocr"],
            "argument --export: passport answers hold no located text",
        ),
        (
            ["thailand-license-plate", "--export", "pdf", "--out", "o.pdf"],
            "thailand-license-plate answers hold no located text",
        ),
        (
            ["vietnam-id-card", "--export", "hocr", "--out", "o.hocr"],
            "ask with --return-text-location true",
        ),
        (["general-text", "--overlay", "o.gif"], "argument --overlay: 'o.gif' is neither .png"),
        (["general-text", "--export", "hocr"], "argument --export: needs --out too"),
        (["general-text", "--out", "o.hocr"], "argument --out: needs --export too"),
        (["general-text", "--overlay", "missing/o.png"], "does not exist"),
        (
            ["general-text", "--overlay", "o.png", "--export", "hocr", "--out", "o.png"],
            "the same file as --overlay",
        ),
    ],
)
def test_exports_that_cannot_be_made_are_usage_errors_before_sending(
    server: LocalOcrServer,
    page: Path,
    argv: list[str],
    words: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(page.parent)
    before = calls(server)
    err = usage_error([argv[0], str(page), "--endpoint", server.url, *argv[1:]], capsys)
    assert words in err
    assert calls(server) == before
    assert sorted(p.name for p in page.parent.iterdir()) == ["page.png"]


@pytest.mark.usefixtures("credentials")
def test_the_input_image_is_never_the_output(
    server: LocalOcrServer, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = page.read_bytes()
    err = usage_error(
        ["general-text", str(page), "--endpoint", server.url, "--overlay", str(page)], capsys
    )
    assert "is IMAGE itself, which is never overwritten" in err
    assert page.read_bytes() == data


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    ("module", "argv", "extra"),
    [
        ("PIL", ["--overlay", "o.png"], "huaweicloud-ocr[pillow]"),
        ("pikepdf", ["--export", "pdf", "--out", "o.pdf"], "huaweicloud-ocr[searchable-pdf]"),
    ],
)
def test_a_missing_extra_is_named_before_sending(
    server: LocalOcrServer,
    page: Path,
    module: str,
    argv: list[str],
    extra: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(page.parent)
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # import raises ImportError
    before = calls(server)
    err = usage_error(["general-text", str(page), "--endpoint", server.url, *argv], capsys)
    assert f'pip install "{extra}"' in err
    assert f"argument {argv[0]}:" in err
    assert calls(server) == before


# -- show over a batch's results -----------------------------------------------------------------
@pytest.fixture(scope="module")
def batch_dir(server: LocalOcrServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real `huaweicloud-ocr batch` of general-text over two images, one in a subdirectory;
    results.jsonl beside the images directory."""
    root = tmp_path_factory.mktemp("exports")
    for name in ["a.png", "sub/b.png"]:
        path = root / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", SIZE, (255, 255, 255)).save(path)
    done = subprocess.run(  # noqa: S603
        [
            str(SCRIPT),
            "batch",
            str(root / "in"),
            "--operation",
            "general-text",
            "--out",
            str(root / "results.jsonl"),
            "--endpoint",
            server.url,
            "--quiet",
        ],
        env=environment(server),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return root


def test_show_exports_every_ok_line_from_the_batch_s_images(
    batch_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = words_of(first_example("general-text").value)
    results, images = batch_dir / "results.jsonl", batch_dir / "in"
    before = {p: p.read_bytes() for p in images.rglob("*") if p.is_file()}
    code = cli.main(["show", str(results), "--output", "text"])
    shown = capsys.readouterr().out
    out, overlays = tmp_path / "pdf", tmp_path / "overlays"
    code = cli.main(
        [
            "show",
            str(results),
            "--output",
            "text",
            "--export",
            "pdf",
            "--out",
            str(out),
            "--images",
            str(images),
            "--overlay",
            str(overlays),
        ]
    )
    printed, err = capsys.readouterr()
    assert (code, err, printed) == (0, "", shown)
    for name in ("a.png", "sub/b.png"):
        assert pdf_text(out / f"{name}.pdf").split() == words
        with Image.open(overlays / f"{name}.overlay.png") as drawn:
            assert drawn.size == SIZE
            [box] = locations_of(first_example("general-text").value)
            x, y = box.quad[0]
            assert drawn.convert("RGB").getpixel((int(x), int(y))) == KIND_COLOURS["word"]
    hocr = tmp_path / "hocr"
    assert cli.main(["show", str(results), "--export", "hocr", "--out", str(hocr)]) == 0
    capsys.readouterr()
    assert sorted(str(p.relative_to(hocr)) for p in hocr.rglob("*.hocr")) == [
        "a.png.hocr",
        "sub/b.png.hocr",
    ]
    assert words_in_hocr(hocr / "sub/b.png.hocr") == words
    assert {p: p.read_bytes() for p in images.rglob("*") if p.is_file()} == before


def test_show_refuses_traversal_and_writes_the_rest(
    batch_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.loads((batch_dir / "results.jsonl").read_text().splitlines()[0])
    lines = [good]
    for bad in ("../escape.png", "/etc/passwd", "sub/../../x.png", "a\\..\\x.png"):
        lines.append({**good, "file": bad})
    results = tmp_path / "crafted.jsonl"
    results.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "deep" / "out"
    code = cli.main(["show", str(results), "--export", "hocr", "--out", str(out)])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.count("is not a plain relative path") == 4
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.hocr"))
    assert written == [f"deep/out/{good['file']}.hocr"]


def test_show_refuses_an_output_inside_the_images(
    batch_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    images = batch_dir / "in"
    err = usage_error(
        [
            "show",
            str(batch_dir / "results.jsonl"),
            "--overlay",
            str(images / "o"),
            "--images",
            str(images),
        ],
        capsys,
    )
    assert "argument --overlay:" in err
    assert "is inside --images" in err
    err = usage_error(
        ["show", str(batch_dir / "results.jsonl"), "--export", "pdf", "--out", "x"], capsys
    )
    assert "argument --export pdf: needs --images DIR" in err
    assert not (images / "o").exists()


def test_show_names_a_missing_extra(
    batch_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [m for m in sys.modules if m == "PIL" or m.startswith("PIL.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "PIL", None)
    err = usage_error(
        [
            "show",
            str(batch_dir / "results.jsonl"),
            "--overlay",
            str(tmp_path / "o"),
            "--images",
            str(batch_dir / "in"),
        ],
        capsys,
    )
    assert (
        'argument --overlay: --overlay needs PIL, which is not installed: pip install "huaweicloud-ocr[pillow]"'
        in err
    )
    assert not (tmp_path / "o").exists()


def test_help_says_how_files_and_output_go_together(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["general-text", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "still printed on standard output as --output says" in text
    assert "--overlay FILE" in text
    assert "--export {hocr,pdf}" in text
