from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.general_table_words_block_list import GeneralTableWordsBlockList


T = TypeVar("T", bound="GeneralTableWordsRegionList")


@_attrs_define(repr=False)
class GeneralTableWordsRegionList:
    """One recognized image area (seed 002 Table 4-41, "WordsRegionList").

    Attributes:
        type_ (str | Unset): Type of the text identification area.
            * text: text recognition area
            * table: table recognition area
        words_block_count (int | Unset): Number of text blocks recognized in a sub-area
        words_block_list (list[GeneralTableWordsBlockList] | Unset): List of text blocks recognized in a sub-area. The
            output sequence is from left to
            right and from top to bottom.
    """

    type_: str | Unset = UNSET
    words_block_count: int | Unset = UNSET
    words_block_list: list[GeneralTableWordsBlockList] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        words_block_count = self.words_block_count

        words_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words_block_list, Unset):
            words_block_list = []
            for words_block_list_item_data in self.words_block_list:
                words_block_list_item = words_block_list_item_data.to_dict()
                words_block_list.append(words_block_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_table_words_block_list import GeneralTableWordsBlockList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        words_block_count = d.pop("words_block_count", UNSET)

        _words_block_list = d.pop("words_block_list", UNSET)
        words_block_list: list[GeneralTableWordsBlockList] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = GeneralTableWordsBlockList.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        general_table_words_region_list = cls(
            type_=type_,
            words_block_count=words_block_count,
            words_block_list=words_block_list,
        )

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
