from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock


T = TypeVar("T", bound="SmartDocumentRecognizerTableResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerTableResult:
    """Table recognition results, returned only when table is set to true (seed 002
    Table 4-12).

        Attributes:
            table_count (int | Unset): Number of tables recognized by the model
            table_list (list[SmartDocumentRecognizerTableBlock] | Unset): List of table recognition results
    """

    table_count: int | Unset = UNSET
    table_list: list[SmartDocumentRecognizerTableBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_count = self.table_count

        table_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.table_list, Unset):
            table_list = []
            for table_list_item_data in self.table_list:
                table_list_item = table_list_item_data.to_dict()
                table_list.append(table_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table_count is not UNSET:
            field_dict["table_count"] = table_count
        if table_list is not UNSET:
            field_dict["table_list"] = table_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        table_count = d.pop("table_count", UNSET)

        _table_list = d.pop("table_list", UNSET)
        table_list: list[SmartDocumentRecognizerTableBlock] | Unset = UNSET
        if _table_list is not UNSET:
            table_list = []
            for table_list_item_data in _table_list:
                table_list_item = SmartDocumentRecognizerTableBlock.from_dict(table_list_item_data)

                table_list.append(table_list_item)

        smart_document_recognizer_table_result = cls(
            table_count=table_count,
            table_list=table_list,
        )

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
