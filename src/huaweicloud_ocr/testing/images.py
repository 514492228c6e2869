"""Small valid images made in memory (no image library needed)."""

from __future__ import annotations

import random
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def sample_png(width: int = 320, height: int = 240) -> bytes:
    """A grey-striped 8-bit greyscale PNG of the given size."""
    rows = b"".join(b"\x00" + bytes((x * 4 + y) % 256 for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def noise_png(width: int, height: int, seed: int = 0) -> bytes:
    """An 8-bit greyscale PNG of random pixels, stored uncompressed: its size is about
    width x height bytes, for tests and benchmarks that need big, valid images fast."""
    rows = random.Random(seed).randbytes(height * (width + 1))  # noqa: S311 - test pixels
    raw = bytearray(rows)
    raw[:: width + 1] = bytes(height)  # filter byte 0 at the start of every row
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(raw), 0))
        + _chunk(b"IEND", b"")
    )
