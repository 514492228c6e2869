from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.colombia_id_card_confidence import ColombiaIdCardConfidence


T = TypeVar("T", bound="ColombiaIdCardResult")


@_attrs_define(repr=False)
class ColombiaIdCardResult:
    """Result of a successful API call (seed 002 Table 4-81). Not included when the API fails
    to be called.

        Attributes:
            side (str | Unset): Whether the front or back of the ID card is displayed.
                * front: front side
                * back: back side
            number (str | Unset): Card number. Returned when side is front.
            name (str | Unset): Name. Returned when side is front.
            last_name (str | Unset): Last name. Returned when side is front.
            birth_date (str | Unset): Date of birth
            birth_place (str | Unset): Place of birth
            gender (str | Unset): Gender
            blood_type (str | Unset): Blood type, for example, O+ or A+
            issue_date (str | Unset): Date of issue
            issue_authority (str | Unset): Issuing authority
            height (str | Unset): Height
            citizen_code1 (str | Unset): Citizen code one
            citizen_code2 (str | Unset): Citizen code two
            citizen_code3 (str | Unset): Citizen code three
            confidence (ColombiaIdCardConfidence | Unset): Confidence of related fields, keyed by the field's name. A higher
                confidence indicates a
                higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy (seed 002 Table 4-81, "confidence").
    """

    side: str | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    birth_place: str | Unset = UNSET
    gender: str | Unset = UNSET
    blood_type: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    issue_authority: str | Unset = UNSET
    height: str | Unset = UNSET
    citizen_code1: str | Unset = UNSET
    citizen_code2: str | Unset = UNSET
    citizen_code3: str | Unset = UNSET
    confidence: ColombiaIdCardConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side

        number = self.number

        name = self.name

        last_name = self.last_name

        birth_date = self.birth_date

        birth_place = self.birth_place

        gender = self.gender

        blood_type = self.blood_type

        issue_date = self.issue_date

        issue_authority = self.issue_authority

        height = self.height

        citizen_code1 = self.citizen_code1

        citizen_code2 = self.citizen_code2

        citizen_code3 = self.citizen_code3

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if side is not UNSET:
            field_dict["side"] = side
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        if gender is not UNSET:
            field_dict["gender"] = gender
        if blood_type is not UNSET:
            field_dict["blood_type"] = blood_type
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if issue_authority is not UNSET:
            field_dict["issue_authority"] = issue_authority
        if height is not UNSET:
            field_dict["height"] = height
        if citizen_code1 is not UNSET:
            field_dict["citizen_code1"] = citizen_code1
        if citizen_code2 is not UNSET:
            field_dict["citizen_code2"] = citizen_code2
        if citizen_code3 is not UNSET:
            field_dict["citizen_code3"] = citizen_code3
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.colombia_id_card_confidence import ColombiaIdCardConfidence  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        side = d.pop("side", UNSET)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        last_name = d.pop("last_name", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        birth_place = d.pop("birth_place", UNSET)

        gender = d.pop("gender", UNSET)

        blood_type = d.pop("blood_type", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        issue_authority = d.pop("issue_authority", UNSET)

        height = d.pop("height", UNSET)

        citizen_code1 = d.pop("citizen_code1", UNSET)

        citizen_code2 = d.pop("citizen_code2", UNSET)

        citizen_code3 = d.pop("citizen_code3", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: ColombiaIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = ColombiaIdCardConfidence.from_dict(_confidence)

        colombia_id_card_result = cls(
            side=side,
            number=number,
            name=name,
            last_name=last_name,
            birth_date=birth_date,
            birth_place=birth_place,
            gender=gender,
            blood_type=blood_type,
            issue_date=issue_date,
            issue_authority=issue_authority,
            height=height,
            citizen_code1=citizen_code1,
            citizen_code2=citizen_code2,
            citizen_code3=citizen_code3,
            confidence=confidence,
        )

        colombia_id_card_result.additional_properties = d
        return colombia_id_card_result

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
