from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="CambodianIdCardScoreInformationResult")


@_attrs_define(repr=False)
class CambodianIdCardScoreInformationResult:
    """Alarm scores (seed 002 Table 4-88 CambodianIdCardScoreInformationResult; seed 003),
    including idcard_type_score, border_integrity_score, blocking_within_border_score,
    blur_score, glare_score, tampering_score, and reproduce_score. The value range of these
    parameters is [0, 99].

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            idcard_type_score (int | None): Alarm score, [0, 99]. If the value is greater than 50, the ID card is a copy,
                while a
                value of 50 or less indicates it is the original. The closer the value is to 99, the
                more likely it is a copy, and the closer it is to 0, the more likely it is the
                original. This parameter is returned only when return_idcard_type is set to true.
            border_integrity_score (int | None): Alarm score, [0, 99]. If the value is greater than 50, the borders are
                incomplete,
                while a value of 50 or less indicates the borders are complete. The closer the value
                is to 99, the more likely the borders are incomplete, and the closer it is to 0, the
                more likely the borders are complete. This parameter is returned only when
                detect_border_integrity is set to true.
            blocking_within_border_score (int | None): Alarm score, [0, 99]. If the value is greater than 50, the ID card is
                blocked within
                its borders, while a value of 50 or less indicates the ID card is not blocked within
                its borders. The closer the value is to 99, the more likely the ID card is blocked
                within its borders, and the closer it is to 0, the more likely it is not. This
                parameter is returned only when detect_blocking_within_border is set to true.
            blur_score (int | None): Alarm score, [0, 99]. If the value is greater than 50, the ID card is blurry, while a
                value of 50 or less indicates the ID card is clear. The closer the value is to 99,
                the more likely the ID card is blurry, and the closer it is to 0, the more likely the
                ID card is clear. This parameter is returned only when detect_blur is set to true.
            glare_score (int | None): Alarm score, [0, 99]. If the value is greater than 50, the ID card is glaring, while
                a value of 50 or less indicates the ID card is not glaring. The closer the value is
                to 99, the more likely the ID card is glaring, and the closer it is to 0, the more
                likely the ID card is not glaring. This parameter is returned only when detect_glare
                is set to true.
            tampering_score (int | None): Alarm score, [0, 99]. If the value is greater than 50, the portrait on the ID card
                is
                tampered with, while a value of 50 or less indicates the portrait is not tampered
                with. The closer the value is to 99, the more likely the portrait is tampered with,
                and the closer it is to 0, the more likely the ID card is not tampered with. This
                parameter is returned only when detect_tampering is set to true.
            reproduce_score (int | None): Alarm score, [0, 99]. If the value is greater than 50, the ID card image is
                recaptured, while a value of 50 or less indicates the ID card image is not
                recaptured. The closer the value is to 99, the more likely the ID card image is
                recaptured, and the closer it is to 0, the more likely it is not. This parameter is
                returned only when detect_reproduce is set to true.
    """

    idcard_type_score: int | None = None
    border_integrity_score: int | None = None
    blocking_within_border_score: int | None = None
    blur_score: int | None = None
    glare_score: int | None = None
    tampering_score: int | None = None
    reproduce_score: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        idcard_type_score = UNSET if self.idcard_type_score is None else self.idcard_type_score

        border_integrity_score = UNSET if self.border_integrity_score is None else self.border_integrity_score

        blocking_within_border_score = (
            UNSET if self.blocking_within_border_score is None else self.blocking_within_border_score
        )

        blur_score = UNSET if self.blur_score is None else self.blur_score

        glare_score = UNSET if self.glare_score is None else self.glare_score

        tampering_score = UNSET if self.tampering_score is None else self.tampering_score

        reproduce_score = UNSET if self.reproduce_score is None else self.reproduce_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idcard_type_score is not UNSET:
            field_dict["idcard_type_score"] = idcard_type_score
        elif "idcard_type_score" in self._json_nulls:
            field_dict["idcard_type_score"] = None
        if border_integrity_score is not UNSET:
            field_dict["border_integrity_score"] = border_integrity_score
        elif "border_integrity_score" in self._json_nulls:
            field_dict["border_integrity_score"] = None
        if blocking_within_border_score is not UNSET:
            field_dict["blocking_within_border_score"] = blocking_within_border_score
        elif "blocking_within_border_score" in self._json_nulls:
            field_dict["blocking_within_border_score"] = None
        if blur_score is not UNSET:
            field_dict["blur_score"] = blur_score
        elif "blur_score" in self._json_nulls:
            field_dict["blur_score"] = None
        if glare_score is not UNSET:
            field_dict["glare_score"] = glare_score
        elif "glare_score" in self._json_nulls:
            field_dict["glare_score"] = None
        if tampering_score is not UNSET:
            field_dict["tampering_score"] = tampering_score
        elif "tampering_score" in self._json_nulls:
            field_dict["tampering_score"] = None
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
        idcard_type_score = pop_optional(d, "idcard_type_score", json_nulls)

        border_integrity_score = pop_optional(d, "border_integrity_score", json_nulls)

        blocking_within_border_score = pop_optional(d, "blocking_within_border_score", json_nulls)

        blur_score = pop_optional(d, "blur_score", json_nulls)

        glare_score = pop_optional(d, "glare_score", json_nulls)

        tampering_score = pop_optional(d, "tampering_score", json_nulls)

        reproduce_score = pop_optional(d, "reproduce_score", json_nulls)

        cambodian_id_card_score_information_result = cls(
            idcard_type_score=None if isinstance(idcard_type_score, Unset) else idcard_type_score,
            border_integrity_score=None if isinstance(border_integrity_score, Unset) else border_integrity_score,
            blocking_within_border_score=None
            if isinstance(blocking_within_border_score, Unset)
            else blocking_within_border_score,
            blur_score=None if isinstance(blur_score, Unset) else blur_score,
            glare_score=None if isinstance(glare_score, Unset) else glare_score,
            tampering_score=None if isinstance(tampering_score, Unset) else tampering_score,
            reproduce_score=None if isinstance(reproduce_score, Unset) else reproduce_score,
        )
        cambodian_id_card_score_information_result._json_nulls = frozenset(json_nulls)

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
