from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="SmartDocumentRecognizerTableWordsBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerTableWordsBlock:
    """One cell (seed 002 Table 4-17).

    Attributes:
        words (str | Unset): Character recognition results in a cell
        rows (list[int] | Unset): Rows occupied by text. The values start from 0 and are displayed in a list.
        columns (list[int] | Unset): Columns occupied by text. The values start from 0 and are displayed in a list.
    """

    words: str | Unset = UNSET
    rows: list[int] | Unset = UNSET
    columns: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        words = self.words

        rows: list[int] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = self.rows

        columns: list[int] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words is not UNSET:
            field_dict["words"] = words
        if rows is not UNSET:
            field_dict["rows"] = rows
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        words = d.pop("words", UNSET)

        rows = cast(list[int], d.pop("rows", UNSET))

        columns = cast(list[int], d.pop("columns", UNSET))

        smart_document_recognizer_table_words_block = cls(
            words=words,
            rows=rows,
            columns=columns,
        )

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
