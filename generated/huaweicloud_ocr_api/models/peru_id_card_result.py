from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.peru_id_card_confidence import PeruIdCardConfidence


T = TypeVar("T", bound="PeruIdCardResult")


@_attrs_define(repr=False)
class PeruIdCardResult:
    """Result of a successful API call (seed 002 Table 4-122). This parameter is not included
    for a failed call.

        Attributes:
            cui_number (str | Unset): ID number
            first_surname (str | Unset): First surname
            second_surname (str | Unset): Second surname
            given_name (str | Unset): Other names
            sex (str | Unset): Gender
            marital_status (str | Unset): Marital status
            birth_date (str | Unset): Date of birth
            nationality (str | Unset): Nationality
            issue_date (str | Unset): Date of issue
            expiry_date (str | Unset): Date of expiration
            birth_place (int | str | Unset): Birthplace code
            voting_group (str | Unset): Voting group
            organ_donation (str | Unset): Organ donation
            registration_date (str | Unset): Registration date
            portrait_image (str | Unset): Base64 encoded string of the portrait. This parameter is returned only when
                return_portrait_image is set to true.
            portrait_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            address (str | Unset): Address
            department (str | Unset): Department
            province (str | Unset): Province
            district (str | Unset): District
            remarks (str | Unset): Remarks
            machine_code1 (str | Unset): Machine code in the first line
            machine_code2 (str | Unset): Machine code in the second line
            machine_code3 (str | Unset): Machine code in the third line
            duplicate (bool | Unset): Whether the ID card is a duplicate.
                * true: the ID card is a duplicate.
                * false: the ID card is not a duplicate.
            confidence (PeruIdCardConfidence | Unset): Confidence of related fields, keyed by the field's name. A higher
                confidence indicates a
                higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy (seed 002 Table 4-122, "confidence", Map<String,Number>).
    """

    cui_number: str | Unset = UNSET
    first_surname: str | Unset = UNSET
    second_surname: str | Unset = UNSET
    given_name: str | Unset = UNSET
    sex: str | Unset = UNSET
    marital_status: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    nationality: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    birth_place: int | str | Unset = UNSET
    voting_group: str | Unset = UNSET
    organ_donation: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    portrait_image: str | Unset = UNSET
    portrait_location: list[list[int]] | Unset = UNSET
    address: str | Unset = UNSET
    department: str | Unset = UNSET
    province: str | Unset = UNSET
    district: str | Unset = UNSET
    remarks: str | Unset = UNSET
    machine_code1: str | Unset = UNSET
    machine_code2: str | Unset = UNSET
    machine_code3: str | Unset = UNSET
    duplicate: bool | Unset = UNSET
    confidence: PeruIdCardConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        birth_place: int | str | Unset
        if isinstance(self.birth_place, Unset):
            birth_place = UNSET
        else:
            birth_place = self.birth_place

        voting_group = self.voting_group

        organ_donation = self.organ_donation

        registration_date = self.registration_date

        portrait_image = self.portrait_image

        portrait_location: list[list[int]] | Unset = UNSET
        if not isinstance(self.portrait_location, Unset):
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in self.portrait_location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                portrait_location.append(componentsschemas_quadrilateral_item)

        address = self.address

        department = self.department

        province = self.province

        district = self.district

        remarks = self.remarks

        machine_code1 = self.machine_code1

        machine_code2 = self.machine_code2

        machine_code3 = self.machine_code3

        duplicate = self.duplicate

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

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
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.peru_id_card_confidence import PeruIdCardConfidence  # noqa: PLC0415

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

        def _parse_birth_place(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        birth_place = _parse_birth_place(d.pop("birth_place", UNSET))

        voting_group = d.pop("voting_group", UNSET)

        organ_donation = d.pop("organ_donation", UNSET)

        registration_date = d.pop("registration_date", UNSET)

        portrait_image = d.pop("portrait_image", UNSET)

        _portrait_location = d.pop("portrait_location", UNSET)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                portrait_location.append(componentsschemas_quadrilateral_item)

        address = d.pop("address", UNSET)

        department = d.pop("department", UNSET)

        province = d.pop("province", UNSET)

        district = d.pop("district", UNSET)

        remarks = d.pop("remarks", UNSET)

        machine_code1 = d.pop("machine_code1", UNSET)

        machine_code2 = d.pop("machine_code2", UNSET)

        machine_code3 = d.pop("machine_code3", UNSET)

        duplicate = d.pop("duplicate", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: PeruIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = PeruIdCardConfidence.from_dict(_confidence)

        peru_id_card_result = cls(
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
            confidence=confidence,
        )

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
