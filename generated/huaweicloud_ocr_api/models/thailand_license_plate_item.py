from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="ThailandLicensePlateItem")


@_attrs_define(repr=False)
class ThailandLicensePlateItem:
    """One recognized license plate (seed 002 Table 4-128).

    Attributes:
        plate_number (str | Unset): License plate content
        plate_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
            vertexes, where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        confidence (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
        province (str | Unset): Province where the license plate is registered
    """

    plate_number: str | Unset = UNSET
    plate_location: list[list[int]] | Unset = UNSET
    confidence: float | Unset = UNSET
    province: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plate_number = self.plate_number

        plate_location: list[list[int]] | Unset = UNSET
        if not isinstance(self.plate_location, Unset):
            plate_location = []
            for componentsschemas_quadrilateral_item_data in self.plate_location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                plate_location.append(componentsschemas_quadrilateral_item)

        confidence = self.confidence

        province = self.province

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plate_number is not UNSET:
            field_dict["plate_number"] = plate_number
        if plate_location is not UNSET:
            field_dict["plate_location"] = plate_location
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if province is not UNSET:
            field_dict["province"] = province

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        plate_number = d.pop("plate_number", UNSET)

        _plate_location = d.pop("plate_location", UNSET)
        plate_location: list[list[int]] | Unset = UNSET
        if _plate_location is not UNSET:
            plate_location = []
            for componentsschemas_quadrilateral_item_data in _plate_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                plate_location.append(componentsschemas_quadrilateral_item)

        confidence = d.pop("confidence", UNSET)

        province = d.pop("province", UNSET)

        thailand_license_plate_item = cls(
            plate_number=plate_number,
            plate_location=plate_location,
            confidence=confidence,
            province=province,
        )

        thailand_license_plate_item.additional_properties = d
        return thailand_license_plate_item

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
