from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.general_text_request_body_language import (
    GeneralTextRequestBodyLanguage,
    check_general_text_request_body_language,
)
from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="GeneralTextRequestBody")


@_attrs_define(repr=False)
class GeneralTextRequestBody:
    """Request body of General Text OCR (seed 002 Table 4-48). Set exactly one of `image` and `url`.

    Attributes:
        image (str | Unset): Base64 string of the image or PDF file. The file size after Base64 encoding should
            not exceed 10 MB; keep the original under 7 MB. No side of the image can be smaller
            than 15 or larger than 30,000 pixels. Only images in JPEG, JPG, PNG, BMP, GIF, TIFF,
            WebP, PCX, ICO, PDF, or PSD format can be recognized. An example is
            /9j/4AAQSkZJRgABAg.... If the image data contains an unnecessary prefix, the error
            "The image format is not supported" is reported. Set either this parameter or url.
        url (str | Unset): Image URL. Public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
            service, temporary or anonymous public authorization) are supported. The response time
            depends on the image download time; a slow download makes the call fail. OBS is
            recommended for storing images. The URL cannot contain Chinese characters; encode them
            in UTF-8. The image behind the URL is subject to the same size and format rules as
            `image`. Set either this parameter or image.
        detect_direction (bool | Unset): Whether to align the tilted image. true: the tilted image will be aligned;
            false: it
            will not. An image tilted to any angle can be aligned. If the image to be recognized
            is tilted, you are advised to set this parameter to true.
             Default: False.
        quick_mode (bool | Unset): Whether to enable the quick mode. For a single-line text image (the image contains
            only one line of text and the text area occupies more than 50% of the image), the
            recognition results can be returned more quickly when this quick mode is enabled.
             Default: False.
        character_mode (bool | Unset): Whether to enable the single-character mode. With false, information about a
            single
            character that occupies a text line is not returned.
             Default: False.
        language (GeneralTextRequestBodyLanguage | Unset): Language. If this parameter is not specified, Chinese and
            English will be used by
            default. auto: automatic language classification; ms: Malay; uk: Ukrainian; hi:
            Hindi; ru: Russian; vi: Vietnamese; id: Indonesian; th: Thai; zh: Chinese and
            English; ar: Arabic; de: German; la: Latin; fr: French; it: Italian; es: Spanish; pt:
            Portuguese; ro: Romanian; pl: Polish; am: Amharic; ja: Japanese; ko: Korean; tr:
            Turkish; no: Norwegian; da: Danish; sv: Swedish; km: Khmer; he: Hebrew.
        single_orientation_mode (bool | Unset): Whether to enable the single direction mode. With false, the fields in
            the image are
            recognized as in multiple directions.
             Default: False.
        pdf_page_number (int | Unset): Which page of the PDF to recognize. If not specified, the first page is
            recognized.
        return_markdown_result (bool | Unset): Whether to return the concatenated result of text blocks (markdown_result
            in the
            response).
             Default: False.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    detect_direction: bool | Unset = False
    quick_mode: bool | Unset = False
    character_mode: bool | Unset = False
    language: GeneralTextRequestBodyLanguage | Unset = UNSET
    single_orientation_mode: bool | Unset = False
    pdf_page_number: int | Unset = UNSET
    return_markdown_result: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        detect_direction = self.detect_direction

        quick_mode = self.quick_mode

        character_mode = self.character_mode

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        single_orientation_mode = self.single_orientation_mode

        pdf_page_number = self.pdf_page_number

        return_markdown_result = self.return_markdown_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if detect_direction is not UNSET:
            field_dict["detect_direction"] = detect_direction
        if quick_mode is not UNSET:
            field_dict["quick_mode"] = quick_mode
        if character_mode is not UNSET:
            field_dict["character_mode"] = character_mode
        if language is not UNSET:
            field_dict["language"] = language
        if single_orientation_mode is not UNSET:
            field_dict["single_orientation_mode"] = single_orientation_mode
        if pdf_page_number is not UNSET:
            field_dict["pdf_page_number"] = pdf_page_number
        if return_markdown_result is not UNSET:
            field_dict["return_markdown_result"] = return_markdown_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        detect_direction = d.pop("detect_direction", UNSET)

        quick_mode = d.pop("quick_mode", UNSET)

        character_mode = d.pop("character_mode", UNSET)

        _language = d.pop("language", UNSET)
        language: GeneralTextRequestBodyLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_general_text_request_body_language(_language)

        single_orientation_mode = d.pop("single_orientation_mode", UNSET)

        pdf_page_number = d.pop("pdf_page_number", UNSET)

        return_markdown_result = d.pop("return_markdown_result", UNSET)

        general_text_request_body = cls(
            image=image,
            url=url,
            detect_direction=detect_direction,
            quick_mode=quick_mode,
            character_mode=character_mode,
            language=language,
            single_orientation_mode=single_orientation_mode,
            pdf_page_number=pdf_page_number,
            return_markdown_result=return_markdown_result,
        )

        general_text_request_body.additional_properties = d
        return general_text_request_body

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
