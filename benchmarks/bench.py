"""`make bench`: this client side by side with raw httpx and the official SDK, interleaved.

Every client gets the same image and posts General Text OCR to one fast loopback server
(benchmarks/loopback_server.py, its own process). On a shared machine a client measured in its
own block meets other load than the next one (a limit row moved from 643 to 1,269 requests/s
between two runs), so every comparison here is made in rounds: each round runs every case for a
few dozen calls in a shuffled order, and a ratio is taken within the round. Reported: the
median rate, and the median and range (min-max) of the per-round ratios.

* requests/s, 1 MiB and tiny image: raw httpx posting a pre-built body (the limit); the AK/SK
  floor (raw httpx plus one SHA-256 of the same body per call: what any signing client pays);
  this client, sync, with the image as a Base64 str, as bytes and as a path, token and AK/SK;
  async against raw async httpx; the official huaweicloudsdkocr (AK/SK: it has no token);
* async scaling: AsyncOcrClient with 1, 8, 64 and 256 calls in flight, on the default transport
  and on the aiohttp one when installed (`huaweicloud-ocr[aiohttp]`), as a ratio to the rate
  at 8 in the same round;
* the cost of a client after the first (its SSL context is the process's shared one);
* the batch (run_batch, as the CLI runs it) against a server answering after 100 ms, at
  concurrency 64 and 256 with 10 files per unit of concurrency, against the ideal
  concurrency / latency; the results file is checked for exactly one ok line per file; each
  run is followed by one client alone sending the same images as bytes at the same concurrency
  (the ceiling of one process: the batch's per-file cost on top of it is the engine's); with
  processes=2 the calls go out from two worker processes (their start-up, 0.5-1 s each of
  importing, is in the wall time; --batch-files sets the files per unit of concurrency);
* peak RSS over baseline for one call with the largest documented image, as bytes and as a file
  path, each in a fresh interpreter (the input itself is made before the baseline);
* `import huaweicloud_ocr` (and imports plus a client) against the official SDK's, fresh
  interpreters in shuffled rounds, ratios per round.

`python -m benchmarks.bench [--rounds N] [--quick] [--write]`; --write puts the report in
benchmarks/LATEST.md (benchmarks/RESULTS.md, the curated figures and history, is edited by
hand); --quick leaves out the official SDK, memory and import sections.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import inspect
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
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
TOKEN = "bench-token"  # noqa: S105 - the loopback server checks nothing
TOKEN_HEADERS = {"X-Auth-Token": TOKEN, "Content-Type": "application/json"}


# -- the server ------------------------------------------------------------------------------
class LoopbackServer:
    def __init__(self, latency_ms: float = 0.0) -> None:
        self.latency_ms = latency_ms

    def __enter__(self) -> str:
        self.process = subprocess.Popen(  # noqa: S603 - our own module
            [sys.executable, "-m", "benchmarks.loopback_server", "0", str(self.latency_ms)],
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


@dataclass
class Image:
    """One image in the three forms a caller has it in."""

    data: bytes
    path: Path
    b64: str = field(init=False)

    def __post_init__(self) -> None:
        self.b64 = base64.b64encode(self.data).decode()

    def given_as(self, form: str) -> Any:
        from huaweicloud_ocr import Base64Image

        if form == "b64":
            return Base64Image(self.b64)
        return self.data if form == "bytes" else self.path


# -- the cases: each runs n calls and says how long they took ----------------------------------
@dataclass
class Case:
    name: str
    run: Callable[[int], float]  # seconds for n calls
    close: Callable[[], None]
    calls: int = 0  # per round; set by the section


def sync_case(name: str, call: Callable[[], Any], close: Callable[[], None]) -> Case:
    def run(n: int) -> float:
        started = time.perf_counter()
        for _ in range(n):
            call()
        return time.perf_counter() - started

    return Case(name, run, close)


AsyncPair = tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[Any]]]  # call, aclose


def async_case(
    name: str, setup: Callable[[], Coroutine[Any, Any, AsyncPair]], in_flight: int = 1
) -> Case:
    """A case on its own event loop, kept for the whole section (its connections stay open)."""
    runner = asyncio.Runner()
    call, aclose = runner.run(setup())

    async def batch(n: int) -> float:
        share = [n // in_flight + (i < n % in_flight) for i in range(in_flight)]

        async def worker(count: int) -> None:
            for _ in range(count):
                await call()

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in share if k))
        return time.perf_counter() - started

    async def closing() -> None:
        await aclose()

    def close() -> None:
        runner.run(closing())
        runner.close()

    return Case(name, lambda n: runner.run(batch(n)), close)


def raw_httpx(url: str, b64: str, *, sha256: bool = False) -> Case:
    body = json.dumps({"image": b64}).encode()  # pre-built once: the limit pays nothing per call
    client = httpx.Client(base_url=url)

    def call() -> Any:
        if sha256:  # the floor of any AK/SK client: one pass over the body to sign it
            hashlib.sha256(body).hexdigest()
        return client.post(PATH, content=body, headers=TOKEN_HEADERS).content

    name = "floor: raw httpx + SHA-256 of the body" if sha256 else "raw httpx, pre-built body"
    return sync_case(name, call, client.close)


def credentials(auth: str) -> dict[str, Any]:
    return {"token": TOKEN} if auth == "token" else {"ak": AK, "sk": SK}


def ours_sync(url: str, image: Image, auth: str, form: str) -> Case:
    from huaweicloud_ocr import NO_RETRY, OcrClient

    client = OcrClient(endpoint=url, project_id=PROJECT, retry=NO_RETRY, **credentials(auth))
    given = image.given_as(form)

    def call() -> Any:
        return client.recognize_general_text(given)

    label = {"b64": "Base64 str", "bytes": "bytes", "path": "path"}[form]
    return sync_case(f"ours, sync, {auth}, {label}", call, client.close)


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


def official(url: str, image: Image) -> Case:
    send = official_client(url)
    return sync_case("official SDK, AK/SK, Base64 str", lambda: send(image.b64), lambda: None)


def raw_async(url: str, b64: str, in_flight: int = 1) -> Case:
    body = json.dumps({"image": b64}).encode()

    async def setup() -> Any:
        client = httpx.AsyncClient(base_url=url)

        async def call() -> Any:
            return (await client.post(PATH, content=body, headers=TOKEN_HEADERS)).content

        return call, client.aclose

    return async_case("raw async httpx, pre-built body", setup, in_flight)


def backends() -> list[str]:
    """The async transports to measure: httpx, and aiohttp when it and the client's option for
    it are there (an older client, run with PYTHONPATH for a before/after, has no option)."""
    from huaweicloud_ocr import AsyncOcrClient

    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return ["httpx"]
    options = inspect.signature(AsyncOcrClient.__init__).parameters
    return ["httpx", "aiohttp"] if "http_backend" in options else ["httpx"]


def backend_option(backend: str) -> dict[str, Any]:
    """No option for httpx: an older client (PYTHONPATH, for a before/after) has none."""
    return {} if backend == "httpx" else {"http_backend": backend}


def ours_async(
    url: str, image: Image, auth: str, form: str, in_flight: int = 1, backend: str = "httpx"
) -> Case:
    from huaweicloud_ocr import NO_RETRY, AsyncOcrClient

    async def setup() -> Any:
        client = AsyncOcrClient(
            endpoint=url,
            project_id=PROJECT,
            retry=NO_RETRY,
            max_concurrency=max(64, in_flight),
            **backend_option(backend),
            **credentials(auth),
        )
        given = image.given_as(form)

        async def call() -> Any:
            return await client.recognize_general_text(given)

        return call, client.aclose

    return async_case(f"ours, async, {auth}, {form}, {backend}", setup, in_flight)


# -- rounds ----------------------------------------------------------------------------------
@dataclass
class Rounds:
    """Per-case rates, one per round, in the order the rounds ran."""

    rates: dict[str, list[float]]

    def median(self, name: str) -> float:
        return statistics.median(self.rates[name])

    def ratios(self, name: str, reference: str) -> list[float]:
        return [a / b for a, b in zip(self.rates[name], self.rates[reference], strict=True)]

    def ratio_text(self, name: str, reference: str) -> str:
        values = self.ratios(name, reference)
        return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def interleave(cases: list[Case], rounds: int, seed: int = 19) -> Rounds:
    """Warm each case up, then `rounds` rounds, each running every case once in a new shuffled
    order (seeded: a rerun shuffles the same way)."""
    rng = random.Random(seed)  # noqa: S311 - an order, not a secret
    for case in cases:
        case.run(max(2, case.calls // 4))  # connections opened, imports and caches warm
    rates: dict[str, list[float]] = {case.name: [] for case in cases}
    for _ in range(rounds):
        order = cases[:]
        rng.shuffle(order)
        for case in order:
            rates[case.name].append(case.calls / case.run(case.calls))
    for case in cases:
        case.close()
    return Rounds(rates)


# -- clients: what one more costs --------------------------------------------------------------
def client_build_ms(url: str, count: int = 30) -> tuple[float, float]:
    """Median ms to make an OcrClient and its HTTP client (sync), and an AsyncOcrClient's for a
    loop, after the first of each in this process."""
    from huaweicloud_ocr import AsyncOcrClient, OcrClient

    def sync_one() -> None:
        client = OcrClient(endpoint=url, project_id=PROJECT, token=TOKEN)
        client._sync_client()  # the HTTP client and its SSL context are made on first use
        client.close()

    async def async_one() -> float:
        started = time.perf_counter()
        client = AsyncOcrClient(endpoint=url, project_id=PROJECT, token=TOKEN)
        client._async_client()
        elapsed = time.perf_counter() - started
        await client.aclose()
        return elapsed

    sync_one()
    sync_times = []
    for _ in range(count):
        started = time.perf_counter()
        sync_one()
        sync_times.append(time.perf_counter() - started)

    async def many() -> list[float]:
        await async_one()
        return [await async_one() for _ in range(count)]

    async_times = asyncio.run(many())
    return statistics.median(sync_times) * 1000, statistics.median(async_times) * 1000


# -- the batch -----------------------------------------------------------------------------------
def batch_rate(
    url: str, folder: Path, files: int, concurrency: int, backend: str, processes: int = 1
) -> float:
    """Files/s of run_batch over `folder`, on an empty results file, checked after the run.
    With `processes` > 1, a ClientRecipe: the worker processes take the token from their
    environment (batch_env), as the CLI's do."""
    from huaweicloud_ocr import AsyncOcrClient
    from huaweicloud_ocr.batch import Reporter, run_batch

    def client() -> AsyncOcrClient:
        return AsyncOcrClient(
            endpoint=url, project_id=PROJECT, token=TOKEN, **backend_option(backend)
        )

    extra: dict[str, Any] = {}
    make: Any = client
    if processes > 1:
        from huaweicloud_ocr.batch import ClientRecipe

        make = ClientRecipe(endpoint=url, project_id=PROJECT, **backend_option(backend))
        extra["processes"] = processes
    with tempfile.TemporaryDirectory() as temp, batch_env():
        out = Path(temp) / "results.jsonl"
        started = time.perf_counter()
        summary = run_batch(
            make,
            folder,
            out,
            "general-text",
            handle_signals=False,
            reporter=Reporter(),
            concurrency=concurrency,
            **extra,
        )
        elapsed = time.perf_counter() - started
        records = [json.loads(line) for line in out.read_bytes().splitlines()]
    ok = {r["file"] for r in records if r.get("status") == "ok"}
    if summary.processed != files or len(records) != files or len(ok) != files:
        raise SystemExit(
            f"batch: {summary.processed} processed, {len(records)} lines, want {files}"
        )
    return files / elapsed


@contextlib.contextmanager
def batch_env() -> Iterator[None]:
    """The bench token in the environment (worker processes inherit it), no other credentials."""
    saved = dict(os.environ)
    for name in [n for n in os.environ if n.startswith("HUAWEICLOUD_SDK_")]:
        del os.environ[name]
    os.environ.update(HUAWEICLOUD_SDK_TOKEN=TOKEN, HUAWEICLOUD_SDK_CREDENTIALS_FILE=os.devnull)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def client_alone_rate(url: str, images: list[bytes], concurrency: int, backend: str) -> float:
    """Calls/s of one new AsyncOcrClient (max_concurrency = concurrency) sending `images` as
    bytes from `concurrency` tasks, client set-up included as in batch_rate: the ceiling of
    one process, which the batch can approach but not pass."""
    from huaweicloud_ocr import AsyncOcrClient

    async def main() -> float:
        started = time.perf_counter()
        async with AsyncOcrClient(
            endpoint=url,
            project_id=PROJECT,
            token=TOKEN,
            max_concurrency=concurrency,
            **backend_option(backend),
        ) as client:
            left = iter(images)

            async def worker() -> None:
                for image in left:
                    await client.recognize_general_text(image)

            await asyncio.gather(*(worker() for _ in range(concurrency)))
        return len(images) / (time.perf_counter() - started)

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


def import_seconds(statement: str, python: str = sys.executable) -> float:
    """Seconds `statement` takes in a fresh interpreter (started from /, so nothing of the
    checkout is importable by accident)."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = subprocess.run(  # noqa: S603 - our interpreter
        [python, "-c", code], check=True, capture_output=True, text=True, cwd="/"
    )
    return float(out.stdout)


# -- the report ------------------------------------------------------------------------------
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


def throughput_section(
    say: Callable[..., None],
    url: str,
    image: Image,
    label: str,
    rounds: int,
    calls: int,
    quick: bool,
) -> None:
    cases = [raw_httpx(url, image.b64), raw_httpx(url, image.b64, sha256=True)]
    for auth in ("token", "aksk"):
        for form in ("b64", "bytes", "path"):
            cases.append(ours_sync(url, image, auth, form))
    if not quick:
        cases.append(official(url, image))
    cases += [raw_async(url, image.b64), ours_async(url, image, "token", "b64")]
    cases.append(ours_async(url, image, "aksk", "b64"))
    for case in cases:
        case.calls = max(5, calls // 5) if case.name.startswith("official") else calls
    result = interleave(cases, rounds)
    say()
    say(
        f"### Requests/s, {label} image ({len(image.b64):,} Base64 chars): {rounds} rounds of "
        f"{calls} calls per case, shuffled"
    )
    say()
    say("| client | req/s (median) | ms/call | x raw httpx (median, range) | x reference |")
    say("|---|---:|---:|---|---|")
    raw, floor = "raw httpx, pre-built body", "floor: raw httpx + SHA-256 of the body"
    raw_a = "raw async httpx, pre-built body"
    for case in cases:
        name = case.name
        value = result.median(name)
        reference = raw_a if "async" in name else raw
        against = "" if name in (raw, raw_a) else result.ratio_text(name, reference)
        extra = ""
        if "aksk" in name or name.startswith("official"):
            extra = f"{result.ratio_text(name, floor)} x floor"
        elif "async" in name and name != raw_a:
            extra = f"{result.ratio_text(name, raw_a)} x raw async"
            against = result.ratio_text(name, raw)
        over = 1000 / value - 1000 / result.median(reference)
        say(
            f"| {name} | {value:,.0f} | {1000 / value:.3f} (+{over:.3f} over "
            f"{'raw async' if reference == raw_a else 'raw'}) | {against} | {extra} |"
        )


def scaling_section(
    say: Callable[..., None], url: str, image: Image, label: str, rounds: int, calls: int
) -> None:
    cases = []
    for backend in backends():
        for in_flight in (1, 8, 64, 256):
            case = ours_async(url, image, "token", "b64", in_flight, backend)
            case.name = f"{backend}/{in_flight}"
            case.calls = max(calls, in_flight * 4)
            cases.append(case)
    result = interleave(cases, rounds)
    say()
    say(
        f"### Async scaling, {label} image: AsyncOcrClient, token, max_concurrency = in flight "
        f"(at least 64); {rounds} rounds, shuffled"
    )
    say()
    say("| transport | in flight | req/s (median) | x rate at 8 (median, range) |")
    say("|---|---:|---:|---|")
    for case in cases:
        backend, flight = case.name.split("/")
        say(
            f"| {backend} | {flight} | {result.median(case.name):,.0f} | "
            f"{result.ratio_text(case.name, f'{backend}/8')} |"
        )


def batch_section(
    say: Callable[..., None],
    latency_ms: float,
    repeat: int,
    per_unit: int = 10,
    processes: tuple[int, ...] = (1, 2),
) -> None:
    from huaweicloud_ocr.testing import sample_png

    if "processes" not in inspect.signature(run_batch_function()).parameters:
        processes = (1,)  # an older engine (PYTHONPATH, for a before/after)
    say()
    say(
        f"### Batch (run_batch), token, server answering after {latency_ms:g} ms, {per_unit} "
        f"files per unit of concurrency; ideal = concurrency / latency; {repeat} runs; "
        "processes: worker processes sending the calls (1: in the run's own loop)"
    )
    say()
    say(
        "| transport | concurrency | processes | files | files/s (runs) | x ideal (runs) "
        "| client alone, calls/s (runs) | batch x client alone |"
    )
    say("|---|---:|---:|---:|---|---|---|---|")
    with LoopbackServer(latency_ms) as url, tempfile.TemporaryDirectory() as temp:
        for concurrency in (64, 256):
            files = concurrency * per_unit
            folder = Path(temp) / f"c{concurrency}"
            folder.mkdir()
            images = [sample_png(16 + i % 48, 16 + i % 7) for i in range(files)]
            for i, image in enumerate(images):
                (folder / f"img{i:05}.png").write_bytes(image)
            ideal = concurrency / (latency_ms / 1000)
            for backend in backends():
                rates: dict[int, list[float]] = {n: [] for n in processes}
                alone = []
                for _ in range(repeat):  # interleaved: all meet the same load
                    for n in processes:
                        rates[n].append(batch_rate(url, folder, files, concurrency, backend, n))
                    alone.append(client_alone_rate(url, images, concurrency, backend))
                for n in processes:
                    pairs = zip(rates[n], alone, strict=True)
                    say(
                        f"| {backend} | {concurrency} | {n} | {files} | "
                        f"{', '.join(f'{r:,.0f}' for r in rates[n])} | "
                        f"{', '.join(f'{r / ideal:.2f}' for r in rates[n])} | "
                        f"{', '.join(f'{r:,.0f}' for r in alone)} | "
                        f"{statistics.median(r / a for r, a in pairs):.2f} |"
                    )


def run_batch_function() -> Callable[..., Any]:
    from huaweicloud_ocr.batch import arun_batch

    return arun_batch


def run(rounds: int, calls: int, quick: bool, sections: set[str], batch_files: int = 10) -> str:
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    say(f"Machine: {machine()}")
    say(
        f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; command: `python -m benchmarks.bench "
        f"--rounds {rounds} --calls {calls}{' --quick' if quick else ''}`"
    )
    with tempfile.TemporaryDirectory() as temp:
        images = {}
        for label, size in (("1 MiB", 1 << 20), ("tiny", 2000)):
            data = png_of_about(size)
            path = Path(temp) / f"{size}.png"
            path.write_bytes(data)
            images[label] = Image(data, path)
        with LoopbackServer() as url:
            if "throughput" in sections:
                throughput_section(say, url, images["1 MiB"], "1 MiB", rounds, calls, quick)
                throughput_section(say, url, images["tiny"], "tiny", rounds, calls * 4, quick)
            if "scaling" in sections:
                scaling_section(say, url, images["tiny"], "tiny", max(3, rounds // 3), calls * 4)
            if "clients" in sections:
                sync_ms, async_ms = client_build_ms(url)
                say()
                say("### A client after the first (median of 30)")
                say()
                say(
                    f"OcrClient + its HTTP client: {sync_ms:.2f} ms; AsyncOcrClient + its HTTP "
                    f"client for a loop: {async_ms:.2f} ms"
                )
            if "memory" in sections and not quick:
                memory_section(say, url)
    if "batch" in sections:
        batch_section(say, 100.0, 3, batch_files)
    if "import" in sections and not quick:
        import_section(say, rounds)
    return "\n".join(lines)


def memory_section(say: Callable[..., None], url: str) -> None:
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


# What each side runs: its imports, and its imports plus building a client for AK/SK with a
# project id (no request is sent: neither side calls IAM with a project id given).
OURS_IMPORT = "from huaweicloud_ocr import OcrClient, Base64Image"
OURS_CLIENT = (
    f"{OURS_IMPORT}; OcrClient(endpoint='https://127.0.0.1:9', project_id='{PROJECT}', "
    f"ak='{AK}', sk='{SK}').close()"
)
OFFICIAL_IMPORT = "import huaweicloudsdkocr.v1, huaweicloudsdkcore.auth.credentials"
OFFICIAL_CLIENT = (
    "from huaweicloudsdkocr.v1 import OcrClient; "
    "from huaweicloudsdkcore.auth.credentials import BasicCredentials; "
    "OcrClient.new_builder().with_credentials(BasicCredentials("
    f"'{AK}', '{SK}', '{PROJECT}')).with_endpoints(['https://127.0.0.1:9']).build()"
)


def import_section(say: Callable[..., None], rounds: int) -> None:
    ours_venv = clean_venv("ours", str(ROOT))
    # The venv is reused, so the package is put in again: it would measure an old build.
    subprocess.run(  # noqa: S603 - pip from that venv
        [
            ours_venv,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-deps",
            "--force-reinstall",
            str(ROOT),
        ],
        check=True,
        cwd=ROOT,
    )
    theirs_venv = clean_venv("official", "huaweicloudsdkocr==3.1.219")
    # (name, where, python, statement, the official case it is compared with)
    cases = [
        ("import huaweicloud_ocr", "clean venv", ours_venv, "import huaweicloud_ocr", "imports"),
        (OURS_IMPORT, "clean venv", ours_venv, OURS_IMPORT, "imports"),
        ("imports + an AK/SK client", "clean venv", ours_venv, OURS_CLIENT, "client"),
        ("import huaweicloud_ocr", "dev venv", sys.executable, "import huaweicloud_ocr", "dev"),
        ("official: " + OFFICIAL_IMPORT[7:], "clean venv", theirs_venv, OFFICIAL_IMPORT, None),
        ("official: imports + an AK/SK client", "clean venv", theirs_venv, OFFICIAL_CLIENT, None),
        ("official: " + OFFICIAL_IMPORT[7:], "dev venv", sys.executable, OFFICIAL_IMPORT, None),
    ]
    reference = {"imports": 4, "client": 5, "dev": 6}
    for _, _, python, statement, _ in cases:
        import_seconds(statement, python)  # bytecode and the page cache warm
    rng = random.Random(19)  # noqa: S311 - an order, not a secret
    times: list[list[float]] = [[] for _ in cases]
    for _ in range(rounds):
        order = list(range(len(cases)))
        rng.shuffle(order)
        for index in order:
            times[index].append(import_seconds(cases[index][3], cases[index][2]))
    say()
    say(f"### Import time (fresh interpreters, {rounds} rounds, each case once a round, shuffled)")
    say()
    say(
        "Clean venv: only the package and its dependencies (pip install . / pip install "
        "huaweicloudsdkocr). Dev venv: .venv, where click and rich (from schemathesis) make "
        "`import httpx` load its CLI too. The ratio is taken per round against the official "
        "row named; median (min-max) of the rounds."
    )
    say()
    say("| case | where | median ms | x official (per round) |")
    say("|---|---|---:|---:|")
    for index, (name, where, _, _, against) in enumerate(cases):
        ratio = ""
        if against is not None:
            ratios = [a / b for a, b in zip(times[index], times[reference[against]], strict=True)]
            ratio = f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"
        say(f"| {name} | {where} | {statistics.median(times[index]) * 1000:.0f} | {ratio} |")


SECTIONS = ("throughput", "scaling", "clients", "memory", "batch", "import")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=40, help="1 MiB calls per case per round")
    parser.add_argument("--quick", action="store_true", help="no official SDK, memory, import")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--write", action="store_true", help="write benchmarks/LATEST.md")
    parser.add_argument(
        "--batch-files", type=int, default=10, help="batch: files per unit of concurrency"
    )
    parser.add_argument("--memory-child", nargs=3, metavar=("CASE", "URL", "PATH"))
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child)
        return
    report = run(args.rounds, args.calls, args.quick, set(args.only), args.batch_files)
    if args.write:
        # Not RESULTS.md: that file keeps the figures of every issue and their history by hand.
        latest = Path(__file__).with_name("LATEST.md")
        latest.write_text(
            "# Latest benchmark run\n\nThe latest `make bench` run; see benchmarks/bench.py for "
            "what is measured and how, and benchmarks/RESULTS.md for the curated figures.\n\n"
            + report
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
