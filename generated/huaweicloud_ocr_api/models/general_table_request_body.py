from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="GeneralTableRequestBody")


@_attrs_define(repr=False)
class GeneralTableRequestBody:
    """Request body of General Table OCR (seed 002 Table 4-38). Set exactly one of `image` and `url`.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        image (str | None): Set either this parameter or url. The file size of a single image after Base64
            encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
            can be smaller than 15 or larger than 8,192 pixels. Only images in JPEG, JPG, PNG,
            BMP, or TIFF format can be recognized. An example is /9j/4AAQSkZJRgABAg.... If the
            image data contains an unnecessary prefix, the error "The image format is not
            supported" is reported.
        url (str | None): Image URL. Set either this parameter or image. Public HTTP/HTTPS URLs and URLs provided
            by OBS (authorized for OBS data: service, temporary or anonymous public authorization)
            are supported. The response time depends on the image download time; a slow download
            makes the call fail. OBS is recommended for storing images. An OBS URL must be in the
            same region as the OCR endpoint, and OCR must be authorized for OBS in the console
            (seed 002 §7.3, the appendix the url rows link to).

            Rules only some pages state (see x-inferred; each operation's description names those
            its own page leaves out):
            * The URL cannot contain Chinese characters; encode them in UTF-8.
            * The file behind the URL may not exceed 10 MB after Base64 encoding; keep the original
              under 7 MB.
            * The file behind the URL is held to the operation's pixel and format limits, as
              `image` is.
        return_text_location (bool | None): Whether to return coordinates of text blocks and cells.
            * true: coordinates of text blocks and cells will be returned.
            * false: coordinates of text blocks and cells will not be returned.
        return_char_location (bool | None): Coordinate information of a single character.
            * true: the coordinates of a single character will be returned.
            * false: the coordinates of a single character will not be returned.

            If this parameter is set to true, return_text_location must be true.
        return_confidence (bool | None): Whether the confidence will be returned.
            * true: the confidence will be returned.
            * false: the confidence will not be returned (the default).
        return_excel (bool | None): Whether to return the Base64-encoded field for converting a table into a Microsoft
            Excel file.
            * true: the Base64-encoded excel field will be returned.
            * false: the Base64-encoded excel field will not be returned (the default).

            You can use the Python function base64.b64decode to decode the returned Excel code
            and save it as an .xlsx file.
        return_rectification_matrix (bool | None): * true: the perspective transformation matrix will be returned.
            * false: the perspective transformation matrix will not be returned (the default).
        with_borders (bool | None): * true: the input image contains only bordered tables, and only such tables are
              recognized.
            * false: the input image may contain borderless tables, and both bordered and
              borderless tables are recognized.

            If the input image contains only bordered tables, set this parameter to true to
            achieve more accurate recognition results.
    """

    image: str | None = None
    url: str | None = None
    return_text_location: bool | None = None
    return_char_location: bool | None = None
    return_confidence: bool | None = None
    return_excel: bool | None = None
    return_rectification_matrix: bool | None = None
    with_borders: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        return_text_location = UNSET if self.return_text_location is None else self.return_text_location

        return_char_location = UNSET if self.return_char_location is None else self.return_char_location

        return_confidence = UNSET if self.return_confidence is None else self.return_confidence

        return_excel = UNSET if self.return_excel is None else self.return_excel

        return_rectification_matrix = (
            UNSET if self.return_rectification_matrix is None else self.return_rectification_matrix
        )

        with_borders = UNSET if self.with_borders is None else self.with_borders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        elif "image" in self._json_nulls:
            field_dict["image"] = None
        if url is not UNSET:
            field_dict["url"] = url
        elif "url" in self._json_nulls:
            field_dict["url"] = None
        if return_text_location is not UNSET:
            field_dict["return_text_location"] = return_text_location
        elif "return_text_location" in self._json_nulls:
            field_dict["return_text_location"] = None
        if return_char_location is not UNSET:
            field_dict["return_char_location"] = return_char_location
        elif "return_char_location" in self._json_nulls:
            field_dict["return_char_location"] = None
        if return_confidence is not UNSET:
            field_dict["return_confidence"] = return_confidence
        elif "return_confidence" in self._json_nulls:
            field_dict["return_confidence"] = None
        if return_excel is not UNSET:
            field_dict["return_excel"] = return_excel
        elif "return_excel" in self._json_nulls:
            field_dict["return_excel"] = None
        if return_rectification_matrix is not UNSET:
            field_dict["return_rectification_matrix"] = return_rectification_matrix
        elif "return_rectification_matrix" in self._json_nulls:
            field_dict["return_rectification_matrix"] = None
        if with_borders is not UNSET:
            field_dict["with_borders"] = with_borders
        elif "with_borders" in self._json_nulls:
            field_dict["with_borders"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        image = pop_optional(d, "image", json_nulls)

        url = pop_optional(d, "url", json_nulls)

        return_text_location = pop_optional(d, "return_text_location", json_nulls)

        return_char_location = pop_optional(d, "return_char_location", json_nulls)

        return_confidence = pop_optional(d, "return_confidence", json_nulls)

        return_excel = pop_optional(d, "return_excel", json_nulls)

        return_rectification_matrix = pop_optional(d, "return_rectification_matrix", json_nulls)

        with_borders = pop_optional(d, "with_borders", json_nulls)

        general_table_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            return_text_location=None if isinstance(return_text_location, Unset) else return_text_location,
            return_char_location=None if isinstance(return_char_location, Unset) else return_char_location,
            return_confidence=None if isinstance(return_confidence, Unset) else return_confidence,
            return_excel=None if isinstance(return_excel, Unset) else return_excel,
            return_rectification_matrix=None
            if isinstance(return_rectification_matrix, Unset)
            else return_rectification_matrix,
            with_borders=None if isinstance(with_borders, Unset) else with_borders,
        )
        general_table_request_body._json_nulls = frozenset(json_nulls)

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
