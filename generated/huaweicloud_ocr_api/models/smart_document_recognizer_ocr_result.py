from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_words_block_list import SmartDocumentRecognizerWordsBlockList


T = TypeVar("T", bound="SmartDocumentRecognizerOcrResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerOcrResult:
    """Character recognition results (seed 002 Table 4-6).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        direction (float | None): Image direction
        words_block_count (int | None): Number of text blocks that have been recognized
        words_block_list (list[SmartDocumentRecognizerWordsBlockList] | None): List of text blocks that have been
            recognized. The output sequence is from left to
            right and from top to bottom.
    """

    direction: float | None = None
    words_block_count: int | None = None
    words_block_list: list[SmartDocumentRecognizerWordsBlockList] | None = None
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_words_block_list import SmartDocumentRecognizerWordsBlockList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        direction = pop_optional(d, "direction", json_nulls)

        words_block_count = pop_optional(d, "words_block_count", json_nulls)

        _words_block_list = pop_optional(d, "words_block_list", json_nulls)
        words_block_list: list[SmartDocumentRecognizerWordsBlockList] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = SmartDocumentRecognizerWordsBlockList.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        smart_document_recognizer_ocr_result = cls(
            direction=None if isinstance(direction, Unset) else direction,
            words_block_count=None if isinstance(words_block_count, Unset) else words_block_count,
            words_block_list=None if isinstance(words_block_list, Unset) else words_block_list,
        )
        smart_document_recognizer_ocr_result._json_nulls = frozenset(json_nulls)

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
