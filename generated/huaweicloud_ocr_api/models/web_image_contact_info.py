from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="WebImageContactInfo")


@_attrs_define(repr=False)
class WebImageContactInfo:
    """Extracted contact information, including the name, phone number, province, city and
    detailed address (seed 002 Table 4-61). If extract_type does not contain contact_info,
    it is not included in the response.

        Attributes:
            name (str | Unset): Name, which is returned when contact_info is specified
            phone (str | Unset): Contact phone number, which is returned when contact_info is specified
            province (str | Unset): Province, which is returned when contact_info is specified
            city (str | Unset): City, which is returned when contact_info is specified
            district (str | Unset): County or district, which is returned when contact_info is specified
            detail_address (str | Unset): Detailed address (excluding the province, city, and county or district), which is
                returned when contact_info is specified
    """

    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    province: str | Unset = UNSET
    city: str | Unset = UNSET
    district: str | Unset = UNSET
    detail_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        province = self.province

        city = self.city

        district = self.district

        detail_address = self.detail_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if detail_address is not UNSET:
            field_dict["detail_address"] = detail_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        province = d.pop("province", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        detail_address = d.pop("detail_address", UNSET)

        web_image_contact_info = cls(
            name=name,
            phone=phone,
            province=province,
            city=city,
            district=district,
            detail_address=detail_address,
        )

        web_image_contact_info.additional_properties = d
        return web_image_contact_info

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
