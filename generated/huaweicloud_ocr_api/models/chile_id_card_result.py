from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.chile_id_card_confidence import ChileIdCardConfidence


T = TypeVar("T", bound="ChileIdCardResult")


@_attrs_define(repr=False)
class ChileIdCardResult:
    """Calling result (seed 002 Table 4-109). Not returned when the API fails to be called.

    Attributes:
        surname (list[str] | Unset): Last name
        given_name (str | Unset): First name
        nationality (str | Unset): Nationality
        sex (str | Unset): Gender
        birth (str | Unset): Date of birth
        issue_date (str | Unset): Date of issue
        expiry_date (str | Unset): Date of expiry
        document_number (str | Unset): Document number
        number (str | Unset): ID number
        confidence (ChileIdCardConfidence | Unset): Confidence of a field, from 0 to 1 (seed 002 Table 4-110). A higher
            confidence indicates
            a higher accuracy of the field identified. The confidence is calculated using algorithms
            and is not equal to the accuracy.
    """

    surname: list[str] | Unset = UNSET
    given_name: str | Unset = UNSET
    nationality: str | Unset = UNSET
    sex: str | Unset = UNSET
    birth: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    document_number: str | Unset = UNSET
    number: str | Unset = UNSET
    confidence: ChileIdCardConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        surname: list[str] | Unset = UNSET
        if not isinstance(self.surname, Unset):
            surname = self.surname

        given_name = self.given_name

        nationality = self.nationality

        sex = self.sex

        birth = self.birth

        issue_date = self.issue_date

        expiry_date = self.expiry_date

        document_number = self.document_number

        number = self.number

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

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
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chile_id_card_confidence import ChileIdCardConfidence  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        surname = cast(list[str], d.pop("surname", UNSET))

        given_name = d.pop("given_name", UNSET)

        nationality = d.pop("nationality", UNSET)

        sex = d.pop("sex", UNSET)

        birth = d.pop("birth", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        document_number = d.pop("document_number", UNSET)

        number = d.pop("number", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: ChileIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = ChileIdCardConfidence.from_dict(_confidence)

        chile_id_card_result = cls(
            surname=surname,
            given_name=given_name,
            nationality=nationality,
            sex=sex,
            birth=birth,
            issue_date=issue_date,
            expiry_date=expiry_date,
            document_number=document_number,
            number=number,
            confidence=confidence,
        )

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
