from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.iam_identity_methods_item import IamIdentityMethodsItem, check_iam_identity_methods_item
from ..types import masked_repr

if TYPE_CHECKING:
    from ..models.iam_password_identity import IamPasswordIdentity


T = TypeVar("T", bound="IamIdentity")


@_attrs_define(repr=False)
class IamIdentity:
    """The authentication method and its credentials.

    Attributes:
        methods (list[IamIdentityMethodsItem]): Authentication methods; "password" for a user name and password.
        password (IamPasswordIdentity): Password credentials.
    """

    methods: list[IamIdentityMethodsItem]
    password: IamPasswordIdentity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        methods = []
        for methods_item_data in self.methods:
            methods_item: str = methods_item_data
            methods.append(methods_item)

        password = self.password.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "methods": methods,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_password_identity import IamPasswordIdentity  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = check_iam_identity_methods_item(methods_item_data)

            methods.append(methods_item)

        password = IamPasswordIdentity.from_dict(d.pop("password"))

        iam_identity = cls(
            methods=methods,
            password=password,
        )

        iam_identity.additional_properties = d
        return iam_identity

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
