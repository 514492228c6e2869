from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="SmartDocumentRecognizerCharList")


@_attrs_define(repr=False)
class SmartDocumentRecognizerCharList:
    """One recognized character (seed 002 Table 4-8).

    Attributes:
        char (str | Unset): Recognition result of a single character
        char_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
            vertexes, where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        char_confidence (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    char: str | Unset = UNSET
    char_location: list[list[int]] | Unset = UNSET
    char_confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        char = self.char

        char_location: list[list[int]] | Unset = UNSET
        if not isinstance(self.char_location, Unset):
            char_location = []
            for componentsschemas_quadrilateral_item_data in self.char_location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                char_location.append(componentsschemas_quadrilateral_item)

        char_confidence = self.char_confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if char is not UNSET:
            field_dict["char"] = char
        if char_location is not UNSET:
            field_dict["char_location"] = char_location
        if char_confidence is not UNSET:
            field_dict["char_confidence"] = char_confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        char = d.pop("char", UNSET)

        _char_location = d.pop("char_location", UNSET)
        char_location: list[list[int]] | Unset = UNSET
        if _char_location is not UNSET:
            char_location = []
            for componentsschemas_quadrilateral_item_data in _char_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                char_location.append(componentsschemas_quadrilateral_item)

        char_confidence = d.pop("char_confidence", UNSET)

        smart_document_recognizer_char_list = cls(
            char=char,
            char_location=char_location,
            char_confidence=char_confidence,
        )

        smart_document_recognizer_char_list.additional_properties = d
        return smart_document_recognizer_char_list

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
