from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="PassportLocalLanguage")


@_attrs_define(repr=False)
class PassportLocalLanguage:
    """Passport fields in the local official language (from the Chinese passport example).

    Attributes:
        name (str | Unset): Name in the local language.
        sex (str | Unset): Gender in the local language.
        place_of_birth (str | Unset): Place of birth in the local language.
        place_of_issue (str | Unset): Place of issue in the local language.
        issuing_authority (str | Unset): Issuing authority in the local language.
        nationality (str | Unset): Nationality in the local language.
    """

    name: str | Unset = UNSET
    sex: str | Unset = UNSET
    place_of_birth: str | Unset = UNSET
    place_of_issue: str | Unset = UNSET
    issuing_authority: str | Unset = UNSET
    nationality: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sex = self.sex

        place_of_birth = self.place_of_birth

        place_of_issue = self.place_of_issue

        issuing_authority = self.issuing_authority

        nationality = self.nationality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if place_of_birth is not UNSET:
            field_dict["place_of_birth"] = place_of_birth
        if place_of_issue is not UNSET:
            field_dict["place_of_issue"] = place_of_issue
        if issuing_authority is not UNSET:
            field_dict["issuing_authority"] = issuing_authority
        if nationality is not UNSET:
            field_dict["nationality"] = nationality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        sex = d.pop("sex", UNSET)

        place_of_birth = d.pop("place_of_birth", UNSET)

        place_of_issue = d.pop("place_of_issue", UNSET)

        issuing_authority = d.pop("issuing_authority", UNSET)

        nationality = d.pop("nationality", UNSET)

        passport_local_language = cls(
            name=name,
            sex=sex,
            place_of_birth=place_of_birth,
            place_of_issue=place_of_issue,
            issuing_authority=issuing_authority,
            nationality=nationality,
        )

        passport_local_language.additional_properties = d
        return passport_local_language

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
