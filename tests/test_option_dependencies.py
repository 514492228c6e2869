"""Dependencies between request options (`x-requires` in openapi.yaml, issue 18): declared with
their seed citation, read from spec_data.json, refused or warned about locally as the documents'
wording supports (huaweicloud_ocr._options.check_dependencies)."""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest

from huaweicloud_ocr import _options, _spec
from huaweicloud_ocr.errors import ValidationError
from tests import golden

SPEC = golden.load_spec()


def _declared() -> list[tuple[str, str, dict[str, Any]]]:
    """(operation, option, x-requires) of every request body option that declares one."""
    found = []
    for op in golden.operations(SPEC):
        if not golden.is_ocr_operation(op):
            continue
        body = golden.resolve(SPEC, op.node["requestBody"])["content"]["application/json"]
        for name, prop in golden.resolve(SPEC, body["schema"])["properties"].items():
            if "x-requires" in prop:
                found.append((op.operation_id, name, prop["x-requires"]))
    return found


DECLARED = _declared()


def test_the_documented_dependencies_are_declared() -> None:
    pairs = {(op, name) for op, name, _ in DECLARED}
    assert ("RecognizeGeneralTable", "return_char_location") in pairs
    assert ("RecognizeSmartDocumentRecognizer", "return_excel") in pairs
    assert ("RecognizeSmartDocumentRecognizer", "kv") in pairs


@pytest.mark.parametrize(
    ("op", "name", "need"), DECLARED, ids=lambda v: v if isinstance(v, str) else ""
)
def test_each_declaration_is_well_formed(op: str, name: str, need: dict[str, Any]) -> None:
    assert need["documents"] in _options.REFUSED | _options.WARNED
    assert re.match(r"seed 00\d Table [\d-]+ line \d+: \".+\"", need["source"]), need["source"]
    options = _spec.operation(golden.snake_case(op))["options"]
    assert options[name]["x-requires"] == need  # the runtime reads what the spec says
    assert set(need["options"]) <= set(options), "requires an option the operation lacks"


def _options_of(operation: str) -> _spec.OperationSpec:
    return _spec.operation(operation)


def test_must_is_refused_naming_both_options_and_the_source() -> None:
    spec = _options_of("recognize_general_table")
    with pytest.raises(ValidationError) as caught:
        _options.check_dependencies(spec, {"return_char_location": True})
    assert caught.value.field == "return_char_location"
    assert "return_text_location is false" in caught.value.problem  # its default, not sent
    assert "line 3949" in caught.value.rule
    with pytest.raises(ValidationError):
        _options.check_dependencies(
            spec, {"return_char_location": True, "return_text_location": False}
        )


def test_a_kept_dependency_passes_silently() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _options.check_dependencies(
            _options_of("recognize_general_table"),
            {"return_char_location": True, "return_text_location": True},
        )
        _options.check_dependencies(
            _options_of("recognize_general_table"), {"return_char_location": False}
        )
        sdr = _options_of("recognize_smart_document_recognizer")
        _options.check_dependencies(sdr, {"return_excel": True, "table": True})
        _options.check_dependencies(sdr, {"kv": True})  # language defaults to zh


def test_available_only_warns_and_lets_the_request_go() -> None:
    sdr = _options_of("recognize_smart_document_recognizer")
    with pytest.warns(_options.OptionDependencyWarning, match=r"return_excel: .*table is not set"):
        _options.check_dependencies(sdr, {"return_excel": True})
    with pytest.warns(_options.OptionDependencyWarning, match=r"kv: .*language is th"):
        _options.check_dependencies(sdr, {"kv": True, "language": "th"})


def test_an_unknown_wording_is_an_error_not_a_silent_pass() -> None:
    spec = _options_of("recognize_general_table")
    broken: Any = {**spec, "options": {**spec["options"]}}
    option = dict(broken["options"]["return_char_location"])
    option["x-requires"] = {**option["x-requires"], "documents": "maybe"}
    broken["options"]["return_char_location"] = option
    with pytest.raises(ValueError, match="unknown documents 'maybe'"):
        _options.check_dependencies(broken, {"return_char_location": True})


# -- the client checks them before anything is sent ------------------------------------------
# The operations' regions differ; the region only matters here for the OBS rule.
NOT_OUR_REGION = pytest.mark.filterwarnings("ignore::huaweicloud_ocr.client.OperationRegionWarning")


def _server_and_client() -> tuple[Any, Any]:
    from huaweicloud_ocr.testing import InProcessOcrServer

    server = InProcessOcrServer()
    server.start()
    return server, server.client(region="ap-southeast-1")


@NOT_OUR_REGION
def test_the_client_refuses_a_broken_must_before_sending() -> None:
    from huaweicloud_ocr.testing import sample_png

    server, client = _server_and_client()
    with server, client:
        with pytest.raises(ValidationError) as caught:
            client.recognize_general_table(sample_png(), return_char_location=True)
        assert caught.value.field == "return_char_location"
        assert "return_text_location" in caught.value.rule
        assert server.calls == []  # nothing sent, nothing billed
        client.recognize_general_table(
            sample_png(), return_char_location=True, return_text_location=True
        )
        assert len(server.calls) == 1


@NOT_OUR_REGION
def test_the_client_warns_about_a_weaker_dependency_and_still_sends() -> None:
    from huaweicloud_ocr.testing import sample_png

    server, client = _server_and_client()
    with server, client:
        with pytest.warns(_options.OptionDependencyWarning, match="return_excel"):
            client.recognize_smart_document_recognizer(sample_png(), return_excel=True)
        assert len(server.calls) == 1


@NOT_OUR_REGION
def test_an_obs_url_in_another_region_is_refused_before_sending() -> None:
    server, client = _server_and_client()
    with server, client:
        other = "https://bucket.obs.cn-north-4.myhuaweicloud.com/scan.png"
        with pytest.raises(ValidationError) as caught:
            client.recognize_general_text(url=other)
        assert caught.value.field == "url"
        assert "cn-north-4" in caught.value.problem
        assert server.calls == []
        same = "https://bucket.obs.ap-southeast-1.myhuaweicloud.com/scan.png"
        assert client._check_obs_region(same) == same
        plain = "https://example.com/obs.cn-north-4.myhuaweicloud.com.png"
        assert client._check_obs_region(plain) == plain
