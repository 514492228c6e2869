"""1,000 calls gathered at once on one AsyncOcrClient, against the same 1,000 behind a user
semaphore of 50 (issue 14: async stays linear). Interleaved rounds, shuffled order, ratios per
round, against benchmarks/loopback_server.py in its own process.

    python -m benchmarks.gather_bench [--rounds 5] [--calls 1000]

Cases: the client as shipped (max_concurrency=64, a pool of 64), and the same client as it was
before the bound: no max_concurrency, httpx's default pool (100 connections, 20 kept alive).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import random
import statistics
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx

from benchmarks.bench import AK, PROJECT, SK, LoopbackServer
from huaweicloud_ocr import AsyncOcrClient, Base64Image
from huaweicloud_ocr.testing import sample_png

UNBOUNDED = 100_000


async def run(url: str, calls: int, bound: int, user_semaphore: int | None) -> float:
    """Seconds for `calls` calls gathered at once, optionally behind a user semaphore."""
    image = Base64Image(base64.b64encode(sample_png()), trusted=True)
    limits = (
        httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's defaults
        if bound == UNBOUNDED
        else httpx.Limits(max_connections=bound, max_keepalive_connections=bound)
    )
    async with AsyncOcrClient(
        endpoint=url,
        ak=AK,
        sk=SK,
        project_id=PROJECT,
        max_concurrency=bound,
        httpx_args={"limits": limits},
    ) as ocr:
        await ocr.recognize_general_text(image)  # warm: connections, imports
        gate = asyncio.Semaphore(user_semaphore or calls)

        async def one() -> None:
            async with gate:
                await ocr.recognize_general_text(image)

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(calls)))
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    cases: dict[str, Callable[[str], Coroutine[Any, Any, float]]] = {
        "shipped, gathered": lambda url: run(url, args.calls, 64, None),
        "shipped, semaphore 50": lambda url: run(url, args.calls, 64, 50),
        "before, gathered": lambda url: run(url, args.calls, UNBOUNDED, None),
        "before, semaphore 50": lambda url: run(url, args.calls, UNBOUNDED, 50),
    }
    seconds: dict[str, list[float]] = {name: [] for name in cases}
    ratios: dict[str, list[float]] = {"shipped": [], "before": []}
    with LoopbackServer() as url:
        for _ in range(args.rounds):
            order = list(cases)
            random.shuffle(order)
            this_round: dict[str, float] = {name: asyncio.run(cases[name](url)) for name in order}
            for name, value in this_round.items():
                seconds[name].append(value)
            for kind in ratios:
                ratio = this_round[f"{kind}, gathered"] / this_round[f"{kind}, semaphore 50"]
                ratios[kind].append(ratio)
    print(f"{args.calls} calls, {args.rounds} interleaved rounds (median seconds; ratio per round)")
    for name, values in seconds.items():
        print(f"  {name:26} {statistics.median(values):6.2f} s")
    for kind, values in ratios.items():
        shown = ", ".join(f"{v:.2f}" for v in values)
        middle = statistics.median(values)
        print(f"  {kind:9} gathered / semaphore 50: median {middle:.2f}x ({shown})")


if __name__ == "__main__":
    main()
