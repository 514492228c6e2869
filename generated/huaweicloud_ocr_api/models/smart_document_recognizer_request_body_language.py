from typing import Literal

SmartDocumentRecognizerRequestBodyLanguage = Literal["ar", "es", "pt", "th", "tr", "zh"]

SMART_DOCUMENT_RECOGNIZER_REQUEST_BODY_LANGUAGE_VALUES: set[SmartDocumentRecognizerRequestBodyLanguage] = {
    "ar",
    "es",
    "pt",
    "th",
    "tr",
    "zh",
}


def check_smart_document_recognizer_request_body_language(value: str) -> SmartDocumentRecognizerRequestBodyLanguage:
    if value in SMART_DOCUMENT_RECOGNIZER_REQUEST_BODY_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_DOCUMENT_RECOGNIZER_REQUEST_BODY_LANGUAGE_VALUES!r}"
    )
