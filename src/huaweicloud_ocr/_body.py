"""Request bodies that carry a big Base64 image without building one big buffer.

An OCR body is `{"image": "<Base64>", ...options}`. Base64 text needs no JSON escaping, so the
body is sent as three parts (the JSON before the string, the Base64 text, the JSON after it)
with a known Content-Length: the standard library's json.dumps over a 10 MiB string (~4 ms/MiB)
and the copy into one buffer are never paid. From a file path the Base64 text is made chunk by
chunk while sending (and, for AK/SK, once more while hashing), so memory stays flat whatever the
image size. The body keeps its SHA-256 once computed, so AK/SK signs without reading it again.
"""

from __future__ import annotations

import binascii
import hashlib
import io
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from huaweicloud_ocr.errors import ValidationError

# Raw bytes per chunk: a multiple of 3, so the Base64 of each chunk joins without padding.
RAW_CHUNK = 3 * 64 * 1024
# Below this a body is joined and sent in one write: copying is cheaper than extra syscalls.
SMALL_BODY = 64 * 1024
SEND_CHUNK = 256 * 1024


def base64_length(size: int) -> int:
    return 4 * ((size + 2) // 3)


class Base64Source:
    """The Base64 text of an image, ready in memory."""

    def __init__(self, text: bytes | bytearray) -> None:
        self.text = text
        self.length = len(text)

    def chunks(self) -> Iterator[bytes]:
        if isinstance(self.text, bytes):
            yield self.text  # sent as is: h11 and the socket take it without a copy
            return
        # h11 would copy a bytearray whole into bytes; slices keep that copy one chunk big.
        view = memoryview(self.text)
        for start in range(0, len(view), SEND_CHUNK):
            yield bytes(view[start : start + SEND_CHUNK])


class FileBase64Source:
    """A file's Base64 text, made chunk by chunk each time it is read (never held whole)."""

    def __init__(self, path: Path, size: int, field: str) -> None:
        self.path, self.size, self.field = path, size, field
        self.length = base64_length(size)

    def chunks(self) -> Iterator[bytes]:
        buffer = bytearray(RAW_CHUNK)
        view = memoryview(buffer)
        read = 0
        with self.path.open("rb", buffering=0) as fh:
            while got := _read_full(fh, view):
                read += got
                if read > self.size:
                    break
                yield binascii.b2a_base64(view[:got], newline=False)
        if read != self.size:
            # The Content-Length (and an AK/SK signature) were computed from the first size.
            raise ValidationError(
                self.field,
                f"{str(self.path)!r} changed size while being sent ({self.size} -> {read} bytes)",
                "leave the file unchanged until the call returns",
            )


def _read_full(fh: io.RawIOBase, view: memoryview) -> int:
    """Fill `view` unless the file ends first (a short read mid-file would break the 3-byte
    alignment of the Base64 chunks)."""
    filled = 0
    while filled < len(view):
        got = fh.readinto(view[filled:])
        if not got:
            break
        filled += got
    return filled


ImageText = Base64Source | FileBase64Source


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
        elif isinstance(image, Base64Source) and self.length <= SMALL_BODY:
            yield b"".join((self.head, image.text, self.tail))  # one write, not three
        else:
            yield self.head
            yield from image.chunks()
            yield self.tail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # Chunks are made without I/O waits worth yielding for (a local file read).
        for chunk in self:
            yield chunk

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
