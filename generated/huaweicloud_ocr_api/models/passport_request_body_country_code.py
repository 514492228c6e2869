from typing import Literal

PassportRequestBodyCountryCode = Literal["", "CHN", "GENERAL"]

PASSPORT_REQUEST_BODY_COUNTRY_CODE_VALUES: set[PassportRequestBodyCountryCode] = {
    "",
    "CHN",
    "GENERAL",
}


def check_passport_request_body_country_code(value: str) -> PassportRequestBodyCountryCode:
    if value in PASSPORT_REQUEST_BODY_COUNTRY_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSPORT_REQUEST_BODY_COUNTRY_CODE_VALUES!r}")
