"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """A parameter of a low-level endpoint function that was not given (nothing is sent).

    Models and the clients' methods use None for that; only the endpoint functions under
    huaweicloud_ocr_api.api take UNSET as a default."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class Base64Image:
    """An image already in Base64 (a str, or ASCII bytes): the client checks it and sends it
    as given, never decoding or re-encoding it. `ocr.recognize_general_text(Base64Image(text))`

    `trusted=True` skips only the scan of every character (about 0.5 ms per MiB), for text
    your own code has just encoded; the prefix, length, padding, format and pixel checks run.
    """

    __slots__ = ("text", "trusted")

    def __init__(self, text: str | bytes, *, trusted: bool = False) -> None:
        if not isinstance(text, (str, bytes)):
            raise TypeError(f"Base64Image takes str or bytes, not {type(text).__name__}")
        self.text = text
        self.trusted = trusted

    def __repr__(self) -> str:  # an image may be personal data: never shown
        return f"Base64Image(<{len(self.text)} characters>)"


@dataclass(frozen=True, slots=True, repr=False)
class ResponseInfo:
    """What the HTTP exchange behind a result looked like: kept on every operation's answer
    (`result.response`, `result.request_id`) and on a RawResponse."""

    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    elapsed: float  # seconds, the whole call: every attempt and every wait between them
    attempts: int

    def __repr__(self) -> str:  # headers may carry tokens echoed by a gateway: not shown
        return (
            f"ResponseInfo(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"elapsed={self.elapsed:.3f}, attempts={self.attempts})"
        )


class RawResponse(Generic[T]):
    """An operation's answer as received: `client.with_raw_response.recognize_passport(...)`.
    `content` is the raw JSON; `parse()` gives the typed result (parsed once)."""

    def __init__(self, info: ResponseInfo, content: bytes, parse: Callable[[], T]) -> None:
        self.info, self.content = info, content
        self._parse = parse
        self._parsed: T | None = None

    @property
    def status_code(self) -> int:
        return self.info.status_code

    @property
    def headers(self) -> Mapping[str, str]:
        return self.info.headers

    @property
    def request_id(self) -> str | None:
        return self.info.request_id

    @property
    def elapsed(self) -> float:
        return self.info.elapsed

    @property
    def attempts(self) -> int:
        return self.info.attempts

    def parse(self) -> T:
        if self._parsed is None:
            self._parsed = self._parse()
        return self._parsed

    def __repr__(self) -> str:
        return f"RawResponse({self.info!r}, <{len(self.content)} bytes>)"


def pop_optional(d: dict[str, Any], key: str, json_nulls: list[str]) -> Any:
    """An optional member of a JSON object: UNSET when absent or null; a null is noted in
    `json_nulls`, so that to_dict() can give it back."""
    value = d.pop(key, UNSET)
    if value is None:
        json_nulls.append(key)
        return UNSET
    return value


def masked_repr(model: object) -> str:
    """A repr that shows the shape of a model but no text: strings (Base64 images, names, ID
    numbers) appear as <str, N chars>; numbers, booleans and nesting are shown."""

    def show(value: object) -> str:
        if isinstance(value, str):
            return f"<str, {len(value)} chars>"
        if isinstance(value, list):
            return "[" + ", ".join(show(v) for v in value) + "]"
        if isinstance(value, dict):
            return "{" + ", ".join(f"{k!r}: {show(v)}" for k, v in value.items()) + "}"
        return repr(value)

    fields = getattr(model, "__attrs_attrs__", ())
    parts = [
        f"{f.name}={show(getattr(model, f.name))}"
        for f in fields
        if f.name != "additional_properties"
        and not f.name.startswith("_")
        and getattr(model, f.name) is not None
        and not isinstance(getattr(model, f.name), Unset)
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={show(extra)}")
    return f"{type(model).__name__}({', '.join(parts)})"


__all__ = [
    "UNSET",
    "Base64Image",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "RawResponse",
    "ResponseInfo",
    "masked_repr",
    "pop_optional",
]
