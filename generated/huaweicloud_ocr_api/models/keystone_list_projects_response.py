from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.iam_links import IamLinks
    from ..models.iam_project import IamProject


T = TypeVar("T", bound="KeystoneListProjectsResponse")


@_attrs_define(repr=False)
class KeystoneListProjectsResponse:
    """Response body of Querying Projects (the fields the client reads).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        projects (list[IamProject] | None): The matching projects.
        links (IamLinks | None): Pagination links, as in the example of seed 002 §7.1, which also carries `self` (the
            link to this resource). `self` is left unmodelled: a generated Python model cannot have
            an attribute of that name; it is kept as an additional property.
    """

    projects: list[IamProject] | None = None
    links: IamLinks | None = None
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

        _links_or_unset = UNSET if self.links is None else self.links
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links_or_unset, Unset):
            links = _links_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects is not UNSET:
            field_dict["projects"] = projects
        elif "projects" in self._json_nulls:
            field_dict["projects"] = None
        if links is not UNSET:
            field_dict["links"] = links
        elif "links" in self._json_nulls:
            field_dict["links"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_links import IamLinks  # noqa: PLC0415
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

        _links = pop_optional(d, "links", json_nulls)
        links: IamLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = IamLinks.from_dict(_links)

        keystone_list_projects_response = cls(
            projects=None if isinstance(projects, Unset) else projects,
            links=None if isinstance(links, Unset) else links,
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
