from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_table_words_block import SmartDocumentRecognizerTableWordsBlock


T = TypeVar("T", bound="SmartDocumentRecognizerTableBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerTableBlock:
    """One table or wired form (seed 002 Table 4-16).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        words_block_count (int | None): Number of cells in a table
        words_block_list (list[SmartDocumentRecognizerTableWordsBlock] | None): List of cell recognition results
        excel (str | None): Base64 encoded string of the table recognition results. Returned only when
            return_excel is set to True. Decode it using base64.b64decode and save it as an
            .xlsx file.
    """

    location: list[list[int]] | None = None
    words_block_count: int | None = None
    words_block_list: list[SmartDocumentRecognizerTableWordsBlock] | None = None
    excel: str | None = None
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

        words_block_count = UNSET if self.words_block_count is None else self.words_block_count

        _words_block_list_or_unset = UNSET if self.words_block_list is None else self.words_block_list
        words_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_words_block_list_or_unset, Unset):
            words_block_list = []
            for words_block_list_item_data in _words_block_list_or_unset:
                words_block_list_item = words_block_list_item_data.to_dict()
                words_block_list.append(words_block_list_item)

        excel = UNSET if self.excel is None else self.excel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        elif "location" in self._json_nulls:
            field_dict["location"] = None
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        elif "words_block_count" in self._json_nulls:
            field_dict["words_block_count"] = None
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list
        elif "words_block_list" in self._json_nulls:
            field_dict["words_block_list"] = None
        if excel is not UNSET:
            field_dict["excel"] = excel
        elif "excel" in self._json_nulls:
            field_dict["excel"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_table_words_block import SmartDocumentRecognizerTableWordsBlock  # noqa: PLC0415

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

        words_block_count = pop_optional(d, "words_block_count", json_nulls)

        _words_block_list = pop_optional(d, "words_block_list", json_nulls)
        words_block_list: list[SmartDocumentRecognizerTableWordsBlock] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = SmartDocumentRecognizerTableWordsBlock.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        excel = pop_optional(d, "excel", json_nulls)

        smart_document_recognizer_table_block = cls(
            location=None if isinstance(location, Unset) else location,
            words_block_count=None if isinstance(words_block_count, Unset) else words_block_count,
            words_block_list=None if isinstance(words_block_list, Unset) else words_block_list,
            excel=None if isinstance(excel, Unset) else excel,
        )
        smart_document_recognizer_table_block._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_table_block.additional_properties = d
        return smart_document_recognizer_table_block

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
