from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="PassportRequestBody")


@_attrs_define(repr=False)
class PassportRequestBody:
    """Request body of Passport OCR (seed 002 Table 4-66). Set exactly one of `image` and `url`.

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
        country_code (str | Unset): Code of the country where the passport is issued. The passport recognition service
            is determined based on the country code.
            * If this parameter is left blank, OCR automatically matches the recognition mode
              based on the passport type identified by the service.
            * GENERAL: the passport is recognized based on the machine-readable code.
            * CHN: all fields in the Chinese passport are recognized.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        country_code = d.pop("country_code", UNSET)

        passport_request_body = cls(
            image=image,
            url=url,
            country_code=country_code,
        )

        passport_request_body.additional_properties = d
        return passport_request_body

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
