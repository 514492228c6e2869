from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="WebImageContactInfo")


@_attrs_define(repr=False)
class WebImageContactInfo:
    """Extracted contact information, including the name, phone number, province, city and
    detailed address (seed 002 Table 4-61). If extract_type does not contain contact_info,
    it is not included in the response.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            name (str | None): Name, which is returned when contact_info is specified
            phone (str | None): Contact phone number, which is returned when contact_info is specified
            province (str | None): Province, which is returned when contact_info is specified
            city (str | None): City, which is returned when contact_info is specified
            district (str | None): County or district, which is returned when contact_info is specified
            detail_address (str | None): Detailed address (excluding the province, city, and county or district), which is
                returned when contact_info is specified
    """

    name: str | None = None
    phone: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    detail_address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        phone = UNSET if self.phone is None else self.phone

        province = UNSET if self.province is None else self.province

        city = UNSET if self.city is None else self.city

        district = UNSET if self.district is None else self.district

        detail_address = UNSET if self.detail_address is None else self.detail_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if phone is not UNSET:
            field_dict["phone"] = phone
        elif "phone" in self._json_nulls:
            field_dict["phone"] = None
        if province is not UNSET:
            field_dict["province"] = province
        elif "province" in self._json_nulls:
            field_dict["province"] = None
        if city is not UNSET:
            field_dict["city"] = city
        elif "city" in self._json_nulls:
            field_dict["city"] = None
        if district is not UNSET:
            field_dict["district"] = district
        elif "district" in self._json_nulls:
            field_dict["district"] = None
        if detail_address is not UNSET:
            field_dict["detail_address"] = detail_address
        elif "detail_address" in self._json_nulls:
            field_dict["detail_address"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        name = pop_optional(d, "name", json_nulls)

        phone = pop_optional(d, "phone", json_nulls)

        province = pop_optional(d, "province", json_nulls)

        city = pop_optional(d, "city", json_nulls)

        district = pop_optional(d, "district", json_nulls)

        detail_address = pop_optional(d, "detail_address", json_nulls)

        web_image_contact_info = cls(
            name=None if isinstance(name, Unset) else name,
            phone=None if isinstance(phone, Unset) else phone,
            province=None if isinstance(province, Unset) else province,
            city=None if isinstance(city, Unset) else city,
            district=None if isinstance(district, Unset) else district,
            detail_address=None if isinstance(detail_address, Unset) else detail_address,
        )
        web_image_contact_info._json_nulls = frozenset(json_nulls)

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
