"""Bad input fails locally, before a byte is sent: a ValidationError (or RequestTooLargeError) whose
message names the field and the rule, and a loopback server that saw no request.

Every rule is checked on every operation it applies to, with the limits read from
spec_data.json (huaweicloud_ocr._spec), never written out here. Where a rule is not checked
locally on purpose (a long URL: the spec documents no limit), the test says so and checks what
does happen.
"""

from __future__ import annotations

import base64
import functools
import inspect
import io
import json
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import NO_RETRY, Base64Image, OcrClient, _spec, images
from huaweicloud_ocr.auth import MAX_SIGNED_BODY_BYTES
from huaweicloud_ocr.errors import RequestTooLargeError, ValidationError
from huaweicloud_ocr.testing import noise_png, sample_png
from tests.scripted_server import Reply, Script, scripted
from tests.secrets_registry import BAD_INPUT_SK

OPERATIONS = sorted(_spec.operations())
PIXEL_RULES = ("min_side", "max_side", "min_short_side", "max_long_side", "max_pixels")
ANY_SOURCE = "a path, bytes, a binary file or an http(s) URL"
IMAGE_URL = "https://example.com/a.png"


def field_of(operation: str) -> str:
    return _spec.operation(operation)["image_field"]


def rules_of(operation: str) -> dict[str, Any]:
    return dict(_spec.operation(operation)["image_constraints"])


def formats_rule(operation: str) -> str:
    return f"one of {', '.join(rules_of(operation)['formats'])}"


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[str, Script]]:
    with scripted(Reply(200, {"result": {}})) as running:
        yield running


@pytest.fixture(scope="module")
def script(loopback: tuple[str, Script]) -> Script:
    """What the loopback server received: every test checks it saw nothing new."""
    return loopback[1]


@pytest.fixture(scope="module")
def ocr(loopback: tuple[str, Script]) -> Iterator[OcrClient]:
    url = loopback[0]
    with OcrClient(
        endpoint=url, ak="BADINPUTACCESSKEY000", sk=BAD_INPUT_SK, project_id="p", retry=NO_RETRY
    ) as client:
        yield client


def refused(
    script: Script,
    call: Callable[[], object],
    field: str,
    rule: str,
    kind: type[ValidationError] = ValidationError,
) -> ValidationError:
    """Run `call`; it must raise `kind` about `field` with `rule`, and send nothing."""
    before = len(script.seen)
    with pytest.raises(kind) as caught:
        call()
    error = caught.value
    assert error.field == field, str(error)
    assert rule in error.rule, str(error)
    assert str(error).startswith(f"{field}: "), str(error)  # the message names both
    assert f"(rule: {error.rule})" in str(error)
    assert len(script.seen) == before, "the request was sent"
    return error


def sent(script: Script, call: Callable[[], object]) -> dict[str, Any]:
    """Run `call`; it must send exactly one request, which is returned."""
    before = len(script.seen)
    call()
    assert len(script.seen) == before + 1
    return script.seen[-1]


def operation(ocr: OcrClient, name: str) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(ocr, name)
    return method


# -- files that are not images ------------------------------------------------------------------
def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", "not an image\n" * 20)
    return buffer.getvalue()


NOT_IMAGES = {
    "text": b"Dear customer,\nthis is a plain text file, not a scan.\n" * 4,
    "zip": zip_bytes(),
    "random": random.Random(8).randbytes(4096),  # noqa: S311 - test data, seeded
}


@pytest.mark.parametrize("operation_name", OPERATIONS)
@pytest.mark.parametrize("kind", sorted(NOT_IMAGES))
@pytest.mark.parametrize("given_as", ["bytes", "path", "file", "base64"])
def test_files_that_are_not_images(
    script: Script, ocr: OcrClient, tmp_path: Path, operation_name: str, kind: str, given_as: str
) -> None:
    data = NOT_IMAGES[kind]
    path = tmp_path / f"upload.{kind}"
    path.write_bytes(data)
    sources: dict[str, Callable[[], object]] = {
        "bytes": lambda: data,
        "path": lambda: path,
        "file": lambda: path.open("rb"),
        "base64": lambda: Base64Image(base64.b64encode(data)),
    }
    source = sources[given_as]()
    try:
        error = refused(
            script,
            lambda: operation(ocr, operation_name)(source),
            field_of(operation_name),
            formats_rule(operation_name),
        )
    finally:
        if isinstance(source, io.IOBase):
            source.close()
    assert "not an image format" in error.problem


@pytest.mark.parametrize("operation_name", OPERATIONS)
@pytest.mark.parametrize("given_as", ["bytes", "path", "file", "base64", "empty path string"])
def test_empty_files(
    script: Script, ocr: OcrClient, tmp_path: Path, operation_name: str, given_as: str
) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    source: object = {
        "bytes": b"",
        "path": path,
        "file": io.BytesIO(b""),
        "base64": Base64Image(""),
        "empty path string": "",
    }[given_as]
    rule = ANY_SOURCE if given_as == "empty path string" else "a non-empty image file"
    refused(script, lambda: operation(ocr, operation_name)(source), field_of(operation_name), rule)


# -- size limits ---------------------------------------------------------------------------------
@cache
def png_over(limit: int) -> bytes:
    """A valid PNG within every pixel limit whose Base64 is just over `limit` bytes."""
    raw_needed = limit * 3 // 4 + 3
    width = 4000
    height = raw_needed // (width + 1) + 1
    image = noise_png(width, height)
    assert 4 * ((len(image) + 2) // 3) > limit
    return image


@pytest.mark.parametrize("operation_name", OPERATIONS)
@pytest.mark.parametrize("given_as", ["bytes", "path", "base64"])
def test_images_over_the_base64_limit(
    script: Script, ocr: OcrClient, tmp_path: Path, operation_name: str, given_as: str
) -> None:
    limit = rules_of(operation_name)["max_base64_bytes"]
    image = png_over(limit)
    path = tmp_path / "big.png"
    if given_as == "path":
        path.write_bytes(image)
    source: object = {
        "bytes": image,
        "path": path,
        "base64": Base64Image(base64.b64encode(image)),
    }[given_as]
    refused(
        script,
        lambda: operation(ocr, operation_name)(source),
        field_of(operation_name),
        f"at most {limit} bytes",
        RequestTooLargeError,
    )


def test_an_image_exactly_at_the_base64_limit_is_sent(script: Script, ocr: OcrClient) -> None:
    """The control for the test above: the limit itself is allowed."""
    limit = rules_of("recognize_general_text")["max_base64_bytes"]
    image = sample_png(64, 64)
    image += bytes(limit * 3 // 4 - len(image))  # trailing bytes after IEND: still a PNG head
    assert 4 * ((len(image) + 2) // 3) == limit
    request = sent(script, lambda: operation(ocr, "recognize_general_text")(image))
    assert len(request["body"]) > limit


def png_header(width: int, height: int) -> bytes:
    """Only the signature and IHDR of a PNG: the client reads the size from the header, and
    a real 13000 x 13000 image would take 169 MB."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def pixel_cases() -> list[tuple[str, str, int]]:
    return [
        (name, rule, rules_of(name)[rule])
        for name in OPERATIONS
        for rule in PIXEL_RULES
        if rule in rules_of(name)
    ]


def short_side(rules: dict[str, Any]) -> int:
    """A short side every rule of the operation accepts."""
    return int(max(rules.get("min_side", 1), rules.get("min_short_side", 1), 16))


@pytest.mark.parametrize(("operation_name", "rule", "limit"), pixel_cases())
def test_pixel_sizes_out_of_limits(
    script: Script, ocr: OcrClient, operation_name: str, rule: str, limit: int
) -> None:
    rules = rules_of(operation_name)
    short = short_side(rules)
    image = {
        "min_side": lambda: sample_png(limit - 1, short),
        "min_short_side": lambda: sample_png(limit - 1, short),
        "max_side": lambda: sample_png(limit + 1, short),
        "max_long_side": lambda: sample_png(limit + 1, short),
        # A square just over the pixel count, each side within max_side.
        "max_pixels": lambda: png_header(int(limit**0.5) + 1, int(limit**0.5) + 1),
    }[rule]()
    expected = {
        "min_side": f"no side smaller than {limit} pixels",
        "min_short_side": f"the narrow edge at least {limit} pixels",
        "max_side": f"no side larger than {limit} pixels",
        "max_long_side": f"the wide edge at most {limit} pixels",
        "max_pixels": f"at most {limit:,} pixels",
    }[rule]
    error = refused(
        script, lambda: operation(ocr, operation_name)(image), field_of(operation_name), expected
    )
    assert "pixels" in error.problem


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_images_at_the_pixel_limits_are_sent(
    script: Script, ocr: OcrClient, operation_name: str
) -> None:
    """The control for the test above: each limit itself is allowed."""
    rules = rules_of(operation_name)
    short = short_side(rules)
    longest = min(rules.get("max_side", 10**9), rules.get("max_long_side", 10**9))
    sent(script, lambda: operation(ocr, operation_name)(sample_png(short, short)))
    sent(script, lambda: operation(ocr, operation_name)(sample_png(longest, short)))


# -- URLs ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("operation_name", OPERATIONS)
@pytest.mark.parametrize(
    "url",
    ["", "ftp://example.com/a.png", "https://", "https://example.com/a b.png", "example.com/a"],
)
def test_urls_that_are_not_http(
    script: Script, ocr: OcrClient, operation_name: str, url: str
) -> None:
    refused(script, lambda: operation(ocr, operation_name)(url=url), "url", "HTTP/HTTPS")


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_a_100_kb_url_is_sent_as_given(script: Script, ocr: OcrClient, operation_name: str) -> None:
    """openapi.yaml documents no URL length limit (only the http(s) pattern, and that Chinese
    characters must be percent-encoded), so the client sets none: the URL goes out unchanged
    and the service answers for it."""
    url = "https://example.com/" + "a" * 100_000
    request = sent(script, lambda: operation(ocr, operation_name)(url=url))
    assert f'"url":"{url}"'.encode() in request["body"]


def test_a_long_url_in_an_error_message_is_shortened(script: Script, ocr: OcrClient) -> None:
    url = "ftp://example.com/" + "a" * 100_000
    error = refused(script, lambda: ocr.recognize_passport(url=url), "url", "HTTP/HTTPS")
    assert len(str(error)) < 300


# -- paths ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_non_utf8_paths(
    script: Script, ocr: OcrClient, tmp_path: Path, operation_name: str
) -> None:
    base = os.fsencode(tmp_path)
    missing = os.fsdecode(base + b"/missing-\xff.png")
    not_image = os.fsdecode(base + b"/text-\xfe.png")
    image = os.fsdecode(base + b"/scan-\xfd.png")
    Path(not_image).write_bytes(NOT_IMAGES["text"])
    Path(image).write_bytes(sample_png())
    call = operation(ocr, operation_name)
    field = field_of(operation_name)
    error = refused(script, lambda: call(missing), field, ANY_SOURCE)
    assert "\\udcff" in error.problem  # shown escaped, so the message is valid UTF-8
    str(error).encode("utf-8")
    refused(script, lambda: call(not_image), field, formats_rule(operation_name))
    sent(script, lambda: call(image))  # an unusual name is no reason to refuse an image


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_directories(script: Script, ocr: OcrClient, tmp_path: Path, operation_name: str) -> None:
    call = operation(ocr, operation_name)
    for error in (
        refused(script, lambda: call(tmp_path), field_of(operation_name), "an image file"),
        refused(script, lambda: call(str(tmp_path)), field_of(operation_name), "an image file"),
    ):
        assert "is a directory" in error.problem


def test_base64_text_given_as_a_str_is_named_not_shown(
    script: Script, ocr: OcrClient, tmp_path: Path
) -> None:
    """A str is a path or a URL: Base64 text passed as one (the commonest mistake with this
    API) gets an error that says what to do and does not repeat the image (personal data);
    any long path is shown cut."""
    field = field_of("recognize_general_text")
    text = base64.b64encode(noise_png(64, 64)).decode()
    for given in (text, f"data:image/png;base64,{text}", text[:300]):
        call = functools.partial(ocr.recognize_general_text, given)
        error = refused(script, call, field, "Base64Image")
        assert text[:60] not in str(error), str(error)
        assert f"{len(given):,} characters" in error.problem
    sent(script, lambda: ocr.recognize_general_text(Base64Image(text)))  # the fix works
    with pytest.raises(ValidationError) as caught:  # the readers of exports and documents
        images.read_source(text, "source")
    assert "Base64Image" in caught.value.rule
    assert text[:60] not in str(caught.value)
    # A long path that is not Base64 (a space, a dot) is shown, cut at 200 characters.
    long_path = str(tmp_path.joinpath(*["no such dir"] * 30, "scan.png"))
    error = refused(script, lambda: ocr.recognize_general_text(long_path), field, "a path")
    assert f"({len(long_path):,} characters)" in error.problem
    assert len(str(error)) < 400, str(error)


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_unreadable_files(
    script: Script, ocr: OcrClient, tmp_path: Path, operation_name: str
) -> None:
    field = field_of(operation_name)
    call = operation(ocr, operation_name)
    # Through a regular file: no user, root included, can open it.
    through_a_file = tmp_path / "file.png" / "inner.png"
    (tmp_path / "file.png").write_bytes(sample_png())
    error = refused(script, lambda: call(through_a_file), field, "a readable image file")
    assert "Not a directory" in error.problem
    locked = tmp_path / "locked.png"
    locked.write_bytes(sample_png())
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            # Running as root (the usual CI container): mode 000 does not stop root reading,
            # so the file is an ordinary readable image and is sent.
            sent(script, lambda: call(locked))
        else:
            error = refused(script, lambda: call(locked), field, "a readable image file")
            assert "Permission denied" in error.problem
    finally:
        locked.chmod(0o600)


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_sources_that_are_no_image_at_all(
    script: Script, ocr: OcrClient, tmp_path: Path, operation_name: str
) -> None:
    field = field_of(operation_name)
    call = operation(ocr, operation_name)
    refused(script, lambda: call(12345), field, ANY_SOURCE)
    refused(script, lambda: call([sample_png()]), field, ANY_SOURCE)
    text_file = tmp_path / "scan.png"
    text_file.write_bytes(sample_png())
    with text_file.open("r", encoding="latin-1") as handle:
        refused(script, lambda: call(handle), field, "binary mode")


@pytest.mark.parametrize("operation_name", OPERATIONS)
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("data:image/png;base64,iVBORw0KGgo=", "data: URL prefix"),
        ("iVBORw0K\nGgo=", "line breaks or spaces"),
        ("iVBORw0K*Ggo=", "not a Base64 character"),
        ("iVBORw0KGgo", "not a multiple of 4"),
        ("iVBO=w0KGgo=", "padding"),
        ("iVBORw0KGgoé", "non-ASCII"),
    ],
)
def test_base64_text_that_is_not_base64(
    script: Script, ocr: OcrClient, operation_name: str, text: str, problem: str
) -> None:
    error = refused(
        script,
        lambda: operation(ocr, operation_name)(Base64Image(text)),
        field_of(operation_name),
        "Base64",
    )
    assert problem in error.problem


# -- options -------------------------------------------------------------------------------------
def options_of(operation_name: str) -> set[str]:
    parameters = inspect.signature(getattr(OcrClient, operation_name)).parameters
    return set(parameters) - {"self", "image", "url", "extra_body", "extra_headers"}


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_unknown_options_are_a_type_error_naming_the_option(
    script: Script, ocr: OcrClient, operation_name: str
) -> None:
    """Python itself refuses a keyword the method does not have (the CLI maps that TypeError to
    exit status 2); the message names the keyword. An option of another operation is as unknown
    as a made-up one."""
    others = sorted(set().union(*map(options_of, OPERATIONS)) - options_of(operation_name))
    before = len(script.seen)
    for option in ("no_such_option", others[0]):
        with pytest.raises(TypeError, match=f"unexpected keyword argument '{option}'"):
            operation(ocr, operation_name)(sample_png(), **{option: "front"})
    assert len(script.seen) == before


def takes_a_list(operation_name: str, option: str) -> bool:
    annotation = inspect.signature(getattr(OcrClient, operation_name)).parameters[option]
    return str(annotation.annotation).startswith("list[")


def documented_values(schema: dict[str, Any]) -> list[str] | None:
    """An option's enum: its own, its items', or its first branch's that has one."""
    for node in [schema, schema.get("items", {}), *schema.get("oneOf", [])]:
        for found in (node, node.get("items", {})):
            if "enum" in found:
                return list(found["enum"])
    return None


def enum_cases() -> list[tuple[str, str, list[str]]]:
    return [
        (name, option, allowed)
        for name in OPERATIONS
        for option, schema in sorted(_spec.operation(name)["options"].items())
        if (allowed := documented_values(schema)) is not None
    ]


@pytest.mark.parametrize(("operation_name", "option", "allowed"), enum_cases())
@pytest.mark.parametrize("wrong", ["not-a-value", "FRONT", 1, ["__first__", "not-a-value"]])
def test_wrong_enum_values(
    script: Script,
    ocr: OcrClient,
    operation_name: str,
    option: str,
    allowed: list[str],
    wrong: object,
) -> None:
    if isinstance(wrong, list):  # a list with one good value and one bad
        wrong = [allowed[0], *wrong[1:]]
    error = refused(
        script,
        lambda: operation(ocr, operation_name)(sample_png(), **{option: wrong}),
        option,
        "one of " + ", ".join('"" (empty)' if v == "" else v for v in allowed),
    )
    assert "is not a documented value" in error.problem


@pytest.mark.parametrize(("operation_name", "option", "allowed"), enum_cases())
def test_documented_enum_values_are_sent(
    script: Script, ocr: OcrClient, operation_name: str, option: str, allowed: list[str]
) -> None:
    """The control for the test above."""
    value: object = [allowed[-1]] if takes_a_list(operation_name, option) else allowed[-1]
    request = sent(script, lambda: operation(ocr, operation_name)(sample_png(), **{option: value}))
    assert f'"{option}"'.encode() in request["body"]


# -- every option against its schema, with jsonschema as the oracle --------------------------------
def option_cases() -> list[tuple[str, str]]:
    return [(name, option) for name in OPERATIONS for option in _spec.operation(name)["options"]]


def candidates(schema: dict[str, Any]) -> list[object]:
    """Values of every JSON type, the edges of numbers and lists, and the schema's own values."""
    found: list[object] = [True, False, 0, 1, 2, -1, 1.5, "yes", "", "x" * 300, [], {"a": 1}]
    found += [["yes"], [1], ["x", "x"]]
    for node in [schema, schema.get("items", {}), *schema.get("oneOf", [])]:
        for node_ in [node, node.get("items", {})]:
            for value in node_.get("enum", [])[:2]:
                found += [value, [value], [value, value], [value, "not-a-value"]]
    return found


@pytest.mark.parametrize(("operation_name", "option"), option_cases())
def test_every_option_is_checked_by_its_schema(
    script: Script, ocr: OcrClient, operation_name: str, option: str
) -> None:
    """Each value jsonschema (a real validator, given the option's schema from openapi.yaml)
    refuses is refused locally, naming the option and the schema's rule; each value it accepts is
    sent exactly as given. Both branches are exercised for every option."""
    import jsonschema

    from huaweicloud_ocr._options import describe

    schema = _spec.operation(operation_name)["options"][option]
    validator = jsonschema.Draft202012Validator(schema)
    call = operation(ocr, operation_name)
    outcomes = set()
    # an option that needs others (x-requires) gets them, so only its own schema decides
    needs = schema.get("x-requires") or {}
    for value in candidates(schema):
        others = needs.get("options", {}) if value == needs.get("when", object()) else {}

        def send(value: object = value, others: dict[str, object] = others) -> object:
            return call(sample_png(), **{option: value, **others})

        if validator.is_valid(value):
            request = sent(script, send)
            assert json.loads(request["body"])[option] == value
            outcomes.add("sent")
        else:
            error = refused(script, send, option, describe(schema))
            assert error.rule == describe(schema)
            assert repr(value)[:20] in str(error) or "item" in error.problem, str(error)
            outcomes.add("refused")
    assert outcomes == {"sent", "refused"}


# -- image, url and extra_body -------------------------------------------------------------------
@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_image_and_url_both_or_neither(script: Script, ocr: OcrClient, operation_name: str) -> None:
    field = field_of(operation_name)
    call = operation(ocr, operation_name)
    url = "https://example.com/a.png"
    for both in (lambda: call(sample_png(), url=url), lambda: call(url, url=url)):
        error = refused(script, both, f"{field}/url", f"exactly one of {field} and url")
        assert error.problem == "both are given"
    error = refused(script, lambda: call(), f"{field}/url", f"exactly one of {field} and url")
    assert error.problem == "neither is given"


@pytest.mark.parametrize("operation_name", OPERATIONS)
@pytest.mark.parametrize("member", ["image field", "url"])
def test_extra_body_cannot_set_the_image(
    script: Script, ocr: OcrClient, operation_name: str, member: str
) -> None:
    field = field_of(operation_name)
    name = field if member == "image field" else "url"
    extra = {name: "aGVsbG8=" if name == field else "https://example.com/other.png"}
    call = operation(ocr, operation_name)
    rule = f"pass the image as {field}= or url="
    for error in (
        refused(script, lambda: call(sample_png(), extra_body=extra), "extra_body", rule),
        refused(script, lambda: call(url=IMAGE_URL, extra_body=extra), "extra_body", rule),
    ):
        assert repr(name) in error.problem


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_a_body_over_the_aksk_signing_limit(
    script: Script, ocr: OcrClient, operation_name: str
) -> None:
    """Under the image limit, but extra_body makes the body too big to sign with AK/SK: refused
    while signing, before the request leaves."""
    padding = {"padding": "x" * MAX_SIGNED_BODY_BYTES}
    refused(
        script,
        lambda: operation(ocr, operation_name)(sample_png(), extra_body=padding),
        "body",
        "token authentication",
        RequestTooLargeError,
    )


def test_a_string_for_a_list_option_names_the_option(script: Script, ocr: OcrClient) -> None:
    refused(
        script,
        lambda: ocr.recognize_web_image(sample_png(), extract_type="image_size"),  # type: ignore[arg-type]
        "extract_type",
        "list",
    )
