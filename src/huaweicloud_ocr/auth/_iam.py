"""What every IAM call shares: where requests may go (endpoint rules, hosts built only from
validated region ids), how they are sent (no cookies, a fresh AsyncClient per event loop), and
how failures read (one AuthenticationError per transport failure or unreadable answer; server
text scrubbed and escaped; the answer's X-Request-Id)."""

from __future__ import annotations

import http.cookiejar
import ipaddress
import re
import threading
import time
import weakref
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr._transport import (
    AnswerTooLarge,
    UnknownEncoding,
    aread_body,
    end_attempt,
    guard,
    read_body,
    start_attempt,
)
from huaweicloud_ocr.errors import (
    AuthenticationError,
    ConfigurationError,
    OcrError,
    server_text,
)

if TYPE_CHECKING:
    import asyncio

    from huaweicloud_ocr_api.client import Client

REQUEST_ID_HEADER = "X-Request-Id"  # of OCR and IAM answers; httpx headers ignore case
E = TypeVar("E", bound=OcrError)

# Every Huawei Cloud region id has this shape (ap-southeast-1, cn-north-4, la-south-2, ...);
# anything else could add a user, a port, a path or another host to the URL built from it.
REGION_PATTERN = r"^[a-z]{2}(-[a-z0-9]+)+$"
_REGION = re.compile(REGION_PATTERN)


def iam_endpoint_for(region: str) -> str:
    """The IAM endpoint of a region, built only from a well-formed region id."""
    if not isinstance(region, str) or _REGION.fullmatch(region) is None:
        # The value is not repeated: it may be anything, a pasted credential included.
        raise ConfigurationError(
            f"region is not a region id (rule: {REGION_PATTERN}, e.g. 'ap-southeast-1'); "
            "pass iam_endpoint= to use another IAM endpoint"
        )
    return f"https://iam.{region}.myhuaweicloud.com"


def _shown(url: httpx.URL) -> str:
    """The URL as it may appear in a message: user information, query and fragment masked."""
    path = url.raw_path.decode("ascii").partition("?")[0]
    userinfo = "***@" if url.userinfo else ""
    query = "?***" if url.query else ""
    fragment = "#***" if url.fragment else ""
    return f"{url.scheme}://{userinfo}{url.netloc.decode('ascii')}{path}{query}{fragment}"


def check_endpoint(endpoint: str, what: str = "iam_endpoint") -> httpx.URL:
    """An endpoint is scheme://host[:port][/path] and nothing else: user:password@ would show in
    messages and reprs and go out as Basic auth; a query or fragment would be mangled by every
    path joined to it."""
    try:
        url = httpx.URL(endpoint)
    except httpx.InvalidURL as exc:
        problem = str(exc)
    else:
        problem = ""
    if problem:  # raised here, not in the except block: no chained error quoting the URL
        raise ConfigurationError(f"{what} is not a valid URL: {problem}")
    if url.scheme not in ("https", "http"):
        raise ConfigurationError(
            f"{what} must start with https:// (or http:// on loopback), not {url.scheme!r}"
            if url.scheme
            else f"{what} must start with https:// (or http:// on loopback)"
        )
    shown = _shown(url)
    if url.userinfo:
        raise ConfigurationError(
            f"{what} {shown!r} has user information (user:password@); pass credentials as auth "
            "arguments, never in the URL"
        )
    if not url.host:
        raise ConfigurationError(f"{what} {shown!r} has no host")
    if url.query or url.fragment or "?" in endpoint or "#" in endpoint:
        raise ConfigurationError(
            f"{what} {shown!r} has a query or fragment; an endpoint is scheme://host[:port][/path]"
        )
    return url


def require_https(endpoint: str, allow_insecure_http: bool, what: str = "iam_endpoint") -> None:
    """One rule for the OCR and IAM endpoints: a well-formed URL (check_endpoint), and a password,
    an AK/SK signature or a token goes over plain HTTP only to this machine, or when asked."""
    url = check_endpoint(endpoint, what)
    try:
        loopback = url.host == "localhost" or ipaddress.ip_address(url.host).is_loopback
    except ValueError:
        loopback = False
    if not (url.scheme == "https" or loopback or allow_insecure_http):
        raise ConfigurationError(
            f"{what} {endpoint!r} is not HTTPS; plain HTTP is allowed only on loopback or "
            "with allow_insecure_http=True"
        )


class _RefuseAll(http.cookiejar.CookiePolicy):
    # netscape and rfc2965 False: the jar does not even parse Set-Cookie headers.
    netscape = False
    rfc2965 = False

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def domain_return_ok(self, domain: str, request: Any) -> bool:
        return False

    def path_return_ok(self, path: str, request: Any) -> bool:
        return False


def no_cookies() -> http.cookiejar.CookieJar:
    """A cookie jar that never stores or sends a cookie: no documented API uses cookies, and a
    server's Set-Cookie would otherwise be sent back (signed) with every later request.
    Give it to the generated Client as cookies= (httpx_args cannot carry cookies: the Client
    passes its own cookies= to httpx)."""
    return http.cookiejar.CookieJar(policy=_RefuseAll())


def iam_client(
    base_url: str, timeout: float, httpx_args: dict[str, object] | None, **extra: Any
) -> Client:
    """The generated Client for IAM calls: no redirects (its default), no cookies."""
    # Imported here: an attrs class, and only IAM calls (tokens, project ids) use it.
    from huaweicloud_ocr_api.client import Client

    return Client(
        base_url=base_url,
        timeout=httpx.Timeout(timeout),
        # httpx takes a CookieJar as cookies; the generated Client's annotation says dict.
        cookies=cast("dict[str, str]", no_cookies()),
        httpx_args={**(httpx_args or {}), **extra},
        raise_on_unexpected_status=False,
    )


# IAM answers are kilobytes (a token with its service catalogue, a project list).
IAM_MAX_ANSWER_BYTES = 16 * 1024 * 1024


def _deadline(client: Client) -> float:
    # No retries on IAM calls: the client's timeout bounds the whole call as well.
    timeout = client._timeout.read if client._timeout is not None else None
    return time.monotonic() + (timeout or 30.0)


def _complete(response: httpx.Response, body: bytes) -> httpx.Response:
    """The answer with its body read (decoded, so without Content-Encoding), for the parsers."""
    headers = [(k, v) for k, v in response.headers.raw if k.lower() != b"content-encoding"]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request
    )


def _too_large(exc: Exception) -> AuthenticationError:
    return AuthenticationError(
        f"IAM sent an answer that is not a bounded, readable one ({type(exc).__name__}; at "
        f"most {IAM_MAX_ANSWER_BYTES} bytes of gzip, deflate or plain JSON are read)"
    )


def send_sync(client: Client, kwargs: dict[str, Any]) -> httpx.Response:
    """Send one IAM request under the same guards as an OCR call: the whole call bounded by the
    client's timeout, the answer capped, a connection that sent stray bytes not reused."""
    http_client = client.get_httpx_client()
    guard(http_client)
    _, token = start_attempt(_deadline(client))
    try:
        response = http_client.send(http_client.build_request(**kwargs), stream=True)
        try:
            body = read_body(response, IAM_MAX_ANSWER_BYTES)
        finally:
            response.close()
    except (AnswerTooLarge, UnknownEncoding, zlib.error) as exc:
        raise _too_large(exc) from None
    finally:
        end_attempt(token)
    return _complete(response, body)


async def send_async(client: Client, kwargs: dict[str, Any]) -> httpx.Response:
    """As send_sync, on an AsyncClient made for it and closed after: its connections belong to
    the running event loop, and none is kept that could hold a finished loop or be used from
    another one. IAM is asked about once a day, so nothing is lost by not pooling."""
    _, token = start_attempt(_deadline(client))
    try:
        import attrs  # the generated Client is an attrs class, imported only for IAM calls

        async with attrs.evolve(client).get_async_httpx_client() as http_client:
            guard(http_client)
            request = http_client.build_request(**kwargs)
            response = await http_client.send(request, stream=True)
            try:
                body = await aread_body(response, IAM_MAX_ANSWER_BYTES)
            finally:
                await response.aclose()
    except (AnswerTooLarge, UnknownEncoding, zlib.error) as exc:
        raise _too_large(exc) from None
    finally:
        end_attempt(token)
    return _complete(response, body)


class LoopLocks:
    """One asyncio.Lock per running event loop, for as long as some task holds or awaits it.

    Weak on both sides: a lock refers to its loop once contended, so a WeakKeyDictionary keyed
    by loop would keep every loop alive; here a lock nobody uses is dropped, and with it the
    loop. Keys are weak references, so a new loop never gets a finished loop's lock."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[
            weakref.ref[asyncio.AbstractEventLoop], asyncio.Lock
        ] = weakref.WeakValueDictionary()
        self._guard = threading.Lock()  # loops of several threads may ask at once

    def __call__(self) -> asyncio.Lock:
        import asyncio  # here, not at the top: asyncio costs sync users ~30 ms of import time

        key = weakref.ref(asyncio.get_running_loop())
        with self._guard:
            lock = self._locks.get(key)
            if lock is None:
                lock = self._locks[key] = asyncio.Lock()
            return lock


def known_secrets(auth: object) -> list[str]:
    """The secrets an auth sends (its known_secrets(), if it has one), to scrub from server text."""
    method = getattr(auth, "known_secrets", None)
    found = method() if callable(method) else []
    return [value for value in found if isinstance(value, str)]


@contextmanager
def reaching_iam(endpoint: str) -> Iterator[None]:
    """Wrap httpx failures of a call to IAM (sync or awaited inside the block)."""
    try:
        yield
    except httpx.HTTPError as exc:
        message = f"could not reach IAM at {endpoint}: {type(exc).__name__}"
        raise AuthenticationError(message) from exc


def iam_message(response: httpx.Response) -> object:
    """The message of an IAM error answer ({"error": {"message": ...}}, or a gateway's
    error_msg), or None; as sent: pass it through server_text (iam_error does)."""
    try:
        payload = response.json()
    except (ValueError, RecursionError):
        return None
    if not isinstance(payload, dict):
        return None
    error = payload.get("error")
    if isinstance(error, dict):
        return error.get("message")
    return payload.get("error_msg")


def iam_error(
    kind: type[E],
    message: str,
    response: httpx.Response,
    *,
    detail: object = None,
    secrets: Iterable[str | Secret] = (),
) -> E:
    """An error about an IAM answer: `message` (ours), then `detail` (server text: scrubbed of
    `secrets`, escaped, bounded), then the answer's request id, also kept as .request_id."""
    request_id = response.headers.get(REQUEST_ID_HEADER)
    if request_id is not None:
        request_id = server_text(request_id, secrets, 128)
    text = message
    if detail is not None and detail != "":
        text += f": {server_text(detail, secrets)}"
    if request_id:
        text += f" (request id {request_id})"
    error = kind(text)
    error.request_id = request_id
    return error


def read_iam(module: ModuleType, client: Client, response: httpx.Response) -> Any:
    """The generated model of an IAM answer (None for an undocumented status). The generated
    parser trusts the body: anything it cannot read becomes an AuthenticationError."""
    try:
        return module._parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        kind = type(exc).__name__
    # Raised outside the except block: the parser's error (quoting the body) is not chained.
    message = f"IAM sent an unreadable answer (HTTP {response.status_code}, {kind})"
    raise iam_error(AuthenticationError, message, response)
