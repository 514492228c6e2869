from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IdCardVerificationResult")


@_attrs_define(repr=False)
class IdCardVerificationResult:
    """Checks of the card's data, only when return_verification is true. On a one-side answer
    the checks of the other side are false; with side double_side the number, birth and sex
    checks are in `front` and the date checks in `back`. Not in the seeds: from the official
    SDK's IdcardVerificationResult.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            valid_number (bool | None): Whether the ID number follows the number's rules.
            valid_birth (bool | None): Whether the date of birth matches the one the ID number encodes (false when the
                number
                fails its rules).
            valid_sex (bool | None): Whether the sex matches the one the ID number encodes (false when the number fails its
                rules).
            valid_date (bool | None): Whether today lies within the card's validity period.
            valid_validity_period (bool | None): Whether the card's validity dates are themselves valid.
    """

    valid_number: bool | None = None
    valid_birth: bool | None = None
    valid_sex: bool | None = None
    valid_date: bool | None = None
    valid_validity_period: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        valid_number = UNSET if self.valid_number is None else self.valid_number

        valid_birth = UNSET if self.valid_birth is None else self.valid_birth

        valid_sex = UNSET if self.valid_sex is None else self.valid_sex

        valid_date = UNSET if self.valid_date is None else self.valid_date

        valid_validity_period = UNSET if self.valid_validity_period is None else self.valid_validity_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid_number is not UNSET:
            field_dict["valid_number"] = valid_number
        elif "valid_number" in self._json_nulls:
            field_dict["valid_number"] = None
        if valid_birth is not UNSET:
            field_dict["valid_birth"] = valid_birth
        elif "valid_birth" in self._json_nulls:
            field_dict["valid_birth"] = None
        if valid_sex is not UNSET:
            field_dict["valid_sex"] = valid_sex
        elif "valid_sex" in self._json_nulls:
            field_dict["valid_sex"] = None
        if valid_date is not UNSET:
            field_dict["valid_date"] = valid_date
        elif "valid_date" in self._json_nulls:
            field_dict["valid_date"] = None
        if valid_validity_period is not UNSET:
            field_dict["valid_validity_period"] = valid_validity_period
        elif "valid_validity_period" in self._json_nulls:
            field_dict["valid_validity_period"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        valid_number = pop_optional(d, "valid_number", json_nulls)

        valid_birth = pop_optional(d, "valid_birth", json_nulls)

        valid_sex = pop_optional(d, "valid_sex", json_nulls)

        valid_date = pop_optional(d, "valid_date", json_nulls)

        valid_validity_period = pop_optional(d, "valid_validity_period", json_nulls)

        id_card_verification_result = cls(
            valid_number=None if isinstance(valid_number, Unset) else valid_number,
            valid_birth=None if isinstance(valid_birth, Unset) else valid_birth,
            valid_sex=None if isinstance(valid_sex, Unset) else valid_sex,
            valid_date=None if isinstance(valid_date, Unset) else valid_date,
            valid_validity_period=None if isinstance(valid_validity_period, Unset) else valid_validity_period,
        )
        id_card_verification_result._json_nulls = frozenset(json_nulls)

        id_card_verification_result.additional_properties = d
        return id_card_verification_result

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
