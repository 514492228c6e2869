from typing import Literal

IdDocumentRequestBodyCountryRegionType0Item = Literal[
    "ALB", "BRA", "CHL", "HKG", "IDN", "IND", "MYS", "NGA", "PAK", "PHL", "RUS", "THA", "TWN", "UKR", "VNM"
]

ID_DOCUMENT_REQUEST_BODY_COUNTRY_REGION_TYPE_0_ITEM_VALUES: set[IdDocumentRequestBodyCountryRegionType0Item] = {
    "ALB",
    "BRA",
    "CHL",
    "HKG",
    "IDN",
    "IND",
    "MYS",
    "NGA",
    "PAK",
    "PHL",
    "RUS",
    "THA",
    "TWN",
    "UKR",
    "VNM",
}


def check_id_document_request_body_country_region_type_0_item(
    value: str,
) -> IdDocumentRequestBodyCountryRegionType0Item:
    if value in ID_DOCUMENT_REQUEST_BODY_COUNTRY_REGION_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ID_DOCUMENT_REQUEST_BODY_COUNTRY_REGION_TYPE_0_ITEM_VALUES!r}"
    )
