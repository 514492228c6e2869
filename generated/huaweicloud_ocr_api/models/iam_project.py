from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.iam_links import IamLinks


T = TypeVar("T", bound="IamProject")


@_attrs_define(repr=False)
class IamProject:
    """A project.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        id (str | None): Project ID (the project_id of OCR URIs).
        name (str | None): Project name; a region's default project is named after the region id.
        domain_id (str | None): ID of the account the project belongs to.
        enabled (bool | None): Whether the project is enabled.
        is_domain (bool | None): Whether the project is an account (domain) itself; false in the §7.1 example.
        parent_id (str | None): ID of the parent; the account ID in the §7.1 example.
        description (str | None): The project's description; empty in the §7.1 example.
        links (IamLinks | None): Pagination links, as in the example of seed 002 §7.1, which also carries `self` (the
            link to this resource). `self` is left unmodelled: a generated Python model cannot have
            an attribute of that name; it is kept as an additional property.
    """

    id: str | None = None
    name: str | None = None
    domain_id: str | None = None
    enabled: bool | None = None
    is_domain: bool | None = None
    parent_id: str | None = None
    description: str | None = None
    links: IamLinks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        id = UNSET if self.id is None else self.id

        name = UNSET if self.name is None else self.name

        domain_id = UNSET if self.domain_id is None else self.domain_id

        enabled = UNSET if self.enabled is None else self.enabled

        is_domain = UNSET if self.is_domain is None else self.is_domain

        parent_id = UNSET if self.parent_id is None else self.parent_id

        description = UNSET if self.description is None else self.description

        _links_or_unset = UNSET if self.links is None else self.links
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links_or_unset, Unset):
            links = _links_or_unset.to_dict()

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
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        elif "domain_id" in self._json_nulls:
            field_dict["domain_id"] = None
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        elif "enabled" in self._json_nulls:
            field_dict["enabled"] = None
        if is_domain is not UNSET:
            field_dict["is_domain"] = is_domain
        elif "is_domain" in self._json_nulls:
            field_dict["is_domain"] = None
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        elif "parent_id" in self._json_nulls:
            field_dict["parent_id"] = None
        if description is not UNSET:
            field_dict["description"] = description
        elif "description" in self._json_nulls:
            field_dict["description"] = None
        if links is not UNSET:
            field_dict["links"] = links
        elif "links" in self._json_nulls:
            field_dict["links"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_links import IamLinks  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        id = pop_optional(d, "id", json_nulls)

        name = pop_optional(d, "name", json_nulls)

        domain_id = pop_optional(d, "domain_id", json_nulls)

        enabled = pop_optional(d, "enabled", json_nulls)

        is_domain = pop_optional(d, "is_domain", json_nulls)

        parent_id = pop_optional(d, "parent_id", json_nulls)

        description = pop_optional(d, "description", json_nulls)

        _links = pop_optional(d, "links", json_nulls)
        links: IamLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = IamLinks.from_dict(_links)

        iam_project = cls(
            id=None if isinstance(id, Unset) else id,
            name=None if isinstance(name, Unset) else name,
            domain_id=None if isinstance(domain_id, Unset) else domain_id,
            enabled=None if isinstance(enabled, Unset) else enabled,
            is_domain=None if isinstance(is_domain, Unset) else is_domain,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            description=None if isinstance(description, Unset) else description,
            links=None if isinstance(links, Unset) else links,
        )
        iam_project._json_nulls = frozenset(json_nulls)

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
