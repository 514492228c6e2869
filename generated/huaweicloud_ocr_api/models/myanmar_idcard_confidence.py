from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="MyanmarIdcardConfidence")


@_attrs_define(repr=False)
class MyanmarIdcardConfidence:
    """Confidence of a field, from 0 to 1 (seed 002 Table 4-95 MyanmarIdcardConfidence). A
    higher confidence indicates a higher accuracy of the field identified.

        Attributes:
            nrc_id (float | Unset): Confidence of the ID number
            issue_date (float | Unset): Confidence of the issuance date
            name (float | Unset): Confidence of the name
            birth (float | Unset): Confidence of the birth date
            bloodlines_religion (float | Unset): Confidence of the ethnic group or religion
            height (float | Unset): Confidence of the height
            blood_group (float | Unset): Confidence of the blood type
            card_id (float | Unset): Confidence of the card number on the back of the ID card
            nrc_id_back (float | Unset): ID number on the back of the ID card
            profession (float | Unset): Confidence of the occupation
            address (float | Unset): Confidence of the address
    """

    nrc_id: float | Unset = UNSET
    issue_date: float | Unset = UNSET
    name: float | Unset = UNSET
    birth: float | Unset = UNSET
    bloodlines_religion: float | Unset = UNSET
    height: float | Unset = UNSET
    blood_group: float | Unset = UNSET
    card_id: float | Unset = UNSET
    nrc_id_back: float | Unset = UNSET
    profession: float | Unset = UNSET
    address: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nrc_id = self.nrc_id

        issue_date = self.issue_date

        name = self.name

        birth = self.birth

        bloodlines_religion = self.bloodlines_religion

        height = self.height

        blood_group = self.blood_group

        card_id = self.card_id

        nrc_id_back = self.nrc_id_back

        profession = self.profession

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nrc_id is not UNSET:
            field_dict["nrc_id"] = nrc_id
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if name is not UNSET:
            field_dict["name"] = name
        if birth is not UNSET:
            field_dict["birth"] = birth
        if bloodlines_religion is not UNSET:
            field_dict["bloodlines_religion"] = bloodlines_religion
        if height is not UNSET:
            field_dict["height"] = height
        if blood_group is not UNSET:
            field_dict["blood_group"] = blood_group
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if nrc_id_back is not UNSET:
            field_dict["nrc_id_back"] = nrc_id_back
        if profession is not UNSET:
            field_dict["profession"] = profession
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        nrc_id = d.pop("nrc_id", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        name = d.pop("name", UNSET)

        birth = d.pop("birth", UNSET)

        bloodlines_religion = d.pop("bloodlines_religion", UNSET)

        height = d.pop("height", UNSET)

        blood_group = d.pop("blood_group", UNSET)

        card_id = d.pop("card_id", UNSET)

        nrc_id_back = d.pop("nrc_id_back", UNSET)

        profession = d.pop("profession", UNSET)

        address = d.pop("address", UNSET)

        myanmar_idcard_confidence = cls(
            nrc_id=nrc_id,
            issue_date=issue_date,
            name=name,
            birth=birth,
            bloodlines_religion=bloodlines_religion,
            height=height,
            blood_group=blood_group,
            card_id=card_id,
            nrc_id_back=nrc_id_back,
            profession=profession,
            address=address,
        )

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
