from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="VietnamIdCardConfidence")


@_attrs_define(repr=False)
class VietnamIdCardConfidence:
    """Confidence of related fields, keyed by the field's name. A higher confidence indicates a
    higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy (seed 002 Table 4-116, "confidence").

        Attributes:
            number (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            full_name (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            nationality (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            origin_place (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            residence_place (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    number: float | Unset = UNSET
    full_name: float | Unset = UNSET
    birth_date: float | Unset = UNSET
    sex: float | Unset = UNSET
    nationality: float | Unset = UNSET
    origin_place: float | Unset = UNSET
    residence_place: float | Unset = UNSET
    expiry_date: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        full_name = self.full_name

        birth_date = self.birth_date

        sex = self.sex

        nationality = self.nationality

        origin_place = self.origin_place

        residence_place = self.residence_place

        expiry_date = self.expiry_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if sex is not UNSET:
            field_dict["sex"] = sex
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if origin_place is not UNSET:
            field_dict["origin_place"] = origin_place
        if residence_place is not UNSET:
            field_dict["residence_place"] = residence_place
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        full_name = d.pop("full_name", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        sex = d.pop("sex", UNSET)

        nationality = d.pop("nationality", UNSET)

        origin_place = d.pop("origin_place", UNSET)

        residence_place = d.pop("residence_place", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        vietnam_id_card_confidence = cls(
            number=number,
            full_name=full_name,
            birth_date=birth_date,
            sex=sex,
            nationality=nationality,
            origin_place=origin_place,
            residence_place=residence_place,
            expiry_date=expiry_date,
        )

        vietnam_id_card_confidence.additional_properties = d
        return vietnam_id_card_confidence

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return masked_repr(self)
