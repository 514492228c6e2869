from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

T = TypeVar("T", bound="PeruIdCardConfidence")


@_attrs_define(repr=False)
class PeruIdCardConfidence:
    """Confidence of related fields, keyed by the field's name. A higher confidence indicates a
    higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy (seed 002 Table 4-122, "confidence", Map<String,Number>).

        Attributes:
            cui_number (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            first_surname (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            second_surname (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            given_name (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            marital_status (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            nationality (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            issue_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_place (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            voting_group (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            organ_donation (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            registration_date (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            portrait_image (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            portrait_location (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            address (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            department (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            province (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            district (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            remarks (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code1 (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code2 (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code3 (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
            duplicate (float | Unset): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    cui_number: float | Unset = UNSET
    first_surname: float | Unset = UNSET
    second_surname: float | Unset = UNSET
    given_name: float | Unset = UNSET
    sex: float | Unset = UNSET
    marital_status: float | Unset = UNSET
    birth_date: float | Unset = UNSET
    nationality: float | Unset = UNSET
    issue_date: float | Unset = UNSET
    expiry_date: float | Unset = UNSET
    birth_place: float | Unset = UNSET
    voting_group: float | Unset = UNSET
    organ_donation: float | Unset = UNSET
    registration_date: float | Unset = UNSET
    portrait_image: float | Unset = UNSET
    portrait_location: float | Unset = UNSET
    address: float | Unset = UNSET
    department: float | Unset = UNSET
    province: float | Unset = UNSET
    district: float | Unset = UNSET
    remarks: float | Unset = UNSET
    machine_code1: float | Unset = UNSET
    machine_code2: float | Unset = UNSET
    machine_code3: float | Unset = UNSET
    duplicate: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cui_number = self.cui_number

        first_surname = self.first_surname

        second_surname = self.second_surname

        given_name = self.given_name

        sex = self.sex

        marital_status = self.marital_status

        birth_date = self.birth_date

        nationality = self.nationality

        issue_date = self.issue_date

        expiry_date = self.expiry_date

        birth_place = self.birth_place

        voting_group = self.voting_group

        organ_donation = self.organ_donation

        registration_date = self.registration_date

        portrait_image = self.portrait_image

        portrait_location = self.portrait_location

        address = self.address

        department = self.department

        province = self.province

        district = self.district

        remarks = self.remarks

        machine_code1 = self.machine_code1

        machine_code2 = self.machine_code2

        machine_code3 = self.machine_code3

        duplicate = self.duplicate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cui_number is not UNSET:
            field_dict["cui_number"] = cui_number
        if first_surname is not UNSET:
            field_dict["first_surname"] = first_surname
        if second_surname is not UNSET:
            field_dict["second_surname"] = second_surname
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        if voting_group is not UNSET:
            field_dict["voting_group"] = voting_group
        if organ_donation is not UNSET:
            field_dict["organ_donation"] = organ_donation
        if registration_date is not UNSET:
            field_dict["registration_date"] = registration_date
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        if portrait_location is not UNSET:
            field_dict["portrait_location"] = portrait_location
        if address is not UNSET:
            field_dict["address"] = address
        if department is not UNSET:
            field_dict["department"] = department
        if province is not UNSET:
            field_dict["province"] = province
        if district is not UNSET:
            field_dict["district"] = district
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if machine_code1 is not UNSET:
            field_dict["machine_code1"] = machine_code1
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        if machine_code3 is not UNSET:
            field_dict["machine_code3"] = machine_code3
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        cui_number = d.pop("cui_number", UNSET)

        first_surname = d.pop("first_surname", UNSET)

        second_surname = d.pop("second_surname", UNSET)

        given_name = d.pop("given_name", UNSET)

        sex = d.pop("sex", UNSET)

        marital_status = d.pop("marital_status", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        nationality = d.pop("nationality", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        birth_place = d.pop("birth_place", UNSET)

        voting_group = d.pop("voting_group", UNSET)

        organ_donation = d.pop("organ_donation", UNSET)

        registration_date = d.pop("registration_date", UNSET)

        portrait_image = d.pop("portrait_image", UNSET)

        portrait_location = d.pop("portrait_location", UNSET)

        address = d.pop("address", UNSET)

        department = d.pop("department", UNSET)

        province = d.pop("province", UNSET)

        district = d.pop("district", UNSET)

        remarks = d.pop("remarks", UNSET)

        machine_code1 = d.pop("machine_code1", UNSET)

        machine_code2 = d.pop("machine_code2", UNSET)

        machine_code3 = d.pop("machine_code3", UNSET)

        duplicate = d.pop("duplicate", UNSET)

        peru_id_card_confidence = cls(
            cui_number=cui_number,
            first_surname=first_surname,
            second_surname=second_surname,
            given_name=given_name,
            sex=sex,
            marital_status=marital_status,
            birth_date=birth_date,
            nationality=nationality,
            issue_date=issue_date,
            expiry_date=expiry_date,
            birth_place=birth_place,
            voting_group=voting_group,
            organ_donation=organ_donation,
            registration_date=registration_date,
            portrait_image=portrait_image,
            portrait_location=portrait_location,
            address=address,
            department=department,
            province=province,
            district=district,
            remarks=remarks,
            machine_code1=machine_code1,
            machine_code2=machine_code2,
            machine_code3=machine_code3,
            duplicate=duplicate,
        )

        peru_id_card_confidence.additional_properties = d
        return peru_id_card_confidence

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return masked_repr(self)
