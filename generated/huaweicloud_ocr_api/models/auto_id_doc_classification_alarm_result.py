from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="AutoIdDocClassificationAlarmResult")


@_attrs_define(repr=False)
class AutoIdDocClassificationAlarmResult:
    """Image alarm detection result (seed 002 Table 4-33). Returned only when alarm is set to
    true.

        Attributes:
            detect_blur_result (bool | Unset): Whether the ID document in the image is blurry.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_glare_result (bool | Unset): Whether the ID document in the image is reflective.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_blocking_within_border_result (bool | Unset): Whether the ID document in the image is blocked within its
                borders.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_insufficient_lighting_result (bool | Unset): Whether the ID document image is too dark.
                * true: The ID document image is blurry.
                * false: The ID document image is clear.
            detect_copy_result (bool | Unset): Whether the ID document in the image is a black-and-white copy of the
                original.
                * true: The ID document is a copy.
                * false: The ID document is the original.
            detect_border_integrity_result (bool | Unset): Whether the borders of the ID document in the image are
                incomplete.
                * true: The borders are incomplete.
                * false: The borders are complete.
            detect_reproduce_result (bool | Unset): Whether the ID document is recaptured.
                * true: The ID document is recaptured.
                * false: The ID document is not recaptured.
    """

    detect_blur_result: bool | Unset = UNSET
    detect_glare_result: bool | Unset = UNSET
    detect_blocking_within_border_result: bool | Unset = UNSET
    detect_insufficient_lighting_result: bool | Unset = UNSET
    detect_copy_result: bool | Unset = UNSET
    detect_border_integrity_result: bool | Unset = UNSET
    detect_reproduce_result: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detect_blur_result = self.detect_blur_result

        detect_glare_result = self.detect_glare_result

        detect_blocking_within_border_result = self.detect_blocking_within_border_result

        detect_insufficient_lighting_result = self.detect_insufficient_lighting_result

        detect_copy_result = self.detect_copy_result

        detect_border_integrity_result = self.detect_border_integrity_result

        detect_reproduce_result = self.detect_reproduce_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detect_blur_result is not UNSET:
            field_dict["detect_blur_result"] = detect_blur_result
        if detect_glare_result is not UNSET:
            field_dict["detect_glare_result"] = detect_glare_result
        if detect_blocking_within_border_result is not UNSET:
            field_dict["detect_blocking_within_border_result"] = detect_blocking_within_border_result
        if detect_insufficient_lighting_result is not UNSET:
            field_dict["detect_insufficient_lighting_result"] = detect_insufficient_lighting_result
        if detect_copy_result is not UNSET:
            field_dict["detect_copy_result"] = detect_copy_result
        if detect_border_integrity_result is not UNSET:
            field_dict["detect_border_integrity_result"] = detect_border_integrity_result
        if detect_reproduce_result is not UNSET:
            field_dict["detect_reproduce_result"] = detect_reproduce_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        detect_blur_result = d.pop("detect_blur_result", UNSET)

        detect_glare_result = d.pop("detect_glare_result", UNSET)

        detect_blocking_within_border_result = d.pop("detect_blocking_within_border_result", UNSET)

        detect_insufficient_lighting_result = d.pop("detect_insufficient_lighting_result", UNSET)

        detect_copy_result = d.pop("detect_copy_result", UNSET)

        detect_border_integrity_result = d.pop("detect_border_integrity_result", UNSET)

        detect_reproduce_result = d.pop("detect_reproduce_result", UNSET)

        auto_id_doc_classification_alarm_result = cls(
            detect_blur_result=detect_blur_result,
            detect_glare_result=detect_glare_result,
            detect_blocking_within_border_result=detect_blocking_within_border_result,
            detect_insufficient_lighting_result=detect_insufficient_lighting_result,
            detect_copy_result=detect_copy_result,
            detect_border_integrity_result=detect_border_integrity_result,
            detect_reproduce_result=detect_reproduce_result,
        )

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
