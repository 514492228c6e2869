from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.colombia_id_card_confidence import ColombiaIdCardConfidence


T = TypeVar("T", bound="ColombiaIdCardResult")


@_attrs_define(repr=False)
class ColombiaIdCardResult:
    """Result of a successful API call (seed 002 Table 4-81). Not included when the API fails
    to be called.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            side (str | None): Whether the front or back of the ID card is displayed.
                * front: front side
                * back: back side
            number (str | None): Card number. Returned when side is front.
            name (str | None): Name. Returned when side is front.
            last_name (str | None): Last name. Returned when side is front.
            birth_date (str | None): Date of birth
            birth_place (str | None): Place of birth
            gender (str | None): Gender
            blood_type (str | None): Blood type, for example, O+ or A+
            issue_date (str | None): Date of issue
            issue_authority (str | None): Issuing authority
            height (str | None): Height
            citizen_code1 (str | None): Citizen code one
            citizen_code2 (str | None): Citizen code two
            citizen_code3 (str | None): Citizen code three
            confidence (ColombiaIdCardConfidence | None): Confidence of related fields, keyed by the field's name. A higher
                confidence indicates a
                higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy (seed 002 Table 4-81, "confidence").
    """

    side: str | None = None
    number: str | None = None
    name: str | None = None
    last_name: str | None = None
    birth_date: str | None = None
    birth_place: str | None = None
    gender: str | None = None
    blood_type: str | None = None
    issue_date: str | None = None
    issue_authority: str | None = None
    height: str | None = None
    citizen_code1: str | None = None
    citizen_code2: str | None = None
    citizen_code3: str | None = None
    confidence: ColombiaIdCardConfidence | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        side = UNSET if self.side is None else self.side

        number = UNSET if self.number is None else self.number

        name = UNSET if self.name is None else self.name

        last_name = UNSET if self.last_name is None else self.last_name

        birth_date = UNSET if self.birth_date is None else self.birth_date

        birth_place = UNSET if self.birth_place is None else self.birth_place

        gender = UNSET if self.gender is None else self.gender

        blood_type = UNSET if self.blood_type is None else self.blood_type

        issue_date = UNSET if self.issue_date is None else self.issue_date

        issue_authority = UNSET if self.issue_authority is None else self.issue_authority

        height = UNSET if self.height is None else self.height

        citizen_code1 = UNSET if self.citizen_code1 is None else self.citizen_code1

        citizen_code2 = UNSET if self.citizen_code2 is None else self.citizen_code2

        citizen_code3 = UNSET if self.citizen_code3 is None else self.citizen_code3

        _confidence_or_unset = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence_or_unset, Unset):
            confidence = _confidence_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if side is not UNSET:
            field_dict["side"] = side
        elif "side" in self._json_nulls:
            field_dict["side"] = None
        if number is not UNSET:
            field_dict["number"] = number
        elif "number" in self._json_nulls:
            field_dict["number"] = None
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        elif "last_name" in self._json_nulls:
            field_dict["last_name"] = None
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        elif "birth_date" in self._json_nulls:
            field_dict["birth_date"] = None
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        elif "birth_place" in self._json_nulls:
            field_dict["birth_place"] = None
        if gender is not UNSET:
            field_dict["gender"] = gender
        elif "gender" in self._json_nulls:
            field_dict["gender"] = None
        if blood_type is not UNSET:
            field_dict["blood_type"] = blood_type
        elif "blood_type" in self._json_nulls:
            field_dict["blood_type"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if issue_authority is not UNSET:
            field_dict["issue_authority"] = issue_authority
        elif "issue_authority" in self._json_nulls:
            field_dict["issue_authority"] = None
        if height is not UNSET:
            field_dict["height"] = height
        elif "height" in self._json_nulls:
            field_dict["height"] = None
        if citizen_code1 is not UNSET:
            field_dict["citizen_code1"] = citizen_code1
        elif "citizen_code1" in self._json_nulls:
            field_dict["citizen_code1"] = None
        if citizen_code2 is not UNSET:
            field_dict["citizen_code2"] = citizen_code2
        elif "citizen_code2" in self._json_nulls:
            field_dict["citizen_code2"] = None
        if citizen_code3 is not UNSET:
            field_dict["citizen_code3"] = citizen_code3
        elif "citizen_code3" in self._json_nulls:
            field_dict["citizen_code3"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.colombia_id_card_confidence import ColombiaIdCardConfidence  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        side = pop_optional(d, "side", json_nulls)

        number = pop_optional(d, "number", json_nulls)

        name = pop_optional(d, "name", json_nulls)

        last_name = pop_optional(d, "last_name", json_nulls)

        birth_date = pop_optional(d, "birth_date", json_nulls)

        birth_place = pop_optional(d, "birth_place", json_nulls)

        gender = pop_optional(d, "gender", json_nulls)

        blood_type = pop_optional(d, "blood_type", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        issue_authority = pop_optional(d, "issue_authority", json_nulls)

        height = pop_optional(d, "height", json_nulls)

        citizen_code1 = pop_optional(d, "citizen_code1", json_nulls)

        citizen_code2 = pop_optional(d, "citizen_code2", json_nulls)

        citizen_code3 = pop_optional(d, "citizen_code3", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: ColombiaIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = ColombiaIdCardConfidence.from_dict(_confidence)

        colombia_id_card_result = cls(
            side=None if isinstance(side, Unset) else side,
            number=None if isinstance(number, Unset) else number,
            name=None if isinstance(name, Unset) else name,
            last_name=None if isinstance(last_name, Unset) else last_name,
            birth_date=None if isinstance(birth_date, Unset) else birth_date,
            birth_place=None if isinstance(birth_place, Unset) else birth_place,
            gender=None if isinstance(gender, Unset) else gender,
            blood_type=None if isinstance(blood_type, Unset) else blood_type,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            issue_authority=None if isinstance(issue_authority, Unset) else issue_authority,
            height=None if isinstance(height, Unset) else height,
            citizen_code1=None if isinstance(citizen_code1, Unset) else citizen_code1,
            citizen_code2=None if isinstance(citizen_code2, Unset) else citizen_code2,
            citizen_code3=None if isinstance(citizen_code3, Unset) else citizen_code3,
            confidence=None if isinstance(confidence, Unset) else confidence,
        )
        colombia_id_card_result._json_nulls = frozenset(json_nulls)

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
