from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.passport_local_language import PassportLocalLanguage


T = TypeVar("T", bound="PassportExtraInfo")


@_attrs_define(repr=False)
class PassportExtraInfo:
    """Left blank by default. For a Chinese passport it contains the Chinese-character fields
    on the passport, such as the name and place of birth (Chinese mainland passports only;
    seed 002 Table 4-68, "extra_info").

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            local_language (PassportLocalLanguage | None): Passport fields in the local official language (from the Chinese
                passport example).
    """

    local_language: PassportLocalLanguage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _local_language_or_unset = UNSET if self.local_language is None else self.local_language
        local_language: dict[str, Any] | Unset = UNSET
        if not isinstance(_local_language_or_unset, Unset):
            local_language = _local_language_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if local_language is not UNSET:
            field_dict["local_language"] = local_language
        elif "local_language" in self._json_nulls:
            field_dict["local_language"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.passport_local_language import PassportLocalLanguage  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        _local_language = pop_optional(d, "local_language", json_nulls)
        local_language: PassportLocalLanguage | Unset
        if isinstance(_local_language, Unset):
            local_language = UNSET
        else:
            local_language = PassportLocalLanguage.from_dict(_local_language)

        passport_extra_info = cls(
            local_language=None if isinstance(local_language, Unset) else local_language,
        )
        passport_extra_info._json_nulls = frozenset(json_nulls)

        passport_extra_info.additional_properties = d
        return passport_extra_info

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
