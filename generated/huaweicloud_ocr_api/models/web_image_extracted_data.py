from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.web_image_contact_info import WebImageContactInfo
    from ..models.web_image_image_size import WebImageImageSize


T = TypeVar("T", bound="WebImageExtractedData")


@_attrs_define(repr=False)
class WebImageExtractedData:
    """Structured JSON results extracted (seed 002 Table 4-60). The keys are the values of
    extract_type in the request; currently only the contact (contact_info) and the image
    size (image_size) can be extracted. If extract_type is left blank or missing, no
    information is extracted.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            contact_info (WebImageContactInfo | None): Extracted contact information, including the name, phone number,
                province, city and
                detailed address (seed 002 Table 4-61). If extract_type does not contain contact_info,
                it is not included in the response.
            image_size (WebImageImageSize | None): Width and height of an image (seed 002 Table 4-62). If extract_type does
                not contain
                image_size, it is not included in the response.
    """

    contact_info: WebImageContactInfo | None = None
    image_size: WebImageImageSize | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _contact_info_or_unset = UNSET if self.contact_info is None else self.contact_info
        contact_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_contact_info_or_unset, Unset):
            contact_info = _contact_info_or_unset.to_dict()

        _image_size_or_unset = UNSET if self.image_size is None else self.image_size
        image_size: dict[str, Any] | Unset = UNSET
        if not isinstance(_image_size_or_unset, Unset):
            image_size = _image_size_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_info is not UNSET:
            field_dict["contact_info"] = contact_info
        elif "contact_info" in self._json_nulls:
            field_dict["contact_info"] = None
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        elif "image_size" in self._json_nulls:
            field_dict["image_size"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_image_contact_info import WebImageContactInfo  # noqa: PLC0415
        from ..models.web_image_image_size import WebImageImageSize  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        _contact_info = pop_optional(d, "contact_info", json_nulls)
        contact_info: WebImageContactInfo | Unset
        if isinstance(_contact_info, Unset):
            contact_info = UNSET
        else:
            contact_info = WebImageContactInfo.from_dict(_contact_info)

        _image_size = pop_optional(d, "image_size", json_nulls)
        image_size: WebImageImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = WebImageImageSize.from_dict(_image_size)

        web_image_extracted_data = cls(
            contact_info=None if isinstance(contact_info, Unset) else contact_info,
            image_size=None if isinstance(image_size, Unset) else image_size,
        )
        web_image_extracted_data._json_nulls = frozenset(json_nulls)

        web_image_extracted_data.additional_properties = d
        return web_image_extracted_data

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
