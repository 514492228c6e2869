from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="MyanmarDriverLicenseRequestBody")


@_attrs_define(repr=False)
class MyanmarDriverLicenseRequestBody:
    """Request body of Myanmar Driving License OCR (seed 002 Table 4-100). Set exactly one of `image` and `url`.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        image (str | None): Base64 encoded string of an image. The file size of a single image after Base64
            encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
            can be smaller than 15 or larger than 4,096 pixels. Only images in JPEG, JPG, PNG,
            BMP, or TIFF format can be recognized. An example is /9j/4AAQSkZJRgABAg.... If the
            image data contains an unnecessary prefix, the error "The image format is not
            supported" is reported. Set either this parameter or url.
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
        convert_unicode (bool | None): Output format.
            * true: the output will be in the Unicode format.
            * false: the output will be in the zawgyi format.

            If this parameter is not specified or does not exist, the output will be in the
            zawgyi format by default.
    """

    image: str | None = None
    url: str | None = None
    convert_unicode: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        convert_unicode = UNSET if self.convert_unicode is None else self.convert_unicode

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
        if convert_unicode is not UNSET:
            field_dict["convert_unicode"] = convert_unicode
        elif "convert_unicode" in self._json_nulls:
            field_dict["convert_unicode"] = None

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

        convert_unicode = pop_optional(d, "convert_unicode", json_nulls)

        myanmar_driver_license_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            convert_unicode=None if isinstance(convert_unicode, Unset) else convert_unicode,
        )
        myanmar_driver_license_request_body._json_nulls = frozenset(json_nulls)

        myanmar_driver_license_request_body.additional_properties = d
        return myanmar_driver_license_request_body

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
