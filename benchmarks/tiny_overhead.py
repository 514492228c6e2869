"""What this client adds to a call with a tiny image, in ms over raw httpx, interleaved.

`python -m benchmarks.tiny_overhead [ROUNDS]`: raw httpx, this client (sync, Base64 str and
bytes) and raw async httpx against AsyncOcrClient, each round every case for 150 calls in a
new shuffled order; for each round the difference of ms per call (wall clock) and of client
CPU per call (time.process_time, µs: this process only, the server runs in its own) is taken
against the raw case of the same round. Printed: median and quartiles of those differences.
On a shared machine single rounds differ by ±0.3 ms, ten times the effects measured, so the
medians of many rounds are what to read; run it twice with PYTHONPATH at another copy of
src/ and generated/ for a before/after.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import bench

CALLS = 150


def quartiles(values: list[float]) -> list[float]:
    ordered = sorted(values)
    n = len(ordered)
    return [
        round(ordered[n // 4], 3),
        round(statistics.median(ordered), 3),
        round(ordered[3 * n // 4], 3),
    ]


def main(rounds: int) -> dict[str, dict[str, list[float]]]:
    with bench.LoopbackServer() as url, tempfile.TemporaryDirectory() as temp:
        data = bench.png_of_about(2048)
        path = Path(temp) / "tiny.png"
        path.write_bytes(data)
        image = bench.Image(data, path)
        cases = [
            bench.raw_httpx(url, image.b64),
            bench.ours_sync(url, image, "token", "b64"),
            bench.ours_sync(url, image, "token", "bytes"),
            bench.raw_async(url, image.b64),
            bench.ours_async(url, image, "token", "b64"),
        ]
        for case in cases:
            case.run(CALLS // 3)  # connections open, caches warm
        wall: dict[str, list[float]] = {case.name: [] for case in cases}
        cpu: dict[str, list[float]] = {case.name: [] for case in cases}
        rng = random.Random(19)  # noqa: S311 - an order, not a secret
        for _ in range(rounds):
            order = cases[:]
            rng.shuffle(order)
            for case in order:
                started = time.process_time()
                seconds = case.run(CALLS)
                cpu[case.name].append((time.process_time() - started) / CALLS * 1e6)
                wall[case.name].append(seconds / CALLS * 1e3)
        for case in cases:
            case.close()
    report: dict[str, dict[str, list[float]]] = {}
    for ours, raw in ((1, 0), (2, 0), (4, 3)):
        mine, ref = cases[ours].name, cases[raw].name
        report[mine] = {
            "ms over raw (q1, median, q3)": quartiles(
                [a - b for a, b in zip(wall[mine], wall[ref], strict=True)]
            ),
            "client CPU µs over raw (q1, median, q3)": quartiles(
                [a - b for a, b in zip(cpu[mine], cpu[ref], strict=True)]
            ),
        }
    return report


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30), indent=1))
