from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.smart_document_recognizer_form_result import SmartDocumentRecognizerFormResult
    from ..models.smart_document_recognizer_formula_result import SmartDocumentRecognizerFormulaResult
    from ..models.smart_document_recognizer_kv_result import SmartDocumentRecognizerKvResult
    from ..models.smart_document_recognizer_layout_result import SmartDocumentRecognizerLayoutResult
    from ..models.smart_document_recognizer_ocr_result import SmartDocumentRecognizerOcrResult
    from ..models.smart_document_recognizer_table_result import SmartDocumentRecognizerTableResult


T = TypeVar("T", bound="SmartDocumentRecognizerResult")


@_attrs_define(repr=False)
class SmartDocumentRecognizerResult:
    """Recognition result (seed 002 Table 4-5).

    Attributes:
        ocr_result (SmartDocumentRecognizerOcrResult | Unset): Character recognition results (seed 002 Table 4-6).
        kv_result (SmartDocumentRecognizerKvResult | Unset): Key-value pair extraction results, returned only when kv is
            set to true (seed 002
            Table 4-9).
        table_result (SmartDocumentRecognizerTableResult | Unset): Table recognition results, returned only when table
            is set to true (seed 002
            Table 4-12).
        layout_result (SmartDocumentRecognizerLayoutResult | Unset): Layout analysis results, returned only when layout
            is set to true (seed 002
            Table 4-13).
        form_result (SmartDocumentRecognizerFormResult | Unset): Wired form recognition results, returned only when form
            is set to true (seed 002
            Table 4-15).
        formula_result (SmartDocumentRecognizerFormulaResult | Unset): Formula recognition result (seed 002 Table 4-18).
    """

    ocr_result: SmartDocumentRecognizerOcrResult | Unset = UNSET
    kv_result: SmartDocumentRecognizerKvResult | Unset = UNSET
    table_result: SmartDocumentRecognizerTableResult | Unset = UNSET
    layout_result: SmartDocumentRecognizerLayoutResult | Unset = UNSET
    form_result: SmartDocumentRecognizerFormResult | Unset = UNSET
    formula_result: SmartDocumentRecognizerFormulaResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ocr_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ocr_result, Unset):
            ocr_result = self.ocr_result.to_dict()

        kv_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kv_result, Unset):
            kv_result = self.kv_result.to_dict()

        table_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_result, Unset):
            table_result = self.table_result.to_dict()

        layout_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layout_result, Unset):
            layout_result = self.layout_result.to_dict()

        form_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form_result, Unset):
            form_result = self.form_result.to_dict()

        formula_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formula_result, Unset):
            formula_result = self.formula_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ocr_result is not UNSET:
            field_dict["ocr_result"] = ocr_result
        if kv_result is not UNSET:
            field_dict["kv_result"] = kv_result
        if table_result is not UNSET:
            field_dict["table_result"] = table_result
        if layout_result is not UNSET:
            field_dict["layout_result"] = layout_result
        if form_result is not UNSET:
            field_dict["form_result"] = form_result
        if formula_result is not UNSET:
            field_dict["formula_result"] = formula_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_document_recognizer_form_result import SmartDocumentRecognizerFormResult  # noqa: PLC0415
        from ..models.smart_document_recognizer_formula_result import SmartDocumentRecognizerFormulaResult  # noqa: PLC0415
        from ..models.smart_document_recognizer_kv_result import SmartDocumentRecognizerKvResult  # noqa: PLC0415
        from ..models.smart_document_recognizer_layout_result import SmartDocumentRecognizerLayoutResult  # noqa: PLC0415
        from ..models.smart_document_recognizer_ocr_result import SmartDocumentRecognizerOcrResult  # noqa: PLC0415
        from ..models.smart_document_recognizer_table_result import SmartDocumentRecognizerTableResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _ocr_result = d.pop("ocr_result", UNSET)
        ocr_result: SmartDocumentRecognizerOcrResult | Unset
        if isinstance(_ocr_result, Unset):
            ocr_result = UNSET
        else:
            ocr_result = SmartDocumentRecognizerOcrResult.from_dict(_ocr_result)

        _kv_result = d.pop("kv_result", UNSET)
        kv_result: SmartDocumentRecognizerKvResult | Unset
        if isinstance(_kv_result, Unset):
            kv_result = UNSET
        else:
            kv_result = SmartDocumentRecognizerKvResult.from_dict(_kv_result)

        _table_result = d.pop("table_result", UNSET)
        table_result: SmartDocumentRecognizerTableResult | Unset
        if isinstance(_table_result, Unset):
            table_result = UNSET
        else:
            table_result = SmartDocumentRecognizerTableResult.from_dict(_table_result)

        _layout_result = d.pop("layout_result", UNSET)
        layout_result: SmartDocumentRecognizerLayoutResult | Unset
        if isinstance(_layout_result, Unset):
            layout_result = UNSET
        else:
            layout_result = SmartDocumentRecognizerLayoutResult.from_dict(_layout_result)

        _form_result = d.pop("form_result", UNSET)
        form_result: SmartDocumentRecognizerFormResult | Unset
        if isinstance(_form_result, Unset):
            form_result = UNSET
        else:
            form_result = SmartDocumentRecognizerFormResult.from_dict(_form_result)

        _formula_result = d.pop("formula_result", UNSET)
        formula_result: SmartDocumentRecognizerFormulaResult | Unset
        if isinstance(_formula_result, Unset):
            formula_result = UNSET
        else:
            formula_result = SmartDocumentRecognizerFormulaResult.from_dict(_formula_result)

        smart_document_recognizer_result = cls(
            ocr_result=ocr_result,
            kv_result=kv_result,
            table_result=table_result,
            layout_result=layout_result,
            form_result=form_result,
            formula_result=formula_result,
        )

        smart_document_recognizer_result.additional_properties = d
        return smart_document_recognizer_result

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
