"""Reading an answer with a cap on its decoded size: gzip and deflate are decoded here in
bounded steps (a 1 MiB gzip bomb never inflates past the cap)."""

from __future__ import annotations

import zlib
from typing import Any

import httpx

# Sent as Accept-Encoding: the encodings read_body can decode in bounded steps.
ACCEPT_ENCODING = "gzip, deflate"


class AnswerTooLarge(Exception):
    """The answer's decoded size passed the cap; `seen` bytes were read."""

    def __init__(self, seen: int) -> None:
        super().__init__(seen)
        self.seen = seen


class UnknownEncoding(Exception):
    """The answer used a Content-Encoding other than the ones asked for."""


class Decoder:
    """gzip/deflate/identity, decoded in steps that never produce more than the cap allows."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap, self.size = cap, 0
        self.parts: list[bytes] = []
        names = [e.strip().lower() for e in encoding.split(",") if e.strip()]
        names = [n for n in names if n != "identity"]
        if len(names) > 1 or (names and names[0] not in ("gzip", "x-gzip", "deflate")):
            raise UnknownEncoding(encoding)
        self.zlib: Any = None
        if names:
            self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in names[0] else 0)
            self.deflate_raw_retry = names[0] == "deflate"  # deflate is zlib- or raw-framed

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.cap:
            raise AnswerTooLarge(self.size)
        self.parts.append(data)

    def feed(self, data: bytes) -> None:
        if self.zlib is None:
            self._keep(data)
            return
        while data:
            try:
                out = self.zlib.decompress(data, self.cap - self.size + 1)
            except zlib.error:
                if self.deflate_raw_retry and self.size == 0:
                    self.zlib, self.deflate_raw_retry = zlib.decompressobj(-zlib.MAX_WBITS), False
                    continue
                raise
            self._keep(out)
            data = self.zlib.unconsumed_tail

    def finish(self) -> bytes:
        if self.zlib is not None:
            self._keep(self.zlib.flush(self.cap - self.size + 1))
        return b"".join(self.parts)


def _already_read(response: httpx.Response, cap: int) -> bytes | None:
    """The body, when a transport or an event hook of the user's read it before us (httpx has
    then decoded it already); None when it is still to be streamed."""
    if not response.is_stream_consumed:
        return None
    body = response.content
    if len(body) > cap:
        raise AnswerTooLarge(len(body))
    return body


def read_body(response: httpx.Response, cap: int) -> bytes:
    """The answer's body, decoded, at most `cap` bytes (AnswerTooLarge beyond)."""
    body = _already_read(response, cap)
    if body is not None:
        return body
    decoder = Decoder(response.headers.get("Content-Encoding", ""), cap)
    for chunk in response.iter_raw():
        decoder.feed(chunk)
    return decoder.finish()


async def aread_body(response: httpx.Response, cap: int) -> bytes:
    body = _already_read(response, cap)
    if body is not None:
        return body
    decoder = Decoder(response.headers.get("Content-Encoding", ""), cap)
    async for chunk in response.aiter_raw():
        decoder.feed(chunk)
    return decoder.finish()
