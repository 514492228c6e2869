"""The secrets the test suite uses, in one place, and the detector that looks for them.

tests/conftest.py logs everything at DEBUG for the whole suite and hands every log record and
every OcrError created to DETECTOR; after each test the test fails if any of them shows a known
secret. Known secrets are

* the literals below: every SK, password and token the test files write out
  (test_secrets_check.py fails when a test file gains one that is not listed here);
* every value wrapped in huaweicloud_ocr._secret.Secret while the suite runs (SKs, passwords,
  tokens and security tokens all pass through it), and every SK and token the loopback servers
  make up (registered by conftest);
* anything shaped like a credential header value in httpcore's trace, or like a token the
  loopback servers issue, whether or not it was registered.

Values shorter than MIN_LENGTH are not looked for: "sk" or "t" would match in any text. The
access key id (AK) is not a secret; it is masked in reprs anyway.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

MIN_LENGTH = 8

# Secrets of the new test files.
FUZZ_TOKEN = "MIIfuzz-token-never-logged-0123456789abcdef"
FUZZ_PASSWORD = "fuzz-password-never-logged-42"
SAFETY_SK = "transport-safety-secret-key-0123456789"
SAFETY_TOKEN = "MIIsafety-token-never-forwarded-abcdef"
SAFETY_PASSWORD = "safety-password-never-forwarded-7"
BAD_INPUT_SK = "bad-input-secret-key-0123456789abcdef"
LIVE_CHECK_SECRET = "live-check-secret-never-logged-xyz"
# test_hostile_auth.py, test_server_text.py
HOSTILE_PASSWORD = "hostile-password-never-shown-0042"
HOSTILE_SK = "hostile-secret-key-never-shown-0123456789"
HOSTILE_SECURITY_TOKEN = "hostile-security-token-never-shown-abcdef"
HOSTILE_TOKEN = "MIIhostile-token-never-shown-0123456789"
URL_PASSWORD = "url-password-never-shown-77"
# test_hostile_peers.py
PEER_TOKEN = "MIIhostile-peer-token-never-shown-0123456789"
PEER_SK = "hostile-peer-secret-key-never-shown-0123456789"

# The literals of the other test files (grep tests/ for SK =, PASSWORD, TOKEN, sk=, password=).
STATIC_SECRETS = frozenset(
    {
        # test_credentials.py
        "SECRETKEY-never-printed-0123456789",
        "SECURITYTOKEN-never-printed-abcdef",
        "PASSWORD-never-printed-xyz",
        # test_auth_http.py, test_request_bodies.py, test_signing_oracle.py, vectors/signing
        "exampleSecretKey0123456789abcdefghijklmn",
        "P@ssw0rd-not-real-1234",
        "wrong-password-value",
        "gQpjbi1ub3J0aC00EXAMPLE",
        # test_client_config.py, test_config_matrix.py
        "config-test-token-0123456789",
        "matrix-token-0123456789abcdef",
        "matrix-secret-key-0123456789",
        # test_contract_prism.py
        "prism-contract-sk",
        "prism-contract-token",
        # test_client_e2e.py
        "secret-value-1234",
        # test_documents.py (a PDF password)
        "open-sesame",
        FUZZ_TOKEN,
        FUZZ_PASSWORD,
        SAFETY_SK,
        SAFETY_TOKEN,
        SAFETY_PASSWORD,
        BAD_INPUT_SK,
        LIVE_CHECK_SECRET,
        HOSTILE_PASSWORD,
        HOSTILE_SK,
        HOSTILE_SECURITY_TOKEN,
        HOSTILE_TOKEN,
        URL_PASSWORD,
        PEER_TOKEN,
        PEER_SK,
    }
)

# Found even when nobody registered them.
PATTERNS = (
    # httpcore's DEBUG trace of response headers, unless huaweicloud_ocr._logging masked it
    re.compile(
        r"\(b'(?:x-subject-token|x-auth-token|x-security-token|authorization)', "
        r"b'(?!\*\*\*')[^']+'\)",
        re.IGNORECASE,
    ),
    # tokens issued by LocalOcrServer ("MIIlocal...") and tests/auth_server.py ("MIItoken0001x...")
    re.compile(r"MIIlocal[A-Za-z0-9_-]{20,}"),
    re.compile(r"MIItoken\d{4}x{20,}"),
)


def worth_looking_for(value: object) -> bool:
    # "********" is the spec's placeholder password and looks like a mask.
    return isinstance(value, str) and len(value) >= MIN_LENGTH and value.strip("*") != ""


@dataclass
class Leak:
    secret: str  # shown shortened in reports: the report itself must not leak it whole
    where: str
    text: str

    def __str__(self) -> str:
        shown = self.text.replace(self.secret, "<SECRET>")[:200]
        return f"{self.where}: {self.secret[:3]}... appears in {shown!r}"


def error_texts(errors: Iterable[BaseException]) -> Iterator[tuple[str, str]]:
    """str() and repr() of each error and of the errors it was raised from."""
    for error in errors:
        seen: set[int] = set()
        current: BaseException | None = error
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            name = type(current).__name__
            yield f"str({name})", str(current)
            yield f"repr({name})", repr(current)
            current = current.__cause__ or current.__context__


@dataclass
class Detector:
    """Texts and errors seen during the current test, checked against the registry when it
    ends (not when seen: a token is logged before the client wraps it in a Secret)."""

    registered: set[str] = field(default_factory=lambda: set(STATIC_SECRETS))
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text)
    errors: list[BaseException] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    scanned: int = 0  # texts checked since the session began: shows the check ran
    _pattern: re.Pattern[str] | None = None
    _pattern_size: int = -1

    def register(self, value: object) -> None:
        if isinstance(value, str) and worth_looking_for(value):
            self.registered.add(value)

    def saw(self, where: str, text: str) -> None:
        with self.lock:
            self.texts.append((where, text))

    def saw_error(self, error: BaseException) -> None:
        with self.lock:
            self.errors.append(error)

    def _registered_pattern(self) -> re.Pattern[str]:
        # One alternation, longest first, rebuilt when the registry grew: one pass per text.
        if self._pattern is None or self._pattern_size != len(self.registered):
            secrets = sorted(self.registered, key=len, reverse=True)
            self._pattern = re.compile("|".join(map(re.escape, secrets)))
            self._pattern_size = len(secrets)
        return self._pattern

    def take(self) -> list[Leak]:
        """The leaks in everything seen since the last take(); forgets what it has seen."""
        with self.lock:
            texts, self.texts = self.texts, []
            errors, self.errors = self.errors, []
        leaks: list[Leak] = []
        for where, text in [*texts, *error_texts(errors)]:
            self.scanned += 1
            for pattern in (self._registered_pattern(), *PATTERNS):
                leaks += [Leak(m.group(0), where, text) for m in pattern.finditer(text)]
        return leaks


DETECTOR = Detector()
