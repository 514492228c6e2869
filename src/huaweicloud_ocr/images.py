"""Reading an image argument and checking it against an operation's documented limits
(openapi.yaml x-image-constraints) before a byte is sent."""

from __future__ import annotations

import binascii
import os
import re
import struct
from collections.abc import Callable
from pathlib import Path
from typing import IO, cast

from huaweicloud_ocr._body import (
    RAW_CHUNK,
    Base64Source,
    EncodedOnSend,
    FileBase64Source,
    ImageText,
    a2b_base64,
    base64_length,
    fast_base64,
    open_regular,
)
from huaweicloud_ocr._spec import ImageConstraints
from huaweicloud_ocr.errors import RequestTooLargeError, ValidationError
from huaweicloud_ocr_api.types import Base64Image

ImageSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | Base64Image
HEAD_BYTES = 64 * 1024  # enough for the format and the size in every header we read
# A file up to this size is read whole, once, when the call starts, and sent from memory like
# bytes: streaming it meant opening and reading it again to send it (and, with AK/SK, a third
# time to hash it), ~1.5x the time of bytes at 1 MiB. A larger file is streamed from disk
# (memory stays ~0.5 MiB whatever its size), and its AK/SK hash is checked as it is sent.
WHOLE_READ_BYTES = 2 * 1024 * 1024
SCAN_CHUNK = 256 * 1024
BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
URL_PATTERN = re.compile(r"^[Hh][Tt][Tt][Pp][Ss]?://\S+$")

# Magic numbers of the formats the documents name (TGA has none: it cannot be sniffed).
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\xff\xd8\xff", 0, "jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "png"),
    (b"GIF87a", 0, "gif"),
    (b"GIF89a", 0, "gif"),
    (b"BM", 0, "bmp"),
    (b"II*\x00", 0, "tiff"),
    (b"MM\x00*", 0, "tiff"),
    (b"WEBP", 8, "webp"),
    (b"%PDF-", 0, "pdf"),
    (b"8BPS", 0, "psd"),
    (b"\x00\x00\x01\x00", 0, "ico"),
]


def is_url(value: str) -> bool:
    return bool(URL_PATTERN.match(value))


def read_source(source: ImageSource, field: str, max_bytes: int | None = None) -> bytes:
    """The bytes of a path, bytes-like or binary file object. A file object is read up to
    `max_bytes` + 1 bytes (the limit is known: an endless stream is refused, not read whole)."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str | os.PathLike):
        with _opened_path(source, field) as fh:
            return fh.read()
    if hasattr(source, "read"):
        stream = cast(IO[bytes], source)
        data = stream.read() if max_bytes is None else _read_up_to(stream, max_bytes + 1)
        if max_bytes is not None and isinstance(data, bytes) and len(data) > max_bytes:
            raise RequestTooLargeError(
                field,
                f"the file object gives more than {max_bytes} bytes",
                f"at most {max_bytes} bytes ({base64_length(max_bytes)} in Base64)",
            )
        if not isinstance(data, bytes):
            raise ValidationError(
                field,
                "the file object gives text, not bytes",
                "open the file in binary mode ('rb')",
            )
        return data
    raise ValidationError(
        field,
        f"a {type(source).__name__} is not an image",
        "a path, bytes, a binary file or an http(s) URL",
    )


def _read_up_to(source: IO[bytes], limit: int) -> bytes | str:
    """Read until end of file or `limit` bytes: one read() of a pipe or socket gives only what
    has arrived so far."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        part = source.read(limit - size)
        if not isinstance(part, bytes):
            return part  # text mode: refused by the caller
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def _could_be_tga(data: bytes) -> bool:
    """TGA has no magic number, but its 18-byte header rules out text, archives and most noise:
    a colour-map type of 0 or 1, a known image type and a usual pixel depth."""
    if len(data) < 18:
        return False
    colour_map, image_type, depth = data[1], data[2], data[16]
    width, height = int.from_bytes(data[12:14], "little"), int.from_bytes(data[14:16], "little")
    return (
        colour_map in (0, 1)
        and image_type in (1, 2, 3, 9, 10, 11, 32, 33)
        and depth in (8, 15, 16, 24, 32)
        and width > 0
        and height > 0
    )


def sniff_format(data: bytes) -> str | None:
    for magic, offset, name in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            if name == "webp" and data[:4] != b"RIFF":
                continue
            return name
    if len(data) > 3 and data[0] == 0x0A and data[1] in (0, 2, 3, 4, 5) and data[2] == 1:
        return "pcx"
    return None


def dimensions(data: bytes, fmt: str) -> tuple[int, int] | None:
    """(width, height) read from the header, for the formats where that is cheap."""
    try:
        if fmt == "png" and len(data) >= 24:
            width, height = struct.unpack(">II", data[16:24])
            return int(width), int(height)
        if fmt == "gif" and len(data) >= 10:
            width, height = struct.unpack("<HH", data[6:10])
            return int(width), int(height)
        if fmt == "bmp" and len(data) >= 26:
            width, height = struct.unpack("<ii", data[18:26])
            return abs(int(width)), abs(int(height))
        if fmt == "webp" and len(data) >= 30:
            chunk = data[12:16]
            if chunk == b"VP8 ":
                width, height = struct.unpack("<HH", data[26:30])
                return int(width) & 0x3FFF, int(height) & 0x3FFF
            if chunk == b"VP8L":
                bits = int.from_bytes(data[21:25], "little")
                return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
            if chunk == b"VP8X":
                return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(
                    data[27:30], "little"
                ) + 1
        if fmt == "jpeg":
            return _jpeg_dimensions(data)
    except (struct.error, IndexError):
        return None
    return None


def _jpeg_dimensions(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            # To the next marker at C speed: a byte-at-a-time walk over a big file without a
            # frame header took 0.3 s of Python for 7 MiB.
            i = data.find(b"\xff", i)
            if i < 0:
                return None
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            width = int.from_bytes(data[i + 7 : i + 9], "big")
            return width, height
        i += 2 + length
    return None


def check_image(data: bytes, rules: ImageConstraints, field: str) -> str:
    """Check bytes against the documented rules; return the sniffed format (or 'unknown')."""
    return check_image_head(data, len(data), rules, field, lambda: data)


def check_image_head(
    head: bytes,
    size: int,
    rules: ImageConstraints,
    field: str,
    whole: Callable[[], bytes],
    *,
    complete: bool = False,
) -> str:
    """Check an image of `size` bytes from its first bytes; `whole()` gives all of it, for the
    rare JPEG whose frame header lies beyond `head` (for any format when `complete`: the image
    is in memory, and the verdict is then check_image's on the whole). Returns the sniffed
    format."""
    if not size:
        raise ValidationError(field, "the image is empty (0 bytes)", "a non-empty image file")
    limit = rules.get("max_base64_bytes")
    encoded = base64_length(size)
    if limit is not None and encoded > limit:
        raise RequestTooLargeError(
            field,
            f"the image is {size} bytes, {encoded} bytes in Base64",
            f"at most {limit} bytes ({limit / 1048576:g} MB) after Base64 encoding, "
            f"so about {limit * 3 // 4 // 1048576} MB before",
        )
    fmt = sniff_format(head)
    allowed = rules.get("formats", [])
    if allowed:
        if fmt is None and not ("tga" in allowed and _could_be_tga(head)):
            raise ValidationError(
                field,
                "the file is not an image format this operation knows",
                f"one of {', '.join(allowed)}",
            )
        if fmt is not None and fmt not in allowed:
            raise ValidationError(
                field, f"the file is {fmt.upper()}", f"one of {', '.join(allowed)}"
            )
    found = dimensions(head, fmt) if fmt else None
    if found is None and (fmt == "jpeg" or (complete and fmt)) and len(head) < size:
        found = dimensions(whole(), fmt)
    if found is not None:
        _check_pixels(found, rules, field)
    return fmt or "unknown"


def _check_pixels(size: tuple[int, int], rules: ImageConstraints, field: str) -> None:
    width, height = size
    shown = f"the image is {width}x{height} pixels"
    short, long = min(size), max(size)
    if "min_side" in rules and short < rules["min_side"]:
        raise ValidationError(field, shown, f"no side smaller than {rules['min_side']} pixels")
    if "max_side" in rules and long > rules["max_side"]:
        raise ValidationError(field, shown, f"no side larger than {rules['max_side']} pixels")
    if "min_short_side" in rules and short < rules["min_short_side"]:
        raise ValidationError(
            field, shown, f"the narrow edge at least {rules['min_short_side']} pixels"
        )
    if "max_long_side" in rules and long > rules["max_long_side"]:
        raise ValidationError(
            field, shown, f"the wide edge at most {rules['max_long_side']} pixels"
        )
    if "max_pixels" in rules and width * height > rules["max_pixels"]:
        raise ValidationError(field, shown, f"at most {rules['max_pixels']:,} pixels in all")


def check_url(url: str, field: str = "url") -> str:
    if not isinstance(url, str) or not is_url(url):
        shown = url if isinstance(url, str) and len(url) <= 80 else f"{str(url)[:80]}..."
        raise ValidationError(
            field, f"{shown!r} is not an http(s) URL", "a public HTTP/HTTPS or OBS URL"
        )
    return url


def _base64_problem(text: str | bytes, *, scan: bool = True) -> str | None:
    """What makes `text` unacceptable as the service's Base64 field, or None. Every character is
    checked: by pybase64 when it is there (~0.05 ms per MiB), else by a translate scan (~0.4 ms
    per MiB). pybase64 only ever vouches for a clean text; whatever it refuses goes through the
    scan, which names the problem, so the verdicts and messages are the same either way."""
    if _ascii(text[:5]).lower() == b"data:":
        return "it starts with a data: URL prefix"
    stray = _stray_characters(text) if scan and not _all_base64_characters(text) else b""
    if stray:
        if not stray.strip(b"\r\n\t "):
            return "it contains line breaks or spaces"
        return f"it contains {stray[:1]!r}, which is not a Base64 character"
    if len(text) % 4:
        return f"its length {len(text)} is not a multiple of 4"
    end = len(text) - 2
    early = text.find("=", 0, end) if isinstance(text, str) else text.find(b"=", 0, end)
    tail = _ascii(text[-2:])
    if early >= 0 or (tail[:1] == b"=" and tail[1:] != b"="):
        return "'=' padding appears other than at the end"
    return None


# Validated in slices of this many characters (a multiple of 4): pybase64 decodes as it checks,
# and a slice bounds that throw-away output to 768 KiB whatever the image size.
VALIDATE_CHUNK = 1024 * 1024


def _all_base64_characters(text: str | bytes) -> bool:
    """True when pybase64 finds only Base64 alphabet characters ('=' included) in `text`; False
    when it finds anything else, cannot tell, or is not there."""
    fast = fast_base64()
    if fast is None or len(text) % 4:
        return False
    view = text if isinstance(text, str) else memoryview(text)  # a str slice is a copy; fine
    try:
        for start in range(0, len(view), VALIDATE_CHUNK):
            # A slice that ends in padding mid-text decodes fine: its '=' are alphabet
            # characters, and _base64_problem checks where padding stands separately.
            fast.b64decode(view[start : start + VALIDATE_CHUNK], validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _stray_characters(text: str | bytes) -> bytes:
    """The characters of `text` (ASCII) outside the Base64 alphabet, from the first chunk that
    has any. Chunked: translate over the whole text would allocate a second text-sized buffer,
    and fresh big buffers cost page faults (measured: 1.7 ms against 0.7 ms per MiB)."""
    for start in range(0, len(text), SCAN_CHUNK):
        chunk = text[start : start + SCAN_CHUNK]
        stray = _ascii(chunk).translate(None, BASE64_ALPHABET)
        if stray:
            return stray
    return b""


def _ascii(text: str | bytes) -> bytes:
    return text.encode("ascii") if isinstance(text, str) else text


def _padding(text: str | bytes) -> int:
    tail = _ascii(text[-2:])
    return 2 if tail == b"==" else 1 if tail.endswith(b"=") else 0


def prepare_base64(image: Base64Image, rules: ImageConstraints, field: str) -> Base64Source:
    text = image.text
    # A str stays a str (checked and sent without a whole-text copy): pybase64 and binascii
    # read ASCII str as they read bytes.
    if isinstance(text, str) and not text.isascii():  # O(1) for str: CPython records it
        raise ValidationError(
            field, "the Base64 text has non-ASCII characters", "standard Base64 (RFC 4648)"
        )
    problem = _base64_problem(text, scan=not image.trusted) if text else None
    if problem:
        raise ValidationError(field, f"not usable Base64: {problem}", "bare standard Base64")
    size = len(text) // 4 * 3 - _padding(text)
    # Headers sit in the first bytes: decode 4 KiB, then 64 KiB (a JPEG behind big EXIF data),
    # then all of it only for a JPEG whose frame header is later still.
    head = a2b_base64(text[:4096])
    if sniff_format(head) == "jpeg" and dimensions(head, "jpeg") is None:
        head = a2b_base64(text[: HEAD_BYTES // 3 * 4])
    check_image_head(head, size, rules, field, lambda: a2b_base64(text))
    return Base64Source(text)


def prepare_image(
    source: ImageSource | Base64Image, rules: ImageConstraints, field: str
) -> ImageText:
    """Check an image locally and give its Base64 text in the cheapest form: as given
    (Base64Image), streamed from disk (a path to a file over WHOLE_READ_BYTES) or encoded as it
    is sent (bytes, file objects, smaller files)."""
    if isinstance(source, Base64Image):
        return prepare_base64(source, rules, field)
    if isinstance(source, str | os.PathLike):
        if source == "":  # Path("") is ".", which would be reported as a directory
            raise ValidationError(
                field, "the path is empty", "a path, bytes, a binary file or an http(s) URL"
            )
        path = Path(source)
        with _opened_path(source, field) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size <= WHOLE_READ_BYTES:
                pieces = _read_pieces(fh)
                if pieces is not None:  # not grown past WHOLE_READ_BYTES since the fstat
                    read = sum(len(piece) for piece in pieces)
                    first = pieces[0] if pieces else b""
                    check_image_head(
                        first, read, rules, field, lambda: b"".join(pieces), complete=True
                    )
                    return EncodedOnSend(pieces)
                fh.seek(0)
                size = os.fstat(fh.fileno()).st_size
            head = fh.read(HEAD_BYTES)

            def whole() -> bytes:
                fh.seek(0)
                return fh.read()

            check_image_head(head, size, rules, field, whole)
        return FileBase64Source(path, size, field)
    limit = rules.get("max_base64_bytes")
    # bytes are not copied (bytearray, memoryview are)
    data = read_source(source, field, None if limit is None else limit // 4 * 3)
    check_image(data, rules, field)
    return EncodedOnSend([data])


def _read_pieces(fh: IO[bytes]) -> list[bytes] | None:
    """A file's bytes in RAW_CHUNK pieces (None past WHOLE_READ_BYTES): one fresh buffer the
    size of the file cost a page fault per 4 KiB (~256 faults and ~1 ms a call at 1 MiB on this
    machine); pieces this size mostly come back from the allocator's free lists (~22 faults)."""
    pieces: list[bytes] = []
    total = 0
    while piece := fh.read(RAW_CHUNK):
        total += len(piece)
        if total > WHOLE_READ_BYTES:
            return None
        pieces.append(piece)
    if any(len(piece) != RAW_CHUNK for piece in pieces[:-1]):  # a short read mid-file
        return [b"".join(pieces)]
    return pieces


# Base64 text (or a data: URL) given as a plain str, where a str means a path or a URL.
_LOOKS_BASE64 = re.compile(r"(data:[\w/+.-]*;base64,)?[A-Za-z0-9+/\r\n]{64,}={0,2}")


def _opened_path(source: str | os.PathLike[str], field: str) -> IO[bytes]:
    """open_regular, with the common mistake named: Base64 text passed as a str is read as a
    path, and the error then says so without showing the text (an image is personal data)."""
    try:
        return open_regular(Path(source), field)
    except ValidationError:
        if isinstance(source, str) and _LOOKS_BASE64.fullmatch(source[:4096]):
            raise ValidationError(
                field,
                f"a str is a file path or an http(s) URL; this one ({len(source):,} characters, "
                "not shown) looks like Base64 text",
                "wrap Base64 text as Base64Image(text)",
            ) from None
        raise
