"""Python client for the Huawei Cloud OCR API.

    from huaweicloud_ocr import OcrClient
    with OcrClient("ap-southeast-1") as ocr:
        print(ocr.recognize_general_text("page.png").result.words_block_list)

Hand-written code lives in this package (src/huaweicloud_ocr); the typed models, endpoint
functions and per-operation methods are generated from openapi.yaml into huaweicloud_ocr_api.
"""

from huaweicloud_ocr import _logging, errors
from huaweicloud_ocr._version import __version__
from huaweicloud_ocr.client import AsyncOcrClient, OcrClient, OperationRegionWarning
from huaweicloud_ocr.retry import NO_RETRY, RetryPolicy
from huaweicloud_ocr_api import models
from huaweicloud_ocr_api.types import UNSET, Base64Image, RawResponse, ResponseInfo, Unset

_logging.configure_from_env()

__all__ = [
    "NO_RETRY",
    "UNSET",
    "AsyncOcrClient",
    "Base64Image",
    "OcrClient",
    "OperationRegionWarning",
    "RawResponse",
    "ResponseInfo",
    "RetryPolicy",
    "Unset",
    "__version__",
    "errors",
    "models",
]
