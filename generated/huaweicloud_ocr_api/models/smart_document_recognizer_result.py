from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

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

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        ocr_result (SmartDocumentRecognizerOcrResult | None): Character recognition results (seed 002 Table 4-6).
        kv_result (SmartDocumentRecognizerKvResult | None): Key-value pair extraction results, returned only when kv is
            set to true (seed 002
            Table 4-9).
        table_result (SmartDocumentRecognizerTableResult | None): Table recognition results, returned only when table is
            set to true (seed 002
            Table 4-12).
        layout_result (SmartDocumentRecognizerLayoutResult | None): Layout analysis results, returned only when layout
            is set to true (seed 002
            Table 4-13).
        form_result (SmartDocumentRecognizerFormResult | None): Wired form recognition results, returned only when form
            is set to true (seed 002
            Table 4-15).
        formula_result (SmartDocumentRecognizerFormulaResult | None): Formula recognition result (seed 002 Table 4-18).
    """

    ocr_result: SmartDocumentRecognizerOcrResult | None = None
    kv_result: SmartDocumentRecognizerKvResult | None = None
    table_result: SmartDocumentRecognizerTableResult | None = None
    layout_result: SmartDocumentRecognizerLayoutResult | None = None
    form_result: SmartDocumentRecognizerFormResult | None = None
    formula_result: SmartDocumentRecognizerFormulaResult | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _ocr_result_or_unset = UNSET if self.ocr_result is None else self.ocr_result
        ocr_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_ocr_result_or_unset, Unset):
            ocr_result = _ocr_result_or_unset.to_dict()

        _kv_result_or_unset = UNSET if self.kv_result is None else self.kv_result
        kv_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_kv_result_or_unset, Unset):
            kv_result = _kv_result_or_unset.to_dict()

        _table_result_or_unset = UNSET if self.table_result is None else self.table_result
        table_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_table_result_or_unset, Unset):
            table_result = _table_result_or_unset.to_dict()

        _layout_result_or_unset = UNSET if self.layout_result is None else self.layout_result
        layout_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_layout_result_or_unset, Unset):
            layout_result = _layout_result_or_unset.to_dict()

        _form_result_or_unset = UNSET if self.form_result is None else self.form_result
        form_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_form_result_or_unset, Unset):
            form_result = _form_result_or_unset.to_dict()

        _formula_result_or_unset = UNSET if self.formula_result is None else self.formula_result
        formula_result: dict[str, Any] | Unset = UNSET
        if not isinstance(_formula_result_or_unset, Unset):
            formula_result = _formula_result_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ocr_result is not UNSET:
            field_dict["ocr_result"] = ocr_result
        elif "ocr_result" in self._json_nulls:
            field_dict["ocr_result"] = None
        if kv_result is not UNSET:
            field_dict["kv_result"] = kv_result
        elif "kv_result" in self._json_nulls:
            field_dict["kv_result"] = None
        if table_result is not UNSET:
            field_dict["table_result"] = table_result
        elif "table_result" in self._json_nulls:
            field_dict["table_result"] = None
        if layout_result is not UNSET:
            field_dict["layout_result"] = layout_result
        elif "layout_result" in self._json_nulls:
            field_dict["layout_result"] = None
        if form_result is not UNSET:
            field_dict["form_result"] = form_result
        elif "form_result" in self._json_nulls:
            field_dict["form_result"] = None
        if formula_result is not UNSET:
            field_dict["formula_result"] = formula_result
        elif "formula_result" in self._json_nulls:
            field_dict["formula_result"] = None

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
        json_nulls: list[str] = []
        _ocr_result = pop_optional(d, "ocr_result", json_nulls)
        ocr_result: SmartDocumentRecognizerOcrResult | Unset
        if isinstance(_ocr_result, Unset):
            ocr_result = UNSET
        else:
            ocr_result = SmartDocumentRecognizerOcrResult.from_dict(_ocr_result)

        _kv_result = pop_optional(d, "kv_result", json_nulls)
        kv_result: SmartDocumentRecognizerKvResult | Unset
        if isinstance(_kv_result, Unset):
            kv_result = UNSET
        else:
            kv_result = SmartDocumentRecognizerKvResult.from_dict(_kv_result)

        _table_result = pop_optional(d, "table_result", json_nulls)
        table_result: SmartDocumentRecognizerTableResult | Unset
        if isinstance(_table_result, Unset):
            table_result = UNSET
        else:
            table_result = SmartDocumentRecognizerTableResult.from_dict(_table_result)

        _layout_result = pop_optional(d, "layout_result", json_nulls)
        layout_result: SmartDocumentRecognizerLayoutResult | Unset
        if isinstance(_layout_result, Unset):
            layout_result = UNSET
        else:
            layout_result = SmartDocumentRecognizerLayoutResult.from_dict(_layout_result)

        _form_result = pop_optional(d, "form_result", json_nulls)
        form_result: SmartDocumentRecognizerFormResult | Unset
        if isinstance(_form_result, Unset):
            form_result = UNSET
        else:
            form_result = SmartDocumentRecognizerFormResult.from_dict(_form_result)

        _formula_result = pop_optional(d, "formula_result", json_nulls)
        formula_result: SmartDocumentRecognizerFormulaResult | Unset
        if isinstance(_formula_result, Unset):
            formula_result = UNSET
        else:
            formula_result = SmartDocumentRecognizerFormulaResult.from_dict(_formula_result)

        smart_document_recognizer_result = cls(
            ocr_result=None if isinstance(ocr_result, Unset) else ocr_result,
            kv_result=None if isinstance(kv_result, Unset) else kv_result,
            table_result=None if isinstance(table_result, Unset) else table_result,
            layout_result=None if isinstance(layout_result, Unset) else layout_result,
            form_result=None if isinstance(form_result, Unset) else form_result,
            formula_result=None if isinstance(formula_result, Unset) else formula_result,
        )
        smart_document_recognizer_result._json_nulls = frozenset(json_nulls)

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
