from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="MyanmarIdcardTranslationInfo")


@_attrs_define(repr=False)
class MyanmarIdcardTranslationInfo:
    """Translation information (seed 002 Table 4-96 MyanmarIdcardTranslationInfo).

    Attributes:
        name_translation (str | Unset): Name translation. This parameter is returned only when return_translation is set
            to true.
        father_name_translation (str | Unset): Translation of the father's name. This parameter is returned only when
            return_translation is set to true.
        nrc_id_translation (str | Unset): Translation of the ID number. This parameter is returned only when
            return_translation is set to true.
        birth_translation (str | Unset): Birth date translation. This parameter is returned only when return_translation
            is set to true.
    """

    name_translation: str | Unset = UNSET
    father_name_translation: str | Unset = UNSET
    nrc_id_translation: str | Unset = UNSET
    birth_translation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name_translation = self.name_translation

        father_name_translation = self.father_name_translation

        nrc_id_translation = self.nrc_id_translation

        birth_translation = self.birth_translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_translation is not UNSET:
            field_dict["name_translation"] = name_translation
        if father_name_translation is not UNSET:
            field_dict["father_name_translation"] = father_name_translation
        if nrc_id_translation is not UNSET:
            field_dict["nrc_id_translation"] = nrc_id_translation
        if birth_translation is not UNSET:
            field_dict["birth_translation"] = birth_translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name_translation = d.pop("name_translation", UNSET)

        father_name_translation = d.pop("father_name_translation", UNSET)

        nrc_id_translation = d.pop("nrc_id_translation", UNSET)

        birth_translation = d.pop("birth_translation", UNSET)

        myanmar_idcard_translation_info = cls(
            name_translation=name_translation,
            father_name_translation=father_name_translation,
            nrc_id_translation=nrc_id_translation,
            birth_translation=birth_translation,
        )

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
