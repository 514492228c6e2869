from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseInfo, masked_repr

if TYPE_CHECKING:
    from ..models.vietnam_id_card_result import VietnamIdCardResult


T = TypeVar("T", bound="RecognizeVietnamIdCardResponse")


@_attrs_define(repr=False)
class RecognizeVietnamIdCardResponse:
    """Response body of Vietnam ID Card OCR (seed 002 Table 4-115). `result` is required: the documents leave it out only
    when the call fails, and a failed call is never a 200.

        Attributes:
            result (VietnamIdCardResult): Calling result (seed 002 Table 4-116). This parameter is not returned when the API
                fails
                to be called.
    """

    result: VietnamIdCardResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _response: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False)

    @property
    def response(self) -> ResponseInfo | None:
        """The HTTP exchange this answer came from (status, headers, request id, elapsed,
        attempts); None for a result built by hand or read back with from_dict()."""
        return self._response

    @property
    def request_id(self) -> str | None:
        """X-Request-Id of the answer: what Huawei Cloud support asks for."""
        return None if self._response is None else self._response.request_id

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vietnam_id_card_result import VietnamIdCardResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        result = VietnamIdCardResult.from_dict(d.pop("result"))

        recognize_vietnam_id_card_response = cls(
            result=result,
        )

        recognize_vietnam_id_card_response.additional_properties = d
        return recognize_vietnam_id_card_response

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
