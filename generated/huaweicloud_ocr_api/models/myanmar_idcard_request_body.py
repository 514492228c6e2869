from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="MyanmarIdcardRequestBody")


@_attrs_define(repr=False)
class MyanmarIdcardRequestBody:
    """Request body of Myanmar ID Card OCR (seed 002 Table 4-92; seed 000 has the same rows
    except return_translation). Set exactly one of `image` and `url`.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            image (str | None): Set either this parameter or url. Base64 encoded string of an image. The file size
                of a single image after Base64 encoding should not exceed 10 MB; keep the original
                under 7 MB. No side of the image can be smaller than 15 or larger than 8,192 pixels.
                Only images in JPEG, JPG, PNG, BMP, or TIFF format can be recognized. An example is
                /9j/4AAQSkZJRgABAg.... If the image data contains an unnecessary prefix, the error
                "The image format is not supported" is reported.
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
            convert_unicode (bool | None): Output format.
                * true: The output will be in the Unicode format.
                * false: The output will be in the zawgyi format.

                If this parameter is not specified or does not exist, the output will be in the
                zawgyi format by default.
            return_confidence (bool | None): Whether to return the confidence. true: The confidence will be returned. false:
                The
                confidence will not be returned. If this parameter is not specified, the system does
                not return the confidence by default. If a non-Boolean value is entered, an error
                message will be displayed, indicating that the parameter is invalid.
            return_portrait_image (bool | None): Whether to return the Base64 encoded string of the portrait on the ID card
                image.
                * true: The Base64 encoded string of the portrait on the ID card will be returned.
                * false: The Base64 encoded string of the portrait on the ID card will not be
                  returned.

                If this parameter is not specified, false is used by default.
            return_portrait_location (bool | None): Whether to return the location of the portrait on the ID card image.
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait on the ID card will not be returned.
            return_idcard_type (bool | None): Whether to return the ID card type.
                * true: The ID card type, either original or copy of the original will be returned.
                * false: The ID card type will not be returned.
            return_translation (bool | None): Whether to return translation information.
                * true: The translation information is returned.
                * false: The translation information is not returned.
    """

    image: str | None = None
    url: str | None = None
    convert_unicode: bool | None = None
    return_confidence: bool | None = None
    return_portrait_image: bool | None = None
    return_portrait_location: bool | None = None
    return_idcard_type: bool | None = None
    return_translation: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        convert_unicode = UNSET if self.convert_unicode is None else self.convert_unicode

        return_confidence = UNSET if self.return_confidence is None else self.return_confidence

        return_portrait_image = UNSET if self.return_portrait_image is None else self.return_portrait_image

        return_portrait_location = UNSET if self.return_portrait_location is None else self.return_portrait_location

        return_idcard_type = UNSET if self.return_idcard_type is None else self.return_idcard_type

        return_translation = UNSET if self.return_translation is None else self.return_translation

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
        if convert_unicode is not UNSET:
            field_dict["convert_unicode"] = convert_unicode
        elif "convert_unicode" in self._json_nulls:
            field_dict["convert_unicode"] = None
        if return_confidence is not UNSET:
            field_dict["return_confidence"] = return_confidence
        elif "return_confidence" in self._json_nulls:
            field_dict["return_confidence"] = None
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
        if return_translation is not UNSET:
            field_dict["return_translation"] = return_translation
        elif "return_translation" in self._json_nulls:
            field_dict["return_translation"] = None

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

        convert_unicode = pop_optional(d, "convert_unicode", json_nulls)

        return_confidence = pop_optional(d, "return_confidence", json_nulls)

        return_portrait_image = pop_optional(d, "return_portrait_image", json_nulls)

        return_portrait_location = pop_optional(d, "return_portrait_location", json_nulls)

        return_idcard_type = pop_optional(d, "return_idcard_type", json_nulls)

        return_translation = pop_optional(d, "return_translation", json_nulls)

        myanmar_idcard_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            convert_unicode=None if isinstance(convert_unicode, Unset) else convert_unicode,
            return_confidence=None if isinstance(return_confidence, Unset) else return_confidence,
            return_portrait_image=None if isinstance(return_portrait_image, Unset) else return_portrait_image,
            return_portrait_location=None if isinstance(return_portrait_location, Unset) else return_portrait_location,
            return_idcard_type=None if isinstance(return_idcard_type, Unset) else return_idcard_type,
            return_translation=None if isinstance(return_translation, Unset) else return_translation,
        )
        myanmar_idcard_request_body._json_nulls = frozenset(json_nulls)

        myanmar_idcard_request_body.additional_properties = d
        return myanmar_idcard_request_body

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
