from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock


T = TypeVar("T", bound="SmartDocumentRecognizerFormResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerFormResult:
    """Wired form recognition results, returned only when form is set to true (seed 002
    Table 4-15).

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            form_count (int | None): Number of wired forms recognized by the model
            form_list (list[SmartDocumentRecognizerTableBlock] | None): List of wired form recognition results
    """

    form_count: int | None = None
    form_list: list[SmartDocumentRecognizerTableBlock] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        form_count = UNSET if self.form_count is None else self.form_count

        _form_list_or_unset = UNSET if self.form_list is None else self.form_list
        form_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_form_list_or_unset, Unset):
            form_list = []
            for form_list_item_data in _form_list_or_unset:
                form_list_item = form_list_item_data.to_dict()
                form_list.append(form_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if form_count is not UNSET:
            field_dict["form_count"] = form_count
        elif "form_count" in self._json_nulls:
            field_dict["form_count"] = None
        if form_list is not UNSET:
            field_dict["form_list"] = form_list
        elif "form_list" in self._json_nulls:
            field_dict["form_list"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        form_count = pop_optional(d, "form_count", json_nulls)

        _form_list = pop_optional(d, "form_list", json_nulls)
        form_list: list[SmartDocumentRecognizerTableBlock] | Unset = UNSET
        if _form_list is not UNSET:
            form_list = []
            for form_list_item_data in _form_list:
                form_list_item = SmartDocumentRecognizerTableBlock.from_dict(form_list_item_data)

                form_list.append(form_list_item)

        smart_document_recognizer_form_result = cls(
            form_count=None if isinstance(form_count, Unset) else form_count,
            form_list=None if isinstance(form_list, Unset) else form_list,
        )
        smart_document_recognizer_form_result._json_nulls = frozenset(json_nulls)

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
