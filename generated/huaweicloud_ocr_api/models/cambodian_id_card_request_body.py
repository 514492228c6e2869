from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="CambodianIdCardRequestBody")


@_attrs_define(repr=False)
class CambodianIdCardRequestBody:
    """Request body of Cambodian ID Card OCR (seed 002 Table 4-85; the same rows in seed 003;
    seed 004 has image, url, return_portrait_image, return_portrait_location and
    return_idcard_type only). Set exactly one of `image` and `url`.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            image (str | None): Set either this parameter or url. The file size of a single image after Base64
                encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
                can be smaller than 15 or larger than 8,192 pixels. Only images in JPG, PNG, BMP, or
                TIFF format can be recognized. An example is /9j/4AAQSkZJRgABAg.... If the image
                data contains an unnecessary prefix, the error "The image format is not supported"
                is reported (seed 004).
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
            return_portrait_image (bool | None): Whether to return the portrait.
                * true: The Base64-encoded string of the portrait on the ID card will be returned.
                * false: The Base64-encoded string will not be returned. If not passed in, the
                  default value false is used.
            return_portrait_location (bool | None): Whether to return the location of the portrait on the travel permit
                (seed 004: on
                the ID card image).
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait will not be returned. If not passed in, the
                  default value false is used.
            return_idcard_type (bool | None): Whether to return the ID card type.
                * true: The ID card type will be returned, indicating that the ID card is the
                  original or a copy.
                * false: The ID card type will not be returned.
            detect_border_integrity (bool | None): Whether to return the alarm result for ID card border integrity.
                * true: The alarm function will be enabled.
                * false: The alarm function will be disabled.
            detect_blocking_within_border (bool | None): Whether to return the alarm result for blocked ID cards within
                their borders.
                * true: The function of generating an alarm when a blocked ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blocked ID card is detected is
                  disabled.
            detect_blur (bool | None): Whether to return the alarm result for blurry ID cards.
                * true: The function of generating an alarm when a blurry ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blurry ID card is detected is
                  disabled.
            detect_glare (bool | None): Whether to return the alarm result for glaring ID cards.
                * true: The function of generating an alarm when a glaring ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a glaring ID card is detected is
                  disabled.
            return_adjusted_image (bool | None): Whether to return the Base64-encoded string of the original ID card image.
                * true: The Base64-encoded string will be returned.
                * false: The Base64-encoded string will not be returned.
            detect_tampering (bool | None): Whether to return the alarm result for tampered ID card portraits.
                * true: The alarm function is enabled.
                * false: The alarm function is disabled.

                The alarm function does not work if the ID card image has undergone minor edits
                using a photo editing software.
            detect_reproduce (bool | None): Whether an alarm is generated when a recaptured ID card image is detected.
                * true: An alarm is generated when a recaptured ID card image is detected.
                * false: No alarm is generated when a recaptured ID card image is detected.
    """

    image: str | None = None
    url: str | None = None
    return_portrait_image: bool | None = None
    return_portrait_location: bool | None = None
    return_idcard_type: bool | None = None
    detect_border_integrity: bool | None = None
    detect_blocking_within_border: bool | None = None
    detect_blur: bool | None = None
    detect_glare: bool | None = None
    return_adjusted_image: bool | None = None
    detect_tampering: bool | None = None
    detect_reproduce: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        return_portrait_image = UNSET if self.return_portrait_image is None else self.return_portrait_image

        return_portrait_location = UNSET if self.return_portrait_location is None else self.return_portrait_location

        return_idcard_type = UNSET if self.return_idcard_type is None else self.return_idcard_type

        detect_border_integrity = UNSET if self.detect_border_integrity is None else self.detect_border_integrity

        detect_blocking_within_border = (
            UNSET if self.detect_blocking_within_border is None else self.detect_blocking_within_border
        )

        detect_blur = UNSET if self.detect_blur is None else self.detect_blur

        detect_glare = UNSET if self.detect_glare is None else self.detect_glare

        return_adjusted_image = UNSET if self.return_adjusted_image is None else self.return_adjusted_image

        detect_tampering = UNSET if self.detect_tampering is None else self.detect_tampering

        detect_reproduce = UNSET if self.detect_reproduce is None else self.detect_reproduce

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
        if return_portrait_image is not UNSET:
            field_dict["return_portrait_image"] = return_portrait_image
        elif "return_portrait_image" in self._json_nulls:
            field_dict["return_portrait_image"] = None
        if return_portrait_location is not UNSET:
            field_dict["return_portrait_location"] = return_portrait_location
        elif "return_portrait_location" in self._json_nulls:
            field_dict["return_portrait_location"] = None
        if return_idcard_type is not UNSET:
            field_dict["return_idcard_type"] = return_idcard_type
        elif "return_idcard_type" in self._json_nulls:
            field_dict["return_idcard_type"] = None
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
        if detect_glare is not UNSET:
            field_dict["detect_glare"] = detect_glare
        elif "detect_glare" in self._json_nulls:
            field_dict["detect_glare"] = None
        if return_adjusted_image is not UNSET:
            field_dict["return_adjusted_image"] = return_adjusted_image
        elif "return_adjusted_image" in self._json_nulls:
            field_dict["return_adjusted_image"] = None
        if detect_tampering is not UNSET:
            field_dict["detect_tampering"] = detect_tampering
        elif "detect_tampering" in self._json_nulls:
            field_dict["detect_tampering"] = None
        if detect_reproduce is not UNSET:
            field_dict["detect_reproduce"] = detect_reproduce
        elif "detect_reproduce" in self._json_nulls:
            field_dict["detect_reproduce"] = None

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

        return_portrait_image = pop_optional(d, "return_portrait_image", json_nulls)

        return_portrait_location = pop_optional(d, "return_portrait_location", json_nulls)

        return_idcard_type = pop_optional(d, "return_idcard_type", json_nulls)

        detect_border_integrity = pop_optional(d, "detect_border_integrity", json_nulls)

        detect_blocking_within_border = pop_optional(d, "detect_blocking_within_border", json_nulls)

        detect_blur = pop_optional(d, "detect_blur", json_nulls)

        detect_glare = pop_optional(d, "detect_glare", json_nulls)

        return_adjusted_image = pop_optional(d, "return_adjusted_image", json_nulls)

        detect_tampering = pop_optional(d, "detect_tampering", json_nulls)

        detect_reproduce = pop_optional(d, "detect_reproduce", json_nulls)

        cambodian_id_card_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            return_portrait_image=None if isinstance(return_portrait_image, Unset) else return_portrait_image,
            return_portrait_location=None if isinstance(return_portrait_location, Unset) else return_portrait_location,
            return_idcard_type=None if isinstance(return_idcard_type, Unset) else return_idcard_type,
            detect_border_integrity=None if isinstance(detect_border_integrity, Unset) else detect_border_integrity,
            detect_blocking_within_border=None
            if isinstance(detect_blocking_within_border, Unset)
            else detect_blocking_within_border,
            detect_blur=None if isinstance(detect_blur, Unset) else detect_blur,
            detect_glare=None if isinstance(detect_glare, Unset) else detect_glare,
            return_adjusted_image=None if isinstance(return_adjusted_image, Unset) else return_adjusted_image,
            detect_tampering=None if isinstance(detect_tampering, Unset) else detect_tampering,
            detect_reproduce=None if isinstance(detect_reproduce, Unset) else detect_reproduce,
        )
        cambodian_id_card_request_body._json_nulls = frozenset(json_nulls)

        cambodian_id_card_request_body.additional_properties = d
        return cambodian_id_card_request_body

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
