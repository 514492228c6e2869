"""The official huaweicloudsdkcore signer, driven with the same request our client sends.

Test-only: huaweicloudsdkcore is a development dependency and never imported by the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer

from huaweicloud_ocr.auth import signing


@dataclass
class _Credentials:
    ak: str
    sk: str


@dataclass(frozen=True)
class OracleResult:
    canonical_request: str
    string_to_sign: str
    authorization: str


def oracle_sign(request: httpx.Request, ak: str, sk: str) -> OracleResult:
    """Sign `request` (already carrying X-Sdk-Date and, if any, X-Security-Token) officially.

    The headers given are the ones we sign: the official SDK signs all of its own headers, and
    sends hop-by-hop ones (Connection ...) added later by its HTTP library unsigned, as we do.
    """
    raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
    headers = {
        k: v for k, v in request.headers.items() if k.lower() not in signing.UNSIGNED_HEADERS
    }
    sdk_request = SdkRequest(
        method=request.method,
        schema=request.url.scheme,
        host=request.url.host,
        resource_path=raw_path,
        query_params=parse_qsl(raw_query, keep_blank_values=True),
        header_params=headers,
        body=request.content,
    )
    signer: Any = Signer(_Credentials(ak, sk))
    names = signer._process_signed_headers(sdk_request)
    canonical = signer._process_canonical_request(sdk_request, names)
    date = signer._process_header_time(sdk_request)
    to_sign = signer._process_string_to_sign(canonical, date)
    signed = signer.sign(sdk_request)
    return OracleResult(canonical, to_sign, signed.header_params["Authorization"])
