"""Options users can discover: each generated method's docstring lists every option with the
spec's description, its rule (the same words a ValidationError uses) and its default; `help()`
shows it, for the sync and the async client alike. Absent response fields read as None."""

from __future__ import annotations

import inspect
import json
import pydoc

import pytest

from huaweicloud_ocr import AsyncOcrClient, OcrClient, _spec
from huaweicloud_ocr._options import describe

OPERATIONS = sorted(_spec.operations())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("client", [OcrClient, AsyncOcrClient])
@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_docstrings_list_every_option(client: type, operation_name: str) -> None:
    spec = _spec.operation(operation_name)
    method = getattr(client, operation_name)
    doc = flat(inspect.getdoc(method) or "")
    signature = inspect.signature(method)
    assert spec["summary"] in doc
    assert spec["path"] in doc
    for name, schema in spec["options"].items():
        assert name in signature.parameters, name
        assert signature.parameters[name].default is None  # None: not sent
        assert f"Allowed: {describe(schema)}." in doc, name
        assert flat(schema["description"])[:60] in doc, name
        if "default" in schema:
            assert f"Default: {json.dumps(schema['default'])}." in doc, name
    assert "Returns:" in doc
    assert "ValidationError" in doc


def test_help_shows_the_options() -> None:
    text = pydoc.render_doc(OcrClient.recognize_general_text, renderer=pydoc.TextDoc())
    assert "detect_direction: 'bool | None' = None" in text
    assert "Allowed: true or false." in text
    assert "Default: false." in text
    assert "Unset" not in text


def test_option_rules_in_words() -> None:
    """The rule texts users read in errors, docstrings and --help."""
    general_text = _spec.operation("recognize_general_text")["options"]
    assert describe(general_text["detect_direction"]) == "true or false"
    assert describe(general_text["pdf_page_number"]) == "an integer >= 1"
    web_image = _spec.operation("recognize_web_image")["options"]
    assert describe(web_image["extract_type"]) == "a list of: one of contact_info, image_size"
    id_document = _spec.operation("recognize_id_document")["options"]
    assert describe(id_document["id_type"]) == (
        'a list of: one of PP, DL, ID; or one of PP, DL, ID, "" (empty)'
    )
    id_card = _spec.operation("recognize_id_card")["options"]
    assert describe(id_card["side"]) == 'one of front, back, double_side, "" (empty)'
