from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="WebImageImageSize")


@_attrs_define(repr=False)
class WebImageImageSize:
    """Width and height of an image (seed 002 Table 4-62). If extract_type does not contain
    image_size, it is not included in the response.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            height (int | None): Image height, which is returned when image_size is specified
            width (int | None): Image width, which is returned when image_size is specified
    """

    height: int | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        height = UNSET if self.height is None else self.height

        width = UNSET if self.width is None else self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        elif "height" in self._json_nulls:
            field_dict["height"] = None
        if width is not UNSET:
            field_dict["width"] = width
        elif "width" in self._json_nulls:
            field_dict["width"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        height = pop_optional(d, "height", json_nulls)

        width = pop_optional(d, "width", json_nulls)

        web_image_image_size = cls(
            height=None if isinstance(height, Unset) else height,
            width=None if isinstance(width, Unset) else width,
        )
        web_image_image_size._json_nulls = frozenset(json_nulls)

        web_image_image_size.additional_properties = d
        return web_image_image_size

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
