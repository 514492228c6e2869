"""What every IAM call shares: transport failures become one AuthenticationError, unreadable
answers another, and errors about an answer carry its X-Request-Id."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any, TypeVar

import httpx

from huaweicloud_ocr.errors import AuthenticationError, ConfigurationError, OcrError
from huaweicloud_ocr_api.client import Client

REQUEST_ID_HEADER = "X-Request-Id"  # of OCR and IAM answers; httpx headers ignore case
E = TypeVar("E", bound=OcrError)


def require_https(endpoint: str, allow_insecure_http: bool, what: str = "iam_endpoint") -> None:
    """One rule for the OCR and IAM endpoints: a password, an AK/SK signature or a token goes
    over plain HTTP only to this machine, or when the caller says so."""
    url = httpx.URL(endpoint)
    try:
        loopback = url.host == "localhost" or ipaddress.ip_address(url.host).is_loopback
    except ValueError:
        loopback = False
    if not (url.scheme == "https" or loopback or allow_insecure_http):
        raise ConfigurationError(
            f"{what} {endpoint!r} is not HTTPS; plain HTTP is allowed only on loopback or "
            "with allow_insecure_http=True"
        )


@contextmanager
def reaching_iam(endpoint: str) -> Iterator[None]:
    """Wrap httpx failures of a call to IAM (sync or awaited inside the block)."""
    try:
        yield
    except httpx.HTTPError as exc:
        message = f"could not reach IAM at {endpoint}: {type(exc).__name__}"
        raise AuthenticationError(message) from exc


def iam_error(kind: type[E], message: str, response: httpx.Response) -> E:
    """An error about an IAM answer, with the answer's request id in its text and .request_id."""
    request_id = response.headers.get(REQUEST_ID_HEADER)
    error = kind(f"{message} (request id {request_id})" if request_id else message)
    error.request_id = request_id
    return error


def read_iam(module: ModuleType, client: Client, response: httpx.Response) -> Any:
    """The generated model of an IAM answer (None for an undocumented status). The generated
    parser trusts the body: anything it cannot read becomes an AuthenticationError."""
    try:
        return module._parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        status, kind = response.status_code, type(exc).__name__
        message = f"IAM sent an unreadable answer (HTTP {status}, {kind})"
        raise iam_error(AuthenticationError, message, response) from None
