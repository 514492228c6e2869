from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_formula_block import SmartDocumentRecognizerFormulaBlock


T = TypeVar("T", bound="SmartDocumentRecognizerFormulaResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerFormulaResult:
    """Formula recognition result (seed 002 Table 4-18).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        formula_count (int | None): Number of mathematical formulas
        formula_list (list[SmartDocumentRecognizerFormulaBlock] | None): List of mathematical formula recognition
            results
    """

    formula_count: int | None = None
    formula_list: list[SmartDocumentRecognizerFormulaBlock] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        formula_count = UNSET if self.formula_count is None else self.formula_count

        _formula_list_or_unset = UNSET if self.formula_list is None else self.formula_list
        formula_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_formula_list_or_unset, Unset):
            formula_list = []
            for formula_list_item_data in _formula_list_or_unset:
                formula_list_item = formula_list_item_data.to_dict()
                formula_list.append(formula_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formula_count is not UNSET:
            field_dict["formula_count"] = formula_count
        elif "formula_count" in self._json_nulls:
            field_dict["formula_count"] = None
        if formula_list is not UNSET:
            field_dict["formula_list"] = formula_list
        elif "formula_list" in self._json_nulls:
            field_dict["formula_list"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_formula_block import SmartDocumentRecognizerFormulaBlock  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        formula_count = pop_optional(d, "formula_count", json_nulls)

        _formula_list = pop_optional(d, "formula_list", json_nulls)
        formula_list: list[SmartDocumentRecognizerFormulaBlock] | Unset = UNSET
        if _formula_list is not UNSET:
            formula_list = []
            for formula_list_item_data in _formula_list:
                formula_list_item = SmartDocumentRecognizerFormulaBlock.from_dict(formula_list_item_data)

                formula_list.append(formula_list_item)

        smart_document_recognizer_formula_result = cls(
            formula_count=None if isinstance(formula_count, Unset) else formula_count,
            formula_list=None if isinstance(formula_list, Unset) else formula_list,
        )
        smart_document_recognizer_formula_result._json_nulls = frozenset(json_nulls)

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
