"""Typed methods for every OCR operation, generated from openapi.yaml.

The methods build the request body model and hand it to `_invoke`, which the hand-written
clients (huaweicloud_ocr.OcrClient, huaweicloud_ocr.AsyncOcrClient) implement.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

from .. import models
from ..types import UNSET, Base64Image, Unset

if TYPE_CHECKING:  # request enums as Literal types; not imported at run time (import speed)
    from ..models.general_text_request_body_language import (
        GeneralTextRequestBodyLanguage,
        check_general_text_request_body_language,
    )
    from ..models.id_card_request_body_side import IdCardRequestBodySide, check_id_card_request_body_side
    from ..models.id_document_request_body_country_region_type_0_item import (
        IdDocumentRequestBodyCountryRegionType0Item,
        check_id_document_request_body_country_region_type_0_item,
    )
    from ..models.id_document_request_body_country_region_type_1 import (
        IdDocumentRequestBodyCountryRegionType1,
        check_id_document_request_body_country_region_type_1,
    )
    from ..models.id_document_request_body_id_type_type_0_item import (
        IdDocumentRequestBodyIdTypeType0Item,
        check_id_document_request_body_id_type_type_0_item,
    )
    from ..models.id_document_request_body_id_type_type_1 import (
        IdDocumentRequestBodyIdTypeType1,
        check_id_document_request_body_id_type_type_1,
    )
    from ..models.smart_document_recognizer_request_body_language import (
        SmartDocumentRecognizerRequestBodyLanguage,
        check_smart_document_recognizer_request_body_language,
    )
    from ..models.thailand_idcard_request_body_side import (
        ThailandIdcardRequestBodySide,
        check_thailand_idcard_request_body_side,
    )
    from ..models.vietnam_id_card_request_body_side import (
        VietnamIdCardRequestBodySide,
        check_vietnam_id_card_request_body_side,
    )
    from ..models.web_image_request_body_extract_type_item import (
        WebImageRequestBodyExtractTypeItem,
        check_web_image_request_body_extract_type_item,
    )

T = TypeVar("T")

ImageSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | Base64Image
"""A file path (streamed from disk), raw bytes, a binary file object, text already in Base64
(`Base64Image`), or an http(s):// URL string (sent as `url`)."""


class _Invoker:
    """What the generated methods call; implemented by huaweicloud_ocr.OcrClient."""

    def _invoke(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        *,
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> T:
        raise NotImplementedError


class _AsyncInvoker:
    """What the generated coroutines await; implemented by huaweicloud_ocr.AsyncOcrClient."""

    async def _invoke(
        self,
        operation: str,
        body_type: type[Any],
        result_type: type[T],
        *,
        image: ImageSource | None,
        url: str | None,
        options: dict[str, Any],
        headers: dict[str, str | None],
        extra_body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> T:
        raise NotImplementedError


class Operations(_Invoker):
    """One method per OCR operation of openapi.yaml."""

    def recognize_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: IdCardRequestBodySide | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdCardResponse:
        """ID Card OCR (People's Republic of China)

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.IdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_id_card",
            models.IdCardRequestBody,
            models.RecognizeIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_passport(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_code: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePassportResponse:
        """Passport OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.PassportRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_passport",
            models.PassportRequestBody,
            models.RecognizePassportResponse,
            image=image,
            url=url,
            options={
                "country_code": country_code,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_id_document(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_region: IdDocumentRequestBodyCountryRegionType1
        | list[IdDocumentRequestBodyCountryRegionType0Item]
        | Unset = UNSET,
        id_type: IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdDocumentResponse:
        """ID Document OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.IdDocumentRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_id_document",
            models.IdDocumentRequestBody,
            models.RecognizeIdDocumentResponse,
            image=image,
            url=url,
            options={
                "country_region": country_region,
                "id_type": id_type,
                "return_portrait_image": return_portrait_image,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_auto_id_doc_classification(
        self,
        data: ImageSource | None = None,
        *,
        url: str | None = None,
        alarm: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeAutoIdDocClassificationResponse:
        """Auto ID Document Classification OCR

        Pass the image as `data` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.AutoIdDocClassificationRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_auto_id_doc_classification",
            models.AutoIdDocClassificationRequestBody,
            models.RecognizeAutoIdDocClassificationResponse,
            image=data,
            url=url,
            options={
                "alarm": alarm,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_thailand_idcard(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: ThailandIdcardRequestBodySide | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        return_text_location: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeThailandIdcardResponse:
        """Thailand ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ThailandIdcardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_thailand_idcard",
            models.ThailandIdcardRequestBody,
            models.RecognizeThailandIdcardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "return_text_location": return_text_location,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_colombia_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeColombiaIdCardResponse:
        """Colombia ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ColombiaIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_colombia_id_card",
            models.ColombiaIdCardRequestBody,
            models.RecognizeColombiaIdCardResponse,
            image=image,
            url=url,
            options={},
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_cambodian_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        detect_border_integrity: bool | Unset = UNSET,
        detect_blocking_within_border: bool | Unset = UNSET,
        detect_blur: bool | Unset = UNSET,
        detect_glare: bool | Unset = UNSET,
        return_adjusted_image: bool | Unset = UNSET,
        detect_tampering: bool | Unset = UNSET,
        detect_reproduce: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeCambodianIdCardResponse:
        """Cambodian ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.CambodianIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_cambodian_id_card",
            models.CambodianIdCardRequestBody,
            models.RecognizeCambodianIdCardResponse,
            image=image,
            url=url,
            options={
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "detect_border_integrity": detect_border_integrity,
                "detect_blocking_within_border": detect_blocking_within_border,
                "detect_blur": detect_blur,
                "detect_glare": detect_glare,
                "return_adjusted_image": return_adjusted_image,
                "detect_tampering": detect_tampering,
                "detect_reproduce": detect_reproduce,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_myanmar_idcard(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | Unset = UNSET,
        return_confidence: bool | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        return_translation: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarIdcardResponse:
        """Myanmar ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.MyanmarIdcardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_myanmar_idcard",
            models.MyanmarIdcardRequestBody,
            models.RecognizeMyanmarIdcardResponse,
            image=image,
            url=url,
            options={
                "convert_unicode": convert_unicode,
                "return_confidence": return_confidence,
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "return_translation": return_translation,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_myanmar_driver_license(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarDriverLicenseResponse:
        """Myanmar Driving License OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.MyanmarDriverLicenseRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_myanmar_driver_license",
            models.MyanmarDriverLicenseRequestBody,
            models.RecognizeMyanmarDriverLicenseResponse,
            image=image,
            url=url,
            options={
                "convert_unicode": convert_unicode,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_chile_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeChileIdCardResponse:
        """Chile ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ChileIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_chile_id_card",
            models.ChileIdCardRequestBody,
            models.RecognizeChileIdCardResponse,
            image=image,
            url=url,
            options={},
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_vietnam_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: VietnamIdCardRequestBodySide | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        return_text_location: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeVietnamIdCardResponse:
        """Vietnam ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.VietnamIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_vietnam_id_card",
            models.VietnamIdCardRequestBody,
            models.RecognizeVietnamIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "return_text_location": return_text_location,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_peru_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePeruIdCardResponse:
        """Peru ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.PeruIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_peru_id_card",
            models.PeruIdCardRequestBody,
            models.RecognizePeruIdCardResponse,
            image=image,
            url=url,
            options={
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_general_text(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        detect_direction: bool | Unset = UNSET,
        quick_mode: bool | Unset = UNSET,
        character_mode: bool | Unset = UNSET,
        language: GeneralTextRequestBodyLanguage | Unset = UNSET,
        single_orientation_mode: bool | Unset = UNSET,
        pdf_page_number: int | Unset = UNSET,
        return_markdown_result: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTextResponse:
        """General Text OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.GeneralTextRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_general_text",
            models.GeneralTextRequestBody,
            models.RecognizeGeneralTextResponse,
            image=image,
            url=url,
            options={
                "detect_direction": detect_direction,
                "quick_mode": quick_mode,
                "character_mode": character_mode,
                "language": language,
                "single_orientation_mode": single_orientation_mode,
                "pdf_page_number": pdf_page_number,
                "return_markdown_result": return_markdown_result,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_smart_document_recognizer(
        self,
        data: ImageSource | None = None,
        *,
        url: str | None = None,
        single_orientation_mode: bool | Unset = UNSET,
        language: SmartDocumentRecognizerRequestBodyLanguage | Unset = UNSET,
        kv: bool | Unset = UNSET,
        table: bool | Unset = UNSET,
        layout: bool | Unset = UNSET,
        return_excel: bool | Unset = UNSET,
        form: bool | Unset = UNSET,
        formula: bool | Unset = UNSET,
        image_layout: bool | Unset = UNSET,
        kv_map: str | Unset = UNSET,
        erase_seal: bool | Unset = UNSET,
        pdf_page_number: int | Unset = UNSET,
        character_mode: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeSmartDocumentRecognizerResponse:
        """Smart Document Recognizer OCR

        Pass the image as `data` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.SmartDocumentRecognizerRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_smart_document_recognizer",
            models.SmartDocumentRecognizerRequestBody,
            models.RecognizeSmartDocumentRecognizerResponse,
            image=data,
            url=url,
            options={
                "single_orientation_mode": single_orientation_mode,
                "language": language,
                "kv": kv,
                "table": table,
                "layout": layout,
                "return_excel": return_excel,
                "form": form,
                "formula": formula,
                "image_layout": image_layout,
                "kv_map": kv_map,
                "erase_seal": erase_seal,
                "pdf_page_number": pdf_page_number,
                "character_mode": character_mode,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_general_table(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        return_text_location: bool | Unset = UNSET,
        return_char_location: bool | Unset = UNSET,
        return_confidence: bool | Unset = UNSET,
        return_excel: bool | Unset = UNSET,
        return_rectification_matrix: bool | Unset = UNSET,
        with_borders: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTableResponse:
        """General Table OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.GeneralTableRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_general_table",
            models.GeneralTableRequestBody,
            models.RecognizeGeneralTableResponse,
            image=image,
            url=url,
            options={
                "return_text_location": return_text_location,
                "return_char_location": return_char_location,
                "return_confidence": return_confidence,
                "return_excel": return_excel,
                "return_rectification_matrix": return_rectification_matrix,
                "with_borders": with_borders,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_web_image(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        detect_direction: bool | Unset = UNSET,
        extract_type: list[WebImageRequestBodyExtractTypeItem] | Unset = UNSET,
        detect_font: bool | Unset = UNSET,
        detect_text_direction: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeWebImageResponse:
        """Web Image OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.WebImageRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_web_image",
            models.WebImageRequestBody,
            models.RecognizeWebImageResponse,
            image=image,
            url=url,
            options={
                "detect_direction": detect_direction,
                "extract_type": extract_type,
                "detect_font": detect_font,
                "detect_text_direction": detect_text_direction,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_thailand_license_plate(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeThailandLicensePlateResponse:
        """Thailand Plate Number OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ThailandLicensePlateRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return self._invoke(
            "recognize_thailand_license_plate",
            models.ThailandLicensePlateRequestBody,
            models.RecognizeThailandLicensePlateResponse,
            image=image,
            url=url,
            options={},
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )


class AsyncOperations(_AsyncInvoker):
    """One coroutine per OCR operation of openapi.yaml."""

    async def recognize_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: IdCardRequestBodySide | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdCardResponse:
        """ID Card OCR (People's Republic of China)

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.IdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_id_card",
            models.IdCardRequestBody,
            models.RecognizeIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_passport(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_code: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePassportResponse:
        """Passport OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.PassportRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_passport",
            models.PassportRequestBody,
            models.RecognizePassportResponse,
            image=image,
            url=url,
            options={
                "country_code": country_code,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_id_document(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_region: IdDocumentRequestBodyCountryRegionType1
        | list[IdDocumentRequestBodyCountryRegionType0Item]
        | Unset = UNSET,
        id_type: IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdDocumentResponse:
        """ID Document OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.IdDocumentRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_id_document",
            models.IdDocumentRequestBody,
            models.RecognizeIdDocumentResponse,
            image=image,
            url=url,
            options={
                "country_region": country_region,
                "id_type": id_type,
                "return_portrait_image": return_portrait_image,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_auto_id_doc_classification(
        self,
        data: ImageSource | None = None,
        *,
        url: str | None = None,
        alarm: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeAutoIdDocClassificationResponse:
        """Auto ID Document Classification OCR

        Pass the image as `data` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.AutoIdDocClassificationRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_auto_id_doc_classification",
            models.AutoIdDocClassificationRequestBody,
            models.RecognizeAutoIdDocClassificationResponse,
            image=data,
            url=url,
            options={
                "alarm": alarm,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_thailand_idcard(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: ThailandIdcardRequestBodySide | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        return_text_location: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeThailandIdcardResponse:
        """Thailand ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ThailandIdcardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_thailand_idcard",
            models.ThailandIdcardRequestBody,
            models.RecognizeThailandIdcardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "return_text_location": return_text_location,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_colombia_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeColombiaIdCardResponse:
        """Colombia ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ColombiaIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_colombia_id_card",
            models.ColombiaIdCardRequestBody,
            models.RecognizeColombiaIdCardResponse,
            image=image,
            url=url,
            options={},
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_cambodian_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        detect_border_integrity: bool | Unset = UNSET,
        detect_blocking_within_border: bool | Unset = UNSET,
        detect_blur: bool | Unset = UNSET,
        detect_glare: bool | Unset = UNSET,
        return_adjusted_image: bool | Unset = UNSET,
        detect_tampering: bool | Unset = UNSET,
        detect_reproduce: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeCambodianIdCardResponse:
        """Cambodian ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.CambodianIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_cambodian_id_card",
            models.CambodianIdCardRequestBody,
            models.RecognizeCambodianIdCardResponse,
            image=image,
            url=url,
            options={
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "detect_border_integrity": detect_border_integrity,
                "detect_blocking_within_border": detect_blocking_within_border,
                "detect_blur": detect_blur,
                "detect_glare": detect_glare,
                "return_adjusted_image": return_adjusted_image,
                "detect_tampering": detect_tampering,
                "detect_reproduce": detect_reproduce,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_myanmar_idcard(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | Unset = UNSET,
        return_confidence: bool | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        return_translation: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarIdcardResponse:
        """Myanmar ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.MyanmarIdcardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_myanmar_idcard",
            models.MyanmarIdcardRequestBody,
            models.RecognizeMyanmarIdcardResponse,
            image=image,
            url=url,
            options={
                "convert_unicode": convert_unicode,
                "return_confidence": return_confidence,
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "return_translation": return_translation,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_myanmar_driver_license(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarDriverLicenseResponse:
        """Myanmar Driving License OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.MyanmarDriverLicenseRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_myanmar_driver_license",
            models.MyanmarDriverLicenseRequestBody,
            models.RecognizeMyanmarDriverLicenseResponse,
            image=image,
            url=url,
            options={
                "convert_unicode": convert_unicode,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_chile_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeChileIdCardResponse:
        """Chile ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ChileIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_chile_id_card",
            models.ChileIdCardRequestBody,
            models.RecognizeChileIdCardResponse,
            image=image,
            url=url,
            options={},
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_vietnam_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: VietnamIdCardRequestBodySide | Unset = UNSET,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        return_idcard_type: bool | Unset = UNSET,
        return_text_location: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeVietnamIdCardResponse:
        """Vietnam ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.VietnamIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_vietnam_id_card",
            models.VietnamIdCardRequestBody,
            models.RecognizeVietnamIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
                "return_idcard_type": return_idcard_type,
                "return_text_location": return_text_location,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_peru_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        return_portrait_image: bool | Unset = UNSET,
        return_portrait_location: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePeruIdCardResponse:
        """Peru ID Card OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.PeruIdCardRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_peru_id_card",
            models.PeruIdCardRequestBody,
            models.RecognizePeruIdCardResponse,
            image=image,
            url=url,
            options={
                "return_portrait_image": return_portrait_image,
                "return_portrait_location": return_portrait_location,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_general_text(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        detect_direction: bool | Unset = UNSET,
        quick_mode: bool | Unset = UNSET,
        character_mode: bool | Unset = UNSET,
        language: GeneralTextRequestBodyLanguage | Unset = UNSET,
        single_orientation_mode: bool | Unset = UNSET,
        pdf_page_number: int | Unset = UNSET,
        return_markdown_result: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTextResponse:
        """General Text OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.GeneralTextRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_general_text",
            models.GeneralTextRequestBody,
            models.RecognizeGeneralTextResponse,
            image=image,
            url=url,
            options={
                "detect_direction": detect_direction,
                "quick_mode": quick_mode,
                "character_mode": character_mode,
                "language": language,
                "single_orientation_mode": single_orientation_mode,
                "pdf_page_number": pdf_page_number,
                "return_markdown_result": return_markdown_result,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_smart_document_recognizer(
        self,
        data: ImageSource | None = None,
        *,
        url: str | None = None,
        single_orientation_mode: bool | Unset = UNSET,
        language: SmartDocumentRecognizerRequestBodyLanguage | Unset = UNSET,
        kv: bool | Unset = UNSET,
        table: bool | Unset = UNSET,
        layout: bool | Unset = UNSET,
        return_excel: bool | Unset = UNSET,
        form: bool | Unset = UNSET,
        formula: bool | Unset = UNSET,
        image_layout: bool | Unset = UNSET,
        kv_map: str | Unset = UNSET,
        erase_seal: bool | Unset = UNSET,
        pdf_page_number: int | Unset = UNSET,
        character_mode: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeSmartDocumentRecognizerResponse:
        """Smart Document Recognizer OCR

        Pass the image as `data` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.SmartDocumentRecognizerRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_smart_document_recognizer",
            models.SmartDocumentRecognizerRequestBody,
            models.RecognizeSmartDocumentRecognizerResponse,
            image=data,
            url=url,
            options={
                "single_orientation_mode": single_orientation_mode,
                "language": language,
                "kv": kv,
                "table": table,
                "layout": layout,
                "return_excel": return_excel,
                "form": form,
                "formula": formula,
                "image_layout": image_layout,
                "kv_map": kv_map,
                "erase_seal": erase_seal,
                "pdf_page_number": pdf_page_number,
                "character_mode": character_mode,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_general_table(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        return_text_location: bool | Unset = UNSET,
        return_char_location: bool | Unset = UNSET,
        return_confidence: bool | Unset = UNSET,
        return_excel: bool | Unset = UNSET,
        return_rectification_matrix: bool | Unset = UNSET,
        with_borders: bool | Unset = UNSET,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTableResponse:
        """General Table OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.GeneralTableRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_general_table",
            models.GeneralTableRequestBody,
            models.RecognizeGeneralTableResponse,
            image=image,
            url=url,
            options={
                "return_text_location": return_text_location,
                "return_char_location": return_char_location,
                "return_confidence": return_confidence,
                "return_excel": return_excel,
                "return_rectification_matrix": return_rectification_matrix,
                "with_borders": with_borders,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_web_image(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        detect_direction: bool | Unset = UNSET,
        extract_type: list[WebImageRequestBodyExtractTypeItem] | Unset = UNSET,
        detect_font: bool | Unset = UNSET,
        detect_text_direction: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeWebImageResponse:
        """Web Image OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.WebImageRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_web_image",
            models.WebImageRequestBody,
            models.RecognizeWebImageResponse,
            image=image,
            url=url,
            options={
                "detect_direction": detect_direction,
                "extract_type": extract_type,
                "detect_font": detect_font,
                "detect_text_direction": detect_text_direction,
            },
            headers={},
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_thailand_license_plate(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeThailandLicensePlateResponse:
        """Thailand Plate Number OCR

        Pass the image as `image` (a path, bytes, a binary file object or a
        `Base64Image`; an http(s) URL string is sent as `url`), or pass `url`. Options are those of
        `models.ThailandLicensePlateRequestBody`; `extra_body` and `extra_headers` carry fields the
        spec does not know yet. Raises huaweicloud_ocr.errors.OcrError subclasses.
        """
        return await self._invoke(
            "recognize_thailand_license_plate",
            models.ThailandLicensePlateRequestBody,
            models.RecognizeThailandLicensePlateResponse,
            image=image,
            url=url,
            options={},
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )
