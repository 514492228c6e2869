from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="AutoIdDocClassificationAlarmConfidence")


@_attrs_define(repr=False)
class AutoIdDocClassificationAlarmConfidence:
    """Score of the image alarm detection result (seed 002 Table 4-34). Returned only when
    alarm is set to true. The value range of these fields is [0, 99] (Table 4-32).

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            blur_score (int | None): Alarm score for whether the ID document image is blurry. The higher the score, the
                more likely it is that the ID document image is blurry.
            glare_score (int | None): Alarm score for whether the ID document image is reflective. The higher the score,
                the more likely it is that the ID document image is reflective.
            blocking_within_border_score (int | None): Alarm score for whether the ID document is blocked within its
                borders. The higher
                the score, the more likely it is that the ID document is blocked within its borders.
            insufficient_lighting_score (int | None): Alarm score for whether the ID document image is too dark. The higher
                the score, the
                more likely it is that the ID document image is too dark.
            copy_score (int | None): Alarm score for whether the ID document in the image is a copy of the original. The
                higher the score, the more likely it is that the ID document is a copy.
            border_integrity_score (int | None): Alarm score for whether ID document borders are incomplete. The higher the
                score, the
                more likely it is that the ID document borders are incomplete.
            reproduce_score (int | None): Alarm score for whether the ID document in the image is recaptured. The higher the
                score, the more likely it is that the ID document is recaptured.
    """

    blur_score: int | None = None
    glare_score: int | None = None
    blocking_within_border_score: int | None = None
    insufficient_lighting_score: int | None = None
    copy_score: int | None = None
    border_integrity_score: int | None = None
    reproduce_score: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        blur_score = UNSET if self.blur_score is None else self.blur_score

        glare_score = UNSET if self.glare_score is None else self.glare_score

        blocking_within_border_score = (
            UNSET if self.blocking_within_border_score is None else self.blocking_within_border_score
        )

        insufficient_lighting_score = (
            UNSET if self.insufficient_lighting_score is None else self.insufficient_lighting_score
        )

        copy_score = UNSET if self.copy_score is None else self.copy_score

        border_integrity_score = UNSET if self.border_integrity_score is None else self.border_integrity_score

        reproduce_score = UNSET if self.reproduce_score is None else self.reproduce_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blur_score is not UNSET:
            field_dict["blur_score"] = blur_score
        elif "blur_score" in self._json_nulls:
            field_dict["blur_score"] = None
        if glare_score is not UNSET:
            field_dict["glare_score"] = glare_score
        elif "glare_score" in self._json_nulls:
            field_dict["glare_score"] = None
        if blocking_within_border_score is not UNSET:
            field_dict["blocking_within_border_score"] = blocking_within_border_score
        elif "blocking_within_border_score" in self._json_nulls:
            field_dict["blocking_within_border_score"] = None
        if insufficient_lighting_score is not UNSET:
            field_dict["insufficient_lighting_score"] = insufficient_lighting_score
        elif "insufficient_lighting_score" in self._json_nulls:
            field_dict["insufficient_lighting_score"] = None
        if copy_score is not UNSET:
            field_dict["copy_score"] = copy_score
        elif "copy_score" in self._json_nulls:
            field_dict["copy_score"] = None
        if border_integrity_score is not UNSET:
            field_dict["border_integrity_score"] = border_integrity_score
        elif "border_integrity_score" in self._json_nulls:
            field_dict["border_integrity_score"] = None
        if reproduce_score is not UNSET:
            field_dict["reproduce_score"] = reproduce_score
        elif "reproduce_score" in self._json_nulls:
            field_dict["reproduce_score"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        blur_score = pop_optional(d, "blur_score", json_nulls)

        glare_score = pop_optional(d, "glare_score", json_nulls)

        blocking_within_border_score = pop_optional(d, "blocking_within_border_score", json_nulls)

        insufficient_lighting_score = pop_optional(d, "insufficient_lighting_score", json_nulls)

        copy_score = pop_optional(d, "copy_score", json_nulls)

        border_integrity_score = pop_optional(d, "border_integrity_score", json_nulls)

        reproduce_score = pop_optional(d, "reproduce_score", json_nulls)

        auto_id_doc_classification_alarm_confidence = cls(
            blur_score=None if isinstance(blur_score, Unset) else blur_score,
            glare_score=None if isinstance(glare_score, Unset) else glare_score,
            blocking_within_border_score=None
            if isinstance(blocking_within_border_score, Unset)
            else blocking_within_border_score,
            insufficient_lighting_score=None
            if isinstance(insufficient_lighting_score, Unset)
            else insufficient_lighting_score,
            copy_score=None if isinstance(copy_score, Unset) else copy_score,
            border_integrity_score=None if isinstance(border_integrity_score, Unset) else border_integrity_score,
            reproduce_score=None if isinstance(reproduce_score, Unset) else reproduce_score,
        )
        auto_id_doc_classification_alarm_confidence._json_nulls = frozenset(json_nulls)

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
