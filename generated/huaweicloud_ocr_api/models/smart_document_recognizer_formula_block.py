from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="SmartDocumentRecognizerFormulaBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerFormulaBlock:
    """One mathematical formula (seed 002 Table 4-19).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        formula (str | None): Mathematical formula recognition results, represented as LaTeX strings
        location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        type (str | None): Formula type. Options: formula (independent formula) and embedded_formula (inline
            formula).
    """

    formula: str | None = None
    location: list[list[int]] | None = None
    type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        formula = UNSET if self.formula is None else self.formula

        _location_or_unset = UNSET if self.location is None else self.location
        location: list[list[int]] | Unset = UNSET
        if not isinstance(_location_or_unset, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in _location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        type_ = UNSET if self.type is None else self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formula is not UNSET:
            field_dict["formula"] = formula
        elif "formula" in self._json_nulls:
            field_dict["formula"] = None
        if location is not UNSET:
            field_dict["location"] = location
        elif "location" in self._json_nulls:
            field_dict["location"] = None
        if type_ is not UNSET:
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        formula = pop_optional(d, "formula", json_nulls)

        _location = pop_optional(d, "location", json_nulls)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        type_ = pop_optional(d, "type", json_nulls)

        smart_document_recognizer_formula_block = cls(
            formula=None if isinstance(formula, Unset) else formula,
            location=None if isinstance(location, Unset) else location,
            type=None if isinstance(type_, Unset) else type_,
        )
        smart_document_recognizer_formula_block._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_formula_block.additional_properties = d
        return smart_document_recognizer_formula_block

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
