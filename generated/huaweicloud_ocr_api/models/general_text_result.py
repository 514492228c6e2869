from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.general_text_words_block_list import GeneralTextWordsBlockList


T = TypeVar("T", bound="GeneralTextResult")


@_attrs_define(repr=False)
class GeneralTextResult:
    """Recognition result (seed 002 Table 4-50).

    Attributes:
        direction (float | Unset): Image direction. Valid only when detect_direction is true: the anti-clockwise
            rotation angle of the image, from 0 to 359. When detect_direction is false, the
            value is -1.
        words_block_count (int | Unset): Number of detected text blocks
        words_block_list (list[GeneralTextWordsBlockList] | Unset): List of recognized text blocks. The output sequence
            is from left to right and from
            top to bottom.
        markdown_result (str | Unset): Recognition result of all concatenated text blocks. Text blocks in the same line
            are
            combined using \\t, and text blocks in different lines are combined using \\n.
            Returned only when return_markdown_result is true.
    """

    direction: float | Unset = UNSET
    words_block_count: int | Unset = UNSET
    words_block_list: list[GeneralTextWordsBlockList] | Unset = UNSET
    markdown_result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction

        words_block_count = self.words_block_count

        words_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words_block_list, Unset):
            words_block_list = []
            for words_block_list_item_data in self.words_block_list:
                words_block_list_item = words_block_list_item_data.to_dict()
                words_block_list.append(words_block_list_item)

        markdown_result = self.markdown_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list
        if markdown_result is not UNSET:
            field_dict["markdown_result"] = markdown_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_text_words_block_list import GeneralTextWordsBlockList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        direction = d.pop("direction", UNSET)

        words_block_count = d.pop("words_block_count", UNSET)

        _words_block_list = d.pop("words_block_list", UNSET)
        words_block_list: list[GeneralTextWordsBlockList] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = GeneralTextWordsBlockList.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        markdown_result = d.pop("markdown_result", UNSET)

        general_text_result = cls(
            direction=direction,
            words_block_count=words_block_count,
            words_block_list=words_block_list,
            markdown_result=markdown_result,
        )

        general_text_result.additional_properties = d
        return general_text_result

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
