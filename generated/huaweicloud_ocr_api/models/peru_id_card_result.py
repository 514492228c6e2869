from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.peru_id_card_confidence import PeruIdCardConfidence


T = TypeVar("T", bound="PeruIdCardResult")


@_attrs_define(repr=False)
class PeruIdCardResult:
    """Result of a successful API call (seed 002 Table 4-122). This parameter is not included
    for a failed call.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            cui_number (str | None): ID number
            first_surname (str | None): First surname
            second_surname (str | None): Second surname
            given_name (str | None): Other names
            sex (str | None): Gender
            marital_status (str | None): Marital status
            birth_date (str | None): Date of birth
            nationality (str | None): Nationality
            issue_date (str | None): Date of issue
            expiry_date (str | None): Date of expiration
            birth_place (int | str | None): Birthplace code
            voting_group (str | None): Voting group
            organ_donation (str | None): Organ donation
            registration_date (str | None): Registration date
            portrait_image (None | str | None): Base64 encoded string of the portrait. This parameter is returned only when
                return_portrait_image is set to true.
            portrait_location (list[list[int]] | None | None): Location of the portrait on the original image, returned only
                when
                return_portrait_location is set to true: a list of the two-dimensional coordinates
                (x,y) of the four vertices of the portrait area. The origin of the coordinates is the
                upper left corner of the image, the X axis is horizontal and the Y axis vertical.
            address (str | None): Address
            department (str | None): Department
            province (str | None): Province
            district (str | None): District
            remarks (str | None): Remarks
            machine_code1 (str | None): Machine code in the first line
            machine_code2 (str | None): Machine code in the second line
            machine_code3 (str | None): Machine code in the third line
            duplicate (bool | None): Whether the ID card is a duplicate.
                * true: the ID card is a duplicate.
                * false: the ID card is not a duplicate.
            confidence (PeruIdCardConfidence | None): Confidence of related fields, keyed by the field's name. A higher
                confidence indicates a
                higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy (seed 002 Table 4-122, "confidence", Map<String,Number>).
    """

    cui_number: str | None = None
    first_surname: str | None = None
    second_surname: str | None = None
    given_name: str | None = None
    sex: str | None = None
    marital_status: str | None = None
    birth_date: str | None = None
    nationality: str | None = None
    issue_date: str | None = None
    expiry_date: str | None = None
    birth_place: int | str | None = None
    voting_group: str | None = None
    organ_donation: str | None = None
    registration_date: str | None = None
    portrait_image: None | str | None = None
    portrait_location: list[list[int]] | None | None = None
    address: str | None = None
    department: str | None = None
    province: str | None = None
    district: str | None = None
    remarks: str | None = None
    machine_code1: str | None = None
    machine_code2: str | None = None
    machine_code3: str | None = None
    duplicate: bool | None = None
    confidence: PeruIdCardConfidence | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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

        _birth_place_or_unset = UNSET if self.birth_place is None else self.birth_place
        birth_place: int | str | Unset
        if isinstance(_birth_place_or_unset, Unset):
            birth_place = UNSET
        else:
            birth_place = _birth_place_or_unset

        voting_group = UNSET if self.voting_group is None else self.voting_group

        organ_donation = UNSET if self.organ_donation is None else self.organ_donation

        registration_date = UNSET if self.registration_date is None else self.registration_date

        _portrait_image_or_unset = UNSET if self.portrait_image is None else self.portrait_image
        portrait_image: None | str | Unset
        if isinstance(_portrait_image_or_unset, Unset):
            portrait_image = UNSET
        else:
            portrait_image = _portrait_image_or_unset

        _portrait_location_or_unset = UNSET if self.portrait_location is None else self.portrait_location
        portrait_location: list[list[int]] | None | Unset
        if isinstance(_portrait_location_or_unset, Unset):
            portrait_location = UNSET
        elif isinstance(_portrait_location_or_unset, list):
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                portrait_location.append(componentsschemas_quadrilateral_item)

        else:
            portrait_location = _portrait_location_or_unset

        address = UNSET if self.address is None else self.address

        department = UNSET if self.department is None else self.department

        province = UNSET if self.province is None else self.province

        district = UNSET if self.district is None else self.district

        remarks = UNSET if self.remarks is None else self.remarks

        machine_code1 = UNSET if self.machine_code1 is None else self.machine_code1

        machine_code2 = UNSET if self.machine_code2 is None else self.machine_code2

        machine_code3 = UNSET if self.machine_code3 is None else self.machine_code3

        duplicate = UNSET if self.duplicate is None else self.duplicate

        _confidence_or_unset = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence_or_unset, Unset):
            confidence = _confidence_or_unset.to_dict()

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
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.peru_id_card_confidence import PeruIdCardConfidence  # noqa: PLC0415

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

        def _parse_birth_place(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        birth_place = _parse_birth_place(pop_optional(d, "birth_place", json_nulls))

        voting_group = pop_optional(d, "voting_group", json_nulls)

        organ_donation = pop_optional(d, "organ_donation", json_nulls)

        registration_date = pop_optional(d, "registration_date", json_nulls)

        def _parse_portrait_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        portrait_image = _parse_portrait_image(pop_optional(d, "portrait_image", json_nulls))

        def _parse_portrait_location(data: object) -> list[list[int]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                portrait_location_type_0 = []
                _portrait_location_type_0 = data
                for componentsschemas_quadrilateral_item_data in _portrait_location_type_0:
                    componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                    portrait_location_type_0.append(componentsschemas_quadrilateral_item)

                return portrait_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[int]] | None | Unset, data)

        portrait_location = _parse_portrait_location(pop_optional(d, "portrait_location", json_nulls))

        address = pop_optional(d, "address", json_nulls)

        department = pop_optional(d, "department", json_nulls)

        province = pop_optional(d, "province", json_nulls)

        district = pop_optional(d, "district", json_nulls)

        remarks = pop_optional(d, "remarks", json_nulls)

        machine_code1 = pop_optional(d, "machine_code1", json_nulls)

        machine_code2 = pop_optional(d, "machine_code2", json_nulls)

        machine_code3 = pop_optional(d, "machine_code3", json_nulls)

        duplicate = pop_optional(d, "duplicate", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: PeruIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = PeruIdCardConfidence.from_dict(_confidence)

        peru_id_card_result = cls(
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
            confidence=None if isinstance(confidence, Unset) else confidence,
        )
        peru_id_card_result._json_nulls = frozenset(json_nulls)

        peru_id_card_result.additional_properties = d
        return peru_id_card_result

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
