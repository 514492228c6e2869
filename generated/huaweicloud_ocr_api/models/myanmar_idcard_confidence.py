from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="MyanmarIdcardConfidence")


@_attrs_define(repr=False)
class MyanmarIdcardConfidence:
    """Confidence of a field, from 0 to 1 (seed 002 Table 4-95 MyanmarIdcardConfidence). A
    higher confidence indicates a higher accuracy of the field identified.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            nrc_id (float | None): Confidence of the ID number
            issue_date (float | None): Confidence of the issuance date
            name (float | None): Confidence of the name
            birth (float | None): Confidence of the birth date
            bloodlines_religion (float | None): Confidence of the ethnic group or religion
            height (float | None): Confidence of the height
            blood_group (float | None): Confidence of the blood type
            card_id (float | None): Confidence of the card number on the back of the ID card
            nrc_id_back (float | None): ID number on the back of the ID card
            profession (float | None): Confidence of the occupation
            address (float | None): Confidence of the address
    """

    nrc_id: float | None = None
    issue_date: float | None = None
    name: float | None = None
    birth: float | None = None
    bloodlines_religion: float | None = None
    height: float | None = None
    blood_group: float | None = None
    card_id: float | None = None
    nrc_id_back: float | None = None
    profession: float | None = None
    address: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        nrc_id = UNSET if self.nrc_id is None else self.nrc_id

        issue_date = UNSET if self.issue_date is None else self.issue_date

        name = UNSET if self.name is None else self.name

        birth = UNSET if self.birth is None else self.birth

        bloodlines_religion = UNSET if self.bloodlines_religion is None else self.bloodlines_religion

        height = UNSET if self.height is None else self.height

        blood_group = UNSET if self.blood_group is None else self.blood_group

        card_id = UNSET if self.card_id is None else self.card_id

        nrc_id_back = UNSET if self.nrc_id_back is None else self.nrc_id_back

        profession = UNSET if self.profession is None else self.profession

        address = UNSET if self.address is None else self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nrc_id is not UNSET:
            field_dict["nrc_id"] = nrc_id
        elif "nrc_id" in self._json_nulls:
            field_dict["nrc_id"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if birth is not UNSET:
            field_dict["birth"] = birth
        elif "birth" in self._json_nulls:
            field_dict["birth"] = None
        if bloodlines_religion is not UNSET:
            field_dict["bloodlines_religion"] = bloodlines_religion
        elif "bloodlines_religion" in self._json_nulls:
            field_dict["bloodlines_religion"] = None
        if height is not UNSET:
            field_dict["height"] = height
        elif "height" in self._json_nulls:
            field_dict["height"] = None
        if blood_group is not UNSET:
            field_dict["blood_group"] = blood_group
        elif "blood_group" in self._json_nulls:
            field_dict["blood_group"] = None
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        elif "card_id" in self._json_nulls:
            field_dict["card_id"] = None
        if nrc_id_back is not UNSET:
            field_dict["nrc_id_back"] = nrc_id_back
        elif "nrc_id_back" in self._json_nulls:
            field_dict["nrc_id_back"] = None
        if profession is not UNSET:
            field_dict["profession"] = profession
        elif "profession" in self._json_nulls:
            field_dict["profession"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        nrc_id = pop_optional(d, "nrc_id", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        name = pop_optional(d, "name", json_nulls)

        birth = pop_optional(d, "birth", json_nulls)

        bloodlines_religion = pop_optional(d, "bloodlines_religion", json_nulls)

        height = pop_optional(d, "height", json_nulls)

        blood_group = pop_optional(d, "blood_group", json_nulls)

        card_id = pop_optional(d, "card_id", json_nulls)

        nrc_id_back = pop_optional(d, "nrc_id_back", json_nulls)

        profession = pop_optional(d, "profession", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        myanmar_idcard_confidence = cls(
            nrc_id=None if isinstance(nrc_id, Unset) else nrc_id,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            name=None if isinstance(name, Unset) else name,
            birth=None if isinstance(birth, Unset) else birth,
            bloodlines_religion=None if isinstance(bloodlines_religion, Unset) else bloodlines_religion,
            height=None if isinstance(height, Unset) else height,
            blood_group=None if isinstance(blood_group, Unset) else blood_group,
            card_id=None if isinstance(card_id, Unset) else card_id,
            nrc_id_back=None if isinstance(nrc_id_back, Unset) else nrc_id_back,
            profession=None if isinstance(profession, Unset) else profession,
            address=None if isinstance(address, Unset) else address,
        )
        myanmar_idcard_confidence._json_nulls = frozenset(json_nulls)

        myanmar_idcard_confidence.additional_properties = d
        return myanmar_idcard_confidence

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
