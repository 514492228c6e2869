from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_image_request_body_extract_type_item import (
    WebImageRequestBodyExtractTypeItem,
    check_web_image_request_body_extract_type_item,
)
from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="WebImageRequestBody")


@_attrs_define(repr=False)
class WebImageRequestBody:
    """Request body of Web Image OCR (seed 002 Table 4-56). Set exactly one of `image` and `url`.

    Attributes:
        image (str | Unset): Set either this parameter or url. The file size of a single image after Base64
            encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
            can be smaller than 15 or larger than 30,000 pixels. Only images in JPG, JPEG, PNG,
            BMP, TIFF, TGA, WebP, ICO, PCX, or GIF format can be recognized. An example is
            /9j/4AAQSkZJRgABAg.... If the image data contains an unnecessary prefix, the error
            "The image format is not supported" is reported.
        url (str | Unset): Image URL. Public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
            service, temporary or anonymous public authorization) are supported. The response time
            depends on the image download time; a slow download makes the call fail. OBS is
            recommended for storing images. The URL cannot contain Chinese characters; encode them
            in UTF-8. The image behind the URL is subject to the same size and format rules as
            `image`. Set either this parameter or image.
        detect_direction (bool | Unset): Whether to align the tilted image.
            * true: the tilted image will be aligned.
            * false: the tilted image will not be aligned.

            An image tilted to any angle can be aligned. If the image to be recognized is tilted,
            you are advised to set this parameter to true.
             Default: False.
        extract_type (list[WebImageRequestBodyExtractTypeItem] | Unset): Structured data extraction parameter list.
            Currently, only the image width and
            height are supported; the input value for them is image_size. If this parameter is
            not set or is deleted, it is not used.
        detect_font (bool | Unset): If this parameter is not specified, slice fonts are not detected by default. If it
            is set to True, the slice font type is detected and the five most similar font
            names are returned.
             Default: False.
        detect_text_direction (bool | Unset): If this parameter is not transferred, the default value True is used,
            indicating that
            the text direction of each field is detected. If it is set to False, the text
            direction is not detected. If all text in the image faces up, you are advised to set
            this parameter to False.
             Default: True.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    detect_direction: bool | Unset = False
    extract_type: list[WebImageRequestBodyExtractTypeItem] | Unset = UNSET
    detect_font: bool | Unset = False
    detect_text_direction: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        detect_direction = self.detect_direction

        extract_type: list[str] | Unset = UNSET
        if not isinstance(self.extract_type, Unset):
            extract_type = []
            for extract_type_item_data in self.extract_type:
                extract_type_item: str = extract_type_item_data
                extract_type.append(extract_type_item)

        detect_font = self.detect_font

        detect_text_direction = self.detect_text_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if detect_direction is not UNSET:
            field_dict["detect_direction"] = detect_direction
        if extract_type is not UNSET:
            field_dict["extract_type"] = extract_type
        if detect_font is not UNSET:
            field_dict["detect_font"] = detect_font
        if detect_text_direction is not UNSET:
            field_dict["detect_text_direction"] = detect_text_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        detect_direction = d.pop("detect_direction", UNSET)

        _extract_type = d.pop("extract_type", UNSET)
        extract_type: list[WebImageRequestBodyExtractTypeItem] | Unset = UNSET
        if _extract_type is not UNSET:
            extract_type = []
            for extract_type_item_data in _extract_type:
                extract_type_item = check_web_image_request_body_extract_type_item(extract_type_item_data)

                extract_type.append(extract_type_item)

        detect_font = d.pop("detect_font", UNSET)

        detect_text_direction = d.pop("detect_text_direction", UNSET)

        web_image_request_body = cls(
            image=image,
            url=url,
            detect_direction=detect_direction,
            extract_type=extract_type,
            detect_font=detect_font,
            detect_text_direction=detect_text_direction,
        )

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
