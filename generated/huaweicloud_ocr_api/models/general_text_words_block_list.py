from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.general_text_char_list import GeneralTextCharList


T = TypeVar("T", bound="GeneralTextWordsBlockList")


@_attrs_define(repr=False)
class GeneralTextWordsBlockList:
    """One recognized text block (seed 002 Table 4-51).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        words (str | None): Recognition result of a text block
        location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        confidence (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
        char_list (list[GeneralTextCharList] | None): Single-character recognition list corresponding to a text block.
            The output sequence
            is from left to right and from top to bottom.
    """

    words: str | None = None
    location: list[list[int]] | None = None
    confidence: float | None = None
    char_list: list[GeneralTextCharList] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        words = UNSET if self.words is None else self.words

        _location_or_unset = UNSET if self.location is None else self.location
        location: list[list[int]] | Unset = UNSET
        if not isinstance(_location_or_unset, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in _location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        confidence = UNSET if self.confidence is None else self.confidence

        _char_list_or_unset = UNSET if self.char_list is None else self.char_list
        char_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_char_list_or_unset, Unset):
            char_list = []
            for char_list_item_data in _char_list_or_unset:
                char_list_item = char_list_item_data.to_dict()
                char_list.append(char_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words is not UNSET:
            field_dict["words"] = words
        elif "words" in self._json_nulls:
            field_dict["words"] = None
        if location is not UNSET:
            field_dict["location"] = location
        elif "location" in self._json_nulls:
            field_dict["location"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None
        if char_list is not UNSET:
            field_dict["char_list"] = char_list
        elif "char_list" in self._json_nulls:
            field_dict["char_list"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_text_char_list import GeneralTextCharList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        words = pop_optional(d, "words", json_nulls)

        _location = pop_optional(d, "location", json_nulls)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        confidence = pop_optional(d, "confidence", json_nulls)

        _char_list = pop_optional(d, "char_list", json_nulls)
        char_list: list[GeneralTextCharList] | Unset = UNSET
        if _char_list is not UNSET:
            char_list = []
            for char_list_item_data in _char_list:
                char_list_item = GeneralTextCharList.from_dict(char_list_item_data)

                char_list.append(char_list_item)

        general_text_words_block_list = cls(
            words=None if isinstance(words, Unset) else words,
            location=None if isinstance(location, Unset) else location,
            confidence=None if isinstance(confidence, Unset) else confidence,
            char_list=None if isinstance(char_list, Unset) else char_list,
        )
        general_text_words_block_list._json_nulls = frozenset(json_nulls)

        general_text_words_block_list.additional_properties = d
        return general_text_words_block_list

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
