"""Property tests: our AK/SK signature is byte-identical to the official signer's."""

from __future__ import annotations

import string

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huaweicloud_ocr.auth import AkSkAuth, signing
from tests.signing_oracle import oracle_sign

DATE = "20261121T093000Z"
AK, SK = "HPUAEXAMPLEACCESSKEY", "exampleSecretKey0123456789abcdefghijklmn"

# Headers httpx sets itself, or that we leave unsigned, are not drawn as extra headers.
RESERVED = {"host", "content-length", "content-type", "x-sdk-date", "transfer-encoding"}
RESERVED |= signing.UNSIGNED_HEADERS

# httpx refuses control characters in a URL; everything else, reserved or not, is drawn.
printable = st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"], exclude_characters="/?#")
segment = st.text(alphabet=printable, max_size=12)
path = st.lists(segment, min_size=1, max_size=5).map(lambda parts: "/" + "/".join(parts))
query_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8)
query = st.lists(st.tuples(query_text, query_text), max_size=6)
header_name = st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=1, max_size=16)
header_value = st.text(alphabet=string.ascii_letters + string.digits + " ,;=-_./:", max_size=24)
headers = st.dictionaries(
    header_name.filter(lambda n: n.lower() not in RESERVED), header_value, max_size=6
).filter(lambda h: len({k.lower() for k in h}) == len(h))
body = st.one_of(st.just(b""), st.binary(max_size=2048))
method = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "post"])


def build(
    method: str,
    path: str,
    query: list[tuple[str, str]],
    headers: dict[str, str],
    body: bytes,
    *,
    security_token: str | None = None,
) -> tuple[httpx.Request, str]:
    request = httpx.Request(
        method,
        httpx.URL("https://ocr.ap-southeast-1.myhuaweicloud.com").copy_with(path=path),
        params=tuple(query),
        headers={**headers, "X-Sdk-Date": DATE, "Content-Type": "application/json"},
        content=body,
    )
    auth = AkSkAuth(AK, SK, security_token=security_token)
    ours = auth.sign(request).authorization
    return request, ours


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(method=method, path=path, query=query, headers=headers, body=body)
def test_authorization_matches_official_signer(
    method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes
) -> None:
    request, ours = build(method, path, query, headers, body)
    assert ours == oracle_sign(request, AK, SK).authorization


# Every Secret's value is a registered secret for the rest of the session (conftest): a drawn
# token that is an ordinary word (Hypothesis draws string constants of the code under test, such
# as "Location") would be "found" in later logs. A prefix keeps drawn tokens unmistakable.
security_token = st.text(string.ascii_letters + string.digits, min_size=1).map(
    lambda text: "sig-oracle-token-" + text
)


@settings(max_examples=100, deadline=None)
@given(path=path, query=query, token=security_token)
def test_security_token_is_signed_like_the_official_signer(
    path: str, query: list[tuple[str, str]], token: str
) -> None:
    request, ours = build("POST", path, query, {}, b"{}", security_token=token)
    assert request.headers["X-Security-Token"] == token
    assert "x-security-token" in ours.split("SignedHeaders=")[1].split(",")[0].split(";")
    assert ours == oracle_sign(request, AK, SK).authorization


@pytest.mark.parametrize("size", [0, 1, 1024 * 1024, 5 * 1024 * 1024, 12 * 1024 * 1024])
def test_large_bodies_match_official_signer(size: int) -> None:
    body = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    request, ours = build("POST", "/v2/p/ocr/general-text", [], {}, body)
    assert ours == oracle_sign(request, AK, SK).authorization


@pytest.mark.parametrize(
    "path",
    ["/v2/0a1b/ocr/id-card", "/", "/a b/c+d/", "/ü/é%2F/", "/~tilde/!*'()/", "/x//y"],
)
def test_reserved_and_unicode_paths_match(path: str) -> None:
    request, ours = build("POST", path, [("b", "2"), ("a", "1"), ("a", "0"), ("c", "")], {}, b"")
    assert ours == oracle_sign(request, AK, SK).authorization
