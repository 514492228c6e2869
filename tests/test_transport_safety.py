"""Where requests, and the credentials in them, may go: TLS certificates are checked unless the
caller says otherwise, plain HTTP only to loopback (or when asked), redirects are never
followed, and proxies come from the environment as httpx's trust_env gives them.

All traffic stays on 127.0.0.1: a TLS server with a throw-away self-signed certificate (made with
the openssl command), plain servers that redirect or record, and a recording proxy.
"""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from huaweicloud_ocr import NO_RETRY, AsyncOcrClient, OcrClient
from huaweicloud_ocr.auth import IamPasswordTokenProvider, ProjectIdResolver, TokenAuth
from huaweicloud_ocr.errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    TransportError,
)
from tests.secrets_registry import SAFETY_PASSWORD, SAFETY_SK, SAFETY_TOKEN

OK_TEXT = b'{"result": {"words_block_count": 0, "words_block_list": []}}'
AK = "SAFETYACCESSKEY00000"
REGION = "ap-southeast-1"


# -- loopback servers ----------------------------------------------------------------------------
@dataclass
class Seen:
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    def credentials(self) -> list[str]:
        names = ("authorization", "x-auth-token", "x-security-token")
        return [v for _, _, headers in self.requests for k, v in headers.items() if k in names]


class _Handler(BaseHTTPRequestHandler):
    server: RecordingServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.seen.requests.append((self.command, self.path, headers))
        status, extra, body = self.server.answer(self)
        self.send_response(status)
        for key, value in {"Content-Type": "application/json", **extra}.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    do_GET = do_POST = do_CONNECT = _answer


Answer = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]


def ok(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, OK_TEXT


class RecordingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, answer: Answer = ok, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.seen = Seen()
        if tls is not None:
            # Handshakes happen on accept; a client that refuses the certificate never gets
            # to send a request line.
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        self.scheme = "https" if tls else "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def serve() -> Iterator[Callable[..., RecordingServer]]:
    started: list[RecordingServer] = []

    def start(answer: Answer = ok, tls: ssl.SSLContext | None = None) -> RecordingServer:
        server = RecordingServer(answer, tls)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for IP 127.0.0.1 only (so 'localhost' does not match it)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    where = tmp_path_factory.mktemp("tls")
    cert, key = where / "cert.pem", where / "key.pem"
    command = [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    command += ["-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
    command += ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)]
    subprocess.run(  # noqa: S603 - fixed arguments, no shell
        command,
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_server(
    serve: Callable[..., RecordingServer], certificate: tuple[Path, Path]
) -> RecordingServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return serve(tls=context)


def ocr_client(endpoint: str, **kwargs: Any) -> OcrClient:
    return OcrClient(
        endpoint=endpoint, ak=AK, sk=SAFETY_SK, project_id="p", retry=NO_RETRY, **kwargs
    )


def ssl_context(client: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    pool = client._transport._pool  # type: ignore[union-attr]
    context: ssl.SSLContext = pool._ssl_context
    return context


# -- TLS -----------------------------------------------------------------------------------------
def test_certificates_are_verified_by_default() -> None:
    with ocr_client("https://ocr.ap-southeast-1.myhuaweicloud.com") as ocr:
        for client in (ocr._sync_client(), ocr._new_async_client()):
            context = ssl_context(client)
            assert context.verify_mode == ssl.CERT_REQUIRED
            assert context.check_hostname is True
    for iam_client in (
        IamPasswordTokenProvider(
            username="u", password=SAFETY_PASSWORD, domain_name="d", region=REGION
        )._client,
        ProjectIdResolver(TokenAuth(SAFETY_TOKEN), REGION)._client,
    ):
        context = ssl_context(iam_client.get_httpx_client())
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True


def test_verification_is_off_only_when_asked() -> None:
    with ocr_client("https://ocr.ap-southeast-1.myhuaweicloud.com", verify=False) as ocr:
        context = ssl_context(ocr._sync_client())
        assert context.verify_mode == ssl.CERT_NONE
        assert context.check_hostname is False


def test_an_untrusted_certificate_is_refused_before_anything_is_sent(
    tls_server: RecordingServer,
) -> None:
    with (
        ocr_client(tls_server.url) as ocr,
        pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        ocr.recognize_general_text(url="https://example.com/a.png")
    tokens = IamPasswordTokenProvider(
        username="u",
        password=SAFETY_PASSWORD,
        domain_name="d",
        region=REGION,
        iam_endpoint=tls_server.url,
    )
    with pytest.raises(AuthenticationError, match="could not reach IAM"):
        tokens.token()
    assert tls_server.seen.requests == []


def test_a_trusted_certificate_for_another_host_is_refused(
    tls_server: RecordingServer, certificate: tuple[Path, Path]
) -> None:
    """check_hostname is on: the certificate names 127.0.0.1, not localhost."""
    port = tls_server.server_address[1]
    with (
        pytest.warns(DeprecationWarning, match="verify=<str>"),  # httpx 0.28 on a CA path
        ocr_client(f"https://localhost:{port}", verify=str(certificate[0])) as ocr,
        pytest.raises(TransportError, match="Hostname mismatch"),
    ):
        ocr.recognize_general_text(url="https://example.com/a.png")
    assert tls_server.seen.requests == []


def test_a_certificate_the_caller_trusts_is_accepted(
    tls_server: RecordingServer, certificate: tuple[Path, Path]
) -> None:
    """The control for the two tests above."""
    with (
        pytest.warns(DeprecationWarning, match="verify=<str>"),
        ocr_client(tls_server.url, verify=str(certificate[0])) as ocr,
    ):
        assert ocr.recognize_general_text(url="https://example.com/a.png").result is not None
    assert len(tls_server.seen.requests) == 1


def test_ssl_cert_file_from_the_environment_is_trusted(
    tls_server: RecordingServer, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx's trust_env (on by default) reads SSL_CERT_FILE: the environment decides which CAs
    the client trusts. Reported, not changed."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    with ocr_client(tls_server.url) as ocr:
        assert ocr.recognize_general_text(url="https://example.com/a.png").result is not None
    assert len(tls_server.seen.requests) == 1


# -- plain HTTP ----------------------------------------------------------------------------------
INSECURE = ["http://ocr.example.com", "http://localhost.example.com", "http://10.0.0.1:8080"]
LOOPBACK = ["http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1", "http://127.9.9.9"]
RULE = "plain HTTP is allowed only on loopback or with allow_insecure_http=True"


@pytest.mark.parametrize("endpoint", INSECURE)
def test_plain_http_is_refused_off_loopback(endpoint: str) -> None:
    with pytest.raises(ConfigurationError, match=RULE):
        OcrClient(endpoint=endpoint, ak=AK, sk=SAFETY_SK, project_id="p")
    with pytest.raises(ConfigurationError, match=RULE):
        IamPasswordTokenProvider(
            username="u",
            password=SAFETY_PASSWORD,
            domain_name="d",
            region=REGION,
            iam_endpoint=endpoint,
        )
    with pytest.raises(ConfigurationError, match=RULE):
        ProjectIdResolver(TokenAuth(SAFETY_TOKEN), REGION, iam_endpoint=endpoint)


@pytest.mark.parametrize("endpoint", INSECURE)
def test_plain_http_off_loopback_when_asked(endpoint: str) -> None:
    OcrClient(endpoint=endpoint, ak=AK, sk=SAFETY_SK, project_id="p", allow_insecure_http=True)
    IamPasswordTokenProvider(
        username="u",
        password=SAFETY_PASSWORD,
        domain_name="d",
        region=REGION,
        iam_endpoint=endpoint,
        allow_insecure_http=True,
    )
    ProjectIdResolver(
        TokenAuth(SAFETY_TOKEN), REGION, iam_endpoint=endpoint, allow_insecure_http=True
    )


@pytest.mark.parametrize("endpoint", LOOPBACK)
def test_plain_http_on_loopback(endpoint: str) -> None:
    assert OcrClient(endpoint=endpoint, ak=AK, sk=SAFETY_SK, project_id="p").endpoint == endpoint
    tokens = IamPasswordTokenProvider(
        username="u",
        password=SAFETY_PASSWORD,
        domain_name="d",
        region=REGION,
        iam_endpoint=endpoint,
    )
    assert tokens.iam_endpoint == endpoint


# -- redirects -----------------------------------------------------------------------------------
REDIRECTS = [301, 302, 303, 307, 308]


def redirect_to(target: RecordingServer, status: int) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        location = f"{target.url}{handler.path}?moved=1"
        return status, {"Location": location}, b"{}"

    return answer


@pytest.mark.parametrize("status", REDIRECTS)
@pytest.mark.parametrize("auth", ["aksk", "token"])
def test_the_client_does_not_follow_redirects(
    serve: Callable[..., RecordingServer], status: int, auth: str
) -> None:
    elsewhere = serve()
    first = serve(redirect_to(elsewhere, status))
    credentials: dict[str, Any] = (
        {"ak": AK, "sk": SAFETY_SK} if auth == "aksk" else {"token": SAFETY_TOKEN}
    )
    with (
        OcrClient(endpoint=first.url, project_id="p", retry=NO_RETRY, **credentials) as ocr,
        pytest.raises(ApiError) as caught,
    ):
        ocr.recognize_general_text(url="https://example.com/a.png")
    assert caught.value.status_code == status
    assert "redirect" in str(caught.value)
    assert elsewhere.url in str(caught.value)
    assert "moved=1" not in str(caught.value)  # the query of a Location is not repeated
    assert len(first.seen.requests) == 1
    assert first.seen.credentials()  # the first server did get credentials: it is the endpoint
    assert elsewhere.seen.requests == []


def test_the_async_client_does_not_follow_redirects(
    serve: Callable[..., RecordingServer],
) -> None:
    elsewhere = serve()
    first = serve(redirect_to(elsewhere, 307))

    async def call() -> None:
        async with AsyncOcrClient(
            endpoint=first.url, token=SAFETY_TOKEN, project_id="p", retry=NO_RETRY
        ) as ocr:
            await ocr.recognize_general_text(url="https://example.com/a.png")

    with pytest.raises(ApiError, match="redirect"):
        asyncio.run(call())
    assert len(first.seen.requests) == 1
    assert elsewhere.seen.requests == []


@pytest.mark.parametrize("status", REDIRECTS)
def test_iam_calls_do_not_follow_redirects(
    serve: Callable[..., RecordingServer], status: int
) -> None:
    elsewhere = serve()
    first = serve(redirect_to(elsewhere, status))
    tokens = IamPasswordTokenProvider(
        username="u",
        password=SAFETY_PASSWORD,
        domain_name="d",
        region=REGION,
        iam_endpoint=first.url,
    )
    resolver = ProjectIdResolver(TokenAuth(SAFETY_TOKEN), REGION, iam_endpoint=first.url)
    with pytest.raises(AuthenticationError, match=f"HTTP {status}"):
        tokens.token()
    with pytest.raises(AuthenticationError, match=f"HTTP {status}"):
        resolver.resolve()
    with pytest.raises(AuthenticationError, match=f"HTTP {status}"):
        asyncio.run(resolver.aresolve())
    assert [method for method, _, _ in first.seen.requests] == ["POST", "GET", "GET"]
    assert elsewhere.seen.requests == []


def test_a_redirect_flag_in_httpx_args_is_not_a_way_around() -> None:
    """httpx_args cannot switch redirects on: refused when the client is made."""
    with pytest.raises(ConfigurationError, match="follow_redirects"):
        OcrClient(
            endpoint="http://127.0.0.1:1",
            token=SAFETY_TOKEN,
            project_id="p",
            httpx_args={"follow_redirects": True},
        )


# -- proxies from the environment ----------------------------------------------------------------
def refuse(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
    return 502, {}, b"proxy says no"


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_an_http_proxy_from_the_environment_sees_plain_http_credentials(
    serve: Callable[..., RecordingServer], no_proxy_env: pytest.MonkeyPatch
) -> None:
    """httpx's trust_env is on: HTTP_PROXY applies even to 127.0.0.1, and a proxy of a plain-HTTP
    endpoint reads the whole request, credentials included. Reported, not changed."""
    target, proxy = serve(), serve(refuse)
    no_proxy_env.setenv("HTTP_PROXY", proxy.url)
    with ocr_client(target.url) as ocr, pytest.raises(ApiError, match="HTTP 502"):
        ocr.recognize_general_text(url="https://example.com/a.png")
    assert target.seen.requests == []
    method, path, _ = proxy.seen.requests[0]
    assert (method, path) == ("POST", f"{target.url}/v2/p/ocr/general-text")
    assert proxy.seen.credentials()  # the AK/SK signature went to the proxy


def test_an_https_proxy_from_the_environment_sees_only_the_host(
    serve: Callable[..., RecordingServer],
    tls_server: RecordingServer,
    no_proxy_env: pytest.MonkeyPatch,
) -> None:
    """For HTTPS the proxy gets a CONNECT for the host and port, and nothing of the request."""
    proxy = serve(refuse)
    no_proxy_env.setenv("HTTPS_PROXY", proxy.url)
    with ocr_client(tls_server.url) as ocr, pytest.raises(TransportError, match="ProxyError"):
        ocr.recognize_general_text(url="https://example.com/a.png")
    port = tls_server.server_address[1]
    assert [(m, p) for m, p, _ in proxy.seen.requests] == [("CONNECT", f"127.0.0.1:{port}")]
    assert proxy.seen.credentials() == []
    assert tls_server.seen.requests == []


def test_trust_env_false_ignores_proxies_from_the_environment(
    serve: Callable[..., RecordingServer], no_proxy_env: pytest.MonkeyPatch
) -> None:
    target, proxy = serve(), serve(refuse)
    no_proxy_env.setenv("HTTP_PROXY", proxy.url)
    with ocr_client(target.url, httpx_args={"trust_env": False}) as ocr:
        assert ocr.recognize_general_text(url="https://example.com/a.png").result is not None
    assert proxy.seen.requests == []
    assert len(target.seen.requests) == 1


def test_no_proxy_exempts_a_host(
    serve: Callable[..., RecordingServer], no_proxy_env: pytest.MonkeyPatch
) -> None:
    target, proxy = serve(), serve(refuse)
    no_proxy_env.setenv("HTTP_PROXY", proxy.url)
    no_proxy_env.setenv("NO_PROXY", "127.0.0.1")
    with ocr_client(target.url) as ocr:
        assert ocr.recognize_general_text(url="https://example.com/a.png").result is not None
    assert proxy.seen.requests == []
