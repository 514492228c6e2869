from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_image_request_body_extract_type_item import (
    WebImageRequestBodyExtractTypeItem,
    check_web_image_request_body_extract_type_item,
)
from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="WebImageRequestBody")


@_attrs_define(repr=False)
class WebImageRequestBody:
    """Request body of Web Image OCR (seed 002 Table 4-56). Set exactly one of `image` and `url`.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        image (str | None): Set either this parameter or url. The file size of a single image after Base64
            encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
            can be smaller than 15 or larger than 30,000 pixels. Only images in JPG, JPEG, PNG,
            BMP, TIFF, TGA, WebP, ICO, PCX, or GIF format can be recognized. An example is
            /9j/4AAQSkZJRgABAg.... If the image data contains an unnecessary prefix, the error
            "The image format is not supported" is reported.
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
        detect_direction (bool | None): Whether to align the tilted image.
            * true: the tilted image will be aligned.
            * false: the tilted image will not be aligned.

            An image tilted to any angle can be aligned. If the image to be recognized is tilted,
            you are advised to set this parameter to true.
        extract_type (list[WebImageRequestBodyExtractTypeItem] | None): Structured data extraction parameter list.
            Currently, only the image width and
            height are supported; the input value for them is image_size. If this parameter is
            not set or is deleted, it is not used.
        detect_font (bool | None): If this parameter is not specified, slice fonts are not detected by default. If it
            is set to True, the slice font type is detected and the five most similar font
            names are returned.
        detect_text_direction (bool | None): If this parameter is not transferred, the default value True is used,
            indicating that
            the text direction of each field is detected. If it is set to False, the text
            direction is not detected. If all text in the image faces up, you are advised to set
            this parameter to False.
    """

    image: str | None = None
    url: str | None = None
    detect_direction: bool | None = None
    extract_type: list[WebImageRequestBodyExtractTypeItem] | None = None
    detect_font: bool | None = None
    detect_text_direction: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        detect_direction = UNSET if self.detect_direction is None else self.detect_direction

        _extract_type_or_unset = UNSET if self.extract_type is None else self.extract_type
        extract_type: list[str] | Unset = UNSET
        if not isinstance(_extract_type_or_unset, Unset):
            extract_type = []
            for extract_type_item_data in _extract_type_or_unset:
                extract_type_item: str = extract_type_item_data
                extract_type.append(extract_type_item)

        detect_font = UNSET if self.detect_font is None else self.detect_font

        detect_text_direction = UNSET if self.detect_text_direction is None else self.detect_text_direction

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
        if detect_direction is not UNSET:
            field_dict["detect_direction"] = detect_direction
        elif "detect_direction" in self._json_nulls:
            field_dict["detect_direction"] = None
        if extract_type is not UNSET:
            field_dict["extract_type"] = extract_type
        elif "extract_type" in self._json_nulls:
            field_dict["extract_type"] = None
        if detect_font is not UNSET:
            field_dict["detect_font"] = detect_font
        elif "detect_font" in self._json_nulls:
            field_dict["detect_font"] = None
        if detect_text_direction is not UNSET:
            field_dict["detect_text_direction"] = detect_text_direction
        elif "detect_text_direction" in self._json_nulls:
            field_dict["detect_text_direction"] = None

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

        detect_direction = pop_optional(d, "detect_direction", json_nulls)

        _extract_type = pop_optional(d, "extract_type", json_nulls)
        extract_type: list[WebImageRequestBodyExtractTypeItem] | Unset = UNSET
        if _extract_type is not UNSET:
            extract_type = []
            for extract_type_item_data in _extract_type:
                extract_type_item = check_web_image_request_body_extract_type_item(extract_type_item_data)

                extract_type.append(extract_type_item)

        detect_font = pop_optional(d, "detect_font", json_nulls)

        detect_text_direction = pop_optional(d, "detect_text_direction", json_nulls)

        web_image_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            detect_direction=None if isinstance(detect_direction, Unset) else detect_direction,
            extract_type=None if isinstance(extract_type, Unset) else extract_type,
            detect_font=None if isinstance(detect_font, Unset) else detect_font,
            detect_text_direction=None if isinstance(detect_text_direction, Unset) else detect_text_direction,
        )
        web_image_request_body._json_nulls = frozenset(json_nulls)

        web_image_request_body.additional_properties = d
        return web_image_request_body

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
