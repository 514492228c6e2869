"""Typed methods for every OCR operation, generated from openapi.yaml.

The methods build the request body model and hand it to `_invoke`, which the hand-written
clients (huaweicloud_ocr.OcrClient, huaweicloud_ocr.AsyncOcrClient) implement.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

from .. import models
from ..types import UNSET, Base64Image, RawResponse, Unset

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
    from ..models.passport_request_body_country_code import (
        PassportRequestBodyCountryCode,
        check_passport_request_body_country_code,
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
"""A file path (read once, or streamed from disk when over 2 MiB), raw bytes, a binary file
object, text already in Base64 (`Base64Image`), or an http(s):// URL string (sent as `url`)."""


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

    def _invoke_raw(
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
    ) -> RawResponse[T]:
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

    async def _invoke_raw(
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
    ) -> RawResponse[T]:
        raise NotImplementedError


class Operations(_Invoker):
    """One method per OCR operation of openapi.yaml."""

    def recognize_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: IdCardRequestBodySide | None = None,
        return_verification: bool | None = None,
        return_text_location: bool | None = None,
        return_portrait_location: bool | None = None,
        return_portrait_image: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_reproduce: bool | None = None,
        detect_copy: bool | None = None,
        detect_tampering: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_interim: bool | None = None,
        detect_glare: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdCardResponse:
        """ID Card OCR (People's Republic of China): `POST /v2/{project_id}/ocr/id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            side (IdCardRequestBodySide): * front: front of the ID card with the profile
                * back: back of the ID card with the national emblem
                * double_side: both sides in one image; the answer then holds `front` and `back`

                If this parameter is left empty or not included, the system automatically recognizes
                whether the image is the front or back of an ID card. To ensure accuracy, set this
                parameter.
                Allowed: one of front, back, double_side, "" (empty).
            return_verification (bool): Whether to return verification_result, checks of the ID number's rules and of the birth
                date, sex and validity period against it.
                Allowed: true or false.
                Default: false.
            return_text_location (bool): Whether to return text_location, the position of each recognized field in the image.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return portrait_location, the four corners of the portrait photo.
                Allowed: true or false.
                Default: false.
            return_portrait_image (bool): Whether to return portrait_image, the portrait photo cut out of the card as Base64.
                Allowed: true or false.
                Default: false.
            return_adjusted_image (bool): Whether to return adjusted_image, the card face straightened and cropped, as Base64.
                Allowed: true or false.
                Default: false.
            detect_reproduce (bool): Whether to check if the photo is of a re-photographed card (a picture of a picture or a
                screen); the answer is detect_reproduce_result with reproduce_score.
                Allowed: true or false.
                Default: false.
            detect_copy (bool): Whether to check if the image shows a black-and-white photocopy of the card; the answer is
                detect_copy_result with copy_score.
                Allowed: true or false.
                Default: false.
            detect_tampering (bool): Whether to check if the card image was edited (retouched); the answer is
                detect_tampering_result with tampering_score.
                Allowed: true or false.
                Default: false.
            detect_border_integrity (bool): Whether to check that the card's border is wholly in the image; the answer is
                detect_border_integrity_result with border_integrity_score.
                Allowed: true or false.
                Default: false.
            detect_blocking_within_border (bool): Whether to check if something covers part of the card inside its border; the answer is
                detect_blocking_within_border_result with blocking_within_border_score.
                Allowed: true or false.
                Default: false.
            detect_blur (bool): Whether to check if the card image is blurred; the answer is detect_blur_result with
                blur_score.
                Allowed: true or false.
                Default: false.
            detect_interim (bool): Whether to check if the card is a temporary ID card; the answer is detect_interim_result
                with interim_score.
                Allowed: true or false.
                Default: false.
            detect_glare (bool): Whether to check if light glares on the card; the answer is detect_glare_result with
                glare_score.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
        """
        return self._invoke(
            "recognize_id_card",
            models.IdCardRequestBody,
            models.RecognizeIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_verification": return_verification,
                "return_text_location": return_text_location,
                "return_portrait_location": return_portrait_location,
                "return_portrait_image": return_portrait_image,
                "return_adjusted_image": return_adjusted_image,
                "detect_reproduce": detect_reproduce,
                "detect_copy": detect_copy,
                "detect_tampering": detect_tampering,
                "detect_border_integrity": detect_border_integrity,
                "detect_blocking_within_border": detect_blocking_within_border,
                "detect_blur": detect_blur,
                "detect_interim": detect_interim,
                "detect_glare": detect_glare,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_passport(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_code: PassportRequestBodyCountryCode | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePassportResponse:
        """Passport OCR: `POST /v2/{project_id}/ocr/passport`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            country_code (PassportRequestBodyCountryCode): Code of the country where the passport is issued. The passport recognition service
                is determined based on the country code.
                * If this parameter is left blank, OCR automatically matches the recognition mode
                  based on the passport type identified by the service.
                * GENERAL: the passport is recognized based on the machine-readable code.
                * CHN: all fields in the Chinese passport are recognized.
                Allowed: one of "" (empty), GENERAL, CHN.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizePassportResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
        | None = None,
        id_type: IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | None = None,
        return_portrait_image: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdDocumentResponse:
        """ID Document OCR: `POST /v2/{project_id}/ocr/id-document`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            country_region (IdDocumentRequestBodyCountryRegionType1 | list[IdDocumentRequestBodyCountryRegionType0Item]): Code of the country or region where a certificate is issued, defined in ISO 3166-1
                alpha-3 codes. Optional; one or more country/region codes can be entered. After this
                parameter is specified, the service identifies cards only in the specified country or
                region. If it is left blank, all supported cards are identified. It is recommended
                that this field be filled in when the country/region is fixed or limited. For the
                supported countries and regions, see Table 4-21.

                This parameter is mandatory when Vietnamese is recognized.
                Allowed: a list of: one of VNM, IND, PHL, ALB, BRA, IDN, MYS, NGA, PAK, RUS, TWN, UKR,
                THA, CHL, HKG; or one of VNM, IND, PHL, ALB, BRA, IDN, MYS, NGA, PAK, RUS, TWN, UKR, THA,
                CHL, HKG, "" (empty).
            id_type (IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item]): Document type. Optional; one or more types of documents are supported. If this
                parameter is specified, the service identifies only the documents of the specified
                type. If it is left blank, all types of documents are identified by default. You are
                advised to configure this parameter if the document type is known.
                * PP: passport
                * DL: driving license
                * ID: identity card, which is an identity card issued by a country or region, such
                  as an ID card, voter registration card, and social security card.
                Allowed: a list of: one of PP, DL, ID; or one of PP, DL, ID, "" (empty).
            return_portrait_image (bool): Whether to return the portrait image (face image in the document). true: the
                portrait image needs to be returned; false: the portrait image does not need to be
                returned.
                Allowed: true or false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeIdDocumentResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        alarm: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeAutoIdDocClassificationResponse:
        """Auto ID Document Classification OCR: `POST /v2/{project_id}/ocr/auto-id-doc-classification`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            data: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of data and url.
            alarm (bool): Whether to enable the function to detect alarms for ID document images.
                * true: Enable the image alarm function.
                * false: Disable the image alarm function.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeAutoIdDocClassificationResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        side: ThailandIdcardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeThailandIdcardResponse:
        """Thailand ID Card OCR: `POST /v2/{project_id}/ocr/thailand-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            side (ThailandIdcardRequestBodySide): Front or back of the ID card.
                * front: front of an ID card
                * back: back of an ID card

                If the value is empty or not included, the system automatically recognizes whether
                the image is the front or back of an ID card. You are advised to set this parameter
                for higher accuracy.
                Allowed: one of front, back, "" (empty).
            return_portrait_image (bool): Whether to return the Base64 encoded string of the portrait on the ID card image.
                * true: the Base64 encoded string of the portrait is returned.
                * false: it is not returned.

                If this parameter is not specified, false is used by default.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the position coordinates of the portrait on the ID card image.
                * true: the location of the portrait is returned.
                * false: the location of the portrait is not returned.
                Allowed: true or false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: the ID card type is returned, indicating whether the ID card is the original
                  ID card or a copy of it.
                * false: the ID card type is not returned.
                Allowed: true or false.
            return_text_location (bool): Location of a text block. true: all text blocks are returned; false: text blocks are
                not returned. If this parameter is not specified, the system does not return the
                location of any text blocks by default. If a non-Boolean value is entered, an error
                message indicates that the parameter is invalid.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeThailandIdcardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        """Colombia ID Card OCR: `POST /v2/{project_id}/ocr/colombia-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeColombiaIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_glare: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_tampering: bool | None = None,
        detect_reproduce: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeCambodianIdCardResponse:
        """Cambodian ID Card OCR: `POST /v2/{project_id}/ocr/cambodian-idcard`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            return_portrait_image (bool): Whether to return the portrait.
                * true: The Base64-encoded string of the portrait on the ID card will be returned.
                * false: The Base64-encoded string will not be returned. If not passed in, the
                  default value false is used.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the travel permit (seed 004: on
                the ID card image).
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait will not be returned. If not passed in, the
                  default value false is used.
                Allowed: true or false.
                Default: false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: The ID card type will be returned, indicating that the ID card is the
                  original or a copy.
                * false: The ID card type will not be returned.
                Allowed: true or false.
            detect_border_integrity (bool): Whether to return the alarm result for ID card border integrity.
                * true: The alarm function will be enabled.
                * false: The alarm function will be disabled.
                Allowed: true or false.
            detect_blocking_within_border (bool): Whether to return the alarm result for blocked ID cards within their borders.
                * true: The function of generating an alarm when a blocked ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blocked ID card is detected is
                  disabled.
                Allowed: true or false.
            detect_blur (bool): Whether to return the alarm result for blurry ID cards.
                * true: The function of generating an alarm when a blurry ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blurry ID card is detected is
                  disabled.
                Allowed: true or false.
            detect_glare (bool): Whether to return the alarm result for glaring ID cards.
                * true: The function of generating an alarm when a glaring ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a glaring ID card is detected is
                  disabled.
                Allowed: true or false.
            return_adjusted_image (bool): Whether to return the Base64-encoded string of the original ID card image.
                * true: The Base64-encoded string will be returned.
                * false: The Base64-encoded string will not be returned.
                Allowed: true or false.
            detect_tampering (bool): Whether to return the alarm result for tampered ID card portraits.
                * true: The alarm function is enabled.
                * false: The alarm function is disabled.

                The alarm function does not work if the ID card image has undergone minor edits
                using a photo editing software.
                Allowed: true or false.
            detect_reproduce (bool): Whether an alarm is generated when a recaptured ID card image is detected.
                * true: An alarm is generated when a recaptured ID card image is detected.
                * false: No alarm is generated when a recaptured ID card image is detected.
                Allowed: true or false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeCambodianIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        convert_unicode: bool | None = None,
        return_confidence: bool | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_translation: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarIdcardResponse:
        """Myanmar ID Card OCR: `POST /v2/{project_id}/ocr/myanmar-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            convert_unicode (bool): Output format.
                * true: The output will be in the Unicode format.
                * false: The output will be in the zawgyi format.

                If this parameter is not specified or does not exist, the output will be in the
                zawgyi format by default.
                Allowed: true or false.
                Default: false.
            return_confidence (bool): Whether to return the confidence. true: The confidence will be returned. false: The
                confidence will not be returned. If this parameter is not specified, the system does
                not return the confidence by default. If a non-Boolean value is entered, an error
                message will be displayed, indicating that the parameter is invalid.
                Allowed: true or false.
                Default: false.
            return_portrait_image (bool): Whether to return the Base64 encoded string of the portrait on the ID card image.
                * true: The Base64 encoded string of the portrait on the ID card will be returned.
                * false: The Base64 encoded string of the portrait on the ID card will not be
                  returned.

                If this parameter is not specified, false is used by default.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the ID card image.
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait on the ID card will not be returned.
                Allowed: true or false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: The ID card type, either original or copy of the original will be returned.
                * false: The ID card type will not be returned.
                Allowed: true or false.
            return_translation (bool): Whether to return translation information.
                * true: The translation information is returned.
                * false: The translation information is not returned.
                Allowed: true or false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeMyanmarIdcardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_myanmar_driver_license(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarDriverLicenseResponse:
        """Myanmar Driving License OCR: `POST /v2/{project_id}/ocr/myanmar-driver-license`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            convert_unicode (bool): Output format.
                * true: the output will be in the Unicode format.
                * false: the output will be in the zawgyi format.

                If this parameter is not specified or does not exist, the output will be in the
                zawgyi format by default.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeMyanmarDriverLicenseResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        """Chile ID Card OCR: `POST /v2/{project_id}/ocr/chile-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeChileIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        side: VietnamIdCardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeVietnamIdCardResponse:
        """Vietnam ID Card OCR: `POST /v2/{project_id}/ocr/vietnam-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            side (VietnamIdCardRequestBodySide): Whether the front or back side of the ID card is displayed.
                * front: front of the Vietnam ID card
                * back: back of the Vietnam ID card

                If the value of this parameter is empty or not included, the system will
                automatically recognize whether the image is the front or back of an ID card. It is
                recommended to set this parameter for higher accuracy.
                Allowed: one of front, back, "" (empty).
            return_portrait_image (bool): Whether to return the portrait.
                * true: the Base64 encoded string of the portrait on the ID card is returned.
                * false: it is not returned (default).
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the ID card.
                * true: the location of the portrait on the ID card is returned.
                * false: it is not returned.
                Allowed: true or false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: the ID card type is returned, indicating that the ID card is the original ID
                  card or a copy of the original ID card.
                * false: the ID card type is not returned.
                Allowed: true or false.
            return_text_location (bool): Location of a text block.
                * true: all text blocks are returned.
                * false: text blocks are not returned.

                If this parameter is not specified, the system does not return the location of any
                text blocks by default. If a non-Boolean value is entered, an error message is
                displayed, indicating that the parameter is invalid.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeVietnamIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePeruIdCardResponse:
        """Peru ID Card OCR: `POST /v2/{project_id}/ocr/peru-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            return_portrait_image (bool): Whether to return the portrait.
                * true: the Base64 encoded string of the portrait on the ID card is returned.
                * false: a null value is returned. If this parameter is not set, the default value
                  false is used.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the ID card.
                * true: the location of the portrait on the ID card is returned.
                * false: a null value is returned. If this parameter is not set, the default value
                  false is used.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizePeruIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        detect_direction: bool | None = None,
        quick_mode: bool | None = None,
        character_mode: bool | None = None,
        language: GeneralTextRequestBodyLanguage | None = None,
        single_orientation_mode: bool | None = None,
        pdf_page_number: int | None = None,
        return_markdown_result: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTextResponse:
        """General Text OCR: `POST /v2/{project_id}/ocr/general-text`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            detect_direction (bool): Whether to align the tilted image. true: the tilted image will be aligned; false: it
                will not. An image tilted to any angle can be aligned. If the image to be recognized
                is tilted, you are advised to set this parameter to true.
                Allowed: true or false.
                Default: false.
            quick_mode (bool): Whether to enable the quick mode. For a single-line text image (the image contains
                only one line of text and the text area occupies more than 50% of the image), the
                recognition results can be returned more quickly when this quick mode is enabled.
                Allowed: true or false.
                Default: false.
            character_mode (bool): Whether to enable the single-character mode. With false, information about a single
                character that occupies a text line is not returned.
                Allowed: true or false.
                Default: false.
            language (GeneralTextRequestBodyLanguage): Language. If this parameter is not specified, Chinese and English will be used by
                default. auto: automatic language classification; ms: Malay; uk: Ukrainian; hi:
                Hindi; ru: Russian; vi: Vietnamese; id: Indonesian; th: Thai; zh: Chinese and
                English; ar: Arabic; de: German; la: Latin; fr: French; it: Italian; es: Spanish; pt:
                Portuguese; ro: Romanian; pl: Polish; am: Amharic; ja: Japanese; ko: Korean; tr:
                Turkish; no: Norwegian; da: Danish; sv: Swedish; km: Khmer; he: Hebrew.
                Allowed: one of auto, ms, uk, hi, ru, vi, id, th, zh, ar, de, la, fr, it, es, pt, ro, pl,
                am, ja, ko, tr, no, da, sv, km, he.
                Default: "zh".
            single_orientation_mode (bool): Whether to enable the single direction mode. With false, the fields in the image are
                recognized as in multiple directions.
                Allowed: true or false.
                Default: false.
            pdf_page_number (int): Which page of the PDF to recognize. If not specified, the first page is recognized.
                Allowed: an integer >= 1.
                Default: 1.
            return_markdown_result (bool): Whether to return the concatenated result of text blocks (markdown_result in the
                response).
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeGeneralTextResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        single_orientation_mode: bool | None = None,
        language: SmartDocumentRecognizerRequestBodyLanguage | None = None,
        kv: bool | None = None,
        table: bool | None = None,
        layout: bool | None = None,
        return_excel: bool | None = None,
        form: bool | None = None,
        formula: bool | None = None,
        image_layout: bool | None = None,
        kv_map: str | None = None,
        erase_seal: bool | None = None,
        pdf_page_number: int | None = None,
        character_mode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeSmartDocumentRecognizerResponse:
        """Smart Document Recognizer OCR: `POST /v2/{project_id}/ocr/smart-document-recognizer`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            data: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of data and url.
            single_orientation_mode (bool): Whether to enable the single direction mode. true: enabled; false: disabled.
                Enabling it when text in the image is oriented uniformly improves recognition
                accuracy; disabling it when text varies in direction allows multi-direction text
                recognition. If not specified, true is used: the fields in the image are recognized
                as in a single direction.
                Allowed: true or false.
                Default: true.
            language (SmartDocumentRecognizerRequestBodyLanguage): Language. If not specified, Chinese and English are used. zh: Chinese and English;
                es: Spanish; ar: Arabic; pt: Portuguese; tr: Turkish; th: Thai.
                * Tables, forms, and layout analysis support Spanish, Arabic, Portuguese, Turkish,
                  and Thai.
                * Key-value pair extraction (KV) supports only Chinese and English.
                Allowed: one of zh, es, ar, pt, tr, th.
                Default: "zh".
            kv (bool): Whether to extract key-value pairs. If so, the results are returned with the keyword
                kv_result.
                Allowed: true or false.
            table (bool): Whether to recognize tables. Here, tables refer to logical tables that typically have
                an M x N format and have a header in the first row or column. If so, the results are
                returned with the keyword table_result.
                Allowed: true or false.
            layout (bool): Whether to analyze the layout. If so, the results are returned with the keyword
                layout_result.
                Allowed: true or false.
            return_excel (bool): Available only when table is set to True. Whether to return the Base64-encoded field
                for converting a table into a Microsoft Excel file.
                Allowed: true or false.
            form (bool): Whether to recognize wired forms. A wired form displays crucial information in wired
                cells, like household registers and motor vehicle sales invoices. If so, the results
                are returned with the keyword form_result.
                Allowed: true or false.
            formula (bool): Whether to recognize formulas. The results are returned as a LaTeX sequence with the
                keyword formula_result.
                * Enabling formula recognition may slow down the response speed.
                * Formula recognition is supported for up to three lines only.
                Allowed: true or false.
            image_layout (bool): Whether a secondary layout analysis should be performed on the images in the
                document. If enabled, the results are returned in layout_result with the keyword
                image_layout.
                Allowed: true or false.
            kv_map (str): JSON-serialized string of a dictionary used to normalize and map specific keys in
                kv_result. For example, if kv_result contains {"Name": "Xiaoming"}, passing the
                kv_map {"Name": "Full name"} results in {"Full Name": "Xiaoming"}. Example:
                "kv_map":"{"Name":"Full name"}".
                Allowed: a string.
            erase_seal (bool): Whether to erase the seal. Enabling it can enhance the character recognition
                accuracy in the area blocked by the seal.
                Allowed: true or false.
            pdf_page_number (int): Which page of the PDF file to recognize. If not specified, the first page is
                recognized.
                Allowed: an integer >= 1.
                Default: 1.
            character_mode (bool): Whether to return single-character information. When enabled, the results for
                individual characters are included in the char_list within ocr_result. If not
                specified, single-character information is not returned.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeSmartDocumentRecognizerResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        return_text_location: bool | None = None,
        return_char_location: bool | None = None,
        return_confidence: bool | None = None,
        return_excel: bool | None = None,
        return_rectification_matrix: bool | None = None,
        with_borders: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTableResponse:
        """General Table OCR: `POST /v2/{project_id}/ocr/general-table`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            return_text_location (bool): Whether to return coordinates of text blocks and cells.
                * true: coordinates of text blocks and cells will be returned.
                * false: coordinates of text blocks and cells will not be returned.
                Allowed: true or false.
                Default: false.
            return_char_location (bool): Coordinate information of a single character.
                * true: the coordinates of a single character will be returned.
                * false: the coordinates of a single character will not be returned.

                If this parameter is set to true, return_text_location must be true.
                Allowed: true or false.
                Default: false.
            return_confidence (bool): Whether the confidence will be returned.
                * true: the confidence will be returned.
                * false: the confidence will not be returned (the default).
                Allowed: true or false.
                Default: false.
            return_excel (bool): Whether to return the Base64-encoded field for converting a table into a Microsoft
                Excel file.
                * true: the Base64-encoded excel field will be returned.
                * false: the Base64-encoded excel field will not be returned (the default).

                You can use the Python function base64.b64decode to decode the returned Excel code
                and save it as an .xlsx file.
                Allowed: true or false.
                Default: false.
            return_rectification_matrix (bool): * true: the perspective transformation matrix will be returned.
                * false: the perspective transformation matrix will not be returned (the default).
                Allowed: true or false.
                Default: false.
            with_borders (bool): * true: the input image contains only bordered tables, and only such tables are
                  recognized.
                * false: the input image may contain borderless tables, and both bordered and
                  borderless tables are recognized.

                If the input image contains only bordered tables, set this parameter to true to
                achieve more accurate recognition results.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeGeneralTableResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        detect_direction: bool | None = None,
        extract_type: list[WebImageRequestBodyExtractTypeItem] | None = None,
        detect_font: bool | None = None,
        detect_text_direction: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeWebImageResponse:
        """Web Image OCR: `POST /v2/{project_id}/ocr/web-image`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            detect_direction (bool): Whether to align the tilted image.
                * true: the tilted image will be aligned.
                * false: the tilted image will not be aligned.

                An image tilted to any angle can be aligned. If the image to be recognized is tilted,
                you are advised to set this parameter to true.
                Allowed: true or false.
                Default: false.
            extract_type (list[WebImageRequestBodyExtractTypeItem]): Structured data extraction parameter list. Currently, only the image width and
                height are supported; the input value for them is image_size. If this parameter is
                not set or is deleted, it is not used.
                Allowed: a list of: one of contact_info, image_size.
            detect_font (bool): If this parameter is not specified, slice fonts are not detected by default. If it
                is set to True, the slice font type is detected and the five most similar font
                names are returned.
                Allowed: true or false.
                Default: false.
            detect_text_direction (bool): If this parameter is not transferred, the default value True is used, indicating that
                the text direction of each field is detected. If it is set to False, the text
                direction is not detected. If all text in the image faces up, you are advised to set
                this parameter to False.
                Allowed: true or false.
                Default: true.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeWebImageResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
        """Thailand Plate Number OCR: `POST /v2/{project_id}/ocr/thailand-license-plate`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeThailandLicensePlateResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        side: IdCardRequestBodySide | None = None,
        return_verification: bool | None = None,
        return_text_location: bool | None = None,
        return_portrait_location: bool | None = None,
        return_portrait_image: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_reproduce: bool | None = None,
        detect_copy: bool | None = None,
        detect_tampering: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_interim: bool | None = None,
        detect_glare: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdCardResponse:
        """ID Card OCR (People's Republic of China): `POST /v2/{project_id}/ocr/id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            side (IdCardRequestBodySide): * front: front of the ID card with the profile
                * back: back of the ID card with the national emblem
                * double_side: both sides in one image; the answer then holds `front` and `back`

                If this parameter is left empty or not included, the system automatically recognizes
                whether the image is the front or back of an ID card. To ensure accuracy, set this
                parameter.
                Allowed: one of front, back, double_side, "" (empty).
            return_verification (bool): Whether to return verification_result, checks of the ID number's rules and of the birth
                date, sex and validity period against it.
                Allowed: true or false.
                Default: false.
            return_text_location (bool): Whether to return text_location, the position of each recognized field in the image.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return portrait_location, the four corners of the portrait photo.
                Allowed: true or false.
                Default: false.
            return_portrait_image (bool): Whether to return portrait_image, the portrait photo cut out of the card as Base64.
                Allowed: true or false.
                Default: false.
            return_adjusted_image (bool): Whether to return adjusted_image, the card face straightened and cropped, as Base64.
                Allowed: true or false.
                Default: false.
            detect_reproduce (bool): Whether to check if the photo is of a re-photographed card (a picture of a picture or a
                screen); the answer is detect_reproduce_result with reproduce_score.
                Allowed: true or false.
                Default: false.
            detect_copy (bool): Whether to check if the image shows a black-and-white photocopy of the card; the answer is
                detect_copy_result with copy_score.
                Allowed: true or false.
                Default: false.
            detect_tampering (bool): Whether to check if the card image was edited (retouched); the answer is
                detect_tampering_result with tampering_score.
                Allowed: true or false.
                Default: false.
            detect_border_integrity (bool): Whether to check that the card's border is wholly in the image; the answer is
                detect_border_integrity_result with border_integrity_score.
                Allowed: true or false.
                Default: false.
            detect_blocking_within_border (bool): Whether to check if something covers part of the card inside its border; the answer is
                detect_blocking_within_border_result with blocking_within_border_score.
                Allowed: true or false.
                Default: false.
            detect_blur (bool): Whether to check if the card image is blurred; the answer is detect_blur_result with
                blur_score.
                Allowed: true or false.
                Default: false.
            detect_interim (bool): Whether to check if the card is a temporary ID card; the answer is detect_interim_result
                with interim_score.
                Allowed: true or false.
                Default: false.
            detect_glare (bool): Whether to check if light glares on the card; the answer is detect_glare_result with
                glare_score.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
        """
        return await self._invoke(
            "recognize_id_card",
            models.IdCardRequestBody,
            models.RecognizeIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_verification": return_verification,
                "return_text_location": return_text_location,
                "return_portrait_location": return_portrait_location,
                "return_portrait_image": return_portrait_image,
                "return_adjusted_image": return_adjusted_image,
                "detect_reproduce": detect_reproduce,
                "detect_copy": detect_copy,
                "detect_tampering": detect_tampering,
                "detect_border_integrity": detect_border_integrity,
                "detect_blocking_within_border": detect_blocking_within_border,
                "detect_blur": detect_blur,
                "detect_interim": detect_interim,
                "detect_glare": detect_glare,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_passport(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_code: PassportRequestBodyCountryCode | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePassportResponse:
        """Passport OCR: `POST /v2/{project_id}/ocr/passport`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            country_code (PassportRequestBodyCountryCode): Code of the country where the passport is issued. The passport recognition service
                is determined based on the country code.
                * If this parameter is left blank, OCR automatically matches the recognition mode
                  based on the passport type identified by the service.
                * GENERAL: the passport is recognized based on the machine-readable code.
                * CHN: all fields in the Chinese passport are recognized.
                Allowed: one of "" (empty), GENERAL, CHN.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizePassportResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
        | None = None,
        id_type: IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | None = None,
        return_portrait_image: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeIdDocumentResponse:
        """ID Document OCR: `POST /v2/{project_id}/ocr/id-document`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            country_region (IdDocumentRequestBodyCountryRegionType1 | list[IdDocumentRequestBodyCountryRegionType0Item]): Code of the country or region where a certificate is issued, defined in ISO 3166-1
                alpha-3 codes. Optional; one or more country/region codes can be entered. After this
                parameter is specified, the service identifies cards only in the specified country or
                region. If it is left blank, all supported cards are identified. It is recommended
                that this field be filled in when the country/region is fixed or limited. For the
                supported countries and regions, see Table 4-21.

                This parameter is mandatory when Vietnamese is recognized.
                Allowed: a list of: one of VNM, IND, PHL, ALB, BRA, IDN, MYS, NGA, PAK, RUS, TWN, UKR,
                THA, CHL, HKG; or one of VNM, IND, PHL, ALB, BRA, IDN, MYS, NGA, PAK, RUS, TWN, UKR, THA,
                CHL, HKG, "" (empty).
            id_type (IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item]): Document type. Optional; one or more types of documents are supported. If this
                parameter is specified, the service identifies only the documents of the specified
                type. If it is left blank, all types of documents are identified by default. You are
                advised to configure this parameter if the document type is known.
                * PP: passport
                * DL: driving license
                * ID: identity card, which is an identity card issued by a country or region, such
                  as an ID card, voter registration card, and social security card.
                Allowed: a list of: one of PP, DL, ID; or one of PP, DL, ID, "" (empty).
            return_portrait_image (bool): Whether to return the portrait image (face image in the document). true: the
                portrait image needs to be returned; false: the portrait image does not need to be
                returned.
                Allowed: true or false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeIdDocumentResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        alarm: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeAutoIdDocClassificationResponse:
        """Auto ID Document Classification OCR: `POST /v2/{project_id}/ocr/auto-id-doc-classification`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            data: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of data and url.
            alarm (bool): Whether to enable the function to detect alarms for ID document images.
                * true: Enable the image alarm function.
                * false: Disable the image alarm function.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeAutoIdDocClassificationResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        side: ThailandIdcardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeThailandIdcardResponse:
        """Thailand ID Card OCR: `POST /v2/{project_id}/ocr/thailand-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            side (ThailandIdcardRequestBodySide): Front or back of the ID card.
                * front: front of an ID card
                * back: back of an ID card

                If the value is empty or not included, the system automatically recognizes whether
                the image is the front or back of an ID card. You are advised to set this parameter
                for higher accuracy.
                Allowed: one of front, back, "" (empty).
            return_portrait_image (bool): Whether to return the Base64 encoded string of the portrait on the ID card image.
                * true: the Base64 encoded string of the portrait is returned.
                * false: it is not returned.

                If this parameter is not specified, false is used by default.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the position coordinates of the portrait on the ID card image.
                * true: the location of the portrait is returned.
                * false: the location of the portrait is not returned.
                Allowed: true or false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: the ID card type is returned, indicating whether the ID card is the original
                  ID card or a copy of it.
                * false: the ID card type is not returned.
                Allowed: true or false.
            return_text_location (bool): Location of a text block. true: all text blocks are returned; false: text blocks are
                not returned. If this parameter is not specified, the system does not return the
                location of any text blocks by default. If a non-Boolean value is entered, an error
                message indicates that the parameter is invalid.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeThailandIdcardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        """Colombia ID Card OCR: `POST /v2/{project_id}/ocr/colombia-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeColombiaIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_glare: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_tampering: bool | None = None,
        detect_reproduce: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeCambodianIdCardResponse:
        """Cambodian ID Card OCR: `POST /v2/{project_id}/ocr/cambodian-idcard`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            return_portrait_image (bool): Whether to return the portrait.
                * true: The Base64-encoded string of the portrait on the ID card will be returned.
                * false: The Base64-encoded string will not be returned. If not passed in, the
                  default value false is used.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the travel permit (seed 004: on
                the ID card image).
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait will not be returned. If not passed in, the
                  default value false is used.
                Allowed: true or false.
                Default: false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: The ID card type will be returned, indicating that the ID card is the
                  original or a copy.
                * false: The ID card type will not be returned.
                Allowed: true or false.
            detect_border_integrity (bool): Whether to return the alarm result for ID card border integrity.
                * true: The alarm function will be enabled.
                * false: The alarm function will be disabled.
                Allowed: true or false.
            detect_blocking_within_border (bool): Whether to return the alarm result for blocked ID cards within their borders.
                * true: The function of generating an alarm when a blocked ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blocked ID card is detected is
                  disabled.
                Allowed: true or false.
            detect_blur (bool): Whether to return the alarm result for blurry ID cards.
                * true: The function of generating an alarm when a blurry ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a blurry ID card is detected is
                  disabled.
                Allowed: true or false.
            detect_glare (bool): Whether to return the alarm result for glaring ID cards.
                * true: The function of generating an alarm when a glaring ID card is detected is
                  enabled.
                * false: The function of generating an alarm when a glaring ID card is detected is
                  disabled.
                Allowed: true or false.
            return_adjusted_image (bool): Whether to return the Base64-encoded string of the original ID card image.
                * true: The Base64-encoded string will be returned.
                * false: The Base64-encoded string will not be returned.
                Allowed: true or false.
            detect_tampering (bool): Whether to return the alarm result for tampered ID card portraits.
                * true: The alarm function is enabled.
                * false: The alarm function is disabled.

                The alarm function does not work if the ID card image has undergone minor edits
                using a photo editing software.
                Allowed: true or false.
            detect_reproduce (bool): Whether an alarm is generated when a recaptured ID card image is detected.
                * true: An alarm is generated when a recaptured ID card image is detected.
                * false: No alarm is generated when a recaptured ID card image is detected.
                Allowed: true or false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeCambodianIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        convert_unicode: bool | None = None,
        return_confidence: bool | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_translation: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarIdcardResponse:
        """Myanmar ID Card OCR: `POST /v2/{project_id}/ocr/myanmar-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            convert_unicode (bool): Output format.
                * true: The output will be in the Unicode format.
                * false: The output will be in the zawgyi format.

                If this parameter is not specified or does not exist, the output will be in the
                zawgyi format by default.
                Allowed: true or false.
                Default: false.
            return_confidence (bool): Whether to return the confidence. true: The confidence will be returned. false: The
                confidence will not be returned. If this parameter is not specified, the system does
                not return the confidence by default. If a non-Boolean value is entered, an error
                message will be displayed, indicating that the parameter is invalid.
                Allowed: true or false.
                Default: false.
            return_portrait_image (bool): Whether to return the Base64 encoded string of the portrait on the ID card image.
                * true: The Base64 encoded string of the portrait on the ID card will be returned.
                * false: The Base64 encoded string of the portrait on the ID card will not be
                  returned.

                If this parameter is not specified, false is used by default.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the ID card image.
                * true: The location of the portrait on the ID card will be returned.
                * false: The location of the portrait on the ID card will not be returned.
                Allowed: true or false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: The ID card type, either original or copy of the original will be returned.
                * false: The ID card type will not be returned.
                Allowed: true or false.
            return_translation (bool): Whether to return translation information.
                * true: The translation information is returned.
                * false: The translation information is not returned.
                Allowed: true or false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeMyanmarIdcardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_myanmar_driver_license(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeMyanmarDriverLicenseResponse:
        """Myanmar Driving License OCR: `POST /v2/{project_id}/ocr/myanmar-driver-license`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            convert_unicode (bool): Output format.
                * true: the output will be in the Unicode format.
                * false: the output will be in the zawgyi format.

                If this parameter is not specified or does not exist, the output will be in the
                zawgyi format by default.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeMyanmarDriverLicenseResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        """Chile ID Card OCR: `POST /v2/{project_id}/ocr/chile-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeChileIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        side: VietnamIdCardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeVietnamIdCardResponse:
        """Vietnam ID Card OCR: `POST /v2/{project_id}/ocr/vietnam-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            side (VietnamIdCardRequestBodySide): Whether the front or back side of the ID card is displayed.
                * front: front of the Vietnam ID card
                * back: back of the Vietnam ID card

                If the value of this parameter is empty or not included, the system will
                automatically recognize whether the image is the front or back of an ID card. It is
                recommended to set this parameter for higher accuracy.
                Allowed: one of front, back, "" (empty).
            return_portrait_image (bool): Whether to return the portrait.
                * true: the Base64 encoded string of the portrait on the ID card is returned.
                * false: it is not returned (default).
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the ID card.
                * true: the location of the portrait on the ID card is returned.
                * false: it is not returned.
                Allowed: true or false.
            return_idcard_type (bool): Whether to return the ID card type.
                * true: the ID card type is returned, indicating that the ID card is the original ID
                  card or a copy of the original ID card.
                * false: the ID card type is not returned.
                Allowed: true or false.
            return_text_location (bool): Location of a text block.
                * true: all text blocks are returned.
                * false: text blocks are not returned.

                If this parameter is not specified, the system does not return the location of any
                text blocks by default. If a non-Boolean value is entered, an error message is
                displayed, indicating that the parameter is invalid.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeVietnamIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizePeruIdCardResponse:
        """Peru ID Card OCR: `POST /v2/{project_id}/ocr/peru-id-card`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            return_portrait_image (bool): Whether to return the portrait.
                * true: the Base64 encoded string of the portrait on the ID card is returned.
                * false: a null value is returned. If this parameter is not set, the default value
                  false is used.
                Allowed: true or false.
                Default: false.
            return_portrait_location (bool): Whether to return the location of the portrait on the ID card.
                * true: the location of the portrait on the ID card is returned.
                * false: a null value is returned. If this parameter is not set, the default value
                  false is used.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizePeruIdCardResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        detect_direction: bool | None = None,
        quick_mode: bool | None = None,
        character_mode: bool | None = None,
        language: GeneralTextRequestBodyLanguage | None = None,
        single_orientation_mode: bool | None = None,
        pdf_page_number: int | None = None,
        return_markdown_result: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTextResponse:
        """General Text OCR: `POST /v2/{project_id}/ocr/general-text`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            detect_direction (bool): Whether to align the tilted image. true: the tilted image will be aligned; false: it
                will not. An image tilted to any angle can be aligned. If the image to be recognized
                is tilted, you are advised to set this parameter to true.
                Allowed: true or false.
                Default: false.
            quick_mode (bool): Whether to enable the quick mode. For a single-line text image (the image contains
                only one line of text and the text area occupies more than 50% of the image), the
                recognition results can be returned more quickly when this quick mode is enabled.
                Allowed: true or false.
                Default: false.
            character_mode (bool): Whether to enable the single-character mode. With false, information about a single
                character that occupies a text line is not returned.
                Allowed: true or false.
                Default: false.
            language (GeneralTextRequestBodyLanguage): Language. If this parameter is not specified, Chinese and English will be used by
                default. auto: automatic language classification; ms: Malay; uk: Ukrainian; hi:
                Hindi; ru: Russian; vi: Vietnamese; id: Indonesian; th: Thai; zh: Chinese and
                English; ar: Arabic; de: German; la: Latin; fr: French; it: Italian; es: Spanish; pt:
                Portuguese; ro: Romanian; pl: Polish; am: Amharic; ja: Japanese; ko: Korean; tr:
                Turkish; no: Norwegian; da: Danish; sv: Swedish; km: Khmer; he: Hebrew.
                Allowed: one of auto, ms, uk, hi, ru, vi, id, th, zh, ar, de, la, fr, it, es, pt, ro, pl,
                am, ja, ko, tr, no, da, sv, km, he.
                Default: "zh".
            single_orientation_mode (bool): Whether to enable the single direction mode. With false, the fields in the image are
                recognized as in multiple directions.
                Allowed: true or false.
                Default: false.
            pdf_page_number (int): Which page of the PDF to recognize. If not specified, the first page is recognized.
                Allowed: an integer >= 1.
                Default: 1.
            return_markdown_result (bool): Whether to return the concatenated result of text blocks (markdown_result in the
                response).
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeGeneralTextResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        single_orientation_mode: bool | None = None,
        language: SmartDocumentRecognizerRequestBodyLanguage | None = None,
        kv: bool | None = None,
        table: bool | None = None,
        layout: bool | None = None,
        return_excel: bool | None = None,
        form: bool | None = None,
        formula: bool | None = None,
        image_layout: bool | None = None,
        kv_map: str | None = None,
        erase_seal: bool | None = None,
        pdf_page_number: int | None = None,
        character_mode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeSmartDocumentRecognizerResponse:
        """Smart Document Recognizer OCR: `POST /v2/{project_id}/ocr/smart-document-recognizer`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            data: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of data and url.
            single_orientation_mode (bool): Whether to enable the single direction mode. true: enabled; false: disabled.
                Enabling it when text in the image is oriented uniformly improves recognition
                accuracy; disabling it when text varies in direction allows multi-direction text
                recognition. If not specified, true is used: the fields in the image are recognized
                as in a single direction.
                Allowed: true or false.
                Default: true.
            language (SmartDocumentRecognizerRequestBodyLanguage): Language. If not specified, Chinese and English are used. zh: Chinese and English;
                es: Spanish; ar: Arabic; pt: Portuguese; tr: Turkish; th: Thai.
                * Tables, forms, and layout analysis support Spanish, Arabic, Portuguese, Turkish,
                  and Thai.
                * Key-value pair extraction (KV) supports only Chinese and English.
                Allowed: one of zh, es, ar, pt, tr, th.
                Default: "zh".
            kv (bool): Whether to extract key-value pairs. If so, the results are returned with the keyword
                kv_result.
                Allowed: true or false.
            table (bool): Whether to recognize tables. Here, tables refer to logical tables that typically have
                an M x N format and have a header in the first row or column. If so, the results are
                returned with the keyword table_result.
                Allowed: true or false.
            layout (bool): Whether to analyze the layout. If so, the results are returned with the keyword
                layout_result.
                Allowed: true or false.
            return_excel (bool): Available only when table is set to True. Whether to return the Base64-encoded field
                for converting a table into a Microsoft Excel file.
                Allowed: true or false.
            form (bool): Whether to recognize wired forms. A wired form displays crucial information in wired
                cells, like household registers and motor vehicle sales invoices. If so, the results
                are returned with the keyword form_result.
                Allowed: true or false.
            formula (bool): Whether to recognize formulas. The results are returned as a LaTeX sequence with the
                keyword formula_result.
                * Enabling formula recognition may slow down the response speed.
                * Formula recognition is supported for up to three lines only.
                Allowed: true or false.
            image_layout (bool): Whether a secondary layout analysis should be performed on the images in the
                document. If enabled, the results are returned in layout_result with the keyword
                image_layout.
                Allowed: true or false.
            kv_map (str): JSON-serialized string of a dictionary used to normalize and map specific keys in
                kv_result. For example, if kv_result contains {"Name": "Xiaoming"}, passing the
                kv_map {"Name": "Full name"} results in {"Full Name": "Xiaoming"}. Example:
                "kv_map":"{"Name":"Full name"}".
                Allowed: a string.
            erase_seal (bool): Whether to erase the seal. Enabling it can enhance the character recognition
                accuracy in the area blocked by the seal.
                Allowed: true or false.
            pdf_page_number (int): Which page of the PDF file to recognize. If not specified, the first page is
                recognized.
                Allowed: an integer >= 1.
                Default: 1.
            character_mode (bool): Whether to return single-character information. When enabled, the results for
                individual characters are included in the char_list within ocr_result. If not
                specified, single-character information is not returned.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeSmartDocumentRecognizerResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        return_text_location: bool | None = None,
        return_char_location: bool | None = None,
        return_confidence: bool | None = None,
        return_excel: bool | None = None,
        return_rectification_matrix: bool | None = None,
        with_borders: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeGeneralTableResponse:
        """General Table OCR: `POST /v2/{project_id}/ocr/general-table`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            return_text_location (bool): Whether to return coordinates of text blocks and cells.
                * true: coordinates of text blocks and cells will be returned.
                * false: coordinates of text blocks and cells will not be returned.
                Allowed: true or false.
                Default: false.
            return_char_location (bool): Coordinate information of a single character.
                * true: the coordinates of a single character will be returned.
                * false: the coordinates of a single character will not be returned.

                If this parameter is set to true, return_text_location must be true.
                Allowed: true or false.
                Default: false.
            return_confidence (bool): Whether the confidence will be returned.
                * true: the confidence will be returned.
                * false: the confidence will not be returned (the default).
                Allowed: true or false.
                Default: false.
            return_excel (bool): Whether to return the Base64-encoded field for converting a table into a Microsoft
                Excel file.
                * true: the Base64-encoded excel field will be returned.
                * false: the Base64-encoded excel field will not be returned (the default).

                You can use the Python function base64.b64decode to decode the returned Excel code
                and save it as an .xlsx file.
                Allowed: true or false.
                Default: false.
            return_rectification_matrix (bool): * true: the perspective transformation matrix will be returned.
                * false: the perspective transformation matrix will not be returned (the default).
                Allowed: true or false.
                Default: false.
            with_borders (bool): * true: the input image contains only bordered tables, and only such tables are
                  recognized.
                * false: the input image may contain borderless tables, and both bordered and
                  borderless tables are recognized.

                If the input image contains only bordered tables, set this parameter to true to
                achieve more accurate recognition results.
                Allowed: true or false.
                Default: false.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeGeneralTableResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
        detect_direction: bool | None = None,
        extract_type: list[WebImageRequestBodyExtractTypeItem] | None = None,
        detect_font: bool | None = None,
        detect_text_direction: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RecognizeWebImageResponse:
        """Web Image OCR: `POST /v2/{project_id}/ocr/web-image`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            detect_direction (bool): Whether to align the tilted image.
                * true: the tilted image will be aligned.
                * false: the tilted image will not be aligned.

                An image tilted to any angle can be aligned. If the image to be recognized is tilted,
                you are advised to set this parameter to true.
                Allowed: true or false.
                Default: false.
            extract_type (list[WebImageRequestBodyExtractTypeItem]): Structured data extraction parameter list. Currently, only the image width and
                height are supported; the input value for them is image_size. If this parameter is
                not set or is deleted, it is not used.
                Allowed: a list of: one of contact_info, image_size.
            detect_font (bool): If this parameter is not specified, slice fonts are not detected by default. If it
                is set to True, the slice font type is detected and the five most similar font
                names are returned.
                Allowed: true or false.
                Default: false.
            detect_text_direction (bool): If this parameter is not transferred, the default value True is used, indicating that
                the text direction of each field is detected. If it is set to False, the text
                direction is not detected. If all text in the image faces up, you are advised to set
                this parameter to False.
                Allowed: true or false.
                Default: true.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeWebImageResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
        """Thailand Plate Number OCR: `POST /v2/{project_id}/ocr/thailand-license-plate`.

        Every option is checked locally against openapi.yaml before anything is sent; None
        (the default) leaves it out, so the service applies its own default.

        Args:
            image: The image: a path (streamed from disk when over 2 MiB), bytes, a binary file object,
                text already in Base64 (`Base64Image`), or an http(s) URL string (sent as `url`).
            url: An http(s) URL of the image, which the service downloads. Set exactly one of image and url.
            enterprise_project_id (str): The `Enterprise-Project-Id` header.
            extra_body: JSON members the spec does not know yet, sent as given (unchecked).
            extra_headers: Headers to add to the request.

        Returns:
            models.RecognizeThailandLicensePlateResponse: the documented answer; its `result` holds the recognized
            fields (an absent optional field is None; `to_dict()` gives back the JSON as received).

        Raises:
            huaweicloud_ocr.errors.ValidationError: an option or the image breaks a documented
                rule; nothing was sent.
            huaweicloud_ocr.errors.ApiError: the service answered with an error (a subclass by
                HTTP status, with `error_code`, request id, and the documented cause and solution).
            huaweicloud_ocr.errors.OcrError: any other failure (configuration, transport, timeout).
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


class RawOperations(_Invoker):
    """The same methods, each returning the answer as received
    (`RawResponse`: status, headers, request id, elapsed, attempts, the JSON bytes, `parse()`)."""

    def recognize_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: IdCardRequestBodySide | None = None,
        return_verification: bool | None = None,
        return_text_location: bool | None = None,
        return_portrait_location: bool | None = None,
        return_portrait_image: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_reproduce: bool | None = None,
        detect_copy: bool | None = None,
        detect_tampering: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_interim: bool | None = None,
        detect_glare: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeIdCardResponse]:
        """ID Card OCR (People's Republic of China), as received: `RawResponse`, whose `parse()` gives
        models.RecognizeIdCardResponse. The options are those of `OcrClient.recognize_id_card`."""
        return self._invoke_raw(
            "recognize_id_card",
            models.IdCardRequestBody,
            models.RecognizeIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_verification": return_verification,
                "return_text_location": return_text_location,
                "return_portrait_location": return_portrait_location,
                "return_portrait_image": return_portrait_image,
                "return_adjusted_image": return_adjusted_image,
                "detect_reproduce": detect_reproduce,
                "detect_copy": detect_copy,
                "detect_tampering": detect_tampering,
                "detect_border_integrity": detect_border_integrity,
                "detect_blocking_within_border": detect_blocking_within_border,
                "detect_blur": detect_blur,
                "detect_interim": detect_interim,
                "detect_glare": detect_glare,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_passport(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_code: PassportRequestBodyCountryCode | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizePassportResponse]:
        """Passport OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizePassportResponse. The options are those of `OcrClient.recognize_passport`."""
        return self._invoke_raw(
            "recognize_passport",
            models.PassportRequestBody,
            models.RecognizePassportResponse,
            image=image,
            url=url,
            options={
                "country_code": country_code,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
        | None = None,
        id_type: IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | None = None,
        return_portrait_image: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeIdDocumentResponse]:
        """ID Document OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeIdDocumentResponse. The options are those of `OcrClient.recognize_id_document`."""
        return self._invoke_raw(
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
        alarm: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeAutoIdDocClassificationResponse]:
        """Auto ID Document Classification OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeAutoIdDocClassificationResponse. The options are those of `OcrClient.recognize_auto_id_doc_classification`."""
        return self._invoke_raw(
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
        side: ThailandIdcardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeThailandIdcardResponse]:
        """Thailand ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeThailandIdcardResponse. The options are those of `OcrClient.recognize_thailand_idcard`."""
        return self._invoke_raw(
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
    ) -> RawResponse[models.RecognizeColombiaIdCardResponse]:
        """Colombia ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeColombiaIdCardResponse. The options are those of `OcrClient.recognize_colombia_id_card`."""
        return self._invoke_raw(
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_glare: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_tampering: bool | None = None,
        detect_reproduce: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeCambodianIdCardResponse]:
        """Cambodian ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeCambodianIdCardResponse. The options are those of `OcrClient.recognize_cambodian_id_card`."""
        return self._invoke_raw(
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
        convert_unicode: bool | None = None,
        return_confidence: bool | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_translation: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeMyanmarIdcardResponse]:
        """Myanmar ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeMyanmarIdcardResponse. The options are those of `OcrClient.recognize_myanmar_idcard`."""
        return self._invoke_raw(
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    def recognize_myanmar_driver_license(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeMyanmarDriverLicenseResponse]:
        """Myanmar Driving License OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeMyanmarDriverLicenseResponse. The options are those of `OcrClient.recognize_myanmar_driver_license`."""
        return self._invoke_raw(
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
    ) -> RawResponse[models.RecognizeChileIdCardResponse]:
        """Chile ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeChileIdCardResponse. The options are those of `OcrClient.recognize_chile_id_card`."""
        return self._invoke_raw(
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
        side: VietnamIdCardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeVietnamIdCardResponse]:
        """Vietnam ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeVietnamIdCardResponse. The options are those of `OcrClient.recognize_vietnam_id_card`."""
        return self._invoke_raw(
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizePeruIdCardResponse]:
        """Peru ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizePeruIdCardResponse. The options are those of `OcrClient.recognize_peru_id_card`."""
        return self._invoke_raw(
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
        detect_direction: bool | None = None,
        quick_mode: bool | None = None,
        character_mode: bool | None = None,
        language: GeneralTextRequestBodyLanguage | None = None,
        single_orientation_mode: bool | None = None,
        pdf_page_number: int | None = None,
        return_markdown_result: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeGeneralTextResponse]:
        """General Text OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeGeneralTextResponse. The options are those of `OcrClient.recognize_general_text`."""
        return self._invoke_raw(
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
        single_orientation_mode: bool | None = None,
        language: SmartDocumentRecognizerRequestBodyLanguage | None = None,
        kv: bool | None = None,
        table: bool | None = None,
        layout: bool | None = None,
        return_excel: bool | None = None,
        form: bool | None = None,
        formula: bool | None = None,
        image_layout: bool | None = None,
        kv_map: str | None = None,
        erase_seal: bool | None = None,
        pdf_page_number: int | None = None,
        character_mode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeSmartDocumentRecognizerResponse]:
        """Smart Document Recognizer OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeSmartDocumentRecognizerResponse. The options are those of `OcrClient.recognize_smart_document_recognizer`."""
        return self._invoke_raw(
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
        return_text_location: bool | None = None,
        return_char_location: bool | None = None,
        return_confidence: bool | None = None,
        return_excel: bool | None = None,
        return_rectification_matrix: bool | None = None,
        with_borders: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeGeneralTableResponse]:
        """General Table OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeGeneralTableResponse. The options are those of `OcrClient.recognize_general_table`."""
        return self._invoke_raw(
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
        detect_direction: bool | None = None,
        extract_type: list[WebImageRequestBodyExtractTypeItem] | None = None,
        detect_font: bool | None = None,
        detect_text_direction: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeWebImageResponse]:
        """Web Image OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeWebImageResponse. The options are those of `OcrClient.recognize_web_image`."""
        return self._invoke_raw(
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
    ) -> RawResponse[models.RecognizeThailandLicensePlateResponse]:
        """Thailand Plate Number OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeThailandLicensePlateResponse. The options are those of `OcrClient.recognize_thailand_license_plate`."""
        return self._invoke_raw(
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


class AsyncRawOperations(_AsyncInvoker):
    """The same coroutines, each returning the answer as received
    (`RawResponse`: status, headers, request id, elapsed, attempts, the JSON bytes, `parse()`)."""

    async def recognize_id_card(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        side: IdCardRequestBodySide | None = None,
        return_verification: bool | None = None,
        return_text_location: bool | None = None,
        return_portrait_location: bool | None = None,
        return_portrait_image: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_reproduce: bool | None = None,
        detect_copy: bool | None = None,
        detect_tampering: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_interim: bool | None = None,
        detect_glare: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeIdCardResponse]:
        """ID Card OCR (People's Republic of China), as received: `RawResponse`, whose `parse()` gives
        models.RecognizeIdCardResponse. The options are those of `AsyncOcrClient.recognize_id_card`."""
        return await self._invoke_raw(
            "recognize_id_card",
            models.IdCardRequestBody,
            models.RecognizeIdCardResponse,
            image=image,
            url=url,
            options={
                "side": side,
                "return_verification": return_verification,
                "return_text_location": return_text_location,
                "return_portrait_location": return_portrait_location,
                "return_portrait_image": return_portrait_image,
                "return_adjusted_image": return_adjusted_image,
                "detect_reproduce": detect_reproduce,
                "detect_copy": detect_copy,
                "detect_tampering": detect_tampering,
                "detect_border_integrity": detect_border_integrity,
                "detect_blocking_within_border": detect_blocking_within_border,
                "detect_blur": detect_blur,
                "detect_interim": detect_interim,
                "detect_glare": detect_glare,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_passport(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        country_code: PassportRequestBodyCountryCode | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizePassportResponse]:
        """Passport OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizePassportResponse. The options are those of `AsyncOcrClient.recognize_passport`."""
        return await self._invoke_raw(
            "recognize_passport",
            models.PassportRequestBody,
            models.RecognizePassportResponse,
            image=image,
            url=url,
            options={
                "country_code": country_code,
            },
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
        | None = None,
        id_type: IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | None = None,
        return_portrait_image: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeIdDocumentResponse]:
        """ID Document OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeIdDocumentResponse. The options are those of `AsyncOcrClient.recognize_id_document`."""
        return await self._invoke_raw(
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
        alarm: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeAutoIdDocClassificationResponse]:
        """Auto ID Document Classification OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeAutoIdDocClassificationResponse. The options are those of `AsyncOcrClient.recognize_auto_id_doc_classification`."""
        return await self._invoke_raw(
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
        side: ThailandIdcardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeThailandIdcardResponse]:
        """Thailand ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeThailandIdcardResponse. The options are those of `AsyncOcrClient.recognize_thailand_idcard`."""
        return await self._invoke_raw(
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
    ) -> RawResponse[models.RecognizeColombiaIdCardResponse]:
        """Colombia ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeColombiaIdCardResponse. The options are those of `AsyncOcrClient.recognize_colombia_id_card`."""
        return await self._invoke_raw(
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        detect_border_integrity: bool | None = None,
        detect_blocking_within_border: bool | None = None,
        detect_blur: bool | None = None,
        detect_glare: bool | None = None,
        return_adjusted_image: bool | None = None,
        detect_tampering: bool | None = None,
        detect_reproduce: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeCambodianIdCardResponse]:
        """Cambodian ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeCambodianIdCardResponse. The options are those of `AsyncOcrClient.recognize_cambodian_id_card`."""
        return await self._invoke_raw(
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
        convert_unicode: bool | None = None,
        return_confidence: bool | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_translation: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeMyanmarIdcardResponse]:
        """Myanmar ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeMyanmarIdcardResponse. The options are those of `AsyncOcrClient.recognize_myanmar_idcard`."""
        return await self._invoke_raw(
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
            extra_body=extra_body,
            extra_headers=extra_headers,
        )

    async def recognize_myanmar_driver_license(
        self,
        image: ImageSource | None = None,
        *,
        url: str | None = None,
        convert_unicode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeMyanmarDriverLicenseResponse]:
        """Myanmar Driving License OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeMyanmarDriverLicenseResponse. The options are those of `AsyncOcrClient.recognize_myanmar_driver_license`."""
        return await self._invoke_raw(
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
    ) -> RawResponse[models.RecognizeChileIdCardResponse]:
        """Chile ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeChileIdCardResponse. The options are those of `AsyncOcrClient.recognize_chile_id_card`."""
        return await self._invoke_raw(
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
        side: VietnamIdCardRequestBodySide | None = None,
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        return_idcard_type: bool | None = None,
        return_text_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeVietnamIdCardResponse]:
        """Vietnam ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeVietnamIdCardResponse. The options are those of `AsyncOcrClient.recognize_vietnam_id_card`."""
        return await self._invoke_raw(
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
        return_portrait_image: bool | None = None,
        return_portrait_location: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizePeruIdCardResponse]:
        """Peru ID Card OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizePeruIdCardResponse. The options are those of `AsyncOcrClient.recognize_peru_id_card`."""
        return await self._invoke_raw(
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
        detect_direction: bool | None = None,
        quick_mode: bool | None = None,
        character_mode: bool | None = None,
        language: GeneralTextRequestBodyLanguage | None = None,
        single_orientation_mode: bool | None = None,
        pdf_page_number: int | None = None,
        return_markdown_result: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeGeneralTextResponse]:
        """General Text OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeGeneralTextResponse. The options are those of `AsyncOcrClient.recognize_general_text`."""
        return await self._invoke_raw(
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
        single_orientation_mode: bool | None = None,
        language: SmartDocumentRecognizerRequestBodyLanguage | None = None,
        kv: bool | None = None,
        table: bool | None = None,
        layout: bool | None = None,
        return_excel: bool | None = None,
        form: bool | None = None,
        formula: bool | None = None,
        image_layout: bool | None = None,
        kv_map: str | None = None,
        erase_seal: bool | None = None,
        pdf_page_number: int | None = None,
        character_mode: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeSmartDocumentRecognizerResponse]:
        """Smart Document Recognizer OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeSmartDocumentRecognizerResponse. The options are those of `AsyncOcrClient.recognize_smart_document_recognizer`."""
        return await self._invoke_raw(
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
        return_text_location: bool | None = None,
        return_char_location: bool | None = None,
        return_confidence: bool | None = None,
        return_excel: bool | None = None,
        return_rectification_matrix: bool | None = None,
        with_borders: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeGeneralTableResponse]:
        """General Table OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeGeneralTableResponse. The options are those of `AsyncOcrClient.recognize_general_table`."""
        return await self._invoke_raw(
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
        detect_direction: bool | None = None,
        extract_type: list[WebImageRequestBodyExtractTypeItem] | None = None,
        detect_font: bool | None = None,
        detect_text_direction: bool | None = None,
        enterprise_project_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[models.RecognizeWebImageResponse]:
        """Web Image OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeWebImageResponse. The options are those of `AsyncOcrClient.recognize_web_image`."""
        return await self._invoke_raw(
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
            headers={
                "Enterprise-Project-Id": enterprise_project_id,
            },
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
    ) -> RawResponse[models.RecognizeThailandLicensePlateResponse]:
        """Thailand Plate Number OCR, as received: `RawResponse`, whose `parse()` gives
        models.RecognizeThailandLicensePlateResponse. The options are those of `AsyncOcrClient.recognize_thailand_license_plate`."""
        return await self._invoke_raw(
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
