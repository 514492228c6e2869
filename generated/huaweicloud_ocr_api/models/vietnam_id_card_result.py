from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.vietnam_id_card_confidence import VietnamIdCardConfidence
    from ..models.vietnam_id_card_text_location import VietnamIdCardTextLocation


T = TypeVar("T", bound="VietnamIdCardResult")


@_attrs_define(repr=False)
class VietnamIdCardResult:
    """Calling result (seed 002 Table 4-116). This parameter is not returned when the API fails
    to be called.

        Attributes:
            side (str | Unset): Side of the ID card. The value can be front or back.
            number (str | Unset): Card number
            full_name (str | Unset): Name
            birth_date (str | Unset): Date of birth
            sex (str | Unset): Gender
            nationality (str | Unset): Nationality
            origin_place (str | Unset): Place of origin
            residence_place (str | Unset): Residence
            expiry_date (str | Unset): Validity period
            personal_identification (str | Unset): Personal identification. This field is returned when side is set to back.
            issue_date (str | Unset): Date of issue. This field is returned when side is set to back.
            machine_code1 (str | Unset): Machine-readable code in the first line on the back of an ID card. This field is
                returned when side is set to back.
            machine_code2 (str | Unset): Machine-readable code in the second line on the back of an ID card. This field is
                returned when side is set to back.
            machine_code3 (str | Unset): Machine-readable code in the third line on the back of an ID card. This field is
                returned when side is set to back.
            confidence (VietnamIdCardConfidence | Unset): Confidence of related fields, keyed by the field's name. A higher
                confidence indicates a
                higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy (seed 002 Table 4-116, "confidence").
            portrait_image (str | Unset): Base64 encoded string of the portrait when return_portrait_image is set to true.
            portrait_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | Unset): ID card type, returned when return_idcard_type is set to true.
                * normal: the original ID card
                * copy: a copy of the ID card
                * screen: a recapture of an ID card image on the screen
            text_location (VietnamIdCardTextLocation | Unset): Location of all fields identified on the original image: the
                two-dimensional
                coordinates (x,y) of the four vertices of every text area. The image coordinate system
                is used: the origin is the upper left corner of the image, the X axis is horizontal and
                the Y axis vertical (seed 002 Table 4-116, "text_location"). Returned when
                return_text_location is set to true.
    """

    side: str | Unset = UNSET
    number: str | Unset = UNSET
    full_name: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    sex: str | Unset = UNSET
    nationality: str | Unset = UNSET
    origin_place: str | Unset = UNSET
    residence_place: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    personal_identification: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    machine_code1: str | Unset = UNSET
    machine_code2: str | Unset = UNSET
    machine_code3: str | Unset = UNSET
    confidence: VietnamIdCardConfidence | Unset = UNSET
    portrait_image: str | Unset = UNSET
    portrait_location: list[list[int]] | Unset = UNSET
    idcard_type: str | Unset = UNSET
    text_location: VietnamIdCardTextLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side

        number = self.number

        full_name = self.full_name

        birth_date = self.birth_date

        sex = self.sex

        nationality = self.nationality

        origin_place = self.origin_place

        residence_place = self.residence_place

        expiry_date = self.expiry_date

        personal_identification = self.personal_identification

        issue_date = self.issue_date

        machine_code1 = self.machine_code1

        machine_code2 = self.machine_code2

        machine_code3 = self.machine_code3

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        portrait_image = self.portrait_image

        portrait_location: list[list[int]] | Unset = UNSET
        if not isinstance(self.portrait_location, Unset):
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in self.portrait_location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = self.idcard_type

        text_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_location, Unset):
            text_location = self.text_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if side is not UNSET:
            field_dict["side"] = side
        if number is not UNSET:
            field_dict["number"] = number
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if sex is not UNSET:
            field_dict["sex"] = sex
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if origin_place is not UNSET:
            field_dict["origin_place"] = origin_place
        if residence_place is not UNSET:
            field_dict["residence_place"] = residence_place
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if personal_identification is not UNSET:
            field_dict["personal_identification"] = personal_identification
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if machine_code1 is not UNSET:
            field_dict["machine_code1"] = machine_code1
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        if machine_code3 is not UNSET:
            field_dict["machine_code3"] = machine_code3
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        if portrait_location is not UNSET:
            field_dict["portrait_location"] = portrait_location
        if idcard_type is not UNSET:
            field_dict["idcard_type"] = idcard_type
        if text_location is not UNSET:
            field_dict["text_location"] = text_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vietnam_id_card_confidence import VietnamIdCardConfidence  # noqa: PLC0415
        from ..models.vietnam_id_card_text_location import VietnamIdCardTextLocation  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        side = d.pop("side", UNSET)

        number = d.pop("number", UNSET)

        full_name = d.pop("full_name", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        sex = d.pop("sex", UNSET)

        nationality = d.pop("nationality", UNSET)

        origin_place = d.pop("origin_place", UNSET)

        residence_place = d.pop("residence_place", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        personal_identification = d.pop("personal_identification", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        machine_code1 = d.pop("machine_code1", UNSET)

        machine_code2 = d.pop("machine_code2", UNSET)

        machine_code3 = d.pop("machine_code3", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: VietnamIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = VietnamIdCardConfidence.from_dict(_confidence)

        portrait_image = d.pop("portrait_image", UNSET)

        _portrait_location = d.pop("portrait_location", UNSET)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = d.pop("idcard_type", UNSET)

        _text_location = d.pop("text_location", UNSET)
        text_location: VietnamIdCardTextLocation | Unset
        if isinstance(_text_location, Unset):
            text_location = UNSET
        else:
            text_location = VietnamIdCardTextLocation.from_dict(_text_location)

        vietnam_id_card_result = cls(
            side=side,
            number=number,
            full_name=full_name,
            birth_date=birth_date,
            sex=sex,
            nationality=nationality,
            origin_place=origin_place,
            residence_place=residence_place,
            expiry_date=expiry_date,
            personal_identification=personal_identification,
            issue_date=issue_date,
            machine_code1=machine_code1,
            machine_code2=machine_code2,
            machine_code3=machine_code3,
            confidence=confidence,
            portrait_image=portrait_image,
            portrait_location=portrait_location,
            idcard_type=idcard_type,
            text_location=text_location,
        )

        vietnam_id_card_result.additional_properties = d
        return vietnam_id_card_result

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
