from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.general_table_words_list_item import GeneralTableWordsListItem


T = TypeVar("T", bound="GeneralTableWordsBlockList")


@_attrs_define(repr=False)
class GeneralTableWordsBlockList:
    """One recognized text block or cell (seed 002 Table 4-42).

    Attributes:
        words (str | Unset): Recognition result of a text block
        confidence (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
        location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        words_list (list[GeneralTableWordsListItem] | Unset): List of the character blocks in a cell. The output
            sequence is from left to right
            and from top to bottom. Available only when the input parameter
            return_text_location is set to true.
        rows (list[int] | Unset): Rows occupied by text. The values start from 0 and are displayed in a list. Valid
            only in table recognition areas, that is, only when type is table.
        columns (list[int] | Unset): Columns occupied by text. The values start from 0 and are displayed in a list.
            Valid
            only in table recognition areas, that is, only when type is table.
        cell_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
            vertexes, where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
    """

    words: str | Unset = UNSET
    confidence: float | Unset = UNSET
    location: list[list[int]] | Unset = UNSET
    words_list: list[GeneralTableWordsListItem] | Unset = UNSET
    rows: list[int] | Unset = UNSET
    columns: list[int] | Unset = UNSET
    cell_location: list[list[int]] | Unset = UNSET
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

        words_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words_list, Unset):
            words_list = []
            for words_list_item_data in self.words_list:
                words_list_item = words_list_item_data.to_dict()
                words_list.append(words_list_item)

        rows: list[int] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = self.rows

        columns: list[int] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        cell_location: list[list[int]] | Unset = UNSET
        if not isinstance(self.cell_location, Unset):
            cell_location = []
            for componentsschemas_quadrilateral_item_data in self.cell_location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                cell_location.append(componentsschemas_quadrilateral_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words is not UNSET:
            field_dict["words"] = words
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if location is not UNSET:
            field_dict["location"] = location
        if words_list is not UNSET:
            field_dict["words_list"] = words_list
        if rows is not UNSET:
            field_dict["rows"] = rows
        if columns is not UNSET:
            field_dict["columns"] = columns
        if cell_location is not UNSET:
            field_dict["cell_location"] = cell_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_table_words_list_item import GeneralTableWordsListItem  # noqa: PLC0415

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

        _words_list = d.pop("words_list", UNSET)
        words_list: list[GeneralTableWordsListItem] | Unset = UNSET
        if _words_list is not UNSET:
            words_list = []
            for words_list_item_data in _words_list:
                words_list_item = GeneralTableWordsListItem.from_dict(words_list_item_data)

                words_list.append(words_list_item)

        rows = cast(list[int], d.pop("rows", UNSET))

        columns = cast(list[int], d.pop("columns", UNSET))

        _cell_location = d.pop("cell_location", UNSET)
        cell_location: list[list[int]] | Unset = UNSET
        if _cell_location is not UNSET:
            cell_location = []
            for componentsschemas_quadrilateral_item_data in _cell_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                cell_location.append(componentsschemas_quadrilateral_item)

        general_table_words_block_list = cls(
            words=words,
            confidence=confidence,
            location=location,
            words_list=words_list,
            rows=rows,
            columns=columns,
            cell_location=cell_location,
        )

        general_table_words_block_list.additional_properties = d
        return general_table_words_block_list

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
