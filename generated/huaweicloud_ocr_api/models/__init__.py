"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .general_text_char_list import GeneralTextCharList
from .general_text_request_body import GeneralTextRequestBody
from .general_text_request_body_language import GeneralTextRequestBodyLanguage
from .general_text_result import GeneralTextResult
from .general_text_words_block_list import GeneralTextWordsBlockList
from .id_card_request_body import IdCardRequestBody
from .id_card_request_body_side import IdCardRequestBodySide
from .id_card_result import IDCardResult
from .passport_confidence import PassportConfidence
from .passport_extra_info import PassportExtraInfo
from .passport_local_language import PassportLocalLanguage
from .passport_request_body import PassportRequestBody
from .passport_result import PassportResult
from .recognize_general_text_response import RecognizeGeneralTextResponse
from .recognize_id_card_response import RecognizeIdCardResponse
from .recognize_passport_response import RecognizePassportResponse

__all__ = (
    "ErrorResponse",
    "GeneralTextCharList",
    "GeneralTextRequestBody",
    "GeneralTextRequestBodyLanguage",
    "GeneralTextResult",
    "GeneralTextWordsBlockList",
    "IdCardRequestBody",
    "IdCardRequestBodySide",
    "IDCardResult",
    "PassportConfidence",
    "PassportExtraInfo",
    "PassportLocalLanguage",
    "PassportRequestBody",
    "PassportResult",
    "RecognizeGeneralTextResponse",
    "RecognizeIdCardResponse",
    "RecognizePassportResponse",
)
