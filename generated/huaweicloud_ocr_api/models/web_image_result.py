from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.web_image_extracted_data import WebImageExtractedData
    from ..models.web_image_words_block_list import WebImageWordsBlockList


T = TypeVar("T", bound="WebImageResult")


@_attrs_define(repr=False)
class WebImageResult:
    """Calling result of a successful API call (seed 002 Table 4-58).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        words_block_count (int | None): This parameter is not included when the API fails to be called.
        words_block_list (list[WebImageWordsBlockList] | None): List of text blocks to be recognized. The output
            sequence is from left to right and
            from top to bottom.
        extracted_data (WebImageExtractedData | None): Structured JSON results extracted (seed 002 Table 4-60). The keys
            are the values of
            extract_type in the request; currently only the contact (contact_info) and the image
            size (image_size) can be extracted. If extract_type is left blank or missing, no
            information is extracted.
    """

    words_block_count: int | None = None
    words_block_list: list[WebImageWordsBlockList] | None = None
    extracted_data: WebImageExtractedData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        words_block_count = UNSET if self.words_block_count is None else self.words_block_count

        _words_block_list_or_unset = UNSET if self.words_block_list is None else self.words_block_list
        words_block_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_words_block_list_or_unset, Unset):
            words_block_list = []
            for words_block_list_item_data in _words_block_list_or_unset:
                words_block_list_item = words_block_list_item_data.to_dict()
                words_block_list.append(words_block_list_item)

        _extracted_data_or_unset = UNSET if self.extracted_data is None else self.extracted_data
        extracted_data: dict[str, Any] | Unset = UNSET
        if not isinstance(_extracted_data_or_unset, Unset):
            extracted_data = _extracted_data_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if words_block_count is not UNSET:
            field_dict["words_block_count"] = words_block_count
        elif "words_block_count" in self._json_nulls:
            field_dict["words_block_count"] = None
        if words_block_list is not UNSET:
            field_dict["words_block_list"] = words_block_list
        elif "words_block_list" in self._json_nulls:
            field_dict["words_block_list"] = None
        if extracted_data is not UNSET:
            field_dict["extracted_data"] = extracted_data
        elif "extracted_data" in self._json_nulls:
            field_dict["extracted_data"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_image_extracted_data import WebImageExtractedData  # noqa: PLC0415
        from ..models.web_image_words_block_list import WebImageWordsBlockList  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        words_block_count = pop_optional(d, "words_block_count", json_nulls)

        _words_block_list = pop_optional(d, "words_block_list", json_nulls)
        words_block_list: list[WebImageWordsBlockList] | Unset = UNSET
        if _words_block_list is not UNSET:
            words_block_list = []
            for words_block_list_item_data in _words_block_list:
                words_block_list_item = WebImageWordsBlockList.from_dict(words_block_list_item_data)

                words_block_list.append(words_block_list_item)

        _extracted_data = pop_optional(d, "extracted_data", json_nulls)
        extracted_data: WebImageExtractedData | Unset
        if isinstance(_extracted_data, Unset):
            extracted_data = UNSET
        else:
            extracted_data = WebImageExtractedData.from_dict(_extracted_data)

        web_image_result = cls(
            words_block_count=None if isinstance(words_block_count, Unset) else words_block_count,
            words_block_list=None if isinstance(words_block_list, Unset) else words_block_list,
            extracted_data=None if isinstance(extracted_data, Unset) else extracted_data,
        )
        web_image_result._json_nulls = frozenset(json_nulls)

        web_image_result.additional_properties = d
        return web_image_result

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
