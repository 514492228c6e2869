from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked_repr

T = TypeVar("T", bound="IdCardBackResultTextLocation")


@_attrs_define(repr=False)
class IdCardBackResultTextLocation:
    """Where each recognized field is in the image, keyed by the field's name in this
    result (issue, valid_from, valid_to): the upper-left, upper-right, lower-right and lower-left corners
    of its text box. Only when return_text_location is true.

    """

    additional_properties: dict[str, list[list[int]]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for componentsschemas_quadrilateral_item_data in prop:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                field_dict[prop_name].append(componentsschemas_quadrilateral_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id_card_back_result_text_location = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for componentsschemas_quadrilateral_item_data in _additional_property:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                additional_property.append(componentsschemas_quadrilateral_item)

            additional_properties[prop_name] = additional_property

        id_card_back_result_text_location.additional_properties = additional_properties
        return id_card_back_result_text_location

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[list[int]]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[list[int]]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return masked_repr(self)
