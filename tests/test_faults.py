"""Fault injection (issue 8, point 2): OcrClient, AsyncOcrClient and the batch engine behind
tests/fault_proxy.py, a fault-injecting proxy on 127.0.0.1 in front of the local OCR server (or
of tests/auth_server.py where tokens and signatures are the point).

Every fault ends in a retry that gets the right result, or in a typed huaweicloud_ocr.errors
exception that carries the X-Request-Id of the last answer when one was written.

Decisions these tests pin down:

* Only what cannot bill twice is retried by default (issue 13): 429 and 503 answers, and
  failures before the request reached the service whole. A reset after the request was read, a
  truncated body, a gateway's 502 and a read timeout came after the service may have done (and
  billed) the work: one attempt, then the typed error. `RetryPolicy(retry_after_send=True)`
  retries them too (tested here with the same faults).
* An unreadable 200 answer (invalid JSON) is not retried either: the call was processed (and
  billed); InvalidResponseError with the request id lets support find it.
* A 200 answer labelled text/plain whose body is the documented JSON is accepted: the generated
  parser (`_parse_response`) reads response.json() whatever the Content-Type says, and the body
  still has to be the documented result. Rejecting it would fail a call the service completed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

from huaweicloud_ocr import AsyncOcrClient, OcrClient, RetryPolicy, cli
from huaweicloud_ocr.auth import IamPasswordTokenProvider, IamTokenAuth
from huaweicloud_ocr.batch import record_key, run_batch
from huaweicloud_ocr.client import InvalidResponseError
from huaweicloud_ocr.errors import (
    ApiError,
    OcrError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UnauthorizedError,
)
from huaweicloud_ocr.testing import LocalOcrServer, _service, sample_png
from tests import auth_server
from tests.auth_server import CloudState, running_cloud
from tests.fault_proxy import (
    FORWARDED,
    Exchange,
    Fault,
    FaultProxy,
    SeededFaults,
    always,
    first,
    healthy,
    key_for_image,
)

MAX_ATTEMPTS = 3
FAST_RETRY = RetryPolicy(
    max_attempts=MAX_ATTEMPTS, initial_backoff=0.01, max_backoff=0.02, deadline=10
)
FAST_RETRY_AFTER_SEND = dataclasses.replace(FAST_RETRY, retry_after_send=True)
TIMEOUT = 0.5  # seconds, for the single calls
SLOW = 1.5  # how long SLOW and STALL hold an answer back: well over TIMEOUT
IMAGE = sample_png(40, 30)
CLOUD_RESULT = {"result": {"words_block_count": 0, "words_block_list": []}}

Flavor = Literal["sync", "async"]
FLAVORS: tuple[Flavor, ...] = ("sync", "async")

# The client's view of each fault: retried by default; retried only with retry_after_send.
RETRIED = frozenset({Fault.JSON_503, Fault.RATE_429})
AFTER_SEND = frozenset({Fault.RESET, Fault.TRUNCATE, Fault.HTML_502})
SUCCEEDS = frozenset({Fault.PASS, Fault.TEXT_PLAIN})


@dataclass(frozen=True)
class Expect:
    """The error a fault ends in when it is the last answer the client gets."""

    error: type[OcrError]
    text: str  # in str(error)
    status: int | None = None
    code: str | None = None
    request_id: bool = True  # the answer's X-Request-Id reached the client (and the error)


FINAL_ERRORS = {
    Fault.RESET: Expect(TransportError, "ReadError after {n} attempt(s)", request_id=False),
    Fault.TRUNCATE: Expect(TransportError, "RemoteProtocolError after {n} attempt(s)"),
    Fault.HTML_502: Expect(ServerError, "HTTP 502: non-JSON answer: '<html>", 502),
    Fault.JSON_503: Expect(
        ServerError, "HTTP 503 ModelArts.4403: Backend service unavailable", 503, "ModelArts.4403"
    ),
    Fault.RATE_429: Expect(
        RateLimitError, "HTTP 429 APIG.0308: The throttling threshold", 429, "APIG.0308"
    ),
    Fault.SLOW: Expect(
        RequestTimeoutError, "ReadTimeout after {n} attempt(s)", request_id=False
    ),  # nothing arrived before the timeout
    Fault.STALL: Expect(RequestTimeoutError, "ReadTimeout after {n} attempt(s)"),
    Fault.BAD_JSON: Expect(
        InvalidResponseError, "HTTP 200: unreadable answer (JSONDecodeError)", 200
    ),
}


# -- fixtures and helpers ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def expected(server: LocalOcrServer) -> dict[str, Any]:
    """The local server's answer to IMAGE, fetched without the proxy."""
    with OcrClient(
        endpoint=server.url, ak=server.ak, sk=server.sk, project_id=server.project_id
    ) as ocr:
        result: dict[str, Any] = ocr.recognize_general_text(IMAGE).to_dict()
    assert result["result"]["words_block_list"]  # a real answer, not an empty shell
    return result


@pytest.fixture
def proxy(server: LocalOcrServer) -> Iterator[FaultProxy]:
    with FaultProxy(server.url, slow_seconds=SLOW) as running:
        yield running


def recognize(
    flavor: Flavor, image: bytes = IMAGE, *, timeout: float = TIMEOUT, **kwargs: Any
) -> dict[str, Any]:
    """recognize_general_text with a new sync or async client; the result as a dict."""
    kwargs.setdefault("retry", FAST_RETRY)
    if flavor == "sync":
        with OcrClient(timeout=timeout, **kwargs) as ocr:
            result: dict[str, Any] = ocr.recognize_general_text(image).to_dict()
            return result

    async def main() -> dict[str, Any]:
        async with AsyncOcrClient(timeout=timeout, **kwargs) as ocr:
            answer: dict[str, Any] = (await ocr.recognize_general_text(image)).to_dict()
            return answer

    return asyncio.run(main())


def through(proxy: FaultProxy, server: LocalOcrServer, auth: str = "aksk") -> dict[str, Any]:
    """Client arguments for `server` reached through `proxy`, with AK/SK or a token."""
    kwargs: dict[str, Any] = {"endpoint": proxy.url, "project_id": server.project_id}
    if auth == "aksk":
        kwargs.update(ak=server.ak, sk=server.sk)
    else:
        kwargs["token"] = server.issue_token()
    return kwargs


def check_error(error: OcrError, kind: Fault, exchanges: list[Exchange]) -> None:
    """`error` is what FINAL_ERRORS says `kind` ends in, after len(exchanges) requests, with
    the last answer's request id when one reached the client."""
    expect = FINAL_ERRORS[kind]
    assert type(error) is expect.error
    assert expect.text.format(n=len(exchanges)) in str(error)
    request_id = exchanges[-1].request_id if expect.request_id else None
    assert error.request_id == request_id
    if request_id is not None:
        assert f"(request id {request_id})" in str(error)
    if isinstance(error, ApiError):
        assert (error.status_code, error.error_code) == (expect.status, expect.code)
        assert error.attempts == len(exchanges)


# -- one fault at a time -------------------------------------------------------------------------
def policy_for(kind: Fault) -> RetryPolicy:
    return FAST_RETRY_AFTER_SEND if kind in AFTER_SEND else FAST_RETRY


@pytest.mark.parametrize("auth", ["aksk", "token"])
@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("kind", sorted(RETRIED | AFTER_SEND))
def test_a_transient_fault_is_retried_into_the_right_result(
    server: LocalOcrServer,
    proxy: FaultProxy,
    expected: dict[str, Any],
    kind: Fault,
    flavor: Flavor,
    auth: str,
) -> None:
    """By default for 429 and 503; for the faults after the request was sent, with
    retry_after_send=True."""
    proxy.plan, proxy.retry_after = first(kind), "0"
    calls = len(server.state.calls)

    result = recognize(flavor, retry=policy_for(kind), **through(proxy, server, auth))

    assert result == expected
    log = proxy.exchanges()
    assert [(e.fault, e.attempt) for e in log] == [(kind, 1), (Fault.PASS, 2)]
    assert log[1].status == 200
    assert len({e.key for e in log}) == 1  # the same image both times
    # A retry is a new request (re-signed with a fresh X-Sdk-Date for AK/SK) that the server
    # accepts; a truncated answer means the server did the work twice.
    assert len(server.state.calls) == calls + sum(e.fault in FORWARDED for e in log)
    assert kind is not Fault.TRUNCATE or len(server.state.calls) == calls + 2


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("kind", sorted(AFTER_SEND))
def test_a_fault_after_the_request_was_sent_is_not_retried_by_default(
    server: LocalOcrServer, proxy: FaultProxy, kind: Fault, flavor: Flavor
) -> None:
    """The service may have done the work (a truncated answer: it did): a second attempt could
    be a second billed call. One attempt, the typed error, the service called at most once."""
    proxy.plan, proxy.retry_after = first(kind), "0"
    calls = len(server.state.calls)

    with pytest.raises(OcrError) as caught:
        recognize(flavor, **through(proxy, server))

    log = proxy.exchanges()
    assert [e.fault for e in log] == [kind]
    check_error(caught.value, kind, log)
    assert len(server.state.calls) == calls + (kind in FORWARDED)


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("kind", sorted(RETRIED | AFTER_SEND))
def test_a_fault_that_persists_ends_in_a_typed_error_with_the_request_id(
    server: LocalOcrServer, proxy: FaultProxy, kind: Fault, flavor: Flavor
) -> None:
    proxy.plan, proxy.retry_after = always(kind), "0"

    with pytest.raises(OcrError) as caught:
        recognize(flavor, retry=policy_for(kind), **through(proxy, server))

    log = proxy.exchanges()
    assert [e.fault for e in log] == [kind] * MAX_ATTEMPTS
    check_error(caught.value, kind, log)


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("kind", [Fault.SLOW, Fault.STALL])
def test_an_answer_slower_than_the_timeout_is_a_timeout_and_not_retried(
    server: LocalOcrServer, proxy: FaultProxy, kind: Fault, flavor: Flavor
) -> None:
    """SLOW sends nothing in time; STALL sends the headers (and request id) at once and the body
    too late. Either way: RequestTimeoutError after the one attempt, though the next would pass."""
    proxy.plan = first(kind)
    started = time.monotonic()

    with pytest.raises(RequestTimeoutError) as caught:
        recognize(flavor, **through(proxy, server))

    elapsed = time.monotonic() - started
    log = proxy.exchanges()
    assert [e.fault for e in log] == [kind]
    check_error(caught.value, kind, log)
    assert TIMEOUT <= elapsed < SLOW  # gave up at the timeout, did not wait for the answer


@pytest.mark.parametrize("flavor", FLAVORS)
def test_invalid_json_with_200_is_an_invalid_response_error_not_retried(
    server: LocalOcrServer, proxy: FaultProxy, flavor: Flavor
) -> None:
    proxy.plan = first(Fault.BAD_JSON)
    with pytest.raises(InvalidResponseError) as caught:
        recognize(flavor, **through(proxy, server))
    log = proxy.exchanges()
    assert [e.fault for e in log] == [Fault.BAD_JSON]
    assert log[0].request_id is not None  # the local server's own id, passed through
    check_error(caught.value, Fault.BAD_JSON, log)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_an_unreadable_answer_after_a_retry_counts_both_attempts(
    server: LocalOcrServer, proxy: FaultProxy, flavor: Flavor
) -> None:
    proxy.plan = lambda key, attempt: [Fault.JSON_503, Fault.BAD_JSON][attempt - 1]
    with pytest.raises(InvalidResponseError) as caught:
        recognize(flavor, **through(proxy, server))
    log = proxy.exchanges()
    assert [e.fault for e in log] == [Fault.JSON_503, Fault.BAD_JSON]
    check_error(caught.value, Fault.BAD_JSON, log)  # attempts == 2


@pytest.mark.parametrize("flavor", FLAVORS)
def test_text_plain_with_the_documented_json_is_accepted(
    server: LocalOcrServer, proxy: FaultProxy, expected: dict[str, Any], flavor: Flavor
) -> None:
    proxy.plan = always(Fault.TEXT_PLAIN)
    assert recognize(flavor, **through(proxy, server)) == expected
    assert [e.fault for e in proxy.exchanges()] == [Fault.TEXT_PLAIN]


@pytest.mark.parametrize("flavor", FLAVORS)
def test_retry_after_is_waited_for(
    server: LocalOcrServer, proxy: FaultProxy, expected: dict[str, Any], flavor: Flavor
) -> None:
    """429 with Retry-After: 1 and a policy whose own backoff is 10-20 ms: the second request
    comes about one second after the first."""
    proxy.plan, proxy.retry_after = first(Fault.RATE_429), "1"
    assert recognize(flavor, **through(proxy, server, "token")) == expected
    first_try, second_try = proxy.exchanges()
    assert (first_try.fault, second_try.fault) == (Fault.RATE_429, Fault.PASS)
    assert 1.0 <= second_try.arrived - first_try.arrived < 1.5


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_retry_after_beyond_the_deadline_fails_at_once(
    server: LocalOcrServer, proxy: FaultProxy, flavor: Flavor
) -> None:
    proxy.plan, proxy.retry_after = always(Fault.RATE_429), "30"  # deadline 10 s
    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        recognize(flavor, **through(proxy, server))
    assert time.monotonic() - started < 1.0
    check_error(caught.value, Fault.RATE_429, proxy.exchanges())  # one attempt


# -- tokens that expire --------------------------------------------------------------------------
@dataclass
class Cloud:
    state: CloudState
    url: str
    user: tuple[str, str, str]  # domain, user name, password

    def provider(self) -> IamPasswordTokenProvider:
        domain, name, password = self.user
        return IamPasswordTokenProvider(
            username=name,
            password=password,
            domain_name=domain,
            project_name="ap-southeast-1",
            iam_endpoint=self.url,
        )

    def revoke_all(self) -> None:
        with self.state.lock:
            self.state.revoked.update(self.state.tokens)


@pytest.fixture
def cloud() -> Iterator[Cloud]:
    password = secrets.token_hex(16)
    state = CloudState(users={("faults-domain", "faults-user"): password})
    with running_cloud(state) as url:
        yield Cloud(state, url, ("faults-domain", "faults-user", password))


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_token_refused_mid_run_is_refreshed_once(cloud: Cloud, flavor: Flavor) -> None:
    provider = cloud.provider()
    with FaultProxy(cloud.url) as proxy:
        kwargs: dict[str, Any] = {"endpoint": proxy.url, "project_id": cloud.state.project_id}
        assert recognize(flavor, auth=IamTokenAuth(provider), **kwargs) == CLOUD_RESULT
        assert (cloud.state.token_requests, provider.fetch_count) == (1, 1)
        cloud.revoke_all()  # expired or revoked at the server before the client expected

        answer = recognize(flavor, sample_png(41, 30), auth=IamTokenAuth(provider), **kwargs)
        log = proxy.exchanges()

    assert answer == CLOUD_RESULT
    assert (cloud.state.token_requests, provider.fetch_count) == (2, 2)
    assert cloud.state.rejected == ["unknown token"]
    assert [(e.upstream_status, e.attempt) for e in log[1:]] == [(401, 1), (200, 2)]
    provider.close()


def test_a_token_the_client_knows_has_expired_is_refreshed_before_sending(cloud: Cloud) -> None:
    """The other way a token runs out mid-run: its expires_at passes (less the refresh margin,
    15 minutes) between two calls. A new token is fetched first; the server refuses nothing."""
    cloud.state.token_ttl = timedelta(minutes=15, seconds=1)
    provider = cloud.provider()
    with FaultProxy(cloud.url) as proxy:
        kwargs: dict[str, Any] = {"endpoint": proxy.url, "project_id": cloud.state.project_id}
        assert recognize("sync", auth=IamTokenAuth(provider), **kwargs) == CLOUD_RESULT
        assert recognize("sync", auth=IamTokenAuth(provider), **kwargs) == CLOUD_RESULT
        assert cloud.state.token_requests == 1  # still fresh
        time.sleep(1.1)
        assert recognize("sync", auth=IamTokenAuth(provider), **kwargs) == CLOUD_RESULT
        log = proxy.exchanges()
    assert (cloud.state.token_requests, provider.fetch_count) == (2, 2)
    assert cloud.state.rejected == []
    assert [e.upstream_status for e in log] == [200, 200, 200]
    provider.close()


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_refreshed_token_that_is_refused_too_is_an_unauthorized_error(
    cloud: Cloud, flavor: Flavor
) -> None:
    """Tokens that the server finds expired at once: one refresh, then the 401 is raised (no
    loop, no retry of a 401 by the retry policy), with the request id of that last answer."""
    cloud.state.token_ttl = timedelta(0)
    provider = cloud.provider()
    with FaultProxy(cloud.url) as proxy, pytest.raises(UnauthorizedError) as caught:
        recognize(
            flavor,
            auth=IamTokenAuth(provider),
            endpoint=proxy.url,
            project_id=cloud.state.project_id,
        )
    log = proxy.exchanges()
    error = caught.value
    assert cloud.state.token_requests == 2
    assert [e.upstream_status for e in log] == [401, 401]
    assert (error.error_code, error.error_msg, error.attempts) == ("APIG.0301", "token expired", 1)
    assert error.request_id == log[-1].request_id == f"fp-{len(log)}"
    provider.close()


# -- clock skew ----------------------------------------------------------------------------------
def skewed_clock(offset: timedelta) -> type[datetime]:
    """A datetime class whose now() is `offset` ahead: the server's clock, wrong."""

    class Skewed(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Skewed:
            return super().now(tz) + offset

    return Skewed


@pytest.mark.parametrize("flavor", FLAVORS)
def test_clock_skew_is_an_unauthorized_error_that_says_so(
    server: LocalOcrServer,
    proxy: FaultProxy,
    monkeypatch: pytest.MonkeyPatch,
    flavor: Flavor,
) -> None:
    monkeypatch.setattr(_service, "datetime", skewed_clock(timedelta(minutes=16)))
    with pytest.raises(UnauthorizedError) as caught:
        recognize(flavor, **through(proxy, server))
    error = caught.value
    log = proxy.exchanges()
    assert len(log) == 1  # a 401 is not retried
    assert (error.status_code, error.error_code, error.attempts) == (401, "APIG.0301", 1)
    assert error.error_msg is not None
    assert "request time skewed" in error.error_msg
    assert "request time skewed" in str(error)
    assert error.request_id == log[0].request_id is not None
    assert f"(request id {error.request_id})" in str(error)


def test_clock_skew_against_the_official_signer(
    proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/auth_server.py (the official signer) with its clock 20 minutes behind."""
    ak, sk = "FAULTSKEWACCESSKEY00", secrets.token_hex(20)
    state = CloudState(keys={ak: sk})
    monkeypatch.setattr(auth_server, "datetime", skewed_clock(timedelta(minutes=-20)))
    with (
        running_cloud(state) as url,
        FaultProxy(url) as cloud_proxy,
        pytest.raises(UnauthorizedError) as caught,
    ):
        recognize("async", endpoint=cloud_proxy.url, ak=ak, sk=sk, project_id=state.project_id)
    log = cloud_proxy.exchanges()
    assert state.rejected == ["request time out of range"]
    assert caught.value.error_msg == "request time out of range"
    assert caught.value.request_id == log[0].request_id == "fp-1"  # added by the proxy
    assert len(log) == 1


def test_a_skew_within_15_minutes_is_accepted(
    server: LocalOcrServer,
    proxy: FaultProxy,
    monkeypatch: pytest.MonkeyPatch,
    expected: dict[str, Any],
) -> None:
    monkeypatch.setattr(_service, "datetime", skewed_clock(timedelta(minutes=14)))
    assert recognize("sync", **through(proxy, server)) == expected


# -- the batch -----------------------------------------------------------------------------------
BATCH_FILES = 1000
BATCH_TIMEOUT = 2.0  # loopback answers take milliseconds; SLOW and STALL wait it out
# Seed 3: under the default policy (only 429 and 503 retried) some files still exhaust their
# attempts, some are retried into success.
BATCH_PLAN = SeededFaults(seed=3, rate=0.10, kinds=sorted(set(Fault) - {Fault.PASS}))


def outcome(schedule: tuple[Fault, ...]) -> tuple[bool, tuple[Fault, ...]]:
    """What the client does with a key's fault schedule: (ends ok, the faults it meets)."""
    met: list[Fault] = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        kind = schedule[attempt - 1] if attempt <= len(schedule) else Fault.PASS
        met.append(kind)
        if kind in SUCCEEDS:
            return True, tuple(met)
        if kind not in RETRIED:
            break
    return False, tuple(met)


def write_images(folder: Path, count: int) -> dict[str, str]:
    """`count` small distinct PNGs in folder (some in sub/); relative path -> proxy key."""
    keys = {}
    for i in range(count):
        data = sample_png(16 + i % 50, 16 + i // 50)
        rel = f"{'sub/' if i % 10 == 0 else ''}img{i:04}.png"
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
        keys[rel] = key_for_image(data)
    assert len(set(keys.values())) == count
    return keys


def read_lines(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.splitlines()]


def batch(proxy: FaultProxy, server: LocalOcrServer, folder: Path, out: Path, **kwargs: Any) -> Any:
    def client() -> AsyncOcrClient:
        return AsyncOcrClient(
            endpoint=proxy.url,
            ak=server.ak,
            sk=server.sk,
            project_id=server.project_id,
            retry=FAST_RETRY,
            timeout=BATCH_TIMEOUT,
            # A fresh connection per request: a reset on a kept-alive connection before any
            # answer byte is retried (the keep-alive race), on a fresh one it is not, and the
            # plan below must know which it is.
            httpx_args={"limits": httpx.Limits(max_keepalive_connections=0)},
        )

    return run_batch(
        client, folder, out, "general-text", concurrency=16, handle_signals=False, **kwargs
    )


def test_a_thousand_images_with_ten_percent_faults(
    server: LocalOcrServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, out = tmp_path / "images", tmp_path / "results.jsonl"
    keys = write_images(folder, BATCH_FILES)
    with OcrClient(
        endpoint=server.url, ak=server.ak, sk=server.sk, project_id=server.project_id
    ) as ocr:
        reference = ocr.recognize_general_text(sample_png(16, 16)).to_dict()
    plans = {rel: outcome(BATCH_PLAN.schedule(key)) for rel, key in keys.items()}
    with FaultProxy(server.url, BATCH_PLAN, slow_seconds=BATCH_TIMEOUT + 1.0) as proxy:
        started = time.monotonic()
        summary = batch(proxy, server, folder, out)
        elapsed = time.monotonic() - started
        log = proxy.by_key()
        records = read_lines(out)

        # One line per file, none lost, none twice.
        assert len(records) == BATCH_FILES
        by_file = {record_key(r).decode(): r for r in records}
        assert sorted(by_file) == sorted(keys)
        for rel, record in by_file.items():
            exchanges = log[keys[rel]]
            ok, met = plans[rel]
            assert tuple(e.fault for e in exchanges) == met, rel  # the plan, as the log shows
            assert record["status"] == ("ok" if ok else "failed"), (rel, met, record)
            if ok:
                assert record["result"]["result"] == reference["result"]
                continue
            error = record["error"]
            expect = FINAL_ERRORS[met[-1]]
            assert error["type"] == expect.error.__name__, (rel, met)
            assert expect.text.format(n=len(met)) in error["message"], (rel, error)
            assert error["http_status"] == expect.status
            assert error["error_code"] == expect.code
            wanted_id = exchanges[-1].request_id if expect.request_id else None
            assert error["request_id"] == wanted_id, (rel, met, error)
            if issubclass(expect.error, ApiError):
                assert error["attempts"] == len(exchanges)

        # The failed lines are exactly the files whose faults could not be retried away.
        failed_in_log = [k for k, ex in log.items() if ex[-1].fault not in SUCCEEDS]
        failed = [r for r in records if r["status"] == "failed"]
        assert len(failed) == len(failed_in_log) == sum(not ok for ok, _ in plans.values())
        assert (summary.ok, summary.failed) == (BATCH_FILES - len(failed), len(failed))
        requests = sum(len(ex) for ex in log.values())
        faulted = sum(e.fault is not Fault.PASS for ex in log.values() for e in ex)
        first_faulted = sum(ex[0].fault is not Fault.PASS for ex in log.values())
        retried_ok = sum(ok and len(met) > 1 for ok, met in plans.values())
        assert 0.07 * BATCH_FILES < first_faulted < 0.13 * BATCH_FILES
        assert retried_ok > 0
        assert any(len(met) == MAX_ATTEMPTS and not ok for ok, met in plans.values())

        # A rerun sends nothing: every file has its line.
        again = batch(proxy, server, folder, out)
        assert sum(len(ex) for ex in proxy.by_key().values()) == requests
        assert (again.skipped, again.ok, again.failed) == (BATCH_FILES, 0, 0)
        assert read_lines(out) == records

        # --retry-failed with the proxy healthy: the failed files, once each, and all ok.
        proxy.plan = healthy
        for name, value in {
            "HUAWEICLOUD_SDK_TOKEN": server.issue_token(),
            "HUAWEICLOUD_SDK_PROJECT_ID": server.project_id,
            "HUAWEICLOUD_SDK_CREDENTIALS_FILE": "/dev/null",
        }.items():
            monkeypatch.setenv(name, value)
        argv = ["batch", str(folder), "--operation", "general-text", "--out", str(out)]
        argv += ["--endpoint", proxy.url, "--concurrency", "16", "--retry-failed", "-q"]
        assert cli.main(argv) == 0
        after = proxy.by_key()
        resent = {k for k, ex in after.items() if len(ex) > len(log.get(k, []))}
        assert resent == set(failed_in_log)
        assert all(len(after[k]) == len(log[k]) + 1 for k in resent)
    final = read_lines(out)
    assert len(final) == BATCH_FILES
    assert sorted(record_key(r).decode() for r in final) == sorted(keys)
    assert {r["status"] for r in final} == {"ok"}
    with capsys.disabled():
        kinds = sorted({e.fault.value for ex in log.values() for e in ex} - {"pass"})
        print(
            f"\nbatch: {len(records)} lines, {summary.ok} ok, {summary.failed} failed in "
            f"{elapsed:.1f} s; {requests} requests, {faulted} faulted "
            f"({first_faulted} files faulted on their first request, {retried_ok} retried "
            f"into success); kinds: {', '.join(kinds)}"
        )


def test_a_token_expiring_mid_batch_is_refreshed_once(
    cloud: Cloud, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = tmp_path / "images", tmp_path / "results.jsonl"
    keys = write_images(folder, 200)
    provider = cloud.provider()
    written = 0

    def revoke_at_50(record: object) -> None:
        nonlocal written
        written += 1
        if written == 50:
            cloud.revoke_all()

    with FaultProxy(cloud.url) as proxy:

        def client() -> AsyncOcrClient:
            return AsyncOcrClient(
                endpoint=proxy.url,
                auth=IamTokenAuth(provider),
                project_id=cloud.state.project_id,
                retry=FAST_RETRY,
            )

        summary = run_batch(
            client,
            folder,
            out,
            "general-text",
            concurrency=16,
            handle_signals=False,
            on_record=revoke_at_50,
        )
        log = proxy.by_key()
    records = read_lines(out)
    assert (summary.ok, summary.failed, summary.fatal) == (200, 0, None)
    assert len(records) == 200
    assert sorted(record_key(r).decode() for r in records) == sorted(keys)
    assert all(r["result"] == CLOUD_RESULT for r in records)
    assert (cloud.state.token_requests, provider.fetch_count) == (2, 2)  # exactly one refresh
    refused = [ex for ex in log.values() if ex[0].upstream_status == 401]
    assert refused  # some requests were in flight or sent after the revocation
    assert len(refused) == len(cloud.state.rejected)
    assert all([e.upstream_status for e in ex] == [401, 200] for ex in refused)
    assert all(len(ex) == 1 for ex in log.values() if ex not in refused)
    provider.close()
    with capsys.disabled():
        print(
            f"\ntoken batch: 200 ok in {summary.elapsed:.1f} s; {len(refused)} requests refused "
            f"(401) after the revocation, {cloud.state.token_requests} token fetches"
        )
