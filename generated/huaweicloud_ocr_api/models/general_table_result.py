from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.general_table_words_region_list import GeneralTableWordsRegionList


T = TypeVar("T", bound="GeneralTableResult")


@_attrs_define(repr=False)
class GeneralTableResult:
    """Calling result of a successful API call (seed 002 Table 4-40).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        words_region_count (int | None): Number of text areas
        words_region_list (list[GeneralTableWordsRegionList] | None): List of recognition results in text areas. The
            output sequence is from left to right
            and from top to bottom.
        excel (str | None): The table image is converted into the Base64 code of the Excel file. The text and
            table in the image are written into the Excel file by position. Decode the returned
            code using base64.b64decode and save it as an .xlsx file.
    """

    words_region_count: int | None = None
    words_region_list: list[GeneralTableWordsRegionList] | None = None
    excel: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        words_region_count = UNSET if self.words_region_count is None else self.words_region_count

        _words_region_list_or_unset = UNSET if self.words_region_list is None else self.words_region_list
        words_region_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_words_region_list_or_unset, Unset):
            words_region_list = []
            for words_region_list_item_data in _words_region_list_or_unset:
                words_region_list_item = words_region_list_item_data.to_dict()
                words_region_list.append(words_region_list_item)

        excel = UNSET if self.excel is None else self.excel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words_region_count is not UNSET:
            field_dict["words_region_count"] = words_region_count
        elif "words_region_count" in self._json_nulls:
            field_dict["words_region_count"] = None
        if words_region_list is not UNSET:
            field_dict["words_region_list"] = words_region_list
        elif "words_region_list" in self._json_nulls:
            field_dict["words_region_list"] = None
        if excel is not UNSET:
            field_dict["excel"] = excel
        elif "excel" in self._json_nulls:
            field_dict["excel"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_table_words_region_list import GeneralTableWordsRegionList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        words_region_count = pop_optional(d, "words_region_count", json_nulls)

        _words_region_list = pop_optional(d, "words_region_list", json_nulls)
        words_region_list: list[GeneralTableWordsRegionList] | Unset = UNSET
        if _words_region_list is not UNSET:
            words_region_list = []
            for words_region_list_item_data in _words_region_list:
                words_region_list_item = GeneralTableWordsRegionList.from_dict(words_region_list_item_data)

                words_region_list.append(words_region_list_item)

        excel = pop_optional(d, "excel", json_nulls)

        general_table_result = cls(
            words_region_count=None if isinstance(words_region_count, Unset) else words_region_count,
            words_region_list=None if isinstance(words_region_list, Unset) else words_region_list,
            excel=None if isinstance(excel, Unset) else excel,
        )
        general_table_result._json_nulls = frozenset(json_nulls)

        general_table_result.additional_properties = d
        return general_table_result

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
