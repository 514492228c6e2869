from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="ThailandIdcardConfidence")


@_attrs_define(repr=False)
class ThailandIdcardConfidence:
    """Confidence of a field, from 0 to 1 (seed 002 Table 4-75). A higher confidence indicates
    a higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            id_number (float | None): Confidence of the ID number
            name_th (float | None): Confidence of the Thai name
            name_en (float | None): Confidence of the English name
            ref_number (float | None): Confidence of the reference number
            first_name_en (float | None): Confidence of the English given name
            last_name_en (float | None): Confidence of the English family name
            date_of_birth_th (float | None): Confidence of the birth date in Thai. An example of the return value is 5 ก. พ.
                2493.
            date_of_birth_en (float | None): Confidence of the birth date in English. An example of the return value is 5
                Feb. 1950.
            religion_th (float | None): Confidence of the religion
            address_th (float | None): Confidence of the address
            date_of_issue_th (float | None): Confidence of the issuance date in Thai
            date_of_issue_en (float | None): Confidence of the issuance date in English
            date_of_expiry_th (float | None): Confidence of the validity period in Thai
            date_of_expiry_en (float | None): Confidence of the validity period in English
            serial_number (float | None): Confidence of the serial number
            card_number (float | None): Confidence of the card number on the back of the ID card
            laser_number (float | None): Confidence of the laser code
    """

    id_number: float | None = None
    name_th: float | None = None
    name_en: float | None = None
    ref_number: float | None = None
    first_name_en: float | None = None
    last_name_en: float | None = None
    date_of_birth_th: float | None = None
    date_of_birth_en: float | None = None
    religion_th: float | None = None
    address_th: float | None = None
    date_of_issue_th: float | None = None
    date_of_issue_en: float | None = None
    date_of_expiry_th: float | None = None
    date_of_expiry_en: float | None = None
    serial_number: float | None = None
    card_number: float | None = None
    laser_number: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        id_number = UNSET if self.id_number is None else self.id_number

        name_th = UNSET if self.name_th is None else self.name_th

        name_en = UNSET if self.name_en is None else self.name_en

        ref_number = UNSET if self.ref_number is None else self.ref_number

        first_name_en = UNSET if self.first_name_en is None else self.first_name_en

        last_name_en = UNSET if self.last_name_en is None else self.last_name_en

        date_of_birth_th = UNSET if self.date_of_birth_th is None else self.date_of_birth_th

        date_of_birth_en = UNSET if self.date_of_birth_en is None else self.date_of_birth_en

        religion_th = UNSET if self.religion_th is None else self.religion_th

        address_th = UNSET if self.address_th is None else self.address_th

        date_of_issue_th = UNSET if self.date_of_issue_th is None else self.date_of_issue_th

        date_of_issue_en = UNSET if self.date_of_issue_en is None else self.date_of_issue_en

        date_of_expiry_th = UNSET if self.date_of_expiry_th is None else self.date_of_expiry_th

        date_of_expiry_en = UNSET if self.date_of_expiry_en is None else self.date_of_expiry_en

        serial_number = UNSET if self.serial_number is None else self.serial_number

        card_number = UNSET if self.card_number is None else self.card_number

        laser_number = UNSET if self.laser_number is None else self.laser_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        elif "id_number" in self._json_nulls:
            field_dict["id_number"] = None
        if name_th is not UNSET:
            field_dict["name_th"] = name_th
        elif "name_th" in self._json_nulls:
            field_dict["name_th"] = None
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        elif "name_en" in self._json_nulls:
            field_dict["name_en"] = None
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        elif "ref_number" in self._json_nulls:
            field_dict["ref_number"] = None
        if first_name_en is not UNSET:
            field_dict["first_name_en"] = first_name_en
        elif "first_name_en" in self._json_nulls:
            field_dict["first_name_en"] = None
        if last_name_en is not UNSET:
            field_dict["last_name_en"] = last_name_en
        elif "last_name_en" in self._json_nulls:
            field_dict["last_name_en"] = None
        if date_of_birth_th is not UNSET:
            field_dict["date_of_birth_th"] = date_of_birth_th
        elif "date_of_birth_th" in self._json_nulls:
            field_dict["date_of_birth_th"] = None
        if date_of_birth_en is not UNSET:
            field_dict["date_of_birth_en"] = date_of_birth_en
        elif "date_of_birth_en" in self._json_nulls:
            field_dict["date_of_birth_en"] = None
        if religion_th is not UNSET:
            field_dict["religion_th"] = religion_th
        elif "religion_th" in self._json_nulls:
            field_dict["religion_th"] = None
        if address_th is not UNSET:
            field_dict["address_th"] = address_th
        elif "address_th" in self._json_nulls:
            field_dict["address_th"] = None
        if date_of_issue_th is not UNSET:
            field_dict["date_of_issue_th"] = date_of_issue_th
        elif "date_of_issue_th" in self._json_nulls:
            field_dict["date_of_issue_th"] = None
        if date_of_issue_en is not UNSET:
            field_dict["date_of_issue_en"] = date_of_issue_en
        elif "date_of_issue_en" in self._json_nulls:
            field_dict["date_of_issue_en"] = None
        if date_of_expiry_th is not UNSET:
            field_dict["date_of_expiry_th"] = date_of_expiry_th
        elif "date_of_expiry_th" in self._json_nulls:
            field_dict["date_of_expiry_th"] = None
        if date_of_expiry_en is not UNSET:
            field_dict["date_of_expiry_en"] = date_of_expiry_en
        elif "date_of_expiry_en" in self._json_nulls:
            field_dict["date_of_expiry_en"] = None
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        elif "serial_number" in self._json_nulls:
            field_dict["serial_number"] = None
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        elif "card_number" in self._json_nulls:
            field_dict["card_number"] = None
        if laser_number is not UNSET:
            field_dict["laser_number"] = laser_number
        elif "laser_number" in self._json_nulls:
            field_dict["laser_number"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        id_number = pop_optional(d, "id_number", json_nulls)

        name_th = pop_optional(d, "name_th", json_nulls)

        name_en = pop_optional(d, "name_en", json_nulls)

        ref_number = pop_optional(d, "ref_number", json_nulls)

        first_name_en = pop_optional(d, "first_name_en", json_nulls)

        last_name_en = pop_optional(d, "last_name_en", json_nulls)

        date_of_birth_th = pop_optional(d, "date_of_birth_th", json_nulls)

        date_of_birth_en = pop_optional(d, "date_of_birth_en", json_nulls)

        religion_th = pop_optional(d, "religion_th", json_nulls)

        address_th = pop_optional(d, "address_th", json_nulls)

        date_of_issue_th = pop_optional(d, "date_of_issue_th", json_nulls)

        date_of_issue_en = pop_optional(d, "date_of_issue_en", json_nulls)

        date_of_expiry_th = pop_optional(d, "date_of_expiry_th", json_nulls)

        date_of_expiry_en = pop_optional(d, "date_of_expiry_en", json_nulls)

        serial_number = pop_optional(d, "serial_number", json_nulls)

        card_number = pop_optional(d, "card_number", json_nulls)

        laser_number = pop_optional(d, "laser_number", json_nulls)

        thailand_idcard_confidence = cls(
            id_number=None if isinstance(id_number, Unset) else id_number,
            name_th=None if isinstance(name_th, Unset) else name_th,
            name_en=None if isinstance(name_en, Unset) else name_en,
            ref_number=None if isinstance(ref_number, Unset) else ref_number,
            first_name_en=None if isinstance(first_name_en, Unset) else first_name_en,
            last_name_en=None if isinstance(last_name_en, Unset) else last_name_en,
            date_of_birth_th=None if isinstance(date_of_birth_th, Unset) else date_of_birth_th,
            date_of_birth_en=None if isinstance(date_of_birth_en, Unset) else date_of_birth_en,
            religion_th=None if isinstance(religion_th, Unset) else religion_th,
            address_th=None if isinstance(address_th, Unset) else address_th,
            date_of_issue_th=None if isinstance(date_of_issue_th, Unset) else date_of_issue_th,
            date_of_issue_en=None if isinstance(date_of_issue_en, Unset) else date_of_issue_en,
            date_of_expiry_th=None if isinstance(date_of_expiry_th, Unset) else date_of_expiry_th,
            date_of_expiry_en=None if isinstance(date_of_expiry_en, Unset) else date_of_expiry_en,
            serial_number=None if isinstance(serial_number, Unset) else serial_number,
            card_number=None if isinstance(card_number, Unset) else card_number,
            laser_number=None if isinstance(laser_number, Unset) else laser_number,
        )
        thailand_idcard_confidence._json_nulls = frozenset(json_nulls)

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
