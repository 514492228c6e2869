from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="WebImageWordsBlockList")


@_attrs_define(repr=False)
class WebImageWordsBlockList:
    """One recognized text block (seed 002 Table 4-59).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        words (str | None): Recognition result of a text block
        confidence (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
        location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        font_list (list[str] | None): Font type of a text block, such as SimHei, Arial, and STZhongsong. It is presented
            in
            a list format, indicating the font type that most closely matches the text within a
            text block.
        font_scores (list[float] | None): Probability of the font type to which a text block belongs, in list format,
            corresponding to font_list, indicating the probability that the text in a text block
            belongs to a font type.
    """

    words: str | None = None
    confidence: float | None = None
    location: list[list[int]] | None = None
    font_list: list[str] | None = None
    font_scores: list[float] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        words = UNSET if self.words is None else self.words

        confidence = UNSET if self.confidence is None else self.confidence

        _location_or_unset = UNSET if self.location is None else self.location
        location: list[list[int]] | Unset = UNSET
        if not isinstance(_location_or_unset, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in _location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        _font_list_or_unset = UNSET if self.font_list is None else self.font_list
        font_list: list[str] | Unset = UNSET
        if not isinstance(_font_list_or_unset, Unset):
            font_list = _font_list_or_unset

        _font_scores_or_unset = UNSET if self.font_scores is None else self.font_scores
        font_scores: list[float] | Unset = UNSET
        if not isinstance(_font_scores_or_unset, Unset):
            font_scores = _font_scores_or_unset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words is not UNSET:
            field_dict["words"] = words
        elif "words" in self._json_nulls:
            field_dict["words"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None
        if location is not UNSET:
            field_dict["location"] = location
        elif "location" in self._json_nulls:
            field_dict["location"] = None
        if font_list is not UNSET:
            field_dict["font_list"] = font_list
        elif "font_list" in self._json_nulls:
            field_dict["font_list"] = None
        if font_scores is not UNSET:
            field_dict["font_scores"] = font_scores
        elif "font_scores" in self._json_nulls:
            field_dict["font_scores"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        words = pop_optional(d, "words", json_nulls)

        confidence = pop_optional(d, "confidence", json_nulls)

        _location = pop_optional(d, "location", json_nulls)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        font_list = cast(list[str], pop_optional(d, "font_list", json_nulls))

        font_scores = cast(list[float], pop_optional(d, "font_scores", json_nulls))

        web_image_words_block_list = cls(
            words=None if isinstance(words, Unset) else words,
            confidence=None if isinstance(confidence, Unset) else confidence,
            location=None if isinstance(location, Unset) else location,
            font_list=None if isinstance(font_list, Unset) else font_list,
            font_scores=None if isinstance(font_scores, Unset) else font_scores,
        )
        web_image_words_block_list._json_nulls = frozenset(json_nulls)

        web_image_words_block_list.additional_properties = d
        return web_image_words_block_list

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
