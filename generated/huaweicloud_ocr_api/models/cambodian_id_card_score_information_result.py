from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="CambodianIdCardScoreInformationResult")


@_attrs_define(repr=False)
class CambodianIdCardScoreInformationResult:
    """Alarm scores (seed 002 Table 4-88 CambodianIdCardScoreInformationResult; seed 003),
    including idcard_type_score, border_integrity_score, blocking_within_border_score,
    blur_score, glare_score, tampering_score, and reproduce_score. The value range of these
    parameters is [0, 99].

        Attributes:
            idcard_type_score (int | Unset): Alarm score, [0, 99]. If the value is greater than 50, the ID card is a copy,
                while a
                value of 50 or less indicates it is the original. The closer the value is to 99, the
                more likely it is a copy, and the closer it is to 0, the more likely it is the
                original. This parameter is returned only when return_idcard_type is set to true.
            border_integrity_score (int | Unset): Alarm score, [0, 99]. If the value is greater than 50, the borders are
                incomplete,
                while a value of 50 or less indicates the borders are complete. The closer the value
                is to 99, the more likely the borders are incomplete, and the closer it is to 0, the
                more likely the borders are complete. This parameter is returned only when
                detect_border_integrity is set to true.
            blocking_within_border_score (int | Unset): Alarm score, [0, 99]. If the value is greater than 50, the ID card
                is blocked within
                its borders, while a value of 50 or less indicates the ID card is not blocked within
                its borders. The closer the value is to 99, the more likely the ID card is blocked
                within its borders, and the closer it is to 0, the more likely it is not. This
                parameter is returned only when detect_blocking_within_border is set to true.
            blur_score (int | Unset): Alarm score, [0, 99]. If the value is greater than 50, the ID card is blurry, while a
                value of 50 or less indicates the ID card is clear. The closer the value is to 99,
                the more likely the ID card is blurry, and the closer it is to 0, the more likely the
                ID card is clear. This parameter is returned only when detect_blur is set to true.
            glare_score (int | Unset): Alarm score, [0, 99]. If the value is greater than 50, the ID card is glaring, while
                a value of 50 or less indicates the ID card is not glaring. The closer the value is
                to 99, the more likely the ID card is glaring, and the closer it is to 0, the more
                likely the ID card is not glaring. This parameter is returned only when detect_glare
                is set to true.
            tampering_score (int | Unset): Alarm score, [0, 99]. If the value is greater than 50, the portrait on the ID
                card is
                tampered with, while a value of 50 or less indicates the portrait is not tampered
                with. The closer the value is to 99, the more likely the portrait is tampered with,
                and the closer it is to 0, the more likely the ID card is not tampered with. This
                parameter is returned only when detect_tampering is set to true.
            reproduce_score (int | Unset): Alarm score, [0, 99]. If the value is greater than 50, the ID card image is
                recaptured, while a value of 50 or less indicates the ID card image is not
                recaptured. The closer the value is to 99, the more likely the ID card image is
                recaptured, and the closer it is to 0, the more likely it is not. This parameter is
                returned only when detect_reproduce is set to true.
    """

    idcard_type_score: int | Unset = UNSET
    border_integrity_score: int | Unset = UNSET
    blocking_within_border_score: int | Unset = UNSET
    blur_score: int | Unset = UNSET
    glare_score: int | Unset = UNSET
    tampering_score: int | Unset = UNSET
    reproduce_score: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idcard_type_score = self.idcard_type_score

        border_integrity_score = self.border_integrity_score

        blocking_within_border_score = self.blocking_within_border_score

        blur_score = self.blur_score

        glare_score = self.glare_score

        tampering_score = self.tampering_score

        reproduce_score = self.reproduce_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idcard_type_score is not UNSET:
            field_dict["idcard_type_score"] = idcard_type_score
        if border_integrity_score is not UNSET:
            field_dict["border_integrity_score"] = border_integrity_score
        if blocking_within_border_score is not UNSET:
            field_dict["blocking_within_border_score"] = blocking_within_border_score
        if blur_score is not UNSET:
            field_dict["blur_score"] = blur_score
        if glare_score is not UNSET:
            field_dict["glare_score"] = glare_score
        if tampering_score is not UNSET:
            field_dict["tampering_score"] = tampering_score
        if reproduce_score is not UNSET:
            field_dict["reproduce_score"] = reproduce_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        idcard_type_score = d.pop("idcard_type_score", UNSET)

        border_integrity_score = d.pop("border_integrity_score", UNSET)

        blocking_within_border_score = d.pop("blocking_within_border_score", UNSET)

        blur_score = d.pop("blur_score", UNSET)

        glare_score = d.pop("glare_score", UNSET)

        tampering_score = d.pop("tampering_score", UNSET)

        reproduce_score = d.pop("reproduce_score", UNSET)

        cambodian_id_card_score_information_result = cls(
            idcard_type_score=idcard_type_score,
            border_integrity_score=border_integrity_score,
            blocking_within_border_score=blocking_within_border_score,
            blur_score=blur_score,
            glare_score=glare_score,
            tampering_score=tampering_score,
            reproduce_score=reproduce_score,
        )

        cambodian_id_card_score_information_result.additional_properties = d
        return cambodian_id_card_score_information_result

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
