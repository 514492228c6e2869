"""The test servers' answers without a script (issue 17): documented examples chosen and shaped
by the options in documented ways, and the documented failure examples with their status;
through both modes."""

from __future__ import annotations

# The plugin's fixtures are imported by name (F401) and used as test arguments (F811): loaded
# here, not through the pytest11 entry point, the dev install need not be rebuilt to run them.
# ruff: noqa: F811
import base64
import io
import json
from typing import Any

import pytest

from huaweicloud_ocr import OcrClient, _spec, errors
from huaweicloud_ocr.testing import _service as service
from huaweicloud_ocr.testing import sample_png
from huaweicloud_ocr.testing.pytest_plugin import (  # noqa: F401 - fixtures, used by name
    ocr_client,
    ocr_client_options,
    ocr_server,
)
from tests import golden

IMAGE = sample_png(64, 48)


@pytest.fixture(params=["socket", "in_process"])
def ocr_server_mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_return_excel_answers_a_real_workbook_of_the_table(ocr_client: OcrClient) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    plain = ocr_client.recognize_general_table(IMAGE)
    assert plain.result is not None
    assert not plain.result.excel
    answer = ocr_client.recognize_general_table(IMAGE, return_excel=True)
    assert answer.result is not None
    assert isinstance(answer.result.excel, str)
    book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(answer.result.excel)))
    sheet = book.active
    # The example's table: block 1 at row 0, column 0; block 2 at row 0, columns 1-2.
    assert sheet["A1"].value == "Text block 1 recognized in the table area"
    assert sheet["B1"].value == "Text block 2 recognized in the table area"
    assert sheet.max_row == 1


def test_side_picks_the_sides_example(ocr_client: OcrClient) -> None:
    front = ocr_client.recognize_id_card(IMAGE, side="front").result
    back = ocr_client.recognize_id_card(IMAGE, side="back").result
    assert front is not None
    assert front.name
    assert not front.valid_to
    assert back is not None
    assert back.valid_to == "2034-08-26"
    assert not back.name
    thai_back = ocr_client.recognize_thailand_idcard(IMAGE, side="back").to_dict()
    spec = golden.load_spec()
    assert thai_back == spec["components"]["examples"]["ThailandIdcardBack"]["value"]


def test_location_options_add_locations(ocr_client: OcrClient) -> None:
    """The documents print most location fields in their examples already; where an example
    lacks one, the option adds it (and an answer without the option is the example as printed)."""
    plain = ocr_client.recognize_vietnam_id_card(IMAGE).to_dict()["result"]
    assert "text_location" not in plain
    located = ocr_client.recognize_vietnam_id_card(IMAGE, return_text_location=True)
    result = located.to_dict()["result"]
    # A map of each recognized field to its quadrilateral.
    assert result["text_location"]
    assert set(result["text_location"]) <= {k for k, v in result.items() if isinstance(v, str)}
    for quadrilateral in result["text_location"].values():
        assert len(quadrilateral) == 4
        assert all(len(point) == 2 for point in quadrilateral)

    def blocks(answer: dict[str, Any]) -> list[dict[str, Any]]:
        regions = answer["result"]["words_region_list"]
        return [block for region in regions for block in region["words_block_list"]]

    table = blocks(ocr_client.recognize_general_table(IMAGE).to_dict())
    assert all("words_list" not in block for block in table)
    text = blocks(ocr_client.recognize_general_table(IMAGE, return_text_location=True).to_dict())
    assert all(len(block["words_list"][0]["location"]) == 4 for block in text)
    assert all("char_list" not in block["words_list"][0] for block in text)
    chars = blocks(
        ocr_client.recognize_general_table(
            IMAGE, return_text_location=True, return_char_location=True
        ).to_dict()
    )
    assert all(len(block["words_list"][0]["char_list"][0]["char_location"]) == 4 for block in chars)


def location_cases() -> list[tuple[str, str]]:
    return [
        (name, option)
        for name, op in sorted(_spec.operations().items())
        for option in op["options"]
        if option.startswith("return_") and option.endswith("_location")
    ]


@pytest.mark.parametrize(("operation", "option"), location_cases())
def test_every_location_option_answers_a_documented_answer(
    ocr_client: OcrClient, operation: str, option: str
) -> None:
    """Every shaped answer still validates against the documented response schema."""
    op = service.operations_by_name()[operation]
    options: dict[str, Any] = {option: True}
    if option == "return_char_location":
        options["return_text_location"] = True  # "return_text_location must be true"
    image = sample_png(120, 120)  # ID Document OCR wants 100 pixels a side
    raw = getattr(ocr_client.with_raw_response, operation)(image, **options)
    body = json.loads(raw.content)
    assert list(service.validator(op.response_schema).iter_errors(body)) == []
    assert "location" in json.dumps(body)


@pytest.mark.parametrize(
    ("operation", "name", "status"),
    [
        (op.name, name, status)
        for op in service.operations().values()
        for name, (status, _) in op.failures.items()
    ],
)
def test_documented_failure_examples_come_with_their_status(
    ocr_client: OcrClient, operation: str, name: str, status: int
) -> None:
    with pytest.raises(errors.ApiError) as caught:
        getattr(ocr_client, operation)(sample_png(120, 120), extra_headers={"X-Example": name})
    assert caught.value.status_code == status == 400
    assert caught.value.error_code == "AIS.0103"


def test_an_unknown_example_name_fails_naming_the_known_ones(ocr_client: OcrClient) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        ocr_client.recognize_id_card(IMAGE, extra_headers={"X-Example": "IdCardSide"})
    assert caught.value.error_code == "LocalOcrServer.UnknownExample"
    assert "IdCardFront, IdCardBack, IdCardFailure" in str(caught.value)


def test_a_named_success_example_is_answered_as_printed(ocr_client: OcrClient) -> None:
    answer = ocr_client.recognize_id_card(IMAGE, extra_headers={"X-Example": "IdCardBack"})
    spec = golden.load_spec()
    assert answer.to_dict() == spec["components"]["examples"]["IdCardBack"]["value"]
