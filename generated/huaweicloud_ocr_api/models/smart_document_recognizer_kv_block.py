from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_kv_words_block import SmartDocumentRecognizerKvWordsBlock


T = TypeVar("T", bound="SmartDocumentRecognizerKvBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerKvBlock:
    """One key-value pair (seed 002 Table 4-10).

    Attributes:
        key (str | Unset): Key in a key-value pair, for example, Name in Name: Xiaoming.
        value (str | Unset): Value in a key-value pair, for example, Xiaoming in Name: Xiaoming.
        words_block_count (int | Unset): Number of text boxes contained in the key-value pair
        words_block_list (list[SmartDocumentRecognizerKvWordsBlock] | Unset): List of text box recognition results
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    words_block_count: int | Unset = UNSET
    words_block_list: list[SmartDocumentRecognizerKvWordsBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

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
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_kv_words_block import SmartDocumentRecognizerKvWordsBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        words_block_count = d.pop("words_block_count", UNSET)

        _words_block_list = d.pop("words_block_list", UNSET)
        words_block_list: list[SmartDocumentRecognizerKvWordsBlock] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = SmartDocumentRecognizerKvWordsBlock.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        smart_document_recognizer_kv_block = cls(
            key=key,
            value=value,
            words_block_count=words_block_count,
            words_block_list=words_block_list,
        )

        smart_document_recognizer_kv_block.additional_properties = d
        return smart_document_recognizer_kv_block

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
