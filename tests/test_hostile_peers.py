"""Reliability round 2 (issue 13): each attack of a hostile or broken peer, replayed on loopback
against tests/hostile_server.py, and the bounded outcome the client now gives.

A server "received" a request when its body arrived whole: that is when the service would
process, and bill, it. Calls that could hang on the code before the fix run under a guard
(`bounded`: a thread joined with a timeout), and every hostile handler gives up after a few
seconds, so a regression shows as a failed test, never as a hung suite. Peak memory is measured
in a subprocess (VmHWM of a fresh interpreter making one call).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal, TypeVar

import pytest

from huaweicloud_ocr import AsyncOcrClient, OcrClient, RetryPolicy
from huaweicloud_ocr._body import JsonImageBody
from huaweicloud_ocr.client import InvalidResponseError
from huaweicloud_ocr.errors import (
    ApiError,
    ConfigurationError,
    RateLimitError,
    RequestTimeoutError,
    RequestTooLargeError,
    TransportError,
    UnauthorizedError,
    ValidationError,
)
from huaweicloud_ocr.images import WHOLE_READ_BYTES
from huaweicloud_ocr.testing import noise_png, sample_png
from huaweicloud_ocr_api.models import RecognizeGeneralTextResponse
from tests.hostile_server import (
    OK_BODY,
    Handler,
    HostileServer,
    Peer,
    Request,
    answer_ok,
    each_request,
    response,
)
from tests.secrets_registry import PEER_SK, PEER_TOKEN

T = TypeVar("T")
Mode = Literal["sync", "async"]
MODES: list[Mode] = ["sync", "async"]
Result = RecognizeGeneralTextResponse

AK = "PEERACCESSKEY0000000"  # an access key id is not a secret
# Quick retries, so that a retry the client should not make shows at once.
FAST = RetryPolicy(max_attempts=4, initial_backoff=0.01, max_backoff=0.02, deadline=10)
GUARD = 15.0  # seconds a call may take before the test calls it hung
MiB = 1024 * 1024


# -- calling the client under a guard --------------------------------------------------------------
def bounded(run: Callable[[], T], seconds: float = GUARD) -> T:
    """run() in a thread; its result or its exception, or a failure if it is still running after
    `seconds` (the thread is left behind: the test's server stopping usually ends it)."""
    box: list[tuple[bool, Any]] = []

    def target() -> None:
        try:
            box.append((True, run()))
        except BaseException as exc:
            box.append((False, exc))

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"the call was still running after {seconds} s (hung)")
    ok, value = box[0]
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


def client_args(url: str, **overrides: Any) -> dict[str, Any]:
    args: dict[str, Any] = {"endpoint": url, "project_id": "p", "retry": FAST, "timeout": 5.0}
    if "ak" not in overrides:
        args["token"] = PEER_TOKEN
    return {**args, **overrides}


def recognize(
    mode: Mode,
    url: str,
    *,
    image: Any = None,
    calls: int = 1,
    guard: float = GUARD,
    **overrides: Any,
) -> list[Result]:
    """`calls` calls of recognize_general_text, one after the other, on one new client."""
    picture = sample_png() if image is None else image
    args = client_args(url, **overrides)

    def run_sync() -> list[Result]:
        with OcrClient(**args) as client:
            return [client.recognize_general_text(picture) for _ in range(calls)]

    async def run_async() -> list[Result]:
        async with AsyncOcrClient(**args) as client:
            return [await client.recognize_general_text(picture) for _ in range(calls)]

    return bounded(run_sync if mode == "sync" else lambda: asyncio.run(run_async()), guard)


@contextlib.contextmanager
def timed() -> Iterator[list[float]]:
    """with timed() as took: ...; took[0] is the elapsed time once the block ends."""
    took: list[float] = []
    start = time.monotonic()
    try:
        yield took
    finally:
        took.append(time.monotonic() - start)


def word_count(results: list[Result]) -> list[int | None]:
    return [result.result.words_block_count for result in results]


# -- misbehaving servers ---------------------------------------------------------------------------
def answering(answer: bytes, delay: float = 0.0) -> Handler:
    """The same bytes for every request, after `delay` seconds."""

    def reply(peer: Peer, request: Request) -> None:
        if delay:
            peer.sleep(delay)
        peer.send(answer)

    return each_request(reply)


def gzip_answer(compressed: bytes) -> bytes:
    return response(headers=[("Content-Encoding", "gzip")], body=compressed)


def endless_body(peer: Peer) -> None:
    """A 200 whose chunked body never ends (but for the handler's limits: 1 GiB, or its time)."""
    peer.read_request()
    peer.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    peer.send(b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"%x\r\n" % MiB + b" " * MiB + b"\r\n"
    for _ in range(1024):
        peer.send(chunk)


def trickling(answer: bytes, every: float) -> Handler:
    """The answer one byte at a time."""

    def handle(peer: Peer) -> None:
        peer.read_request()
        for byte in answer:
            peer.sleep(every)
            peer.send(bytes([byte]))

    return handle


def early_hints_forever(every: float) -> Handler:
    def handle(peer: Peer) -> None:
        peer.read_request()
        while True:
            peer.send(b"HTTP/1.1 103 Early Hints\r\n\r\n")
            peer.sleep(every)

    return handle


def endless_headers(peer: Peer) -> None:
    """A header section that never ends: a header line every 50 ms."""
    peer.send(b"HTTP/1.1 200 OK\r\n")
    for number in range(1_000_000):
        peer.sleep(0.05)
        peer.send(b"X-Pad-%d: x\r\n" % number)


def huge_headers(peer: Peer) -> None:
    """A header section of 200 KiB."""
    peer.send(b"HTTP/1.1 200 OK\r\nX-Pad: " + b"x" * (200 * 1024) + b"\r\n\r\n")
    peer.sleep(1)


def truncated_body(peer: Peer) -> None:
    peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + OK_BODY[:10])


def switching_protocols(peer: Peer) -> None:
    peer.send(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n")
    peer.sleep(1)


# What a server can do instead of answering, once it has received (and processed) a request.
NO_ANSWER: dict[str, Callable[[Peer], None]] = {
    "close": Peer.close,
    "reset": Peer.reset,
    "truncated": truncated_body,
    "101": switching_protocols,
    "endless-headers": endless_headers,
    "huge-headers": huge_headers,
}


def no_answer(how: str) -> Handler:
    """Read the whole request, then end the connection without a usable answer."""

    def handle(peer: Peer) -> None:
        if peer.read_request() is not None:
            NO_ANSWER[how](peer)

    return handle


def keep_alive_race(peer: Peer, request: Request) -> None:
    """Answers the first request on a connection; closes on the second, without a byte."""
    if request.on_connection == 2:
        peer.close()
    else:
        peer.send(response())


def stray_after_first(stray: bytes) -> Handler:
    """The first answer is followed, in the same write, by `stray`."""

    def reply(peer: Peer, request: Request) -> None:
        peer.send(response() + (stray if request.number == 1 else b""))

    return each_request(reply)


def cookie_monster(peer: Peer, request: Request) -> None:
    """Sets 3,000 cookies on the first answer."""
    cookies = [("Set-Cookie", f"c{n}=1") for n in range(3000)] if request.number == 1 else []
    peer.send(response(headers=cookies))


# -- answers without end ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """A valid answer followed by 1 GiB of spaces (still valid JSON), gzip-compressed: ~1 MiB.
    Each MiB is compressed after a full flush, so all but the first come out the same: they are
    compressed once and repeated, then the gzip trailer (CRC-32, size) of the whole is added."""
    spaces = b" " * MiB
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    first = compressor.compress(OK_BODY + spaces) + compressor.flush(zlib.Z_FULL_FLUSH)
    unit = compressor.compress(spaces) + compressor.flush(zlib.Z_FULL_FLUSH)
    last_block = compressor.flush(zlib.Z_FINISH)[:-8]
    crc = zlib.crc32(OK_BODY)
    for _ in range(1024):
        crc = zlib.crc32(spaces, crc)
    size = (len(OK_BODY) + 1024 * MiB) & 0xFFFFFFFF
    return first + unit * 1023 + last_block + struct.pack("<II", crc, size)


PEAK_SCRIPT = """
import json, resource, sys
# The peak of this interpreter only: ru_maxrss would also hold the parent's size at fork time
# (Linux folds the forked copy's high-water mark in at exec). "5" resets VmHWM.
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")
from huaweicloud_ocr import OcrClient, RetryPolicy
from huaweicloud_ocr.testing import sample_png
url, kind = sys.argv[1], sys.argv[2]
client = OcrClient(endpoint=url, token="tok", project_id="p", retry=RetryPolicy(max_attempts=1))
try:
    if kind == "devzero":  # a MemoryError, not the machine's memory, if it reads without end
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        with open("/dev/zero", "rb") as image:
            client.recognize_general_text(image)
    else:
        client.recognize_general_text(sample_png())
    outcome = "ok"
except BaseException as exc:
    outcome = f"{type(exc).__name__}: {str(exc)[:300]}"
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
print(json.dumps({"outcome": outcome, "peak": peak}))
"""


def call_in_subprocess(url: str, kind: str) -> tuple[str, int]:
    """One call with the default max_answer_bytes in a fresh interpreter: (outcome, peak bytes)."""
    done = subprocess.run(  # noqa: S603 - this interpreter, running our own script
        [sys.executable, "-c", PEAK_SCRIPT, url, kind],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return found["outcome"], found["peak"]


def test_gzip_bomb_is_refused_with_bounded_memory(gzip_bomb: bytes) -> None:
    """Attack: a 1 MiB gzip 200 answer that inflates to 1 GiB."""
    with HostileServer(answering(gzip_answer(gzip_bomb))) as server:
        outcome, peak = call_in_subprocess(server.url, "bomb")
    print(f"{outcome}; peak memory {peak / MiB:.0f} MiB")  # shown if the test fails
    assert outcome.startswith("InvalidResponseError"), outcome
    assert "larger than 67108864 bytes (max_answer_bytes)" in outcome
    assert peak < 300 * MiB, f"peak memory {peak / MiB:.0f} MiB"


def test_gzip_bomb_fails_fast_under_a_small_cap(gzip_bomb: bytes) -> None:
    """Attack: a gzip bomb against a client with max_answer_bytes=1 MiB."""
    with (
        HostileServer(answering(gzip_answer(gzip_bomb))) as server,
        timed() as took,
        pytest.raises(InvalidResponseError, match="larger than 1048576 bytes"),
    ):
        recognize("sync", server.url, max_answer_bytes=MiB)
    assert took[0] < 1.0
    assert server.requests == 1  # an answer too large is not retried


@pytest.mark.parametrize("mode", MODES)
def test_endless_body_is_cut_at_the_cap(mode: Mode) -> None:
    """Attack: a 200 whose chunked body never ends."""
    with (
        HostileServer(endless_body) as server,
        timed() as took,
        pytest.raises(InvalidResponseError, match="larger than 4194304 bytes"),
    ):
        recognize(mode, server.url, max_answer_bytes=4 * MiB)
    assert took[0] < 2.0
    assert server.requests == 1


def test_endless_body_keeps_memory_bounded() -> None:
    """Attack: an endless 200 body against the default cap, memory measured."""
    with HostileServer(endless_body, give_up_after=3.0) as server:
        outcome, peak = call_in_subprocess(server.url, "endless")
    print(f"{outcome}; peak memory {peak / MiB:.0f} MiB")  # shown if the test fails
    assert outcome.startswith("InvalidResponseError"), outcome
    assert peak < 300 * MiB, f"peak memory {peak / MiB:.0f} MiB"


# -- calls that outlive their deadline -------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_trickled_answer_ends_at_the_deadline(mode: Mode) -> None:
    """Attack: an answer trickled one byte every 0.2 s (each read well within the timeout)."""
    retry = RetryPolicy(deadline=3, initial_backoff=0.01, max_backoff=0.02)
    with (
        HostileServer(trickling(response(), 0.2), give_up_after=6) as server,
        timed() as took,
        pytest.raises(RequestTimeoutError, match="deadline of 3 s"),
    ):
        recognize(mode, server.url, timeout=2, retry=retry)
    assert took[0] < 3.6
    assert server.requests == 1


@pytest.mark.parametrize("mode", MODES)
def test_endless_early_hints_end_at_the_deadline(mode: Mode) -> None:
    """Attack: an endless run of `103 Early Hints`, one every 0.1 s."""
    retry = RetryPolicy(deadline=1, initial_backoff=0.01, max_backoff=0.02)
    with (
        HostileServer(early_hints_forever(0.1), give_up_after=5) as server,
        timed() as took,
        pytest.raises(RequestTimeoutError, match="deadline of 1 s"),
    ):
        recognize(mode, server.url, timeout=2, retry=retry)
    assert took[0] < 1.5
    assert server.requests == 1


@pytest.mark.parametrize("mode", MODES)
def test_last_attempt_does_not_overrun_the_deadline(mode: Mode) -> None:
    """Attack: a 503 after 1.2 s each time: the attempt started before the deadline overran it."""
    retry = RetryPolicy(deadline=3, initial_backoff=0.01, max_backoff=0.02, max_attempts=10)
    slow_503 = answering(response(503, {"error_code": "X", "error_msg": "busy"}), delay=1.2)
    with (
        HostileServer(slow_503) as server,
        timed() as took,
        pytest.raises(RequestTimeoutError, match="deadline of 3 s after 3 attempt"),
    ):
        recognize(mode, server.url, retry=retry)
    assert took[0] < 3.3
    assert server.requests == 3


# -- billed twice, or not retried when it must be --------------------------------------------------
@pytest.mark.parametrize("how", NO_ANSWER)
@pytest.mark.parametrize("mode", MODES)
def test_failure_after_the_request_was_received_is_not_sent_again(mode: Mode, how: str) -> None:
    """Attack: the server processes the request, then fails the answer (double billing)."""
    retry = RetryPolicy(max_attempts=4, initial_backoff=0.01, max_backoff=0.02, deadline=1)
    with (
        HostileServer(no_answer(how), give_up_after=4) as server,
        timed() as took,
        pytest.raises(TransportError) as caught,
    ):
        recognize(mode, server.url, retry=retry)
    assert server.requests == 1
    assert "after 1 attempt(s)" in str(caught.value)
    assert took[0] < 1.5


@pytest.mark.parametrize("mode", MODES)
def test_reset_after_the_request_is_sent_again_when_asked(mode: Mode) -> None:
    """Attack: a reset after the request was received, with the documented opt-in to retry."""
    retry = RetryPolicy(
        max_attempts=3, initial_backoff=0.01, max_backoff=0.02, retry_after_send=True
    )
    with (
        HostileServer(no_answer("reset")) as server,
        pytest.raises(TransportError, match="after 3 attempt"),
    ):
        recognize(mode, server.url, retry=retry)
    assert server.requests == 3


@pytest.mark.parametrize("mode", MODES)
def test_keep_alive_race_is_still_retried(mode: Mode) -> None:
    """Attack (benign): a kept-alive connection closed by the server as the next request came."""
    with HostileServer(each_request(keep_alive_race)) as server:
        results = recognize(mode, server.url, calls=2)
    assert word_count(results) == [0, 0]
    # The second request twice: on the closed connection (by the documented rule, not processed)
    # and again on a new one.
    assert server.per_connection == [2, 1]


# -- answers that are not what they seem -----------------------------------------------------------
FAKE_ANSWER = response(body={"result": {"words_block_count": 99, "words_block_list": []}})


@pytest.mark.parametrize("stray", [FAKE_ANSWER, b"\r\n"], ids=["fake-response", "crlf"])
@pytest.mark.parametrize("mode", MODES)
def test_stray_bytes_after_an_answer_are_not_the_next_answer(mode: Mode, stray: bytes) -> None:
    """Attack: bytes after a 200 body on a kept-alive connection (a fake second answer, a CRLF)."""
    with HostileServer(stray_after_first(stray)) as server:
        results = recognize(mode, server.url, calls=2)
    assert word_count(results) == [0, 0]
    assert server.requests == 2
    assert server.per_connection == [1, 1]  # the connection with stray bytes was not reused


def test_error_in_a_200_is_an_api_error() -> None:
    """Attack: a 200 answer carrying only error_code/error_msg (a failure recorded as success)."""
    failure = {
        "error_code": "AIS.0103",
        "error_msg": "The image size does not meet the requirements.",
    }
    with (
        HostileServer(answering(response(body=failure))) as server,
        pytest.raises(ApiError) as caught,
    ):
        recognize("sync", server.url)
    assert not isinstance(caught.value, InvalidResponseError)
    assert (caught.value.status_code, caught.value.error_code) == (200, "AIS.0103")
    assert server.requests == 1


def test_empty_200_is_an_invalid_response() -> None:
    """Attack: a 200 answer `{}`: no result, no error."""
    with (
        HostileServer(answering(response(body={}))) as server,
        pytest.raises(InvalidResponseError, match="no result"),
    ):
        recognize("sync", server.url)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_in_a_200_is_an_invalid_response(constant: str) -> None:
    """Attack: NaN or Infinity (not JSON, but Python's json takes them) in a 200 answer."""
    body = b'{"result": {"words_block_count": 0, "words_block_list": [], "direction": %s}}'
    with (
        HostileServer(answering(response(body=body % constant.encode()))) as server,
        pytest.raises(InvalidResponseError, match="unreadable answer"),
    ):
        recognize("sync", server.url)


# -- raw exceptions instead of OcrError ------------------------------------------------------------
def test_non_ascii_digits_in_retry_after() -> None:
    """Attack: `Retry-After: ²` on a 429 (str.isdigit() is true, float() refuses it)."""
    throttled = response(
        429, {"error_code": "APIGW.0308", "error_msg": "throttled"}, [("Retry-After", "²")]
    )
    retry = RetryPolicy(max_attempts=2, initial_backoff=0.01, max_backoff=0.02)
    with HostileServer(answering(throttled)) as server, pytest.raises(RateLimitError):
        recognize("sync", server.url, retry=retry)
    assert server.requests == 2


@pytest.mark.parametrize(
    "option",
    [
        pytest.param({"enterprise_project_id": "é"}, id="non-ascii"),
        pytest.param({"extra_headers": {"X-A": "a\r\nb"}}, id="crlf"),
        pytest.param({"extra_headers": {"X-é": "a"}}, id="non-ascii-name"),
        pytest.param({"extra_headers": {"X-A\r\nB": "a"}}, id="crlf-name"),
        pytest.param({"extra_headers": {"X-A": " a "}}, id="spaces-at-the-ends"),
        pytest.param({"extra_headers": {"Transfer-Encoding": "chunked"}}, id="framing"),
    ],
)
def test_header_option_that_cannot_be_a_header(option: dict[str, Any]) -> None:
    """Attack: a non-ASCII or CR-LF header value (header injection, raw encoding errors)."""
    with (
        HostileServer(each_request(answer_ok)) as server,
        OcrClient(**client_args(server.url)) as client,
        pytest.raises(ValidationError),
    ):
        client.recognize_general_text(sample_png(), **option)
    assert server.connections == 0


def test_call_after_close() -> None:
    """Attack: a call on a closed OcrClient."""
    with HostileServer(each_request(answer_ok)) as server:
        client = OcrClient(**client_args(server.url))
        client.recognize_general_text(sample_png())
        client.close()
        with pytest.raises(ConfigurationError, match="closed"):
            client.recognize_general_text(sample_png())
    assert server.requests == 1


def test_call_after_aclose() -> None:
    """Attack: a call on a closed AsyncOcrClient."""

    async def main() -> None:
        client = AsyncOcrClient(**client_args(server.url))
        await client.recognize_general_text(sample_png())
        await client.aclose()
        with pytest.raises(ConfigurationError, match="closed"):
            await client.recognize_general_text(sample_png())

    with HostileServer(each_request(answer_ok)) as server:
        bounded(lambda: asyncio.run(main()))
    assert server.requests == 1


@pytest.mark.parametrize("project_id", [".", "..", "a/b"])
def test_project_id_that_would_change_the_path(project_id: str) -> None:
    """Attack: a project_id that collapses or changes the URL path."""
    with pytest.raises(ConfigurationError, match="project_id"):
        OcrClient(endpoint="http://127.0.0.1:9", token=PEER_TOKEN, project_id=project_id)


# -- event loops -----------------------------------------------------------------------------------
def test_one_async_client_shared_by_four_event_loops() -> None:
    """Attack: one AsyncOcrClient used by 4 threads, each with its own event loop."""
    rounds, concurrent = 3, 4
    outcomes: list[object] = []
    image = sample_png()

    def thread_main(client: AsyncOcrClient) -> None:
        async def calls() -> list[object]:
            done: list[object] = []
            for _ in range(rounds):  # rounds: connections go idle, and other loops may pick them
                batch = [client.recognize_general_text(image) for _ in range(concurrent)]
                done += await asyncio.gather(*batch, return_exceptions=True)
            return done

        try:
            outcomes.extend(asyncio.run(calls()))
        except BaseException as exc:
            outcomes.append(exc)

    with HostileServer(answering(response(), delay=0.02)) as server:
        client = AsyncOcrClient(**client_args(server.url))
        threads = [
            threading.Thread(target=thread_main, args=(client,), daemon=True) for _ in range(4)
        ]
        for thread in threads:
            thread.start()
        give_up = time.monotonic() + 20
        for thread in threads:
            thread.join(max(0.0, give_up - time.monotonic()))
        hung = sum(thread.is_alive() for thread in threads)
    assert not hung, f"{hung} of 4 event loops hung"
    failures = [repr(o) for o in outcomes if not isinstance(o, Result)]
    assert not failures, failures
    assert len(outcomes) == 4 * rounds * concurrent


# -- files -----------------------------------------------------------------------------------------
@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A FIFO; at the end a writer comes and goes, so a reader stuck opening it is released."""
    path = tmp_path / "image.png"
    os.mkfifo(path)
    yield path
    with contextlib.suppress(OSError):  # ENXIO: nobody is waiting to read
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.parametrize("mode", MODES)
def test_fifo_image_path_is_refused(mode: Mode, fifo: Path) -> None:
    """Attack: a FIFO as the image path (blocks open() until a writer comes: for ever)."""
    with (
        HostileServer(each_request(answer_ok)) as server,
        timed() as took,
        pytest.raises(ValidationError, match="not a regular file") as caught,
    ):
        recognize(mode, server.url, image=fifo, guard=3)
    assert str(fifo) in str(caught.value)
    assert took[0] < 1.0
    assert server.connections == 0


def test_dev_zero_path_is_refused() -> None:
    """Attack: /dev/zero as the image path (fstat says 0 bytes, reading never ends)."""
    with (
        HostileServer(each_request(answer_ok)) as server,
        pytest.raises(ValidationError, match="'/dev/zero' is not a regular file"),
    ):
        recognize("sync", server.url, image="/dev/zero", guard=5)
    assert server.connections == 0


def test_dev_zero_file_object_is_read_only_up_to_the_limit() -> None:
    """Attack: open('/dev/zero', 'rb') as the image (read() without bound)."""
    with HostileServer(each_request(answer_ok)) as server, timed() as took:
        outcome, _ = call_in_subprocess(server.url, "devzero")
    assert outcome.startswith(RequestTooLargeError.__name__), outcome
    assert took[0] < 10
    assert server.connections == 0


def test_unbuffered_file_object_is_read_whole() -> None:
    """Found while bounding file objects: a short read of a raw pipe sent as the whole image."""
    image = noise_png(400, 400)  # 160 KB: more than a pipe holds (64 KiB)
    read_end, write_end = os.pipe()

    def writer() -> None:
        with contextlib.suppress(OSError), os.fdopen(write_end, "wb") as pipe:
            pipe.write(image)

    threading.Thread(target=writer, daemon=True).start()
    with HostileServer(each_request(answer_ok)) as server, os.fdopen(read_end, "rb", 0) as source:
        recognize("sync", server.url, image=source, guard=5)
    sent = base64.b64decode(json.loads(server.received[0].body)["image"])
    assert (len(sent), sent == image) == (len(image), True)


# Run in a fresh interpreter: the loopback server's threads in this process would compete for the
# GIL with the event loop and blur what is measured.
STALL_SCRIPT = """
import asyncio, base64, hashlib, json, sys, time
from huaweicloud_ocr import AsyncOcrClient
url, big, small = sys.argv[1:4]

def on_the_loop():  # what the loop is blocked for when the file is read, encoded, hashed on it
    start = time.perf_counter()
    with open(big, "rb") as image:
        hashlib.sha256(base64.b64encode(image.read())).hexdigest()
    return time.perf_counter() - start

async def largest_stall(stop):  # how late, at worst, a 10 ms tick woke up
    worst, last = 0.0, time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.01)
        now = time.perf_counter()
        worst, last = max(worst, now - last - 0.01), now
    return worst

async def main():
    args = dict(endpoint=url, ak="PEERACCESSKEY0000000", sk="s" * 40, project_id="p", timeout=10)
    async with AsyncOcrClient(**args) as client:
        await client.recognize_general_text(small)  # imports, connection: not measured
        stalls = []
        for _ in range(2):
            stop = asyncio.Event()
            ticker = asyncio.create_task(largest_stall(stop))
            await asyncio.sleep(0.05)
            await client.recognize_general_text(big)
            stop.set()
            stalls.append(await ticker)
        return min(stalls)

baseline = min(on_the_loop() for _ in range(2))
print(json.dumps({"stall": asyncio.run(main()), "baseline": baseline}))
"""


def test_async_path_image_does_not_block_the_event_loop(tmp_path: Path) -> None:
    """Attack: a big image file read, encoded and hashed (AK/SK) on the event loop."""
    big = tmp_path / "big.png"
    big.write_bytes(noise_png(2600, 2600))  # 6.8 MB, 9 MB in Base64: within the 10 MiB limit
    small = tmp_path / "small.png"
    small.write_bytes(sample_png())
    with HostileServer(answering(response(), delay=0.3)) as server:
        done = subprocess.run(  # noqa: S603 - this interpreter, running our own script
            [sys.executable, "-c", STALL_SCRIPT, server.url, str(big), str(small)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    stall, baseline = found["stall"] * 1000, found["baseline"] * 1000
    assert server.requests == 3
    # Done on the loop, the work blocks it for longer than the baseline; off the loop, only for
    # a chunk's worth (a few ms).
    assert stall < baseline / 2, f"the loop stalled {stall:.0f} ms (baseline {baseline:.0f} ms)"


def _rewrite_after_hashing(monkeypatch: pytest.MonkeyPatch, path: Path, original: bytes) -> None:
    """The AK/SK hash pass, then `path` rewritten (same size) before the body is sent."""
    hash_pass = JsonImageBody.sha256_hexdigest

    def rewrite_after_hashing(body: JsonImageBody) -> str:
        digest = hash_pass(body)
        path.write_bytes(original[:-1000] + bytes(1000))
        return digest

    monkeypatch.setattr(JsonImageBody, "sha256_hexdigest", rewrite_after_hashing)


@pytest.mark.parametrize("mode", MODES)
def test_file_rewritten_between_hash_and_send(
    mode: Mode, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attack: the image file rewritten, same size, between the AK/SK hash pass and the send
    (a file larger than WHOLE_READ_BYTES: smaller ones are read once, see below)."""
    path = tmp_path / "image.png"
    original = noise_png(1600, 1600)  # 2.5 MB
    assert len(original) > WHOLE_READ_BYTES
    path.write_bytes(original)
    _rewrite_after_hashing(monkeypatch, path, original)
    with (
        HostileServer(each_request(answer_ok)) as server,
        pytest.raises(ValidationError, match="changed while being sent") as caught,
    ):
        recognize(mode, server.url, image=path, ak=AK, sk=PEER_SK)
    assert not isinstance(caught.value, UnauthorizedError)
    assert server.requests == 0
    assert server.incomplete == 1  # sent up to the last bytes, then stopped


@pytest.mark.parametrize("mode", MODES)
def test_small_file_is_read_once_so_a_rewrite_changes_nothing_sent(
    mode: Mode, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file up to WHOLE_READ_BYTES is read whole when the call starts: rewritten after the
    AK/SK hash, the bytes sent are still the ones read and signed."""
    path = tmp_path / "image.png"
    original = noise_png(600, 600)
    assert len(original) <= WHOLE_READ_BYTES
    path.write_bytes(original)
    _rewrite_after_hashing(monkeypatch, path, original)
    with HostileServer(each_request(answer_ok)) as server:
        recognize(mode, server.url, image=path, ak=AK, sk=PEER_SK)
    sent = base64.b64decode(json.loads(server.received[0].body)["image"])
    assert sent == original


# -- cookies ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_cookies_are_not_kept(mode: Mode) -> None:
    """Attack: 3,000 Set-Cookie headers, to be sent back (and signed) with every request."""
    with HostileServer(each_request(cookie_monster)) as server:
        recognize(mode, server.url, calls=2)
    assert server.requests == 2
    assert server.received[1].all_headers("Cookie") == []
