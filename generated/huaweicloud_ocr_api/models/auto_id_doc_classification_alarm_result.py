from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="AutoIdDocClassificationAlarmResult")


@_attrs_define(repr=False)
class AutoIdDocClassificationAlarmResult:
    """Image alarm detection result (seed 002 Table 4-33). Returned only when alarm is set to
    true.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            detect_blur_result (bool | None): Whether the ID document in the image is blurry.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_glare_result (bool | None): Whether the ID document in the image is reflective.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_blocking_within_border_result (bool | None): Whether the ID document in the image is blocked within its
                borders.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_insufficient_lighting_result (bool | None): Whether the ID document image is too dark.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_copy_result (bool | None): Whether the ID document in the image is a black-and-white copy of the
                original.
                * true: The ID document is a copy.
                * false: The ID document is the original.
            detect_border_integrity_result (bool | None): Whether the borders of the ID document in the image are
                incomplete.
                * true: The borders are incomplete.
                * false: The borders are complete.
            detect_reproduce_result (bool | None): Whether the ID document is recaptured.
                * true: The ID document is recaptured.
                * false: The ID document is not recaptured.
    """

    detect_blur_result: bool | None = None
    detect_glare_result: bool | None = None
    detect_blocking_within_border_result: bool | None = None
    detect_insufficient_lighting_result: bool | None = None
    detect_copy_result: bool | None = None
    detect_border_integrity_result: bool | None = None
    detect_reproduce_result: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        detect_blur_result = UNSET if self.detect_blur_result is None else self.detect_blur_result

        detect_glare_result = UNSET if self.detect_glare_result is None else self.detect_glare_result

        detect_blocking_within_border_result = (
            UNSET if self.detect_blocking_within_border_result is None else self.detect_blocking_within_border_result
        )

        detect_insufficient_lighting_result = (
            UNSET if self.detect_insufficient_lighting_result is None else self.detect_insufficient_lighting_result
        )

        detect_copy_result = UNSET if self.detect_copy_result is None else self.detect_copy_result

        detect_border_integrity_result = (
            UNSET if self.detect_border_integrity_result is None else self.detect_border_integrity_result
        )

        detect_reproduce_result = UNSET if self.detect_reproduce_result is None else self.detect_reproduce_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detect_blur_result is not UNSET:
            field_dict["detect_blur_result"] = detect_blur_result
        elif "detect_blur_result" in self._json_nulls:
            field_dict["detect_blur_result"] = None
        if detect_glare_result is not UNSET:
            field_dict["detect_glare_result"] = detect_glare_result
        elif "detect_glare_result" in self._json_nulls:
            field_dict["detect_glare_result"] = None
        if detect_blocking_within_border_result is not UNSET:
            field_dict["detect_blocking_within_border_result"] = detect_blocking_within_border_result
        elif "detect_blocking_within_border_result" in self._json_nulls:
            field_dict["detect_blocking_within_border_result"] = None
        if detect_insufficient_lighting_result is not UNSET:
            field_dict["detect_insufficient_lighting_result"] = detect_insufficient_lighting_result
        elif "detect_insufficient_lighting_result" in self._json_nulls:
            field_dict["detect_insufficient_lighting_result"] = None
        if detect_copy_result is not UNSET:
            field_dict["detect_copy_result"] = detect_copy_result
        elif "detect_copy_result" in self._json_nulls:
            field_dict["detect_copy_result"] = None
        if detect_border_integrity_result is not UNSET:
            field_dict["detect_border_integrity_result"] = detect_border_integrity_result
        elif "detect_border_integrity_result" in self._json_nulls:
            field_dict["detect_border_integrity_result"] = None
        if detect_reproduce_result is not UNSET:
            field_dict["detect_reproduce_result"] = detect_reproduce_result
        elif "detect_reproduce_result" in self._json_nulls:
            field_dict["detect_reproduce_result"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        detect_blur_result = pop_optional(d, "detect_blur_result", json_nulls)

        detect_glare_result = pop_optional(d, "detect_glare_result", json_nulls)

        detect_blocking_within_border_result = pop_optional(d, "detect_blocking_within_border_result", json_nulls)

        detect_insufficient_lighting_result = pop_optional(d, "detect_insufficient_lighting_result", json_nulls)

        detect_copy_result = pop_optional(d, "detect_copy_result", json_nulls)

        detect_border_integrity_result = pop_optional(d, "detect_border_integrity_result", json_nulls)

        detect_reproduce_result = pop_optional(d, "detect_reproduce_result", json_nulls)

        auto_id_doc_classification_alarm_result = cls(
            detect_blur_result=None if isinstance(detect_blur_result, Unset) else detect_blur_result,
            detect_glare_result=None if isinstance(detect_glare_result, Unset) else detect_glare_result,
            detect_blocking_within_border_result=None
            if isinstance(detect_blocking_within_border_result, Unset)
            else detect_blocking_within_border_result,
            detect_insufficient_lighting_result=None
            if isinstance(detect_insufficient_lighting_result, Unset)
            else detect_insufficient_lighting_result,
            detect_copy_result=None if isinstance(detect_copy_result, Unset) else detect_copy_result,
            detect_border_integrity_result=None
            if isinstance(detect_border_integrity_result, Unset)
            else detect_border_integrity_result,
            detect_reproduce_result=None if isinstance(detect_reproduce_result, Unset) else detect_reproduce_result,
        )
        auto_id_doc_classification_alarm_result._json_nulls = frozenset(json_nulls)

        auto_id_doc_classification_alarm_result.additional_properties = d
        return auto_id_doc_classification_alarm_result

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
