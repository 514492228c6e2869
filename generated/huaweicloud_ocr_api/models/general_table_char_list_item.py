from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="GeneralTableCharListItem")


@_attrs_define(repr=False)
class GeneralTableCharListItem:
    """One recognized character (seed 002 Table 4-44, "CharListItem").

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        char (str | None): Recognition result of a single character
        char_confidence (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
        char_location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
    """

    char: str | None = None
    char_confidence: float | None = None
    char_location: list[list[int]] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        char = UNSET if self.char is None else self.char

        char_confidence = UNSET if self.char_confidence is None else self.char_confidence

        _char_location_or_unset = UNSET if self.char_location is None else self.char_location
        char_location: list[list[int]] | Unset = UNSET
        if not isinstance(_char_location_or_unset, Unset):
            char_location = []
            for componentsschemas_quadrilateral_item_data in _char_location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                char_location.append(componentsschemas_quadrilateral_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if char is not UNSET:
            field_dict["char"] = char
        elif "char" in self._json_nulls:
            field_dict["char"] = None
        if char_confidence is not UNSET:
            field_dict["char_confidence"] = char_confidence
        elif "char_confidence" in self._json_nulls:
            field_dict["char_confidence"] = None
        if char_location is not UNSET:
            field_dict["char_location"] = char_location
        elif "char_location" in self._json_nulls:
            field_dict["char_location"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        char = pop_optional(d, "char", json_nulls)

        char_confidence = pop_optional(d, "char_confidence", json_nulls)

        _char_location = pop_optional(d, "char_location", json_nulls)
        char_location: list[list[int]] | Unset = UNSET
        if _char_location is not UNSET:
            char_location = []
            for componentsschemas_quadrilateral_item_data in _char_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                char_location.append(componentsschemas_quadrilateral_item)

        general_table_char_list_item = cls(
            char=None if isinstance(char, Unset) else char,
            char_confidence=None if isinstance(char_confidence, Unset) else char_confidence,
            char_location=None if isinstance(char_location, Unset) else char_location,
        )
        general_table_char_list_item._json_nulls = frozenset(json_nulls)

        general_table_char_list_item.additional_properties = d
        return general_table_char_list_item

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
