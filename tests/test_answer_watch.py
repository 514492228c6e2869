"""The answer-end watch (`_transport.AnswerWatch`): its fast path (byte counting for the
common Content-Length answer) gives h11's verdict on every answer h11 accepts, whatever way the
bytes are split across reads; anything it is not sure of goes to the h11 watch."""

from __future__ import annotations

import itertools
import random

import pytest

from huaweicloud_ocr._transport.answer_watch import AnswerWatch, H11Watch


def _h11_verdict(chunks: list[bytes]) -> bool:
    """What the h11 watch alone says: whether stray bytes (or a broken answer) were seen."""
    watch, done, poisoned = H11Watch(), False, False
    for chunk in chunks:
        if done:
            poisoned = poisoned or bool(chunk)
            continue
        verdict = watch.feed(chunk)
        if verdict is not None:
            done, poisoned = True, poisoned or verdict
    return poisoned


def _fast_verdict(chunks: list[bytes]) -> tuple[bool, bool]:
    watch = AnswerWatch()
    poisoned = False
    for chunk in chunks:
        poisoned = watch.feed(chunk) or poisoned
    return poisoned, watch.slow is not None


def _answer(rng: random.Random) -> bytes:
    body = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
    status = rng.choice([200, 200, 400, 404, 429, 500, 204, 304])
    framing = rng.choice(["length", "length", "LENGTH", "spaced", "chunked", "none", "twice"])
    headers = [b"Content-Type: application/json", b"X-Request-Id: 1a2b"]
    if status in (204, 304):
        body = b""
    if framing == "length":
        headers.append(b"Content-Length: %d" % len(body))
    elif framing == "LENGTH":
        headers.append(b"CONTENT-LENGTH:%d" % len(body))
    elif framing == "spaced":
        headers.append(b"content-length: \t%d \t" % len(body))
    elif framing == "twice":
        headers += [b"Content-Length: %d" % len(body)] * 2
    elif framing == "chunked":
        headers.append(b"Transfer-Encoding: chunked")
        body = (b"%x\r\n" % len(body) + body + b"\r\n" if body else b"") + b"0\r\n\r\n"
    rng.shuffle(headers)
    early = b""
    for _ in range(rng.choice([0, 0, 1, 3])):
        early += b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
    if rng.random() < 0.1:
        early += b"HTTP/1.1 100 Continue\r\n\r\n"
    head = b"HTTP/1.1 %d Reason\r\n" % status + b"".join(h + b"\r\n" for h in headers)
    stray = rng.choice([b"", b"", b"", b"\r\n", b"HTTP/1.1 200 OK\r\n\r\n", b"x"])
    return early + head + b"\r\n" + body + stray


def _splits(rng: random.Random, data: bytes) -> list[bytes]:
    cuts = sorted(rng.sample(range(1, len(data)), min(len(data) - 1, rng.randrange(0, 6))))
    edges = [0, *cuts, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(edges)]


def test_fast_path_gives_h11s_verdict_on_random_answers_and_splits() -> None:
    rng = random.Random(19)  # noqa: S311 - test data, not a secret
    fast_taken = 0
    for _ in range(3000):
        data = _answer(rng)
        chunks = _splits(rng, data)
        poisoned, slow = _fast_verdict(chunks)
        assert poisoned == _h11_verdict(chunks), data
        fast_taken += not slow
    assert fast_taken > 1000  # the fast path really ran, not only the h11 one


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",  # not 1.1
        b"HTTP/1.1 200 OK\r\nA: b\r\n c\r\nContent-Length: 2\r\n\r\nok",  # a folded header
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok",  # space before the colon
        b"HTTP/1.1 204 No Content\r\nContent-Length: 2\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n\r\nuntil closed",
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\nstuff",
    ],
)
def test_what_the_fast_path_is_not_sure_of_goes_to_h11(answer: bytes) -> None:
    poisoned, slow = _fast_verdict([answer])
    assert slow
    assert poisoned == _h11_verdict([answer])


def test_stray_bytes_after_a_counted_answer_poison_the_connection() -> None:
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    assert _fast_verdict([answer]) == (False, False)
    assert _fast_verdict([answer + b"\r\n"]) == (True, False)
    assert _fast_verdict([answer, b"H"]) == (True, False)  # in a later read


def test_a_header_section_trickled_a_byte_at_a_time_costs_linear_time() -> None:
    watch = AnswerWatch()
    head = b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 15000  # ~90 KiB, never ended
    for i in range(len(head)):
        assert watch.feed(head[i : i + 1]) is False
    assert watch.slow is None
    assert len(watch.head) == len(head)
    assert watch.feed(b"Z" * 20 * 1024)  # past 100 KiB: h11's limit refuses it
