from typing import Literal

GeneralTextRequestBodyLanguage = Literal[
    "am",
    "ar",
    "auto",
    "da",
    "de",
    "es",
    "fr",
    "he",
    "hi",
    "id",
    "it",
    "ja",
    "km",
    "ko",
    "la",
    "ms",
    "no",
    "pl",
    "pt",
    "ro",
    "ru",
    "sv",
    "th",
    "tr",
    "uk",
    "vi",
    "zh",
]

GENERAL_TEXT_REQUEST_BODY_LANGUAGE_VALUES: set[GeneralTextRequestBodyLanguage] = {
    "am",
    "ar",
    "auto",
    "da",
    "de",
    "es",
    "fr",
    "he",
    "hi",
    "id",
    "it",
    "ja",
    "km",
    "ko",
    "la",
    "ms",
    "no",
    "pl",
    "pt",
    "ro",
    "ru",
    "sv",
    "th",
    "tr",
    "uk",
    "vi",
    "zh",
}


def check_general_text_request_body_language(value: str) -> GeneralTextRequestBodyLanguage:
    if value in GENERAL_TEXT_REQUEST_BODY_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERAL_TEXT_REQUEST_BODY_LANGUAGE_VALUES!r}")
