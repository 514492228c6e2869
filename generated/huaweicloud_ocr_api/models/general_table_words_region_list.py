from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.general_table_words_block_list import GeneralTableWordsBlockList


T = TypeVar("T", bound="GeneralTableWordsRegionList")


@_attrs_define(repr=False)
class GeneralTableWordsRegionList:
    """One recognized image area (seed 002 Table 4-41, "WordsRegionList").

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        type (str | None): Type of the text identification area.
            * text: text recognition area
            * table: table recognition area
        words_block_count (int | None): Number of text blocks recognized in a sub-area
        words_block_list (list[GeneralTableWordsBlockList] | None): List of text blocks recognized in a sub-area. The
            output sequence is from left to
            right and from top to bottom.
    """

    type: str | None = None
    words_block_count: int | None = None
    words_block_list: list[GeneralTableWordsBlockList] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        type_ = UNSET if self.type is None else self.type

        words_block_count = UNSET if self.words_block_count is None else self.words_block_count

        _words_block_list_or_unset = UNSET if self.words_block_list is None else self.words_block_list
        words_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_words_block_list_or_unset, Unset):
            words_block_list = []
            for words_block_list_item_data in _words_block_list_or_unset:
                words_block_list_item = words_block_list_item_data.to_dict()
                words_block_list.append(words_block_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        elif "words_block_count" in self._json_nulls:
            field_dict["words_block_count"] = None
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list
        elif "words_block_list" in self._json_nulls:
            field_dict["words_block_list"] = None

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_table_words_block_list import GeneralTableWordsBlockList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        type_ = pop_optional(d, "type", json_nulls)

        words_block_count = pop_optional(d, "words_block_count", json_nulls)

        _words_block_list = pop_optional(d, "words_block_list", json_nulls)
        words_block_list: list[GeneralTableWordsBlockList] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = GeneralTableWordsBlockList.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        general_table_words_region_list = cls(
            type=None if isinstance(type_, Unset) else type_,
            words_block_count=None if isinstance(words_block_count, Unset) else words_block_count,
            words_block_list=None if isinstance(words_block_list, Unset) else words_block_list,
        )
        general_table_words_region_list._json_nulls = frozenset(json_nulls)

        general_table_words_region_list.additional_properties = d
        return general_table_words_region_list

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
