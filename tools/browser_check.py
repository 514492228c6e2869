"""Open every page of the built documentation site in headless Chromium and fail on what a
reader would meet: a console error, an uncaught exception, an asset that did not load (an HTTP
error, a failed request, a picture with no pixels), a search that does not find an operation.
Saves a screenshot of each page.

    python tools/browser_check.py [SITE_DIR] [--screenshots DIR] [--chromium PATH]

Chromium is the OS package (Debian: `apt-get install -y chromium`); no browser is downloaded.
It is driven through the DevTools protocol over one websocket (websocket-client, pinned in
requirements-docs.txt): the protocol reports console messages, exceptions and every network
response as events, which `--dump-dom` or `--screenshot` alone cannot.

The site is served by http.server on 127.0.0.1 (search loads its index with fetch, which
file:// refuses), and Chromium resolves no other host (`--host-resolver-rules`): a page that
needs the network, a font or a script from a CDN, fails here as it would offline.

Search: for every operation page, the method name (`recognize_passport`) is typed into the
Material search box key by key, and the first result must be that page (generator/docs.py
boosts the operation pages in the search index, so that a guide that names the method in a
code sample does not come first).

Exit status 0 when every page is clean, 1 otherwise (each problem on a line), 2 when Chromium
cannot be started.
"""

from __future__ import annotations

import argparse
import base64
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PAGE_TIMEOUT = 30.0
SEARCH_TIMEOUT = 15.0


def find_chromium(explicit: str | None = None) -> str | None:
    if explicit:
        return explicit if Path(explicit).exists() or shutil.which(explicit) else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The site over HTTP on 127.0.0.1, a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class Cdp:
    """A minimal DevTools protocol client: commands by id, events kept in order."""

    def __init__(self, url: str) -> None:
        import websocket  # websocket-client, from requirements-docs.txt

        self._ws = websocket.create_connection(url, timeout=PAGE_TIMEOUT, suppress_origin=True)
        self._next = 0
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next += 1
        ident = self._next
        self._ws.settimeout(PAGE_TIMEOUT)  # wait_for and drain shorten it
        self._ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self.events.append(message)

    def wait_for(self, method: str, timeout: float) -> dict[str, Any] | None:
        """The first event `method` not seen yet (others are kept), or None after `timeout`."""
        deadline = time.monotonic() + timeout
        for index, event in enumerate(self.events):
            if event["method"] == method:
                return self.events.pop(index)
        import websocket

        while time.monotonic() < deadline:
            self._ws.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                message: dict[str, Any] = json.loads(self._ws.recv())
            except websocket.WebSocketTimeoutException:
                continue  # the loop checks the deadline
            if message.get("method") == method:
                return message
            if "method" in message:
                self.events.append(message)
        return None

    def drain(self, quiet: float = 0.3) -> None:
        """Read events until none has come for `quiet` seconds (late requests, console)."""
        import websocket

        self._ws.settimeout(quiet)
        while True:
            try:
                message = json.loads(self._ws.recv())
            except websocket.WebSocketTimeoutException:
                return
            if "method" in message:
                self.events.append(message)

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluate failed: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def close(self) -> None:
        self._ws.close()


@contextmanager
def chromium(binary: str) -> Iterator[Cdp]:
    """A headless Chromium with one page, driven through a Cdp."""
    # Chromium's helper processes may still write to the profile for a moment after it exits.
    with tempfile.TemporaryDirectory(prefix="ocr-chromium-", ignore_cleanup_errors=True) as profile:
        args = [
            binary,
            "--headless=new",
            "--no-sandbox",  # root in a container: the sandbox cannot start
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--window-size=1280,900",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
        ]
        process = subprocess.Popen(  # noqa: S603 - our own argument list
            args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            port_file = Path(profile) / "DevToolsActivePort"
            deadline = time.monotonic() + 30
            while not port_file.exists() or not port_file.read_text().strip():
                if process.poll() is not None or time.monotonic() > deadline:
                    err = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    raise RuntimeError(f"Chromium did not start: {err[-2000:]}")
                time.sleep(0.05)
            port = int(port_file.read_text().split()[0])
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
                targets = json.load(r)
            page = next(t for t in targets if t.get("type") == "page")
            cdp = Cdp(page["webSocketDebuggerUrl"])
            try:
                for domain in ("Page", "Runtime", "Log", "Network"):
                    cdp.call(f"{domain}.enable")
                yield cdp
            finally:
                cdp.close()
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@dataclass
class Report:
    pages: int = 0
    searches: int = 0
    screenshots: int = 0
    problems: list[str] = field(default_factory=list)


def pages_of(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to its root (404.html included: a
    reader sees it too)."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def _problems_in(events: list[dict[str, Any]], page: str) -> list[str]:
    problems = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            problems.append(f"{page}: uncaught exception: {text}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = " ".join(
                str(a.get("value", a.get("description", ""))) for a in params.get("args", [])
            )
            problems.append(f"{page}: console.{params['type']}: {args}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            problems.append(
                f"{page}: console error: {entry.get('text')} {entry.get('url', '')}".rstrip()
            )
        elif method == "Network.responseReceived":
            response = params.get("response", {})
            if int(response.get("status", 0)) >= 400:
                problems.append(f"{page}: HTTP {response['status']} for {response.get('url')}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            problems.append(
                f"{page}: failed to load ({params.get('errorText')}) "
                f"request {params.get('requestId')}"
            )
    return problems


_BROKEN_IMAGES = """
[...document.images].filter(i => i.complete && i.naturalWidth === 0 && i.src)
    .map(i => i.currentSrc || i.src)
"""


def check_page(cdp: Cdp, base: str, page: str, shots: Path | None, report: Report) -> None:
    url = base + page
    cdp.events.clear()
    cdp.call("Page.navigate", url=url)
    if cdp.wait_for("Page.loadEventFired", PAGE_TIMEOUT) is None:
        report.problems.append(f"{page}: did not finish loading in {PAGE_TIMEOUT:.0f} s")
        return
    cdp.drain()
    report.pages += 1
    report.problems += _problems_in(cdp.events, page)
    broken = cdp.evaluate(_BROKEN_IMAGES) or []
    report.problems += [f"{page}: picture did not load: {src}" for src in broken]
    if shots is not None:
        data = cdp.call("Page.captureScreenshot", format="png")["data"]
        target = shots / (re.sub(r"[^A-Za-z0-9_.-]+", "_", page.removesuffix(".html")) + ".png")
        target.write_bytes(base64.b64decode(data))
        report.screenshots += 1


_TYPE_SEARCH = "document.querySelector('input[data-md-component=\"search-query\"]')"
_RESULTS = """
[...document.querySelectorAll('.md-search-result__item a, .md-search-result__link')]
    .map(a => a.getAttribute('href'))
"""


def check_search(cdp: Cdp, base: str, method: str, page: str, report: Report) -> None:
    """Type `method` into the search box of the home page; the first result must be `page`."""
    cdp.events.clear()
    cdp.call("Page.navigate", url=base + "index.html")
    if cdp.wait_for("Page.loadEventFired", PAGE_TIMEOUT) is None:
        report.problems.append(f"search {method!r}: the home page did not load")
        return
    if not cdp.evaluate(f"!!{_TYPE_SEARCH}"):
        report.problems.append("search: the page has no search box")
        return
    cdp.evaluate(f"{_TYPE_SEARCH}.focus()")
    for char in method:  # real key events: Material reacts to them, not to a set value
        cdp.call("Input.dispatchKeyEvent", type="keyDown", text=char, key=char, unmodifiedText=char)
        cdp.call("Input.dispatchKeyEvent", type="keyUp", key=char)
    deadline = time.monotonic() + SEARCH_TIMEOUT
    hrefs: list[str] = []
    while time.monotonic() < deadline:
        hrefs = [h for h in (cdp.evaluate(_RESULTS) or []) if h]
        if hrefs:
            break
        time.sleep(0.1)
    report.searches += 1
    expected = "/" + page.removesuffix("index.html")
    first = urllib.parse.urlsplit(urllib.parse.urljoin(base, hrefs[0])).path if hrefs else None
    if first != expected:
        report.problems.append(f"search {method!r}: first result {first!r}, not {expected!r}")
    report.problems += _problems_in(cdp.events, f"search {method!r}")


def operation_pages(site: Path) -> dict[str, str]:
    """method name -> its page (reference/operations/<method>/index.html)."""
    folder = site / "reference" / "operations"
    return {
        p.parent.name: p.relative_to(site).as_posix() for p in sorted(folder.glob("*/index.html"))
    }


def run(site: Path, binary: str, shots: Path | None) -> Report:
    report = Report()
    if shots is not None:
        shutil.rmtree(shots, ignore_errors=True)
        shots.mkdir(parents=True)
    operations = operation_pages(site)
    if not operations:
        report.problems.append(f"{site}: no operation pages (reference/operations/*/index.html)")
    with serve(site) as base, chromium(binary) as cdp:
        for page in pages_of(site):
            check_page(cdp, base, page, shots, report)
        for method, page in operations.items():
            check_search(cdp, base, method, page, report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("--screenshots", type=Path, default=ROOT / "site-screenshots")
    parser.add_argument("--no-screenshots", action="store_true")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM"))
    args = parser.parse_args(argv)
    binary = find_chromium(args.chromium)
    if binary is None:
        print(
            "browser check: Chromium not found (Debian: apt-get install -y chromium)",
            file=sys.stderr,
        )
        return 2
    if not (args.site / "index.html").is_file():
        print(f"browser check: {args.site}/index.html is missing: run `make docs`", file=sys.stderr)
        return 2
    started = time.monotonic()
    report = run(args.site, binary, None if args.no_screenshots else args.screenshots)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(
        f"browser check: {report.pages} pages, {report.searches} searches, "
        f"{report.screenshots} screenshots, {len(report.problems)} problems "
        f"({time.monotonic() - started:.0f} s)"
    )
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
