"""How an image reaches the wire: a path is streamed from disk, bytes are encoded once, a
Base64Image is sent as given; all give the same JSON body, with a Content-Length and an AK/SK
signature that the official signer accepts (tests/auth_server.py recomputes it)."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from huaweicloud_ocr import AsyncOcrClient, Base64Image, OcrClient, RetryPolicy, errors
from huaweicloud_ocr._body import RAW_CHUNK, FileBase64Source
from huaweicloud_ocr.testing import noise_png, sample_png
from tests.auth_server import CloudState, running_cloud
from tests.scripted_server import Reply, scripted

AK, SK = "HPUAEXAMPLEACCESSKEY", "exampleSecretKey0123456789abcdefghijklmn"
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


@pytest.fixture
def cloud() -> Iterator[tuple[str, CloudState]]:
    state = CloudState(keys={AK: SK})
    with running_cloud(state) as url:
        yield url, state


def aksk_client(url: str) -> OcrClient:
    return OcrClient(endpoint=url, ak=AK, sk=SK, project_id=PROJECT)


# Sizes around the chunk size and every remainder mod 3, so chunk joins and padding are covered.
SIZES = [(40, 30), (700, 400), (RAW_CHUNK // 600 + 1, 600), (1201, 1500)]


@pytest.mark.parametrize(("width", "height"), SIZES, ids=lambda v: str(v))
def test_every_image_form_gives_the_same_signed_body(
    cloud: tuple[str, CloudState], tmp_path: Path, width: int, height: int
) -> None:
    url, state = cloud
    png = noise_png(width, height, seed=width)
    path = tmp_path / "page.png"
    path.write_bytes(png)
    text = base64.b64encode(png).decode()
    with aksk_client(url) as ocr:
        for image in (path, str(path), png, io.BytesIO(png), Base64Image(text)):
            ocr.recognize_general_text(image, detect_direction=True, quick_mode=False)
    assert len(state.accepted) == 5, state.rejected  # every signature verified
    assert len(set(state.bodies)) == 1
    assert json.loads(state.bodies[0]) == {
        "image": text,
        "detect_direction": True,
        "quick_mode": False,
    }


def test_a_body_without_options_is_valid_json(cloud: tuple[str, CloudState]) -> None:
    url, state = cloud
    with aksk_client(url) as ocr:
        ocr.recognize_general_text(sample_png())
        ocr.recognize_general_text("https://example.com/a.png")
    assert [json.loads(b) for b in state.bodies] == [
        {"image": base64.b64encode(sample_png()).decode()},
        {"url": "https://example.com/a.png"},
    ]


def test_async_client_streams_a_path_with_aksk(
    cloud: tuple[str, CloudState], tmp_path: Path
) -> None:
    url, state = cloud
    png = noise_png(900, 900, seed=3)
    path = tmp_path / "big.png"
    path.write_bytes(png)

    async def main() -> None:
        async with AsyncOcrClient(endpoint=url, ak=AK, sk=SK, project_id=PROJECT) as ocr:
            await asyncio.gather(*(ocr.recognize_general_text(path) for _ in range(4)))

    asyncio.run(main())
    assert len(state.accepted) == 4, state.rejected
    assert {json.loads(b)["image"] for b in state.bodies} == {base64.b64encode(png).decode()}


def test_a_retry_sends_the_whole_body_again(tmp_path: Path) -> None:
    png = noise_png(800, 700, seed=4)
    path = tmp_path / "page.png"
    path.write_bytes(png)
    busy = Reply(503, {"error_code": "APIG.0201", "error_msg": "busy"})
    ok = Reply(200, {"result": {"words_block_count": 0, "words_block_list": []}})
    retry = RetryPolicy(max_attempts=2, initial_backoff=0.01, max_backoff=0.01, deadline=5)
    with (
        scripted(busy, ok) as (url, script),
        OcrClient(endpoint=url, ak=AK, sk=SK, project_id=PROJECT, retry=retry) as ocr,
    ):
        ocr.recognize_general_text(path)
    first, second = (seen["body"] for seen in script.seen)
    assert first == second
    assert json.loads(first) == {"image": base64.b64encode(png).decode()}
    # each attempt is signed anew; the body hash is the same
    signed = [seen["headers"]["Authorization"] for seen in script.seen]
    assert all(s.startswith("SDK-HMAC-SHA256 Access=") for s in signed)


BAD_BASE64 = [
    ("data:image/png;base64,iVBORw0KGgo=", "data: URL prefix"),
    ("iVBORw0K\nGgoAAAANSUhEUg==", "line breaks or spaces"),
    ("iVBORw0KGgo*AAAANSUhE", "'*'"),
    ("iVBORw0KGgoAAAANSUhEU", "not a multiple of 4"),
    ("iVBO=w0KGgoAAAANSUhEUg==", "padding"),
    ("iVBORw0KGgoAAAANSUhEUg\u00e9=", "non-ASCII"),
    ("", "empty"),
    (base64.b64encode(b"RIFF\0\0\0\0WAVEfmt " + bytes(40)).decode(), "not an image format"),
]


@pytest.mark.parametrize(("text", "expected"), BAD_BASE64, ids=[e for _, e in BAD_BASE64])
def test_bad_base64_is_refused_before_sending(
    cloud: tuple[str, CloudState], text: str, expected: str
) -> None:
    url, state = cloud
    with aksk_client(url) as ocr, pytest.raises(errors.ValidationError) as caught:
        ocr.recognize_general_text(Base64Image(text))
    assert caught.value.field == "image"
    assert expected in str(caught.value)
    assert state.accepted == state.rejected == []  # nothing sent


def test_base64_image_is_checked_against_the_pixel_rules(cloud: tuple[str, CloudState]) -> None:
    url, state = cloud
    tiny = base64.b64encode(sample_png(10, 10)).decode()  # General Text: sides >= 15 px
    with aksk_client(url) as ocr, pytest.raises(errors.ValidationError, match="10x10 pixels"):
        ocr.recognize_general_text(Base64Image(tiny))
    assert state.bodies == []
    assert "characters" in repr(Base64Image(tiny))
    assert tiny not in repr(Base64Image(tiny))


def _jpeg_with_late_frame_header(width: int, height: int) -> bytes:
    """A JPEG whose SOF0 marker lies after 128 KiB of APP segments (past the 64 KiB first read)."""
    app = b"\xff\xe1" + struct.pack(">H", 65535) + bytes(65533)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app + app + sof + b"\xff\xd9"


def test_a_late_jpeg_frame_header_is_still_read_from_a_path(
    cloud: tuple[str, CloudState], tmp_path: Path
) -> None:
    url, state = cloud
    path = tmp_path / "photo.jpg"
    path.write_bytes(_jpeg_with_late_frame_header(40000, 20))  # General Text: sides <= 30000
    with aksk_client(url) as ocr, pytest.raises(errors.ValidationError, match="40000x20"):
        ocr.recognize_general_text(path)
    assert state.bodies == []


def test_a_file_that_changes_size_while_sent_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "page.png"
    path.write_bytes(bytes(RAW_CHUNK + 10))
    for recorded in (RAW_CHUNK + 9, RAW_CHUNK + 11):
        with pytest.raises(errors.ValidationError, match="changed size while being sent"):
            b"".join(FileBase64Source(path, recorded, "image").chunks())
    exact = b"".join(FileBase64Source(path, RAW_CHUNK + 10, "image").chunks())
    assert exact == base64.b64encode(bytes(RAW_CHUNK + 10))


def test_trusted_base64_skips_only_the_character_scan(cloud: tuple[str, CloudState]) -> None:
    url, state = cloud
    text = base64.b64encode(sample_png(40, 30)).decode()
    with aksk_client(url) as ocr:
        ocr.recognize_general_text(Base64Image(text, trusted=True))
        for bad, expected in (("data:" + text[5:], "data: URL"), (text[:-1], "multiple of 4")):
            with pytest.raises(errors.ValidationError, match=expected):
                ocr.recognize_general_text(Base64Image(bad, trusted=True))
    assert [json.loads(b)["image"] for b in state.bodies] == [text]
