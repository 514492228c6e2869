from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_kv_words_block import SmartDocumentRecognizerKvWordsBlock


T = TypeVar("T", bound="SmartDocumentRecognizerKvBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerKvBlock:
    """One key-value pair (seed 002 Table 4-10).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        key (str | None): Key in a key-value pair, for example, Name in Name: Xiaoming.
        value (str | None): Value in a key-value pair, for example, Xiaoming in Name: Xiaoming.
        words_block_count (int | None): Number of text boxes contained in the key-value pair
        words_block_list (list[SmartDocumentRecognizerKvWordsBlock] | None): List of text box recognition results
    """

    key: str | None = None
    value: str | None = None
    words_block_count: int | None = None
    words_block_list: list[SmartDocumentRecognizerKvWordsBlock] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        key = UNSET if self.key is None else self.key

        value = UNSET if self.value is None else self.value

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
        if key is not UNSET:
            field_dict["key"] = key
        elif "key" in self._json_nulls:
            field_dict["key"] = None
        if value is not UNSET:
            field_dict["value"] = value
        elif "value" in self._json_nulls:
            field_dict["value"] = None
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
        from ..models.smart_document_recognizer_kv_words_block import SmartDocumentRecognizerKvWordsBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        key = pop_optional(d, "key", json_nulls)

        value = pop_optional(d, "value", json_nulls)

        words_block_count = pop_optional(d, "words_block_count", json_nulls)

        _words_block_list = pop_optional(d, "words_block_list", json_nulls)
        words_block_list: list[SmartDocumentRecognizerKvWordsBlock] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = SmartDocumentRecognizerKvWordsBlock.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        smart_document_recognizer_kv_block = cls(
            key=None if isinstance(key, Unset) else key,
            value=None if isinstance(value, Unset) else value,
            words_block_count=None if isinstance(words_block_count, Unset) else words_block_count,
            words_block_list=None if isinstance(words_block_list, Unset) else words_block_list,
        )
        smart_document_recognizer_kv_block._json_nulls = frozenset(json_nulls)

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
