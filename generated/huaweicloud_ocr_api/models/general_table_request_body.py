from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="GeneralTableRequestBody")


@_attrs_define(repr=False)
class GeneralTableRequestBody:
    """Request body of General Table OCR (seed 002 Table 4-38). Set exactly one of `image` and `url`.

    Attributes:
        image (str | Unset): Set either this parameter or url. The file size of a single image after Base64
            encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
            can be smaller than 15 or larger than 8,192 pixels. Only images in JPEG, JPG, PNG,
            BMP, or TIFF format can be recognized. An example is /9j/4AAQSkZJRgABAg.... If the
            image data contains an unnecessary prefix, the error "The image format is not
            supported" is reported.
        url (str | Unset): Image URL. Public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
            service, temporary or anonymous public authorization) are supported. The response time
            depends on the image download time; a slow download makes the call fail. OBS is
            recommended for storing images. The URL cannot contain Chinese characters; encode them
            in UTF-8. The image behind the URL is subject to the same size and format rules as
            `image`. Set either this parameter or image.
        return_text_location (bool | Unset): Whether to return coordinates of text blocks and cells.
            * true: coordinates of text blocks and cells will be returned.
            * false: coordinates of text blocks and cells will not be returned.
             Default: False.
        return_char_location (bool | Unset): Coordinate information of a single character.
            * true: the coordinates of a single character will be returned.
            * false: the coordinates of a single character will not be returned.

            If this parameter is set to true, return_text_location must be true.
             Default: False.
        return_confidence (bool | Unset): Whether the confidence will be returned.
            * true: the confidence will be returned.
            * false: the confidence will not be returned (the default).
             Default: False.
        return_excel (bool | Unset): Whether to return the Base64-encoded field for converting a table into a Microsoft
            Excel file.
            * true: the Base64-encoded excel field will be returned.
            * false: the Base64-encoded excel field will not be returned (the default).

            You can use the Python function base64.b64decode to decode the returned Excel code
            and save it as an .xlsx file.
             Default: False.
        return_rectification_matrix (bool | Unset): * true: the perspective transformation matrix will be returned.
            * false: the perspective transformation matrix will not be returned (the default).
             Default: False.
        with_borders (bool | Unset): * true: the input image contains only bordered tables, and only such tables are
              recognized.
            * false: the input image may contain borderless tables, and both bordered and
              borderless tables are recognized.

            If the input image contains only bordered tables, set this parameter to true to
            achieve more accurate recognition results.
             Default: False.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    return_text_location: bool | Unset = False
    return_char_location: bool | Unset = False
    return_confidence: bool | Unset = False
    return_excel: bool | Unset = False
    return_rectification_matrix: bool | Unset = False
    with_borders: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        return_text_location = self.return_text_location

        return_char_location = self.return_char_location

        return_confidence = self.return_confidence

        return_excel = self.return_excel

        return_rectification_matrix = self.return_rectification_matrix

        with_borders = self.with_borders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if return_text_location is not UNSET:
            field_dict["return_text_location"] = return_text_location
        if return_char_location is not UNSET:
            field_dict["return_char_location"] = return_char_location
        if return_confidence is not UNSET:
            field_dict["return_confidence"] = return_confidence
        if return_excel is not UNSET:
            field_dict["return_excel"] = return_excel
        if return_rectification_matrix is not UNSET:
            field_dict["return_rectification_matrix"] = return_rectification_matrix
        if with_borders is not UNSET:
            field_dict["with_borders"] = with_borders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        return_text_location = d.pop("return_text_location", UNSET)

        return_char_location = d.pop("return_char_location", UNSET)

        return_confidence = d.pop("return_confidence", UNSET)

        return_excel = d.pop("return_excel", UNSET)

        return_rectification_matrix = d.pop("return_rectification_matrix", UNSET)

        with_borders = d.pop("with_borders", UNSET)

        general_table_request_body = cls(
            image=image,
            url=url,
            return_text_location=return_text_location,
            return_char_location=return_char_location,
            return_confidence=return_confidence,
            return_excel=return_excel,
            return_rectification_matrix=return_rectification_matrix,
            with_borders=with_borders,
        )

        general_table_request_body.additional_properties = d
        return general_table_request_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return masked_repr(self)
