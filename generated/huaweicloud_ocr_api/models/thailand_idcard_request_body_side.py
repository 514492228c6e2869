from typing import Literal

ThailandIdcardRequestBodySide = Literal["", "back", "front"]

THAILAND_IDCARD_REQUEST_BODY_SIDE_VALUES: set[ThailandIdcardRequestBodySide] = {
    "",
    "back",
    "front",
}


def check_thailand_idcard_request_body_side(value: str) -> ThailandIdcardRequestBodySide:
    if value in THAILAND_IDCARD_REQUEST_BODY_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THAILAND_IDCARD_REQUEST_BODY_SIDE_VALUES!r}")
