from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_document_recognizer_request_body_language import (
    SmartDocumentRecognizerRequestBodyLanguage,
    check_smart_document_recognizer_request_body_language,
)
from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="SmartDocumentRecognizerRequestBody")


@_attrs_define(repr=False)
class SmartDocumentRecognizerRequestBody:
    """Request body of Smart Document Recognizer (seed 002 Table 4-3). Set exactly one of
    `data` and `url`.

        Attributes:
            data (str | Unset): Base64 string of an image or PDF file. Set either this parameter or url. The file
                size after Base64 encoding should not exceed 10 MB; keep the original under 7 MB. No
                side of the image can be smaller than 15 or larger than 30,000 pixels. Only images in
                JPG, PNG, BMP, or TIFF format can be recognized. PDFs are converted to images with a
                resolution of 150 dpi for document analysis, and they must meet the image size
                requirements above. If a PDF has multiple pages, only the first page will be
                recognized.
            url (str | Unset): Set either this parameter or data. The Base64-encoded size of a single image or PDF
                file contained in a URL should not exceed 10 MB; keep the original under 7 MB.
                Supported: public HTTP/HTTPS URLs and URLs provided by OBS (authorized for OBS data:
                service, temporary or anonymous public authorization). The response time depends on
                the image download time; a slow download makes the call fail. OBS is recommended
                for storing images. The URL cannot contain Chinese characters; encode them in UTF-8.
            single_orientation_mode (bool | Unset): Whether to enable the single direction mode. true: enabled; false:
                disabled.
                Enabling it when text in the image is oriented uniformly improves recognition
                accuracy; disabling it when text varies in direction allows multi-direction text
                recognition. If not specified, true is used: the fields in the image are recognized
                as in a single direction.
                 Default: True.
            language (SmartDocumentRecognizerRequestBodyLanguage | Unset): Language. If not specified, Chinese and English
                are used. zh: Chinese and English;
                es: Spanish; ar: Arabic; pt: Portuguese; tr: Turkish; th: Thai.
                * Tables, forms, and layout analysis support Spanish, Arabic, Portuguese, Turkish,
                  and Thai.
                * Key-value pair extraction (KV) supports only Chinese and English.
            kv (bool | Unset): Whether to extract key-value pairs. If so, the results are returned with the keyword
                kv_result.
            table (bool | Unset): Whether to recognize tables. Here, tables refer to logical tables that typically have
                an M x N format and have a header in the first row or column. If so, the results are
                returned with the keyword table_result.
            layout (bool | Unset): Whether to analyze the layout. If so, the results are returned with the keyword
                layout_result.
            return_excel (bool | Unset): Available only when table is set to True. Whether to return the Base64-encoded
                field
                for converting a table into a Microsoft Excel file.
            form (bool | Unset): Whether to recognize wired forms. A wired form displays crucial information in wired
                cells, like household registers and motor vehicle sales invoices. If so, the results
                are returned with the keyword form_result.
            formula (bool | Unset): Whether to recognize formulas. The results are returned as a LaTeX sequence with the
                keyword formula_result.
                * Enabling formula recognition may slow down the response speed.
                * Formula recognition is supported for up to three lines only.
            image_layout (bool | Unset): Whether a secondary layout analysis should be performed on the images in the
                document. If enabled, the results are returned in layout_result with the keyword
                image_layout.
            kv_map (str | Unset): JSON-serialized string of a dictionary used to normalize and map specific keys in
                kv_result. For example, if kv_result contains {"Name": "Xiaoming"}, passing the
                kv_map {"Name": "Full name"} results in {"Full Name": "Xiaoming"}. Example:
                "kv_map":"{"Name":"Full name"}".
            erase_seal (bool | Unset): Whether to erase the seal. Enabling it can enhance the character recognition
                accuracy in the area blocked by the seal.
            pdf_page_number (int | Unset): Which page of the PDF file to recognize. If not specified, the first page is
                recognized.
            character_mode (bool | Unset): Whether to return single-character information. When enabled, the results for
                individual characters are included in the char_list within ocr_result. If not
                specified, single-character information is not returned.
                 Default: False.
    """

    data: str | Unset = UNSET
    url: str | Unset = UNSET
    single_orientation_mode: bool | Unset = True
    language: SmartDocumentRecognizerRequestBodyLanguage | Unset = UNSET
    kv: bool | Unset = UNSET
    table: bool | Unset = UNSET
    layout: bool | Unset = UNSET
    return_excel: bool | Unset = UNSET
    form: bool | Unset = UNSET
    formula: bool | Unset = UNSET
    image_layout: bool | Unset = UNSET
    kv_map: str | Unset = UNSET
    erase_seal: bool | Unset = UNSET
    pdf_page_number: int | Unset = UNSET
    character_mode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        url = self.url

        single_orientation_mode = self.single_orientation_mode

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        kv = self.kv

        table = self.table

        layout = self.layout

        return_excel = self.return_excel

        form = self.form

        formula = self.formula

        image_layout = self.image_layout

        kv_map = self.kv_map

        erase_seal = self.erase_seal

        pdf_page_number = self.pdf_page_number

        character_mode = self.character_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url
        if single_orientation_mode is not UNSET:
            field_dict["single_orientation_mode"] = single_orientation_mode
        if language is not UNSET:
            field_dict["language"] = language
        if kv is not UNSET:
            field_dict["kv"] = kv
        if table is not UNSET:
            field_dict["table"] = table
        if layout is not UNSET:
            field_dict["layout"] = layout
        if return_excel is not UNSET:
            field_dict["return_excel"] = return_excel
        if form is not UNSET:
            field_dict["form"] = form
        if formula is not UNSET:
            field_dict["formula"] = formula
        if image_layout is not UNSET:
            field_dict["image_layout"] = image_layout
        if kv_map is not UNSET:
            field_dict["kv_map"] = kv_map
        if erase_seal is not UNSET:
            field_dict["erase_seal"] = erase_seal
        if pdf_page_number is not UNSET:
            field_dict["pdf_page_number"] = pdf_page_number
        if character_mode is not UNSET:
            field_dict["character_mode"] = character_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        url = d.pop("url", UNSET)

        single_orientation_mode = d.pop("single_orientation_mode", UNSET)

        _language = d.pop("language", UNSET)
        language: SmartDocumentRecognizerRequestBodyLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_smart_document_recognizer_request_body_language(_language)

        kv = d.pop("kv", UNSET)

        table = d.pop("table", UNSET)

        layout = d.pop("layout", UNSET)

        return_excel = d.pop("return_excel", UNSET)

        form = d.pop("form", UNSET)

        formula = d.pop("formula", UNSET)

        image_layout = d.pop("image_layout", UNSET)

        kv_map = d.pop("kv_map", UNSET)

        erase_seal = d.pop("erase_seal", UNSET)

        pdf_page_number = d.pop("pdf_page_number", UNSET)

        character_mode = d.pop("character_mode", UNSET)

        smart_document_recognizer_request_body = cls(
            data=data,
            url=url,
            single_orientation_mode=single_orientation_mode,
            language=language,
            kv=kv,
            table=table,
            layout=layout,
            return_excel=return_excel,
            form=form,
            formula=formula,
            image_layout=image_layout,
            kv_map=kv_map,
            erase_seal=erase_seal,
            pdf_page_number=pdf_page_number,
            character_mode=character_mode,
        )

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
