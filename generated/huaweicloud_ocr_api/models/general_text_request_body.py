from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.general_text_request_body_language import (
    GeneralTextRequestBodyLanguage,
    check_general_text_request_body_language,
)
from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="GeneralTextRequestBody")


@_attrs_define(repr=False)
class GeneralTextRequestBody:
    """Request body of General Text OCR (seed 002 Table 4-48). Set exactly one of `image` and `url`.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        image (str | None): Base64 string of the image or PDF file. The file size after Base64 encoding should
            not exceed 10 MB; keep the original under 7 MB. No side of the image can be smaller
            than 15 or larger than 30,000 pixels. Only images in JPEG, JPG, PNG, BMP, GIF, TIFF,
            WebP, PCX, ICO, PDF, or PSD format can be recognized. An example is
            /9j/4AAQSkZJRgABAg.... If the image data contains an unnecessary prefix, the error
            "The image format is not supported" is reported. Set either this parameter or url.
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
        detect_direction (bool | None): Whether to align the tilted image. true: the tilted image will be aligned;
            false: it
            will not. An image tilted to any angle can be aligned. If the image to be recognized
            is tilted, you are advised to set this parameter to true.
        quick_mode (bool | None): Whether to enable the quick mode. For a single-line text image (the image contains
            only one line of text and the text area occupies more than 50% of the image), the
            recognition results can be returned more quickly when this quick mode is enabled.
        character_mode (bool | None): Whether to enable the single-character mode. With false, information about a
            single
            character that occupies a text line is not returned.
        language (GeneralTextRequestBodyLanguage | None): Language. If this parameter is not specified, Chinese and
            English will be used by
            default. auto: automatic language classification; ms: Malay; uk: Ukrainian; hi:
            Hindi; ru: Russian; vi: Vietnamese; id: Indonesian; th: Thai; zh: Chinese and
            English; ar: Arabic; de: German; la: Latin; fr: French; it: Italian; es: Spanish; pt:
            Portuguese; ro: Romanian; pl: Polish; am: Amharic; ja: Japanese; ko: Korean; tr:
            Turkish; no: Norwegian; da: Danish; sv: Swedish; km: Khmer; he: Hebrew.
        single_orientation_mode (bool | None): Whether to enable the single direction mode. With false, the fields in
            the image are
            recognized as in multiple directions.
        pdf_page_number (int | None): Which page of the PDF to recognize. If not specified, the first page is
            recognized.
        return_markdown_result (bool | None): Whether to return the concatenated result of text blocks (markdown_result
            in the
            response).
    """

    image: str | None = None
    url: str | None = None
    detect_direction: bool | None = None
    quick_mode: bool | None = None
    character_mode: bool | None = None
    language: GeneralTextRequestBodyLanguage | None = None
    single_orientation_mode: bool | None = None
    pdf_page_number: int | None = None
    return_markdown_result: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        detect_direction = UNSET if self.detect_direction is None else self.detect_direction

        quick_mode = UNSET if self.quick_mode is None else self.quick_mode

        character_mode = UNSET if self.character_mode is None else self.character_mode

        _language_or_unset = UNSET if self.language is None else self.language
        language: str | Unset = UNSET
        if not isinstance(_language_or_unset, Unset):
            language = _language_or_unset

        single_orientation_mode = UNSET if self.single_orientation_mode is None else self.single_orientation_mode

        pdf_page_number = UNSET if self.pdf_page_number is None else self.pdf_page_number

        return_markdown_result = UNSET if self.return_markdown_result is None else self.return_markdown_result

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
        if detect_direction is not UNSET:
            field_dict["detect_direction"] = detect_direction
        elif "detect_direction" in self._json_nulls:
            field_dict["detect_direction"] = None
        if quick_mode is not UNSET:
            field_dict["quick_mode"] = quick_mode
        elif "quick_mode" in self._json_nulls:
            field_dict["quick_mode"] = None
        if character_mode is not UNSET:
            field_dict["character_mode"] = character_mode
        elif "character_mode" in self._json_nulls:
            field_dict["character_mode"] = None
        if language is not UNSET:
            field_dict["language"] = language
        elif "language" in self._json_nulls:
            field_dict["language"] = None
        if single_orientation_mode is not UNSET:
            field_dict["single_orientation_mode"] = single_orientation_mode
        elif "single_orientation_mode" in self._json_nulls:
            field_dict["single_orientation_mode"] = None
        if pdf_page_number is not UNSET:
            field_dict["pdf_page_number"] = pdf_page_number
        elif "pdf_page_number" in self._json_nulls:
            field_dict["pdf_page_number"] = None
        if return_markdown_result is not UNSET:
            field_dict["return_markdown_result"] = return_markdown_result
        elif "return_markdown_result" in self._json_nulls:
            field_dict["return_markdown_result"] = None

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

        detect_direction = pop_optional(d, "detect_direction", json_nulls)

        quick_mode = pop_optional(d, "quick_mode", json_nulls)

        character_mode = pop_optional(d, "character_mode", json_nulls)

        _language = pop_optional(d, "language", json_nulls)
        language: GeneralTextRequestBodyLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_general_text_request_body_language(_language)

        single_orientation_mode = pop_optional(d, "single_orientation_mode", json_nulls)

        pdf_page_number = pop_optional(d, "pdf_page_number", json_nulls)

        return_markdown_result = pop_optional(d, "return_markdown_result", json_nulls)

        general_text_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            detect_direction=None if isinstance(detect_direction, Unset) else detect_direction,
            quick_mode=None if isinstance(quick_mode, Unset) else quick_mode,
            character_mode=None if isinstance(character_mode, Unset) else character_mode,
            language=None if isinstance(language, Unset) else language,
            single_orientation_mode=None if isinstance(single_orientation_mode, Unset) else single_orientation_mode,
            pdf_page_number=None if isinstance(pdf_page_number, Unset) else pdf_page_number,
            return_markdown_result=None if isinstance(return_markdown_result, Unset) else return_markdown_result,
        )
        general_text_request_body._json_nulls = frozenset(json_nulls)

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
