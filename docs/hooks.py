"""MkDocs hooks of the documentation site (mkdocs.yml `hooks:`), for what a static nav and
the docs/ folder cannot hold:

* the nav lists every generated operation page (in the order of docs/reference/index.md, the
  spec's) and every troubleshooting page, so a new operation or error code needs no edit of
  mkdocs.yml and none is left out (`validation.nav.omitted_files` would fail the build);
* benchmarks/RESULTS.md and benchmarks/GATHER.md (written by `make bench`) become pages under
  guides/benchmarks/ as they are, so the figures are never copied by hand;
* the OpenAPI document: openapi/index.html rendered by the pinned Redocly CLI with Redoc's
  script inlined (`--inlineBundle`: nothing loaded from a CDN, it works offline), and
  openapi.yaml / openapi.json beside it for download; added as files of the site, so links to
  them are checked like any other.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
BENCHMARK_PAGES = {"RESULTS.md": "results.md", "GATHER.md": "gather.md"}
BENCHMARK_DIR = "guides/benchmarks"
REDOCLY = ROOT / "generator" / "js" / "node_modules" / ".bin" / "redocly"


def _ordered(folder: Path, index: Path) -> list[str]:
    """The pages of `folder` in the order `index` links them, then any others by name."""
    linked = re.findall(r"\]\((?:\.\./)?(?:operations/|)([\w.\-]+\.md)\)", index.read_text("utf-8"))
    names = sorted(p.name for p in folder.glob("*.md") if p.name != "index.md")
    first = [n for n in dict.fromkeys(linked) if n in names]
    return first + [n for n in names if n not in first]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    docs = Path(config.docs_dir)
    reference = docs / "reference"
    operations = [
        f"reference/operations/{n}"
        for n in _ordered(reference / "operations", reference / "index.md")
    ]
    errors = [
        f"reference/errors/{n}"
        for n in _ordered(reference / "errors", reference / "errors" / "index.md")
    ]
    benchmarks = [
        {"Results": f"{BENCHMARK_DIR}/results.md"},
        {"Many requests at once": f"{BENCHMARK_DIR}/gather.md"},
    ]
    nav: list[Any] = config.nav or []
    for entry in nav:
        if not isinstance(entry, dict):
            continue
        for title, children in entry.items():
            if not isinstance(children, list):
                continue
            if "reference/index.md" in children:
                at = children.index("reference/index.md") + 1
                children[at:at] = operations
            if "reference/errors/index.md" in children:
                children.extend(errors)
            if title == "Guides":
                children.extend(benchmarks)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for source, target in BENCHMARK_PAGES.items():
        path = ROOT / "benchmarks" / source
        if not path.is_file():
            raise PluginError(f"benchmarks/{source} is missing: the performance pages include it")
        text = path.read_text(encoding="utf-8")
        header = f"<!-- benchmarks/{source}, included as it is by docs/hooks.py -->\n"
        files.append(File.generated(config, f"{BENCHMARK_DIR}/{target}", content=header + text))
    # The OpenAPI document, as pages of the site (so links to them are checked as any other).
    files.append(File.generated(config, "openapi/index.html", content=_redoc(config)))
    files.append(
        File.generated(config, "openapi/openapi.yaml", abs_src_path=str(ROOT / "openapi.yaml"))
    )
    spec = json.loads(
        (ROOT / "generated" / "huaweicloud_ocr_api" / "openapi.json").read_text("utf-8")
    )
    files.append(
        File.generated(
            config,
            "openapi/openapi.json",
            content=json.dumps(spec, indent=1, ensure_ascii=False) + "\n",
        )
    )
    return files


def _redoc(config: MkDocsConfig) -> bytes:
    """openapi.yaml as one self-contained Redoc page, by the pinned Redocly CLI."""
    if not REDOCLY.exists():
        raise PluginError("generator/js/node_modules is missing: run `make install` (npm ci)")
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    with tempfile.TemporaryDirectory(prefix="ocr-redoc-") as tmp:
        out = Path(tmp) / "index.html"
        cmd = [
            str(REDOCLY),
            "build-docs",
            str(ROOT / "openapi.yaml"),
            "--config",
            str(ROOT / "generator" / "redocly.yaml"),
            "--inlineBundle",
            "--title",
            "Huawei Cloud OCR API (OpenAPI 3.1)",
            "--output",
            str(out),
        ]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if done.returncode != 0 or not out.is_file():
            raise PluginError(f"redocly build-docs failed:\n{done.stdout}{done.stderr}")
        html = out.read_bytes()
    # Redoc's footer shows Redocly's logo from their CDN (hidden again if it fails to load):
    # the same credit as a picture of its own, so that the page asks nothing of the network.
    for name in (b"logo-mini-full.svg", b"logo-mini.svg"):
        html = html.replace(b"https://cdn.redoc.ly/redoc/" + name, REDOCLY_LOGO)
    # A favicon, so that the browser's request for /favicon.ico does not fail.
    html = html.replace(
        b"</head>", b'<link rel="icon" href="../assets/images/favicon.png"></head>', 1
    )
    # What the markup itself loads; what the script loads later is the browser check's part.
    remote = re.findall(rb"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"?https?://[^\" >]*", html)
    if remote:
        raise PluginError(f"the Redoc page loads from the network, so not offline: {remote[:5]}")
    return html


_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="20"><text x="0" y="15" '
    'font-family="sans-serif" font-size="13" fill="#888">Redocly</text></svg>'
)
REDOCLY_LOGO = ("data:image/svg+xml," + urllib.parse.quote(_SVG)).encode()
