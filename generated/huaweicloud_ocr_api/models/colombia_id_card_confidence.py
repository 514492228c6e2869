from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="ColombiaIdCardConfidence")


@_attrs_define(repr=False)
class ColombiaIdCardConfidence:
    """Confidence of related fields, keyed by the field's name. A higher confidence indicates a
    higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy (seed 002 Table 4-81, "confidence").

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            number (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            name (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            last_name (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    number: float | None = None
    name: float | None = None
    last_name: float | None = None
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        number = UNSET if self.number is None else self.number

        name = UNSET if self.name is None else self.name

        last_name = UNSET if self.last_name is None else self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        elif "number" in self._json_nulls:
            field_dict["number"] = None
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        elif "last_name" in self._json_nulls:
            field_dict["last_name"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        number = pop_optional(d, "number", json_nulls)

        name = pop_optional(d, "name", json_nulls)

        last_name = pop_optional(d, "last_name", json_nulls)

        colombia_id_card_confidence = cls(
            number=None if isinstance(number, Unset) else number,
            name=None if isinstance(name, Unset) else name,
            last_name=None if isinstance(last_name, Unset) else last_name,
        )
        colombia_id_card_confidence._json_nulls = frozenset(json_nulls)

        colombia_id_card_confidence.additional_properties = d
        return colombia_id_card_confidence

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return masked_repr(self)
