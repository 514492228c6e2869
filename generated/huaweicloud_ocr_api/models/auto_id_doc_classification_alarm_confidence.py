from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="AutoIdDocClassificationAlarmConfidence")


@_attrs_define(repr=False)
class AutoIdDocClassificationAlarmConfidence:
    """Score of the image alarm detection result (seed 002 Table 4-34). Returned only when
    alarm is set to true. The value range of these fields is [0, 99] (Table 4-32).

        Attributes:
            blur_score (int | Unset): Alarm score for whether the ID document image is blurry. The higher the score, the
                more likely it is that the ID document image is blurry.
            glare_score (int | Unset): Alarm score for whether the ID document image is reflective. The higher the score,
                the more likely it is that the ID document image is reflective.
            blocking_within_border_score (int | Unset): Alarm score for whether the ID document is blocked within its
                borders. The higher
                the score, the more likely it is that the ID document is blocked within its borders.
            insufficient_lighting_score (int | Unset): Alarm score for whether the ID document image is too dark. The higher
                the score, the
                more likely it is that the ID document image is too dark.
            copy_score (int | Unset): Alarm score for whether the ID document in the image is a copy of the original. The
                higher the score, the more likely it is that the ID document is a copy.
            border_integrity_score (int | Unset): Alarm score for whether ID document borders are incomplete. The higher the
                score, the
                more likely it is that the ID document borders are incomplete.
            reproduce_score (int | Unset): Alarm score for whether the ID document in the image is recaptured. The higher
                the
                score, the more likely it is that the ID document is recaptured.
    """

    blur_score: int | Unset = UNSET
    glare_score: int | Unset = UNSET
    blocking_within_border_score: int | Unset = UNSET
    insufficient_lighting_score: int | Unset = UNSET
    copy_score: int | Unset = UNSET
    border_integrity_score: int | Unset = UNSET
    reproduce_score: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blur_score = self.blur_score

        glare_score = self.glare_score

        blocking_within_border_score = self.blocking_within_border_score

        insufficient_lighting_score = self.insufficient_lighting_score

        copy_score = self.copy_score

        border_integrity_score = self.border_integrity_score

        reproduce_score = self.reproduce_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blur_score is not UNSET:
            field_dict["blur_score"] = blur_score
        if glare_score is not UNSET:
            field_dict["glare_score"] = glare_score
        if blocking_within_border_score is not UNSET:
            field_dict["blocking_within_border_score"] = blocking_within_border_score
        if insufficient_lighting_score is not UNSET:
            field_dict["insufficient_lighting_score"] = insufficient_lighting_score
        if copy_score is not UNSET:
            field_dict["copy_score"] = copy_score
        if border_integrity_score is not UNSET:
            field_dict["border_integrity_score"] = border_integrity_score
        if reproduce_score is not UNSET:
            field_dict["reproduce_score"] = reproduce_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        blur_score = d.pop("blur_score", UNSET)

        glare_score = d.pop("glare_score", UNSET)

        blocking_within_border_score = d.pop("blocking_within_border_score", UNSET)

        insufficient_lighting_score = d.pop("insufficient_lighting_score", UNSET)

        copy_score = d.pop("copy_score", UNSET)

        border_integrity_score = d.pop("border_integrity_score", UNSET)

        reproduce_score = d.pop("reproduce_score", UNSET)

        auto_id_doc_classification_alarm_confidence = cls(
            blur_score=blur_score,
            glare_score=glare_score,
            blocking_within_border_score=blocking_within_border_score,
            insufficient_lighting_score=insufficient_lighting_score,
            copy_score=copy_score,
            border_integrity_score=border_integrity_score,
            reproduce_score=reproduce_score,
        )

        auto_id_doc_classification_alarm_confidence.additional_properties = d
        return auto_id_doc_classification_alarm_confidence

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
