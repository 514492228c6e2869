from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IdCardResult")


@_attrs_define(repr=False)
class IdCardResult:
    """Calling result of a successful API call (seed 001 Table 5). The front of the card gives
    name, sex, birth, ethnicity, address and number; the back gives issue, valid_from and
    valid_to.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            name (str | None): Name
            sex (str | None): Gender
            birth (str | None): Date of birth
            ethnicity (str | None): Ethnicity
            address (str | None): Address
            number (str | None): ID number
            issue (str | None): Issuing authority
            valid_from (str | None): Date of issue
            valid_to (str | None): Date of expiry
    """

    name: str | None = None
    sex: str | None = None
    birth: str | None = None
    ethnicity: str | None = None
    address: str | None = None
    number: str | None = None
    issue: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        sex = UNSET if self.sex is None else self.sex

        birth = UNSET if self.birth is None else self.birth

        ethnicity = UNSET if self.ethnicity is None else self.ethnicity

        address = UNSET if self.address is None else self.address

        number = UNSET if self.number is None else self.number

        issue = UNSET if self.issue is None else self.issue

        valid_from = UNSET if self.valid_from is None else self.valid_from

        valid_to = UNSET if self.valid_to is None else self.valid_to

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
        if birth is not UNSET:
            field_dict["birth"] = birth
        elif "birth" in self._json_nulls:
            field_dict["birth"] = None
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        elif "ethnicity" in self._json_nulls:
            field_dict["ethnicity"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None
        if number is not UNSET:
            field_dict["number"] = number
        elif "number" in self._json_nulls:
            field_dict["number"] = None
        if issue is not UNSET:
            field_dict["issue"] = issue
        elif "issue" in self._json_nulls:
            field_dict["issue"] = None
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        elif "valid_from" in self._json_nulls:
            field_dict["valid_from"] = None
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to
        elif "valid_to" in self._json_nulls:
            field_dict["valid_to"] = None

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

        birth = pop_optional(d, "birth", json_nulls)

        ethnicity = pop_optional(d, "ethnicity", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        number = pop_optional(d, "number", json_nulls)

        issue = pop_optional(d, "issue", json_nulls)

        valid_from = pop_optional(d, "valid_from", json_nulls)

        valid_to = pop_optional(d, "valid_to", json_nulls)

        id_card_result = cls(
            name=None if isinstance(name, Unset) else name,
            sex=None if isinstance(sex, Unset) else sex,
            birth=None if isinstance(birth, Unset) else birth,
            ethnicity=None if isinstance(ethnicity, Unset) else ethnicity,
            address=None if isinstance(address, Unset) else address,
            number=None if isinstance(number, Unset) else number,
            issue=None if isinstance(issue, Unset) else issue,
            valid_from=None if isinstance(valid_from, Unset) else valid_from,
            valid_to=None if isinstance(valid_to, Unset) else valid_to,
        )
        id_card_result._json_nulls = frozenset(json_nulls)

        id_card_result.additional_properties = d
        return id_card_result

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
