from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="PeruIdCardConfidence")


@_attrs_define(repr=False)
class PeruIdCardConfidence:
    """Confidence of related fields, keyed by the field's name. A higher confidence indicates a
    higher accuracy of the field identified. The confidence is calculated using algorithms
    and is not equal to the accuracy (seed 002 Table 4-122, "confidence", Map<String,Number>).

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            cui_number (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            first_surname (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            second_surname (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            given_name (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            sex (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            marital_status (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            nationality (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            issue_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            expiry_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            birth_place (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            voting_group (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            organ_donation (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            registration_date (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            portrait_image (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            portrait_location (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            address (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            department (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            province (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            district (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            remarks (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code1 (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code2 (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            machine_code3 (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
            duplicate (float | None): Confidence, from 0 to 1. A higher value means a more reliable result.
    """

    cui_number: float | None = None
    first_surname: float | None = None
    second_surname: float | None = None
    given_name: float | None = None
    sex: float | None = None
    marital_status: float | None = None
    birth_date: float | None = None
    nationality: float | None = None
    issue_date: float | None = None
    expiry_date: float | None = None
    birth_place: float | None = None
    voting_group: float | None = None
    organ_donation: float | None = None
    registration_date: float | None = None
    portrait_image: float | None = None
    portrait_location: float | None = None
    address: float | None = None
    department: float | None = None
    province: float | None = None
    district: float | None = None
    remarks: float | None = None
    machine_code1: float | None = None
    machine_code2: float | None = None
    machine_code3: float | None = None
    duplicate: float | None = None
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        cui_number = UNSET if self.cui_number is None else self.cui_number

        first_surname = UNSET if self.first_surname is None else self.first_surname

        second_surname = UNSET if self.second_surname is None else self.second_surname

        given_name = UNSET if self.given_name is None else self.given_name

        sex = UNSET if self.sex is None else self.sex

        marital_status = UNSET if self.marital_status is None else self.marital_status

        birth_date = UNSET if self.birth_date is None else self.birth_date

        nationality = UNSET if self.nationality is None else self.nationality

        issue_date = UNSET if self.issue_date is None else self.issue_date

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        birth_place = UNSET if self.birth_place is None else self.birth_place

        voting_group = UNSET if self.voting_group is None else self.voting_group

        organ_donation = UNSET if self.organ_donation is None else self.organ_donation

        registration_date = UNSET if self.registration_date is None else self.registration_date

        portrait_image = UNSET if self.portrait_image is None else self.portrait_image

        portrait_location = UNSET if self.portrait_location is None else self.portrait_location

        address = UNSET if self.address is None else self.address

        department = UNSET if self.department is None else self.department

        province = UNSET if self.province is None else self.province

        district = UNSET if self.district is None else self.district

        remarks = UNSET if self.remarks is None else self.remarks

        machine_code1 = UNSET if self.machine_code1 is None else self.machine_code1

        machine_code2 = UNSET if self.machine_code2 is None else self.machine_code2

        machine_code3 = UNSET if self.machine_code3 is None else self.machine_code3

        duplicate = UNSET if self.duplicate is None else self.duplicate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cui_number is not UNSET:
            field_dict["cui_number"] = cui_number
        elif "cui_number" in self._json_nulls:
            field_dict["cui_number"] = None
        if first_surname is not UNSET:
            field_dict["first_surname"] = first_surname
        elif "first_surname" in self._json_nulls:
            field_dict["first_surname"] = None
        if second_surname is not UNSET:
            field_dict["second_surname"] = second_surname
        elif "second_surname" in self._json_nulls:
            field_dict["second_surname"] = None
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        elif "given_name" in self._json_nulls:
            field_dict["given_name"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        elif "marital_status" in self._json_nulls:
            field_dict["marital_status"] = None
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        elif "birth_date" in self._json_nulls:
            field_dict["birth_date"] = None
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        elif "nationality" in self._json_nulls:
            field_dict["nationality"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        elif "expiry_date" in self._json_nulls:
            field_dict["expiry_date"] = None
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        elif "birth_place" in self._json_nulls:
            field_dict["birth_place"] = None
        if voting_group is not UNSET:
            field_dict["voting_group"] = voting_group
        elif "voting_group" in self._json_nulls:
            field_dict["voting_group"] = None
        if organ_donation is not UNSET:
            field_dict["organ_donation"] = organ_donation
        elif "organ_donation" in self._json_nulls:
            field_dict["organ_donation"] = None
        if registration_date is not UNSET:
            field_dict["registration_date"] = registration_date
        elif "registration_date" in self._json_nulls:
            field_dict["registration_date"] = None
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        elif "portrait_image" in self._json_nulls:
            field_dict["portrait_image"] = None
        if portrait_location is not UNSET:
            field_dict["portrait_location"] = portrait_location
        elif "portrait_location" in self._json_nulls:
            field_dict["portrait_location"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None
        if department is not UNSET:
            field_dict["department"] = department
        elif "department" in self._json_nulls:
            field_dict["department"] = None
        if province is not UNSET:
            field_dict["province"] = province
        elif "province" in self._json_nulls:
            field_dict["province"] = None
        if district is not UNSET:
            field_dict["district"] = district
        elif "district" in self._json_nulls:
            field_dict["district"] = None
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        elif "remarks" in self._json_nulls:
            field_dict["remarks"] = None
        if machine_code1 is not UNSET:
            field_dict["machine_code1"] = machine_code1
        elif "machine_code1" in self._json_nulls:
            field_dict["machine_code1"] = None
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        elif "machine_code2" in self._json_nulls:
            field_dict["machine_code2"] = None
        if machine_code3 is not UNSET:
            field_dict["machine_code3"] = machine_code3
        elif "machine_code3" in self._json_nulls:
            field_dict["machine_code3"] = None
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        elif "duplicate" in self._json_nulls:
            field_dict["duplicate"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        cui_number = pop_optional(d, "cui_number", json_nulls)

        first_surname = pop_optional(d, "first_surname", json_nulls)

        second_surname = pop_optional(d, "second_surname", json_nulls)

        given_name = pop_optional(d, "given_name", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        marital_status = pop_optional(d, "marital_status", json_nulls)

        birth_date = pop_optional(d, "birth_date", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        birth_place = pop_optional(d, "birth_place", json_nulls)

        voting_group = pop_optional(d, "voting_group", json_nulls)

        organ_donation = pop_optional(d, "organ_donation", json_nulls)

        registration_date = pop_optional(d, "registration_date", json_nulls)

        portrait_image = pop_optional(d, "portrait_image", json_nulls)

        portrait_location = pop_optional(d, "portrait_location", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        department = pop_optional(d, "department", json_nulls)

        province = pop_optional(d, "province", json_nulls)

        district = pop_optional(d, "district", json_nulls)

        remarks = pop_optional(d, "remarks", json_nulls)

        machine_code1 = pop_optional(d, "machine_code1", json_nulls)

        machine_code2 = pop_optional(d, "machine_code2", json_nulls)

        machine_code3 = pop_optional(d, "machine_code3", json_nulls)

        duplicate = pop_optional(d, "duplicate", json_nulls)

        peru_id_card_confidence = cls(
            cui_number=None if isinstance(cui_number, Unset) else cui_number,
            first_surname=None if isinstance(first_surname, Unset) else first_surname,
            second_surname=None if isinstance(second_surname, Unset) else second_surname,
            given_name=None if isinstance(given_name, Unset) else given_name,
            sex=None if isinstance(sex, Unset) else sex,
            marital_status=None if isinstance(marital_status, Unset) else marital_status,
            birth_date=None if isinstance(birth_date, Unset) else birth_date,
            nationality=None if isinstance(nationality, Unset) else nationality,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
            birth_place=None if isinstance(birth_place, Unset) else birth_place,
            voting_group=None if isinstance(voting_group, Unset) else voting_group,
            organ_donation=None if isinstance(organ_donation, Unset) else organ_donation,
            registration_date=None if isinstance(registration_date, Unset) else registration_date,
            portrait_image=None if isinstance(portrait_image, Unset) else portrait_image,
            portrait_location=None if isinstance(portrait_location, Unset) else portrait_location,
            address=None if isinstance(address, Unset) else address,
            department=None if isinstance(department, Unset) else department,
            province=None if isinstance(province, Unset) else province,
            district=None if isinstance(district, Unset) else district,
            remarks=None if isinstance(remarks, Unset) else remarks,
            machine_code1=None if isinstance(machine_code1, Unset) else machine_code1,
            machine_code2=None if isinstance(machine_code2, Unset) else machine_code2,
            machine_code3=None if isinstance(machine_code3, Unset) else machine_code3,
            duplicate=None if isinstance(duplicate, Unset) else duplicate,
        )
        peru_id_card_confidence._json_nulls = frozenset(json_nulls)

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
