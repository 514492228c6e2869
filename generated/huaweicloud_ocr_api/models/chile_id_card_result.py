from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.chile_id_card_confidence import ChileIdCardConfidence


T = TypeVar("T", bound="ChileIdCardResult")


@_attrs_define(repr=False)
class ChileIdCardResult:
    """Calling result (seed 002 Table 4-109). Not returned when the API fails to be called.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        surname (list[str] | None): Last name
        given_name (str | None): First name
        nationality (str | None): Nationality
        sex (str | None): Gender
        birth (str | None): Date of birth
        issue_date (str | None): Date of issue
        expiry_date (str | None): Date of expiry
        document_number (str | None): Document number
        number (str | None): ID number
        confidence (ChileIdCardConfidence | None): Confidence of a field, from 0 to 1 (seed 002 Table 4-110). A higher
            confidence indicates
            a higher accuracy of the field identified. The confidence is calculated using algorithms
            and is not equal to the accuracy.
    """

    surname: list[str] | None = None
    given_name: str | None = None
    nationality: str | None = None
    sex: str | None = None
    birth: str | None = None
    issue_date: str | None = None
    expiry_date: str | None = None
    document_number: str | None = None
    number: str | None = None
    confidence: ChileIdCardConfidence | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _surname_or_unset = UNSET if self.surname is None else self.surname
        surname: list[str] | Unset = UNSET
        if not isinstance(_surname_or_unset, Unset):
            surname = _surname_or_unset

        given_name = UNSET if self.given_name is None else self.given_name

        nationality = UNSET if self.nationality is None else self.nationality

        sex = UNSET if self.sex is None else self.sex

        birth = UNSET if self.birth is None else self.birth

        issue_date = UNSET if self.issue_date is None else self.issue_date

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        document_number = UNSET if self.document_number is None else self.document_number

        number = UNSET if self.number is None else self.number

        _confidence_or_unset = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence_or_unset, Unset):
            confidence = _confidence_or_unset.to_dict()

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
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chile_id_card_confidence import ChileIdCardConfidence  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        surname = cast(list[str], pop_optional(d, "surname", json_nulls))

        given_name = pop_optional(d, "given_name", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        birth = pop_optional(d, "birth", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        document_number = pop_optional(d, "document_number", json_nulls)

        number = pop_optional(d, "number", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: ChileIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = ChileIdCardConfidence.from_dict(_confidence)

        chile_id_card_result = cls(
            surname=None if isinstance(surname, Unset) else surname,
            given_name=None if isinstance(given_name, Unset) else given_name,
            nationality=None if isinstance(nationality, Unset) else nationality,
            sex=None if isinstance(sex, Unset) else sex,
            birth=None if isinstance(birth, Unset) else birth,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
            document_number=None if isinstance(document_number, Unset) else document_number,
            number=None if isinstance(number, Unset) else number,
            confidence=None if isinstance(confidence, Unset) else confidence,
        )
        chile_id_card_result._json_nulls = frozenset(json_nulls)

        chile_id_card_result.additional_properties = d
        return chile_id_card_result

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
