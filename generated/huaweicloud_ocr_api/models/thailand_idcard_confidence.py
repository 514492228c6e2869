from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="ThailandIdcardConfidence")


@_attrs_define(repr=False)
class ThailandIdcardConfidence:
    """Confidence of a field, from 0 to 1 (seed 002 Table 4-75). A higher confidence indicates
    a higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy.

        Attributes:
            id_number (float | Unset): Confidence of the ID number
            name_th (float | Unset): Confidence of the Thai name
            name_en (float | Unset): Confidence of the English name
            ref_number (float | Unset): Confidence of the reference number
            first_name_en (float | Unset): Confidence of the English given name
            last_name_en (float | Unset): Confidence of the English family name
            date_of_birth_th (float | Unset): Confidence of the birth date in Thai. An example of the return value is 5 ก.
                พ. 2493.
            date_of_birth_en (float | Unset): Confidence of the birth date in English. An example of the return value is 5
                Feb. 1950.
            religion_th (float | Unset): Confidence of the religion
            address_th (float | Unset): Confidence of the address
            date_of_issue_th (float | Unset): Confidence of the issuance date in Thai
            date_of_issue_en (float | Unset): Confidence of the issuance date in English
            date_of_expiry_th (float | Unset): Confidence of the validity period in Thai
            date_of_expiry_en (float | Unset): Confidence of the validity period in English
            serial_number (float | Unset): Confidence of the serial number
            card_number (float | Unset): Confidence of the card number on the back of the ID card
            laser_number (float | Unset): Confidence of the laser code
    """

    id_number: float | Unset = UNSET
    name_th: float | Unset = UNSET
    name_en: float | Unset = UNSET
    ref_number: float | Unset = UNSET
    first_name_en: float | Unset = UNSET
    last_name_en: float | Unset = UNSET
    date_of_birth_th: float | Unset = UNSET
    date_of_birth_en: float | Unset = UNSET
    religion_th: float | Unset = UNSET
    address_th: float | Unset = UNSET
    date_of_issue_th: float | Unset = UNSET
    date_of_issue_en: float | Unset = UNSET
    date_of_expiry_th: float | Unset = UNSET
    date_of_expiry_en: float | Unset = UNSET
    serial_number: float | Unset = UNSET
    card_number: float | Unset = UNSET
    laser_number: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        name_th = self.name_th

        name_en = self.name_en

        ref_number = self.ref_number

        first_name_en = self.first_name_en

        last_name_en = self.last_name_en

        date_of_birth_th = self.date_of_birth_th

        date_of_birth_en = self.date_of_birth_en

        religion_th = self.religion_th

        address_th = self.address_th

        date_of_issue_th = self.date_of_issue_th

        date_of_issue_en = self.date_of_issue_en

        date_of_expiry_th = self.date_of_expiry_th

        date_of_expiry_en = self.date_of_expiry_en

        serial_number = self.serial_number

        card_number = self.card_number

        laser_number = self.laser_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if name_th is not UNSET:
            field_dict["name_th"] = name_th
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if first_name_en is not UNSET:
            field_dict["first_name_en"] = first_name_en
        if last_name_en is not UNSET:
            field_dict["last_name_en"] = last_name_en
        if date_of_birth_th is not UNSET:
            field_dict["date_of_birth_th"] = date_of_birth_th
        if date_of_birth_en is not UNSET:
            field_dict["date_of_birth_en"] = date_of_birth_en
        if religion_th is not UNSET:
            field_dict["religion_th"] = religion_th
        if address_th is not UNSET:
            field_dict["address_th"] = address_th
        if date_of_issue_th is not UNSET:
            field_dict["date_of_issue_th"] = date_of_issue_th
        if date_of_issue_en is not UNSET:
            field_dict["date_of_issue_en"] = date_of_issue_en
        if date_of_expiry_th is not UNSET:
            field_dict["date_of_expiry_th"] = date_of_expiry_th
        if date_of_expiry_en is not UNSET:
            field_dict["date_of_expiry_en"] = date_of_expiry_en
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if laser_number is not UNSET:
            field_dict["laser_number"] = laser_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id_number = d.pop("id_number", UNSET)

        name_th = d.pop("name_th", UNSET)

        name_en = d.pop("name_en", UNSET)

        ref_number = d.pop("ref_number", UNSET)

        first_name_en = d.pop("first_name_en", UNSET)

        last_name_en = d.pop("last_name_en", UNSET)

        date_of_birth_th = d.pop("date_of_birth_th", UNSET)

        date_of_birth_en = d.pop("date_of_birth_en", UNSET)

        religion_th = d.pop("religion_th", UNSET)

        address_th = d.pop("address_th", UNSET)

        date_of_issue_th = d.pop("date_of_issue_th", UNSET)

        date_of_issue_en = d.pop("date_of_issue_en", UNSET)

        date_of_expiry_th = d.pop("date_of_expiry_th", UNSET)

        date_of_expiry_en = d.pop("date_of_expiry_en", UNSET)

        serial_number = d.pop("serial_number", UNSET)

        card_number = d.pop("card_number", UNSET)

        laser_number = d.pop("laser_number", UNSET)

        thailand_idcard_confidence = cls(
            id_number=id_number,
            name_th=name_th,
            name_en=name_en,
            ref_number=ref_number,
            first_name_en=first_name_en,
            last_name_en=last_name_en,
            date_of_birth_th=date_of_birth_th,
            date_of_birth_en=date_of_birth_en,
            religion_th=religion_th,
            address_th=address_th,
            date_of_issue_th=date_of_issue_th,
            date_of_issue_en=date_of_issue_en,
            date_of_expiry_th=date_of_expiry_th,
            date_of_expiry_en=date_of_expiry_en,
            serial_number=serial_number,
            card_number=card_number,
            laser_number=laser_number,
        )

        thailand_idcard_confidence.additional_properties = d
        return thailand_idcard_confidence

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
