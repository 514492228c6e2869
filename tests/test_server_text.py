"""Text a server sent is repeated only through errors.server_text: known secrets scrubbed, control
and bidi characters escaped, length bounded. ApiError applies it to every field a server
provides, so each place that builds one is safe by construction; each auth class says which
secrets it sends (known_secrets)."""

from __future__ import annotations

import json
import re

import pytest

from huaweicloud_ocr import NO_RETRY, OcrClient
from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr.auth import (
    AkSkAuth,
    IamPasswordTokenProvider,
    IamTokenAuth,
    TokenAuth,
)
from huaweicloud_ocr.errors import ApiError, BadRequestError, server_text
from tests.scripted_server import Reply, scripted
from tests.secrets_registry import (
    HOSTILE_PASSWORD,
    HOSTILE_SECURITY_TOKEN,
    HOSTILE_SK,
    HOSTILE_TOKEN,
)

# What a hostile or broken server may put in its text to drive the terminal that shows it.
CLIPBOARD = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # OSC 52: write the clipboard
CLEAR = "\x1b[2J\x1b[H"  # clear the screen, cursor home
C1_CSI = "\x9b31m"  # the one-character CSI of C1
BIDI = "\u202egnp.exe\u202c \u2066isolated\u2069"
RAW_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
PRINTABLE = [
    "ภาษาไทย อ่านออก",  # Thai
    "ភាសាខ្មែរ",  # Khmer, with its COENG sign
    "识别结果：增值税发票",  # Chinese  # noqa: RUF001 (its full-width colon is the point)
    "مرحبا بالعالم",  # Arabic (right to left, no bidi controls needed)
    "Größe – “quoted” … ½ €",  # noqa: RUF001 (typographic punctuation is the point)
    "👩\u200d💻 working",  # emoji with a zero-width joiner
]


def test_known_secrets_are_replaced() -> None:
    text = f"bad header X-Auth-Token: {HOSTILE_TOKEN}; body {json.dumps({'p': HOSTILE_PASSWORD})}"
    shown = server_text(text, [HOSTILE_TOKEN, Secret(HOSTILE_PASSWORD)])
    assert HOSTILE_TOKEN not in shown
    assert HOSTILE_PASSWORD not in shown
    assert shown == 'bad header X-Auth-Token: ***; body {"p": "***"}'


def test_a_secret_echoed_json_escaped_is_replaced_too() -> None:
    value = 'pa"ss\\word-1234'  # characters JSON escapes
    echoed = json.dumps({"password": value})  # a server echoing the raw request body
    assert value not in echoed
    assert server_text(echoed, [value]) == '{"password": "***"}'


def test_short_values_are_not_scrubbed() -> None:
    """A value under 8 characters would match ordinary words ("admin", "1234")."""
    assert server_text("user admin refused", ["admin"]) == "user admin refused"


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        (CLIPBOARD, "\\x1b]52;c;ZWNobyBwd25lZA==\\x07"),
        (CLEAR, "\\x1b[2J\\x1b[H"),
        (C1_CSI, "\\x9b31m"),
        ("a\x00b\x7fc", "a\\x00b\\x7fc"),
        ("line\nnext\r\tend", "line\\nnext\\r\\tend"),
        (BIDI, "\\u202egnp.exe\\u202c \\u2066isolated\\u2069"),
        ("\u2028\u2029", "\\u2028\\u2029"),
        ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
    ],
)
def test_control_and_bidi_characters_are_escaped_visibly(raw: str, escaped: str) -> None:
    shown = server_text(raw)
    assert shown == escaped
    assert not RAW_CONTROL.search(shown)
    shown.encode("utf-8")  # printable and encodable: a lone surrogate would fail here


@pytest.mark.parametrize("text", PRINTABLE)
def test_printable_text_of_any_script_is_kept(text: str) -> None:
    assert server_text(text) == text


def test_the_length_is_capped_and_the_cut_is_counted() -> None:
    shown = server_text("x" * 10_000, limit=300)
    assert shown == "x" * 300 + "... [9700 more characters]"
    assert server_text("y" * 300, limit=300) == "y" * 300


def test_an_escape_is_never_cut_in_half() -> None:
    shown = server_text("ab" + "\x1b" * 10, limit=7)  # "ab" + one "\x1b" fits; a second would not
    assert shown == "ab\\x1b... [9 more characters]"


def test_secrets_are_scrubbed_before_the_cut() -> None:
    """A secret straddling the limit is not shown in part."""
    text = "x" * 290 + HOSTILE_TOKEN
    shown = server_text(text, [HOSTILE_TOKEN], limit=300)
    assert shown == "x" * 290 + "***"
    assert HOSTILE_TOKEN[:10] in server_text(text, limit=300)  # not known: its start shows


def test_any_object_becomes_text_and_nothing_raises() -> None:
    class Unprintable:
        def __str__(self) -> str:
            raise RuntimeError("no")

    assert server_text(400) == "400"
    assert server_text({"a": "\x1b"}) == "{'a': '\\x1b'}"
    assert server_text(Unprintable()) == "<unprintable Unprintable>"


# -- ApiError ------------------------------------------------------------------------------------
def test_api_error_passes_every_server_field_through_server_text() -> None:
    error = BadRequestError(
        400,
        f"AIS.0101{CLEAR}",
        f"refused {HOSTILE_TOKEN} {CLIPBOARD}{BIDI}" + "z" * 1000,
        request_id=f"req-1{C1_CSI}",
        attempts=2,
        secrets=[HOSTILE_TOKEN],
    )
    for text in (str(error), repr(error), error.error_code, error.error_msg, error.request_id):
        assert text is not None
        assert HOSTILE_TOKEN not in text
        assert not RAW_CONTROL.search(text), text
    assert error.error_code == "AIS.0101\\x1b[2J\\x1b[H"
    assert error.request_id == "req-1\\x9b31m"
    assert error.error_msg is not None
    assert error.error_msg.startswith("refused *** \\x1b]52;")
    assert error.error_msg.endswith("more characters]")
    assert (error.status_code, error.attempts) == (400, 2)


def test_api_error_keeps_its_old_signature_and_plain_values() -> None:
    error = ApiError(429, "APIG.0308", "The request is throttled.", request_id="abc-123")
    assert (error.error_code, error.error_msg, error.request_id) == (
        "APIG.0308",
        "The request is throttled.",
        "abc-123",
    )
    assert str(error) == "HTTP 429 APIG.0308: The request is throttled. (request id abc-123)"
    assert ApiError(500, None, None).error_msg is None


def test_api_error_takes_secrets_as_a_single_use_iterable() -> None:
    error = ApiError(
        401, "APIG.0301", f"{HOSTILE_SK} {HOSTILE_TOKEN}", secrets=iter([HOSTILE_SK, HOSTILE_TOKEN])
    )
    assert error.error_msg == "*** ***"


def test_an_ocr_error_answer_reaches_the_user_escaped_and_bounded() -> None:
    """Through the client: whatever the server says comes out printable and short."""
    message = f"{CLEAR}{CLIPBOARD}{BIDI}" + "w" * 5000
    reply = Reply(400, {"error_code": f"AIS.0101{CLEAR}", "error_msg": message})
    with (
        scripted(reply) as (url, _),
        OcrClient(endpoint=url, token=HOSTILE_TOKEN, project_id="p", retry=NO_RETRY) as ocr,
        pytest.raises(ApiError) as caught,
    ):
        ocr.recognize_general_text(url="https://example.com/a.png")
    shown = str(caught.value)
    assert not RAW_CONTROL.search(shown)
    assert len(shown) < 600
    assert "more characters]" in shown


# -- known_secrets -------------------------------------------------------------------------------
def test_every_auth_class_names_the_secrets_it_sends() -> None:
    provider = IamPasswordTokenProvider(
        username="u", password=HOSTILE_PASSWORD, domain_name="d", region="ap-southeast-1"
    )
    cases: list[tuple[object, set[str]]] = [
        (TokenAuth(HOSTILE_TOKEN), {HOSTILE_TOKEN}),
        (AkSkAuth("AKEXAMPLE", HOSTILE_SK), {HOSTILE_SK}),
        (
            AkSkAuth("AKEXAMPLE", HOSTILE_SK, HOSTILE_SECURITY_TOKEN),
            {HOSTILE_SK, HOSTILE_SECURITY_TOKEN},
        ),
        (provider, {HOSTILE_PASSWORD}),
        (IamTokenAuth(provider), {HOSTILE_PASSWORD}),
    ]
    for auth, expected in cases:
        values = auth.known_secrets()  # type: ignore[attr-defined]
        assert set(values) == expected
        assert all(isinstance(value, str) for value in values)
        # A list kept in a local shows nothing in a traceback's locals or an error report.
        assert not any(secret in repr(values) for secret in expected)


def test_the_provider_also_names_its_current_token() -> None:
    from datetime import UTC, datetime, timedelta

    from huaweicloud_ocr.auth import IamToken

    provider = IamPasswordTokenProvider(
        username="u", password=HOSTILE_PASSWORD, domain_name="d", region="ap-southeast-1"
    )
    provider._token = IamToken(Secret(HOSTILE_TOKEN), datetime.now(UTC) + timedelta(hours=1), None)
    assert set(provider.known_secrets()) == {HOSTILE_PASSWORD, HOSTILE_TOKEN}
    assert set(IamTokenAuth(provider).known_secrets()) == {HOSTILE_PASSWORD, HOSTILE_TOKEN}
