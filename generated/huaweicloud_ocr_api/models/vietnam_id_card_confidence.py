from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="VietnamIdCardConfidence")


@_attrs_define(repr=False)
class VietnamIdCardConfidence:
    """Confidence of related fields, keyed by the field's name. A higher confidence indicates a
    higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy (seed 002 Table 4-116, "confidence").

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            number (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            full_name (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            nationality (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            origin_place (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            residence_place (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    number: float | None = None
    full_name: float | None = None
    birth_date: float | None = None
    sex: float | None = None
    nationality: float | None = None
    origin_place: float | None = None
    residence_place: float | None = None
    expiry_date: float | None = None
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        number = UNSET if self.number is None else self.number

        full_name = UNSET if self.full_name is None else self.full_name

        birth_date = UNSET if self.birth_date is None else self.birth_date

        sex = UNSET if self.sex is None else self.sex

        nationality = UNSET if self.nationality is None else self.nationality

        origin_place = UNSET if self.origin_place is None else self.origin_place

        residence_place = UNSET if self.residence_place is None else self.residence_place

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        elif "number" in self._json_nulls:
            field_dict["number"] = None
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        elif "full_name" in self._json_nulls:
            field_dict["full_name"] = None
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        elif "birth_date" in self._json_nulls:
            field_dict["birth_date"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        elif "nationality" in self._json_nulls:
            field_dict["nationality"] = None
        if origin_place is not UNSET:
            field_dict["origin_place"] = origin_place
        elif "origin_place" in self._json_nulls:
            field_dict["origin_place"] = None
        if residence_place is not UNSET:
            field_dict["residence_place"] = residence_place
        elif "residence_place" in self._json_nulls:
            field_dict["residence_place"] = None
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        elif "expiry_date" in self._json_nulls:
            field_dict["expiry_date"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        number = pop_optional(d, "number", json_nulls)

        full_name = pop_optional(d, "full_name", json_nulls)

        birth_date = pop_optional(d, "birth_date", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        origin_place = pop_optional(d, "origin_place", json_nulls)

        residence_place = pop_optional(d, "residence_place", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        vietnam_id_card_confidence = cls(
            number=None if isinstance(number, Unset) else number,
            full_name=None if isinstance(full_name, Unset) else full_name,
            birth_date=None if isinstance(birth_date, Unset) else birth_date,
            sex=None if isinstance(sex, Unset) else sex,
            nationality=None if isinstance(nationality, Unset) else nationality,
            origin_place=None if isinstance(origin_place, Unset) else origin_place,
            residence_place=None if isinstance(residence_place, Unset) else residence_place,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
        )
        vietnam_id_card_confidence._json_nulls = frozenset(json_nulls)

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
