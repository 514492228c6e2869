from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_kv_block import SmartDocumentRecognizerKvBlock


T = TypeVar("T", bound="SmartDocumentRecognizerKvResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerKvResult:
    """Key-value pair extraction results, returned only when kv is set to true (seed 002
    Table 4-9).

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            kv_block_count (int | None): Number of key-value pairs recognized by the model
            kv_block_list (list[SmartDocumentRecognizerKvBlock] | None): List of key-value pair recognition results
    """

    kv_block_count: int | None = None
    kv_block_list: list[SmartDocumentRecognizerKvBlock] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        kv_block_count = UNSET if self.kv_block_count is None else self.kv_block_count

        _kv_block_list_or_unset = UNSET if self.kv_block_list is None else self.kv_block_list
        kv_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_kv_block_list_or_unset, Unset):
            kv_block_list = []
            for kv_block_list_item_data in _kv_block_list_or_unset:
                kv_block_list_item = kv_block_list_item_data.to_dict()
                kv_block_list.append(kv_block_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kv_block_count is not UNSET:
            field_dict["kv_block_count"] = kv_block_count
        elif "kv_block_count" in self._json_nulls:
            field_dict["kv_block_count"] = None
        if kv_block_list is not UNSET:
            field_dict["kv_block_list"] = kv_block_list
        elif "kv_block_list" in self._json_nulls:
            field_dict["kv_block_list"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_kv_block import SmartDocumentRecognizerKvBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        kv_block_count = pop_optional(d, "kv_block_count", json_nulls)

        _kv_block_list = pop_optional(d, "kv_block_list", json_nulls)
        kv_block_list: list[SmartDocumentRecognizerKvBlock] | Unset = UNSET
        if _kv_block_list is not UNSET:
            kv_block_list = []
            for kv_block_list_item_data in _kv_block_list:
                kv_block_list_item = SmartDocumentRecognizerKvBlock.from_dict(kv_block_list_item_data)

                kv_block_list.append(kv_block_list_item)

        smart_document_recognizer_kv_result = cls(
            kv_block_count=None if isinstance(kv_block_count, Unset) else kv_block_count,
            kv_block_list=None if isinstance(kv_block_list, Unset) else kv_block_list,
        )
        smart_document_recognizer_kv_result._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_kv_result.additional_properties = d
        return smart_document_recognizer_kv_result

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
