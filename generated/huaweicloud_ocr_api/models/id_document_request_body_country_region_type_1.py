from typing import Literal

IdDocumentRequestBodyCountryRegionType1 = Literal[
    "", "ALB", "BRA", "CHL", "HKG", "IDN", "IND", "MYS", "NGA", "PAK", "PHL", "RUS", "THA", "TWN", "UKR", "VNM"
]

ID_DOCUMENT_REQUEST_BODY_COUNTRY_REGION_TYPE_1_VALUES: set[IdDocumentRequestBodyCountryRegionType1] = {
    "",
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


def check_id_document_request_body_country_region_type_1(value: str) -> IdDocumentRequestBodyCountryRegionType1:
    if value in ID_DOCUMENT_REQUEST_BODY_COUNTRY_REGION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ID_DOCUMENT_REQUEST_BODY_COUNTRY_REGION_TYPE_1_VALUES!r}"
    )
