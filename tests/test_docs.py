"""The documentation site (issue 20): the generated reference pages match openapi.yaml, the
site builds with warnings as errors, every internal link and anchor of the built HTML resolves,
and, where Chromium is installed, every page opens cleanly in a browser and search finds each
operation.

The site is built once per session into a temporary directory (about 20 s: mkdocstrings reads
the package, Redocly renders the spec); the browser check opens every page (a few minutes with
software rendering). Each checker is also run on a small broken site, to prove it can fail.
"""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator import docs as docs_gen
from tools import browser_check

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"


def _needs_docs_tools() -> None:
    try:
        import mkdocs  # noqa: F401
        import mkdocstrings  # noqa: F401
    except ImportError:
        pytest.fail("the documentation tools are missing: pip install -r requirements-docs.txt")


# ---------------------------------------------------------------------------------------------
# Generated pages


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    rendered: dict[str, str] = docs_gen.render(docs_gen.load())
    return rendered


def test_reference_pages_match_the_spec() -> None:
    assert docs_gen.main(["--check"]) == 0, "run `make docs` (python generator/docs.py)"


def test_drift_is_caught(pages: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "reference"
    docs_gen.write(pages, out)
    assert docs_gen.drift(pages, out) == []
    edited = out / "operations" / "recognize_passport.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Passport", "Pasport", 1), "utf-8")
    (out / "errors" / "AIS.0101.md").unlink()
    (out / "errors" / "AIS.9999.md").write_text("stale", encoding="utf-8")
    problems = docs_gen.drift(pages, out)
    assert len(problems) == 3
    assert any("recognize_passport.md" in p and "+# Passport OCR" in p for p in problems)
    assert "missing from docs/reference/: errors/AIS.0101.md" in problems
    assert "only in docs/reference/: errors/AIS.9999.md" in problems
    assert docs_gen.main(["--check", "--out", str(out)]) == 1


def test_a_page_per_operation_and_per_error_code(pages: dict[str, str]) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    ops = {
        re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", item["post"]["operationId"]).lower(): item["post"]
        for path, item in spec["paths"].items()
        if path.startswith("/v2/{project_id}/ocr/")
    }
    codes = {e["code"] for e in spec["x-error-codes"]}
    expected = {f"operations/{m}.md" for m in ops} | {f"errors/{c}.md" for c in codes}
    expected |= {"index.md", "types.md", "errors/index.md"}
    assert set(pages) == expected
    for code in codes:
        assert f"[{code}]({code}.md)" in pages["errors/index.md"]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_each_operation_page_says_everything_the_spec_says(pages: dict[str, str]) -> None:
    """What the issue lists, taken from the spec itself: summary, signatures, CLI command,
    route, regions, every option, the response fields, the error statuses, every example and
    every x-doc-note of the operation."""
    loaded = docs_gen.load()
    for method, (path, op) in loaded.operations.items():
        page = pages[f"operations/{method}.md"]
        flat = _flat(page)
        data = loaded.data["operations"][method]
        assert f"# {op['summary']} " in page
        assert f"def {method}(" in page
        assert f"async def {method}(" in page
        assert f"huaweicloud-ocr {method.removeprefix('recognize_').replace('_', '-')} " in page
        assert f"POST https://ocr.{{region}}.myhuaweicloud.com{path}" in page
        for region in data["regions"]:
            assert f"| `{region}` |" in page
        for name in data["options"]:
            assert f'<span id="option-{name}"></span>`{name}`' in page
        body = op["requestBody"]["content"]["application/json"]
        for example in body.get("examples", {}).values():
            assert f"#example-{example['$ref'].rsplit('/', 1)[1]} " in page
        for status, response in op["responses"].items():
            if int(status) >= 400:
                assert f"| {status} " in page
            for ref in (
                response.get("content", {}).get("application/json", {}).get("examples", {}).values()
            ):
                assert f"#example-{ref['$ref'].rsplit('/', 1)[1]} " in page
        answer = loaded.schemas[docs_gen._answer_schema(loaded, op)]
        inner = docs_gen._inner_refs(loaded, answer["properties"]["result"])
        assert inner, method
        for name in inner:
            for field in loaded.schemas[name].get("properties", {}):
                assert f"- `{field}`" in page, (method, field)
        if "x-doc-note" in op:
            assert _flat(docs_gen._one_line(op["x-doc-note"])) in flat
        if "x-image-constraints" in op:
            assert f"{op['x-image-constraints']['max_base64_bytes']:,} bytes" in page


def test_inline_schemas_are_traced_to_their_property() -> None:
    loaded = docs_gen.load()
    assert docs_gen._inline_enum_owner(loaded, "GeneralTextRequestBodyLanguage") == (
        "GeneralTextRequestBody",
        "language",
    )
    assert docs_gen._inline_enum_owner(loaded, "IdDocumentRequestBodyCountryRegionType0Item") == (
        "IdDocumentRequestBody",
        "country_region",
    )
    with pytest.raises(SystemExit, match="NoSuchThing"):
        docs_gen._inline_enum_owner(loaded, "NoSuchThing")


# ---------------------------------------------------------------------------------------------
# The built site


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build --strict` of this tree (the generated pages as committed)."""
    _needs_docs_tools()
    out = tmp_path_factory.mktemp("docs") / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run(  # noqa: S603 - our own argument list
        [str(MKDOCS), "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}{done.stderr}"
    return out


class _Page(html.parser.HTMLParser):
    """The ids of one HTML page and the URLs it refers to (links, scripts, styles, pictures)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if found.get(key):
                self.ids.add(str(found[key]))
        if tag == "a" and "data-discover" in found:
            # A route of Redoc's client-side router ("/general" on openapi/index.html): not a
            # file; Redoc handles the click. The browser check opens that page instead.
            return
        for key in ("href", "src"):
            value = found.get(key)
            if value and tag in ("a", "link", "script", "img", "source", "iframe"):
                self.refs.append(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    return page


def broken_links(site: Path) -> list[str]:
    """Every internal href/src of every HTML page that points at no file, and every #fragment
    that names no id of its target page. External URLs (http:, mailto:) are not followed."""
    cache: dict[Path, _Page] = {}

    def parsed(path: Path) -> _Page:
        if path not in cache:
            cache[path] = _parse(path)
        return cache[path]

    problems = []
    for page_path in sorted(site.rglob("*.html")):
        rel_page = page_path.relative_to(site).as_posix()
        base = "http://site/" + rel_page
        for ref in parsed(page_path).refs:
            url = urllib.parse.urljoin(base, ref)
            parts = urllib.parse.urlsplit(url)
            if parts.scheme != "http" or parts.netloc != "site":
                continue  # external, mailto:, data:, javascript:
            target = site / urllib.parse.unquote(parts.path.lstrip("/"))
            if target.is_dir() or parts.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{rel_page}: {ref} -> no file {target.relative_to(site)}")
                continue
            fragment = urllib.parse.unquote(parts.fragment)
            if fragment and target.suffix == ".html" and fragment not in parsed(target).ids:
                problems.append(
                    f"{rel_page}: {ref} -> no id {fragment!r} in {target.relative_to(site)}"
                )
    return problems


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > 80
    assert broken_links(site) == []


def test_the_link_check_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../#there">x</a>')
    (tmp_path / "index.html").write_text(
        '<p id="here"></p><a href="a/#top">ok</a> <a href="a/#gone">bad anchor</a>'
        ' <a href="b/">no page</a> <img src="pic.png"> <a href="https://example.com/">ext</a>'
        ' <script src="js/app.js"></script> <a href="#here">self</a>'
        ' <a href="/route" data-discover="true">router</a>'
    )
    problems = broken_links(tmp_path)
    assert len(problems) == 5, problems
    assert any("no id 'gone'" in p for p in problems)
    assert any("no id 'there'" in p for p in problems)
    assert any("no file b/index.html" in p for p in problems)
    assert any("no file pic.png" in p for p in problems)
    assert any("no file js/app.js" in p for p in problems)


def test_the_site_has_every_part(site: Path, pages: dict[str, str]) -> None:
    for rel in pages:
        built = site / "reference" / rel.removesuffix(".md") / "index.html"
        if rel.endswith("index.md"):
            built = site / "reference" / rel.removesuffix("index.md") / "index.html"
        assert built.is_file(), rel
    for guide in ("quick-start", "authentication", "batch", "testing", "performance"):
        assert (site / "guides" / guide / "index.html").is_file()
    assert (site / "guides" / "benchmarks" / "results" / "index.html").is_file()
    # The hand-written API from its docstrings: each module's docstring is on its page.
    import huaweicloud_ocr.errors
    import huaweicloud_ocr.retry

    for module, page in ((huaweicloud_ocr.errors, "errors"), (huaweicloud_ocr.retry, "retry")):
        first = (module.__doc__ or "").split()[:6]
        assert " ".join(first) in _text_of(site / "api" / page / "index.html")
    assert "RetryPolicy" in _text_of(site / "api" / "retry" / "index.html")
    # The spec for other languages: one self-contained Redoc page, no script from elsewhere.
    redoc = (site / "openapi" / "index.html").read_text(encoding="utf-8")
    assert "RecognizeGeneralText" in redoc
    assert not re.search(r"<script[^>]+src=\"https?:", redoc)
    assert (site / "openapi" / "openapi.yaml").read_bytes() == (ROOT / "openapi.yaml").read_bytes()


def _text_of(path: Path) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


# ---------------------------------------------------------------------------------------------
# The browser check (headless Chromium from the OS packages)


@pytest.fixture(scope="session")
def chromium() -> str:
    found = browser_check.find_chromium(os.environ.get("CHROMIUM"))
    if found is None:
        pytest.skip(
            "Chromium is not installed (Debian: apt-get install -y chromium): browser check skipped"
        )
    return found


def test_every_page_opens_cleanly_and_search_finds_each_operation(
    site: Path, chromium: str, tmp_path: Path
) -> None:
    report = browser_check.run(site, chromium, tmp_path / "shots")
    assert report.problems == []
    assert report.pages == len(list(site.rglob("*.html")))
    assert report.searches == len(browser_check.operation_pages(site)) > 0
    assert report.screenshots == report.pages
    assert all(p.stat().st_size > 1000 for p in (tmp_path / "shots").glob("*.png"))


@pytest.fixture
def broken_site(tmp_path: Path) -> Iterator[Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<html><head><link rel="icon" href="data:,"></head><body><p>fine</p></body></html>'
    )
    (site / "bad.html").write_text(
        "<html><head><link rel=stylesheet href=missing.css></head><body>"
        "<img src=nothing.png><script>console.error('boom'); undefined_function();</script>"
        "<script src=https://cdn.example.com/x.js></script></body></html>"
    )
    yield site
    shutil.rmtree(site, ignore_errors=True)


def test_the_browser_check_finds_errors(broken_site: Path, chromium: str) -> None:
    report = browser_check.Report()
    with browser_check.serve(broken_site) as base, browser_check.chromium(chromium) as cdp:
        browser_check.check_page(cdp, base, "index.html", None, report)
        assert report.problems == []
        browser_check.check_page(cdp, base, "bad.html", None, report)
    text = "\n".join(report.problems)
    assert "console.error: boom" in text
    assert "undefined_function" in text
    assert "missing.css" in text
    assert "nothing.png" in text
    assert "cdn.example.com" in text or "ERR_NAME_NOT_RESOLVED" in text
    # No operation pages: the search check has nothing to find, and says so.
    assert any(
        "no operation pages" in p for p in browser_check.run(broken_site, chromium, None).problems
    )
