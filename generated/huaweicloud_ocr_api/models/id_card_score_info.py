from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IdCardScoreInfo")


@_attrs_define(repr=False)
class IdCardScoreInfo:
    """Alarm scores: the higher a score, the likelier the alarm it belongs to. Each is returned
    only when its detect_* option is true. Not in the seeds: from the official SDK's
    IdcardScoreInfoResult.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            reproduce_score (int | None): Score of the detect_reproduce alarm; higher means likelier.
            copy_score (int | None): Score of the detect_copy alarm; higher means likelier.
            tampering_score (int | None): Score of the detect_tampering alarm; higher means likelier.
            border_integrity_score (int | None): Score of the detect_border_integrity alarm; higher means likelier.
            blocking_within_border_score (int | None): Score of the detect_blocking_within_border alarm; higher means
                likelier.
            blur_score (int | None): Score of the detect_blur alarm; higher means likelier.
            interim_score (int | None): Score of the detect_interim alarm; higher means likelier.
            glare_score (int | None): Score of the detect_glare alarm; higher means likelier.
    """

    reproduce_score: int | None = None
    copy_score: int | None = None
    tampering_score: int | None = None
    border_integrity_score: int | None = None
    blocking_within_border_score: int | None = None
    blur_score: int | None = None
    interim_score: int | None = None
    glare_score: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        reproduce_score = UNSET if self.reproduce_score is None else self.reproduce_score

        copy_score = UNSET if self.copy_score is None else self.copy_score

        tampering_score = UNSET if self.tampering_score is None else self.tampering_score

        border_integrity_score = UNSET if self.border_integrity_score is None else self.border_integrity_score

        blocking_within_border_score = (
            UNSET if self.blocking_within_border_score is None else self.blocking_within_border_score
        )

        blur_score = UNSET if self.blur_score is None else self.blur_score

        interim_score = UNSET if self.interim_score is None else self.interim_score

        glare_score = UNSET if self.glare_score is None else self.glare_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reproduce_score is not UNSET:
            field_dict["reproduce_score"] = reproduce_score
        elif "reproduce_score" in self._json_nulls:
            field_dict["reproduce_score"] = None
        if copy_score is not UNSET:
            field_dict["copy_score"] = copy_score
        elif "copy_score" in self._json_nulls:
            field_dict["copy_score"] = None
        if tampering_score is not UNSET:
            field_dict["tampering_score"] = tampering_score
        elif "tampering_score" in self._json_nulls:
            field_dict["tampering_score"] = None
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
        if interim_score is not UNSET:
            field_dict["interim_score"] = interim_score
        elif "interim_score" in self._json_nulls:
            field_dict["interim_score"] = None
        if glare_score is not UNSET:
            field_dict["glare_score"] = glare_score
        elif "glare_score" in self._json_nulls:
            field_dict["glare_score"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        reproduce_score = pop_optional(d, "reproduce_score", json_nulls)

        copy_score = pop_optional(d, "copy_score", json_nulls)

        tampering_score = pop_optional(d, "tampering_score", json_nulls)

        border_integrity_score = pop_optional(d, "border_integrity_score", json_nulls)

        blocking_within_border_score = pop_optional(d, "blocking_within_border_score", json_nulls)

        blur_score = pop_optional(d, "blur_score", json_nulls)

        interim_score = pop_optional(d, "interim_score", json_nulls)

        glare_score = pop_optional(d, "glare_score", json_nulls)

        id_card_score_info = cls(
            reproduce_score=None if isinstance(reproduce_score, Unset) else reproduce_score,
            copy_score=None if isinstance(copy_score, Unset) else copy_score,
            tampering_score=None if isinstance(tampering_score, Unset) else tampering_score,
            border_integrity_score=None if isinstance(border_integrity_score, Unset) else border_integrity_score,
            blocking_within_border_score=None
            if isinstance(blocking_within_border_score, Unset)
            else blocking_within_border_score,
            blur_score=None if isinstance(blur_score, Unset) else blur_score,
            interim_score=None if isinstance(interim_score, Unset) else interim_score,
            glare_score=None if isinstance(glare_score, Unset) else glare_score,
        )
        id_card_score_info._json_nulls = frozenset(json_nulls)

        id_card_score_info.additional_properties = d
        return id_card_score_info

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
