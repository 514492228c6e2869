from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_card_request_body_side import IdCardRequestBodySide, check_id_card_request_body_side
from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IdCardRequestBody")


@_attrs_define(repr=False)
class IdCardRequestBody:
    """Request body of ID Card OCR (seed 001 Table 3). Set exactly one of `image` and `url`.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        image (str | None): Base64 character string converted from the image. The size cannot exceed 10 MB. The
            narrow edge contains at least 15 pixels and the wide edge contains at most 8,000
            pixels. Images only in JPEG, JPG, PNG, BMP, or TIFF format can be recognized. Set
            either this parameter or url.
        url (str | None): Image URL. Set either this parameter or image. Public HTTP/HTTPS URLs and URLs provided
            by OBS (authorized for OBS data: service, temporary or anonymous public authorization)
            are supported. The response time depends on the image download time; a slow download
            makes the call fail. OBS is recommended for storing images. An OBS URL must be in the
            same region as the OCR endpoint, and OCR must be authorized for OBS in the console
            (seed 002 §7.3, the appendix the url rows link to).

            Rules only some pages state (see x-inferred; each operation's description names those
            its own page leaves out):
            * The URL cannot contain Chinese characters; encode them in UTF-8.
            * The file behind the URL may not exceed 10 MB after Base64 encoding; keep the original
              under 7 MB.
            * The file behind the URL is held to the operation's pixel and format limits, as
              `image` is.
        side (IdCardRequestBodySide | None): * front: front of the ID card with the profile
            * back: back of the ID card with the national emblem
            * double_side: both sides in one image; the answer then holds `front` and `back`

            If this parameter is left empty or not included, the system automatically recognizes
            whether the image is the front or back of an ID card. To ensure accuracy, set this
            parameter.
        return_verification (bool | None): Whether to return verification_result, checks of the ID number's rules and of
            the birth date, sex and validity period against it.
        return_text_location (bool | None): Whether to return text_location, the position of each recognized field in
            the image.
        return_portrait_location (bool | None): Whether to return portrait_location, the four corners of the portrait
            photo.
        return_portrait_image (bool | None): Whether to return portrait_image, the portrait photo cut out of the card as
            Base64.
        return_adjusted_image (bool | None): Whether to return adjusted_image, the card face straightened and cropped,
            as Base64.
        detect_reproduce (bool | None): Whether to check if the photo is of a re-photographed card (a picture of a
            picture or a screen); the answer is detect_reproduce_result with reproduce_score.
        detect_copy (bool | None): Whether to check if the image shows a black-and-white photocopy of the card; the
            answer is detect_copy_result with copy_score.
        detect_tampering (bool | None): Whether to check if the card image was edited (retouched); the answer is
            detect_tampering_result with tampering_score.
        detect_border_integrity (bool | None): Whether to check that the card's border is wholly in the image; the
            answer is detect_border_integrity_result with border_integrity_score.
        detect_blocking_within_border (bool | None): Whether to check if something covers part of the card inside its
            border; the answer is detect_blocking_within_border_result with blocking_within_border_score.
        detect_blur (bool | None): Whether to check if the card image is blurred; the answer is detect_blur_result with
            blur_score.
        detect_interim (bool | None): Whether to check if the card is a temporary ID card; the answer is
            detect_interim_result with interim_score.
        detect_glare (bool | None): Whether to check if light glares on the card; the answer is detect_glare_result with
            glare_score.
    """

    image: str | None = None
    url: str | None = None
    side: IdCardRequestBodySide | None = None
    return_verification: bool | None = None
    return_text_location: bool | None = None
    return_portrait_location: bool | None = None
    return_portrait_image: bool | None = None
    return_adjusted_image: bool | None = None
    detect_reproduce: bool | None = None
    detect_copy: bool | None = None
    detect_tampering: bool | None = None
    detect_border_integrity: bool | None = None
    detect_blocking_within_border: bool | None = None
    detect_blur: bool | None = None
    detect_interim: bool | None = None
    detect_glare: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        _side_or_unset = UNSET if self.side is None else self.side
        side: str | Unset = UNSET
        if not isinstance(_side_or_unset, Unset):
            side = _side_or_unset

        return_verification = UNSET if self.return_verification is None else self.return_verification

        return_text_location = UNSET if self.return_text_location is None else self.return_text_location

        return_portrait_location = UNSET if self.return_portrait_location is None else self.return_portrait_location

        return_portrait_image = UNSET if self.return_portrait_image is None else self.return_portrait_image

        return_adjusted_image = UNSET if self.return_adjusted_image is None else self.return_adjusted_image

        detect_reproduce = UNSET if self.detect_reproduce is None else self.detect_reproduce

        detect_copy = UNSET if self.detect_copy is None else self.detect_copy

        detect_tampering = UNSET if self.detect_tampering is None else self.detect_tampering

        detect_border_integrity = UNSET if self.detect_border_integrity is None else self.detect_border_integrity

        detect_blocking_within_border = (
            UNSET if self.detect_blocking_within_border is None else self.detect_blocking_within_border
        )

        detect_blur = UNSET if self.detect_blur is None else self.detect_blur

        detect_interim = UNSET if self.detect_interim is None else self.detect_interim

        detect_glare = UNSET if self.detect_glare is None else self.detect_glare

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        elif "image" in self._json_nulls:
            field_dict["image"] = None
        if url is not UNSET:
            field_dict["url"] = url
        elif "url" in self._json_nulls:
            field_dict["url"] = None
        if side is not UNSET:
            field_dict["side"] = side
        elif "side" in self._json_nulls:
            field_dict["side"] = None
        if return_verification is not UNSET:
            field_dict["return_verification"] = return_verification
        elif "return_verification" in self._json_nulls:
            field_dict["return_verification"] = None
        if return_text_location is not UNSET:
            field_dict["return_text_location"] = return_text_location
        elif "return_text_location" in self._json_nulls:
            field_dict["return_text_location"] = None
        if return_portrait_location is not UNSET:
            field_dict["return_portrait_location"] = return_portrait_location
        elif "return_portrait_location" in self._json_nulls:
            field_dict["return_portrait_location"] = None
        if return_portrait_image is not UNSET:
            field_dict["return_portrait_image"] = return_portrait_image
        elif "return_portrait_image" in self._json_nulls:
            field_dict["return_portrait_image"] = None
        if return_adjusted_image is not UNSET:
            field_dict["return_adjusted_image"] = return_adjusted_image
        elif "return_adjusted_image" in self._json_nulls:
            field_dict["return_adjusted_image"] = None
        if detect_reproduce is not UNSET:
            field_dict["detect_reproduce"] = detect_reproduce
        elif "detect_reproduce" in self._json_nulls:
            field_dict["detect_reproduce"] = None
        if detect_copy is not UNSET:
            field_dict["detect_copy"] = detect_copy
        elif "detect_copy" in self._json_nulls:
            field_dict["detect_copy"] = None
        if detect_tampering is not UNSET:
            field_dict["detect_tampering"] = detect_tampering
        elif "detect_tampering" in self._json_nulls:
            field_dict["detect_tampering"] = None
        if detect_border_integrity is not UNSET:
            field_dict["detect_border_integrity"] = detect_border_integrity
        elif "detect_border_integrity" in self._json_nulls:
            field_dict["detect_border_integrity"] = None
        if detect_blocking_within_border is not UNSET:
            field_dict["detect_blocking_within_border"] = detect_blocking_within_border
        elif "detect_blocking_within_border" in self._json_nulls:
            field_dict["detect_blocking_within_border"] = None
        if detect_blur is not UNSET:
            field_dict["detect_blur"] = detect_blur
        elif "detect_blur" in self._json_nulls:
            field_dict["detect_blur"] = None
        if detect_interim is not UNSET:
            field_dict["detect_interim"] = detect_interim
        elif "detect_interim" in self._json_nulls:
            field_dict["detect_interim"] = None
        if detect_glare is not UNSET:
            field_dict["detect_glare"] = detect_glare
        elif "detect_glare" in self._json_nulls:
            field_dict["detect_glare"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        image = pop_optional(d, "image", json_nulls)

        url = pop_optional(d, "url", json_nulls)

        _side = pop_optional(d, "side", json_nulls)
        side: IdCardRequestBodySide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_id_card_request_body_side(_side)

        return_verification = pop_optional(d, "return_verification", json_nulls)

        return_text_location = pop_optional(d, "return_text_location", json_nulls)

        return_portrait_location = pop_optional(d, "return_portrait_location", json_nulls)

        return_portrait_image = pop_optional(d, "return_portrait_image", json_nulls)

        return_adjusted_image = pop_optional(d, "return_adjusted_image", json_nulls)

        detect_reproduce = pop_optional(d, "detect_reproduce", json_nulls)

        detect_copy = pop_optional(d, "detect_copy", json_nulls)

        detect_tampering = pop_optional(d, "detect_tampering", json_nulls)

        detect_border_integrity = pop_optional(d, "detect_border_integrity", json_nulls)

        detect_blocking_within_border = pop_optional(d, "detect_blocking_within_border", json_nulls)

        detect_blur = pop_optional(d, "detect_blur", json_nulls)

        detect_interim = pop_optional(d, "detect_interim", json_nulls)

        detect_glare = pop_optional(d, "detect_glare", json_nulls)

        id_card_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            side=None if isinstance(side, Unset) else side,
            return_verification=None if isinstance(return_verification, Unset) else return_verification,
            return_text_location=None if isinstance(return_text_location, Unset) else return_text_location,
            return_portrait_location=None if isinstance(return_portrait_location, Unset) else return_portrait_location,
            return_portrait_image=None if isinstance(return_portrait_image, Unset) else return_portrait_image,
            return_adjusted_image=None if isinstance(return_adjusted_image, Unset) else return_adjusted_image,
            detect_reproduce=None if isinstance(detect_reproduce, Unset) else detect_reproduce,
            detect_copy=None if isinstance(detect_copy, Unset) else detect_copy,
            detect_tampering=None if isinstance(detect_tampering, Unset) else detect_tampering,
            detect_border_integrity=None if isinstance(detect_border_integrity, Unset) else detect_border_integrity,
            detect_blocking_within_border=None
            if isinstance(detect_blocking_within_border, Unset)
            else detect_blocking_within_border,
            detect_blur=None if isinstance(detect_blur, Unset) else detect_blur,
            detect_interim=None if isinstance(detect_interim, Unset) else detect_interim,
            detect_glare=None if isinstance(detect_glare, Unset) else detect_glare,
        )
        id_card_request_body._json_nulls = frozenset(json_nulls)

        id_card_request_body.additional_properties = d
        return id_card_request_body

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
