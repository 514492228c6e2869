from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.id_card_back_result_text_location import IdCardBackResultTextLocation
    from ..models.id_card_score_info import IdCardScoreInfo
    from ..models.id_card_verification_result import IdCardVerificationResult


T = TypeVar("T", bound="IdCardBackResult")


@_attrs_define(repr=False)
class IdCardBackResult:
    """The back of the card when side is double_side. Not in the seeds: from the official SDK's
    model of the same name.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            issue (str | None): Issuing authority
            valid_from (str | None): Date of issue
            valid_to (str | None): Date of expiry
            verification_result (IdCardVerificationResult | None): Checks of the card's data, only when return_verification
                is true. On a one-side answer
                the checks of the other side are false; with side double_side the number, birth and sex
                checks are in `front` and the date checks in `back`. Not in the seeds: from the official
                SDK's IdcardVerificationResult.
            text_location (IdCardBackResultTextLocation | None): Where each recognized field is in the image, keyed by the
                field's name in this
                result (issue, valid_from, valid_to): the upper-left, upper-right, lower-right and lower-left corners
                of its text box. Only when return_text_location is true.
            adjusted_image (str | None): The card face, straightened and cropped, as Base64. Only when
                return_adjusted_image is true.
            detect_reproduce_result (bool | None): Whether the card was re-photographed (true) or not. Only when
                detect_reproduce is true.
            detect_copy_result (bool | None): Whether the image is a black-and-white photocopy (true) or the original. Only
                when detect_copy is true.
            detect_tampering_result (bool | None): Whether the card image was edited (true) or not. Only when
                detect_tampering is true.
            detect_border_integrity_result (bool | None): Whether the card's border is incomplete (true) or complete. Only
                when detect_border_integrity is true.
            detect_blocking_within_border_result (bool | None): Whether something covers the card inside its border (true)
                or not. Only when detect_blocking_within_border is true.
            detect_blur_result (bool | None): Whether the card image is blurred (true) or clear. Only when detect_blur is
                true.
            detect_interim_result (bool | None): Whether the card is a temporary ID card (true) or not. Only when
                detect_interim is true.
            detect_glare_result (bool | None): Whether light glares on the card (true) or not. Only when detect_glare is
                true.
            score_info (IdCardScoreInfo | None): Alarm scores: the higher a score, the likelier the alarm it belongs to.
                Each is returned
                only when its detect_* option is true. Not in the seeds: from the official SDK's
                IdcardScoreInfoResult.
    """

    issue: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    verification_result: IdCardVerificationResult | None = None
    text_location: IdCardBackResultTextLocation | None = None
    adjusted_image: str | None = None
    detect_reproduce_result: bool | None = None
    detect_copy_result: bool | None = None
    detect_tampering_result: bool | None = None
    detect_border_integrity_result: bool | None = None
    detect_blocking_within_border_result: bool | None = None
    detect_blur_result: bool | None = None
    detect_interim_result: bool | None = None
    detect_glare_result: bool | None = None
    score_info: IdCardScoreInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        issue = UNSET if self.issue is None else self.issue

        valid_from = UNSET if self.valid_from is None else self.valid_from

        valid_to = UNSET if self.valid_to is None else self.valid_to

        _verification_result_or_unset = UNSET if self.verification_result is None else self.verification_result
        verification_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_verification_result_or_unset, Unset):
            verification_result = _verification_result_or_unset.to_dict()

        _text_location_or_unset = UNSET if self.text_location is None else self.text_location
        text_location: dict[str, Any] | Unset = UNSET
        if not isinstance(_text_location_or_unset, Unset):
            text_location = _text_location_or_unset.to_dict()

        adjusted_image = UNSET if self.adjusted_image is None else self.adjusted_image

        detect_reproduce_result = UNSET if self.detect_reproduce_result is None else self.detect_reproduce_result

        detect_copy_result = UNSET if self.detect_copy_result is None else self.detect_copy_result

        detect_tampering_result = UNSET if self.detect_tampering_result is None else self.detect_tampering_result

        detect_border_integrity_result = (
            UNSET if self.detect_border_integrity_result is None else self.detect_border_integrity_result
        )

        detect_blocking_within_border_result = (
            UNSET if self.detect_blocking_within_border_result is None else self.detect_blocking_within_border_result
        )

        detect_blur_result = UNSET if self.detect_blur_result is None else self.detect_blur_result

        detect_interim_result = UNSET if self.detect_interim_result is None else self.detect_interim_result

        detect_glare_result = UNSET if self.detect_glare_result is None else self.detect_glare_result

        _score_info_or_unset = UNSET if self.score_info is None else self.score_info
        score_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_score_info_or_unset, Unset):
            score_info = _score_info_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issue is not UNSET:
            field_dict["issue"] = issue
        elif "issue" in self._json_nulls:
            field_dict["issue"] = None
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        elif "valid_from" in self._json_nulls:
            field_dict["valid_from"] = None
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to
        elif "valid_to" in self._json_nulls:
            field_dict["valid_to"] = None
        if verification_result is not UNSET:
            field_dict["verification_result"] = verification_result
        elif "verification_result" in self._json_nulls:
            field_dict["verification_result"] = None
        if text_location is not UNSET:
            field_dict["text_location"] = text_location
        elif "text_location" in self._json_nulls:
            field_dict["text_location"] = None
        if adjusted_image is not UNSET:
            field_dict["adjusted_image"] = adjusted_image
        elif "adjusted_image" in self._json_nulls:
            field_dict["adjusted_image"] = None
        if detect_reproduce_result is not UNSET:
            field_dict["detect_reproduce_result"] = detect_reproduce_result
        elif "detect_reproduce_result" in self._json_nulls:
            field_dict["detect_reproduce_result"] = None
        if detect_copy_result is not UNSET:
            field_dict["detect_copy_result"] = detect_copy_result
        elif "detect_copy_result" in self._json_nulls:
            field_dict["detect_copy_result"] = None
        if detect_tampering_result is not UNSET:
            field_dict["detect_tampering_result"] = detect_tampering_result
        elif "detect_tampering_result" in self._json_nulls:
            field_dict["detect_tampering_result"] = None
        if detect_border_integrity_result is not UNSET:
            field_dict["detect_border_integrity_result"] = detect_border_integrity_result
        elif "detect_border_integrity_result" in self._json_nulls:
            field_dict["detect_border_integrity_result"] = None
        if detect_blocking_within_border_result is not UNSET:
            field_dict["detect_blocking_within_border_result"] = detect_blocking_within_border_result
        elif "detect_blocking_within_border_result" in self._json_nulls:
            field_dict["detect_blocking_within_border_result"] = None
        if detect_blur_result is not UNSET:
            field_dict["detect_blur_result"] = detect_blur_result
        elif "detect_blur_result" in self._json_nulls:
            field_dict["detect_blur_result"] = None
        if detect_interim_result is not UNSET:
            field_dict["detect_interim_result"] = detect_interim_result
        elif "detect_interim_result" in self._json_nulls:
            field_dict["detect_interim_result"] = None
        if detect_glare_result is not UNSET:
            field_dict["detect_glare_result"] = detect_glare_result
        elif "detect_glare_result" in self._json_nulls:
            field_dict["detect_glare_result"] = None
        if score_info is not UNSET:
            field_dict["score_info"] = score_info
        elif "score_info" in self._json_nulls:
            field_dict["score_info"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_card_back_result_text_location import IdCardBackResultTextLocation  # noqa: PLC0415
        from ..models.id_card_score_info import IdCardScoreInfo  # noqa: PLC0415
        from ..models.id_card_verification_result import IdCardVerificationResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        issue = pop_optional(d, "issue", json_nulls)

        valid_from = pop_optional(d, "valid_from", json_nulls)

        valid_to = pop_optional(d, "valid_to", json_nulls)

        _verification_result = pop_optional(d, "verification_result", json_nulls)
        verification_result: IdCardVerificationResult | Unset
        if isinstance(_verification_result, Unset):
            verification_result = UNSET
        else:
            verification_result = IdCardVerificationResult.from_dict(_verification_result)

        _text_location = pop_optional(d, "text_location", json_nulls)
        text_location: IdCardBackResultTextLocation | Unset
        if isinstance(_text_location, Unset):
            text_location = UNSET
        else:
            text_location = IdCardBackResultTextLocation.from_dict(_text_location)

        adjusted_image = pop_optional(d, "adjusted_image", json_nulls)

        detect_reproduce_result = pop_optional(d, "detect_reproduce_result", json_nulls)

        detect_copy_result = pop_optional(d, "detect_copy_result", json_nulls)

        detect_tampering_result = pop_optional(d, "detect_tampering_result", json_nulls)

        detect_border_integrity_result = pop_optional(d, "detect_border_integrity_result", json_nulls)

        detect_blocking_within_border_result = pop_optional(d, "detect_blocking_within_border_result", json_nulls)

        detect_blur_result = pop_optional(d, "detect_blur_result", json_nulls)

        detect_interim_result = pop_optional(d, "detect_interim_result", json_nulls)

        detect_glare_result = pop_optional(d, "detect_glare_result", json_nulls)

        _score_info = pop_optional(d, "score_info", json_nulls)
        score_info: IdCardScoreInfo | Unset
        if isinstance(_score_info, Unset):
            score_info = UNSET
        else:
            score_info = IdCardScoreInfo.from_dict(_score_info)

        id_card_back_result = cls(
            issue=None if isinstance(issue, Unset) else issue,
            valid_from=None if isinstance(valid_from, Unset) else valid_from,
            valid_to=None if isinstance(valid_to, Unset) else valid_to,
            verification_result=None if isinstance(verification_result, Unset) else verification_result,
            text_location=None if isinstance(text_location, Unset) else text_location,
            adjusted_image=None if isinstance(adjusted_image, Unset) else adjusted_image,
            detect_reproduce_result=None if isinstance(detect_reproduce_result, Unset) else detect_reproduce_result,
            detect_copy_result=None if isinstance(detect_copy_result, Unset) else detect_copy_result,
            detect_tampering_result=None if isinstance(detect_tampering_result, Unset) else detect_tampering_result,
            detect_border_integrity_result=None
            if isinstance(detect_border_integrity_result, Unset)
            else detect_border_integrity_result,
            detect_blocking_within_border_result=None
            if isinstance(detect_blocking_within_border_result, Unset)
            else detect_blocking_within_border_result,
            detect_blur_result=None if isinstance(detect_blur_result, Unset) else detect_blur_result,
            detect_interim_result=None if isinstance(detect_interim_result, Unset) else detect_interim_result,
            detect_glare_result=None if isinstance(detect_glare_result, Unset) else detect_glare_result,
            score_info=None if isinstance(score_info, Unset) else score_info,
        )
        id_card_back_result._json_nulls = frozenset(json_nulls)

        id_card_back_result.additional_properties = d
        return id_card_back_result

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
