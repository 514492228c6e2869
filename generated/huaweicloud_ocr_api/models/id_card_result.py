from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.id_card_back_result import IdCardBackResult
    from ..models.id_card_front_result import IdCardFrontResult
    from ..models.id_card_result_text_location import IdCardResultTextLocation
    from ..models.id_card_score_info import IdCardScoreInfo
    from ..models.id_card_verification_result import IdCardVerificationResult


T = TypeVar("T", bound="IdCardResult")


@_attrs_define(repr=False)
class IdCardResult:
    """Calling result of a successful API call (seed 001 Table 5). The front of the card gives
    name, sex, birth, ethnicity, address and number; the back gives issue, valid_from and
    valid_to.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            name (str | None): Name
            sex (str | None): Gender
            birth (str | None): Date of birth
            ethnicity (str | None): Ethnicity
            address (str | None): Address
            number (str | None): ID number
            issue (str | None): Issuing authority
            valid_from (str | None): Date of issue
            valid_to (str | None): Date of expiry
            verification_result (IdCardVerificationResult | None): Checks of the card's data, only when return_verification
                is true. On a one-side answer
                the checks of the other side are false; with side double_side the number, birth and sex
                checks are in `front` and the date checks in `back`. Not in the seeds: from the official
                SDK's IdcardVerificationResult.
            text_location (IdCardResultTextLocation | None): Where each recognized field is in the image, keyed by the
                field's name in this
                result (name, sex, birth, ethnicity, address, number, issue, valid_from, valid_to): the upper-left, upper-right,
                lower-right and lower-left corners
                of its text box. Only when return_text_location is true.
            portrait_image (str | None): The portrait photo as Base64. Only when return_portrait_image is true; an
                empty string when the image shows the back of the card.
            portrait_location (list[list[int]] | None): Corners of the portrait photo in the image, as (x, y) points. Only
                when
                return_portrait_location is true; an empty list when the image shows the
                back of the card.
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
            front (IdCardFrontResult | None): The front of the card when side is double_side. Not in the seeds: from the
                official
                SDK's model of the same name.
            back (IdCardBackResult | None): The back of the card when side is double_side. Not in the seeds: from the
                official SDK's
                model of the same name.
    """

    name: str | None = None
    sex: str | None = None
    birth: str | None = None
    ethnicity: str | None = None
    address: str | None = None
    number: str | None = None
    issue: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    verification_result: IdCardVerificationResult | None = None
    text_location: IdCardResultTextLocation | None = None
    portrait_image: str | None = None
    portrait_location: list[list[int]] | None = None
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
    front: IdCardFrontResult | None = None
    back: IdCardBackResult | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        sex = UNSET if self.sex is None else self.sex

        birth = UNSET if self.birth is None else self.birth

        ethnicity = UNSET if self.ethnicity is None else self.ethnicity

        address = UNSET if self.address is None else self.address

        number = UNSET if self.number is None else self.number

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

        portrait_image = UNSET if self.portrait_image is None else self.portrait_image

        _portrait_location_or_unset = UNSET if self.portrait_location is None else self.portrait_location
        portrait_location: list[list[int]] | Unset = UNSET
        if not isinstance(_portrait_location_or_unset, Unset):
            portrait_location = []
            for portrait_location_item_data in _portrait_location_or_unset:
                portrait_location_item = portrait_location_item_data

                portrait_location.append(portrait_location_item)

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

        _front_or_unset = UNSET if self.front is None else self.front
        front: dict[str, Any] | Unset = UNSET
        if not isinstance(_front_or_unset, Unset):
            front = _front_or_unset.to_dict()

        _back_or_unset = UNSET if self.back is None else self.back
        back: dict[str, Any] | Unset = UNSET
        if not isinstance(_back_or_unset, Unset):
            back = _back_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if birth is not UNSET:
            field_dict["birth"] = birth
        elif "birth" in self._json_nulls:
            field_dict["birth"] = None
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        elif "ethnicity" in self._json_nulls:
            field_dict["ethnicity"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None
        if number is not UNSET:
            field_dict["number"] = number
        elif "number" in self._json_nulls:
            field_dict["number"] = None
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
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        elif "portrait_image" in self._json_nulls:
            field_dict["portrait_image"] = None
        if portrait_location is not UNSET:
            field_dict["portrait_location"] = portrait_location
        elif "portrait_location" in self._json_nulls:
            field_dict["portrait_location"] = None
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
        if front is not UNSET:
            field_dict["front"] = front
        elif "front" in self._json_nulls:
            field_dict["front"] = None
        if back is not UNSET:
            field_dict["back"] = back
        elif "back" in self._json_nulls:
            field_dict["back"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_card_back_result import IdCardBackResult  # noqa: PLC0415
        from ..models.id_card_front_result import IdCardFrontResult  # noqa: PLC0415
        from ..models.id_card_result_text_location import IdCardResultTextLocation  # noqa: PLC0415
        from ..models.id_card_score_info import IdCardScoreInfo  # noqa: PLC0415
        from ..models.id_card_verification_result import IdCardVerificationResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        name = pop_optional(d, "name", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        birth = pop_optional(d, "birth", json_nulls)

        ethnicity = pop_optional(d, "ethnicity", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        number = pop_optional(d, "number", json_nulls)

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
        text_location: IdCardResultTextLocation | Unset
        if isinstance(_text_location, Unset):
            text_location = UNSET
        else:
            text_location = IdCardResultTextLocation.from_dict(_text_location)

        portrait_image = pop_optional(d, "portrait_image", json_nulls)

        _portrait_location = pop_optional(d, "portrait_location", json_nulls)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for portrait_location_item_data in _portrait_location:
                portrait_location_item = cast(list[int], portrait_location_item_data)

                portrait_location.append(portrait_location_item)

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

        _front = pop_optional(d, "front", json_nulls)
        front: IdCardFrontResult | Unset
        if isinstance(_front, Unset):
            front = UNSET
        else:
            front = IdCardFrontResult.from_dict(_front)

        _back = pop_optional(d, "back", json_nulls)
        back: IdCardBackResult | Unset
        if isinstance(_back, Unset):
            back = UNSET
        else:
            back = IdCardBackResult.from_dict(_back)

        id_card_result = cls(
            name=None if isinstance(name, Unset) else name,
            sex=None if isinstance(sex, Unset) else sex,
            birth=None if isinstance(birth, Unset) else birth,
            ethnicity=None if isinstance(ethnicity, Unset) else ethnicity,
            address=None if isinstance(address, Unset) else address,
            number=None if isinstance(number, Unset) else number,
            issue=None if isinstance(issue, Unset) else issue,
            valid_from=None if isinstance(valid_from, Unset) else valid_from,
            valid_to=None if isinstance(valid_to, Unset) else valid_to,
            verification_result=None if isinstance(verification_result, Unset) else verification_result,
            text_location=None if isinstance(text_location, Unset) else text_location,
            portrait_image=None if isinstance(portrait_image, Unset) else portrait_image,
            portrait_location=None if isinstance(portrait_location, Unset) else portrait_location,
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
            front=None if isinstance(front, Unset) else front,
            back=None if isinstance(back, Unset) else back,
        )
        id_card_result._json_nulls = frozenset(json_nulls)

        id_card_result.additional_properties = d
        return id_card_result

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
