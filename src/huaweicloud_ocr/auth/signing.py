"""SDK-HMAC-SHA256, the AK/SK request signature of Huawei Cloud's API Request Signing Guide.

Pure functions over plain values, so that the httpx auth, the local server's verifier and the
published test vectors (tests/vectors/signing/) all share one implementation:

    canonical request = METHOD \n canonical URI \n canonical query \n canonical headers \n
                        signed headers \n hex(sha256(body))
    string to sign    = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(sha256(canonical request))
    signature         = hex(hmac_sha256(SK, string to sign))
    Authorization     = "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b;c, Signature=..."
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, unquote

from huaweicloud_ocr._secret import Revealed, Secret

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

# Hop-by-hop headers may be rewritten between client and gateway; the gateway checks only the
# headers named in SignedHeaders, so these are sent unsigned.
UNSIGNED_HEADERS = frozenset(
    {
        "authorization",
        "connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


def _encode(text: str) -> str:
    # RFC 3986 unreserved characters stay, everything else is percent-encoded (UTF-8).
    return quote(text, safe="~")


def canonical_uri(path: str) -> str:
    """Each segment of the decoded path percent-encoded, always ending in '/'."""
    encoded = "/".join(_encode(segment) for segment in unquote(path).split("/"))
    return encoded if encoded.endswith("/") else encoded + "/"


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Decoded (key, value) pairs sorted by key then value, encoded and joined with '&'."""
    return "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(pairs))


def signed_header_names(headers: Mapping[str, str]) -> list[str]:
    """Lower-cased, sorted names of the headers to sign (names containing '_' are left out)."""
    names = {name.lower() for name in headers}
    return sorted(n for n in names if "_" not in n and n not in UNSIGNED_HEADERS)


def canonical_headers(headers: Mapping[str, str], names: Iterable[str]) -> str:
    # Values stripped only when joined: a Revealed value (a security token) keeps its hiding
    # repr in this frame's locals.
    values = {name.lower(): value for name, value in headers.items()}
    return "".join(f"{name}:{values[name].strip()}\n" for name in names)


def format_date(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).strftime(DATE_FORMAT)


@dataclass(frozen=True)
class Signature:
    """Every intermediate of one signature, as the test vectors record them."""

    canonical_request: str
    string_to_sign: str
    signed_headers: str
    signature: str
    authorization: str


def _key(secret_key: str | Secret) -> bytes:
    # surrogatepass: any str encodes, so no UnicodeEncodeError ever quotes the key. Valid text
    # encodes exactly as UTF-8.
    plain = secret_key.reveal() if isinstance(secret_key, Secret) else secret_key
    return plain.encode("utf-8", "surrogatepass")


def sign(
    *,
    access_key: str,
    secret_key: str | Secret,
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    payload_sha256: str,
) -> Signature:
    """Sign a request. `headers` must already hold X-Sdk-Date and Host as they will be sent.

    Pass the SK as a Secret and a security token header as Revealed: this frame, and the
    canonical request (which holds every signed header), then hide them from tracebacks."""
    date = next((v for k, v in headers.items() if k.lower() == DATE_HEADER.lower()), None)
    if date is None:
        raise ValueError(f"the {DATE_HEADER} header must be set before signing")
    names = signed_header_names(headers)
    signed = ";".join(names)
    canonical_request = Revealed(
        "\n".join(
            [
                method.upper(),
                canonical_uri(path),
                canonical_query(query),
                canonical_headers(headers, names),
                signed,
                payload_sha256,
            ]
        )
    )
    digest = hashlib.sha256(canonical_request.encode()).hexdigest()
    string_to_sign = f"{ALGORITHM}\n{date.strip()}\n{digest}"
    message = string_to_sign.encode()
    # The key exists in plain only inside this expression, which cannot fail once it has it.
    mac = hmac.digest(_key(secret_key), message, "sha256").hex()
    authorization = f"{ALGORITHM} Access={access_key}, SignedHeaders={signed}, Signature={mac}"
    return Signature(canonical_request, string_to_sign, signed, mac, authorization)
