from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="PassportConfidence")


@_attrs_define(repr=False)
class PassportConfidence:
    """Confidence of a field, from 0 to 1, keyed by the field's name. A higher confidence
    indicates a higher accuracy of the field identified. The confidence is calculated using
    algorithms and is not equal to the accuracy (seed 002 Table 4-68, "confidence").

        Attributes:
            passport_type (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            country_code (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            passport_number (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            nationality (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            surname (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            given_name (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            date_of_birth (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            date_of_expiry (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            date_of_issue (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            place_of_birth (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            place_of_issue (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            issuing_authority (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    passport_type: float | Unset = UNSET
    country_code: float | Unset = UNSET
    passport_number: float | Unset = UNSET
    nationality: float | Unset = UNSET
    surname: float | Unset = UNSET
    given_name: float | Unset = UNSET
    sex: float | Unset = UNSET
    date_of_birth: float | Unset = UNSET
    date_of_expiry: float | Unset = UNSET
    date_of_issue: float | Unset = UNSET
    place_of_birth: float | Unset = UNSET
    place_of_issue: float | Unset = UNSET
    issuing_authority: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        passport_type = self.passport_type

        country_code = self.country_code

        passport_number = self.passport_number

        nationality = self.nationality

        surname = self.surname

        given_name = self.given_name

        sex = self.sex

        date_of_birth = self.date_of_birth

        date_of_expiry = self.date_of_expiry

        date_of_issue = self.date_of_issue

        place_of_birth = self.place_of_birth

        place_of_issue = self.place_of_issue

        issuing_authority = self.issuing_authority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if passport_type is not UNSET:
            field_dict["passport_type"] = passport_type
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if passport_number is not UNSET:
            field_dict["passport_number"] = passport_number
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if surname is not UNSET:
            field_dict["surname"] = surname
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if date_of_expiry is not UNSET:
            field_dict["date_of_expiry"] = date_of_expiry
        if date_of_issue is not UNSET:
            field_dict["date_of_issue"] = date_of_issue
        if place_of_birth is not UNSET:
            field_dict["place_of_birth"] = place_of_birth
        if place_of_issue is not UNSET:
            field_dict["place_of_issue"] = place_of_issue
        if issuing_authority is not UNSET:
            field_dict["issuing_authority"] = issuing_authority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        passport_type = d.pop("passport_type", UNSET)

        country_code = d.pop("country_code", UNSET)

        passport_number = d.pop("passport_number", UNSET)

        nationality = d.pop("nationality", UNSET)

        surname = d.pop("surname", UNSET)

        given_name = d.pop("given_name", UNSET)

        sex = d.pop("sex", UNSET)

        date_of_birth = d.pop("date_of_birth", UNSET)

        date_of_expiry = d.pop("date_of_expiry", UNSET)

        date_of_issue = d.pop("date_of_issue", UNSET)

        place_of_birth = d.pop("place_of_birth", UNSET)

        place_of_issue = d.pop("place_of_issue", UNSET)

        issuing_authority = d.pop("issuing_authority", UNSET)

        passport_confidence = cls(
            passport_type=passport_type,
            country_code=country_code,
            passport_number=passport_number,
            nationality=nationality,
            surname=surname,
            given_name=given_name,
            sex=sex,
            date_of_birth=date_of_birth,
            date_of_expiry=date_of_expiry,
            date_of_issue=date_of_issue,
            place_of_birth=place_of_birth,
            place_of_issue=place_of_issue,
            issuing_authority=issuing_authority,
        )

        passport_confidence.additional_properties = d
        return passport_confidence

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
