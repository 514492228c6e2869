from typing import Literal

WebImageRequestBodyExtractTypeItem = Literal["contact_info", "image_size"]

WEB_IMAGE_REQUEST_BODY_EXTRACT_TYPE_ITEM_VALUES: set[WebImageRequestBodyExtractTypeItem] = {
    "contact_info",
    "image_size",
}


def check_web_image_request_body_extract_type_item(value: str) -> WebImageRequestBodyExtractTypeItem:
    if value in WEB_IMAGE_REQUEST_BODY_EXTRACT_TYPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEB_IMAGE_REQUEST_BODY_EXTRACT_TYPE_ITEM_VALUES!r}")
