"""The aiohttp backend (`AsyncOcrClient(http_backend="aiohttp")`, the `aiohttp` extra) under the
same attacks and faults as the guarded httpx backend: the async cases of test_hostile_peers.py
and test_faults.py run again here with every AsyncOcrClient they make switched to aiohttp, and
each test checks that aiohttp did send its requests (so none passes on the httpx backend)."""

from __future__ import annotations

import asyncio
import functools
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from huaweicloud_ocr import AsyncOcrClient, OcrClient
from huaweicloud_ocr._transport import AiohttpSender
from huaweicloud_ocr.errors import ConfigurationError, MissingExtraError
from huaweicloud_ocr.testing import LocalOcrServer, sample_png
from tests import test_faults as faults
from tests import test_hostile_peers as hostile
from tests.cli_env import use_server
from tests.fault_proxy import Fault, FaultProxy
from tests.hostile_server import HostileServer, Peer, Request, each_request, response
from tests.secrets_registry import PEER_TOKEN
from tests.test_faults import expected, proxy  # noqa: F401 - fixtures used below

pytest.importorskip("aiohttp")


@pytest.fixture(autouse=True)
def aiohttp_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Every AsyncOcrClient of the borrowed tests on aiohttp; its sends counted."""
    sent: list[int] = []
    original_send = AiohttpSender._send_one

    async def counted(self: AiohttpSender, *args: Any) -> Any:
        sent.append(1)
        return await original_send(self, *args)

    monkeypatch.setattr(AiohttpSender, "_send_one", counted)
    original_args = hostile.client_args
    monkeypatch.setattr(
        hostile,
        "client_args",
        lambda url, **o: {**original_args(url, **o), "http_backend": "aiohttp"},
    )
    monkeypatch.setattr(
        faults, "AsyncOcrClient", functools.partial(AsyncOcrClient, http_backend="aiohttp")
    )
    yield sent
    assert sent, "no request went through aiohttp"


# -- hostile peers (tests/test_hostile_peers.py, async mode) -----------------------------------
def test_endless_body_is_cut_at_the_cap() -> None:
    hostile.test_endless_body_is_cut_at_the_cap("async")


def test_trickled_answer_ends_at_the_deadline() -> None:
    hostile.test_trickled_answer_ends_at_the_deadline("async")


def test_endless_early_hints_end_at_the_deadline() -> None:
    hostile.test_endless_early_hints_end_at_the_deadline("async")


def test_last_attempt_does_not_overrun_the_deadline() -> None:
    hostile.test_last_attempt_does_not_overrun_the_deadline("async")


@pytest.mark.parametrize("how", hostile.NO_ANSWER)
def test_failure_after_the_request_was_received_is_not_sent_again(how: str) -> None:
    hostile.test_failure_after_the_request_was_received_is_not_sent_again("async", how)


def test_reset_after_the_request_is_sent_again_when_asked() -> None:
    hostile.test_reset_after_the_request_is_sent_again_when_asked("async")


def test_keep_alive_race_is_still_retried() -> None:
    hostile.test_keep_alive_race_is_still_retried("async")


def test_stray_bytes_after_an_answer_are_not_the_next_answer() -> None:
    hostile.test_stray_bytes_after_an_answer_are_not_the_next_answer("async", hostile.FAKE_ANSWER)


def test_stray_bytes_on_an_idle_connection_are_not_the_next_answer() -> None:
    """Attack: a fake answer sent 0.2 s after the real one, while the connection idles in the
    pool (aiohttp would parse it and hand it to the next request on that connection)."""

    def late_stray(peer: Peer, request: Request) -> None:
        peer.send(response())
        if request.number == 1:
            peer.sleep(0.2)
            peer.send(hostile.FAKE_ANSWER)

    async def two_calls(url: str) -> list[int | None]:
        async with AsyncOcrClient(**hostile.client_args(url)) as ocr:
            first = await ocr.recognize_general_text(sample_png())
            await asyncio.sleep(0.5)
            second = await ocr.recognize_general_text(sample_png())
        return [first.result.words_block_count, second.result.words_block_count]

    with HostileServer(each_request(late_stray)) as peer:
        counts = hostile.bounded(lambda: asyncio.run(two_calls(peer.url)))
    assert counts == [0, 0]
    assert peer.per_connection == [1, 1]


def test_a_stray_crlf_is_skipped() -> None:
    """One difference from the httpx backend: aiohttp's parser skips a CRLF between answers (the
    empty line RFC 9112 section 2.2 lets a recipient ignore), so that connection is reused; the
    answers stay right."""
    with HostileServer(hostile.stray_after_first(b"\r\n")) as peer:
        results = hostile.recognize("async", peer.url, calls=2)
    assert hostile.word_count(results) == [0, 0]
    assert peer.requests == 2


def test_gzip_answer_is_decoded_under_the_cap() -> None:
    """Control for the cap: a gzip answer within it is decoded (aiohttp's own decoding is off,
    so this is the client's capped decoder at work)."""
    body = response(body={"result": {"words_block_count": 3, "words_block_list": []}})
    head, _, payload = body.partition(b"\r\n\r\n")
    import gzip

    packed = gzip.compress(payload)
    head = b"\r\n".join(
        line for line in head.split(b"\r\n") if not line.lower().startswith(b"content-length")
    )
    answer = head + f"\r\nContent-Encoding: gzip\r\nContent-Length: {len(packed)}\r\n\r\n".encode()
    with HostileServer(hostile.answering(answer + packed)) as peer:
        results = hostile.recognize("async", peer.url)
    assert hostile.word_count(results) == [3]


# -- faults (tests/test_faults.py, async flavour) ----------------------------------------------
@pytest.mark.parametrize("kind", sorted(faults.RETRIED | faults.AFTER_SEND))
def test_a_transient_fault_is_retried_into_the_right_result(
    server: LocalOcrServer,
    proxy: FaultProxy,  # noqa: F811
    expected: dict[str, Any],  # noqa: F811
    kind: Fault,
) -> None:
    faults.test_a_transient_fault_is_retried_into_the_right_result(
        server, proxy, expected, kind, "async", "aksk"
    )


@pytest.mark.parametrize("kind", sorted(faults.AFTER_SEND))
def test_a_fault_after_the_request_was_sent_is_not_retried_by_default(
    server: LocalOcrServer,
    proxy: FaultProxy,  # noqa: F811
    kind: Fault,
) -> None:
    faults.test_a_fault_after_the_request_was_sent_is_not_retried_by_default(
        server, proxy, kind, "async"
    )


@pytest.mark.parametrize("kind", [Fault.SLOW, Fault.STALL])
def test_an_answer_slower_than_the_timeout_is_a_timeout_and_not_retried(
    server: LocalOcrServer,
    proxy: FaultProxy,  # noqa: F811
    kind: Fault,
) -> None:
    faults.test_an_answer_slower_than_the_timeout_is_a_timeout_and_not_retried(
        server, proxy, kind, "async"
    )


# -- choosing the backend ----------------------------------------------------------------------
def test_the_backend_is_checked_at_construction(aiohttp_backend: list[int]) -> None:
    aiohttp_backend.append(1)  # no request here
    with pytest.raises(ConfigurationError, match="http_backend 'curl' is not one of"):
        AsyncOcrClient(
            endpoint="http://127.0.0.1:9", project_id="p", token=PEER_TOKEN, http_backend="curl"
        )
    with pytest.raises(ConfigurationError, match="is for AsyncOcrClient"):
        OcrClient(
            endpoint="http://127.0.0.1:9", project_id="p", token=PEER_TOKEN, http_backend="aiohttp"
        )
    with pytest.raises(ConfigurationError, match="cannot be used with http_client"):
        AsyncOcrClient(
            endpoint="http://127.0.0.1:9",
            project_id="p",
            token=PEER_TOKEN,
            http_client=httpx.AsyncClient(),
            http_backend="aiohttp",
        )
    # "auto" with a caller's transport quietly stays on httpx.
    auto = AsyncOcrClient(
        endpoint="http://127.0.0.1:9",
        project_id="p",
        token=PEER_TOKEN,
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(500))},
        http_backend="auto",
    )
    assert auto._aiohttp is False


def test_a_proxy_from_the_environment_keeps_httpx(
    monkeypatch: pytest.MonkeyPatch, aiohttp_backend: list[int]
) -> None:
    """aiohttp runs with trust_env off (no .netrc credentials): where the environment asks for
    a proxy, the request must still go through it, so httpx is used."""
    aiohttp_backend.append(1)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    args: dict[str, Any] = {
        "endpoint": "https://ocr.example.com",
        "project_id": "p",
        "token": PEER_TOKEN,
    }
    assert AsyncOcrClient(**args, http_backend="auto")._aiohttp is False
    with pytest.raises(ConfigurationError, match="a proxy from the environment"):
        AsyncOcrClient(**args, http_backend="aiohttp")
    monkeypatch.setenv("NO_PROXY", "ocr.example.com")
    assert AsyncOcrClient(**args, http_backend="auto")._aiohttp is True


def test_without_aiohttp_the_extra_is_named(
    monkeypatch: pytest.MonkeyPatch, aiohttp_backend: list[int]
) -> None:
    aiohttp_backend.append(1)
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # import aiohttp now fails
    args: dict[str, Any] = {
        "endpoint": "http://127.0.0.1:9",
        "project_id": "p",
        "token": PEER_TOKEN,
    }
    with pytest.raises(MissingExtraError, match=r"huaweicloud-ocr\[aiohttp\]"):
        AsyncOcrClient(**args, http_backend="aiohttp")
    assert AsyncOcrClient(**args, http_backend="auto")._aiohttp is False


def test_signed_and_token_calls_reach_a_checking_server() -> None:
    """The local server checks AK/SK signatures and tokens: both pass through aiohttp, several
    calls on one kept-alive connection, and 16 at once."""
    with LocalOcrServer() as local:

        async def main() -> list[int | None]:
            counts: list[int | None] = []
            logins: list[dict[str, Any]] = [
                {"token": local.issue_token()},
                {"ak": local.ak, "sk": local.sk},
            ]
            for creds in logins:
                async with AsyncOcrClient(
                    endpoint=local.url,
                    project_id=local.project_id,
                    http_backend="aiohttp",
                    **creds,
                ) as ocr:
                    calls = [ocr.recognize_general_text(sample_png()) for _ in range(16)]
                    for result in await asyncio.gather(*calls):
                        counts.append(result.result.words_block_count)
            return counts

        counts = asyncio.run(main())
        assert len(counts) == 32
        assert None not in counts
        assert len(local.state.calls) == 32


def test_the_batch_command_sends_through_aiohttp_when_it_is_installed(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from huaweicloud_ocr import cli
    from huaweicloud_ocr.batch import processes

    made: list[AsyncOcrClient] = []

    class Recorded(AsyncOcrClient):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(processes, "AsyncOcrClient", Recorded)  # what ClientRecipe makes
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "a.png").write_bytes(sample_png())
    with LocalOcrServer() as local:
        use_server(monkeypatch, local)
        out = tmp_path / "results.jsonl"
        argv = ["batch", str(tmp_path / "scans"), "--operation", "general-text"]
        code = cli.main([*argv, "--out", str(out), "--endpoint", local.url, "--quiet"])
    assert code == 0, capsys.readouterr().err
    assert made
    assert all(client._aiohttp for client in made)  # "auto" took the installed extra
    assert '"status":"ok"' in out.read_text()
