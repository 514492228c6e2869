"""`make bench`: this client side by side with the official SDK and raw httpx, in one run.

Every client gets the same Base64 string and posts General Text OCR to one fast loopback server
(benchmarks/loopback_server.py, its own process). Measured:

* requests/s over --calls sequential calls (after a warm-up), for a 1 MiB and a tiny image:
  raw httpx posting a pre-built body (the limit), this client sync and async with a token and
  with AK/SK, the official huaweicloudsdkocr (AK/SK: it has no token option);
* async scaling: requests/s with 1, 8 and 64 calls in flight on a pool bounded to 64 connections;
* peak RSS over baseline for one call with the largest documented image, as bytes and as a file
  path, each in a fresh interpreter (the input itself is made before the baseline);
* `import huaweicloud_ocr` against the official SDK's imports, fresh interpreters, median.

`python -m benchmarks.bench [--calls N] [--write]`; --write updates benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import functools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
AK, SK = "HPUAEXAMPLEACCESSKEY", "exampleSecretKey0123456789abcdefghijklmn"
PATH = f"/v2/{PROJECT}/ocr/general-text"
# The documented maximum: Base64 of at most 10 MB (10,485,760 bytes), so a 7.5 MiB file.
BIG_FILE_BYTES = 10485760 // 4 * 3 - 4096
ROUNDS = 3  # each throughput figure is the median of this many timed rounds


# -- the server ------------------------------------------------------------------------------
class LoopbackServer:
    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.loopback_server"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        port = int(self.process.stdout.readline())
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(10)


# -- images ----------------------------------------------------------------------------------
def png_of_about(size: int, seed: int = 1) -> bytes:
    from huaweicloud_ocr.testing import noise_png

    side = int(size**0.5)
    return noise_png(side, max(15, size // (side + 1)), seed)


# -- the clients, each as "make one call" ----------------------------------------------------
Call = Callable[[], Any]


def raw_httpx(url: str, b64: str) -> tuple[Call, Callable[[], None]]:
    body = json.dumps({"image": b64}).encode()  # pre-built once: the limit pays nothing per call
    client = httpx.Client(base_url=url)
    headers = {"X-Auth-Token": "bench-token", "Content-Type": "application/json"}

    def call() -> Any:
        return client.post(PATH, content=body, headers=headers).content

    return call, client.close


def ours_sync(
    url: str, b64: str, auth: str, trusted: bool = False
) -> tuple[Call, Callable[[], None]]:
    from huaweicloud_ocr import NO_RETRY, Base64Image, OcrClient

    credentials: dict[str, Any] = (
        {"token": "bench-token"} if auth == "token" else {"ak": AK, "sk": SK}
    )
    client = OcrClient(endpoint=url, project_id=PROJECT, retry=NO_RETRY, **credentials)

    def call() -> Any:
        return client.recognize_general_text(Base64Image(b64, trusted=trusted))

    return call, client.close


def official_client(url: str) -> Callable[[str], Any]:
    """The official SDK's General Text call, as a function of the Base64 string."""
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkocr.v1 import (
        GeneralTextRequestBody,
        OcrClient,
        RecognizeGeneralTextRequest,
    )

    config = HttpConfig.get_default_config()
    config.ignore_ssl_verification = True
    client = (
        OcrClient.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials(AK, SK, PROJECT))
        .with_endpoints([url])
        .build()
    )

    def call(b64: str) -> Any:
        request = RecognizeGeneralTextRequest(body=GeneralTextRequestBody(image=b64))
        return client.recognize_general_text(request)

    return call


def official(url: str, b64: str) -> tuple[Call, Callable[[], None]]:
    send = official_client(url)
    return lambda: send(b64), lambda: None


def rate(call: Call, calls: int) -> float:
    for _ in range(max(20, calls // 25)):
        call()
    rounds = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(calls):
            call()
        rounds.append(calls / (time.perf_counter() - started))
    return statistics.median(rounds)


def ours_async_rate(
    url: str, b64: str, auth: str, calls: int, in_flight: int = 1, pool: int = 64
) -> float:
    from huaweicloud_ocr import NO_RETRY, AsyncOcrClient, Base64Image

    credentials: dict[str, Any] = (
        {"token": "bench-token"} if auth == "token" else {"ak": AK, "sk": SK}
    )
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)

    async def main() -> float:
        async with AsyncOcrClient(
            endpoint=url,
            project_id=PROJECT,
            retry=NO_RETRY,
            httpx_args={"limits": limits},
            **credentials,
        ) as client:
            image = Base64Image(b64)

            async def worker(count: int) -> None:
                for _ in range(count):
                    await client.recognize_general_text(image)

            async def batch(total: int) -> float:
                share = [total // in_flight + (i < total % in_flight) for i in range(in_flight)]
                started = time.perf_counter()
                await asyncio.gather(*(worker(n) for n in share))
                return total / (time.perf_counter() - started)

            await batch(max(in_flight * 2, calls // 25))  # warm-up: open the connections
            return statistics.median([await batch(calls) for _ in range(ROUNDS)])

    return asyncio.run(main())


# -- memory: one call in a fresh interpreter -------------------------------------------------
def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def memory_child(case: str, url: str, path: str) -> None:
    """Print the peak RSS growth (bytes) of one call, measured from just before it."""
    client_kind, auth, source = case.split("/")
    tiny = base64.b64encode(png_of_about(2000)).decode()
    if client_kind == "ours":
        from huaweicloud_ocr import NO_RETRY, Base64Image, OcrClient

        credentials: dict[str, Any] = (
            {"token": "bench-token"} if auth == "token" else {"ak": AK, "sk": SK}
        )
        ocr = OcrClient(endpoint=url, project_id=PROJECT, retry=NO_RETRY, **credentials)
        ocr.recognize_general_text(Base64Image(tiny))  # imports done, connection open
        image: Any = Path(path) if source == "path" else Path(path).read_bytes()

        def call() -> Any:
            return ocr.recognize_general_text(image)
    elif client_kind == "official":
        send = official_client(url)
        send(tiny)
        data = Path(path).read_bytes()

        def call() -> Any:
            # The official SDK takes a Base64 string: encoding is the caller's job.
            return send(base64.b64encode(data).decode())
    else:
        client = httpx.Client(base_url=url)
        headers = {"X-Auth-Token": "bench-token", "Content-Type": "application/json"}
        client.post(PATH, content=b"{}", headers=headers)
        data = Path(path).read_bytes()

        def call() -> Any:
            body = json.dumps({"image": base64.b64encode(data).decode()}).encode()
            return client.post(PATH, content=body, headers=headers).content

    Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM) to the current RSS
    baseline = _rss_kib("VmRSS")
    call()
    print((_rss_kib("VmHWM") - baseline) * 1024)


def memory(url: str, path: Path, case: str) -> int:
    out = subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "benchmarks.bench", "--memory-child", case, url, str(path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.split()[-1])


# -- import time -----------------------------------------------------------------------------
def clean_venv(name: str, *requirements: str) -> str:
    """A venv under build/bench-venvs holding only `requirements` (and what they pull in): the
    import time a user sees, free of the dev tools (click, rich...) that httpx imports if
    present. Made once, reused."""
    home = ROOT / "build" / "bench-venvs" / name
    python = home / "bin" / "python"
    stamp = home / ".requirements"
    wanted = "\n".join(requirements)
    if not (stamp.exists() and stamp.read_text() == wanted):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(home)], check=True)  # noqa: S603
        subprocess.run(  # noqa: S603 - pip from that venv
            [
                str(python),
                "-m",
                "pip",
                "install",
                "-q",
                "--disable-pip-version-check",
                *requirements,
            ],
            check=True,
            cwd=ROOT,
        )
        stamp.write_text(wanted)
    return str(python)


def import_seconds(statement: str, runs: int = 7, python: str = sys.executable) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run(  # noqa: S603 - our interpreter
            [python, "-c", code], check=True, capture_output=True, text=True, cwd="/"
        )
        times.append(float(out.stdout))
    return statistics.median(times)


# -- the report ------------------------------------------------------------------------------
@dataclass
class Row:
    name: str
    value: float
    unit: str
    note: str = ""


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    from importlib.metadata import version

    return (
        f"{cpu}, {os.cpu_count()} cores, Linux {platform.release()}, Python "
        f"{platform.python_version()}, httpx {version('httpx')}, "
        f"huaweicloudsdkocr {version('huaweicloudsdkocr')}"
    )


def run(calls: int) -> str:
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    say(f"Machine: {machine()}")
    say(f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; command: `make bench` (--calls {calls})")
    with LoopbackServer() as url:
        for label, size, n in (("1 MiB", 1 << 20, calls), ("tiny", 2000, calls * 4)):
            b64 = base64.b64encode(png_of_about(size)).decode()
            say()
            say(f"### Requests/s, {label} image ({len(b64):,} Base64 chars), {n} calls x {ROUNDS}")
            say()
            results: dict[str, float] = {}
            clients: list[tuple[str, Callable[[], tuple[Call, Callable[[], None]]]]] = [
                ("raw httpx, pre-built body (limit)", functools.partial(raw_httpx, url, b64)),
                ("this client, sync, token", functools.partial(ours_sync, url, b64, "token")),
                ("this client, sync, AK/SK", functools.partial(ours_sync, url, b64, "aksk")),
                ("official SDK, AK/SK", functools.partial(official, url, b64)),
                (
                    "this client, sync, token, trusted Base64",
                    functools.partial(ours_sync, url, b64, "token", True),
                ),
                (
                    "this client, sync, AK/SK, trusted Base64",
                    functools.partial(ours_sync, url, b64, "aksk", True),
                ),
            ]
            for name, factory in clients:
                call, close = factory()
                results[name] = rate(call, n if "official" not in name else max(50, n // 5))
                close()
            results["this client, async, token"] = ours_async_rate(url, b64, "token", n)
            results["this client, async, AK/SK"] = ours_async_rate(url, b64, "aksk", n)
            limit = results["raw httpx, pre-built body (limit)"]
            sdk = results["official SDK, AK/SK"]
            say("| client | req/s | ms/call | x limit | x official | ms over limit |")
            say("|---|---:|---:|---:|---:|---:|")
            for name, value in results.items():
                say(
                    f"| {name} | {value:,.0f} | {1000 / value:.3f} | {value / limit:.2f} | "
                    f"{value / sdk:.1f} | {1000 / value - 1000 / limit:+.3f} |"
                )
        say()
        say(f"### Async scaling (this client, token, pool bounded to 64), {calls} calls")
        say()
        say("| image | in flight | req/s |")
        say("|---|---:|---:|")
        for label, size in (("tiny", 2000), ("1 MiB", 1 << 20)):
            b64 = base64.b64encode(png_of_about(size)).decode()
            for in_flight in (1, 8, 64):
                value = ours_async_rate(url, b64, "token", calls, in_flight=in_flight)
                say(f"| {label} | {in_flight} | {value:,.0f} |")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.png"
            path.write_bytes(png_of_about(BIG_FILE_BYTES))
            size = path.stat().st_size
            say()
            say(
                f"### Peak RSS over baseline, one call, {size / 1048576:.2f} MiB file "
                f"({len(base64.b64encode(path.read_bytes())) / 1048576:.2f} MiB Base64)"
            )
            say()
            say("| client | input | peak RSS growth (MiB) | x file size |")
            say("|---|---|---:|---:|")
            for case in (
                "ours/token/path",
                "ours/aksk/path",
                "ours/token/bytes",
                "ours/aksk/bytes",
                "official/aksk/bytes",
                "raw/token/bytes",
            ):
                grown = memory(url, path, case)
                say(f"| {case} | | {grown / 1048576:.2f} | {grown / size:.2f} |")
    official_imports = "import huaweicloudsdkocr.v1, huaweicloudsdkcore.auth.credentials"
    ours_venv = clean_venv("ours", str(ROOT))
    theirs_venv = clean_venv("official", "huaweicloudsdkocr==3.1.219")
    rows = [
        (
            "import huaweicloud_ocr",
            "clean venv",
            import_seconds("import huaweicloud_ocr", python=ours_venv),
        ),
        (
            "from huaweicloud_ocr import OcrClient, Base64Image",
            "clean venv",
            import_seconds("from huaweicloud_ocr import OcrClient, Base64Image", python=ours_venv),
        ),
        (
            "official: huaweicloudsdkocr.v1 + core credentials",
            "clean venv",
            import_seconds(official_imports, python=theirs_venv),
        ),
        ("import huaweicloud_ocr", "dev venv", import_seconds("import huaweicloud_ocr")),
        (
            "official: huaweicloudsdkocr.v1 + core credentials",
            "dev venv",
            import_seconds(official_imports),
        ),
    ]
    say()
    say("### Import time (fresh interpreter, median of 7)")
    say()
    say(
        "Clean venv: only the package and its dependencies (pip install . / pip install "
        "huaweicloudsdkocr). Dev venv: .venv, where click and rich (from schemathesis) make "
        "`import httpx` load its CLI too."
    )
    say()
    say("| import | where | ms | x official (same venv kind) |")
    say("|---|---|---:|---:|")
    reference = {where: value for name, where, value in rows if name.startswith("official")}
    for name, where, value in rows:
        say(f"| {name} | {where} | {value * 1000:.0f} | {value / reference[where]:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--memory-child", nargs=3, metavar=("CASE", "URL", "PATH"))
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child)
        return
    report = run(args.calls)
    if args.write:
        results = Path(__file__).with_name("RESULTS.md")
        results.write_text(
            "# Benchmark results\n\nThe latest `make bench` run; see benchmarks/bench.py for "
            "what is measured and how.\n\n" + report + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
