from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.iam_token_project import IamTokenProject


T = TypeVar("T", bound="IamToken")


@_attrs_define(repr=False)
class IamToken:
    """Details of the issued token (the token itself is in X-Subject-Token).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        expires_at (str | None): When the token expires, ISO 8601 in UTC, for example 2026-11-22T09:30:00.123000Z.
        issued_at (str | None): When the token was issued, ISO 8601 in UTC.
        methods (list[str] | None): The authentication methods used.
        project (IamTokenProject | None): The project the token is scoped to.
    """

    expires_at: str | None = None
    issued_at: str | None = None
    methods: list[str] | None = None
    project: IamTokenProject | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        expires_at = UNSET if self.expires_at is None else self.expires_at

        issued_at = UNSET if self.issued_at is None else self.issued_at

        _methods_or_unset = UNSET if self.methods is None else self.methods
        methods: list[str] | Unset = UNSET
        if not isinstance(_methods_or_unset, Unset):
            methods = _methods_or_unset

        _project_or_unset = UNSET if self.project is None else self.project
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(_project_or_unset, Unset):
            project = _project_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        elif "expires_at" in self._json_nulls:
            field_dict["expires_at"] = None
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        elif "issued_at" in self._json_nulls:
            field_dict["issued_at"] = None
        if methods is not UNSET:
            field_dict["methods"] = methods
        elif "methods" in self._json_nulls:
            field_dict["methods"] = None
        if project is not UNSET:
            field_dict["project"] = project
        elif "project" in self._json_nulls:
            field_dict["project"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_token_project import IamTokenProject  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        expires_at = pop_optional(d, "expires_at", json_nulls)

        issued_at = pop_optional(d, "issued_at", json_nulls)

        methods = cast(list[str], pop_optional(d, "methods", json_nulls))

        _project = pop_optional(d, "project", json_nulls)
        project: IamTokenProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = IamTokenProject.from_dict(_project)

        iam_token = cls(
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
            issued_at=None if isinstance(issued_at, Unset) else issued_at,
            methods=None if isinstance(methods, Unset) else methods,
            project=None if isinstance(project, Unset) else project,
        )
        iam_token._json_nulls = frozenset(json_nulls)

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
