from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.error_result import ErrorResult


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False)
class ErrorResponse:
    """Body of a failed call (seed 002 §3.5 and chapter 6).

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        error_code (str | None): Error code of a failed API call (see Error Codes). Not returned when the call succeeds.
        error_msg (str | None): Error message of a failed API call. Not returned when the call succeeds.
        result (ErrorResult | None): The error code and message wrapped in a "result" object, as General Table OCR's
            failure
            example prints them (seed 002 §4.3); every other failure example and table puts them at
            the top level. Clients should read both places.
    """

    error_code: str | None = None
    error_msg: str | None = None
    result: ErrorResult | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        error_code = UNSET if self.error_code is None else self.error_code

        error_msg = UNSET if self.error_msg is None else self.error_msg

        _result_or_unset = UNSET if self.result is None else self.result
        result: dict[str, Any] | Unset = UNSET
        if not isinstance(_result_or_unset, Unset):
            result = _result_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        elif "error_code" in self._json_nulls:
            field_dict["error_code"] = None
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        elif "error_msg" in self._json_nulls:
            field_dict["error_msg"] = None
        if result is not UNSET:
            field_dict["result"] = result
        elif "result" in self._json_nulls:
            field_dict["result"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_result import ErrorResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        error_code = pop_optional(d, "error_code", json_nulls)

        error_msg = pop_optional(d, "error_msg", json_nulls)

        _result = pop_optional(d, "result", json_nulls)
        result: ErrorResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ErrorResult.from_dict(_result)

        error_response = cls(
            error_code=None if isinstance(error_code, Unset) else error_code,
            error_msg=None if isinstance(error_msg, Unset) else error_msg,
            result=None if isinstance(result, Unset) else result,
        )
        error_response._json_nulls = frozenset(json_nulls)

        error_response.additional_properties = d
        return error_response

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
