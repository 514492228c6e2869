"""OcrClient and AsyncOcrClient: the generated per-operation methods (huaweicloud_ocr_api.api)
on top of one hand-written `_invoke` that checks input locally, sends through the generated
endpoint module, retries and turns error answers into exceptions."""

from __future__ import annotations

import functools
import importlib
import itertools
import json
import logging
import os
import re
import ssl
import sys
import time
import urllib.parse
import warnings
import weakref
import zlib
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType, TracebackType
from typing import Any, Self, TypeAlias, TypeVar

import httpx

from huaweicloud_ocr import _spec
from huaweicloud_ocr._body import FileBase64Source, ImageText, JsonImageBody, fast_base64
from huaweicloud_ocr._options import check_dependencies, check_option
from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr._transport import (
    ACCEPT_ENCODING,
    AiohttpSender,
    AnswerTooLarge,
    Attempt,
    UnknownEncoding,
    aread_body,
    end_attempt,
    guard,
    reached_server,
    read_body,
    shared_ssl_context,
    start_attempt,
)
from huaweicloud_ocr._version import __version__
from huaweicloud_ocr.auth import AkSkAuth, ProjectIdResolver
from huaweicloud_ocr.auth._iam import known_secrets, no_cookies, require_https
from huaweicloud_ocr.auth.chain import resolve_settings
from huaweicloud_ocr.errors import (
    ApiError,
    ConfigurationError,
    MissingExtraError,
    OcrError,
    RequestTimeoutError,
    TransportError,
    ValidationError,
    api_error_class,
    server_text,
)
from huaweicloud_ocr.images import ImageSource, check_url, is_url, prepare_image
from huaweicloud_ocr.retry import RetryPolicy
from huaweicloud_ocr_api.api import (
    AsyncOperations,
    AsyncRawOperations,
    Operations,
    RawOperations,
)
from huaweicloud_ocr_api.types import UNSET, Base64Image, RawResponse, ResponseInfo

T = TypeVar("T")

_log = logging.getLogger("huaweicloud_ocr")
USER_AGENT = (
    f"huaweicloud-ocr/{__version__} python/{sys.version.split()[0]} httpx/{httpx.__version__}"
)
# Requests in flight per client (and event loop), and the size of its connection pool: past a
# pool's size httpcore's per-request bookkeeping grows with every waiting request.
DEFAULT_MAX_CONCURRENCY = 64
# OCR answers are kilobytes to a few MiB (an Excel file or a portrait in Base64 at most).
DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024
# Connections per httpx pool of an AsyncOcrClient: httpcore's pool does work proportional to its
# connections times its waiting requests on every request (encode/httpcore#1035), so 64 in
# flight on one pool of 64 ran at a fifth of the rate at 8; the requests are spread over pools
# of this size instead (measured: 8 gave the best rate at 64 and 256 in flight).
_POOL_SHARD = 8
# In-memory images below this are checked (and, for AK/SK, hashed) on the event loop
# (microseconds); bigger ones, paths and file objects in a worker thread. With a token, bytes
# are checked from their header and encoded as sent, and pybase64 checks Base64 text at ~0.1
# ms per MiB: up to _INLINE_CHECKED_BYTES that stays on the loop, where a worker thread's
# round trip cost more than the check (async 1 MiB: 0.54x raw async httpx, 0.64x inline).
_INLINE_BYTES = 256 * 1024
_INLINE_CHECKED_BYTES = 4 * 1024 * 1024
# A project id goes into the URL path: "." or ".." would collapse it, "/" would change it.
_PROJECT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")

NO_PROJECT_ID = (
    "no project_id: pass project_id=, set HUAWEICLOUD_SDK_PROJECT_ID, put project_id in the "
    "[basic] section of the credentials file, or pass resolve_project_id=True"
)  # the CLI names its own flags instead


# bucket.obs.<region>.myhuaweicloud.com (or .eu), virtual-hosted or path-style
_OBS_HOST = re.compile(r"(?:.+\.)?obs\.(?P<region>[a-z0-9-]+)\.myhuaweicloud\.(?:com|eu)")


class OperationRegionWarning(UserWarning):
    """The operation is not documented as deployed in the client's region."""


class InvalidResponseError(ApiError):
    """The service's answer could not be read as the documented JSON."""


def check_project_id(project_id: str) -> str:
    if not isinstance(project_id, str) or not _PROJECT_ID.fullmatch(project_id):
        raise ConfigurationError(
            f"project_id {str(project_id)[:80]!r} is not a project id "
            "(rule: 1 to 64 letters, digits, '_' or '-')"
        )
    return project_id


# _Wait, _Done and _Prepared are plain classes: made on every call, where a frozen dataclass's
# __init__ costs a few µs more, and each dataclass costs ~0.4 ms of import time.
class _Wait:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class _Done:
    """An attempt that got an answer (not an error status)."""

    __slots__ = ("attempts", "body", "response")

    def __init__(self, response: httpx.Response, body: bytes, attempts: int) -> None:
        self.response, self.body, self.attempts = response, body, attempts


# What carries an AsyncOcrClient's requests on one event loop.
_AsyncHttp: TypeAlias = "httpx.AsyncClient | _Shards | AiohttpSender"


class _ClientCore:
    def __init__(
        self,
        region: str | None = None,
        *,
        endpoint: str | None = None,
        auth: httpx.Auth | None = None,
        ak: str | None = None,
        sk: str | Secret | None = None,
        security_token: str | Secret | None = None,
        token: str | Secret | None = None,
        project_id: str | None = None,
        resolve_project_id: bool = False,
        timeout: float | httpx.Timeout = 60.0,
        retry: RetryPolicy | None = None,
        verify: bool | str = True,
        allow_insecure_http: bool = False,
        max_answer_bytes: int = DEFAULT_MAX_ANSWER_BYTES,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        app_name: str | None = None,
        http_client: Any = None,
        httpx_args: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        http_backend: str = "httpx",
    ) -> None:
        # Wrapped first: a traceback of any check below records this frame with its locals.
        sk = Secret(sk) if isinstance(sk, str) else sk
        token = Secret(token) if isinstance(token, str) else token
        security_token = (
            Secret(security_token) if isinstance(security_token, str) else security_token
        )
        # What repr() reads, set before anything can fail (a traceback renders this object).
        self.region, self.endpoint, self.auth, self._project_id = region, endpoint, auth, None
        known_regions = _spec.regions()
        settings = resolve_settings(
            region=region,
            endpoint=endpoint,
            auth=auth,
            token=token,
            ak=ak,
            sk=sk,
            security_token=security_token,
            project_id=project_id,
            env=env,
            default_region=_spec.default_region(),
        )
        region = settings.region
        if region is not None and region not in known_regions:
            raise ConfigurationError(
                f"region {region!r} is not a documented OCR region ({', '.join(known_regions)}); "
                "pass endpoint= for another endpoint"
            )
        self.region = region
        base_url = endpoint or _spec.endpoint_for(str(self.region))
        require_https(base_url, allow_insecure_http, "endpoint")
        self.endpoint = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        if max_answer_bytes < 1:
            raise ConfigurationError(f"max_answer_bytes must be >= 1, not {max_answer_bytes}")
        self.max_answer_bytes = max_answer_bytes
        if max_concurrency < 1:
            raise ConfigurationError(f"max_concurrency must be >= 1, not {max_concurrency}")
        self.max_concurrency = max_concurrency
        if app_name is not None:
            _check_header("User-Agent", app_name)
        self.user_agent = f"{USER_AGENT} {app_name}" if app_name else USER_AGENT

        self.auth = auth = settings.auth
        found_project = settings.project_id
        self._project_id = None if found_project is None else check_project_id(found_project)
        self._resolver: ProjectIdResolver | None = None
        if self._project_id is None and resolve_project_id:
            if self.region is None:
                raise ConfigurationError("resolve_project_id needs a region")
            self._resolver = ProjectIdResolver(auth, self.region)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._verify = verify
        self._httpx_args = _checked_httpx_args(httpx_args or {})
        if http_client is not None and httpx_args:
            raise ConfigurationError("pass http_client or httpx_args, not both")
        self._own_http = http_client  # the caller's: used as it is, never closed by us
        self._sync_http: httpx.Client | None = None
        # One httpx.AsyncClient per event loop: its connections and locks belong to the loop
        # they were made in. Weak keys: a finished loop is not kept alive.
        self._async_http: weakref.WeakKeyDictionary[Any, tuple[_AsyncHttp, Any]] = (
            weakref.WeakKeyDictionary()
        )
        if http_client is not None:
            guard(http_client)  # the deadline, stray-byte and retry bookkeeping apply to it too
        self._aiohttp = self._wants_aiohttp(http_backend, http_client)
        self._closed = False

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region={self.region!r}, endpoint={self.endpoint!r}, "
            f"auth={self.auth!r}, project_id={self._project_id!r})"
        )

    # -- the HTTP clients ----------------------------------------------------------------------
    def _client_args(self) -> dict[str, Any]:
        """httpx_args merged with what the client needs (conflicts were refused at
        construction): its headers join ours, its limits default to max_concurrency."""
        given = dict(self._httpx_args)
        headers = {**dict(given.pop("headers", {}) or {}), **self._headers()}
        limit = self.max_concurrency
        given.setdefault(
            "limits", httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
        )
        verify: Any = self._verify
        if isinstance(verify, bool) and "cert" not in given:  # cert= would change the context
            verify = shared_ssl_context(verify, bool(given.get("trust_env", True)))
        return {
            **given,
            "base_url": self.endpoint,
            "auth": self.auth,
            "timeout": self._timeout,
            "verify": verify,
            "follow_redirects": False,  # a signed request and its credentials stay with us
            "cookies": no_cookies(),
            "headers": headers,
        }

    def _headers(self) -> dict[str, str]:
        return {"Accept-Encoding": ACCEPT_ENCODING, "User-Agent": self.user_agent}

    def _sync_client(self) -> httpx.Client:
        self._check_open()
        if isinstance(self._own_http, httpx.Client):
            return self._own_http
        if self._own_http is not None:
            raise ConfigurationError("http_client of an OcrClient must be an httpx.Client")
        if self._sync_http is None:
            client = httpx.Client(**self._client_args())
            guard(client)
            client._cookies = _NoCookies()
            self._sync_http = client
        return self._sync_http

    def _wants_aiohttp(self, backend: str, http_client: Any) -> bool:
        """Whether async requests go through aiohttp (AiohttpSender) rather than httpx's pool:
        "aiohttp" asks for it (the `aiohttp` extra), "auto" takes it when installed. Where the
        request would need what only httpx does here (the caller's http_client or transport, a
        proxy, a client certificate), httpx is used: for "aiohttp" that is an error."""
        if backend not in ("httpx", "aiohttp", "auto"):
            raise ConfigurationError(
                f"http_backend {str(backend)[:40]!r} is not one of 'httpx', 'aiohttp', 'auto'"
            )
        if backend == "httpx" or not isinstance(self, AsyncOcrClient):
            if backend == "aiohttp":
                raise ConfigurationError("http_backend='aiohttp' is for AsyncOcrClient")
            return False
        needs_httpx = [name for name in ("transport", "proxy", "mounts", "cert", "http2")]
        needs_httpx = [name for name in needs_httpx if self._httpx_args.get(name)]
        if http_client is not None:
            needs_httpx.append("http_client")
        if self._httpx_args.get("trust_env", True) and _env_proxy(str(self.endpoint)):
            needs_httpx.append("a proxy from the environment")
        if backend == "aiohttp" and needs_httpx:
            raise ConfigurationError(
                f"http_backend='aiohttp' cannot be used with {', '.join(needs_httpx)}; "
                "use http_backend='httpx'"
            )
        try:
            import aiohttp  # noqa: F401
        except ImportError:
            if backend == "auto":
                return False
            raise MissingExtraError("aiohttp", "aiohttp", "http_backend='aiohttp'") from None
        return not needs_httpx

    def _new_aiohttp_sender(self) -> AiohttpSender:
        args = self._client_args()
        limits: httpx.Limits = args["limits"]
        verify = args["verify"]
        context = verify if isinstance(verify, ssl.SSLContext) else shared_ssl_context(True)
        if isinstance(verify, str):  # a CA bundle path: as httpx reads it
            context = httpx.create_ssl_context(verify=verify)
        return AiohttpSender(limits.max_connections or 100, context, limits.keepalive_expiry)

    @functools.cached_property
    def _aiohttp_headers(self) -> httpx.Headers:
        """What an httpx.AsyncClient of this client would send by default (its Accept, then the
        client's headers), so that both backends send and sign the same headers."""
        headers = httpx.Headers({"Accept": "*/*"})
        headers.update(self._client_args()["headers"])
        return headers

    def _new_async_client(self, limit: int | None = None) -> httpx.AsyncClient:
        args = self._client_args()
        if limit is not None:
            args["limits"] = httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
        client = httpx.AsyncClient(**args)
        guard(client)
        client._cookies = _NoCookies()
        return client

    def _new_async_clients(self) -> httpx.AsyncClient | _Shards:
        """The httpx side for one event loop: one client when the caller set its limits, else
        pools of _POOL_SHARD connections sharing max_concurrency (_Shards)."""
        if "limits" in self._httpx_args or self.max_concurrency <= _POOL_SHARD:
            return self._new_async_client()
        count = -(-self.max_concurrency // _POOL_SHARD)
        return _Shards(functools.partial(self._new_async_client, _POOL_SHARD), count)

    def _async_client(self) -> tuple[_AsyncHttp, Any]:
        """This event loop's client and the semaphore bounding its requests in flight."""
        self._check_open()
        import asyncio  # here, not at the top: asyncio costs sync users ~30 ms of import time

        loop = asyncio.get_running_loop()
        found = self._async_http.get(loop)
        if found is None:
            client: _AsyncHttp
            if isinstance(self._own_http, httpx.AsyncClient):
                client = self._own_http
            elif self._own_http is not None:
                raise ConfigurationError(
                    "http_client of an AsyncOcrClient must be an httpx.AsyncClient"
                )
            elif self._aiohttp:
                client = self._new_aiohttp_sender()
            else:
                client = self._new_async_clients()
            found = self._async_http.setdefault(
                loop, (client, asyncio.Semaphore(self.max_concurrency))
            )
        return found

    def _check_open(self) -> None:
        if self._closed:
            raise ConfigurationError(f"this {type(self).__name__} is closed; make a new one")

    # -- building the request ------------------------------------------------------------------
    def _warn_region(self, spec: _spec.OperationSpec) -> None:
        if self.region is not None and self.region not in spec["regions"]:
            warnings.warn(
                f"{spec['summary']} is documented in {', '.join(spec['regions'])}, "
                f"not in {self.region}; the call may fail",
                OperationRegionWarning,
                stacklevel=4,
            )

    def _check_obs_region(self, url: str) -> str:
        """The appendix's rule (seed 002 §7.3, `x-obs-same-region` on the url field): an OBS
        bucket must be in the OCR endpoint's region, so an OBS URL naming another region is
        refused before it is sent (the service could not read it)."""
        # urlsplit, not httpx.URL: a URL of any length is the service's to judge
        found = _OBS_HOST.fullmatch(urllib.parse.urlsplit(url).hostname or "")
        if found and self.region is not None and found["region"] != self.region:
            raise ValidationError(
                "url",
                f"is an OBS URL in {found['region']}, the client is in {self.region}",
                "an OBS URL must be in the same region as the OCR endpoint",
            )
        return url

    def _body(
        self,
        spec: _spec.OperationSpec,
        body_type: type[Any],
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        extra_body: Mapping[str, Any] | None,
    ) -> tuple[Any, ImageText | None]:
        field = spec["image_field"]
        if isinstance(image, str) and is_url(image):
            image, url = (None, image) if url is None else (image, url)
        if image is not None and url is not None:
            raise ValidationError(
                f"{field}/url", "both are given", f"set exactly one of {field} and url"
            )
        values: dict[str, Any] = {}
        image_text: ImageText | None = None
        if image is not None:
            image_text = prepare_image(image, spec["image_constraints"], field)
            values[field] = ""  # a placeholder: the Base64 text is spliced in when sending
        elif url is not None:
            values["url"] = self._check_obs_region(check_url(url))
        else:
            raise ValidationError(
                f"{field}/url", "neither is given", f"set exactly one of {field} and url"
            )
        for name, value in options.items():
            if value is UNSET or value is None:
                continue
            values[name] = check_option(spec, name, value)
        check_dependencies(spec, {k: v for k, v in values.items() if k not in (field, "url")})
        for name in extra_body or {}:
            if name in (field, "url"):
                raise ValidationError(
                    "extra_body", f"sets {name!r}", f"pass the image as {field}= or url="
                )
        try:
            return body_type.from_dict({**(extra_body or {}), **values}), image_text
        except (TypeError, ValueError, KeyError) as exc:
            raise ValidationError(
                body_type.__name__, str(exc), "the documented request body"
            ) from None

    def _request(
        self,
        operation: str,
        body_type: type[Any],
        project_id: str,
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[_spec.OperationSpec, _Prepared]:
        spec = _spec.operation(operation)
        self._warn_region(spec)
        model, image_text = self._body(spec, body_type, image, url, options, extra_body)
        module = _endpoint_module(spec)
        given = {k: v for k, v in headers.items() if v is not None}
        for name, value in {**given, **(extra_headers or {})}.items():
            _check_header(name, value)
        header_args = {k.lower().replace("-", "_"): v for k, v in given.items()}
        kwargs: dict[str, Any] = module._get_kwargs(
            project_id=project_id, body=model, **header_args
        )
        kwargs["headers"] = {**self._headers(), **kwargs["headers"], **(extra_headers or {})}
        payload: dict[str, Any] = kwargs.pop("json")
        if image_text is None:
            body = JsonImageBody(_dumps(payload), None, b"")
        else:  # {"image":" + Base64 + ", ...the other members}
            field = spec["image_field"]
            del payload[field]
            rest = _dumps(payload)
            tail = b'"}' if rest == b"{}" else b'",' + rest[1:]
            body = JsonImageBody(b'{"' + field.encode() + b'":"', image_text, tail)
        url = self.endpoint + kwargs["url"]  # absolute: a caller's http_client has no base_url
        return spec, _Prepared(kwargs["method"], url, kwargs["headers"], body)

    # -- one attempt ---------------------------------------------------------------------------
    def _timeouts(self, attempt: Attempt) -> dict[str, float | None]:
        """The client's timeouts, none longer than the time left to the call's deadline (the
        guarded transport also cuts each socket wait at the deadline)."""
        left = attempt.time_left()
        configured = self._timeout.as_dict()
        if left is None:
            return configured
        left = max(left, 0.001)
        return {k: left if v is None else min(v, left) for k, v in configured.items()}

    # -- reading the answer --------------------------------------------------------------------
    def _api_error(
        self, status: int, headers: httpx.Headers, body: bytes, attempts: int
    ) -> ApiError:
        code = message = None
        try:
            payload = _loads(body)
        except (ValueError, RecursionError):  # RecursionError: JSON nested ~1000 deep
            payload = None
        if isinstance(payload, dict):
            result = payload.get("result")
            # The codes inside "result" when they are there; else at the top, beside any result.
            inner: dict[str, Any] = payload
            if isinstance(result, dict) and ("error_code" in result or "error_msg" in result):
                inner = result
            if isinstance(payload.get("error"), dict):  # IAM's format
                iam = payload["error"]
                inner = {"error_code": iam.get("code"), "error_msg": iam.get("message")}
            code = inner.get("error_code")
            message = inner.get("error_msg")
        if code is None and message is None:
            text = body[:200].decode("utf-8", "replace").strip()
            message = f"non-JSON answer: {text!r}" if text else "empty answer"
        doc = _spec.error_code(str(code) if code is not None else None)
        return api_error_class(status)(
            status,
            None if code is None else str(code),
            None if message is None else str(message),
            request_id=headers.get(_spec.request_id_header()),
            cause=doc["description"] if doc else None,
            solution=doc["solution"] if doc else None,
            attempts=attempts,
            secrets=known_secrets(self.auth),
        )

    def _result(
        self,
        spec: _spec.OperationSpec,
        response: httpx.Response,
        body: bytes,
        result_type: type[T],
        attempts: int,
    ) -> T:
        status = response.status_code
        request_id = response.headers.get(_spec.request_id_header())

        def invalid(problem: str) -> InvalidResponseError:
            return InvalidResponseError(
                status, None, problem, request_id=request_id, attempts=attempts
            )

        if 300 <= status < 400:
            # Never followed: the signed request and its credentials would go elsewhere.
            where = response.headers.get("Location", "").partition("?")[0][:200]
            raise invalid(f"redirect to {where!r} not followed (the client never follows them)")
        if status != spec["success_status"]:
            raise invalid("not the documented result")
        try:
            data = _loads(body)
        except (ValueError, RecursionError) as exc:
            raise invalid(f"unreadable answer ({type(exc).__name__})") from None
        if not isinstance(data, dict):
            raise invalid("not the documented result")
        if data.get("result") is None:
            # The documents: result "is not included when the API fails to be called".
            if "error_code" in data or "error_msg" in data:
                raise self._api_error(status, response.headers, body, attempts)
            raise invalid("the answer has no result")
        try:
            return result_type.from_dict(data)  # type: ignore[attr-defined, no-any-return]
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise invalid(f"unreadable answer ({type(exc).__name__})") from None

    def _failure(
        self,
        attempt_no: int,
        attempt: Attempt,
        response: httpx.Response | None,
        body: bytes | None,
        exc: Exception | None,
    ) -> tuple[OcrError, bool, str | None]:
        """The error to raise for a failed attempt, whether to retry, and the Retry-After hint."""
        request_id = None if response is None else response.headers.get(_spec.request_id_header())
        if exc is None and response is not None and body is not None:
            error = self._api_error(response.status_code, response.headers, body, attempt_no)
            retry = self.retry.should_retry_status(response.status_code, error.error_code)
            return error, retry, response.headers.get("Retry-After")
        assert exc is not None
        status = 0 if response is None else response.status_code
        if isinstance(exc, AnswerTooLarge):
            return (
                InvalidResponseError(
                    status,
                    None,
                    f"the answer is larger than {self.max_answer_bytes} bytes (max_answer_bytes)",
                    request_id=request_id,
                    attempts=attempt_no,
                ),
                False,
                None,
            )
        if isinstance(exc, UnknownEncoding | zlib.error):
            problem = (
                f"an answer in an encoding not asked for ({str(exc)[:40]!r})"
                if isinstance(exc, UnknownEncoding)
                else "an answer whose compression is broken"
            )
            error = InvalidResponseError(
                status, None, problem, request_id=request_id, attempts=attempt_no
            )
            return error, False, None
        name = type(exc).__name__
        # The headers may have come before the failure (a body cut short or too slow).
        seen = f" (request id {request_id})" if request_id else ""
        left = attempt.time_left()
        if isinstance(exc, httpx.TimeoutException):
            why = (
                f"the call's deadline of {self.retry.deadline:g} s"
                if left is not None and left <= 0
                else name
            )
            if isinstance(exc, httpx.PoolTimeout):
                why = (
                    f"no free connection in this client's own pool (max_concurrency="
                    f"{self.max_concurrency}) within the pool timeout"
                )
            wrapped: OcrError = RequestTimeoutError(
                f"{why} after {attempt_no} attempt(s) to {self.endpoint}{seen}"
            )
        else:
            detail = server_text(exc, known_secrets(self.auth), limit=200)
            wrapped = TransportError(
                f"{name} after {attempt_no} attempt(s) to {self.endpoint}: {detail}{seen}"
            )
        wrapped.request_id = request_id
        retry = not reached_server(exc, attempt) or self.retry.retry_after_send
        return wrapped, retry, None

    def _settle(
        self,
        spec: _spec.OperationSpec,
        result_type: type[T],
        attempt_no: int,
        attempt: Attempt,
        response: httpx.Response | None,
        body: bytes | None,
        exc: Exception | None,
    ) -> _Done | _Wait:
        """After an attempt: the answer, or the wait before the next attempt; or raise. The one
        retry decision, shared by the sync and async clients."""
        ok = response is not None and response.status_code < 400
        if exc is None and ok and body is not None:
            assert response is not None
            if _log.isEnabledFor(logging.DEBUG):  # its arguments cost a header lookup
                _log.debug(
                    "%s attempt %d: HTTP %d, request id %s, %.3f s",
                    spec["operation_id"],
                    attempt_no,
                    response.status_code,
                    response.headers.get(_spec.request_id_header()),
                    time.monotonic() - attempt.started,
                )
            return _Done(response, body, attempt_no)
        error, retry, retry_after = self._failure(attempt_no, attempt, response, body, exc)
        code = getattr(error, "error_code", None)
        _log.debug(
            "%s attempt %d: %s%s, request id %s, %.3f s",
            spec["operation_id"],
            attempt_no,
            type(error).__name__,
            f" {code}" if code else "",
            error.request_id,
            time.monotonic() - attempt.started,
        )
        wait = self._wait(attempt_no, attempt.deadline, retry_after) if retry else None
        if wait is None:
            raise error from exc
        _log.info(
            "%s: retrying in %.2f s after %s%s (attempt %d of %d)",
            spec["operation_id"],
            wait,
            type(error).__name__,
            f" {code}" if code else "",
            attempt_no,
            self.retry.max_attempts,
        )
        return _Wait(wait)

    def _answer(
        self,
        spec: _spec.OperationSpec,
        result_type: type[T],
        done: _Done,
        started: float,
    ) -> tuple[ResponseInfo, Callable[[], T]]:
        """What every answer carries, and how to parse it (now, or on RawResponse.parse())."""
        response = done.response
        info = ResponseInfo(
            status_code=response.status_code,
            headers=dict(response.headers.items()),
            request_id=response.headers.get(_spec.request_id_header()),
            elapsed=time.monotonic() - started,
            attempts=done.attempts,
        )

        def parse() -> T:
            result = self._result(spec, response, done.body, result_type, done.attempts)
            result._response = info  # type: ignore[attr-defined]  # every answer model has it
            return result

        return info, parse

    def _wait(self, attempt: int, deadline: float | None, retry_after: str | None) -> float | None:
        """Seconds to sleep before the next attempt, or None to give up."""
        if attempt >= self.retry.max_attempts:
            return None
        wait = self.retry.backoff(attempt, retry_after)
        if deadline is not None and time.monotonic() + wait >= deadline:
            return None
        return wait


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: asyncio costs sync users ~30 ms of import time

    await asyncio.sleep(seconds)


# httpx arguments the client sets itself, and what to use instead.
_OWN_HTTPX_ARGS = {
    "base_url": "endpoint=",
    "auth": "auth=",
    "timeout": "timeout=",
    "verify": "verify=",
    "follow_redirects": "nothing: redirects are never followed (credentials stay with us)",
    "cookies": "nothing: no cookies are kept or sent",
}


# Headers the client sets on every request itself.
_OWN_HEADERS = {
    "accept-encoding": "nothing: the client decodes answers itself",
    "user-agent": "app_name=",
}


def _checked_httpx_args(args: Mapping[str, Any]) -> dict[str, Any]:
    """httpx_args as given, or a ConfigurationError now (not at the first request) naming the
    argument that conflicts with what the client sets."""
    for name in args:
        if name in _OWN_HTTPX_ARGS:
            raise ConfigurationError(
                f"httpx_args[{name!r}] is set by the client; use {_OWN_HTTPX_ARGS[name]}"
            )
    for header in dict(args.get("headers") or {}):
        if header.lower() in _OWN_HEADERS:
            raise ConfigurationError(
                f"httpx_args['headers'][{header!r}] is set by the client; use "
                f"{_OWN_HEADERS[header.lower()]}"
            )
    return dict(args)


# RFC 9110: a header name is a token; a value is visible ASCII with inner spaces or tabs.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[ \t]*[\x21-\x7e])*)?")
# The client frames and addresses every request itself.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding", "host", "connection"})


def _check_header(name: object, value: object) -> None:
    """A header goes on the wire as ASCII text on one line: anything else is refused before a
    connection is made, naming the header."""
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
        raise ValidationError(
            "extra_headers", f"{str(name)[:60]!r} cannot be a header name", "an RFC 9110 token"
        )
    if name.lower() in _FRAMING_HEADERS:
        raise ValidationError(name, "is set by the client", "leave it to the client")
    if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
        raise ValidationError(
            name,
            f"{str(value)[:60]!r} cannot be a header value",
            "printable ASCII on one line, no spaces at either end",
        )


def _env_proxy(endpoint: str) -> bool:
    """Whether the environment (HTTPS_PROXY, ALL_PROXY...) sends requests to `endpoint` through
    a proxy, as httpx reads it."""
    import urllib.request  # here: its import (http.client, email) costs ~20 ms at startup

    host = httpx.URL(endpoint).host
    proxies = urllib.request.getproxies()
    wanted = any(proxies.get(name) for name in ("http", "https", "all"))
    bypass: Callable[[str, dict[str, str]], bool] = getattr(  # noqa: B009 - not in typeshed
        urllib.request, "proxy_bypass_environment"
    )
    return wanted and not bypass(host, proxies)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _loads(body: bytes) -> Any:
    """Strict JSON: NaN and Infinity (which Python's json takes) are refused."""
    return json.loads(body, parse_constant=_refuse_constant)


def _dumps(payload: dict[str, Any]) -> bytes:
    # As httpx encodes json=: compact, UTF-8, no NaN.
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


class _Prepared:
    """A checked request, built anew for each attempt (a fresh X-Sdk-Date for each signature);
    the body is re-iterable and keeps its SHA-256, so a retry hashes nothing again."""

    __slots__ = ("body", "headers", "method", "url")

    def __init__(self, method: str, url: str, headers: dict[str, str], body: JsonImageBody) -> None:
        self.method, self.url, self.headers, self.body = method, url, headers, body

    def build(
        self, http: httpx.Client | httpx.AsyncClient, timeouts: dict[str, float | None]
    ) -> httpx.Request:
        return self.build_with(http.headers, http.params, timeouts)

    def build_with(
        self,
        base_headers: httpx.Headers,
        params: httpx.QueryParams | None,
        timeouts: dict[str, float | None],
    ) -> httpx.Request:
        # What http.build_request would merge in (the client's default headers and query
        # parameters; the URL is absolute already), built once with the streamed body: a
        # Request made with stream= gets no automatic headers, so Host and Content-Length are
        # set here as httpx would set them. No cookies: a caller's http_client may keep some.
        url = httpx.URL(self.url, params=params) if params else _url(self.url)
        # Merged by lower-case name in a dict, then made into Headers once: Headers' own
        # update/pop/contains scan and re-encode the list each time (~27 µs a call, now ~10).
        merged: dict[bytes, list[tuple[bytes, bytes]]] = {}
        for key, value in base_headers.raw:
            merged.setdefault(key.lower(), []).append((key, value))
        for name, text in self.headers.items():  # ASCII, as httpx encodes them (checked before)
            key = name.encode("ascii")
            merged[key.lower()] = [(key, text.encode("ascii"))]
        merged.pop(b"cookie", None)
        merged[b"content-length"] = [(b"Content-Length", str(self.body.length).encode())]
        host = merged.pop(b"host", None) or [(b"Host", url.netloc)]
        headers = httpx.Headers([*host, *itertools.chain.from_iterable(merged.values())])
        return httpx.Request(
            self.method, url, headers=headers, stream=self.body, extensions={"timeout": timeouts}
        )

    def heavy(self) -> bool:
        """Whether getting the body ready costs real time (file I/O, big buffers)."""
        image = self.body.image
        return isinstance(image, FileBase64Source) or self.body.length > _INLINE_BYTES


@functools.lru_cache(maxsize=256)
def _url(text: str) -> httpx.URL:
    """httpx.URL(text), parsed once: a client sends to a handful of URLs (one per operation and
    project), and an httpx.URL is immutable."""
    return httpx.URL(text)


def _endpoint_module(spec: _spec.OperationSpec) -> ModuleType:
    # sys.modules first: import_module costs ~5 µs a call even for a module already loaded.
    return sys.modules.get(spec["module"]) or importlib.import_module(spec["module"])


# What one attempt can fail with, besides an answer: the network, a too-big or badly encoded
# answer. (A ValidationError from the body itself, a file changed while sent, is not retried.)
_ATTEMPT_FAILURES = (httpx.HTTPError, AnswerTooLarge, UnknownEncoding, zlib.error)


def _is_heavy_source(image: ImageSource | None, signed: bool) -> bool:
    """Paths and file objects mean file I/O; big buffers mean milliseconds of checks, or of
    hashing when the request is `signed` (AK/SK)."""
    if image is None or (isinstance(image, str) and is_url(image)):
        return False
    if isinstance(image, str | os.PathLike) or hasattr(image, "read"):
        return True
    light = _INLINE_BYTES if signed else _INLINE_CHECKED_BYTES
    if isinstance(image, Base64Image):
        return len(image.text) > (light if fast_base64() is not None else _INLINE_BYTES)
    if isinstance(image, bytes):
        return len(image) > light
    if isinstance(image, bytearray | memoryview):  # copied before the checks
        return len(image) > _INLINE_BYTES
    return True


class OcrClient(_ClientCore, Operations):
    """Synchronous client: one method per operation (recognize_passport, recognize_id_card, ...).

    >>> with OcrClient("ap-southeast-1") as ocr:          # credentials from env or profile
    ...     result = ocr.recognize_general_text("page.png")
    """

    def project_id(self) -> str:
        if self._project_id is None and self._resolver is not None:
            self._project_id = check_project_id(self._resolver.resolve())
        if self._project_id is None:
            raise ConfigurationError(NO_PROJECT_ID)
        return self._project_id

    def _invoke(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        *,
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> T:
        args = (image, url, options, headers, extra_body, extra_headers)
        return self._call(operation, body_type, result_type, *args)[1]()

    def _invoke_raw(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        *,
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> RawResponse[T]:
        args = (image, url, options, headers, extra_body, extra_headers)
        info, parse, body = self._call(operation, body_type, result_type, *args)
        return RawResponse(info, body, parse)

    def _call(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[ResponseInfo, Callable[[], T], bytes]:
        started = time.monotonic()
        http = self._sync_client()
        spec, prepared = self._request(
            operation,
            body_type,
            self.project_id(),
            image,
            url,
            options,
            headers,
            extra_body,
            extra_headers,
        )
        deadline = started + self.retry.deadline
        attempt_no = 0
        while True:
            attempt_no += 1
            attempt, token = start_attempt(deadline)
            response: httpx.Response | None = None
            body: bytes | None = None
            exc: Exception | None = None
            try:
                # Sent streamed, then read: a body that fails still leaves the headers.
                request = prepared.build(http, self._timeouts(attempt))
                response = http.send(request, stream=True, auth=self.auth, follow_redirects=False)
                try:
                    body = read_body(response, self.max_answer_bytes)
                finally:
                    response.close()
            except _ATTEMPT_FAILURES as caught:
                exc = caught
            finally:
                end_attempt(token)
            step = self._settle(spec, result_type, attempt_no, attempt, response, body, exc)
            if isinstance(step, _Done):
                return (*self._answer(spec, result_type, step, started), step.body)
            time.sleep(step.seconds)

    @functools.cached_property
    def with_raw_response(self) -> RawOperations:
        """The same methods, each returning the answer as received (RawResponse)."""
        return _SyncRaw(self)

    def close(self) -> None:
        self._closed = True
        if self._sync_http is not None:  # never built: nothing to close (no TLS setup)
            self._sync_http.close()  # a caller's http_client stays open: it is theirs

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncOcrClient(_ClientCore, AsyncOperations):
    """Asynchronous client: the same methods as OcrClient, as coroutines.

    `request_gate`, when set, is awaited right before each request goes out (every attempt,
    after the image is read and checked): a rate limit there counts what the service receives.

    `http_backend="aiohttp"` (the `aiohttp` extra) sends through aiohttp, about twice httpx's
    rate and steady at 64-256 requests in flight; `"auto"` takes it when installed. The
    default, httpx, spreads the requests over pools of 8 connections (`_Shards`).
    """

    request_gate: Callable[[], Awaitable[None]] | None = None

    async def project_id(self) -> str:
        if self._project_id is None and self._resolver is not None:
            self._project_id = check_project_id(await self._resolver.aresolve())
        if self._project_id is None:
            raise ConfigurationError(NO_PROJECT_ID)
        return self._project_id

    async def _invoke(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        *,
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> T:
        args = (image, url, options, headers, extra_body, extra_headers)
        return (await self._call(operation, body_type, result_type, *args))[1]()

    async def _invoke_raw(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        *,
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> RawResponse[T]:
        args = (image, url, options, headers, extra_body, extra_headers)
        info, parse, body = await self._call(operation, body_type, result_type, *args)
        return RawResponse(info, body, parse)

    async def _call(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[ResponseInfo, Callable[[], T], bytes]:
        started = time.monotonic()
        http, slots = self._async_client()
        project_id = await self.project_id()

        def prepare() -> tuple[_spec.OperationSpec, _Prepared]:
            found = self._request(
                operation,
                body_type,
                project_id,
                image,
                url,
                options,
                headers,
                extra_body,
                extra_headers,
            )
            if isinstance(self.auth, AkSkAuth) and found[1].heavy():
                found[1].body.sha256_hexdigest()  # the signing pass, here rather than on the loop
            return found

        if _is_heavy_source(image, isinstance(self.auth, AkSkAuth)):
            import asyncio

            spec, prepared = await asyncio.to_thread(prepare)
        else:
            spec, prepared = prepare()
        deadline = started + self.retry.deadline
        attempt_no = 0
        while True:
            attempt_no += 1
            attempt, token = start_attempt(deadline)
            response: httpx.Response | None = None
            body: bytes | None = None
            exc: Exception | None = None
            try:
                # At most max_concurrency requests of this client in flight on this loop: past
                # its pool size httpcore's bookkeeping grows with every waiting request.
                async with slots:
                    if self.request_gate is not None:  # e.g. the batch's shared rate limit
                        await self.request_gate()
                    if isinstance(http, AiohttpSender):
                        request = prepared.build_with(
                            self._aiohttp_headers, None, self._timeouts(attempt)
                        )
                        try:
                            response, body = await http.send(
                                request, self.auth, self.max_answer_bytes
                            )
                        except _ATTEMPT_FAILURES as failed:
                            # An answer's headers may have come: its request id is reported.
                            response = getattr(failed, "partial_response", None)
                            raise
                    else:
                        shards = http if isinstance(http, _Shards) else None
                        shard = 0 if shards is None else shards.acquire()
                        pool = http if shards is None else shards.clients[shard]
                        assert isinstance(pool, httpx.AsyncClient)
                        try:
                            request = prepared.build(pool, self._timeouts(attempt))
                            response = await pool.send(
                                request, stream=True, auth=self.auth, follow_redirects=False
                            )
                            try:
                                body = await aread_body(response, self.max_answer_bytes)
                            finally:
                                await response.aclose()
                        finally:
                            if shards is not None:
                                shards.release(shard)
            except _ATTEMPT_FAILURES as caught:
                exc = caught
            finally:
                end_attempt(token)
            step = self._settle(spec, result_type, attempt_no, attempt, response, body, exc)
            if isinstance(step, _Done):
                return (*self._answer(spec, result_type, step, started), step.body)
            await _async_sleep(step.seconds)

    @functools.cached_property
    def with_raw_response(self) -> AsyncRawOperations:
        """The same coroutines, each returning the answer as received (RawResponse)."""
        return _AsyncRaw(self)

    async def aclose(self) -> None:
        """Close the client. Connections made in other event loops end with those loops."""
        self._closed = True
        import asyncio

        found = self._async_http.pop(asyncio.get_running_loop(), None)
        if found is not None and found[0] is not self._own_http:  # the caller's stays open
            await found[0].aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class _NoCookies(httpx.Cookies):
    """The cookies of the client's own httpx clients: none. The jar (no_cookies) refuses every
    cookie anyway; this also skips httpx's reading of each answer for them, which builds a
    urllib Request per answer (~0.1 ms of a ~0.6 ms call)."""

    def __init__(self) -> None:
        super().__init__(no_cookies())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


class _Shards:
    """Several httpx clients (each a pool of _POOL_SHARD connections) serving one AsyncOcrClient
    on one event loop. A request goes to the least busy pool; a pool is made only when every
    one made so far is full, so a client that never has more than 8 requests in flight makes
    one (and a new client costs one httpx client, not max_concurrency / 8). As the client's
    semaphore keeps the requests in flight within the pools' total, the pool chosen always has
    a free connection."""

    def __init__(self, make: Callable[[], httpx.AsyncClient], count: int) -> None:
        self.make, self.count = make, count
        self.clients: list[httpx.AsyncClient] = []
        self.load: list[int] = []

    def acquire(self) -> int:
        shard = self.load.index(min(self.load)) if self.load else -1
        if shard < 0 or (self.load[shard] >= _POOL_SHARD and len(self.clients) < self.count):
            self.clients.append(self.make())
            self.load.append(0)
            shard = len(self.clients) - 1
        self.load[shard] += 1
        return shard

    def release(self, shard: int) -> None:
        self.load[shard] -= 1

    async def aclose(self) -> None:
        for client in self.clients:
            await client.aclose()


class _SyncRaw(RawOperations):
    """client.with_raw_response: the generated raw methods over the client's own call."""

    def __init__(self, client: OcrClient) -> None:
        self._client = client

    def _invoke_raw(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._invoke_raw(*args, **kwargs)


class _AsyncRaw(AsyncRawOperations):
    def __init__(self, client: AsyncOcrClient) -> None:
        self._client = client

    async def _invoke_raw(self, *args: Any, **kwargs: Any) -> Any:
        return await self._client._invoke_raw(*args, **kwargs)
