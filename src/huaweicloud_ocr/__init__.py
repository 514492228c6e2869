"""Python client for the Huawei Cloud OCR API.

Hand-written code lives in this package (src/huaweicloud_ocr); the typed models and endpoint
functions are generated from openapi.yaml into the sibling package huaweicloud_ocr_api.
"""

from huaweicloud_ocr_api import models

__all__ = ["models"]
__version__ = "0.1.0"
