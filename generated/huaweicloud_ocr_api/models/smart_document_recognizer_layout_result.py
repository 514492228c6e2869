from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_layout_block import SmartDocumentRecognizerLayoutBlock


T = TypeVar("T", bound="SmartDocumentRecognizerLayoutResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerLayoutResult:
    """Layout analysis results, returned only when layout is set to true (seed 002
    Table 4-13).

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            layout_block_count (int | None): Number of document layout areas recognized by the model
            layout_block_list (list[SmartDocumentRecognizerLayoutBlock] | None): List of document layout area recognition
                results
    """

    layout_block_count: int | None = None
    layout_block_list: list[SmartDocumentRecognizerLayoutBlock] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        layout_block_count = UNSET if self.layout_block_count is None else self.layout_block_count

        _layout_block_list_or_unset = UNSET if self.layout_block_list is None else self.layout_block_list
        layout_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_layout_block_list_or_unset, Unset):
            layout_block_list = []
            for layout_block_list_item_data in _layout_block_list_or_unset:
                layout_block_list_item = layout_block_list_item_data.to_dict()
                layout_block_list.append(layout_block_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if layout_block_count is not UNSET:
            field_dict["layout_block_count"] = layout_block_count
        elif "layout_block_count" in self._json_nulls:
            field_dict["layout_block_count"] = None
        if layout_block_list is not UNSET:
            field_dict["layout_block_list"] = layout_block_list
        elif "layout_block_list" in self._json_nulls:
            field_dict["layout_block_list"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_layout_block import SmartDocumentRecognizerLayoutBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        layout_block_count = pop_optional(d, "layout_block_count", json_nulls)

        _layout_block_list = pop_optional(d, "layout_block_list", json_nulls)
        layout_block_list: list[SmartDocumentRecognizerLayoutBlock] | Unset = UNSET
        if _layout_block_list is not UNSET:
            layout_block_list = []
            for layout_block_list_item_data in _layout_block_list:
                layout_block_list_item = SmartDocumentRecognizerLayoutBlock.from_dict(layout_block_list_item_data)

                layout_block_list.append(layout_block_list_item)

        smart_document_recognizer_layout_result = cls(
            layout_block_count=None if isinstance(layout_block_count, Unset) else layout_block_count,
            layout_block_list=None if isinstance(layout_block_list, Unset) else layout_block_list,
        )
        smart_document_recognizer_layout_result._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_layout_result.additional_properties = d
        return smart_document_recognizer_layout_result

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
