"""AK/SK authentication as an httpx.Auth: signs each request with SDK-HMAC-SHA256."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncGenerator, Generator
from datetime import datetime
from typing import Protocol, cast
from urllib.parse import parse_qsl

import httpx

from huaweicloud_ocr._secret import Revealed, Secret, mask_id
from huaweicloud_ocr.auth import signing
from huaweicloud_ocr.errors import CredentialsError, RequestTooLargeError

# Seed 002 §3.4: "AK/SK-based authentication supports API requests with a body less than or
# equal to 12 MB. For API requests with a larger body, perform token-based authentication."
MAX_SIGNED_BODY_BYTES = 12 * 1024 * 1024
SECURITY_TOKEN_HEADER = "X-Security-Token"  # noqa: S105 (a header name)


class HashedBody(Protocol):
    """A request stream that knows its length and SHA-256 without being joined into one buffer
    (huaweicloud_ocr._body.JsonImageBody)."""

    length: int

    def sha256_hexdigest(self) -> str: ...


def _hashed_body(request: httpx.Request) -> HashedBody | None:
    # hasattr, not isinstance(HashedBody): a runtime Protocol check costs ~20 us per call.
    stream = request.stream
    return cast(HashedBody, stream) if hasattr(stream, "sha256_hexdigest") else None


class AkSkAuth(httpx.Auth):
    """Sign requests with an access key (AK) and secret key (SK).

    `security_token` is for temporary credentials; it is sent as X-Security-Token and signed.
    Works with httpx.Client and httpx.AsyncClient alike (signing does no I/O).
    """

    # httpx would read a streamed body into one buffer before signing; the flows below read it
    # only when it cannot give its own SHA-256 (the client's JSON image bodies can).
    requires_request_body = False

    def __init__(self, ak: str, sk: str | Secret, security_token: str | Secret | None = None):
        # Wrapped first: a traceback of any check below records this frame with its locals.
        sk = Secret(sk) if isinstance(sk, str) else sk
        if isinstance(security_token, str):
            security_token = Secret(security_token)
        token = security_token
        # Set before any check: a traceback with locals renders this half-built object's repr.
        self.ak, self._sk, self._security_token = ak, sk, token
        if not ak or not sk:
            raise CredentialsError("AkSkAuth needs both an access key (ak) and a secret key (sk)")
        if token and not token.fits_header():
            # Checked now: setting it as a header later must not fail (h11 quotes a bad value).
            raise CredentialsError(
                "the security token must be printable ASCII without spaces, as an HTTP header "
                "carries it"
            )

    def __repr__(self) -> str:
        temporary = ", security_token=***" if self._security_token else ""
        return f"AkSkAuth(ak={mask_id(self.ak)!r}, sk=***{temporary})"

    def known_secrets(self) -> list[str]:
        """The SK and the security token, to scrub from server text the client repeats (each
        value hides its repr, so a frame holding the list does not show them)."""
        values = [self._sk, self._security_token] if self._security_token else [self._sk]
        return [Revealed(value.reveal()) for value in values]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if _hashed_body(request) is None:
            request.read()
        self.sign(request)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if _hashed_body(request) is None:
            await request.aread()
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request, *, now: datetime | None = None) -> signing.Signature:
        """Add X-Sdk-Date (unless set), X-Security-Token and Authorization to the request."""
        hashed = _hashed_body(request)
        length = hashed.length if hashed else len(request.content)
        if length > MAX_SIGNED_BODY_BYTES:
            raise RequestTooLargeError(
                "body",
                f"the request body is {length} bytes",
                f"AK/SK signing supports bodies of at most 12 MB ({MAX_SIGNED_BODY_BYTES} bytes); "
                "use token authentication (TokenAuth or IamTokenAuth) for larger requests",
            )
        if self._security_token:  # checked printable ASCII: setting it cannot fail
            request.headers[SECURITY_TOKEN_HEADER] = self._security_token.reveal()
        if signing.DATE_HEADER not in request.headers:
            request.headers[signing.DATE_HEADER] = signing.format_date(now)
        payload_hash = request.headers.get(signing.CONTENT_SHA256_HEADER)
        if payload_hash is None and hashed:
            payload_hash = hashed.sha256_hexdigest()
        elif payload_hash is None:
            body = request.content
            payload_hash = hashlib.sha256(body).hexdigest() if body else signing.EMPTY_SHA256
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        query = parse_qsl(raw_query, keep_blank_values=True)
        # Send the query in its canonical form, as the official SDK does, so that the gateway
        # reads the very bytes that were signed (no '+' versus '%20' ambiguity).
        canonical_query = signing.canonical_query(query)
        if canonical_query != raw_query:
            request.url = request.url.copy_with(query=canonical_query.encode("ascii") or None)
        headers = dict(request.headers.items())  # names lower-cased by httpx
        if self._security_token:  # signed as sent, but hidden from this dict's repr
            headers[SECURITY_TOKEN_HEADER.lower()] = Revealed(self._security_token.reveal())
        result = signing.sign(
            access_key=self.ak,
            secret_key=self._sk,  # revealed by signing only for the HMAC key
            method=request.method,
            path=raw_path,
            query=query,
            headers=headers,
            payload_sha256=payload_hash,
        )
        request.headers["Authorization"] = result.authorization
        return result
