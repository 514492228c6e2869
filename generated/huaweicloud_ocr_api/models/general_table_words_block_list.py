from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.general_table_words_list_item import GeneralTableWordsListItem


T = TypeVar("T", bound="GeneralTableWordsBlockList")


@_attrs_define(repr=False)
class GeneralTableWordsBlockList:
    """One recognized text block or cell (seed 002 Table 4-42).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        words (str | None): Recognition result of a text block
        confidence (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
        location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        words_list (list[GeneralTableWordsListItem] | None): List of the character blocks in a cell. The output sequence
            is from left to right
            and from top to bottom. Available only when the input parameter
            return_text_location is set to true.
        rows (list[int] | None): Rows occupied by text. The values start from 0 and are displayed in a list. Valid
            only in table recognition areas, that is, only when type is table.
        columns (list[int] | None): Columns occupied by text. The values start from 0 and are displayed in a list. Valid
            only in table recognition areas, that is, only when type is table.
        cell_location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
    """

    words: str | None = None
    confidence: float | None = None
    location: list[list[int]] | None = None
    words_list: list[GeneralTableWordsListItem] | None = None
    rows: list[int] | None = None
    columns: list[int] | None = None
    cell_location: list[list[int]] | None = None
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

        _words_list_or_unset = UNSET if self.words_list is None else self.words_list
        words_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_words_list_or_unset, Unset):
            words_list = []
            for words_list_item_data in _words_list_or_unset:
                words_list_item = words_list_item_data.to_dict()
                words_list.append(words_list_item)

        _rows_or_unset = UNSET if self.rows is None else self.rows
        rows: list[int] | Unset = UNSET
        if not isinstance(_rows_or_unset, Unset):
            rows = _rows_or_unset

        _columns_or_unset = UNSET if self.columns is None else self.columns
        columns: list[int] | Unset = UNSET
        if not isinstance(_columns_or_unset, Unset):
            columns = _columns_or_unset

        _cell_location_or_unset = UNSET if self.cell_location is None else self.cell_location
        cell_location: list[list[int]] | Unset = UNSET
        if not isinstance(_cell_location_or_unset, Unset):
            cell_location = []
            for componentsschemas_quadrilateral_item_data in _cell_location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                cell_location.append(componentsschemas_quadrilateral_item)

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
        if words_list is not UNSET:
            field_dict["words_list"] = words_list
        elif "words_list" in self._json_nulls:
            field_dict["words_list"] = None
        if rows is not UNSET:
            field_dict["rows"] = rows
        elif "rows" in self._json_nulls:
            field_dict["rows"] = None
        if columns is not UNSET:
            field_dict["columns"] = columns
        elif "columns" in self._json_nulls:
            field_dict["columns"] = None
        if cell_location is not UNSET:
            field_dict["cell_location"] = cell_location
        elif "cell_location" in self._json_nulls:
            field_dict["cell_location"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_table_words_list_item import GeneralTableWordsListItem  # noqa: PLC0415

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

        _words_list = pop_optional(d, "words_list", json_nulls)
        words_list: list[GeneralTableWordsListItem] | Unset = UNSET
        if _words_list is not UNSET:
            words_list = []
            for words_list_item_data in _words_list:
                words_list_item = GeneralTableWordsListItem.from_dict(words_list_item_data)

                words_list.append(words_list_item)

        rows = cast(list[int], pop_optional(d, "rows", json_nulls))

        columns = cast(list[int], pop_optional(d, "columns", json_nulls))

        _cell_location = pop_optional(d, "cell_location", json_nulls)
        cell_location: list[list[int]] | Unset = UNSET
        if _cell_location is not UNSET:
            cell_location = []
            for componentsschemas_quadrilateral_item_data in _cell_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                cell_location.append(componentsschemas_quadrilateral_item)

        general_table_words_block_list = cls(
            words=None if isinstance(words, Unset) else words,
            confidence=None if isinstance(confidence, Unset) else confidence,
            location=None if isinstance(location, Unset) else location,
            words_list=None if isinstance(words_list, Unset) else words_list,
            rows=None if isinstance(rows, Unset) else rows,
            columns=None if isinstance(columns, Unset) else columns,
            cell_location=None if isinstance(cell_location, Unset) else cell_location,
        )
        general_table_words_block_list._json_nulls = frozenset(json_nulls)

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
