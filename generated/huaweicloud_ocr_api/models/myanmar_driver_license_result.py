from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.myanmar_driver_license_confidence import MyanmarDriverLicenseConfidence


T = TypeVar("T", bound="MyanmarDriverLicenseResult")


@_attrs_define(repr=False)
class MyanmarDriverLicenseResult:
    """Calling result (seed 002 Table 4-102). Not returned when the API fails to be called.

    Attributes:
        card_number (str | Unset): Number of the Myanmar driving license, in Burmese
        card_number_en (str | Unset): Number of the Myanmar driving license, in English
        name (str | Unset): Name, in Burmese
        name_en (str | Unset): Name, in English
        nrc_id (str | Unset): National registration card number, in Burmese
        nrc_id_en (str | Unset): National registration card number, in English
        birth (str | Unset): Date of birth, in Burmese
        birth_en (str | Unset): Date of birth, in English
        blood_group (str | Unset): Blood type, in Burmese
        blood_group_en (str | Unset): Blood type, in English
        expiried_date (str | Unset): Date of expiry, in Burmese
        expiried_date_en (str | Unset): Date of expiry, in English
        confidence (MyanmarDriverLicenseConfidence | Unset): Confidence of a field, from 0 to 1 (seed 002 Table 4-103).
            A higher confidence indicates
            a higher accuracy of the field identified. The confidence is calculated using algorithms
            and is not equal to the accuracy.
    """

    card_number: str | Unset = UNSET
    card_number_en: str | Unset = UNSET
    name: str | Unset = UNSET
    name_en: str | Unset = UNSET
    nrc_id: str | Unset = UNSET
    nrc_id_en: str | Unset = UNSET
    birth: str | Unset = UNSET
    birth_en: str | Unset = UNSET
    blood_group: str | Unset = UNSET
    blood_group_en: str | Unset = UNSET
    expiried_date: str | Unset = UNSET
    expiried_date_en: str | Unset = UNSET
    confidence: MyanmarDriverLicenseConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        card_number_en = self.card_number_en

        name = self.name

        name_en = self.name_en

        nrc_id = self.nrc_id

        nrc_id_en = self.nrc_id_en

        birth = self.birth

        birth_en = self.birth_en

        blood_group = self.blood_group

        blood_group_en = self.blood_group_en

        expiried_date = self.expiried_date

        expiried_date_en = self.expiried_date_en

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if card_number_en is not UNSET:
            field_dict["card_number_en"] = card_number_en
        if name is not UNSET:
            field_dict["name"] = name
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if nrc_id is not UNSET:
            field_dict["nrc_id"] = nrc_id
        if nrc_id_en is not UNSET:
            field_dict["nrc_id_en"] = nrc_id_en
        if birth is not UNSET:
            field_dict["birth"] = birth
        if birth_en is not UNSET:
            field_dict["birth_en"] = birth_en
        if blood_group is not UNSET:
            field_dict["blood_group"] = blood_group
        if blood_group_en is not UNSET:
            field_dict["blood_group_en"] = blood_group_en
        if expiried_date is not UNSET:
            field_dict["expiried_date"] = expiried_date
        if expiried_date_en is not UNSET:
            field_dict["expiried_date_en"] = expiried_date_en
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.myanmar_driver_license_confidence import MyanmarDriverLicenseConfidence  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        card_number = d.pop("card_number", UNSET)

        card_number_en = d.pop("card_number_en", UNSET)

        name = d.pop("name", UNSET)

        name_en = d.pop("name_en", UNSET)

        nrc_id = d.pop("nrc_id", UNSET)

        nrc_id_en = d.pop("nrc_id_en", UNSET)

        birth = d.pop("birth", UNSET)

        birth_en = d.pop("birth_en", UNSET)

        blood_group = d.pop("blood_group", UNSET)

        blood_group_en = d.pop("blood_group_en", UNSET)

        expiried_date = d.pop("expiried_date", UNSET)

        expiried_date_en = d.pop("expiried_date_en", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: MyanmarDriverLicenseConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = MyanmarDriverLicenseConfidence.from_dict(_confidence)

        myanmar_driver_license_result = cls(
            card_number=card_number,
            card_number_en=card_number_en,
            name=name,
            name_en=name_en,
            nrc_id=nrc_id,
            nrc_id_en=nrc_id_en,
            birth=birth,
            birth_en=birth_en,
            blood_group=blood_group,
            blood_group_en=blood_group_en,
            expiried_date=expiried_date,
            expiried_date_en=expiried_date_en,
            confidence=confidence,
        )

        myanmar_driver_license_result.additional_properties = d
        return myanmar_driver_license_result

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
