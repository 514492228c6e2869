from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="SmartDocumentRecognizerTableWordsBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerTableWordsBlock:
    """One cell (seed 002 Table 4-17).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        words (str | None): Character recognition results in a cell
        rows (list[int] | None): Rows occupied by text. The values start from 0 and are displayed in a list.
        columns (list[int] | None): Columns occupied by text. The values start from 0 and are displayed in a list.
    """

    words: str | None = None
    rows: list[int] | None = None
    columns: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        words = UNSET if self.words is None else self.words

        _rows_or_unset = UNSET if self.rows is None else self.rows
        rows: list[int] | Unset = UNSET
        if not isinstance(_rows_or_unset, Unset):
            rows = _rows_or_unset

        _columns_or_unset = UNSET if self.columns is None else self.columns
        columns: list[int] | Unset = UNSET
        if not isinstance(_columns_or_unset, Unset):
            columns = _columns_or_unset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words is not UNSET:
            field_dict["words"] = words
        elif "words" in self._json_nulls:
            field_dict["words"] = None
        if rows is not UNSET:
            field_dict["rows"] = rows
        elif "rows" in self._json_nulls:
            field_dict["rows"] = None
        if columns is not UNSET:
            field_dict["columns"] = columns
        elif "columns" in self._json_nulls:
            field_dict["columns"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        words = pop_optional(d, "words", json_nulls)

        rows = cast(list[int], pop_optional(d, "rows", json_nulls))

        columns = cast(list[int], pop_optional(d, "columns", json_nulls))

        smart_document_recognizer_table_words_block = cls(
            words=None if isinstance(words, Unset) else words,
            rows=None if isinstance(rows, Unset) else rows,
            columns=None if isinstance(columns, Unset) else columns,
        )
        smart_document_recognizer_table_words_block._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_table_words_block.additional_properties = d
        return smart_document_recognizer_table_words_block

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
