from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="CambodianIdCardRequestBody")


@_attrs_define(repr=False)
class CambodianIdCardRequestBody:
    """Request body of Cambodian ID Card OCR (seed 002 Table 4-85; the same rows in seed 003;
    seed 004 has image, url, return_portrait_image, return_portrait_location and
    return_idcard_type only). Set exactly one of `image` and `url`.

        Attributes:
            image (str | Unset): Set either this parameter or url. The file size of a single image after Base64
                encoding should not exceed 10 MB; keep the original under 7 MB. No side of the image
                can be smaller than 15 or larger than 8,192 pixels. Only images in JPG, PNG, BMP, or
                TIFF format can be recognized. An example is /9j/4AAQSkZJRgABAg.... If the image
                data contains an unnecessary prefix, the error "The image format is not supported"
                is reported (seed 004).
            url (str | Unset): Image URL. Public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
                service, temporary or anonymous public authorization) are supported. The response time
                depends on the image download time; a slow download makes the call fail. OBS is
                recommended for storing images. The URL cannot contain Chinese characters; encode them
                in UTF-8. The image behind the URL is subject to the same size and format rules as
                `image`. Set either this parameter or image.
            return_portrait_image (bool | Unset): Whether to return the portrait.
                * true: The Base64-encoded string of the portrait on the ID card will be returned.
                * false: The Base64-encoded string will not be returned. If not passed in, the
                  default value false is used.
                 Default: False.
            return_portrait_location (bool | Unset): Whether to return the location of the portrait on the travel permit
                (seed 004: on
                the ID card image).
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait will not be returned. If not passed in, the
                  default value false is used.
                 Default: False.
            return_idcard_type (bool | Unset): Whether to return the ID card type.
                * true: The ID card type will be returned, indicating that the ID card is the
                  original or a copy.
                * false: The ID card type will not be returned.
            detect_border_integrity (bool | Unset): Whether to return the alarm result for ID card border integrity.
                * true: The alarm function will be enabled.
                * false: The alarm function will be disabled.
            detect_blocking_within_border (bool | Unset): Whether to return the alarm result for blocked ID cards within
                their borders.
                * true: The function of generating an alarm when a blocked ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blocked ID card is detected is
                  disabled.
            detect_blur (bool | Unset): Whether to return the alarm result for blurry ID cards.
                * true: The function of generating an alarm when a blurry ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blurry ID card is detected is
                  disabled.
            detect_glare (bool | Unset): Whether to return the alarm result for glaring ID cards.
                * true: The function of generating an alarm when a glaring ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a glaring ID card is detected is
                  disabled.
            return_adjusted_image (bool | Unset): Whether to return the Base64-encoded string of the original ID card image.
                * true: The Base64-encoded string will be returned.
                * false: The Base64-encoded string will not be returned.
            detect_tampering (bool | Unset): Whether to return the alarm result for tampered ID card portraits.
                * true: The alarm function is enabled.
                * false: The alarm function is disabled.

                The alarm function does not work if the ID card image has undergone minor edits
                using a photo editing software.
            detect_reproduce (bool | Unset): Whether an alarm is generated when a recaptured ID card image is detected.
                * true: An alarm is generated when a recaptured ID card image is detected.
                * false: No alarm is generated when a recaptured ID card image is detected.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    return_portrait_image: bool | Unset = False
    return_portrait_location: bool | Unset = False
    return_idcard_type: bool | Unset = UNSET
    detect_border_integrity: bool | Unset = UNSET
    detect_blocking_within_border: bool | Unset = UNSET
    detect_blur: bool | Unset = UNSET
    detect_glare: bool | Unset = UNSET
    return_adjusted_image: bool | Unset = UNSET
    detect_tampering: bool | Unset = UNSET
    detect_reproduce: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        return_portrait_image = self.return_portrait_image

        return_portrait_location = self.return_portrait_location

        return_idcard_type = self.return_idcard_type

        detect_border_integrity = self.detect_border_integrity

        detect_blocking_within_border = self.detect_blocking_within_border

        detect_blur = self.detect_blur

        detect_glare = self.detect_glare

        return_adjusted_image = self.return_adjusted_image

        detect_tampering = self.detect_tampering

        detect_reproduce = self.detect_reproduce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if return_portrait_image is not UNSET:
            field_dict["return_portrait_image"] = return_portrait_image
        if return_portrait_location is not UNSET:
            field_dict["return_portrait_location"] = return_portrait_location
        if return_idcard_type is not UNSET:
            field_dict["return_idcard_type"] = return_idcard_type
        if detect_border_integrity is not UNSET:
            field_dict["detect_border_integrity"] = detect_border_integrity
        if detect_blocking_within_border is not UNSET:
            field_dict["detect_blocking_within_border"] = detect_blocking_within_border
        if detect_blur is not UNSET:
            field_dict["detect_blur"] = detect_blur
        if detect_glare is not UNSET:
            field_dict["detect_glare"] = detect_glare
        if return_adjusted_image is not UNSET:
            field_dict["return_adjusted_image"] = return_adjusted_image
        if detect_tampering is not UNSET:
            field_dict["detect_tampering"] = detect_tampering
        if detect_reproduce is not UNSET:
            field_dict["detect_reproduce"] = detect_reproduce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        return_portrait_image = d.pop("return_portrait_image", UNSET)

        return_portrait_location = d.pop("return_portrait_location", UNSET)

        return_idcard_type = d.pop("return_idcard_type", UNSET)

        detect_border_integrity = d.pop("detect_border_integrity", UNSET)

        detect_blocking_within_border = d.pop("detect_blocking_within_border", UNSET)

        detect_blur = d.pop("detect_blur", UNSET)

        detect_glare = d.pop("detect_glare", UNSET)

        return_adjusted_image = d.pop("return_adjusted_image", UNSET)

        detect_tampering = d.pop("detect_tampering", UNSET)

        detect_reproduce = d.pop("detect_reproduce", UNSET)

        cambodian_id_card_request_body = cls(
            image=image,
            url=url,
            return_portrait_image=return_portrait_image,
            return_portrait_location=return_portrait_location,
            return_idcard_type=return_idcard_type,
            detect_border_integrity=detect_border_integrity,
            detect_blocking_within_border=detect_blocking_within_border,
            detect_blur=detect_blur,
            detect_glare=detect_glare,
            return_adjusted_image=return_adjusted_image,
            detect_tampering=detect_tampering,
            detect_reproduce=detect_reproduce,
        )

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
