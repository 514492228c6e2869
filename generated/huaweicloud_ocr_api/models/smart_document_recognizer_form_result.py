from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock


T = TypeVar("T", bound="SmartDocumentRecognizerFormResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerFormResult:
    """Wired form recognition results, returned only when form is set to true (seed 002
    Table 4-15).

        Attributes:
            form_count (int | Unset): Number of wired forms recognized by the model
            form_list (list[SmartDocumentRecognizerTableBlock] | Unset): List of wired form recognition results
    """

    form_count: int | Unset = UNSET
    form_list: list[SmartDocumentRecognizerTableBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form_count = self.form_count

        form_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.form_list, Unset):
            form_list = []
            for form_list_item_data in self.form_list:
                form_list_item = form_list_item_data.to_dict()
                form_list.append(form_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if form_count is not UNSET:
            field_dict["form_count"] = form_count
        if form_list is not UNSET:
            field_dict["form_list"] = form_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        form_count = d.pop("form_count", UNSET)

        _form_list = d.pop("form_list", UNSET)
        form_list: list[SmartDocumentRecognizerTableBlock] | Unset = UNSET
        if _form_list is not UNSET:
            form_list = []
            for form_list_item_data in _form_list:
                form_list_item = SmartDocumentRecognizerTableBlock.from_dict(form_list_item_data)

                form_list.append(form_list_item)

        smart_document_recognizer_form_result = cls(
            form_count=form_count,
            form_list=form_list,
        )

        smart_document_recognizer_form_result.additional_properties = d
        return smart_document_recognizer_form_result

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
