"""The auth plugin over real HTTP on 127.0.0.1, checked by a server that does not share its code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
import pytest

from huaweicloud_ocr.auth import (
    AkSkAuth,
    IamPasswordTokenProvider,
    IamTokenAuth,
    ProjectIdResolver,
    TokenAuth,
)
from huaweicloud_ocr.errors import CredentialsError, RequestTooLargeError
from tests.auth_server import CloudState, running_cloud

AK, SK = "HPUAEXAMPLEACCESSKEY", "exampleSecretKey0123456789abcdefghijklmn"
USER, PASSWORD, DOMAIN = "ocr-user", "P@ssw0rd-not-real-1234", "example-account"
OCR_PATH = "/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9/ocr/general-text"


@pytest.fixture
def state() -> CloudState:
    return CloudState(keys={AK: SK}, users={(DOMAIN, USER): PASSWORD})


@pytest.fixture
def base_url(state: CloudState) -> Iterator[str]:
    with running_cloud(state) as url:
        yield url


def provider(base_url: str, **kwargs: object) -> IamPasswordTokenProvider:
    return IamPasswordTokenProvider(
        username=USER,
        password=kwargs.pop("password", PASSWORD),  # type: ignore[arg-type]
        domain_name=DOMAIN,
        region="ap-southeast-1",
        iam_endpoint=base_url,
        **kwargs,  # type: ignore[arg-type]
    )


def test_aksk_requests_pass_the_official_verifier(base_url: str, state: CloudState) -> None:
    with httpx.Client(base_url=base_url, auth=AkSkAuth(AK, SK)) as client:
        body = {"image": "aGVsbG8=", "language": "zh"}
        assert client.post(OCR_PATH, json=body).status_code == 200
        assert (
            client.post(OCR_PATH, params={"b": "x y", "a": ["2", "1"]}, json=body).status_code
            == 200
        )
        assert client.get("/v3/projects", params={"name": "ap-southeast-1"}).status_code == 200
        assert client.post("/v2/p/ocr/ü%20space/", content=b"").status_code == 200
    assert state.accepted == ["aksk"] * 4
    assert not state.rejected


def test_temporary_credentials_sign_the_security_token(base_url: str, state: CloudState) -> None:
    auth = AkSkAuth(AK, SK, security_token="gQpjbi1ub3J0aC00EXAMPLE")
    with httpx.Client(base_url=base_url, auth=auth) as client:
        assert client.post(OCR_PATH, json={"url": "https://example.com/a.jpg"}).status_code == 200
    assert state.accepted == ["aksk+token"]


def test_a_wrong_secret_key_is_refused(base_url: str, state: CloudState) -> None:
    with httpx.Client(base_url=base_url, auth=AkSkAuth(AK, SK + "x")) as client:
        assert client.post(OCR_PATH, json={"image": "aGVsbG8="}).status_code == 401
    assert state.rejected == ["signature mismatch"]


def test_async_aksk(base_url: str, state: CloudState) -> None:
    async def main() -> list[int]:
        async with httpx.AsyncClient(base_url=base_url, auth=AkSkAuth(AK, SK)) as client:
            calls = [client.post(OCR_PATH, json={"image": "aGVsbG8=", "n": i}) for i in range(8)]
            return [r.status_code for r in await asyncio.gather(*calls)]

    assert asyncio.run(main()) == [200] * 8
    assert state.accepted == ["aksk"] * 8


def test_bodies_over_12_mb_fail_locally(base_url: str, state: CloudState) -> None:
    with httpx.Client(base_url=base_url, auth=AkSkAuth(AK, SK)) as client:
        with pytest.raises(RequestTooLargeError, match="token authentication"):
            client.post(OCR_PATH, content=b"x" * (12 * 1024 * 1024 + 1))
        assert client.post(OCR_PATH, content=b"x" * (12 * 1024 * 1024)).status_code == 200
    assert state.accepted == ["aksk"]  # the refused request never reached the server


def test_static_token(base_url: str, state: CloudState) -> None:
    token, _ = state.issue_token()
    with httpx.Client(base_url=base_url, auth=TokenAuth(token)) as client:
        assert client.post(OCR_PATH, json={"image": "aGVsbG8="}).status_code == 200
    with httpx.Client(base_url=base_url, auth=TokenAuth("not-issued")) as client:
        assert client.post(OCR_PATH, json={"image": "aGVsbG8="}).status_code == 401
    assert state.accepted == ["token"]
    assert state.rejected == ["unknown token"]


def test_iam_token_is_fetched_once_and_cached(base_url: str, state: CloudState) -> None:
    tokens = provider(base_url)
    with httpx.Client(base_url=base_url, auth=IamTokenAuth(tokens)) as client:
        for _ in range(5):
            assert client.post(OCR_PATH, json={"image": "aGVsbG8="}).status_code == 200
    assert state.token_requests == 1
    assert tokens.fetch_count == 1
    assert tokens.token().project_id == state.project_id


def test_iam_token_is_refreshed_before_expiry(base_url: str, state: CloudState) -> None:
    state.token_ttl = timedelta(seconds=2)
    tokens = provider(base_url, refresh_margin=timedelta(seconds=5))
    first = tokens.token().value
    second = tokens.token().value  # within the margin already: fetched again
    assert first != second
    assert state.token_requests == 2


def test_a_401_refreshes_the_token_once(base_url: str, state: CloudState) -> None:
    tokens = provider(base_url)
    with httpx.Client(base_url=base_url, auth=IamTokenAuth(tokens)) as client:
        assert client.post(OCR_PATH, json={"image": "aGVsbG8="}).status_code == 200
        state.revoked.add(tokens.token().value.reveal())  # the server stops honouring it
        assert client.post(OCR_PATH, json={"image": "aGVsbG8="}).status_code == 200
    assert state.token_requests == 2
    assert state.rejected == ["unknown token"]


def test_a_401_after_refresh_is_returned_not_looped(base_url: str, state: CloudState) -> None:
    state.token_ttl = timedelta(seconds=-1)  # every token issued is already expired
    tokens = provider(base_url, refresh_margin=timedelta(0))
    with httpx.Client(base_url=base_url, auth=IamTokenAuth(tokens)) as client:
        assert client.post(OCR_PATH, json={"image": "aGVsbG8="}).status_code == 401
    assert state.token_requests == 2  # the first token, one refresh, then the 401 is returned


def test_one_fetch_for_many_threads(base_url: str, state: CloudState) -> None:
    state.token_fetch_delay = 0.2
    tokens = provider(base_url)
    with ThreadPoolExecutor(max_workers=32) as pool:
        values = {t.value.reveal() for t in pool.map(lambda _: tokens.token(), range(64))}
    assert len(values) == 1
    assert state.token_requests == 1


def test_one_fetch_for_many_tasks(base_url: str, state: CloudState) -> None:
    state.token_fetch_delay = 0.2
    tokens = provider(base_url)

    async def main() -> set[str]:
        results = await asyncio.gather(*(tokens.atoken() for _ in range(64)))
        return {t.value.reveal() for t in results}

    assert len(asyncio.run(main())) == 1
    assert state.token_requests == 1


def test_async_requests_with_iam_tokens(base_url: str, state: CloudState) -> None:
    tokens = provider(base_url)

    async def main() -> list[int]:
        async with httpx.AsyncClient(base_url=base_url, auth=IamTokenAuth(tokens)) as client:
            calls = [client.post(OCR_PATH, json={"image": "aGVsbG8="}) for _ in range(16)]
            return [r.status_code for r in await asyncio.gather(*calls)]

    assert asyncio.run(main()) == [200] * 16
    assert state.token_requests == 1


def test_wrong_password_is_a_credentials_error_without_the_password(base_url: str) -> None:
    tokens = provider(base_url, password="wrong-password-value")
    with pytest.raises(CredentialsError) as caught:
        tokens.token()
    assert "wrong-password-value" not in str(caught.value)
    assert USER in str(caught.value)


def test_project_id_is_resolved_through_iam_and_cached(base_url: str, state: CloudState) -> None:
    resolver = ProjectIdResolver(AkSkAuth(AK, SK), "ap-southeast-1", iam_endpoint=base_url)
    assert resolver.resolve() == state.project_id
    assert resolver.resolve() == state.project_id
    assert asyncio.run(resolver.aresolve()) == state.project_id
    assert state.project_requests == 1


def test_iam_request_body_is_built_by_generated_models(base_url: str, state: CloudState) -> None:
    # The provider sends what the spec's KeystoneCreateUserTokenByPassword example shows.
    from tests import golden

    spec = golden.load_spec()
    example = golden.resolve(spec, spec["components"]["examples"]["IamTokenRequest"])["value"]
    sent = provider(base_url)._body().to_dict()
    assert json.dumps(sent, sort_keys=True).replace(PASSWORD, "********").replace(
        USER, "username"
    ).replace(DOMAIN, "domainname") == json.dumps(example, sort_keys=True)
