from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.iam_token import IamToken


T = TypeVar("T", bound="KeystoneCreateUserTokenByPasswordResponse")


@_attrs_define(repr=False)
class KeystoneCreateUserTokenByPasswordResponse:
    """Response body of Obtaining a User Token (the fields the client reads).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        token (IamToken | None): Details of the issued token (the token itself is in X-Subject-Token).
    """

    token: IamToken | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _token_or_unset = UNSET if self.token is None else self.token
        token: dict[str, Any] | Unset = UNSET
        if not isinstance(_token_or_unset, Unset):
            token = _token_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        elif "token" in self._json_nulls:
            field_dict["token"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_token import IamToken  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        _token = pop_optional(d, "token", json_nulls)
        token: IamToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = IamToken.from_dict(_token)

        keystone_create_user_token_by_password_response = cls(
            token=None if isinstance(token, Unset) else token,
        )
        keystone_create_user_token_by_password_response._json_nulls = frozenset(json_nulls)

        keystone_create_user_token_by_password_response.additional_properties = d
        return keystone_create_user_token_by_password_response

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
