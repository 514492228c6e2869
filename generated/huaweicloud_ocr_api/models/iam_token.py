from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.iam_token_project import IamTokenProject


T = TypeVar("T", bound="IamToken")


@_attrs_define(repr=False)
class IamToken:
    """Details of the issued token (the token itself is in X-Subject-Token).

    Attributes:
        expires_at (str | Unset): When the token expires, ISO 8601 in UTC, for example 2026-11-22T09:30:00.123000Z.
        issued_at (str | Unset): When the token was issued, ISO 8601 in UTC.
        methods (list[str] | Unset): The authentication methods used.
        project (IamTokenProject | Unset): The project the token is scoped to.
    """

    expires_at: str | Unset = UNSET
    issued_at: str | Unset = UNSET
    methods: list[str] | Unset = UNSET
    project: IamTokenProject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at

        issued_at = self.issued_at

        methods: list[str] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = self.methods

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if methods is not UNSET:
            field_dict["methods"] = methods
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_token_project import IamTokenProject  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        expires_at = d.pop("expires_at", UNSET)

        issued_at = d.pop("issued_at", UNSET)

        methods = cast(list[str], d.pop("methods", UNSET))

        _project = d.pop("project", UNSET)
        project: IamTokenProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = IamTokenProject.from_dict(_project)

        iam_token = cls(
            expires_at=expires_at,
            issued_at=issued_at,
            methods=methods,
            project=project,
        )

        iam_token.additional_properties = d
        return iam_token

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
