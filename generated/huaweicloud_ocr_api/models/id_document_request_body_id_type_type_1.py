from typing import Literal

IdDocumentRequestBodyIdTypeType1 = Literal["", "DL", "ID", "PP"]

ID_DOCUMENT_REQUEST_BODY_ID_TYPE_TYPE_1_VALUES: set[IdDocumentRequestBodyIdTypeType1] = {
    "",
    "DL",
    "ID",
    "PP",
}


def check_id_document_request_body_id_type_type_1(value: str) -> IdDocumentRequestBodyIdTypeType1:
    if value in ID_DOCUMENT_REQUEST_BODY_ID_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ID_DOCUMENT_REQUEST_BODY_ID_TYPE_TYPE_1_VALUES!r}")
