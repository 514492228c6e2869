from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="WebImageWordsBlockList")


@_attrs_define(repr=False)
class WebImageWordsBlockList:
    """One recognized text block (seed 002 Table 4-59).

    Attributes:
        words (str | Unset): Recognition result of a text block
        confidence (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
        location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        font_list (list[str] | Unset): Font type of a text block, such as SimHei, Arial, and STZhongsong. It is
            presented in
            a list format, indicating the font type that most closely matches the text within a
            text block.
        font_scores (list[float] | Unset): Probability of the font type to which a text block belongs, in list format,
            corresponding to font_list, indicating the probability that the text in a text block
            belongs to a font type.
    """

    words: str | Unset = UNSET
    confidence: float | Unset = UNSET
    location: list[list[int]] | Unset = UNSET
    font_list: list[str] | Unset = UNSET
    font_scores: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        words = self.words

        confidence = self.confidence

        location: list[list[int]] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in self.location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        font_list: list[str] | Unset = UNSET
        if not isinstance(self.font_list, Unset):
            font_list = self.font_list

        font_scores: list[float] | Unset = UNSET
        if not isinstance(self.font_scores, Unset):
            font_scores = self.font_scores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words is not UNSET:
            field_dict["words"] = words
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if location is not UNSET:
            field_dict["location"] = location
        if font_list is not UNSET:
            field_dict["font_list"] = font_list
        if font_scores is not UNSET:
            field_dict["font_scores"] = font_scores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        words = d.pop("words", UNSET)

        confidence = d.pop("confidence", UNSET)

        _location = d.pop("location", UNSET)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        font_list = cast(list[str], d.pop("font_list", UNSET))

        font_scores = cast(list[float], d.pop("font_scores", UNSET))

        web_image_words_block_list = cls(
            words=words,
            confidence=confidence,
            location=location,
            font_list=font_list,
            font_scores=font_scores,
        )

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
