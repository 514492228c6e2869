from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="IdCardResult")


@_attrs_define(repr=False)
class IdCardResult:
    """Calling result of a successful API call (seed 001 Table 5). The front of the card gives
    name, sex, birth, ethnicity, address and number; the back gives issue, valid_from and
    valid_to.

        Attributes:
            name (str | Unset): Name
            sex (str | Unset): Gender
            birth (str | Unset): Date of birth
            ethnicity (str | Unset): Ethnicity
            address (str | Unset): Address
            number (str | Unset): ID number
            issue (str | Unset): Issuing authority
            valid_from (str | Unset): Date of issue
            valid_to (str | Unset): Date of expiry
    """

    name: str | Unset = UNSET
    sex: str | Unset = UNSET
    birth: str | Unset = UNSET
    ethnicity: str | Unset = UNSET
    address: str | Unset = UNSET
    number: str | Unset = UNSET
    issue: str | Unset = UNSET
    valid_from: str | Unset = UNSET
    valid_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sex = self.sex

        birth = self.birth

        ethnicity = self.ethnicity

        address = self.address

        number = self.number

        issue = self.issue

        valid_from = self.valid_from

        valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birth is not UNSET:
            field_dict["birth"] = birth
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if address is not UNSET:
            field_dict["address"] = address
        if number is not UNSET:
            field_dict["number"] = number
        if issue is not UNSET:
            field_dict["issue"] = issue
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        sex = d.pop("sex", UNSET)

        birth = d.pop("birth", UNSET)

        ethnicity = d.pop("ethnicity", UNSET)

        address = d.pop("address", UNSET)

        number = d.pop("number", UNSET)

        issue = d.pop("issue", UNSET)

        valid_from = d.pop("valid_from", UNSET)

        valid_to = d.pop("valid_to", UNSET)

        id_card_result = cls(
            name=name,
            sex=sex,
            birth=birth,
            ethnicity=ethnicity,
            address=address,
            number=number,
            issue=issue,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        id_card_result.additional_properties = d
        return id_card_result

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
