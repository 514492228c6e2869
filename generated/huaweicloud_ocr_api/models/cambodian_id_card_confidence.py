from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="CambodianIdCardConfidence")


@_attrs_define(repr=False)
class CambodianIdCardConfidence:
    """Confidence of a field, from 0 to 1, keyed by the field's name. A higher confidence
    indicates a higher accuracy of the field identified. The confidence is calculated using
    algorithms and is not equal to the accuracy (seed 002 Table 4-87, "confidence").

        Attributes:
            id_number (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            name_kh (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            name_en (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            height (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_place (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            address (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            issue_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            description (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code1 (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code2 (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code3 (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            idcard_type (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    id_number: float | Unset = UNSET
    name_kh: float | Unset = UNSET
    name_en: float | Unset = UNSET
    birth_date: float | Unset = UNSET
    sex: float | Unset = UNSET
    height: float | Unset = UNSET
    birth_place: float | Unset = UNSET
    address: float | Unset = UNSET
    issue_date: float | Unset = UNSET
    expiry_date: float | Unset = UNSET
    description: float | Unset = UNSET
    machine_code1: float | Unset = UNSET
    machine_code2: float | Unset = UNSET
    machine_code3: float | Unset = UNSET
    idcard_type: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        name_kh = self.name_kh

        name_en = self.name_en

        birth_date = self.birth_date

        sex = self.sex

        height = self.height

        birth_place = self.birth_place

        address = self.address

        issue_date = self.issue_date

        expiry_date = self.expiry_date

        description = self.description

        machine_code1 = self.machine_code1

        machine_code2 = self.machine_code2

        machine_code3 = self.machine_code3

        idcard_type = self.idcard_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if name_kh is not UNSET:
            field_dict["name_kh"] = name_kh
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if sex is not UNSET:
            field_dict["sex"] = sex
        if height is not UNSET:
            field_dict["height"] = height
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        if address is not UNSET:
            field_dict["address"] = address
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if description is not UNSET:
            field_dict["description"] = description
        if machine_code1 is not UNSET:
            field_dict["machine_code1"] = machine_code1
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        if machine_code3 is not UNSET:
            field_dict["machine_code3"] = machine_code3
        if idcard_type is not UNSET:
            field_dict["idcard_type"] = idcard_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id_number = d.pop("id_number", UNSET)

        name_kh = d.pop("name_kh", UNSET)

        name_en = d.pop("name_en", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        sex = d.pop("sex", UNSET)

        height = d.pop("height", UNSET)

        birth_place = d.pop("birth_place", UNSET)

        address = d.pop("address", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        description = d.pop("description", UNSET)

        machine_code1 = d.pop("machine_code1", UNSET)

        machine_code2 = d.pop("machine_code2", UNSET)

        machine_code3 = d.pop("machine_code3", UNSET)

        idcard_type = d.pop("idcard_type", UNSET)

        cambodian_id_card_confidence = cls(
            id_number=id_number,
            name_kh=name_kh,
            name_en=name_en,
            birth_date=birth_date,
            sex=sex,
            height=height,
            birth_place=birth_place,
            address=address,
            issue_date=issue_date,
            expiry_date=expiry_date,
            description=description,
            machine_code1=machine_code1,
            machine_code2=machine_code2,
            machine_code3=machine_code3,
            idcard_type=idcard_type,
        )

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
