from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.auto_id_doc_classification_alarm_confidence import AutoIdDocClassificationAlarmConfidence
    from ..models.auto_id_doc_classification_alarm_result import AutoIdDocClassificationAlarmResult


T = TypeVar("T", bound="AutoIdDocClassificationResult")


@_attrs_define(repr=False)
class AutoIdDocClassificationResult:
    """Calling result of a successful API call (seed 002 Table 4-32). This parameter is not
    included when the call fails. `location` is the position of the ID document and
    `confidence` the confidence of the ID document's position.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            type (str | None): Document type.
                * peru_id_card: Peruvian ID card
                * cambodian_id_card: Cambodian ID card
                * hongkong_id_card: Hong Kong (China) ID card
                * macao_id_card: Macao (China) ID card
                * myanmar_driver_license: Myanmar driver's license
                * myanmar_id_card: Myanmar ID card
                * passport: passport
                * thailand_id_card: Thailand ID card
                * id_card: Chinese ID card
            location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
                where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            confidence (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            alarm_result (AutoIdDocClassificationAlarmResult | None): Image alarm detection result (seed 002 Table 4-33).
                Returned only when alarm is set to
                true.
            alarm_confidence (AutoIdDocClassificationAlarmConfidence | None): Score of the image alarm detection result
                (seed 002 Table 4-34). Returned only when
                alarm is set to true. The value range of these fields is [0, 99] (Table 4-32).
    """

    type: str | None = None
    location: list[list[int]] | None = None
    confidence: float | None = None
    alarm_result: AutoIdDocClassificationAlarmResult | None = None
    alarm_confidence: AutoIdDocClassificationAlarmConfidence | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        type_ = UNSET if self.type is None else self.type

        _location_or_unset = UNSET if self.location is None else self.location
        location: list[list[int]] | Unset = UNSET
        if not isinstance(_location_or_unset, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in _location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        confidence = UNSET if self.confidence is None else self.confidence

        _alarm_result_or_unset = UNSET if self.alarm_result is None else self.alarm_result
        alarm_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_alarm_result_or_unset, Unset):
            alarm_result = _alarm_result_or_unset.to_dict()

        _alarm_confidence_or_unset = UNSET if self.alarm_confidence is None else self.alarm_confidence
        alarm_confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_alarm_confidence_or_unset, Unset):
            alarm_confidence = _alarm_confidence_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if location is not UNSET:
            field_dict["location"] = location
        elif "location" in self._json_nulls:
            field_dict["location"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None
        if alarm_result is not UNSET:
            field_dict["alarm_result"] = alarm_result
        elif "alarm_result" in self._json_nulls:
            field_dict["alarm_result"] = None
        if alarm_confidence is not UNSET:
            field_dict["alarm_confidence"] = alarm_confidence
        elif "alarm_confidence" in self._json_nulls:
            field_dict["alarm_confidence"] = None

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_id_doc_classification_alarm_confidence import AutoIdDocClassificationAlarmConfidence  # noqa: PLC0415
        from ..models.auto_id_doc_classification_alarm_result import AutoIdDocClassificationAlarmResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        type_ = pop_optional(d, "type", json_nulls)

        _location = pop_optional(d, "location", json_nulls)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        confidence = pop_optional(d, "confidence", json_nulls)

        _alarm_result = pop_optional(d, "alarm_result", json_nulls)
        alarm_result: AutoIdDocClassificationAlarmResult | Unset
        if isinstance(_alarm_result, Unset):
            alarm_result = UNSET
        else:
            alarm_result = AutoIdDocClassificationAlarmResult.from_dict(_alarm_result)

        _alarm_confidence = pop_optional(d, "alarm_confidence", json_nulls)
        alarm_confidence: AutoIdDocClassificationAlarmConfidence | Unset
        if isinstance(_alarm_confidence, Unset):
            alarm_confidence = UNSET
        else:
            alarm_confidence = AutoIdDocClassificationAlarmConfidence.from_dict(_alarm_confidence)

        auto_id_doc_classification_result = cls(
            type=None if isinstance(type_, Unset) else type_,
            location=None if isinstance(location, Unset) else location,
            confidence=None if isinstance(confidence, Unset) else confidence,
            alarm_result=None if isinstance(alarm_result, Unset) else alarm_result,
            alarm_confidence=None if isinstance(alarm_confidence, Unset) else alarm_confidence,
        )
        auto_id_doc_classification_result._json_nulls = frozenset(json_nulls)

        auto_id_doc_classification_result.additional_properties = d
        return auto_id_doc_classification_result

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
