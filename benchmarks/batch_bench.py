"""`huaweicloud-ocr batch` on 1,000 small PNG files against the local OCR server.

The server (huaweicloud_ocr.testing.LocalOcrServer: signature checks, JSON Schema validation of
every body) runs in its own process so that it does not share the GIL with the client. For each
setting the engine (huaweicloud_ocr.batch.run_batch, as the CLI runs it) starts on an empty
results file; the script checks that the file has exactly one ok line per image and that the
server saw exactly one call per image, and prints files/s and wall time.

    .venv/bin/python benchmarks/batch_bench.py [--files 1000] [--concurrency 1 8 32]
        [--rate 100] [--token] [--tuned-server] [--latency MS] [--repeat N]

--tuned-server sets TCP_NODELAY (without it Nagle's algorithm and delayed ACKs hold each
connection near 21 answers/s) and a listen backlog of 128 in the server (socketserver's
default of 5 drops connection attempts when more arrive at once; the client retries them 1 s
later). --latency makes the server wait before each answer, as a remote service does: that is
what concurrency is for. On loopback without it, client and server compete for the CPUs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huaweicloud_ocr import AsyncOcrClient
from huaweicloud_ocr.batch import Reporter, record_key, run_batch
from huaweicloud_ocr.testing import sample_png

SERVER = """
import json, sys, time
from huaweicloud_ocr.testing import LocalOcrServer, local_server
if sys.argv[1] == "tuned":
    local_server._Handler.disable_nagle_algorithm = True
    local_server._HTTPServer.request_queue_size = 128
latency = float(sys.argv[2])
if latency:
    recognize = local_server._Handler._recognize
    def slow(self, *args):
        time.sleep(latency)
        recognize(self, *args)
    local_server._Handler._recognize = slow
with LocalOcrServer() as server:
    info = {"url": server.url, "ak": server.ak, "sk": server.sk,
            "project_id": server.project_id, "token": server.issue_token()}
    print(json.dumps(info), flush=True)
    for line in sys.stdin:  # "calls": how many OCR calls so far
        print(len(server.state.calls), flush=True)
"""


class ServerProcess:
    def __init__(self, tuned: bool, latency: float) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", SERVER, "tuned" if tuned else "default", str(latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.info: dict[str, str] = json.loads(self.process.stdout.readline())

    def calls(self) -> int:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write("calls\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@dataclass
class Outcome:
    label: str
    files: int
    seconds: float
    calls: int

    def row(self) -> str:
        rate = self.files / self.seconds if self.seconds else 0.0
        return f"{self.label:<44} {self.files:>6} {self.seconds:>9.2f} {rate:>9.1f} {self.calls:>6}"


def make_images(folder: Path, count: int) -> None:
    for i in range(count):
        sub = folder / f"d{i // 250}"
        sub.mkdir(exist_ok=True)
        (sub / f"img{i:05}.png").write_bytes(sample_png(16 + i % 48, 16 + i % 7))


def check(out: Path, count: int) -> None:
    lines = out.read_bytes().splitlines()
    records = [json.loads(line) for line in lines]
    keys = {record_key(r) for r in records}
    statuses = {r["status"] for r in records}
    if len(lines) != count or len(keys) != count or statuses != {"ok"}:
        raise SystemExit(
            f"{out}: {len(lines)} lines, {len(keys)} files, statuses {statuses}; want {count}"
        )


def measure(
    label: str,
    server: ServerProcess,
    client: Callable[[], AsyncOcrClient],
    folder: Path,
    out: Path,
    count: int,
    *,
    expect: int,
    repeat: int,
    **kwargs: Any,
) -> Outcome:
    """The median of `repeat` runs, each on an empty results file unless `expect` is 0."""
    timings = []
    for _ in range(repeat):
        if expect:
            out.unlink(missing_ok=True)
        before = server.calls()
        started = time.perf_counter()
        summary = run_batch(
            client, folder, out, "general-text", handle_signals=False, reporter=Reporter(), **kwargs
        )
        timings.append(time.perf_counter() - started)
        calls = server.calls() - before
        check(out, count)
        if summary.processed != expect or calls != expect:
            raise SystemExit(
                f"{label}: {summary.processed} processed, {calls} calls; want {expect}"
            )
    return Outcome(label, expect, statistics.median(timings), expect)


def fsync_cost(folder: Path, lines: int) -> tuple[float, float]:
    """Seconds to append `lines` result-sized lines with an fsync after each, and with one."""
    line = json.dumps({"file": "d0/img00000.png", "status": "ok", "result": {"x": "y" * 300}})
    data = line.encode() + b"\n"
    timings = []
    for every in (True, False):
        path = folder / f"fsync-{every}.jsonl"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        started = time.perf_counter()
        for _ in range(lines):
            os.write(fd, data)
            if every:
                os.fsync(fd)
        os.fsync(fd)
        timings.append(time.perf_counter() - started)
        os.close(fd)
    return timings[0], timings[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--rate", type=float, default=100.0, help="a rate-limited run (0: none)")
    parser.add_argument("--token", action="store_true", help="token instead of AK/SK signing")
    parser.add_argument(
        "--tuned-server",
        action="store_true",
        help="TCP_NODELAY and a listen backlog of 128 in the server",
    )
    parser.add_argument("--repeat", type=int, default=1, help="report the median of N runs")
    parser.add_argument(
        "--latency", type=float, default=0, metavar="MS", help="the server waits MS per call"
    )
    args = parser.parse_args()

    server = ServerProcess(args.tuned_server, args.latency / 1000)
    info = server.info

    def client() -> Callable[[], AsyncOcrClient]:
        auth: dict[str, Any] = (
            {"token": info["token"]} if args.token else {"ak": info["ak"], "sk": info["sk"]}
        )
        # run_batch calls this once per WORKERS_PER_CLIENT workers
        return lambda: AsyncOcrClient(endpoint=info["url"], project_id=info["project_id"], **auth)

    count = args.files
    results: list[Outcome] = []
    try:
        with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as temp:
            folder, outs = Path(temp) / "images", Path(temp) / "out"
            folder.mkdir()
            outs.mkdir()
            started = time.perf_counter()
            make_images(folder, count)
            print(
                f"{count} PNG files ({sum(p.stat().st_size for p in folder.rglob('*.png'))} "
                f"bytes) written in {time.perf_counter() - started:.2f} s; server "
                f"{'tuned (TCP_NODELAY, backlog 128)' if args.tuned_server else 'as shipped'}"
                f"{f' + {args.latency:g} ms per call' if args.latency else ''}, "
                f"{'token' if args.token else 'AK/SK'}; {os.cpu_count()} CPUs",
                flush=True,
            )
            print(f"{'run':<44} {'files':>6} {'seconds':>9} {'files/s':>9} {'calls':>6}")
            for n in args.concurrency:
                out = outs / f"c{n}.jsonl"
                results.append(
                    measure(
                        f"concurrency {n} (fsync at most every 1 s)",
                        server,
                        client(),
                        folder,
                        out,
                        count,
                        expect=count,
                        repeat=args.repeat,
                        concurrency=n,
                    )
                )
                print(results[-1].row(), flush=True)
            top = max(args.concurrency)
            for interval, name in ((0.0, "fsync after every write"), (None, "fsync at the end")):
                out = outs / f"fsync-{name}.jsonl"
                results.append(
                    measure(
                        f"concurrency {top}, {name}",
                        server,
                        client(),
                        folder,
                        out,
                        count,
                        expect=count,
                        repeat=args.repeat,
                        concurrency=top,
                        fsync_interval=interval,
                    )
                )
                print(results[-1].row(), flush=True)
            if args.rate:
                out = outs / "rate.jsonl"
                results.append(
                    measure(
                        f"concurrency {top}, --rate {args.rate:g}",
                        server,
                        client(),
                        folder,
                        out,
                        count,
                        expect=count,
                        repeat=args.repeat,
                        concurrency=top,
                        rate=args.rate,
                    )
                )
                print(results[-1].row(), flush=True)
            every, once = fsync_cost(outs, count)
            print(
                f"writing {count} lines alone: {every:.3f} s with an fsync after each "
                f"({every / count * 1000:.2f} ms per fsync), {once:.3f} s with one at the end",
                flush=True,
            )
            out = outs / f"c{top}.jsonl"  # complete: a rerun reads it and sends nothing
            results.append(
                measure(
                    "rerun on a complete results file",
                    server,
                    client(),
                    folder,
                    out,
                    count,
                    expect=0,
                    repeat=args.repeat,
                    concurrency=top,
                )
            )
            print(f"{results[-1].label:<44} {'0':>6} {results[-1].seconds:>9.2f}", flush=True)
    finally:
        server.close()


if __name__ == "__main__":
    main()
