"""The auth classes against hostile input and hostile peers, all on 127.0.0.1 (tests/hostile_iam.py):

1. a region that smuggles a user, port or path into the IAM host;
2. endpoints carrying user:password@, a query, a fragment or another scheme;
3. secrets in the locals of frames that raise (tracebacks with capture_locals, error reporters);
4. IAM text echoing credentials and terminal escapes;
5. event loops: released when finished, one request per loop, threads each with their own loop;
6. cookies set by IAM and sent back.
"""

from __future__ import annotations

import asyncio
import gc
import re
import ssl
import threading
import traceback
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from huaweicloud_ocr import OcrClient, _spec
from huaweicloud_ocr.auth import (
    AkSkAuth,
    IamPasswordTokenProvider,
    IamTokenAuth,
    ProjectIdResolver,
    TokenAuth,
    resolve_credentials,
    signing,
)
from huaweicloud_ocr.auth._iam import REGION_PATTERN, no_cookies
from huaweicloud_ocr.errors import (
    AuthenticationError,
    ConfigurationError,
    CredentialsError,
)
from tests.hostile_iam import (
    PROJECT_ID,
    HostileServer,
    Reply,
    Seen,
    closed_port,
    hostile,
    projects_reply,
    self_signed,
    token_reply,
)
from tests.secrets_registry import (
    DETECTOR,
    HOSTILE_PASSWORD,
    HOSTILE_SECURITY_TOKEN,
    HOSTILE_SK,
    HOSTILE_TOKEN,
    URL_PASSWORD,
)

REGION = "ap-southeast-1"
AK = "HOSTILEACCESSKEY0000"
CLIPBOARD = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # OSC 52: write the clipboard
CLEAR = "\x1b[2J\x1b[H"
RAW_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
OURS = (HOSTILE_PASSWORD, HOSTILE_SK, HOSTILE_SECURITY_TOKEN, HOSTILE_TOKEN, URL_PASSWORD)


def provider(**kwargs: Any) -> IamPasswordTokenProvider:
    # The password as an argument, not in a dict of this frame: frames are checked for it.
    settings: dict[str, Any] = {
        "username": "hostile-user",
        "domain_name": "hostile-domain",
        "region": REGION,
        "timeout": 5.0,
        **kwargs,
    }
    return IamPasswordTokenProvider(password=HOSTILE_PASSWORD, **settings)


def iam(seen: Seen) -> Reply:
    """An IAM that works: a token for a POST, the region's project for a GET."""
    return token_reply(HOSTILE_TOKEN) if seen.method == "POST" else projects_reply(REGION)


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with hostile(iam) as running:
        yield running


def assert_clean(*texts: str) -> None:
    for text in texts:
        for secret in OURS:
            assert secret not in text
        assert not RAW_CONTROL.search(text), text


# -- 1. host injection through the region --------------------------------------------------------
REGION_TRICKS = [
    "x@127.0.0.1:{port}/",  # userinfo "iam.x", then the host, then the real name as a path
    "x@127.0.0.1:{port}#",  # ... as a fragment
    "x@127.0.0.1:{port}?",  # ... as a query
    "x:y@127.0.0.1:{port}/",
    "x@localhost:{port}/",
]
CALLERS: dict[str, Callable[[str], Any]] = {
    "password": lambda region: provider(region=region).token(),
    "password-async": lambda region: asyncio.run(provider(region=region).atoken()),
    "token": lambda region: ProjectIdResolver(
        TokenAuth(HOSTILE_TOKEN), region, timeout=5
    ).resolve(),
    "aksk": lambda region: ProjectIdResolver(AkSkAuth(AK, HOSTILE_SK), region, timeout=5).resolve(),
}


@pytest.mark.parametrize("trick", REGION_TRICKS)
@pytest.mark.parametrize("caller", sorted(CALLERS))
def test_a_region_cannot_point_iam_at_another_host(
    server: HostileServer, trick: str, caller: str
) -> None:
    region = trick.format(port=server.port)
    with pytest.raises(ConfigurationError, match=re.escape(REGION_PATTERN)) as caught:
        CALLERS[caller](region)
    assert region not in str(caught.value)
    assert server.connections == 0  # refused before any connection


@pytest.fixture
def trusted_tls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., HostileServer]]:
    """A TLS server whose certificate the client trusts (SSL_CERT_FILE): what a host reached by
    injection could be, given a certificate for its own name."""
    made = self_signed(tmp_path)
    if made is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    monkeypatch.setenv("SSL_CERT_FILE", str(made[0]))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*made)
    with hostile(iam, tls=context) as running:
        yield lambda: running


@pytest.mark.parametrize("caller", ["password", "token", "aksk"])
def test_an_injected_region_delivers_no_credentials(
    trusted_tls: Callable[[], HostileServer], caller: str
) -> None:
    """Without the region rule the password, token or signed request reached this server."""
    evil = trusted_tls()
    with pytest.raises(ConfigurationError):
        CALLERS[caller](f"x@127.0.0.1:{evil.port}/")
    assert evil.requests == []
    assert evil.connections == 0


def test_every_documented_region_builds_its_iam_host() -> None:
    regions = [*_spec.regions(), "cn-north-4", "cn-southwest-2", "af-south-1", "eu-west-101"]
    for region in regions:
        host = f"https://iam.{region}.myhuaweicloud.com"
        assert provider(region=region).iam_endpoint == host
        assert ProjectIdResolver(TokenAuth(HOSTILE_TOKEN), region).iam_endpoint == host


@pytest.mark.parametrize(
    "region",
    ["", "AP-SOUTHEAST-1", "ap-southeast-1\n", "ap-southeast-1.evil.example", "ap", "ap-", "a-b"],
)
def test_malformed_regions_are_refused(region: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(REGION_PATTERN)):
        ProjectIdResolver(TokenAuth(HOSTILE_TOKEN), region)
    if region:  # an empty region is the "needs a region" error
        with pytest.raises(ConfigurationError, match=re.escape(REGION_PATTERN)):
            provider(region=region)


def test_an_explicit_iam_endpoint_takes_any_project_name(server: HostileServer) -> None:
    """The rule is for hosts: with iam_endpoint given, region is only a project name."""
    tokens = provider(region="r", project_name="ap-southeast-1_sub", iam_endpoint=server.url)
    assert tokens.token().project_id == PROJECT_ID


# -- 2. endpoints with credentials, queries, fragments, other schemes ----------------------------
BAD_ENDPOINTS = [
    ("http://hostile-user:{pw}@127.0.0.1:{port}", "user information", "http://***@127.0.0.1"),
    ("https://hostile-user:{pw}@127.0.0.1:{port}/v3", "user information", "https://***@127.0.0.1"),
    ("http://{pw}@127.0.0.1:{port}", "user information", "http://***@127.0.0.1"),
    ("http://127.0.0.1:{port}/?token={pw}", "query or fragment", "http://127.0.0.1"),
    ("http://127.0.0.1:{port}/#{pw}", "query or fragment", "http://127.0.0.1"),
    ("http://127.0.0.1:{port}/?", "query or fragment", "http://127.0.0.1"),
    ("ftp://127.0.0.1:{port}/", "must start with https://", "'ftp'"),
    ("file:///etc/passwd", "must start with https://", "'file'"),
    ("127.0.0.1:{port}", "must start with https://", "https://"),
    ("http:///v3", "has no host", "http:///v3"),
]


@pytest.mark.parametrize(("template", "rule", "shown"), BAD_ENDPOINTS)
def test_malformed_endpoints_are_refused_without_showing_credentials(
    server: HostileServer, template: str, rule: str, shown: str
) -> None:
    endpoint = template.format(pw=URL_PASSWORD, port=server.port)
    attempts: list[Callable[[], Any]] = [
        lambda: provider(iam_endpoint=endpoint, allow_insecure_http=True).token(),
        lambda: ProjectIdResolver(
            TokenAuth(HOSTILE_TOKEN), REGION, iam_endpoint=endpoint, allow_insecure_http=True
        ).resolve(),
        lambda: OcrClient(endpoint=endpoint, ak=AK, sk=HOSTILE_SK, project_id="p"),
    ]
    for attempt in attempts:
        with pytest.raises(ConfigurationError, match=re.escape(rule)) as caught:
            attempt()
        message = str(caught.value)
        assert shown in message
        assert_clean(message, repr(caught.value))
    assert server.requests == []  # no Basic auth from user:password@, no request at all


@pytest.mark.parametrize(
    "endpoint", ["https://iam.example.com", "https://iam.example.com/prefix/", "http://[::1]:8080"]
)
def test_well_formed_endpoints_are_accepted(endpoint: str) -> None:
    assert provider(iam_endpoint=endpoint).iam_endpoint == endpoint.rstrip("/")
    OcrClient(endpoint=endpoint, ak=AK, sk=HOSTILE_SK, project_id="p").close()


# -- 3. secrets in the locals of frames that raise -----------------------------------------------
def _repr(value: object) -> str:
    try:
        return repr(value)
    except Exception as exc:  # a half-built object: its repr is not ours to fix
        return f"<repr failed: {type(exc).__name__}>"


def recorded(error: BaseException) -> str:
    """What a traceback rendered with capture_locals, or an error reporter recording the locals
    of each frame, keeps of `error` and every exception chained to it, suppressed or not."""
    exception = traceback.TracebackException.from_exception(error, capture_locals=True)
    texts = ["".join(exception.format())]
    pending, seen = [error], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current)]
        frame = current.__traceback__
        while frame is not None:
            code = frame.tb_frame.f_code
            for name, value in frame.tb_frame.f_locals.items():
                texts.append(f"{code.co_filename}:{code.co_name}: {name} = {_repr(value)}")
            frame = frame.tb_next
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
    return "\n".join(texts)


def assert_no_secret_recorded(error: BaseException) -> None:
    text = recorded(error)
    for secret in {*OURS, *DETECTOR.registered}:
        where = [line[:160] for line in text.splitlines() if secret in line]
        assert not where, f"{secret[:4]}... recorded in: {where[:3]}"


def test_a_refused_connection_records_no_password() -> None:
    tokens = provider(iam_endpoint=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(AuthenticationError, match="could not reach IAM") as caught:
        tokens.token()
    assert_no_secret_recorded(caught.value)
    with pytest.raises(AuthenticationError, match="could not reach IAM") as caught:
        asyncio.run(tokens.atoken())
    assert_no_secret_recorded(caught.value)


def garbage(seen: Seen) -> Reply:
    return Reply(201, b"<html>not JSON</html>", [("X-Subject-Token", HOSTILE_TOKEN)])


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_a_garbage_answer_records_no_password_nor_token(flavor: str) -> None:
    with hostile(garbage) as evil:
        tokens = provider(iam_endpoint=evil.url)
        with pytest.raises(AuthenticationError, match="unreadable answer") as caught:
            tokens.token() if flavor == "sync" else asyncio.run(tokens.atoken())
    assert caught.value.__context__ is None  # the parser's error, quoting the body, not chained
    assert_no_secret_recorded(caught.value)


class Injected(RuntimeError):
    pass


def fail(*args: object, **kwargs: object) -> None:
    raise Injected("a failure inside signing")


@pytest.mark.parametrize("stage", ["canonical_headers", "Signature"])
def test_a_failure_while_signing_records_no_sk_nor_security_token(
    server: HostileServer, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    """canonical_headers fails before the SK is used, Signature after the HMAC: in both, the
    frames hold the security token (a signed header) and the SK only behind hiding reprs."""
    monkeypatch.setattr(signing, stage, fail)
    auth = AkSkAuth(AK, HOSTILE_SK, security_token=HOSTILE_SECURITY_TOKEN)
    resolver = ProjectIdResolver(auth, REGION, iam_endpoint=server.url)
    with pytest.raises(Injected) as caught:
        resolver.resolve()
    with pytest.raises(Injected) as caught_async:
        asyncio.run(resolver.aresolve())
    assert server.requests == []
    assert_no_secret_recorded(caught.value)
    assert_no_secret_recorded(caught_async.value)


def test_refused_settings_record_no_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUAWEICLOUD_SDK_AK", raising=False)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", HOSTILE_SK)  # an SK without its AK
    failing: list[Callable[[], object]] = [
        lambda: provider(domain_name=""),
        lambda: AkSkAuth("", HOSTILE_SK),
        lambda: AkSkAuth(AK, HOSTILE_SK, security_token=HOSTILE_SECURITY_TOKEN + "\n"),
        lambda: TokenAuth(HOSTILE_TOKEN + " extra"),
        lambda: resolve_credentials(),  # the environment is never a local of a frame that raises
        lambda: resolve_credentials(sk=HOSTILE_SK),
    ]
    for attempt in failing:
        with pytest.raises(CredentialsError) as caught:
            attempt()
        assert_no_secret_recorded(caught.value)


# -- 4. IAM text that echoes credentials or drives the terminal ----------------------------------
def echo_password(seen: Seen) -> Reply:
    message = f"wrong password {HOSTILE_PASSWORD} {CLIPBOARD}{CLEAR}\u202eevil" + "m" * 2000
    body = {"error": {"code": 401, "message": message, "title": "Unauthorized"}}
    return Reply(401, body, [("X-Request-Id", f"req-7{CLIPBOARD}\x9b2J")])


def test_an_iam_refusal_is_shown_scrubbed_escaped_and_bounded() -> None:
    with hostile(echo_password) as evil, pytest.raises(CredentialsError) as caught:
        provider(iam_endpoint=evil.url).token()
    error = caught.value
    assert_clean(str(error), repr(error), error.request_id or "")
    assert "wrong password *** \\x1b]52;c;" in str(error)  # IAM's reason, made harmless
    assert "\\u202eevil" in str(error)
    assert "more characters]" in str(error)
    assert len(str(error)) < 700
    assert error.request_id == "req-7\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x9b2J"
    assert_no_secret_recorded(error)


def echo_in_expires_at(seen: Seen) -> Reply:
    return token_reply(HOSTILE_TOKEN, expires_at=f"{HOSTILE_TOKEN}/{HOSTILE_PASSWORD}{CLEAR}")


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_an_echoed_token_in_a_token_answer_is_scrubbed(flavor: str) -> None:
    with hostile(echo_in_expires_at) as evil:
        tokens = provider(iam_endpoint=evil.url)
        with pytest.raises(AuthenticationError, match="unreadable expires_at") as caught:
            tokens.token() if flavor == "sync" else asyncio.run(tokens.atoken())
    assert_clean(str(caught.value), repr(caught.value))
    assert "***/***\\x1b[2J" in str(caught.value)
    assert caught.value.__context__ is None  # fromisoformat's error quotes the text: not chained
    assert_no_secret_recorded(caught.value)


def echo_token(seen: Seen) -> Reply:
    text = f"token {seen.headers.get('x-auth-token')} may not list projects{CLEAR}"
    return Reply(403, {"error_msg": text, "error_code": "IAM.0003"})


def test_a_project_list_refusal_scrubs_the_token_it_echoes() -> None:
    with hostile(echo_token) as evil:
        resolver = ProjectIdResolver(TokenAuth(HOSTILE_TOKEN), REGION, iam_endpoint=evil.url)
        with pytest.raises(AuthenticationError) as caught:
            resolver.resolve()
    assert_clean(str(caught.value), repr(caught.value))
    assert "token *** may not list projects\\x1b[2J" in str(caught.value)


# -- 5. event loops -------------------------------------------------------------------------------
def slow_iam(seen: Seen) -> Reply:
    reply = iam(seen)
    reply.delay = 0.2
    return reply


@pytest.mark.parametrize("who", ["provider", "resolver"])
def test_a_finished_event_loop_is_not_kept(who: str) -> None:
    loops: list[weakref.ref[asyncio.AbstractEventLoop]] = []
    with hostile(slow_iam) as evil:
        tokens = provider(iam_endpoint=evil.url)
        resolver = ProjectIdResolver(TokenAuth(HOSTILE_TOKEN), REGION, iam_endpoint=evil.url)

        async def main() -> None:
            loops.append(weakref.ref(asyncio.get_running_loop()))
            # Contended: a lock now refers to this loop.
            if who == "provider":
                await asyncio.gather(*(tokens.atoken() for _ in range(3)))
            else:
                await asyncio.gather(*(resolver.aresolve() for _ in range(3)))

        for _ in range(3):
            asyncio.run(main())
            tokens.invalidate(tokens.token().value)  # the next run fetches again
            resolver._project_id = None
        gc.collect()
        assert [loop() for loop in loops] == [None, None, None]


def test_concurrent_first_aresolve_calls_make_one_request() -> None:
    with hostile(slow_iam) as evil:
        resolver = ProjectIdResolver(TokenAuth(HOSTILE_TOKEN), REGION, iam_endpoint=evil.url)

        async def main() -> list[str]:
            return await asyncio.gather(*(resolver.aresolve() for _ in range(10)))

        assert asyncio.run(main()) == [PROJECT_ID] * 10
    assert len(evil.requests) == 1


def test_threads_each_with_their_own_event_loop() -> None:
    """4 threads, each running its own event loops, asking for a token and the project at the
    same moment, three rounds (token and project forgotten between rounds): every call completes
    within the bound, with no raw RuntimeError ("Event loop is closed", "attached to a different
    loop")."""

    def quick_iam(seen: Seen) -> Reply:
        reply = iam(seen)
        reply.delay = 0.05
        return reply

    with hostile(quick_iam) as evil:
        tokens = provider(iam_endpoint=evil.url)
        resolver = ProjectIdResolver(IamTokenAuth(tokens), REGION, iam_endpoint=evil.url)

        def forget() -> None:  # run by one thread once all have arrived
            if tokens.fetch_count:
                tokens.invalidate(tokens.token().value)
            resolver._project_id = None

        start = threading.Barrier(4, action=forget, timeout=20)
        results: list[object] = []

        async def one_round() -> list[str]:
            await asyncio.gather(*(tokens.atoken() for _ in range(4)))
            return await asyncio.gather(*(resolver.aresolve() for _ in range(4)))

        def work() -> None:
            try:
                for _ in range(3):
                    start.wait()
                    results.append(asyncio.run(one_round()))
            except BaseException as exc:  # reported below, not lost in the thread
                results.append(exc)
                start.abort()

        threads = [threading.Thread(target=work, daemon=True) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in threads), "a loop hung"
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    assert results == [[PROJECT_ID] * 4] * 12, errors


# -- 6. cookies -----------------------------------------------------------------------------------
COOKIES = [("Set-Cookie", f"tracker{i}={'v' * 60}; Path=/") for i in range(40)]


def cookie_monster() -> Callable[[Seen], Reply]:
    """Set-Cookie on every answer; each first call of a kind fails, so that it is made again."""
    count = {"POST": 0, "GET": 0}

    def answer(seen: Seen) -> Reply:
        count[seen.method] += 1
        if count[seen.method] == 1:
            return Reply(401 if seen.method == "POST" else 500, {"error_msg": "no"}, COOKIES)
        reply = iam(seen)
        reply.headers += COOKIES
        return reply

    return answer


def test_iam_cookies_are_never_sent_back() -> None:
    with hostile(cookie_monster()) as evil:
        tokens = provider(iam_endpoint=evil.url)
        with pytest.raises(CredentialsError):
            tokens.token()
        token = tokens.token()
        tokens.invalidate(token.value)
        asyncio.run(tokens.atoken())
        resolver = ProjectIdResolver(AkSkAuth(AK, HOSTILE_SK), REGION, iam_endpoint=evil.url)
        with pytest.raises(AuthenticationError):
            resolver.resolve()
        assert resolver.resolve() == PROJECT_ID
        resolver._project_id = None
        assert asyncio.run(resolver.aresolve()) == PROJECT_ID
    assert [s.method for s in evil.requests] == ["POST", "POST", "POST", "GET", "GET", "GET"]
    assert [s.headers.get("cookie") for s in evil.requests] == [None] * 6


def test_no_cookies_jar_neither_keeps_nor_sends() -> None:
    def answer(seen: Seen) -> Reply:
        return Reply(200, {}, COOKIES)

    with hostile(answer) as evil, httpx.Client(cookies=no_cookies()) as client:
        client.get(evil.url)
        client.get(evil.url)
        assert len(client.cookies.jar) == 0
    assert [s.headers.get("cookie") for s in evil.requests] == [None, None]
