from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="MyanmarIdcardTranslationInfo")


@_attrs_define(repr=False)
class MyanmarIdcardTranslationInfo:
    """Translation information (seed 002 Table 4-96 MyanmarIdcardTranslationInfo).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        name_translation (str | None): Name translation. This parameter is returned only when return_translation is set
            to true.
        father_name_translation (str | None): Translation of the father's name. This parameter is returned only when
            return_translation is set to true.
        nrc_id_translation (str | None): Translation of the ID number. This parameter is returned only when
            return_translation is set to true.
        birth_translation (str | None): Birth date translation. This parameter is returned only when return_translation
            is set to true.
    """

    name_translation: str | None = None
    father_name_translation: str | None = None
    nrc_id_translation: str | None = None
    birth_translation: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        name_translation = UNSET if self.name_translation is None else self.name_translation

        father_name_translation = UNSET if self.father_name_translation is None else self.father_name_translation

        nrc_id_translation = UNSET if self.nrc_id_translation is None else self.nrc_id_translation

        birth_translation = UNSET if self.birth_translation is None else self.birth_translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_translation is not UNSET:
            field_dict["name_translation"] = name_translation
        elif "name_translation" in self._json_nulls:
            field_dict["name_translation"] = None
        if father_name_translation is not UNSET:
            field_dict["father_name_translation"] = father_name_translation
        elif "father_name_translation" in self._json_nulls:
            field_dict["father_name_translation"] = None
        if nrc_id_translation is not UNSET:
            field_dict["nrc_id_translation"] = nrc_id_translation
        elif "nrc_id_translation" in self._json_nulls:
            field_dict["nrc_id_translation"] = None
        if birth_translation is not UNSET:
            field_dict["birth_translation"] = birth_translation
        elif "birth_translation" in self._json_nulls:
            field_dict["birth_translation"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        name_translation = pop_optional(d, "name_translation", json_nulls)

        father_name_translation = pop_optional(d, "father_name_translation", json_nulls)

        nrc_id_translation = pop_optional(d, "nrc_id_translation", json_nulls)

        birth_translation = pop_optional(d, "birth_translation", json_nulls)

        myanmar_idcard_translation_info = cls(
            name_translation=None if isinstance(name_translation, Unset) else name_translation,
            father_name_translation=None if isinstance(father_name_translation, Unset) else father_name_translation,
            nrc_id_translation=None if isinstance(nrc_id_translation, Unset) else nrc_id_translation,
            birth_translation=None if isinstance(birth_translation, Unset) else birth_translation,
        )
        myanmar_idcard_translation_info._json_nulls = frozenset(json_nulls)

        myanmar_idcard_translation_info.additional_properties = d
        return myanmar_idcard_translation_info

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
