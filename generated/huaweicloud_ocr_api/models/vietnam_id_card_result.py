from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.vietnam_id_card_confidence import VietnamIdCardConfidence
    from ..models.vietnam_id_card_text_location import VietnamIdCardTextLocation


T = TypeVar("T", bound="VietnamIdCardResult")


@_attrs_define(repr=False)
class VietnamIdCardResult:
    """Calling result (seed 002 Table 4-116). This parameter is not returned when the API fails
    to be called.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            side (str | None): Side of the ID card. The value can be front or back.
            number (str | None): Card number
            full_name (str | None): Name
            birth_date (str | None): Date of birth
            sex (str | None): Gender
            nationality (str | None): Nationality
            origin_place (str | None): Place of origin
            residence_place (str | None): Residence
            expiry_date (str | None): Validity period
            personal_identification (str | None): Personal identification. This field is returned when side is set to back.
            issue_date (str | None): Date of issue. This field is returned when side is set to back.
            machine_code1 (str | None): Machine-readable code in the first line on the back of an ID card. This field is
                returned when side is set to back.
            machine_code2 (str | None): Machine-readable code in the second line on the back of an ID card. This field is
                returned when side is set to back.
            machine_code3 (str | None): Machine-readable code in the third line on the back of an ID card. This field is
                returned when side is set to back.
            confidence (VietnamIdCardConfidence | None): Confidence of related fields, keyed by the field's name. A higher
                confidence indicates a
                higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy (seed 002 Table 4-116, "confidence").
            portrait_image (str | None): Base64 encoded string of the portrait when return_portrait_image is set to true.
            portrait_location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | None): ID card type, returned when return_idcard_type is set to true.
                * normal: the original ID card
                * copy: a copy of the ID card
                * screen: a recapture of an ID card image on the screen
            text_location (VietnamIdCardTextLocation | None): Location of all fields identified on the original image: the
                two-dimensional
                coordinates (x,y) of the four vertices of every text area. The image coordinate system
                is used: the origin is the upper left corner of the image, the X axis is horizontal and
                the Y axis vertical (seed 002 Table 4-116, "text_location"). Returned when
                return_text_location is set to true.
    """

    side: str | None = None
    number: str | None = None
    full_name: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    nationality: str | None = None
    origin_place: str | None = None
    residence_place: str | None = None
    expiry_date: str | None = None
    personal_identification: str | None = None
    issue_date: str | None = None
    machine_code1: str | None = None
    machine_code2: str | None = None
    machine_code3: str | None = None
    confidence: VietnamIdCardConfidence | None = None
    portrait_image: str | None = None
    portrait_location: list[list[int]] | None = None
    idcard_type: str | None = None
    text_location: VietnamIdCardTextLocation | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        side = UNSET if self.side is None else self.side

        number = UNSET if self.number is None else self.number

        full_name = UNSET if self.full_name is None else self.full_name

        birth_date = UNSET if self.birth_date is None else self.birth_date

        sex = UNSET if self.sex is None else self.sex

        nationality = UNSET if self.nationality is None else self.nationality

        origin_place = UNSET if self.origin_place is None else self.origin_place

        residence_place = UNSET if self.residence_place is None else self.residence_place

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        personal_identification = UNSET if self.personal_identification is None else self.personal_identification

        issue_date = UNSET if self.issue_date is None else self.issue_date

        machine_code1 = UNSET if self.machine_code1 is None else self.machine_code1

        machine_code2 = UNSET if self.machine_code2 is None else self.machine_code2

        machine_code3 = UNSET if self.machine_code3 is None else self.machine_code3

        _confidence_or_unset = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence_or_unset, Unset):
            confidence = _confidence_or_unset.to_dict()

        portrait_image = UNSET if self.portrait_image is None else self.portrait_image

        _portrait_location_or_unset = UNSET if self.portrait_location is None else self.portrait_location
        portrait_location: list[list[int]] | Unset = UNSET
        if not isinstance(_portrait_location_or_unset, Unset):
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = UNSET if self.idcard_type is None else self.idcard_type

        _text_location_or_unset = UNSET if self.text_location is None else self.text_location
        text_location: dict[str, Any] | Unset = UNSET
        if not isinstance(_text_location_or_unset, Unset):
            text_location = _text_location_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if side is not UNSET:
            field_dict["side"] = side
        elif "side" in self._json_nulls:
            field_dict["side"] = None
        if number is not UNSET:
            field_dict["number"] = number
        elif "number" in self._json_nulls:
            field_dict["number"] = None
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        elif "full_name" in self._json_nulls:
            field_dict["full_name"] = None
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        elif "birth_date" in self._json_nulls:
            field_dict["birth_date"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        elif "nationality" in self._json_nulls:
            field_dict["nationality"] = None
        if origin_place is not UNSET:
            field_dict["origin_place"] = origin_place
        elif "origin_place" in self._json_nulls:
            field_dict["origin_place"] = None
        if residence_place is not UNSET:
            field_dict["residence_place"] = residence_place
        elif "residence_place" in self._json_nulls:
            field_dict["residence_place"] = None
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        elif "expiry_date" in self._json_nulls:
            field_dict["expiry_date"] = None
        if personal_identification is not UNSET:
            field_dict["personal_identification"] = personal_identification
        elif "personal_identification" in self._json_nulls:
            field_dict["personal_identification"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
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
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        elif "portrait_image" in self._json_nulls:
            field_dict["portrait_image"] = None
        if portrait_location is not UNSET:
            field_dict["portrait_location"] = portrait_location
        elif "portrait_location" in self._json_nulls:
            field_dict["portrait_location"] = None
        if idcard_type is not UNSET:
            field_dict["idcard_type"] = idcard_type
        elif "idcard_type" in self._json_nulls:
            field_dict["idcard_type"] = None
        if text_location is not UNSET:
            field_dict["text_location"] = text_location
        elif "text_location" in self._json_nulls:
            field_dict["text_location"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vietnam_id_card_confidence import VietnamIdCardConfidence  # noqa: PLC0415
        from ..models.vietnam_id_card_text_location import VietnamIdCardTextLocation  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        side = pop_optional(d, "side", json_nulls)

        number = pop_optional(d, "number", json_nulls)

        full_name = pop_optional(d, "full_name", json_nulls)

        birth_date = pop_optional(d, "birth_date", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        origin_place = pop_optional(d, "origin_place", json_nulls)

        residence_place = pop_optional(d, "residence_place", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        personal_identification = pop_optional(d, "personal_identification", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        machine_code1 = pop_optional(d, "machine_code1", json_nulls)

        machine_code2 = pop_optional(d, "machine_code2", json_nulls)

        machine_code3 = pop_optional(d, "machine_code3", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: VietnamIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = VietnamIdCardConfidence.from_dict(_confidence)

        portrait_image = pop_optional(d, "portrait_image", json_nulls)

        _portrait_location = pop_optional(d, "portrait_location", json_nulls)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = pop_optional(d, "idcard_type", json_nulls)

        _text_location = pop_optional(d, "text_location", json_nulls)
        text_location: VietnamIdCardTextLocation | Unset
        if isinstance(_text_location, Unset):
            text_location = UNSET
        else:
            text_location = VietnamIdCardTextLocation.from_dict(_text_location)

        vietnam_id_card_result = cls(
            side=None if isinstance(side, Unset) else side,
            number=None if isinstance(number, Unset) else number,
            full_name=None if isinstance(full_name, Unset) else full_name,
            birth_date=None if isinstance(birth_date, Unset) else birth_date,
            sex=None if isinstance(sex, Unset) else sex,
            nationality=None if isinstance(nationality, Unset) else nationality,
            origin_place=None if isinstance(origin_place, Unset) else origin_place,
            residence_place=None if isinstance(residence_place, Unset) else residence_place,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
            personal_identification=None if isinstance(personal_identification, Unset) else personal_identification,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            machine_code1=None if isinstance(machine_code1, Unset) else machine_code1,
            machine_code2=None if isinstance(machine_code2, Unset) else machine_code2,
            machine_code3=None if isinstance(machine_code3, Unset) else machine_code3,
            confidence=None if isinstance(confidence, Unset) else confidence,
            portrait_image=None if isinstance(portrait_image, Unset) else portrait_image,
            portrait_location=None if isinstance(portrait_location, Unset) else portrait_location,
            idcard_type=None if isinstance(idcard_type, Unset) else idcard_type,
            text_location=None if isinstance(text_location, Unset) else text_location,
        )
        vietnam_id_card_result._json_nulls = frozenset(json_nulls)

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
