from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="PassportLocalLanguage")


@_attrs_define(repr=False)
class PassportLocalLanguage:
    """Passport fields in the local official language (from the Chinese passport example).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        name (str | None): Name in the local language.
        sex (str | None): Gender in the local language.
        place_of_birth (str | None): Place of birth in the local language.
        place_of_issue (str | None): Place of issue in the local language.
        issuing_authority (str | None): Issuing authority in the local language.
        nationality (str | None): Nationality in the local language.
    """

    name: str | None = None
    sex: str | None = None
    place_of_birth: str | None = None
    place_of_issue: str | None = None
    issuing_authority: str | None = None
    nationality: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        sex = UNSET if self.sex is None else self.sex

        place_of_birth = UNSET if self.place_of_birth is None else self.place_of_birth

        place_of_issue = UNSET if self.place_of_issue is None else self.place_of_issue

        issuing_authority = UNSET if self.issuing_authority is None else self.issuing_authority

        nationality = UNSET if self.nationality is None else self.nationality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
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
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        elif "nationality" in self._json_nulls:
            field_dict["nationality"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        name = pop_optional(d, "name", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        place_of_birth = pop_optional(d, "place_of_birth", json_nulls)

        place_of_issue = pop_optional(d, "place_of_issue", json_nulls)

        issuing_authority = pop_optional(d, "issuing_authority", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        passport_local_language = cls(
            name=None if isinstance(name, Unset) else name,
            sex=None if isinstance(sex, Unset) else sex,
            place_of_birth=None if isinstance(place_of_birth, Unset) else place_of_birth,
            place_of_issue=None if isinstance(place_of_issue, Unset) else place_of_issue,
            issuing_authority=None if isinstance(issuing_authority, Unset) else issuing_authority,
            nationality=None if isinstance(nationality, Unset) else nationality,
        )
        passport_local_language._json_nulls = frozenset(json_nulls)

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
