from typing import Literal

IdDocumentRequestBodyIdTypeType0Item = Literal["DL", "ID", "PP"]

ID_DOCUMENT_REQUEST_BODY_ID_TYPE_TYPE_0_ITEM_VALUES: set[IdDocumentRequestBodyIdTypeType0Item] = {
    "DL",
    "ID",
    "PP",
}


def check_id_document_request_body_id_type_type_0_item(value: str) -> IdDocumentRequestBodyIdTypeType0Item:
    if value in ID_DOCUMENT_REQUEST_BODY_ID_TYPE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ID_DOCUMENT_REQUEST_BODY_ID_TYPE_TYPE_0_ITEM_VALUES!r}"
    )
