from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thailand_idcard_request_body_side import (
    ThailandIdcardRequestBodySide,
    check_thailand_idcard_request_body_side,
)
from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="ThailandIdcardRequestBody")


@_attrs_define(repr=False)
class ThailandIdcardRequestBody:
    """Request body of Thailand ID Card OCR (seed 002 Table 4-72). Set exactly one of `image` and `url`.

    Attributes:
        image (str | Unset): Base64 encoded string of an image. The file size of a single image after Base64
            encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
            can be smaller than 15 or larger than 8,192 pixels. Only images in JPEG, JPG, PNG,
            BMP, or TIFF format can be recognized. An example is /9j/4AAQSkZJRgABAg.... If the
            image data contains an unnecessary prefix, the error "The image format is not
            supported" is reported. Set either this parameter or url.
        url (str | Unset): Image URL. Public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
            service, temporary or anonymous public authorization) are supported. The response time
            depends on the image download time; a slow download makes the call fail. OBS is
            recommended for storing images. The URL cannot contain Chinese characters; encode them
            in UTF-8. The image behind the URL is subject to the same size and format rules as
            `image`. Set either this parameter or image.
        side (ThailandIdcardRequestBodySide | Unset): Front or back of the ID card.
            * front: front of an ID card
            * back: back of an ID card

            If the value is empty or not included, the system automatically recognizes whether
            the image is the front or back of an ID card. You are advised to set this parameter
            for higher accuracy.
        return_portrait_image (bool | Unset): Whether to return the Base64 encoded string of the portrait on the ID card
            image.
            * true: the Base64 encoded string of the portrait is returned.
            * false: it is not returned.

            If this parameter is not specified, false is used by default.
             Default: False.
        return_portrait_location (bool | Unset): Whether to return the position coordinates of the portrait on the ID
            card image.
            * true: the location of the portrait is returned.
            * false: the location of the portrait is not returned.
        return_idcard_type (bool | Unset): Whether to return the ID card type.
            * true: the ID card type is returned, indicating whether the ID card is the original
              ID card or a copy of it.
            * false: the ID card type is not returned.
        return_text_location (bool | Unset): Location of a text block. true: all text blocks are returned; false: text
            blocks are
            not returned. If this parameter is not specified, the system does not return the
            location of any text blocks by default. If a non-Boolean value is entered, an error
            message indicates that the parameter is invalid.
             Default: False.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    side: ThailandIdcardRequestBodySide | Unset = UNSET
    return_portrait_image: bool | Unset = False
    return_portrait_location: bool | Unset = UNSET
    return_idcard_type: bool | Unset = UNSET
    return_text_location: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        return_portrait_image = self.return_portrait_image

        return_portrait_location = self.return_portrait_location

        return_idcard_type = self.return_idcard_type

        return_text_location = self.return_text_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if side is not UNSET:
            field_dict["side"] = side
        if return_portrait_image is not UNSET:
            field_dict["return_portrait_image"] = return_portrait_image
        if return_portrait_location is not UNSET:
            field_dict["return_portrait_location"] = return_portrait_location
        if return_idcard_type is not UNSET:
            field_dict["return_idcard_type"] = return_idcard_type
        if return_text_location is not UNSET:
            field_dict["return_text_location"] = return_text_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        _side = d.pop("side", UNSET)
        side: ThailandIdcardRequestBodySide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_thailand_idcard_request_body_side(_side)

        return_portrait_image = d.pop("return_portrait_image", UNSET)

        return_portrait_location = d.pop("return_portrait_location", UNSET)

        return_idcard_type = d.pop("return_idcard_type", UNSET)

        return_text_location = d.pop("return_text_location", UNSET)

        thailand_idcard_request_body = cls(
            image=image,
            url=url,
            side=side,
            return_portrait_image=return_portrait_image,
            return_portrait_location=return_portrait_location,
            return_idcard_type=return_idcard_type,
            return_text_location=return_text_location,
        )

        thailand_idcard_request_body.additional_properties = d
        return thailand_idcard_request_body

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
