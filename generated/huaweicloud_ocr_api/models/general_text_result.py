from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.general_text_words_block_list import GeneralTextWordsBlockList


T = TypeVar("T", bound="GeneralTextResult")


@_attrs_define(repr=False)
class GeneralTextResult:
    """Recognition result (seed 002 Table 4-50).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        direction (float | None): Image direction. Valid only when detect_direction is true: the anti-clockwise
            rotation angle of the image, from 0 to 359. When detect_direction is false, the
            value is -1.
        words_block_count (int | None): Number of detected text blocks
        words_block_list (list[GeneralTextWordsBlockList] | None): List of recognized text blocks. The output sequence
            is from left to right and from
            top to bottom.
        markdown_result (str | None): Recognition result of all concatenated text blocks. Text blocks in the same line
            are
            combined using \\t, and text blocks in different lines are combined using \\n.
            Returned only when return_markdown_result is true.
    """

    direction: float | None = None
    words_block_count: int | None = None
    words_block_list: list[GeneralTextWordsBlockList] | None = None
    markdown_result: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        direction = UNSET if self.direction is None else self.direction

        words_block_count = UNSET if self.words_block_count is None else self.words_block_count

        _words_block_list_or_unset = UNSET if self.words_block_list is None else self.words_block_list
        words_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_words_block_list_or_unset, Unset):
            words_block_list = []
            for words_block_list_item_data in _words_block_list_or_unset:
                words_block_list_item = words_block_list_item_data.to_dict()
                words_block_list.append(words_block_list_item)

        markdown_result = UNSET if self.markdown_result is None else self.markdown_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        elif "direction" in self._json_nulls:
            field_dict["direction"] = None
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        elif "words_block_count" in self._json_nulls:
            field_dict["words_block_count"] = None
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list
        elif "words_block_list" in self._json_nulls:
            field_dict["words_block_list"] = None
        if markdown_result is not UNSET:
            field_dict["markdown_result"] = markdown_result
        elif "markdown_result" in self._json_nulls:
            field_dict["markdown_result"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_text_words_block_list import GeneralTextWordsBlockList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        direction = pop_optional(d, "direction", json_nulls)

        words_block_count = pop_optional(d, "words_block_count", json_nulls)

        _words_block_list = pop_optional(d, "words_block_list", json_nulls)
        words_block_list: list[GeneralTextWordsBlockList] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = GeneralTextWordsBlockList.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        markdown_result = pop_optional(d, "markdown_result", json_nulls)

        general_text_result = cls(
            direction=None if isinstance(direction, Unset) else direction,
            words_block_count=None if isinstance(words_block_count, Unset) else words_block_count,
            words_block_list=None if isinstance(words_block_list, Unset) else words_block_list,
            markdown_result=None if isinstance(markdown_result, Unset) else markdown_result,
        )
        general_text_result._json_nulls = frozenset(json_nulls)

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
