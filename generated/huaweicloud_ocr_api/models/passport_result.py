from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.passport_confidence import PassportConfidence
    from ..models.passport_extra_info import PassportExtraInfo


T = TypeVar("T", bound="PassportResult")


@_attrs_define(repr=False)
class PassportResult:
    """Recognition result (seed 002 Table 4-68): the key fields, expressed in English;
    extra_info, expressed in the local official language; and the confidence of the key
    fields. Fields marked "Chinese mainland passports only" are returned only for them.

        Attributes:
            passport_type (str | Unset): Passport type (Chinese mainland passports only).
                * P: ordinary passport for private affairs
                * W: diplomatic passport
                * G: service passport
            country_code (str | Unset): Country code
            passport_number (str | Unset): Passport number
            nationality (str | Unset): Nationality of the passport holder (Chinese mainland passports only).
            surname (str | Unset): Family name
            given_name (str | Unset): Given name
            sex (str | Unset): Gender
            date_of_birth (str | Unset): Date of birth, for example, 1990-12-12
            date_of_expiry (str | Unset): Passport date of expiry, for example, 2020-07-08
            date_of_issue (str | Unset): Date of issue, for example, 2010-07-09 (Chinese mainland passports only).
            place_of_birth (str | Unset): Place of birth (Chinese mainland passports only).
            place_of_issue (str | Unset): Place of issue (Chinese mainland passports only).
            issuing_authority (str | Unset): Issuing authority (Chinese mainland passports only). The abbreviation of the
                issuing
                authority of each consulate is not unified. The abbreviation of Chinese issuing
                authority is P.R.China. For example, if the issuing authority is P.R.C, the
                recognition result is P.R.China.
            machine_code (str | Unset): First line of the machine-readable code.
            machine_code2 (str | Unset): Second line of the machine-readable code.
            confidence (PassportConfidence | Unset): Confidence of a field, from 0 to 1, keyed by the field's name. A higher
                confidence
                indicates a higher accuracy of the field identified. The confidence is calculated using
                algorithms and is not equal to the accuracy (seed 002 Table 4-68, "confidence").
            extra_info (PassportExtraInfo | Unset): Left blank by default. For a Chinese passport it contains the Chinese-
                character fields
                on the passport, such as the name and place of birth (Chinese mainland passports only;
                seed 002 Table 4-68, "extra_info").
    """

    passport_type: str | Unset = UNSET
    country_code: str | Unset = UNSET
    passport_number: str | Unset = UNSET
    nationality: str | Unset = UNSET
    surname: str | Unset = UNSET
    given_name: str | Unset = UNSET
    sex: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    date_of_expiry: str | Unset = UNSET
    date_of_issue: str | Unset = UNSET
    place_of_birth: str | Unset = UNSET
    place_of_issue: str | Unset = UNSET
    issuing_authority: str | Unset = UNSET
    machine_code: str | Unset = UNSET
    machine_code2: str | Unset = UNSET
    confidence: PassportConfidence | Unset = UNSET
    extra_info: PassportExtraInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        machine_code = self.machine_code

        machine_code2 = self.machine_code2

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        extra_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_info, Unset):
            extra_info = self.extra_info.to_dict()

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
        if machine_code is not UNSET:
            field_dict["machine_code"] = machine_code
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if extra_info is not UNSET:
            field_dict["extra_info"] = extra_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.passport_confidence import PassportConfidence  # noqa: PLC0415
        from ..models.passport_extra_info import PassportExtraInfo  # noqa: PLC0415

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

        machine_code = d.pop("machine_code", UNSET)

        machine_code2 = d.pop("machine_code2", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: PassportConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = PassportConfidence.from_dict(_confidence)

        _extra_info = d.pop("extra_info", UNSET)
        extra_info: PassportExtraInfo | Unset
        if isinstance(_extra_info, Unset):
            extra_info = UNSET
        else:
            extra_info = PassportExtraInfo.from_dict(_extra_info)

        passport_result = cls(
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
            machine_code=machine_code,
            machine_code2=machine_code2,
            confidence=confidence,
            extra_info=extra_info,
        )

        passport_result.additional_properties = d
        return passport_result

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
