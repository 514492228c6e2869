from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="MyanmarDriverLicenseConfidence")


@_attrs_define(repr=False)
class MyanmarDriverLicenseConfidence:
    """Confidence of a field, from 0 to 1 (seed 002 Table 4-103). A higher confidence indicates
    a higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            card_number (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            card_number_en (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            name (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            name_en (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            nrc_id (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            nrc_id_en (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_en (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            blood_group (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            blood_group_en (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiried_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiried_date_en (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    card_number: float | None = None
    card_number_en: float | None = None
    name: float | None = None
    name_en: float | None = None
    nrc_id: float | None = None
    nrc_id_en: float | None = None
    birth: float | None = None
    birth_en: float | None = None
    blood_group: float | None = None
    blood_group_en: float | None = None
    expiried_date: float | None = None
    expiried_date_en: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        card_number = UNSET if self.card_number is None else self.card_number

        card_number_en = UNSET if self.card_number_en is None else self.card_number_en

        name = UNSET if self.name is None else self.name

        name_en = UNSET if self.name_en is None else self.name_en

        nrc_id = UNSET if self.nrc_id is None else self.nrc_id

        nrc_id_en = UNSET if self.nrc_id_en is None else self.nrc_id_en

        birth = UNSET if self.birth is None else self.birth

        birth_en = UNSET if self.birth_en is None else self.birth_en

        blood_group = UNSET if self.blood_group is None else self.blood_group

        blood_group_en = UNSET if self.blood_group_en is None else self.blood_group_en

        expiried_date = UNSET if self.expiried_date is None else self.expiried_date

        expiried_date_en = UNSET if self.expiried_date_en is None else self.expiried_date_en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        elif "card_number" in self._json_nulls:
            field_dict["card_number"] = None
        if card_number_en is not UNSET:
            field_dict["card_number_en"] = card_number_en
        elif "card_number_en" in self._json_nulls:
            field_dict["card_number_en"] = None
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        elif "name_en" in self._json_nulls:
            field_dict["name_en"] = None
        if nrc_id is not UNSET:
            field_dict["nrc_id"] = nrc_id
        elif "nrc_id" in self._json_nulls:
            field_dict["nrc_id"] = None
        if nrc_id_en is not UNSET:
            field_dict["nrc_id_en"] = nrc_id_en
        elif "nrc_id_en" in self._json_nulls:
            field_dict["nrc_id_en"] = None
        if birth is not UNSET:
            field_dict["birth"] = birth
        elif "birth" in self._json_nulls:
            field_dict["birth"] = None
        if birth_en is not UNSET:
            field_dict["birth_en"] = birth_en
        elif "birth_en" in self._json_nulls:
            field_dict["birth_en"] = None
        if blood_group is not UNSET:
            field_dict["blood_group"] = blood_group
        elif "blood_group" in self._json_nulls:
            field_dict["blood_group"] = None
        if blood_group_en is not UNSET:
            field_dict["blood_group_en"] = blood_group_en
        elif "blood_group_en" in self._json_nulls:
            field_dict["blood_group_en"] = None
        if expiried_date is not UNSET:
            field_dict["expiried_date"] = expiried_date
        elif "expiried_date" in self._json_nulls:
            field_dict["expiried_date"] = None
        if expiried_date_en is not UNSET:
            field_dict["expiried_date_en"] = expiried_date_en
        elif "expiried_date_en" in self._json_nulls:
            field_dict["expiried_date_en"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        card_number = pop_optional(d, "card_number", json_nulls)

        card_number_en = pop_optional(d, "card_number_en", json_nulls)

        name = pop_optional(d, "name", json_nulls)

        name_en = pop_optional(d, "name_en", json_nulls)

        nrc_id = pop_optional(d, "nrc_id", json_nulls)

        nrc_id_en = pop_optional(d, "nrc_id_en", json_nulls)

        birth = pop_optional(d, "birth", json_nulls)

        birth_en = pop_optional(d, "birth_en", json_nulls)

        blood_group = pop_optional(d, "blood_group", json_nulls)

        blood_group_en = pop_optional(d, "blood_group_en", json_nulls)

        expiried_date = pop_optional(d, "expiried_date", json_nulls)

        expiried_date_en = pop_optional(d, "expiried_date_en", json_nulls)

        myanmar_driver_license_confidence = cls(
            card_number=None if isinstance(card_number, Unset) else card_number,
            card_number_en=None if isinstance(card_number_en, Unset) else card_number_en,
            name=None if isinstance(name, Unset) else name,
            name_en=None if isinstance(name_en, Unset) else name_en,
            nrc_id=None if isinstance(nrc_id, Unset) else nrc_id,
            nrc_id_en=None if isinstance(nrc_id_en, Unset) else nrc_id_en,
            birth=None if isinstance(birth, Unset) else birth,
            birth_en=None if isinstance(birth_en, Unset) else birth_en,
            blood_group=None if isinstance(blood_group, Unset) else blood_group,
            blood_group_en=None if isinstance(blood_group_en, Unset) else blood_group_en,
            expiried_date=None if isinstance(expiried_date, Unset) else expiried_date,
            expiried_date_en=None if isinstance(expiried_date_en, Unset) else expiried_date_en,
        )
        myanmar_driver_license_confidence._json_nulls = frozenset(json_nulls)

        myanmar_driver_license_confidence.additional_properties = d
        return myanmar_driver_license_confidence

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
