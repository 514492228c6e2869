from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.passport_confidence import PassportConfidence
    from ..models.passport_extra_info import PassportExtraInfo


T = TypeVar("T", bound="PassportResult")


@_attrs_define(repr=False)
class PassportResult:
    """Recognition result (seed 002 Table 4-68): the key fields, expressed in English;
    extra_info, expressed in the local official language; and the confidence of the key
    fields. Fields marked "Chinese mainland passports only" are returned only for them.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            passport_type (str | None): Passport type (Chinese mainland passports only).
                * P: ordinary passport for private affairs
                * W: diplomatic passport
                * G: service passport
            country_code (str | None): Country code
            passport_number (str | None): Passport number
            nationality (str | None): Nationality of the passport holder (Chinese mainland passports only).
            surname (str | None): Family name
            given_name (str | None): Given name
            sex (str | None): Gender
            date_of_birth (str | None): Date of birth, for example, 1990-12-12
            date_of_expiry (str | None): Passport date of expiry, for example, 2020-07-08
            date_of_issue (str | None): Date of issue, for example, 2010-07-09 (Chinese mainland passports only).
            place_of_birth (str | None): Place of birth (Chinese mainland passports only).
            place_of_issue (str | None): Place of issue (Chinese mainland passports only).
            issuing_authority (str | None): Issuing authority (Chinese mainland passports only). The abbreviation of the
                issuing
                authority of each consulate is not unified. The abbreviation of Chinese issuing
                authority is P.R.China. For example, if the issuing authority is P.R.C, the
                recognition result is P.R.China.
            machine_code (str | None): First line of the machine-readable code.
            machine_code2 (str | None): Second line of the machine-readable code.
            confidence (PassportConfidence | None): Confidence of a field, from 0 to 1, keyed by the field's name. A higher
                confidence
                indicates a higher accuracy of the field identified. The confidence is calculated using
                algorithms and is not equal to the accuracy (seed 002 Table 4-68, "confidence").
            extra_info (PassportExtraInfo | None): Left blank by default. For a Chinese passport it contains the Chinese-
                character fields
                on the passport, such as the name and place of birth (Chinese mainland passports only;
                seed 002 Table 4-68, "extra_info").
    """

    passport_type: str | None = None
    country_code: str | None = None
    passport_number: str | None = None
    nationality: str | None = None
    surname: str | None = None
    given_name: str | None = None
    sex: str | None = None
    date_of_birth: str | None = None
    date_of_expiry: str | None = None
    date_of_issue: str | None = None
    place_of_birth: str | None = None
    place_of_issue: str | None = None
    issuing_authority: str | None = None
    machine_code: str | None = None
    machine_code2: str | None = None
    confidence: PassportConfidence | None = None
    extra_info: PassportExtraInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        passport_type = UNSET if self.passport_type is None else self.passport_type

        country_code = UNSET if self.country_code is None else self.country_code

        passport_number = UNSET if self.passport_number is None else self.passport_number

        nationality = UNSET if self.nationality is None else self.nationality

        surname = UNSET if self.surname is None else self.surname

        given_name = UNSET if self.given_name is None else self.given_name

        sex = UNSET if self.sex is None else self.sex

        date_of_birth = UNSET if self.date_of_birth is None else self.date_of_birth

        date_of_expiry = UNSET if self.date_of_expiry is None else self.date_of_expiry

        date_of_issue = UNSET if self.date_of_issue is None else self.date_of_issue

        place_of_birth = UNSET if self.place_of_birth is None else self.place_of_birth

        place_of_issue = UNSET if self.place_of_issue is None else self.place_of_issue

        issuing_authority = UNSET if self.issuing_authority is None else self.issuing_authority

        machine_code = UNSET if self.machine_code is None else self.machine_code

        machine_code2 = UNSET if self.machine_code2 is None else self.machine_code2

        _confidence_or_unset = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence_or_unset, Unset):
            confidence = _confidence_or_unset.to_dict()

        _extra_info_or_unset = UNSET if self.extra_info is None else self.extra_info
        extra_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_extra_info_or_unset, Unset):
            extra_info = _extra_info_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if passport_type is not UNSET:
            field_dict["passport_type"] = passport_type
        elif "passport_type" in self._json_nulls:
            field_dict["passport_type"] = None
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        elif "country_code" in self._json_nulls:
            field_dict["country_code"] = None
        if passport_number is not UNSET:
            field_dict["passport_number"] = passport_number
        elif "passport_number" in self._json_nulls:
            field_dict["passport_number"] = None
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        elif "nationality" in self._json_nulls:
            field_dict["nationality"] = None
        if surname is not UNSET:
            field_dict["surname"] = surname
        elif "surname" in self._json_nulls:
            field_dict["surname"] = None
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        elif "given_name" in self._json_nulls:
            field_dict["given_name"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        elif "date_of_birth" in self._json_nulls:
            field_dict["date_of_birth"] = None
        if date_of_expiry is not UNSET:
            field_dict["date_of_expiry"] = date_of_expiry
        elif "date_of_expiry" in self._json_nulls:
            field_dict["date_of_expiry"] = None
        if date_of_issue is not UNSET:
            field_dict["date_of_issue"] = date_of_issue
        elif "date_of_issue" in self._json_nulls:
            field_dict["date_of_issue"] = None
        if place_of_birth is not UNSET:
            field_dict["place_of_birth"] = place_of_birth
        elif "place_of_birth" in self._json_nulls:
            field_dict["place_of_birth"] = None
        if place_of_issue is not UNSET:
            field_dict["place_of_issue"] = place_of_issue
        elif "place_of_issue" in self._json_nulls:
            field_dict["place_of_issue"] = None
        if issuing_authority is not UNSET:
            field_dict["issuing_authority"] = issuing_authority
        elif "issuing_authority" in self._json_nulls:
            field_dict["issuing_authority"] = None
        if machine_code is not UNSET:
            field_dict["machine_code"] = machine_code
        elif "machine_code" in self._json_nulls:
            field_dict["machine_code"] = None
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        elif "machine_code2" in self._json_nulls:
            field_dict["machine_code2"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None
        if extra_info is not UNSET:
            field_dict["extra_info"] = extra_info
        elif "extra_info" in self._json_nulls:
            field_dict["extra_info"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.passport_confidence import PassportConfidence  # noqa: PLC0415
        from ..models.passport_extra_info import PassportExtraInfo  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        passport_type = pop_optional(d, "passport_type", json_nulls)

        country_code = pop_optional(d, "country_code", json_nulls)

        passport_number = pop_optional(d, "passport_number", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        surname = pop_optional(d, "surname", json_nulls)

        given_name = pop_optional(d, "given_name", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        date_of_birth = pop_optional(d, "date_of_birth", json_nulls)

        date_of_expiry = pop_optional(d, "date_of_expiry", json_nulls)

        date_of_issue = pop_optional(d, "date_of_issue", json_nulls)

        place_of_birth = pop_optional(d, "place_of_birth", json_nulls)

        place_of_issue = pop_optional(d, "place_of_issue", json_nulls)

        issuing_authority = pop_optional(d, "issuing_authority", json_nulls)

        machine_code = pop_optional(d, "machine_code", json_nulls)

        machine_code2 = pop_optional(d, "machine_code2", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: PassportConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = PassportConfidence.from_dict(_confidence)

        _extra_info = pop_optional(d, "extra_info", json_nulls)
        extra_info: PassportExtraInfo | Unset
        if isinstance(_extra_info, Unset):
            extra_info = UNSET
        else:
            extra_info = PassportExtraInfo.from_dict(_extra_info)

        passport_result = cls(
            passport_type=None if isinstance(passport_type, Unset) else passport_type,
            country_code=None if isinstance(country_code, Unset) else country_code,
            passport_number=None if isinstance(passport_number, Unset) else passport_number,
            nationality=None if isinstance(nationality, Unset) else nationality,
            surname=None if isinstance(surname, Unset) else surname,
            given_name=None if isinstance(given_name, Unset) else given_name,
            sex=None if isinstance(sex, Unset) else sex,
            date_of_birth=None if isinstance(date_of_birth, Unset) else date_of_birth,
            date_of_expiry=None if isinstance(date_of_expiry, Unset) else date_of_expiry,
            date_of_issue=None if isinstance(date_of_issue, Unset) else date_of_issue,
            place_of_birth=None if isinstance(place_of_birth, Unset) else place_of_birth,
            place_of_issue=None if isinstance(place_of_issue, Unset) else place_of_issue,
            issuing_authority=None if isinstance(issuing_authority, Unset) else issuing_authority,
            machine_code=None if isinstance(machine_code, Unset) else machine_code,
            machine_code2=None if isinstance(machine_code2, Unset) else machine_code2,
            confidence=None if isinstance(confidence, Unset) else confidence,
            extra_info=None if isinstance(extra_info, Unset) else extra_info,
        )
        passport_result._json_nulls = frozenset(json_nulls)

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
