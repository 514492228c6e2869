from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.iam_project import IamProject


T = TypeVar("T", bound="KeystoneListProjectsResponse")


@_attrs_define(repr=False)
class KeystoneListProjectsResponse:
    """Response body of Querying Projects (the fields the client reads).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        projects (list[IamProject] | None): The matching projects.
    """

    projects: list[IamProject] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _projects_or_unset = UNSET if self.projects is None else self.projects
        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_projects_or_unset, Unset):
            projects = []
            for projects_item_data in _projects_or_unset:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects is not UNSET:
            field_dict["projects"] = projects
        elif "projects" in self._json_nulls:
            field_dict["projects"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_project import IamProject  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        _projects = pop_optional(d, "projects", json_nulls)
        projects: list[IamProject] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = IamProject.from_dict(projects_item_data)

                projects.append(projects_item)

        keystone_list_projects_response = cls(
            projects=None if isinstance(projects, Unset) else projects,
        )
        keystone_list_projects_response._json_nulls = frozenset(json_nulls)

        keystone_list_projects_response.additional_properties = d
        return keystone_list_projects_response

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
