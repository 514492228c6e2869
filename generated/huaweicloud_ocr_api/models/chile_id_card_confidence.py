from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="ChileIdCardConfidence")


@_attrs_define(repr=False)
class ChileIdCardConfidence:
    """Confidence of a field, from 0 to 1 (seed 002 Table 4-110). A higher confidence indicates
    a higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            surname (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            given_name (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            nationality (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            issue_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            document_number (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            number (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    surname: float | None = None
    given_name: float | None = None
    nationality: float | None = None
    sex: float | None = None
    birth: float | None = None
    issue_date: float | None = None
    expiry_date: float | None = None
    document_number: float | None = None
    number: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        surname = UNSET if self.surname is None else self.surname

        given_name = UNSET if self.given_name is None else self.given_name

        nationality = UNSET if self.nationality is None else self.nationality

        sex = UNSET if self.sex is None else self.sex

        birth = UNSET if self.birth is None else self.birth

        issue_date = UNSET if self.issue_date is None else self.issue_date

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        document_number = UNSET if self.document_number is None else self.document_number

        number = UNSET if self.number is None else self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if surname is not UNSET:
            field_dict["surname"] = surname
        elif "surname" in self._json_nulls:
            field_dict["surname"] = None
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        elif "given_name" in self._json_nulls:
            field_dict["given_name"] = None
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        elif "nationality" in self._json_nulls:
            field_dict["nationality"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if birth is not UNSET:
            field_dict["birth"] = birth
        elif "birth" in self._json_nulls:
            field_dict["birth"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        elif "expiry_date" in self._json_nulls:
            field_dict["expiry_date"] = None
        if document_number is not UNSET:
            field_dict["document_number"] = document_number
        elif "document_number" in self._json_nulls:
            field_dict["document_number"] = None
        if number is not UNSET:
            field_dict["number"] = number
        elif "number" in self._json_nulls:
            field_dict["number"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        surname = pop_optional(d, "surname", json_nulls)

        given_name = pop_optional(d, "given_name", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        birth = pop_optional(d, "birth", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        document_number = pop_optional(d, "document_number", json_nulls)

        number = pop_optional(d, "number", json_nulls)

        chile_id_card_confidence = cls(
            surname=None if isinstance(surname, Unset) else surname,
            given_name=None if isinstance(given_name, Unset) else given_name,
            nationality=None if isinstance(nationality, Unset) else nationality,
            sex=None if isinstance(sex, Unset) else sex,
            birth=None if isinstance(birth, Unset) else birth,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
            document_number=None if isinstance(document_number, Unset) else document_number,
            number=None if isinstance(number, Unset) else number,
        )
        chile_id_card_confidence._json_nulls = frozenset(json_nulls)

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
