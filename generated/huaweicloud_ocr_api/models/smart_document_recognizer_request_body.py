from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_document_recognizer_request_body_language import (
    SmartDocumentRecognizerRequestBodyLanguage,
    check_smart_document_recognizer_request_body_language,
)
from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="SmartDocumentRecognizerRequestBody")


@_attrs_define(repr=False)
class SmartDocumentRecognizerRequestBody:
    """Request body of Smart Document Recognizer (seed 002 Table 4-3). Set exactly one of
    `data` and `url`.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            data (str | None): Base64 string of an image or PDF file. Set either this parameter or url. The file
                size after Base64 encoding should not exceed 10 MB; keep the original under 7 MB. No
                side of the image can be smaller than 15 or larger than 30,000 pixels. Only images in
                JPG, PNG, BMP, or TIFF format can be recognized. PDFs are converted to images with a
                resolution of 150 dpi for document analysis, and they must meet the image size
                requirements above. If a PDF has multiple pages, only the first page will be
                recognized.
            url (str | None): Set either this parameter or data. The Base64-encoded size of a single image or PDF
                file contained in a URL should not exceed 10 MB; keep the original under 7 MB.
                Supported: public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
                service, temporary or anonymous public authorization). The response time depends on
                the image download time; a slow download makes the call fail. OBS is recommended
                for storing images. The URL cannot contain Chinese characters; encode them in UTF-8.
                An OBS URL must be in the same region as the OCR endpoint (seed 002 §7.3).
            single_orientation_mode (bool | None): Whether to enable the single direction mode. true: enabled; false:
                disabled.
                Enabling it when text in the image is oriented uniformly improves recognition
                accuracy; disabling it when text varies in direction allows multi-direction text
                recognition. If not specified, true is used: the fields in the image are recognized
                as in a single direction.
            language (SmartDocumentRecognizerRequestBodyLanguage | None): Language. If not specified, Chinese and English
                are used. zh: Chinese and English;
                es: Spanish; ar: Arabic; pt: Portuguese; tr: Turkish; th: Thai.
                * Tables, forms, and layout analysis support Spanish, Arabic, Portuguese, Turkish,
                  and Thai.
                * Key-value pair extraction (KV) supports only Chinese and English.
            kv (bool | None): Whether to extract key-value pairs. If so, the results are returned with the keyword
                kv_result.
            table (bool | None): Whether to recognize tables. Here, tables refer to logical tables that typically have
                an M x N format and have a header in the first row or column. If so, the results are
                returned with the keyword table_result.
            layout (bool | None): Whether to analyze the layout. If so, the results are returned with the keyword
                layout_result.
            return_excel (bool | None): Available only when table is set to True. Whether to return the Base64-encoded field
                for converting a table into a Microsoft Excel file.
            form (bool | None): Whether to recognize wired forms. A wired form displays crucial information in wired
                cells, like household registers and motor vehicle sales invoices. If so, the results
                are returned with the keyword form_result.
            formula (bool | None): Whether to recognize formulas. The results are returned as a LaTeX sequence with the
                keyword formula_result.
                * Enabling formula recognition may slow down the response speed.
                * Formula recognition is supported for up to three lines only.
            image_layout (bool | None): Whether a secondary layout analysis should be performed on the images in the
                document. If enabled, the results are returned in layout_result with the keyword
                image_layout.
            kv_map (str | None): JSON-serialized string of a dictionary used to normalize and map specific keys in
                kv_result. For example, if kv_result contains {"Name": "Xiaoming"}, passing the
                kv_map {"Name": "Full name"} results in {"Full Name": "Xiaoming"}. Example:
                "kv_map":"{"Name":"Full name"}".
            erase_seal (bool | None): Whether to erase the seal. Enabling it can enhance the character recognition
                accuracy in the area blocked by the seal.
            pdf_page_number (int | None): Which page of the PDF file to recognize. If not specified, the first page is
                recognized.
            character_mode (bool | None): Whether to return single-character information. When enabled, the results for
                individual characters are included in the char_list within ocr_result. If not
                specified, single-character information is not returned.
    """

    data: str | None = None
    url: str | None = None
    single_orientation_mode: bool | None = None
    language: SmartDocumentRecognizerRequestBodyLanguage | None = None
    kv: bool | None = None
    table: bool | None = None
    layout: bool | None = None
    return_excel: bool | None = None
    form: bool | None = None
    formula: bool | None = None
    image_layout: bool | None = None
    kv_map: str | None = None
    erase_seal: bool | None = None
    pdf_page_number: int | None = None
    character_mode: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        data = UNSET if self.data is None else self.data

        url = UNSET if self.url is None else self.url

        single_orientation_mode = UNSET if self.single_orientation_mode is None else self.single_orientation_mode

        _language_or_unset = UNSET if self.language is None else self.language
        language: str | Unset = UNSET
        if not isinstance(_language_or_unset, Unset):
            language = _language_or_unset

        kv = UNSET if self.kv is None else self.kv

        table = UNSET if self.table is None else self.table

        layout = UNSET if self.layout is None else self.layout

        return_excel = UNSET if self.return_excel is None else self.return_excel

        form = UNSET if self.form is None else self.form

        formula = UNSET if self.formula is None else self.formula

        image_layout = UNSET if self.image_layout is None else self.image_layout

        kv_map = UNSET if self.kv_map is None else self.kv_map

        erase_seal = UNSET if self.erase_seal is None else self.erase_seal

        pdf_page_number = UNSET if self.pdf_page_number is None else self.pdf_page_number

        character_mode = UNSET if self.character_mode is None else self.character_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        elif "data" in self._json_nulls:
            field_dict["data"] = None
        if url is not UNSET:
            field_dict["url"] = url
        elif "url" in self._json_nulls:
            field_dict["url"] = None
        if single_orientation_mode is not UNSET:
            field_dict["single_orientation_mode"] = single_orientation_mode
        elif "single_orientation_mode" in self._json_nulls:
            field_dict["single_orientation_mode"] = None
        if language is not UNSET:
            field_dict["language"] = language
        elif "language" in self._json_nulls:
            field_dict["language"] = None
        if kv is not UNSET:
            field_dict["kv"] = kv
        elif "kv" in self._json_nulls:
            field_dict["kv"] = None
        if table is not UNSET:
            field_dict["table"] = table
        elif "table" in self._json_nulls:
            field_dict["table"] = None
        if layout is not UNSET:
            field_dict["layout"] = layout
        elif "layout" in self._json_nulls:
            field_dict["layout"] = None
        if return_excel is not UNSET:
            field_dict["return_excel"] = return_excel
        elif "return_excel" in self._json_nulls:
            field_dict["return_excel"] = None
        if form is not UNSET:
            field_dict["form"] = form
        elif "form" in self._json_nulls:
            field_dict["form"] = None
        if formula is not UNSET:
            field_dict["formula"] = formula
        elif "formula" in self._json_nulls:
            field_dict["formula"] = None
        if image_layout is not UNSET:
            field_dict["image_layout"] = image_layout
        elif "image_layout" in self._json_nulls:
            field_dict["image_layout"] = None
        if kv_map is not UNSET:
            field_dict["kv_map"] = kv_map
        elif "kv_map" in self._json_nulls:
            field_dict["kv_map"] = None
        if erase_seal is not UNSET:
            field_dict["erase_seal"] = erase_seal
        elif "erase_seal" in self._json_nulls:
            field_dict["erase_seal"] = None
        if pdf_page_number is not UNSET:
            field_dict["pdf_page_number"] = pdf_page_number
        elif "pdf_page_number" in self._json_nulls:
            field_dict["pdf_page_number"] = None
        if character_mode is not UNSET:
            field_dict["character_mode"] = character_mode
        elif "character_mode" in self._json_nulls:
            field_dict["character_mode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        data = pop_optional(d, "data", json_nulls)

        url = pop_optional(d, "url", json_nulls)

        single_orientation_mode = pop_optional(d, "single_orientation_mode", json_nulls)

        _language = pop_optional(d, "language", json_nulls)
        language: SmartDocumentRecognizerRequestBodyLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_smart_document_recognizer_request_body_language(_language)

        kv = pop_optional(d, "kv", json_nulls)

        table = pop_optional(d, "table", json_nulls)

        layout = pop_optional(d, "layout", json_nulls)

        return_excel = pop_optional(d, "return_excel", json_nulls)

        form = pop_optional(d, "form", json_nulls)

        formula = pop_optional(d, "formula", json_nulls)

        image_layout = pop_optional(d, "image_layout", json_nulls)

        kv_map = pop_optional(d, "kv_map", json_nulls)

        erase_seal = pop_optional(d, "erase_seal", json_nulls)

        pdf_page_number = pop_optional(d, "pdf_page_number", json_nulls)

        character_mode = pop_optional(d, "character_mode", json_nulls)

        smart_document_recognizer_request_body = cls(
            data=None if isinstance(data, Unset) else data,
            url=None if isinstance(url, Unset) else url,
            single_orientation_mode=None if isinstance(single_orientation_mode, Unset) else single_orientation_mode,
            language=None if isinstance(language, Unset) else language,
            kv=None if isinstance(kv, Unset) else kv,
            table=None if isinstance(table, Unset) else table,
            layout=None if isinstance(layout, Unset) else layout,
            return_excel=None if isinstance(return_excel, Unset) else return_excel,
            form=None if isinstance(form, Unset) else form,
            formula=None if isinstance(formula, Unset) else formula,
            image_layout=None if isinstance(image_layout, Unset) else image_layout,
            kv_map=None if isinstance(kv_map, Unset) else kv_map,
            erase_seal=None if isinstance(erase_seal, Unset) else erase_seal,
            pdf_page_number=None if isinstance(pdf_page_number, Unset) else pdf_page_number,
            character_mode=None if isinstance(character_mode, Unset) else character_mode,
        )
        smart_document_recognizer_request_body._json_nulls = frozenset(json_nulls)

        smart_document_recognizer_request_body.additional_properties = d
        return smart_document_recognizer_request_body

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
