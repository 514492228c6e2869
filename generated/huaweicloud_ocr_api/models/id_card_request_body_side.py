from typing import Literal

IdCardRequestBodySide = Literal["", "back", "double_side", "front"]

ID_CARD_REQUEST_BODY_SIDE_VALUES: set[IdCardRequestBodySide] = {
    "",
    "back",
    "double_side",
    "front",
}


def check_id_card_request_body_side(value: str) -> IdCardRequestBodySide:
    if value in ID_CARD_REQUEST_BODY_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ID_CARD_REQUEST_BODY_SIDE_VALUES!r}")
