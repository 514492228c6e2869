"""A user's code: reads the words of a scanned page, and says what went wrong in words a
person can act on."""

from __future__ import annotations

from dataclasses import dataclass

from huaweicloud_ocr import AsyncOcrClient, OcrClient, errors


@dataclass(frozen=True)
class Page:
    words: list[str]
    problem: str | None = None


def read_page(ocr: OcrClient, image: bytes) -> Page:
    try:
        answer = ocr.recognize_general_text(image, detect_direction=True)
    except errors.BadRequestError as exc:
        return Page([], f"the scan was refused ({exc.error_code}); scan it again smaller")
    except errors.RateLimitError:
        return Page([], "too busy; try again in a minute")
    except errors.RequestTimeoutError:
        return Page([], "no answer in time")
    except errors.TransportError:
        return Page([], "the connection failed")
    blocks = answer.result.words_block_list if answer.result else None
    return Page([str(block.words) for block in blocks or []])


async def read_pages(ocr: AsyncOcrClient, images: list[bytes]) -> list[list[str]]:
    found = []
    for image in images:
        answer = await ocr.recognize_general_text(image)
        blocks = answer.result.words_block_list if answer.result else None
        found.append([str(block.words) for block in blocks or []])
    return found
