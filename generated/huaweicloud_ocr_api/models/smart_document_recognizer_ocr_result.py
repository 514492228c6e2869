from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_words_block_list import SmartDocumentRecognizerWordsBlockList


T = TypeVar("T", bound="SmartDocumentRecognizerOcrResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerOcrResult:
    """Character recognition results (seed 002 Table 4-6).

    Attributes:
        direction (float | Unset): Image direction
        words_block_count (int | Unset): Number of text blocks that have been recognized
        words_block_list (list[SmartDocumentRecognizerWordsBlockList] | Unset): List of text blocks that have been
            recognized. The output sequence is from left to
            right and from top to bottom.
    """

    direction: float | Unset = UNSET
    words_block_count: int | Unset = UNSET
    words_block_list: list[SmartDocumentRecognizerWordsBlockList] | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_words_block_list import SmartDocumentRecognizerWordsBlockList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        direction = d.pop("direction", UNSET)

        words_block_count = d.pop("words_block_count", UNSET)

        _words_block_list = d.pop("words_block_list", UNSET)
        words_block_list: list[SmartDocumentRecognizerWordsBlockList] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = SmartDocumentRecognizerWordsBlockList.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        smart_document_recognizer_ocr_result = cls(
            direction=direction,
            words_block_count=words_block_count,
            words_block_list=words_block_list,
        )

        smart_document_recognizer_ocr_result.additional_properties = d
        return smart_document_recognizer_ocr_result

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
