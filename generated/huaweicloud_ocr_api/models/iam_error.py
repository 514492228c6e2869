from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IamError")


@_attrs_define(repr=False)
class IamError:
    """The IAM error.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        code (int | str | None): HTTP status or IAM error code.
        message (str | None): Error message.
        title (str | None): Error title.
    """

    code: int | str | None = None
    message: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _code_or_unset = UNSET if self.code is None else self.code
        code: int | str | Unset
        if isinstance(_code_or_unset, Unset):
            code = UNSET
        else:
            code = _code_or_unset

        message = UNSET if self.message is None else self.message

        title = UNSET if self.title is None else self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        elif "code" in self._json_nulls:
            field_dict["code"] = None
        if message is not UNSET:
            field_dict["message"] = message
        elif "message" in self._json_nulls:
            field_dict["message"] = None
        if title is not UNSET:
            field_dict["title"] = title
        elif "title" in self._json_nulls:
            field_dict["title"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []

        def _parse_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        code = _parse_code(pop_optional(d, "code", json_nulls))

        message = pop_optional(d, "message", json_nulls)

        title = pop_optional(d, "title", json_nulls)

        iam_error = cls(
            code=None if isinstance(code, Unset) else code,
            message=None if isinstance(message, Unset) else message,
            title=None if isinstance(title, Unset) else title,
        )
        iam_error._json_nulls = frozenset(json_nulls)

        iam_error.additional_properties = d
        return iam_error

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
