from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_table_words_block import SmartDocumentRecognizerTableWordsBlock


T = TypeVar("T", bound="SmartDocumentRecognizerTableBlock")


@_attrs_define(repr=False)
class SmartDocumentRecognizerTableBlock:
    """One table or wired form (seed 002 Table 4-16).

    Attributes:
        location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
            where the
            origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
            vertical. For PDF input the coordinates are for reference only and indicate the relative
            positions between fields.
        words_block_count (int | Unset): Number of cells in a table
        words_block_list (list[SmartDocumentRecognizerTableWordsBlock] | Unset): List of cell recognition results
        excel (str | Unset): Base64 encoded string of the table recognition results. Returned only when
            return_excel is set to True. Decode it using base64.b64decode and save it as an
            .xlsx file.
    """

    location: list[list[int]] | Unset = UNSET
    words_block_count: int | Unset = UNSET
    words_block_list: list[SmartDocumentRecognizerTableWordsBlock] | Unset = UNSET
    excel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: list[list[int]] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in self.location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        words_block_count = self.words_block_count

        words_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words_block_list, Unset):
            words_block_list = []
            for words_block_list_item_data in self.words_block_list:
                words_block_list_item = words_block_list_item_data.to_dict()
                words_block_list.append(words_block_list_item)

        excel = self.excel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list
        if excel is not UNSET:
            field_dict["excel"] = excel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_table_words_block import SmartDocumentRecognizerTableWordsBlock  # noqa: PLC0415

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

        words_block_count = d.pop("words_block_count", UNSET)

        _words_block_list = d.pop("words_block_list", UNSET)
        words_block_list: list[SmartDocumentRecognizerTableWordsBlock] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = SmartDocumentRecognizerTableWordsBlock.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        excel = d.pop("excel", UNSET)

        smart_document_recognizer_table_block = cls(
            location=location,
            words_block_count=words_block_count,
            words_block_list=words_block_list,
            excel=excel,
        )

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
