from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="SmartDocumentRecognizerLayoutBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerLayoutBlock:
    """One document layout area (seed 002 Table 4-14).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        type (str | None): Document area type. Options: text, title, sub_title, image, image_caption, form,
            table, table_caption, header, footer, page_number, reference, formula, stamp,
            directory, and footnote.
        text (str | None): Text in the document area. For tables and images, the text content is not returned.
        words_ids (list[int] | None): Index list of character recognition results, indicating which text blocks in
            words_block_list of ocr_result are located within the document area.
        table_id (int | None): Returned only when type is table and the input parameter table is True: which
            recognition result in table_result corresponds to the current logical table area.
        form_id (int | None): Returned only when type is form and the input parameter table is True: which
            recognition result in form_result corresponds to the current wired form area.
        formula_id (int | None): Returned only when type is formula and the input parameter formula is True: which
            recognition result in formula_result corresponds to the current formula area.
    """

    location: list[list[int]] | None = None
    type: str | None = None
    text: str | None = None
    words_ids: list[int] | None = None
    table_id: int | None = None
    form_id: int | None = None
    formula_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _location_or_unset = UNSET if self.location is None else self.location
        location: list[list[int]] | Unset = UNSET
        if not isinstance(_location_or_unset, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in _location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        type_ = UNSET if self.type is None else self.type

        text = UNSET if self.text is None else self.text

        _words_ids_or_unset = UNSET if self.words_ids is None else self.words_ids
        words_ids: list[int] | Unset = UNSET
        if not isinstance(_words_ids_or_unset, Unset):
            words_ids = _words_ids_or_unset

        table_id = UNSET if self.table_id is None else self.table_id

        form_id = UNSET if self.form_id is None else self.form_id

        formula_id = UNSET if self.formula_id is None else self.formula_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        elif "location" in self._json_nulls:
            field_dict["location"] = None
        if type_ is not UNSET:
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if text is not UNSET:
            field_dict["text"] = text
        elif "text" in self._json_nulls:
            field_dict["text"] = None
        if words_ids is not UNSET:
            field_dict["words_ids"] = words_ids
        elif "words_ids" in self._json_nulls:
            field_dict["words_ids"] = None
        if table_id is not UNSET:
            field_dict["table_id"] = table_id
        elif "table_id" in self._json_nulls:
            field_dict["table_id"] = None
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        elif "form_id" in self._json_nulls:
            field_dict["form_id"] = None
        if formula_id is not UNSET:
            field_dict["formula_id"] = formula_id
        elif "formula_id" in self._json_nulls:
            field_dict["formula_id"] = None

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        _location = pop_optional(d, "location", json_nulls)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        type_ = pop_optional(d, "type", json_nulls)

        text = pop_optional(d, "text", json_nulls)

        words_ids = cast(list[int], pop_optional(d, "words_ids", json_nulls))

        table_id = pop_optional(d, "table_id", json_nulls)

        form_id = pop_optional(d, "form_id", json_nulls)

        formula_id = pop_optional(d, "formula_id", json_nulls)

        smart_document_recognizer_layout_block = cls(
            location=None if isinstance(location, Unset) else location,
            type=None if isinstance(type_, Unset) else type_,
            text=None if isinstance(text, Unset) else text,
            words_ids=None if isinstance(words_ids, Unset) else words_ids,
            table_id=None if isinstance(table_id, Unset) else table_id,
            form_id=None if isinstance(form_id, Unset) else form_id,
            formula_id=None if isinstance(formula_id, Unset) else formula_id,
        )
        smart_document_recognizer_layout_block._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_layout_block.additional_properties = d
        return smart_document_recognizer_layout_block

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
