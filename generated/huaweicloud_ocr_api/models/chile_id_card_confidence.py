from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="ChileIdCardConfidence")


@_attrs_define(repr=False)
class ChileIdCardConfidence:
    """Confidence of a field, from 0 to 1 (seed 002 Table 4-110). A higher confidence indicates
    a higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy.

        Attributes:
            surname (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            given_name (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            nationality (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            issue_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            document_number (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            number (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    surname: float | Unset = UNSET
    given_name: float | Unset = UNSET
    nationality: float | Unset = UNSET
    sex: float | Unset = UNSET
    birth: float | Unset = UNSET
    issue_date: float | Unset = UNSET
    expiry_date: float | Unset = UNSET
    document_number: float | Unset = UNSET
    number: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        surname = self.surname

        given_name = self.given_name

        nationality = self.nationality

        sex = self.sex

        birth = self.birth

        issue_date = self.issue_date

        expiry_date = self.expiry_date

        document_number = self.document_number

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if surname is not UNSET:
            field_dict["surname"] = surname
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birth is not UNSET:
            field_dict["birth"] = birth
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if document_number is not UNSET:
            field_dict["document_number"] = document_number
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        surname = d.pop("surname", UNSET)

        given_name = d.pop("given_name", UNSET)

        nationality = d.pop("nationality", UNSET)

        sex = d.pop("sex", UNSET)

        birth = d.pop("birth", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        document_number = d.pop("document_number", UNSET)

        number = d.pop("number", UNSET)

        chile_id_card_confidence = cls(
            surname=surname,
            given_name=given_name,
            nationality=nationality,
            sex=sex,
            birth=birth,
            issue_date=issue_date,
            expiry_date=expiry_date,
            document_number=document_number,
            number=number,
        )

        chile_id_card_confidence.additional_properties = d
        return chile_id_card_confidence

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
