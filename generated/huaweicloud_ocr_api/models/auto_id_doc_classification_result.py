from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.auto_id_doc_classification_alarm_confidence import AutoIdDocClassificationAlarmConfidence
    from ..models.auto_id_doc_classification_alarm_result import AutoIdDocClassificationAlarmResult


T = TypeVar("T", bound="AutoIdDocClassificationResult")


@_attrs_define(repr=False)
class AutoIdDocClassificationResult:
    """Calling result of a successful API call (seed 002 Table 4-32). This parameter is not
    included when the call fails. `location` is the position of the ID document and
    `confidence` the confidence of the ID document's position.

        Attributes:
            type_ (str | Unset): Document type.
                * peru_id_card: Peruvian ID card
                * cambodian_id_card: Cambodian ID card
                * hongkong_id_card: Hong Kong (China) ID card
                * macao_id_card: Macao (China) ID card
                * myanmar_driver_license: Myanmar driver's license
                * myanmar_id_card: Myanmar ID card
                * passport: passport
                * thailand_id_card: Thailand ID card
                * id_card: Chinese ID card
            location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four vertexes,
                where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            confidence (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            alarm_result (AutoIdDocClassificationAlarmResult | Unset): Image alarm detection result (seed 002 Table 4-33).
                Returned only when alarm is set to
                true.
            alarm_confidence (AutoIdDocClassificationAlarmConfidence | Unset): Score of the image alarm detection result
                (seed 002 Table 4-34). Returned only when
                alarm is set to true. The value range of these fields is [0, 99] (Table 4-32).
    """

    type_: str | Unset = UNSET
    location: list[list[int]] | Unset = UNSET
    confidence: float | Unset = UNSET
    alarm_result: AutoIdDocClassificationAlarmResult | Unset = UNSET
    alarm_confidence: AutoIdDocClassificationAlarmConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        location: list[list[int]] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = []
            for componentsschemas_quadrilateral_item_data in self.location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                location.append(componentsschemas_quadrilateral_item)

        confidence = self.confidence

        alarm_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alarm_result, Unset):
            alarm_result = self.alarm_result.to_dict()

        alarm_confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alarm_confidence, Unset):
            alarm_confidence = self.alarm_confidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if location is not UNSET:
            field_dict["location"] = location
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if alarm_result is not UNSET:
            field_dict["alarm_result"] = alarm_result
        if alarm_confidence is not UNSET:
            field_dict["alarm_confidence"] = alarm_confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_id_doc_classification_alarm_confidence import AutoIdDocClassificationAlarmConfidence  # noqa: PLC0415
        from ..models.auto_id_doc_classification_alarm_result import AutoIdDocClassificationAlarmResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _location = d.pop("location", UNSET)
        location: list[list[int]] | Unset = UNSET
        if _location is not UNSET:
            location = []
            for componentsschemas_quadrilateral_item_data in _location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                location.append(componentsschemas_quadrilateral_item)

        confidence = d.pop("confidence", UNSET)

        _alarm_result = d.pop("alarm_result", UNSET)
        alarm_result: AutoIdDocClassificationAlarmResult | Unset
        if isinstance(_alarm_result, Unset):
            alarm_result = UNSET
        else:
            alarm_result = AutoIdDocClassificationAlarmResult.from_dict(_alarm_result)

        _alarm_confidence = d.pop("alarm_confidence", UNSET)
        alarm_confidence: AutoIdDocClassificationAlarmConfidence | Unset
        if isinstance(_alarm_confidence, Unset):
            alarm_confidence = UNSET
        else:
            alarm_confidence = AutoIdDocClassificationAlarmConfidence.from_dict(_alarm_confidence)

        auto_id_doc_classification_result = cls(
            type_=type_,
            location=location,
            confidence=confidence,
            alarm_result=alarm_result,
            alarm_confidence=alarm_confidence,
        )

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
