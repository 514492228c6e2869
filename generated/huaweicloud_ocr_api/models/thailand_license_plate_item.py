from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="ThailandLicensePlateItem")


@_attrs_define(repr=False)
class ThailandLicensePlateItem:
    """One recognized license plate (seed 002 Table 4-128).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        plate_number (str | None): License plate content
        plate_location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four
            vertexes, where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        confidence (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
        province (str | None): Province where the license plate is registered
    """

    plate_number: str | None = None
    plate_location: list[list[int]] | None = None
    confidence: float | None = None
    province: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        plate_number = UNSET if self.plate_number is None else self.plate_number

        _plate_location_or_unset = UNSET if self.plate_location is None else self.plate_location
        plate_location: list[list[int]] | Unset = UNSET
        if not isinstance(_plate_location_or_unset, Unset):
            plate_location = []
            for componentsschemas_quadrilateral_item_data in _plate_location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                plate_location.append(componentsschemas_quadrilateral_item)

        confidence = UNSET if self.confidence is None else self.confidence

        province = UNSET if self.province is None else self.province

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plate_number is not UNSET:
            field_dict["plate_number"] = plate_number
        elif "plate_number" in self._json_nulls:
            field_dict["plate_number"] = None
        if plate_location is not UNSET:
            field_dict["plate_location"] = plate_location
        elif "plate_location" in self._json_nulls:
            field_dict["plate_location"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None
        if province is not UNSET:
            field_dict["province"] = province
        elif "province" in self._json_nulls:
            field_dict["province"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        plate_number = pop_optional(d, "plate_number", json_nulls)

        _plate_location = pop_optional(d, "plate_location", json_nulls)
        plate_location: list[list[int]] | Unset = UNSET
        if _plate_location is not UNSET:
            plate_location = []
            for componentsschemas_quadrilateral_item_data in _plate_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                plate_location.append(componentsschemas_quadrilateral_item)

        confidence = pop_optional(d, "confidence", json_nulls)

        province = pop_optional(d, "province", json_nulls)

        thailand_license_plate_item = cls(
            plate_number=None if isinstance(plate_number, Unset) else plate_number,
            plate_location=None if isinstance(plate_location, Unset) else plate_location,
            confidence=None if isinstance(confidence, Unset) else confidence,
            province=None if isinstance(province, Unset) else province,
        )
        thailand_license_plate_item._json_nulls = frozenset(json_nulls)

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
