from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock


T = TypeVar("T", bound="SmartDocumentRecognizerTableResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerTableResult:
    """Table recognition results, returned only when table is set to true (seed 002
    Table 4-12).

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            table_count (int | None): Number of tables recognized by the model
            table_list (list[SmartDocumentRecognizerTableBlock] | None): List of table recognition results
    """

    table_count: int | None = None
    table_list: list[SmartDocumentRecognizerTableBlock] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        table_count = UNSET if self.table_count is None else self.table_count

        _table_list_or_unset = UNSET if self.table_list is None else self.table_list
        table_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_table_list_or_unset, Unset):
            table_list = []
            for table_list_item_data in _table_list_or_unset:
                table_list_item = table_list_item_data.to_dict()
                table_list.append(table_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table_count is not UNSET:
            field_dict["table_count"] = table_count
        elif "table_count" in self._json_nulls:
            field_dict["table_count"] = None
        if table_list is not UNSET:
            field_dict["table_list"] = table_list
        elif "table_list" in self._json_nulls:
            field_dict["table_list"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        table_count = pop_optional(d, "table_count", json_nulls)

        _table_list = pop_optional(d, "table_list", json_nulls)
        table_list: list[SmartDocumentRecognizerTableBlock] | Unset = UNSET
        if _table_list is not UNSET:
            table_list = []
            for table_list_item_data in _table_list:
                table_list_item = SmartDocumentRecognizerTableBlock.from_dict(table_list_item_data)

                table_list.append(table_list_item)

        smart_document_recognizer_table_result = cls(
            table_count=None if isinstance(table_count, Unset) else table_count,
            table_list=None if isinstance(table_list, Unset) else table_list,
        )
        smart_document_recognizer_table_result._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_table_result.additional_properties = d
        return smart_document_recognizer_table_result

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
