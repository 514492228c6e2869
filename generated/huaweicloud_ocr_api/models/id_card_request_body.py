from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_card_request_body_side import IdCardRequestBodySide, check_id_card_request_body_side
from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IdCardRequestBody")


@_attrs_define(repr=False)
class IdCardRequestBody:
    """Request body of ID Card OCR (seed 001 Table 3). Set exactly one of `image` and `url`.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        image (str | None): Base64 character string converted from the image. The size cannot exceed 10 MB. The
            narrow edge contains at least 15 pixels and the wide edge contains at most 8,000
            pixels. Images only in JPEG, JPG, PNG, BMP, or TIFF format can be recognized. Set
            either this parameter or url.
        url (str | None): Image URL. Public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
            service, temporary or anonymous public authorization) are supported. The response time
            depends on the image download time; a slow download makes the call fail. OBS is
            recommended for storing images. The URL cannot contain Chinese characters; encode them
            in UTF-8. The image behind the URL is subject to the same size and format rules as
            `image`. Set either this parameter or image.
        side (IdCardRequestBodySide | None): * front: front of the ID card with the profile
            * back: back of the ID card with the national emblem

            If this parameter is left empty or not included, the system automatically recognizes
            whether the image is the front or back of an ID card. To ensure accuracy, set this
            parameter.
    """

    image: str | None = None
    url: str | None = None
    side: IdCardRequestBodySide | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        _side_or_unset = UNSET if self.side is None else self.side
        side: str | Unset = UNSET
        if not isinstance(_side_or_unset, Unset):
            side = _side_or_unset

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
        if side is not UNSET:
            field_dict["side"] = side
        elif "side" in self._json_nulls:
            field_dict["side"] = None

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

        _side = pop_optional(d, "side", json_nulls)
        side: IdCardRequestBodySide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_id_card_request_body_side(_side)

        id_card_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            side=None if isinstance(side, Unset) else side,
        )
        id_card_request_body._json_nulls = frozenset(json_nulls)

        id_card_request_body.additional_properties = d
        return id_card_request_body

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
