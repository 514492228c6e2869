from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="AutoIdDocClassificationRequestBody")


@_attrs_define(repr=False)
class AutoIdDocClassificationRequestBody:
    """Request body of Auto ID Document Classification OCR (seed 002 Table 4-30). Set exactly
    one of `data` and `url`.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            data (str | None): Set either this parameter or url. Base64 encoded string of an image. The file size
                of a single image after Base64 encoding should not exceed 10 MB; it is recommended
                that the original image size not exceed 7 MB. No side of the image can be smaller
                than 15 or larger than 8,192 pixels. Only images in JPEG, JPG, PNG, BMP, or TIFF
                format can be recognized. An example is /9j/4AAQSkZJRgABAg.... If the image data
                contains an unnecessary prefix, the error "The image format is not supported" is
                reported.
            url (str | None): Set either this parameter or data. Image URL. Public HTTP/HTTPS URLs and URLs
                provided by OBS (authorized for OBS data: service, temporary or anonymous public
                authorization; see Configuring Access Permissions of OBS) are supported. The file
                size of a single image after Base64 encoding should not exceed 10 MB (original under
                7 MB). No side of the image can be smaller than 15 or larger than 8,192 pixels. Only
                images in JPEG, JPG, PNG, BMP, or TIFF format can be recognized.
                * The API response time depends on the image download time. If the image download
                  takes a long time, the API call will fail.
                * Ensure that the storage service where the image resides is stable and reliable.
                  OBS is recommended for storing image data.
                * The URL cannot contain Chinese characters. If Chinese characters exist, they must
                  be encoded using UTF-8.
                * An OBS URL must be in the same region as the OCR endpoint (seed 002 §7.3).
            alarm (bool | None): Whether to enable the function to detect alarms for ID document images.
                * true: Enable the image alarm function.
                * false: Disable the image alarm function.
    """

    data: str | None = None
    url: str | None = None
    alarm: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        data = UNSET if self.data is None else self.data

        url = UNSET if self.url is None else self.url

        alarm = UNSET if self.alarm is None else self.alarm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        elif "data" in self._json_nulls:
            field_dict["data"] = None
        if url is not UNSET:
            field_dict["url"] = url
        elif "url" in self._json_nulls:
            field_dict["url"] = None
        if alarm is not UNSET:
            field_dict["alarm"] = alarm
        elif "alarm" in self._json_nulls:
            field_dict["alarm"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        data = pop_optional(d, "data", json_nulls)

        url = pop_optional(d, "url", json_nulls)

        alarm = pop_optional(d, "alarm", json_nulls)

        auto_id_doc_classification_request_body = cls(
            data=None if isinstance(data, Unset) else data,
            url=None if isinstance(url, Unset) else url,
            alarm=None if isinstance(alarm, Unset) else alarm,
        )
        auto_id_doc_classification_request_body._json_nulls = frozenset(json_nulls)

        auto_id_doc_classification_request_body.additional_properties = d
        return auto_id_doc_classification_request_body

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
