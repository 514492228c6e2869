from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="IamProject")


@_attrs_define(repr=False)
class IamProject:
    """A project.

    Attributes:
        id (str | Unset): Project ID (the project_id of OCR URIs).
        name (str | Unset): Project name; a region's default project is named after the region id.
        domain_id (str | Unset): ID of the account the project belongs to.
        enabled (bool | Unset): Whether the project is enabled.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        domain_id = self.domain_id

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        domain_id = d.pop("domain_id", UNSET)

        enabled = d.pop("enabled", UNSET)

        iam_project = cls(
            id=id,
            name=name,
            domain_id=domain_id,
            enabled=enabled,
        )

        iam_project.additional_properties = d
        return iam_project

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
