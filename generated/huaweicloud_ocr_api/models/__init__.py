"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): a model's module is imported the first time the model is used, so
importing the package does not pay for every model of every operation.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auto_id_doc_classification_alarm_confidence import AutoIdDocClassificationAlarmConfidence
    from .auto_id_doc_classification_alarm_result import AutoIdDocClassificationAlarmResult
    from .auto_id_doc_classification_request_body import AutoIdDocClassificationRequestBody
    from .auto_id_doc_classification_result import AutoIdDocClassificationResult
    from .cambodian_id_card_confidence import CambodianIdCardConfidence
    from .cambodian_id_card_request_body import CambodianIdCardRequestBody
    from .cambodian_id_card_result import CambodianIdCardResult
    from .cambodian_id_card_score_information_result import CambodianIdCardScoreInformationResult
    from .chile_id_card_confidence import ChileIdCardConfidence
    from .chile_id_card_request_body import ChileIdCardRequestBody
    from .chile_id_card_result import ChileIdCardResult
    from .colombia_id_card_confidence import ColombiaIdCardConfidence
    from .colombia_id_card_request_body import ColombiaIdCardRequestBody
    from .colombia_id_card_result import ColombiaIdCardResult
    from .error_response import ErrorResponse
    from .error_result import ErrorResult
    from .general_table_char_list_item import GeneralTableCharListItem
    from .general_table_request_body import GeneralTableRequestBody
    from .general_table_result import GeneralTableResult
    from .general_table_words_block_list import GeneralTableWordsBlockList
    from .general_table_words_list_item import GeneralTableWordsListItem
    from .general_table_words_region_list import GeneralTableWordsRegionList
    from .general_text_char_list import GeneralTextCharList
    from .general_text_request_body import GeneralTextRequestBody
    from .general_text_request_body_language import GeneralTextRequestBodyLanguage
    from .general_text_result import GeneralTextResult
    from .general_text_words_block_list import GeneralTextWordsBlockList
    from .iam_auth import IamAuth
    from .iam_domain_name import IamDomainName
    from .iam_error import IamError
    from .iam_error_response import IamErrorResponse
    from .iam_identity import IamIdentity
    from .iam_identity_methods_item import IamIdentityMethodsItem
    from .iam_links import IamLinks
    from .iam_password_identity import IamPasswordIdentity
    from .iam_project import IamProject
    from .iam_project_scope import IamProjectScope
    from .iam_scope import IamScope
    from .iam_token import IamToken
    from .iam_token_project import IamTokenProject
    from .iam_user import IamUser
    from .id_card_back_result import IdCardBackResult
    from .id_card_back_result_text_location import IdCardBackResultTextLocation
    from .id_card_front_result import IdCardFrontResult
    from .id_card_front_result_text_location import IdCardFrontResultTextLocation
    from .id_card_request_body import IdCardRequestBody
    from .id_card_request_body_side import IdCardRequestBodySide
    from .id_card_result import IdCardResult
    from .id_card_result_text_location import IdCardResultTextLocation
    from .id_card_score_info import IdCardScoreInfo
    from .id_card_verification_result import IdCardVerificationResult
    from .id_document_confidence import IdDocumentConfidence
    from .id_document_item import IdDocumentItem
    from .id_document_request_body import IdDocumentRequestBody
    from .id_document_request_body_country_region_type_0_item import IdDocumentRequestBodyCountryRegionType0Item
    from .id_document_request_body_country_region_type_1 import IdDocumentRequestBodyCountryRegionType1
    from .id_document_request_body_id_type_type_0_item import IdDocumentRequestBodyIdTypeType0Item
    from .id_document_request_body_id_type_type_1 import IdDocumentRequestBodyIdTypeType1
    from .keystone_create_user_token_by_password_request_body import KeystoneCreateUserTokenByPasswordRequestBody
    from .keystone_create_user_token_by_password_response import KeystoneCreateUserTokenByPasswordResponse
    from .keystone_list_projects_response import KeystoneListProjectsResponse
    from .myanmar_driver_license_confidence import MyanmarDriverLicenseConfidence
    from .myanmar_driver_license_request_body import MyanmarDriverLicenseRequestBody
    from .myanmar_driver_license_result import MyanmarDriverLicenseResult
    from .myanmar_idcard_confidence import MyanmarIdcardConfidence
    from .myanmar_idcard_request_body import MyanmarIdcardRequestBody
    from .myanmar_idcard_result import MyanmarIdcardResult
    from .myanmar_idcard_translation_info import MyanmarIdcardTranslationInfo
    from .passport_confidence import PassportConfidence
    from .passport_extra_info import PassportExtraInfo
    from .passport_local_language import PassportLocalLanguage
    from .passport_request_body import PassportRequestBody
    from .passport_request_body_country_code import PassportRequestBodyCountryCode
    from .passport_result import PassportResult
    from .peru_id_card_confidence import PeruIdCardConfidence
    from .peru_id_card_request_body import PeruIdCardRequestBody
    from .peru_id_card_result import PeruIdCardResult
    from .recognize_auto_id_doc_classification_response import RecognizeAutoIdDocClassificationResponse
    from .recognize_cambodian_id_card_response import RecognizeCambodianIdCardResponse
    from .recognize_chile_id_card_response import RecognizeChileIdCardResponse
    from .recognize_colombia_id_card_response import RecognizeColombiaIdCardResponse
    from .recognize_general_table_response import RecognizeGeneralTableResponse
    from .recognize_general_text_response import RecognizeGeneralTextResponse
    from .recognize_id_card_response import RecognizeIdCardResponse
    from .recognize_id_document_response import RecognizeIdDocumentResponse
    from .recognize_myanmar_driver_license_response import RecognizeMyanmarDriverLicenseResponse
    from .recognize_myanmar_idcard_response import RecognizeMyanmarIdcardResponse
    from .recognize_passport_response import RecognizePassportResponse
    from .recognize_peru_id_card_response import RecognizePeruIdCardResponse
    from .recognize_smart_document_recognizer_response import RecognizeSmartDocumentRecognizerResponse
    from .recognize_thailand_idcard_response import RecognizeThailandIdcardResponse
    from .recognize_thailand_license_plate_response import RecognizeThailandLicensePlateResponse
    from .recognize_vietnam_id_card_response import RecognizeVietnamIdCardResponse
    from .recognize_web_image_response import RecognizeWebImageResponse
    from .smart_document_recognizer_char_list import SmartDocumentRecognizerCharList
    from .smart_document_recognizer_form_result import SmartDocumentRecognizerFormResult
    from .smart_document_recognizer_formula_block import SmartDocumentRecognizerFormulaBlock
    from .smart_document_recognizer_formula_result import SmartDocumentRecognizerFormulaResult
    from .smart_document_recognizer_kv_block import SmartDocumentRecognizerKvBlock
    from .smart_document_recognizer_kv_result import SmartDocumentRecognizerKvResult
    from .smart_document_recognizer_kv_words_block import SmartDocumentRecognizerKvWordsBlock
    from .smart_document_recognizer_layout_block import SmartDocumentRecognizerLayoutBlock
    from .smart_document_recognizer_layout_result import SmartDocumentRecognizerLayoutResult
    from .smart_document_recognizer_ocr_result import SmartDocumentRecognizerOcrResult
    from .smart_document_recognizer_request_body import SmartDocumentRecognizerRequestBody
    from .smart_document_recognizer_request_body_language import SmartDocumentRecognizerRequestBodyLanguage
    from .smart_document_recognizer_result import SmartDocumentRecognizerResult
    from .smart_document_recognizer_table_block import SmartDocumentRecognizerTableBlock
    from .smart_document_recognizer_table_result import SmartDocumentRecognizerTableResult
    from .smart_document_recognizer_table_words_block import SmartDocumentRecognizerTableWordsBlock
    from .smart_document_recognizer_words_block_list import SmartDocumentRecognizerWordsBlockList
    from .thailand_idcard_confidence import ThailandIdcardConfidence
    from .thailand_idcard_request_body import ThailandIdcardRequestBody
    from .thailand_idcard_request_body_side import ThailandIdcardRequestBodySide
    from .thailand_idcard_result import ThailandIdcardResult
    from .thailand_idcard_result_text_location import ThailandIdcardResultTextLocation
    from .thailand_license_plate_item import ThailandLicensePlateItem
    from .thailand_license_plate_request_body import ThailandLicensePlateRequestBody
    from .vietnam_id_card_confidence import VietnamIdCardConfidence
    from .vietnam_id_card_request_body import VietnamIdCardRequestBody
    from .vietnam_id_card_request_body_side import VietnamIdCardRequestBodySide
    from .vietnam_id_card_result import VietnamIdCardResult
    from .vietnam_id_card_text_location import VietnamIdCardTextLocation
    from .web_image_contact_info import WebImageContactInfo
    from .web_image_extracted_data import WebImageExtractedData
    from .web_image_image_size import WebImageImageSize
    from .web_image_request_body import WebImageRequestBody
    from .web_image_request_body_extract_type_item import WebImageRequestBodyExtractTypeItem
    from .web_image_result import WebImageResult
    from .web_image_words_block_list import WebImageWordsBlockList

_MODULE_OF = {
    "AutoIdDocClassificationAlarmConfidence": ".auto_id_doc_classification_alarm_confidence",
    "AutoIdDocClassificationAlarmResult": ".auto_id_doc_classification_alarm_result",
    "AutoIdDocClassificationRequestBody": ".auto_id_doc_classification_request_body",
    "AutoIdDocClassificationResult": ".auto_id_doc_classification_result",
    "CambodianIdCardConfidence": ".cambodian_id_card_confidence",
    "CambodianIdCardRequestBody": ".cambodian_id_card_request_body",
    "CambodianIdCardResult": ".cambodian_id_card_result",
    "CambodianIdCardScoreInformationResult": ".cambodian_id_card_score_information_result",
    "ChileIdCardConfidence": ".chile_id_card_confidence",
    "ChileIdCardRequestBody": ".chile_id_card_request_body",
    "ChileIdCardResult": ".chile_id_card_result",
    "ColombiaIdCardConfidence": ".colombia_id_card_confidence",
    "ColombiaIdCardRequestBody": ".colombia_id_card_request_body",
    "ColombiaIdCardResult": ".colombia_id_card_result",
    "ErrorResponse": ".error_response",
    "ErrorResult": ".error_result",
    "GeneralTableCharListItem": ".general_table_char_list_item",
    "GeneralTableRequestBody": ".general_table_request_body",
    "GeneralTableResult": ".general_table_result",
    "GeneralTableWordsBlockList": ".general_table_words_block_list",
    "GeneralTableWordsListItem": ".general_table_words_list_item",
    "GeneralTableWordsRegionList": ".general_table_words_region_list",
    "GeneralTextCharList": ".general_text_char_list",
    "GeneralTextRequestBody": ".general_text_request_body",
    "GeneralTextRequestBodyLanguage": ".general_text_request_body_language",
    "GeneralTextResult": ".general_text_result",
    "GeneralTextWordsBlockList": ".general_text_words_block_list",
    "IamAuth": ".iam_auth",
    "IamDomainName": ".iam_domain_name",
    "IamError": ".iam_error",
    "IamErrorResponse": ".iam_error_response",
    "IamIdentity": ".iam_identity",
    "IamIdentityMethodsItem": ".iam_identity_methods_item",
    "IamLinks": ".iam_links",
    "IamPasswordIdentity": ".iam_password_identity",
    "IamProject": ".iam_project",
    "IamProjectScope": ".iam_project_scope",
    "IamScope": ".iam_scope",
    "IamToken": ".iam_token",
    "IamTokenProject": ".iam_token_project",
    "IamUser": ".iam_user",
    "IdCardBackResult": ".id_card_back_result",
    "IdCardBackResultTextLocation": ".id_card_back_result_text_location",
    "IdCardFrontResult": ".id_card_front_result",
    "IdCardFrontResultTextLocation": ".id_card_front_result_text_location",
    "IdCardRequestBody": ".id_card_request_body",
    "IdCardRequestBodySide": ".id_card_request_body_side",
    "IdCardResult": ".id_card_result",
    "IdCardResultTextLocation": ".id_card_result_text_location",
    "IdCardScoreInfo": ".id_card_score_info",
    "IdCardVerificationResult": ".id_card_verification_result",
    "IdDocumentConfidence": ".id_document_confidence",
    "IdDocumentItem": ".id_document_item",
    "IdDocumentRequestBody": ".id_document_request_body",
    "IdDocumentRequestBodyCountryRegionType0Item": ".id_document_request_body_country_region_type_0_item",
    "IdDocumentRequestBodyCountryRegionType1": ".id_document_request_body_country_region_type_1",
    "IdDocumentRequestBodyIdTypeType0Item": ".id_document_request_body_id_type_type_0_item",
    "IdDocumentRequestBodyIdTypeType1": ".id_document_request_body_id_type_type_1",
    "KeystoneCreateUserTokenByPasswordRequestBody": ".keystone_create_user_token_by_password_request_body",
    "KeystoneCreateUserTokenByPasswordResponse": ".keystone_create_user_token_by_password_response",
    "KeystoneListProjectsResponse": ".keystone_list_projects_response",
    "MyanmarDriverLicenseConfidence": ".myanmar_driver_license_confidence",
    "MyanmarDriverLicenseRequestBody": ".myanmar_driver_license_request_body",
    "MyanmarDriverLicenseResult": ".myanmar_driver_license_result",
    "MyanmarIdcardConfidence": ".myanmar_idcard_confidence",
    "MyanmarIdcardRequestBody": ".myanmar_idcard_request_body",
    "MyanmarIdcardResult": ".myanmar_idcard_result",
    "MyanmarIdcardTranslationInfo": ".myanmar_idcard_translation_info",
    "PassportConfidence": ".passport_confidence",
    "PassportExtraInfo": ".passport_extra_info",
    "PassportLocalLanguage": ".passport_local_language",
    "PassportRequestBody": ".passport_request_body",
    "PassportRequestBodyCountryCode": ".passport_request_body_country_code",
    "PassportResult": ".passport_result",
    "PeruIdCardConfidence": ".peru_id_card_confidence",
    "PeruIdCardRequestBody": ".peru_id_card_request_body",
    "PeruIdCardResult": ".peru_id_card_result",
    "RecognizeAutoIdDocClassificationResponse": ".recognize_auto_id_doc_classification_response",
    "RecognizeCambodianIdCardResponse": ".recognize_cambodian_id_card_response",
    "RecognizeChileIdCardResponse": ".recognize_chile_id_card_response",
    "RecognizeColombiaIdCardResponse": ".recognize_colombia_id_card_response",
    "RecognizeGeneralTableResponse": ".recognize_general_table_response",
    "RecognizeGeneralTextResponse": ".recognize_general_text_response",
    "RecognizeIdCardResponse": ".recognize_id_card_response",
    "RecognizeIdDocumentResponse": ".recognize_id_document_response",
    "RecognizeMyanmarDriverLicenseResponse": ".recognize_myanmar_driver_license_response",
    "RecognizeMyanmarIdcardResponse": ".recognize_myanmar_idcard_response",
    "RecognizePassportResponse": ".recognize_passport_response",
    "RecognizePeruIdCardResponse": ".recognize_peru_id_card_response",
    "RecognizeSmartDocumentRecognizerResponse": ".recognize_smart_document_recognizer_response",
    "RecognizeThailandIdcardResponse": ".recognize_thailand_idcard_response",
    "RecognizeThailandLicensePlateResponse": ".recognize_thailand_license_plate_response",
    "RecognizeVietnamIdCardResponse": ".recognize_vietnam_id_card_response",
    "RecognizeWebImageResponse": ".recognize_web_image_response",
    "SmartDocumentRecognizerCharList": ".smart_document_recognizer_char_list",
    "SmartDocumentRecognizerFormResult": ".smart_document_recognizer_form_result",
    "SmartDocumentRecognizerFormulaBlock": ".smart_document_recognizer_formula_block",
    "SmartDocumentRecognizerFormulaResult": ".smart_document_recognizer_formula_result",
    "SmartDocumentRecognizerKvBlock": ".smart_document_recognizer_kv_block",
    "SmartDocumentRecognizerKvResult": ".smart_document_recognizer_kv_result",
    "SmartDocumentRecognizerKvWordsBlock": ".smart_document_recognizer_kv_words_block",
    "SmartDocumentRecognizerLayoutBlock": ".smart_document_recognizer_layout_block",
    "SmartDocumentRecognizerLayoutResult": ".smart_document_recognizer_layout_result",
    "SmartDocumentRecognizerOcrResult": ".smart_document_recognizer_ocr_result",
    "SmartDocumentRecognizerRequestBody": ".smart_document_recognizer_request_body",
    "SmartDocumentRecognizerRequestBodyLanguage": ".smart_document_recognizer_request_body_language",
    "SmartDocumentRecognizerResult": ".smart_document_recognizer_result",
    "SmartDocumentRecognizerTableBlock": ".smart_document_recognizer_table_block",
    "SmartDocumentRecognizerTableResult": ".smart_document_recognizer_table_result",
    "SmartDocumentRecognizerTableWordsBlock": ".smart_document_recognizer_table_words_block",
    "SmartDocumentRecognizerWordsBlockList": ".smart_document_recognizer_words_block_list",
    "ThailandIdcardConfidence": ".thailand_idcard_confidence",
    "ThailandIdcardRequestBody": ".thailand_idcard_request_body",
    "ThailandIdcardRequestBodySide": ".thailand_idcard_request_body_side",
    "ThailandIdcardResult": ".thailand_idcard_result",
    "ThailandIdcardResultTextLocation": ".thailand_idcard_result_text_location",
    "ThailandLicensePlateItem": ".thailand_license_plate_item",
    "ThailandLicensePlateRequestBody": ".thailand_license_plate_request_body",
    "VietnamIdCardConfidence": ".vietnam_id_card_confidence",
    "VietnamIdCardRequestBody": ".vietnam_id_card_request_body",
    "VietnamIdCardRequestBodySide": ".vietnam_id_card_request_body_side",
    "VietnamIdCardResult": ".vietnam_id_card_result",
    "VietnamIdCardTextLocation": ".vietnam_id_card_text_location",
    "WebImageContactInfo": ".web_image_contact_info",
    "WebImageExtractedData": ".web_image_extracted_data",
    "WebImageImageSize": ".web_image_image_size",
    "WebImageRequestBody": ".web_image_request_body",
    "WebImageRequestBodyExtractTypeItem": ".web_image_request_body_extract_type_item",
    "WebImageResult": ".web_image_result",
    "WebImageWordsBlockList": ".web_image_words_block_list",
}


if not TYPE_CHECKING:  # hidden from type checkers: a misspelt model name stays an error there

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AutoIdDocClassificationAlarmConfidence",
    "AutoIdDocClassificationAlarmResult",
    "AutoIdDocClassificationRequestBody",
    "AutoIdDocClassificationResult",
    "CambodianIdCardConfidence",
    "CambodianIdCardRequestBody",
    "CambodianIdCardResult",
    "CambodianIdCardScoreInformationResult",
    "ChileIdCardConfidence",
    "ChileIdCardRequestBody",
    "ChileIdCardResult",
    "ColombiaIdCardConfidence",
    "ColombiaIdCardRequestBody",
    "ColombiaIdCardResult",
    "ErrorResponse",
    "ErrorResult",
    "GeneralTableCharListItem",
    "GeneralTableRequestBody",
    "GeneralTableResult",
    "GeneralTableWordsBlockList",
    "GeneralTableWordsListItem",
    "GeneralTableWordsRegionList",
    "GeneralTextCharList",
    "GeneralTextRequestBody",
    "GeneralTextRequestBodyLanguage",
    "GeneralTextResult",
    "GeneralTextWordsBlockList",
    "IamAuth",
    "IamDomainName",
    "IamError",
    "IamErrorResponse",
    "IamIdentity",
    "IamIdentityMethodsItem",
    "IamLinks",
    "IamPasswordIdentity",
    "IamProject",
    "IamProjectScope",
    "IamScope",
    "IamToken",
    "IamTokenProject",
    "IamUser",
    "IdCardBackResult",
    "IdCardBackResultTextLocation",
    "IdCardFrontResult",
    "IdCardFrontResultTextLocation",
    "IdCardRequestBody",
    "IdCardRequestBodySide",
    "IdCardResult",
    "IdCardResultTextLocation",
    "IdCardScoreInfo",
    "IdCardVerificationResult",
    "IdDocumentConfidence",
    "IdDocumentItem",
    "IdDocumentRequestBody",
    "IdDocumentRequestBodyCountryRegionType0Item",
    "IdDocumentRequestBodyCountryRegionType1",
    "IdDocumentRequestBodyIdTypeType0Item",
    "IdDocumentRequestBodyIdTypeType1",
    "KeystoneCreateUserTokenByPasswordRequestBody",
    "KeystoneCreateUserTokenByPasswordResponse",
    "KeystoneListProjectsResponse",
    "MyanmarDriverLicenseConfidence",
    "MyanmarDriverLicenseRequestBody",
    "MyanmarDriverLicenseResult",
    "MyanmarIdcardConfidence",
    "MyanmarIdcardRequestBody",
    "MyanmarIdcardResult",
    "MyanmarIdcardTranslationInfo",
    "PassportConfidence",
    "PassportExtraInfo",
    "PassportLocalLanguage",
    "PassportRequestBody",
    "PassportRequestBodyCountryCode",
    "PassportResult",
    "PeruIdCardConfidence",
    "PeruIdCardRequestBody",
    "PeruIdCardResult",
    "RecognizeAutoIdDocClassificationResponse",
    "RecognizeCambodianIdCardResponse",
    "RecognizeChileIdCardResponse",
    "RecognizeColombiaIdCardResponse",
    "RecognizeGeneralTableResponse",
    "RecognizeGeneralTextResponse",
    "RecognizeIdCardResponse",
    "RecognizeIdDocumentResponse",
    "RecognizeMyanmarDriverLicenseResponse",
    "RecognizeMyanmarIdcardResponse",
    "RecognizePassportResponse",
    "RecognizePeruIdCardResponse",
    "RecognizeSmartDocumentRecognizerResponse",
    "RecognizeThailandIdcardResponse",
    "RecognizeThailandLicensePlateResponse",
    "RecognizeVietnamIdCardResponse",
    "RecognizeWebImageResponse",
    "SmartDocumentRecognizerCharList",
    "SmartDocumentRecognizerFormResult",
    "SmartDocumentRecognizerFormulaBlock",
    "SmartDocumentRecognizerFormulaResult",
    "SmartDocumentRecognizerKvBlock",
    "SmartDocumentRecognizerKvResult",
    "SmartDocumentRecognizerKvWordsBlock",
    "SmartDocumentRecognizerLayoutBlock",
    "SmartDocumentRecognizerLayoutResult",
    "SmartDocumentRecognizerOcrResult",
    "SmartDocumentRecognizerRequestBody",
    "SmartDocumentRecognizerRequestBodyLanguage",
    "SmartDocumentRecognizerResult",
    "SmartDocumentRecognizerTableBlock",
    "SmartDocumentRecognizerTableResult",
    "SmartDocumentRecognizerTableWordsBlock",
    "SmartDocumentRecognizerWordsBlockList",
    "ThailandIdcardConfidence",
    "ThailandIdcardRequestBody",
    "ThailandIdcardRequestBodySide",
    "ThailandIdcardResult",
    "ThailandIdcardResultTextLocation",
    "ThailandLicensePlateItem",
    "ThailandLicensePlateRequestBody",
    "VietnamIdCardConfidence",
    "VietnamIdCardRequestBody",
    "VietnamIdCardRequestBodySide",
    "VietnamIdCardResult",
    "VietnamIdCardTextLocation",
    "WebImageContactInfo",
    "WebImageExtractedData",
    "WebImageImageSize",
    "WebImageRequestBody",
    "WebImageRequestBodyExtractTypeItem",
    "WebImageResult",
    "WebImageWordsBlockList",
)
