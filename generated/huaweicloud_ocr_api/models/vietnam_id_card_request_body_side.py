from typing import Literal

VietnamIdCardRequestBodySide = Literal["", "back", "front"]

VIETNAM_ID_CARD_REQUEST_BODY_SIDE_VALUES: set[VietnamIdCardRequestBodySide] = {
    "",
    "back",
    "front",
}


def check_vietnam_id_card_request_body_side(value: str) -> VietnamIdCardRequestBodySide:
    if value in VIETNAM_ID_CARD_REQUEST_BODY_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIETNAM_ID_CARD_REQUEST_BODY_SIDE_VALUES!r}")
