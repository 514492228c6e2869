from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

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

        Attributes:
            contact_info (WebImageContactInfo | Unset): Extracted contact information, including the name, phone number,
                province, city and
                detailed address (seed 002 Table 4-61). If extract_type does not contain contact_info,
                it is not included in the response.
            image_size (WebImageImageSize | Unset): Width and height of an image (seed 002 Table 4-62). If extract_type does
                not contain
                image_size, it is not included in the response.
    """

    contact_info: WebImageContactInfo | Unset = UNSET
    image_size: WebImageImageSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_info, Unset):
            contact_info = self.contact_info.to_dict()

        image_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_info is not UNSET:
            field_dict["contact_info"] = contact_info
        if image_size is not UNSET:
            field_dict["image_size"] = image_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_image_contact_info import WebImageContactInfo  # noqa: PLC0415
        from ..models.web_image_image_size import WebImageImageSize  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _contact_info = d.pop("contact_info", UNSET)
        contact_info: WebImageContactInfo | Unset
        if isinstance(_contact_info, Unset):
            contact_info = UNSET
        else:
            contact_info = WebImageContactInfo.from_dict(_contact_info)

        _image_size = d.pop("image_size", UNSET)
        image_size: WebImageImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = WebImageImageSize.from_dict(_image_size)

        web_image_extracted_data = cls(
            contact_info=contact_info,
            image_size=image_size,
        )

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
