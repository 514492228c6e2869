from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IamProjectScope")


@_attrs_define(repr=False)
class IamProjectScope:
    """The project, by name (for example ap-southeast-1) or by id.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        name (str | None): Project name, for example ap-southeast-1.
        id (str | None): Project ID.
    """

    name: str | None = None
    id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        id = UNSET if self.id is None else self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if id is not UNSET:
            field_dict["id"] = id
        elif "id" in self._json_nulls:
            field_dict["id"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        name = pop_optional(d, "name", json_nulls)

        id = pop_optional(d, "id", json_nulls)

        iam_project_scope = cls(
            name=None if isinstance(name, Unset) else name,
            id=None if isinstance(id, Unset) else id,
        )
        iam_project_scope._json_nulls = frozenset(json_nulls)

        iam_project_scope.additional_properties = d
        return iam_project_scope

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
