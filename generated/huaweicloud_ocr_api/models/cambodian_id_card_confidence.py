from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="CambodianIdCardConfidence")


@_attrs_define(repr=False)
class CambodianIdCardConfidence:
    """Confidence of a field, from 0 to 1, keyed by the field's name. A higher confidence
    indicates a higher accuracy of the field identified. The confidence is calculated using
    algorithms and is not equal to the accuracy (seed 002 Table 4-87, "confidence").

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            id_number (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            name_kh (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            name_en (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            height (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_place (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            address (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            issue_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            description (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code1 (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code2 (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code3 (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            idcard_type (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    id_number: float | None = None
    name_kh: float | None = None
    name_en: float | None = None
    birth_date: float | None = None
    sex: float | None = None
    height: float | None = None
    birth_place: float | None = None
    address: float | None = None
    issue_date: float | None = None
    expiry_date: float | None = None
    description: float | None = None
    machine_code1: float | None = None
    machine_code2: float | None = None
    machine_code3: float | None = None
    idcard_type: float | None = None
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        id_number = UNSET if self.id_number is None else self.id_number

        name_kh = UNSET if self.name_kh is None else self.name_kh

        name_en = UNSET if self.name_en is None else self.name_en

        birth_date = UNSET if self.birth_date is None else self.birth_date

        sex = UNSET if self.sex is None else self.sex

        height = UNSET if self.height is None else self.height

        birth_place = UNSET if self.birth_place is None else self.birth_place

        address = UNSET if self.address is None else self.address

        issue_date = UNSET if self.issue_date is None else self.issue_date

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        description = UNSET if self.description is None else self.description

        machine_code1 = UNSET if self.machine_code1 is None else self.machine_code1

        machine_code2 = UNSET if self.machine_code2 is None else self.machine_code2

        machine_code3 = UNSET if self.machine_code3 is None else self.machine_code3

        idcard_type = UNSET if self.idcard_type is None else self.idcard_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        elif "id_number" in self._json_nulls:
            field_dict["id_number"] = None
        if name_kh is not UNSET:
            field_dict["name_kh"] = name_kh
        elif "name_kh" in self._json_nulls:
            field_dict["name_kh"] = None
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        elif "name_en" in self._json_nulls:
            field_dict["name_en"] = None
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        elif "birth_date" in self._json_nulls:
            field_dict["birth_date"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if height is not UNSET:
            field_dict["height"] = height
        elif "height" in self._json_nulls:
            field_dict["height"] = None
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        elif "birth_place" in self._json_nulls:
            field_dict["birth_place"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        elif "expiry_date" in self._json_nulls:
            field_dict["expiry_date"] = None
        if description is not UNSET:
            field_dict["description"] = description
        elif "description" in self._json_nulls:
            field_dict["description"] = None
        if machine_code1 is not UNSET:
            field_dict["machine_code1"] = machine_code1
        elif "machine_code1" in self._json_nulls:
            field_dict["machine_code1"] = None
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        elif "machine_code2" in self._json_nulls:
            field_dict["machine_code2"] = None
        if machine_code3 is not UNSET:
            field_dict["machine_code3"] = machine_code3
        elif "machine_code3" in self._json_nulls:
            field_dict["machine_code3"] = None
        if idcard_type is not UNSET:
            field_dict["idcard_type"] = idcard_type
        elif "idcard_type" in self._json_nulls:
            field_dict["idcard_type"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        id_number = pop_optional(d, "id_number", json_nulls)

        name_kh = pop_optional(d, "name_kh", json_nulls)

        name_en = pop_optional(d, "name_en", json_nulls)

        birth_date = pop_optional(d, "birth_date", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        height = pop_optional(d, "height", json_nulls)

        birth_place = pop_optional(d, "birth_place", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        description = pop_optional(d, "description", json_nulls)

        machine_code1 = pop_optional(d, "machine_code1", json_nulls)

        machine_code2 = pop_optional(d, "machine_code2", json_nulls)

        machine_code3 = pop_optional(d, "machine_code3", json_nulls)

        idcard_type = pop_optional(d, "idcard_type", json_nulls)

        cambodian_id_card_confidence = cls(
            id_number=None if isinstance(id_number, Unset) else id_number,
            name_kh=None if isinstance(name_kh, Unset) else name_kh,
            name_en=None if isinstance(name_en, Unset) else name_en,
            birth_date=None if isinstance(birth_date, Unset) else birth_date,
            sex=None if isinstance(sex, Unset) else sex,
            height=None if isinstance(height, Unset) else height,
            birth_place=None if isinstance(birth_place, Unset) else birth_place,
            address=None if isinstance(address, Unset) else address,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
            description=None if isinstance(description, Unset) else description,
            machine_code1=None if isinstance(machine_code1, Unset) else machine_code1,
            machine_code2=None if isinstance(machine_code2, Unset) else machine_code2,
            machine_code3=None if isinstance(machine_code3, Unset) else machine_code3,
            idcard_type=None if isinstance(idcard_type, Unset) else idcard_type,
        )
        cambodian_id_card_confidence._json_nulls = frozenset(json_nulls)

        cambodian_id_card_confidence.additional_properties = d
        return cambodian_id_card_confidence

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
