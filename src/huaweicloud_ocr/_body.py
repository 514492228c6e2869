"""Request bodies that carry a big Base64 image without building one big buffer.

An OCR body is `{"image": "<Base64>", ...options}`. Base64 text needs no JSON escaping, so the
body is sent as three parts (the JSON before the string, the Base64 text, the JSON after it)
with a known Content-Length: the standard library's json.dumps over a 10 MiB string (~4 ms/MiB)
and the copy into one buffer are never paid. From a file path the Base64 text is made chunk by
chunk while sending (and, for AK/SK, once more while hashing), so memory stays flat whatever the
image size. The body keeps its SHA-256 once computed, so AK/SK signs without reading it again.

Base64 work goes through pybase64 (SIMD: 1 MiB encodes in ~0.02 ms and validates in ~0.05 ms,
against 0.6 and 0.36 ms for binascii and a bytes.translate scan) when its C extension is
there; its pure-Python fallback is no faster than the standard library, so without the C
extension the standard library is used (`b2a_base64`, `fast_base64`).
"""

from __future__ import annotations

import binascii
import hashlib
import io
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import IO

import httpx

from huaweicloud_ocr._files import NotRegularFile, open_regular_fd
from huaweicloud_ocr.errors import ValidationError

# Raw bytes per chunk: a multiple of 3, so the Base64 of each chunk joins without padding.
RAW_CHUNK = 3 * 64 * 1024
# Below this a body is joined and sent in one write: copying is cheaper than extra syscalls.
SMALL_BODY = 64 * 1024
SEND_CHUNK = 256 * 1024
# In-memory Base64 up to this size goes to the socket in one piece (a 1 MiB image's is 1.4 MB);
# larger texts in SEND_CHUNK slices.
WHOLE_SEND = 2 * 1024 * 1024


def base64_length(size: int) -> int:
    return 4 * ((size + 2) // 3)


def _load_fast_base64() -> ModuleType | None:
    try:
        import pybase64
    except ImportError:
        return None
    # "... (C extension active - AVX2)"; the fallback module is the standard library in disguise.
    return pybase64 if "C extension active" in pybase64.get_version() else None


_fast_base64: ModuleType | bool | None = False  # False: not looked for yet (import costs ~1 ms)


def fast_base64() -> ModuleType | None:
    """pybase64 when its C extension is active, else None (the standard library is used)."""
    global _fast_base64
    if _fast_base64 is False:
        _fast_base64 = _load_fast_base64()
    return _fast_base64  # type: ignore[return-value]


def a2b_base64(text: str | bytes) -> bytes:
    """The bytes of Base64 `text` (ASCII; as binascii.a2b_base64: characters outside the
    alphabet are skipped), by pybase64 when it is there: ~8x the standard library's speed."""
    fast = fast_base64()
    if fast is not None:
        return fast.b64decode(text)  # type: ignore[no-any-return]
    return binascii.a2b_base64(text)


def b2a_base64(data: bytes | bytearray | memoryview) -> bytes:
    """Standard Base64 of `data`, without a newline."""
    fast = fast_base64()
    if fast is not None:
        return fast.b64encode(data)  # type: ignore[no-any-return]
    return binascii.b2a_base64(data, newline=False)


class Base64Source:
    """The Base64 text of a Base64Image, ready in memory. Bytes are sent as given; a str
    (ASCII, checked) is encoded a chunk at a time as it is sent, not into one text-sized buffer
    first (same-round A/B at 1 MiB: trusted text 0.77-0.80x raw httpx against 0.70-0.80x;
    checked text no clear change: benchmarks/RESULTS.md)."""

    def __init__(self, text: str | bytes) -> None:
        self.text = text
        self.length = len(text)

    def as_bytes(self) -> bytes:
        return self.text.encode("ascii") if isinstance(self.text, str) else self.text

    def chunks(self) -> Iterator[bytes]:
        if isinstance(self.text, str):
            for start in range(0, self.length, SEND_CHUNK):
                yield self.text[start : start + SEND_CHUNK].encode("ascii")
        elif self.length <= WHOLE_SEND:
            yield self.text  # sent as is: h11 and the socket take it without a copy
        else:
            # httpcore writes `buffer = buffer[n:]` after each partial send: on a 10 MiB bytes
            # that copies what is left each time (measured: +7.5 MiB peak for a 7.5 MiB file).
            for start in range(0, self.length, SEND_CHUNK):
                yield self.text[start : start + SEND_CHUNK]


# Longer paths are shown cut: a str given by mistake (a whole document's text) is not repeated.
_SHOWN_PATH_CHARS = 200


def shown_path(path: Path | str) -> str:
    text = str(path)
    if len(text) <= _SHOWN_PATH_CHARS:
        return repr(text)
    return f"{text[:_SHOWN_PATH_CHARS]!r}... ({len(text):,} characters)"


def open_regular(path: Path, field: str) -> IO[bytes]:
    """Open an image file for reading; only a regular file, never blocking on the open (a FIFO
    would wait for a writer, a device never ends): _files.open_regular_fd."""
    try:
        fd = open_regular_fd(path)
    except FileNotFoundError:
        raise ValidationError(
            field,
            f"no file at {shown_path(path)}",
            "a path, bytes, a binary file or an http(s) URL",
        ) from None
    except IsADirectoryError:
        raise ValidationError(
            field, f"{shown_path(path)} is a directory", "an image file"
        ) from None
    except NotRegularFile as exc:
        kind = "a directory" if exc.kind == "directory" else "not a regular file"
        raise ValidationError(field, f"{shown_path(path)} is {kind}", "an image file") from None
    except OSError as exc:
        raise ValidationError(
            field, f"cannot read {shown_path(path)}: {exc.strerror}", "a readable image file"
        ) from None
    return os.fdopen(fd, "rb", buffering=0)


class FileBase64Source:
    """A file's Base64 text, made chunk by chunk each time it is read (never held whole)."""

    def __init__(self, path: Path, size: int, field: str) -> None:
        self.path, self.size, self.field = path, size, field
        self.length = base64_length(size)

    def chunks(self) -> Iterator[bytes]:
        reader = _ChunkReader(self)
        try:
            while (chunk := reader.next()) is not None:
                yield chunk
        finally:
            reader.close()

    async def achunks(self) -> AsyncIterator[bytes]:
        """As chunks(), each file operation in a worker thread: a slow disk or a network file
        system never stalls the event loop."""
        import asyncio  # here, not at the top: asyncio costs sync users ~30 ms of import time

        reader = await asyncio.to_thread(_ChunkReader, self)
        try:
            while (chunk := await asyncio.to_thread(reader.next)) is not None:
                yield chunk
        finally:
            await asyncio.to_thread(reader.close)


class _ChunkReader:
    """One pass over a FileBase64Source: the Base64 of the next RAW_CHUNK bytes at a time."""

    def __init__(self, source: FileBase64Source) -> None:
        self.source = source
        self.fh = open_regular(source.path, source.field)
        self.view = memoryview(bytearray(RAW_CHUNK))
        self.read = 0

    def next(self) -> bytes | None:
        got = _read_full(self.fh, self.view)
        self.read += got
        if got and self.read <= self.source.size:
            return b2a_base64(self.view[:got])
        if self.read != self.source.size:
            # The Content-Length (and an AK/SK signature) were computed from the first size.
            raise ValidationError(
                self.source.field,
                f"{str(self.source.path)!r} changed size while being sent "
                f"({self.source.size} -> {self.read} bytes)",
                "leave the file unchanged until the call returns",
            )
        return None

    def close(self) -> None:
        self.fh.close()


def _read_full(fh: IO[bytes] | io.RawIOBase, view: memoryview) -> int:
    """Fill `view` unless the file ends first (a short read mid-file would break the 3-byte
    alignment of the Base64 chunks)."""
    filled = 0
    while filled < len(view):
        got = fh.readinto(view[filled:])  # type: ignore[union-attr]
        if not got:
            break
        filled += got
    return filled


class EncodedOnSend:
    """An image's bytes in memory (one buffer, or a file's pieces of RAW_CHUNK bytes),
    Base64-encoded RAW_CHUNK bytes at a time as the body is sent (and once more when it is
    hashed for AK/SK). pybase64 encodes at ~50 GB/s, so a second pass costs little; one
    text-sized buffer per call cost page faults (~26 a call and ~0.3 ms for a 1 MiB image). The
    bytes are never changed after the checks (bytes are immutable; read_source copies anything
    mutable)."""

    def __init__(self, pieces: list[bytes]) -> None:
        # Every piece but the last is a multiple of 3 bytes, so their encodings join up.
        self.pieces = pieces
        self.length = base64_length(sum(len(piece) for piece in pieces))

    def as_bytes(self) -> bytes:
        return b"".join(self.chunks())

    def chunks(self) -> Iterator[bytes]:
        for piece in self.pieces:
            view = memoryview(piece)
            for start in range(0, len(view), RAW_CHUNK):  # a multiple of 3, as said above
                yield b2a_base64(view[start : start + RAW_CHUNK])


ImageText = Base64Source | EncodedOnSend | FileBase64Source


class _SignedCheck:
    """A file rewritten (same size) between the signing pass and the send pass would be sent
    with a signature of other bytes: the service refuses it as a bad signature (401), which
    reads as wrong credentials. The send pass hashes what it sends and stops before the last
    bytes (so the service never receives a whole request) when they differ."""

    def __init__(
        self, expected: str | None, field: str, path: Path | None, head: bytes = b""
    ) -> None:
        self.expected, self.field, self.path = expected, field, path
        self.digest = hashlib.sha256(head) if expected is not None else None

    def update(self, chunk: bytes) -> None:
        if self.digest is not None:
            self.digest.update(chunk)

    def verify(self, tail: bytes) -> None:
        if self.digest is None:
            return
        self.digest.update(tail)
        if self.digest.hexdigest() != self.expected:
            raise ValidationError(
                self.field,
                f"{str(self.path)!r} changed while being sent",
                "leave the file unchanged until the call returns",
            )


class JsonImageBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """`head + image + tail`: a JSON object whose first member is the Base64 image string."""

    def __init__(self, head: bytes, image: ImageText | None, tail: bytes) -> None:
        self.head, self.image, self.tail = head, image, tail
        self.length = len(head) + (image.length if image else 0) + len(tail)
        self._sha256: str | None = None

    def __iter__(self) -> Iterator[bytes]:
        image = self.image
        if image is None:
            yield self.head + self.tail
        elif isinstance(image, Base64Source | EncodedOnSend) and self.length <= SMALL_BODY:
            yield b"".join((self.head, image.as_bytes(), self.tail))  # one write, not three
        else:
            check = self._same_as_signed()
            yield self.head
            for chunk in image.chunks():
                check.update(chunk)
                yield chunk
            check.verify(self.tail)
            yield self.tail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        image = self.image
        if not isinstance(image, FileBase64Source):
            for chunk in self:  # in memory: nothing to wait for
                yield chunk
            return
        check = self._same_as_signed()
        yield self.head
        async for chunk in image.achunks():
            check.update(chunk)
            yield chunk
        check.verify(self.tail)
        yield self.tail

    def _same_as_signed(self) -> _SignedCheck:
        image = self.image
        if self._sha256 is None or not isinstance(image, FileBase64Source):
            return _SignedCheck(None, "", None)
        return _SignedCheck(self._sha256, image.field, image.path, self.head)

    def sha256_hexdigest(self) -> str:
        if self._sha256 is None:
            digest = hashlib.sha256()
            for chunk in self:
                digest.update(chunk)
            self._sha256 = digest.hexdigest()
        return self._sha256

    def to_bytes(self) -> bytes:
        """The whole body in one buffer (for tests and debugging, never on the send path)."""
        return b"".join(self)
