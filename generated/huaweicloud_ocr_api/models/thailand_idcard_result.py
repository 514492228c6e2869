from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.thailand_idcard_confidence import ThailandIdcardConfidence
    from ..models.thailand_idcard_result_text_location import ThailandIdcardResultTextLocation


T = TypeVar("T", bound="ThailandIdcardResult")


@_attrs_define(repr=False)
class ThailandIdcardResult:
    """Recognition result (seed 002 Table 4-74). Not returned when the API fails to be called.
    The front of the card gives the names, dates and address; the back gives card_number
    and laser_number.

        Attributes:
            type_ (str | Unset): ID card type. The value normal indicates a regular Thailand ID card, and the value
                pink indicates a foreigner's ID card.
            name_en (str | Unset): English name
            ref_number (str | Unset): Reference number
            side (str | Unset): Front or back of an ID card. Value options are front and back.
            id_number (str | Unset): ID number
            name_th (str | Unset): Thai name
            first_name_en (str | Unset): Name, in English
            last_name_en (str | Unset): English surname
            date_of_birth_th (str | Unset): Date of birth, in Thai
            date_of_birth_en (str | Unset): Date of birth, in English
            religion_th (str | Unset): Religion
            address_th (str | Unset): Address
            date_of_issue_th (str | Unset): Date of issue, in Thai
            date_of_issue_en (str | Unset): Date of issue, in English
            date_of_expiry_th (str | Unset): Date of expiry, in Thai
            date_of_expiry_en (str | Unset): Date of expiry, in English
            serial_number (str | Unset): Serial number
            card_number (str | Unset): ID number on the back of the ID card
            laser_number (str | Unset): Laser code
            confidence (ThailandIdcardConfidence | Unset): Confidence of a field, from 0 to 1 (seed 002 Table 4-75). A
                higher confidence indicates
                a higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy.
            portrait_image (str | Unset): Base64 encoded string of the portrait. Returned only when return_portrait_image is
                set to true.
            portrait_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | Unset): ID card type. Returned only when return_idcard_type is set to true.
                * normal: original ID card
                * copy: copy of the ID card
            text_location (ThailandIdcardResultTextLocation | Unset): Location of all fields identified on the original
                image, including the 2D
                coordinates (x, y) of the four vertices of all text areas. The coordinate origin is
                the upper-left corner of the image, the X axis is horizontal, and the Y axis is
                vertical.
    """

    type_: str | Unset = UNSET
    name_en: str | Unset = UNSET
    ref_number: str | Unset = UNSET
    side: str | Unset = UNSET
    id_number: str | Unset = UNSET
    name_th: str | Unset = UNSET
    first_name_en: str | Unset = UNSET
    last_name_en: str | Unset = UNSET
    date_of_birth_th: str | Unset = UNSET
    date_of_birth_en: str | Unset = UNSET
    religion_th: str | Unset = UNSET
    address_th: str | Unset = UNSET
    date_of_issue_th: str | Unset = UNSET
    date_of_issue_en: str | Unset = UNSET
    date_of_expiry_th: str | Unset = UNSET
    date_of_expiry_en: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    card_number: str | Unset = UNSET
    laser_number: str | Unset = UNSET
    confidence: ThailandIdcardConfidence | Unset = UNSET
    portrait_image: str | Unset = UNSET
    portrait_location: list[list[int]] | Unset = UNSET
    idcard_type: str | Unset = UNSET
    text_location: ThailandIdcardResultTextLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name_en = self.name_en

        ref_number = self.ref_number

        side = self.side

        id_number = self.id_number

        name_th = self.name_th

        first_name_en = self.first_name_en

        last_name_en = self.last_name_en

        date_of_birth_th = self.date_of_birth_th

        date_of_birth_en = self.date_of_birth_en

        religion_th = self.religion_th

        address_th = self.address_th

        date_of_issue_th = self.date_of_issue_th

        date_of_issue_en = self.date_of_issue_en

        date_of_expiry_th = self.date_of_expiry_th

        date_of_expiry_en = self.date_of_expiry_en

        serial_number = self.serial_number

        card_number = self.card_number

        laser_number = self.laser_number

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if side is not UNSET:
            field_dict["side"] = side
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if name_th is not UNSET:
            field_dict["name_th"] = name_th
        if first_name_en is not UNSET:
            field_dict["first_name_en"] = first_name_en
        if last_name_en is not UNSET:
            field_dict["last_name_en"] = last_name_en
        if date_of_birth_th is not UNSET:
            field_dict["date_of_birth_th"] = date_of_birth_th
        if date_of_birth_en is not UNSET:
            field_dict["date_of_birth_en"] = date_of_birth_en
        if religion_th is not UNSET:
            field_dict["religion_th"] = religion_th
        if address_th is not UNSET:
            field_dict["address_th"] = address_th
        if date_of_issue_th is not UNSET:
            field_dict["date_of_issue_th"] = date_of_issue_th
        if date_of_issue_en is not UNSET:
            field_dict["date_of_issue_en"] = date_of_issue_en
        if date_of_expiry_th is not UNSET:
            field_dict["date_of_expiry_th"] = date_of_expiry_th
        if date_of_expiry_en is not UNSET:
            field_dict["date_of_expiry_en"] = date_of_expiry_en
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if laser_number is not UNSET:
            field_dict["laser_number"] = laser_number
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
        from ..models.thailand_idcard_confidence import ThailandIdcardConfidence  # noqa: PLC0415
        from ..models.thailand_idcard_result_text_location import ThailandIdcardResultTextLocation  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name_en = d.pop("name_en", UNSET)

        ref_number = d.pop("ref_number", UNSET)

        side = d.pop("side", UNSET)

        id_number = d.pop("id_number", UNSET)

        name_th = d.pop("name_th", UNSET)

        first_name_en = d.pop("first_name_en", UNSET)

        last_name_en = d.pop("last_name_en", UNSET)

        date_of_birth_th = d.pop("date_of_birth_th", UNSET)

        date_of_birth_en = d.pop("date_of_birth_en", UNSET)

        religion_th = d.pop("religion_th", UNSET)

        address_th = d.pop("address_th", UNSET)

        date_of_issue_th = d.pop("date_of_issue_th", UNSET)

        date_of_issue_en = d.pop("date_of_issue_en", UNSET)

        date_of_expiry_th = d.pop("date_of_expiry_th", UNSET)

        date_of_expiry_en = d.pop("date_of_expiry_en", UNSET)

        serial_number = d.pop("serial_number", UNSET)

        card_number = d.pop("card_number", UNSET)

        laser_number = d.pop("laser_number", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: ThailandIdcardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = ThailandIdcardConfidence.from_dict(_confidence)

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
        text_location: ThailandIdcardResultTextLocation | Unset
        if isinstance(_text_location, Unset):
            text_location = UNSET
        else:
            text_location = ThailandIdcardResultTextLocation.from_dict(_text_location)

        thailand_idcard_result = cls(
            type_=type_,
            name_en=name_en,
            ref_number=ref_number,
            side=side,
            id_number=id_number,
            name_th=name_th,
            first_name_en=first_name_en,
            last_name_en=last_name_en,
            date_of_birth_th=date_of_birth_th,
            date_of_birth_en=date_of_birth_en,
            religion_th=religion_th,
            address_th=address_th,
            date_of_issue_th=date_of_issue_th,
            date_of_issue_en=date_of_issue_en,
            date_of_expiry_th=date_of_expiry_th,
            date_of_expiry_en=date_of_expiry_en,
            serial_number=serial_number,
            card_number=card_number,
            laser_number=laser_number,
            confidence=confidence,
            portrait_image=portrait_image,
            portrait_location=portrait_location,
            idcard_type=idcard_type,
            text_location=text_location,
        )

        thailand_idcard_result.additional_properties = d
        return thailand_idcard_result

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
