"""What makes clients cheap and async calls scale, checked for what it does (never for speed):
one SSL context per process and verification setting, and an AsyncOcrClient's requests spread
over small httpx pools."""

from __future__ import annotations

import asyncio
import ssl
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from huaweicloud_ocr import AsyncOcrClient, OcrClient
from huaweicloud_ocr.client import _POOL_SHARD, _Shards
from huaweicloud_ocr.testing import LocalOcrServer, sample_png

ENDPOINT = "https://ocr.ap-southeast-1.myhuaweicloud.com"


def _context(client: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    transport: Any = client._transport
    context: ssl.SSLContext = transport._pool._ssl_context
    return context


def _token() -> dict[str, Any]:
    return {"token": "t" * 20, "project_id": "p"}  # never sent: no request is made


def test_clients_share_one_context_per_setting() -> None:
    with (
        OcrClient(endpoint=ENDPOINT, **_token()) as one,
        OcrClient(endpoint=ENDPOINT, **_token()) as two,
    ):
        shared = _context(one._sync_client())
        assert _context(two._sync_client()) is shared
        assert shared.verify_mode == ssl.CERT_REQUIRED
    with OcrClient(endpoint=ENDPOINT, verify=False, **_token()) as off:
        unverified = _context(off._sync_client())
        assert unverified is not shared
        assert unverified.verify_mode == ssl.CERT_NONE


def test_the_environment_is_part_of_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SSL_CERT_FILE chooses other CAs: a client made after it is set gets another context."""
    with OcrClient(endpoint=ENDPOINT, **_token()) as before:
        default = _context(before._sync_client())
    import certifi

    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    with OcrClient(endpoint=ENDPOINT, **_token()) as after:
        from_env = _context(after._sync_client())
        assert from_env is not default
    with OcrClient(endpoint=ENDPOINT, httpx_args={"trust_env": False}, **_token()) as ignoring:
        assert _context(ignoring._sync_client()) is not from_env


def test_an_async_client_spreads_its_requests_over_small_pools() -> None:
    with LocalOcrServer() as server:

        async def main() -> tuple[list[int], list[int | None]]:
            async with AsyncOcrClient(
                endpoint=server.url,
                project_id=server.project_id,
                token=server.issue_token(),
                max_concurrency=4 * _POOL_SHARD,
            ) as ocr:
                results = await asyncio.gather(
                    *(ocr.recognize_general_text(sample_png()) for _ in range(64))
                )
                shards, _ = ocr._async_client()
                assert isinstance(shards, _Shards)
                assert len(shards.clients) == 4  # 64 gathered: every pool was needed
                assert shards.load == [0, 0, 0, 0]  # every request gave its place back
                await ocr.recognize_general_text(sample_png())
                assert len(shards.clients) == 4
                opened = [
                    len(client._transport._pool.connections)  # type: ignore[attr-defined]
                    for client in shards.clients
                ]
            return opened, [r.result.words_block_count for r in results]

        opened, counts = asyncio.run(main())
    assert None not in counts
    assert len(counts) == 64
    assert all(1 <= n <= _POOL_SHARD for n in opened), opened  # each pool used, none past 8


def test_pools_are_made_only_when_the_ones_made_are_full() -> None:
    made: list[httpx.AsyncClient] = []

    def make() -> httpx.AsyncClient:
        made.append(httpx.AsyncClient())
        return made[-1]

    shards = _Shards(make, 3)
    taken = [shards.acquire() for _ in range(_POOL_SHARD)]
    assert taken == [0] * _POOL_SHARD
    assert len(made) == 1
    assert shards.acquire() == 1  # the first pool is full
    shards.release(0)
    assert shards.acquire() == 1  # least busy: 7 in pool 0, 1 in pool 1
    for _ in range(3 * _POOL_SHARD - _POOL_SHARD - 1):  # up to 24 in flight
        shards.acquire()
    assert len(made) == 3
    assert shards.load == [_POOL_SHARD] * 3


def test_limits_of_the_caller_keep_one_pool() -> None:
    limits = httpx.Limits(max_connections=50)

    async def main() -> Any:
        async with AsyncOcrClient(
            endpoint=ENDPOINT, httpx_args={"limits": limits}, **_token()
        ) as ocr:
            return ocr._async_client()[0]

    assert isinstance(asyncio.run(main()), httpx.AsyncClient)


def test_an_async_client_checks_in_memory_images_on_the_loop_and_files_in_a_thread(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Where an AsyncOcrClient prepares a request: on the event loop's thread when that is
    cheaper than a worker thread's round trip (a token and an image in memory: header checks,
    pybase64's scan), in a worker thread for file I/O and for the SHA-256 of a big AK/SK body."""
    from huaweicloud_ocr import Base64Image, _body, images
    from huaweicloud_ocr.testing import noise_png

    big = noise_png(1024, 1024)  # ~1 MiB, over the old 256 KiB line
    path = tmp_path / "big.png"
    path.write_bytes(big)
    seen: list[str] = []
    check = images.check_image_head

    def recorded(*args: Any, **kwargs: Any) -> str:
        seen.append(threading.current_thread().name)
        return check(*args, **kwargs)

    monkeypatch.setattr(images, "check_image_head", recorded)
    with LocalOcrServer() as server:

        async def where(image: Any, **auth: Any) -> str:
            async with AsyncOcrClient(
                endpoint=server.url, project_id=server.project_id, **auth
            ) as ocr:
                await ocr.recognize_general_text(image)
            return seen.pop()

        async def main() -> dict[str, str]:
            token = {"token": server.issue_token()}
            aksk = {"ak": server.ak, "sk": server.sk}
            loop_thread = threading.current_thread().name
            found = {
                "token, bytes": await where(big, **token),
                "token, Base64": await where(Base64Image(_body.b2a_base64(big)), **token),
                "token, path": await where(path, **token),
                "AK/SK, bytes": await where(big, **aksk),
            }
            return {
                case: ("loop" if name == loop_thread else "thread") for case, name in found.items()
            }

        placed = asyncio.run(main())
    assert placed == {
        "token, bytes": "loop",
        "token, Base64": "loop" if _body.fast_base64() is not None else "thread",
        "token, path": "thread",
        "AK/SK, bytes": "thread",
    }
