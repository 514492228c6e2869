"""The fast Base64 paths (pybase64) give the same verdicts, messages and bytes as the standard
library paths they replace, on random inputs built to hit every rule: stray characters, line
breaks, '=' in the middle, lengths not a multiple of 4, data: prefixes, non-canonical tails."""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from huaweicloud_ocr import _body, images

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
pytestmark = pytest.mark.skipif(_body.fast_base64() is None, reason="pybase64 C extension absent")


def _random_texts(count: int, seed: int) -> Iterator[bytes]:
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    strays = [b"\n", b"\r\n", b" ", b"\t", b"-", b"_", b"*", b"\x00", b"\xff", b".", b":", b"=="]
    for _ in range(count):
        kind = rng.randrange(6)
        size = rng.choice([rng.randrange(1, 40), rng.randrange(40, 3000)])
        if kind == 0:  # valid, any padding
            text = base64.b64encode(rng.randbytes(size))
        elif kind == 1:  # valid, then one stray inserted
            edited = bytearray(base64.b64encode(rng.randbytes(size)))
            at = rng.randrange(len(edited) + 1)
            stray = rng.choice(strays)
            # Replacing keeps the length a multiple of 4, so only the character check can object.
            edited[at : at + (len(stray) if rng.random() < 0.5 else 0)] = stray
            text = bytes(edited)
        elif kind == 2:  # alphabet characters and '=' anywhere, any length
            text = bytes(rng.choice(ALPHABET + b"=") for _ in range(rng.randrange(1, 64)))
        elif kind == 3:  # a valid text cut or grown to a length not a multiple of 4
            text = base64.b64encode(rng.randbytes(size))[: -rng.randrange(1, 4)]
        elif kind == 4:  # padding then more text (two encodings joined)
            text = base64.b64encode(rng.randbytes(size | 1)) + base64.b64encode(rng.randbytes(7))
        else:  # a data: URL prefix, or a non-canonical last character before '='
            text = base64.b64encode(rng.randbytes(size))
            if rng.random() < 0.5:
                text = b"data:image/png;base64," + text
            elif text.endswith(b"="):
                last = text.rstrip(b"=")
                text = last[:-1] + bytes([rng.choice(ALPHABET)]) + text[len(last) :]
        yield text


def _slow_problem(text: bytes, monkeypatch: pytest.MonkeyPatch) -> str | None:
    with monkeypatch.context() as patched:
        patched.setattr(images, "fast_base64", lambda: None)
        return images._base64_problem(text)


def test_fast_check_gives_the_same_verdicts(monkeypatch: pytest.MonkeyPatch) -> None:
    verdicts: set[str | None] = set()
    for text in _random_texts(40_000, seed=19):
        fast = images._base64_problem(text)
        assert fast == _slow_problem(text, monkeypatch), text
        if text.isascii():  # a str (checked as a str, never encoded whole): the same verdict
            assert images._base64_problem(text.decode("ascii")) == fast, text
        verdicts.add(fast if fast is None else fast.split(" ")[2])
    # Every rule was reached, so the comparison covered each of them.
    assert len(verdicts) >= 5, verdicts


def test_fast_check_vouches_across_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts longer than a validation slice, with the fault on either side of a boundary."""
    clean = base64.b64encode(random.Random(3).randbytes(images.VALIDATE_CHUNK))  # noqa: S311
    assert images._base64_problem(clean) is None
    for at in (images.VALIDATE_CHUNK - 1, images.VALIDATE_CHUNK, images.VALIDATE_CHUNK + 1):
        for fault in (b"\n", b"=", b"-"):
            text = clean[:at] + fault + clean[at + 1 :]
            assert images._base64_problem(text) == _slow_problem(text, monkeypatch) is not None


def test_fast_encoding_is_the_standard_one(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)  # noqa: S311
    for size in [0, 1, 2, 3, 4, 5, _body.RAW_CHUNK - 1, _body.RAW_CHUNK + 2, 1 << 20]:
        data = rng.randbytes(size)
        expected = base64.b64encode(data)
        source = _body.EncodedOnSend([data])
        assert b"".join(source.chunks()) == expected == source.as_bytes()
        assert source.length == len(expected)
        pieces = [data[i : i + _body.RAW_CHUNK] for i in range(0, len(data), _body.RAW_CHUNK)]
        assert b"".join(_body.EncodedOnSend(pieces).chunks()) == expected  # a file's pieces
        assert _body.b2a_base64(data) == expected
        with monkeypatch.context() as patched:
            patched.setattr(_body, "fast_base64", lambda: None)
            assert b"".join(source.chunks()) == expected == source.as_bytes()


def _outcome(source: object, rules: object) -> object:
    try:
        prepared = images.prepare_image(source, rules, "image")  # type: ignore[arg-type]
    except Exception as exc:
        return (type(exc).__name__, str(exc))
    return b"".join(prepared.chunks())


def test_a_file_read_in_pieces_gets_the_verdicts_and_text_of_its_bytes(tmp_path: Path) -> None:
    """A file up to WHOLE_READ_BYTES is read in RAW_CHUNK pieces and checked from its first
    piece (the rest only when the size is not found there): verdicts, messages and the Base64
    sent must be those of the same bytes given whole, around piece boundaries and for images
    cut short or with their size field beyond the first piece."""
    from huaweicloud_ocr import _spec
    from huaweicloud_ocr.testing import noise_png

    rules = _spec.operation("recognize_general_text")["image_constraints"]
    rng = random.Random(5)  # noqa: S311
    inputs = []
    for side in (1, 15, 40, 300, 443, 444, 445, 700, 1200):
        png = noise_png(side, side, seed=side)
        inputs += [png, png[: len(png) // 2], png[:33]]
    big = noise_png(900, 900)
    inputs += [big[:n] for n in (_body.RAW_CHUNK - 1, _body.RAW_CHUNK, _body.RAW_CHUNK + 1)]
    # A JPEG whose frame header (its size) is past the first piece, and one with none at all.
    app = b"\xff\xe1" + (65533).to_bytes(2, "big") + rng.randbytes(65531)
    sof = b"\xff\xc0\x00\x11\x08" + (9000).to_bytes(2, "big") + (9000).to_bytes(2, "big")
    inputs += [
        b"\xff\xd8" + app * 4 + sof + b"\x03" + bytes(9) + b"\xff\xd9",
        b"\xff\xd8" + app * 4,
    ]
    path = tmp_path / "image"
    for data in inputs:
        path.write_bytes(data)
        assert _outcome(path, rules) == _outcome(data, rules), len(data)
