from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="MyanmarIdcardRequestBody")


@_attrs_define(repr=False)
class MyanmarIdcardRequestBody:
    """Request body of Myanmar ID Card OCR (seed 002 Table 4-92; seed 000 has the same rows
    except return_translation). Set exactly one of `image` and `url`.

        Attributes:
            image (str | Unset): Set either this parameter or url. Base64 encoded string of an image. The file size
                of a single image after Base64 encoding should not exceed 10 MB; keep the original
                under 7 MB. No side of the image can be smaller than 15 or larger than 8,192 pixels.
                Only images in JPEG, JPG, PNG, BMP, or TIFF format can be recognized. An example is
                /9j/4AAQSkZJRgABAg.... If the image data contains an unnecessary prefix, the error
                "The image format is not supported" is reported.
            url (str | Unset): Image URL. Public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
                service, temporary or anonymous public authorization) are supported. The response time
                depends on the image download time; a slow download makes the call fail. OBS is
                recommended for storing images. The URL cannot contain Chinese characters; encode them
                in UTF-8. The image behind the URL is subject to the same size and format rules as
                `image`. Set either this parameter or image.
            convert_unicode (bool | Unset): Output format.
                * true: The output will be in the Unicode format.
                * false: The output will be in the zawgyi format.

                If this parameter is not specified or does not exist, the output will be in the
                zawgyi format by default.
                 Default: False.
            return_confidence (bool | Unset): Whether to return the confidence. true: The confidence will be returned.
                false: The
                confidence will not be returned. If this parameter is not specified, the system does
                not return the confidence by default. If a non-Boolean value is entered, an error
                message will be displayed, indicating that the parameter is invalid.
                 Default: False.
            return_portrait_image (bool | Unset): Whether to return the Base64 encoded string of the portrait on the ID card
                image.
                * true: The Base64 encoded string of the portrait on the ID card will be returned.
                * false: The Base64 encoded string of the portrait on the ID card will not be
                  returned.

                If this parameter is not specified, false is used by default.
                 Default: False.
            return_portrait_location (bool | Unset): Whether to return the location of the portrait on the ID card image.
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait on the ID card will not be returned.
            return_idcard_type (bool | Unset): Whether to return the ID card type.
                * true: The ID card type, either original or copy of the original will be returned.
                * false: The ID card type will not be returned.
            return_translation (bool | Unset): Whether to return translation information.
                * true: The translation information is returned.
                * false: The translation information is not returned.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    convert_unicode: bool | Unset = False
    return_confidence: bool | Unset = False
    return_portrait_image: bool | Unset = False
    return_portrait_location: bool | Unset = UNSET
    return_idcard_type: bool | Unset = UNSET
    return_translation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        convert_unicode = self.convert_unicode

        return_confidence = self.return_confidence

        return_portrait_image = self.return_portrait_image

        return_portrait_location = self.return_portrait_location

        return_idcard_type = self.return_idcard_type

        return_translation = self.return_translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if convert_unicode is not UNSET:
            field_dict["convert_unicode"] = convert_unicode
        if return_confidence is not UNSET:
            field_dict["return_confidence"] = return_confidence
        if return_portrait_image is not UNSET:
            field_dict["return_portrait_image"] = return_portrait_image
        if return_portrait_location is not UNSET:
            field_dict["return_portrait_location"] = return_portrait_location
        if return_idcard_type is not UNSET:
            field_dict["return_idcard_type"] = return_idcard_type
        if return_translation is not UNSET:
            field_dict["return_translation"] = return_translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        convert_unicode = d.pop("convert_unicode", UNSET)

        return_confidence = d.pop("return_confidence", UNSET)

        return_portrait_image = d.pop("return_portrait_image", UNSET)

        return_portrait_location = d.pop("return_portrait_location", UNSET)

        return_idcard_type = d.pop("return_idcard_type", UNSET)

        return_translation = d.pop("return_translation", UNSET)

        myanmar_idcard_request_body = cls(
            image=image,
            url=url,
            convert_unicode=convert_unicode,
            return_confidence=return_confidence,
            return_portrait_image=return_portrait_image,
            return_portrait_location=return_portrait_location,
            return_idcard_type=return_idcard_type,
            return_translation=return_translation,
        )

        myanmar_idcard_request_body.additional_properties = d
        return myanmar_idcard_request_body

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
