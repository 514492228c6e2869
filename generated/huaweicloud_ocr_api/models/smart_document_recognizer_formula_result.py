from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_formula_block import SmartDocumentRecognizerFormulaBlock


T = TypeVar("T", bound="SmartDocumentRecognizerFormulaResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerFormulaResult:
    """Formula recognition result (seed 002 Table 4-18).

    Attributes:
        formula_count (int | Unset): Number of mathematical formulas
        formula_list (list[SmartDocumentRecognizerFormulaBlock] | Unset): List of mathematical formula recognition
            results
    """

    formula_count: int | Unset = UNSET
    formula_list: list[SmartDocumentRecognizerFormulaBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formula_count = self.formula_count

        formula_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formula_list, Unset):
            formula_list = []
            for formula_list_item_data in self.formula_list:
                formula_list_item = formula_list_item_data.to_dict()
                formula_list.append(formula_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formula_count is not UNSET:
            field_dict["formula_count"] = formula_count
        if formula_list is not UNSET:
            field_dict["formula_list"] = formula_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_formula_block import SmartDocumentRecognizerFormulaBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        formula_count = d.pop("formula_count", UNSET)

        _formula_list = d.pop("formula_list", UNSET)
        formula_list: list[SmartDocumentRecognizerFormulaBlock] | Unset = UNSET
        if _formula_list is not UNSET:
            formula_list = []
            for formula_list_item_data in _formula_list:
                formula_list_item = SmartDocumentRecognizerFormulaBlock.from_dict(formula_list_item_data)

                formula_list.append(formula_list_item)

        smart_document_recognizer_formula_result = cls(
            formula_count=formula_count,
            formula_list=formula_list,
        )

        smart_document_recognizer_formula_result.additional_properties = d
        return smart_document_recognizer_formula_result

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
