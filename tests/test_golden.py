"""Golden-response tests: every named example of openapi.yaml is valid against its schema, is
parsed by the generated models, and is written back by to_dict() to exactly the same JSON."""

from __future__ import annotations

import re

import pytest

from tests import golden

SPEC = golden.load_spec()
EXAMPLES = golden.examples(SPEC)
OPERATIONS = golden.operations(SPEC)


def test_the_spec_has_examples() -> None:
    # Guards the enumeration itself: an empty list would make every test below vacuous.
    assert len(EXAMPLES) >= 3 * len(OPERATIONS)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_is_valid_against_its_schema(example: golden.Example) -> None:
    errors = sorted(golden.schema_validator(example.schema).iter_errors(example.value), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_round_trips_through_generated_models(example: golden.Example) -> None:
    written_back = golden.parse_with_generated_code(example)
    assert golden.canonical_json(written_back) == golden.canonical_json(example.value)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda o: o.operation_id)
def test_operation_has_request_success_and_error_examples(op: golden.Operation) -> None:
    mine = [e for e in EXAMPLES if e.operation_id == op.operation_id]
    kinds = {(e.kind, e.status) for e in mine}
    if "requestBody" in op.node:
        assert ("request", None) in kinds, f"{op.operation_id} has no request example"
    if golden.is_ocr_operation(op):
        # Every OCR page documents a 200 and a 400 example.
        assert ("response", "200") in kinds, f"{op.operation_id} has no 200 example"
        assert ("response", "400") in kinds, f"{op.operation_id} has no 400 example"
    else:
        # IAM calls (the token and project look-ups the client makes) need a success example.
        assert any(k == "response" and s and s.startswith("2") for k, s in kinds), op.operation_id


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_repr_hides_every_text_value(example: golden.Example) -> None:
    # Base64 images, names and ID numbers must not reach logs through repr().
    shown = repr(golden.parse_model(example))
    values = re.sub(r"[A-Za-z_][A-Za-z0-9_]*(?=[=(])", "", shown)  # drop field and class names
    assert "<str, " in shown or not golden.string_leaves(example.value)
    for text in golden.string_leaves(example.value):
        if len(text) >= 4:
            assert text not in values, f"{text!r} is visible in {shown[:200]}"
