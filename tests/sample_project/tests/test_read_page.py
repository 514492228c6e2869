"""The sample app's tests: nothing but the plugin's fixtures and public names."""

from __future__ import annotations

import asyncio

import pytest
from ocr_sample_app import read_page, read_pages

from huaweicloud_ocr import AsyncOcrClient, OcrClient
from huaweicloud_ocr.testing import OcrTestServer, sample_png

PAGE = sample_png()
SCRIPTED = {
    "result": {"words_block_count": 2, "words_block_list": [{"words": "Hello"}, {"words": "world"}]}
}


def test_reads_the_documented_example(ocr_client: OcrClient) -> None:
    page = read_page(ocr_client, PAGE)
    assert page.problem is None
    assert page.words


@pytest.mark.parametrize("ocr_server_mode", ["socket", "in_process"])
def test_reads_a_scripted_page(ocr_server: OcrTestServer, ocr_client: OcrClient) -> None:
    ocr_server.script("recognize_general_text").when(detect_direction=True).reply(SCRIPTED)
    assert read_page(ocr_client, PAGE).words == ["Hello", "world"]
    (call,) = ocr_server.calls
    assert call.options == {"detect_direction": True}


@pytest.mark.parametrize("ocr_server_mode", ["socket", "in_process"])
@pytest.mark.parametrize(
    ("script", "problem"),
    [
        (lambda s: s.reply_error("AIS.0103"), "refused (AIS.0103)"),
        (lambda s: s.reply_status(429, headers={"Retry-After": "0"}, times=None), "too busy"),
        (lambda s: s.hang(), "no answer in time"),
        (lambda s: s.reset(), "the connection failed"),
    ],
)
def test_error_paths(
    ocr_server: OcrTestServer, ocr_client: OcrClient, script: object, problem: str
) -> None:
    script(ocr_server.script("recognize_general_text"))  # type: ignore[operator]
    page = read_page(ocr_client, PAGE)
    assert page.words == []
    assert page.problem is not None
    assert problem in page.problem


def test_async_pages(ocr_server: OcrTestServer, async_ocr_client: AsyncOcrClient) -> None:
    ocr_server.script("recognize_general_text").reply(SCRIPTED)
    pages = asyncio.run(read_pages(async_ocr_client, [PAGE, PAGE]))
    assert pages[0] == ["Hello", "world"]
    assert pages[1] != ["Hello", "world"]
    assert len(ocr_server.calls) == 2
