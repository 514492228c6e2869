from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="SmartDocumentRecognizerLayoutBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerLayoutBlock:
    """One document layout area (seed 002 Table 4-14).

    Attributes:
        location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        type_ (str | Unset): Document area type. Options: text, title, sub_title, image, image_caption, form,
            table, table_caption, header, footer, page_number, reference, formula, stamp,
            directory, and footnote.
        text (str | Unset): Text in the document area. For tables and images, the text content is not returned.
        words_ids (list[int] | Unset): Index list of character recognition results, indicating which text blocks in
            words_block_list of ocr_result are located within the document area.
        table_id (int | Unset): Returned only when type is table and the input parameter table is True: which
            recognition result in table_result corresponds to the current logical table area.
        form_id (int | Unset): Returned only when type is form and the input parameter table is True: which
            recognition result in form_result corresponds to the current wired form area.
        formula_id (int | Unset): Returned only when type is formula and the input parameter formula is True: which
            recognition result in formula_result corresponds to the current formula area.
    """

    location: list[list[int]] | Unset = UNSET
    type_: str | Unset = UNSET
    text: str | Unset = UNSET
    words_ids: list[int] | Unset = UNSET
    table_id: int | Unset = UNSET
    form_id: int | Unset = UNSET
    formula_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: list[list[int]] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in self.location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        type_ = self.type_

        text = self.text

        words_ids: list[int] | Unset = UNSET
        if not isinstance(self.words_ids, Unset):
            words_ids = self.words_ids

        table_id = self.table_id

        form_id = self.form_id

        formula_id = self.formula_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if words_ids is not UNSET:
            field_dict["words_ids"] = words_ids
        if table_id is not UNSET:
            field_dict["table_id"] = table_id
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        if formula_id is not UNSET:
            field_dict["formula_id"] = formula_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _location = d.pop("location", UNSET)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        type_ = d.pop("type", UNSET)

        text = d.pop("text", UNSET)

        words_ids = cast(list[int], d.pop("words_ids", UNSET))

        table_id = d.pop("table_id", UNSET)

        form_id = d.pop("form_id", UNSET)

        formula_id = d.pop("formula_id", UNSET)

        smart_document_recognizer_layout_block = cls(
            location=location,
            type_=type_,
            text=text,
            words_ids=words_ids,
            table_id=table_id,
            form_id=form_id,
            formula_id=formula_id,
        )

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
