from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IamTokenProject")


@_attrs_define(repr=False)
class IamTokenProject:
    """The project the token is scoped to.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        id (str | None): Project ID (the project_id of OCR URIs).
        name (str | None): Project name.
    """

    id: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        id = UNSET if self.id is None else self.id

        name = UNSET if self.name is None else self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        elif "id" in self._json_nulls:
            field_dict["id"] = None
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        id = pop_optional(d, "id", json_nulls)

        name = pop_optional(d, "name", json_nulls)

        iam_token_project = cls(
            id=None if isinstance(id, Unset) else id,
            name=None if isinstance(name, Unset) else name,
        )
        iam_token_project._json_nulls = frozenset(json_nulls)

        iam_token_project.additional_properties = d
        return iam_token_project

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
