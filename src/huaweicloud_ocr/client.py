"""OcrClient and AsyncOcrClient: the generated per-operation methods (huaweicloud_ocr_api.api)
on top of one hand-written `_invoke` that checks input locally, sends through the generated
endpoint module, retries and turns error answers into exceptions."""

from __future__ import annotations

import importlib
import json
import time
import warnings
from collections.abc import Mapping
from types import ModuleType, TracebackType
from typing import Any, Self, TypeVar

import attrs
import httpx

from huaweicloud_ocr import _spec
from huaweicloud_ocr._body import ImageText, JsonImageBody
from huaweicloud_ocr._options import check_option
from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr.auth import ProjectIdResolver, TokenAuth, resolve_credentials
from huaweicloud_ocr.auth._iam import REQUEST_ID_HEADER, require_https
from huaweicloud_ocr.auth.chain import ENV_PROJECT_ID
from huaweicloud_ocr.errors import (
    ApiError,
    ConfigurationError,
    OcrError,
    RequestTimeoutError,
    TransportError,
    ValidationError,
    api_error_class,
)
from huaweicloud_ocr.images import ImageSource, check_url, is_url, prepare_image
from huaweicloud_ocr.retry import RetryPolicy
from huaweicloud_ocr_api.api import AsyncOperations, Operations
from huaweicloud_ocr_api.client import Client
from huaweicloud_ocr_api.types import UNSET

T = TypeVar("T")
# Connection failures where the request cannot have been processed, or the connection dropped.
_RETRYABLE_TRANSPORT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    httpx.WriteError,
)


NO_PROJECT_ID = (
    "no project_id: pass project_id=, set HUAWEICLOUD_SDK_PROJECT_ID, put project_id in the "
    "[basic] section of the credentials file, or pass resolve_project_id=True"
)


class OperationRegionWarning(UserWarning):
    """The operation is not documented as deployed in the client's region."""


class InvalidResponseError(ApiError):
    """The service's answer could not be read as the documented JSON."""


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
        httpx_args: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        known_regions = _spec.regions()
        if region is not None and region not in known_regions:
            raise ConfigurationError(
                f"region {region!r} is not a documented OCR region ({', '.join(known_regions)}); "
                "pass endpoint= for another endpoint"
            )
        self.region = region or (None if endpoint else _spec.default_region())
        base_url = endpoint or _spec.endpoint_for(str(self.region))
        require_https(base_url, allow_insecure_http, "endpoint")
        self.endpoint = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()

        found_project = project_id
        if auth is None and token:
            auth = TokenAuth(token)
        if auth is None:
            credentials = resolve_credentials(
                ak, sk, security_token=security_token, project_id=project_id, env=env
            )
            auth = credentials.auth()
            found_project = credentials.project_id
        if found_project is None and env is not None:
            found_project = env.get(ENV_PROJECT_ID)
        self.auth = auth
        self._project_id = found_project
        self._resolver: ProjectIdResolver | None = None
        if self._project_id is None and resolve_project_id:
            if self.region is None:
                raise ConfigurationError("resolve_project_id needs a region")
            self._resolver = ProjectIdResolver(auth, self.region)
        self._api = Client(
            base_url=self.endpoint,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            verify_ssl=verify,
            follow_redirects=False,
            httpx_args={**(httpx_args or {}), "auth": auth},
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region={self.region!r}, endpoint={self.endpoint!r}, "
            f"auth={self.auth!r}, project_id={self._project_id!r})"
        )

    # -- building the request ------------------------------------------------------------------
    def _warn_region(self, spec: _spec.OperationSpec) -> None:
        if self.region is not None and self.region not in spec["regions"]:
            warnings.warn(
                f"{spec['summary']} is documented in {', '.join(spec['regions'])}, "
                f"not in {self.region}; the call may fail",
                OperationRegionWarning,
                stacklevel=4,
            )

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
            values["url"] = check_url(url)
        else:
            raise ValidationError(
                f"{field}/url", "neither is given", f"set exactly one of {field} and url"
            )
        for name, value in options.items():
            if value is UNSET or value is None:
                continue
            values[name] = check_option(spec, name, value)
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
    ) -> tuple[ModuleType, _Prepared]:
        spec = _spec.operation(operation)
        self._warn_region(spec)
        model, image_text = self._body(spec, body_type, image, url, options, extra_body)
        module = _endpoint_module(spec)
        header_args = {k.lower().replace("-", "_"): v for k, v in headers.items() if v is not None}
        kwargs: dict[str, Any] = module._get_kwargs(
            project_id=project_id, body=model, **header_args
        )
        kwargs["headers"].update(extra_headers or {})
        payload: dict[str, Any] = kwargs.pop("json")
        if image_text is None:
            body = JsonImageBody(_dumps(payload), None, b"")
        else:  # {"image":" + Base64 + ", ...the other members}
            field = spec["image_field"]
            del payload[field]
            rest = _dumps(payload)
            tail = b'"}' if rest == b"{}" else b'",' + rest[1:]
            body = JsonImageBody(b'{"' + field.encode() + b'":"', image_text, tail)
        return module, _Prepared(kwargs["method"], kwargs["url"], kwargs["headers"], body)

    # -- reading the answer --------------------------------------------------------------------
    def _api_error(self, response: httpx.Response, attempts: int) -> ApiError:
        code = message = None
        try:
            payload = response.json()
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
            try:
                text = response.text[:200].strip() if response.content else ""
            except ValueError:  # a declared charset the body does not fit (UTF-16, no BOM)
                text = response.content[:200].decode("utf-8", "replace").strip()
            message = f"non-JSON answer: {text!r}" if text else "empty answer"
        doc = _spec.error_code(str(code) if code is not None else None)
        request_id = response.headers.get(REQUEST_ID_HEADER)
        return api_error_class(response.status_code)(
            response.status_code,
            None if code is None else str(code),
            None if message is None else str(message),
            request_id=request_id,
            cause=doc["description"] if doc else None,
            solution=doc["solution"] if doc else None,
            attempts=attempts,
        )

    def _result(
        self, module: ModuleType, response: httpx.Response, result_type: type[T], attempts: int
    ) -> T:
        request_id = response.headers.get(REQUEST_ID_HEADER)
        if 300 <= response.status_code < 400:
            # Never followed: the signed request and its credentials would go elsewhere.
            where = response.headers.get("Location", "").partition("?")[0][:200]
            raise InvalidResponseError(
                response.status_code,
                None,
                f"redirect to {where!r} not followed (the client never follows redirects)",
                request_id=request_id,
                attempts=attempts,
            )
        try:
            parsed = module._build_response(client=self._api, response=response).parsed
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise InvalidResponseError(
                response.status_code,
                None,
                f"unreadable answer ({type(exc).__name__})",
                request_id=request_id,
                attempts=attempts,
            ) from None
        if not isinstance(parsed, result_type):
            raise InvalidResponseError(
                response.status_code,
                None,
                "not the documented result",
                request_id=request_id,
                attempts=attempts,
            )
        return parsed

    def _failure(
        self, attempt: int, response: httpx.Response | None, exc: Exception | None
    ) -> tuple[OcrError, bool, str | None]:
        """The error to raise for a failed attempt, whether to retry, and the Retry-After hint."""
        if exc is None and response is not None:
            error = self._api_error(response, attempt)
            retry = self.retry.should_retry_status(response.status_code, error.error_code)
            return error, retry, response.headers.get("Retry-After")
        assert exc is not None
        name = type(exc).__name__
        # The headers may have come before the failure (a body cut short or too slow).
        request_id = None if response is None else response.headers.get(REQUEST_ID_HEADER)
        seen = f" (request id {request_id})" if request_id else ""
        if isinstance(exc, httpx.TimeoutException):
            wrapped: OcrError = RequestTimeoutError(
                f"{name} after {attempt} attempt(s) to {self.endpoint}{seen}"
            )
        else:
            wrapped = TransportError(
                f"{name} after {attempt} attempt(s) to {self.endpoint}: {exc}{seen}"
            )
        wrapped.request_id = request_id
        return wrapped, isinstance(exc, _RETRYABLE_TRANSPORT), None

    def _wait(self, attempt: int, started: float, retry_after: str | None) -> float | None:
        """Seconds to sleep before the next attempt, or None to give up."""
        if attempt >= self.retry.max_attempts:
            return None
        wait = self.retry.backoff(attempt, retry_after)
        if time.monotonic() - started + wait > self.retry.deadline:
            return None
        return wait


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: asyncio costs sync users ~30 ms of import time

    await asyncio.sleep(seconds)


def _dumps(payload: dict[str, Any]) -> bytes:
    # As httpx encodes json=: compact, UTF-8, no NaN.
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


@attrs.frozen
class _Prepared:
    """A checked request, built anew for each attempt (a fresh X-Sdk-Date for each signature);
    the body is re-iterable and keeps its SHA-256, so a retry hashes nothing again."""

    method: str
    url: str
    headers: dict[str, str]
    body: JsonImageBody

    def build(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        # The client's base URL, default headers and timeout; then the same request with the
        # streamed body (request.content is then unread, as for any streamed request).
        merged = http.build_request(self.method, self.url, headers=self.headers)
        headers = merged.headers
        headers["Content-Length"] = str(self.body.length)
        return httpx.Request(
            merged.method,
            merged.url,
            headers=headers,
            stream=self.body,
            extensions=merged.extensions,
        )


def _endpoint_module(spec: _spec.OperationSpec) -> ModuleType:
    return importlib.import_module(spec["module"])


class OcrClient(_ClientCore, Operations):
    """Synchronous client: one method per operation (recognize_passport, recognize_id_card, ...).

    >>> with OcrClient("ap-southeast-1") as ocr:          # credentials from env or profile
    ...     result = ocr.recognize_general_text("page.png")
    """

    def project_id(self) -> str:
        if self._project_id is None and self._resolver is not None:
            self._project_id = self._resolver.resolve()
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
        module, prepared = self._request(
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
        http = self._api.get_httpx_client()
        started, attempt = time.monotonic(), 0
        while True:
            attempt += 1
            response: httpx.Response | None = None
            exc: Exception | None = None
            try:
                # Sent streamed, then read: a body that fails still leaves the headers.
                response = http.send(prepared.build(http), stream=True)
                try:
                    response.read()
                finally:
                    response.close()
            except httpx.HTTPError as caught:
                exc = caught
            if exc is None and response is not None and response.status_code < 400:
                return self._result(module, response, result_type, attempt)
            error, retry, retry_after = self._failure(attempt, response, exc)
            wait = self._wait(attempt, started, retry_after) if retry else None
            if wait is None:
                raise error from exc
            time.sleep(wait)

    def close(self) -> None:
        if self._api._client is not None:  # never built: nothing to close (no TLS setup)
            self._api._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncOcrClient(_ClientCore, AsyncOperations):
    """Asynchronous client: the same methods as OcrClient, as coroutines."""

    async def project_id(self) -> str:
        if self._project_id is None and self._resolver is not None:
            self._project_id = await self._resolver.aresolve()
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
        project_id = await self.project_id()
        module, prepared = self._request(
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
        http = self._api.get_async_httpx_client()
        started, attempt = time.monotonic(), 0
        while True:
            attempt += 1
            response: httpx.Response | None = None
            exc: Exception | None = None
            try:
                # Sent streamed, then read: a body that fails still leaves the headers.
                response = await http.send(prepared.build(http), stream=True)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.HTTPError as caught:
                exc = caught
            if exc is None and response is not None and response.status_code < 400:
                return self._result(module, response, result_type, attempt)
            error, retry, retry_after = self._failure(attempt, response, exc)
            wait = self._wait(attempt, started, retry_after) if retry else None
            if wait is None:
                raise error from exc
            await _async_sleep(wait)

    async def aclose(self) -> None:
        if self._api._async_client is not None:  # never built: nothing to close (no TLS setup)
            await self._api._async_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
