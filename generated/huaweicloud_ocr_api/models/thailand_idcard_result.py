from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.thailand_idcard_confidence import ThailandIdcardConfidence
    from ..models.thailand_idcard_result_text_location import ThailandIdcardResultTextLocation


T = TypeVar("T", bound="ThailandIdcardResult")


@_attrs_define(repr=False)
class ThailandIdcardResult:
    """Recognition result (seed 002 Table 4-74). Not returned when the API fails to be called.
    The front of the card gives the names, dates and address; the back gives card_number
    and laser_number.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            type (str | None): ID card type. The value normal indicates a regular Thailand ID card, and the value
                pink indicates a foreigner's ID card.
            name_en (str | None): English name
            ref_number (str | None): Reference number
            side (str | None): Front or back of an ID card. Value options are front and back.
            id_number (str | None): ID number
            name_th (str | None): Thai name
            first_name_en (str | None): Name, in English
            last_name_en (str | None): English surname
            date_of_birth_th (str | None): Date of birth, in Thai
            date_of_birth_en (str | None): Date of birth, in English
            religion_th (str | None): Religion
            address_th (str | None): Address
            date_of_issue_th (str | None): Date of issue, in Thai
            date_of_issue_en (str | None): Date of issue, in English
            date_of_expiry_th (str | None): Date of expiry, in Thai
            date_of_expiry_en (str | None): Date of expiry, in English
            serial_number (str | None): Serial number
            card_number (str | None): ID number on the back of the ID card
            laser_number (str | None): Laser code
            confidence (ThailandIdcardConfidence | None): Confidence of a field, from 0 to 1 (seed 002 Table 4-75). A higher
                confidence indicates
                a higher accuracy of the field identified. The confidence is calculated using algorithms
                and is not equal to the accuracy.
            portrait_image (str | None): Base64 encoded string of the portrait. Returned only when return_portrait_image is
                set to true.
            portrait_location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | None): ID card type. Returned only when return_idcard_type is set to true.
                * normal: original ID card
                * copy: copy of the ID card
            text_location (ThailandIdcardResultTextLocation | None): Location of all fields identified on the original
                image, including the 2D
                coordinates (x, y) of the four vertices of all text areas. The coordinate origin is
                the upper-left corner of the image, the X axis is horizontal, and the Y axis is
                vertical.
    """

    type: str | None = None
    name_en: str | None = None
    ref_number: str | None = None
    side: str | None = None
    id_number: str | None = None
    name_th: str | None = None
    first_name_en: str | None = None
    last_name_en: str | None = None
    date_of_birth_th: str | None = None
    date_of_birth_en: str | None = None
    religion_th: str | None = None
    address_th: str | None = None
    date_of_issue_th: str | None = None
    date_of_issue_en: str | None = None
    date_of_expiry_th: str | None = None
    date_of_expiry_en: str | None = None
    serial_number: str | None = None
    card_number: str | None = None
    laser_number: str | None = None
    confidence: ThailandIdcardConfidence | None = None
    portrait_image: str | None = None
    portrait_location: list[list[int]] | None = None
    idcard_type: str | None = None
    text_location: ThailandIdcardResultTextLocation | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        type_ = UNSET if self.type is None else self.type

        name_en = UNSET if self.name_en is None else self.name_en

        ref_number = UNSET if self.ref_number is None else self.ref_number

        side = UNSET if self.side is None else self.side

        id_number = UNSET if self.id_number is None else self.id_number

        name_th = UNSET if self.name_th is None else self.name_th

        first_name_en = UNSET if self.first_name_en is None else self.first_name_en

        last_name_en = UNSET if self.last_name_en is None else self.last_name_en

        date_of_birth_th = UNSET if self.date_of_birth_th is None else self.date_of_birth_th

        date_of_birth_en = UNSET if self.date_of_birth_en is None else self.date_of_birth_en

        religion_th = UNSET if self.religion_th is None else self.religion_th

        address_th = UNSET if self.address_th is None else self.address_th

        date_of_issue_th = UNSET if self.date_of_issue_th is None else self.date_of_issue_th

        date_of_issue_en = UNSET if self.date_of_issue_en is None else self.date_of_issue_en

        date_of_expiry_th = UNSET if self.date_of_expiry_th is None else self.date_of_expiry_th

        date_of_expiry_en = UNSET if self.date_of_expiry_en is None else self.date_of_expiry_en

        serial_number = UNSET if self.serial_number is None else self.serial_number

        card_number = UNSET if self.card_number is None else self.card_number

        laser_number = UNSET if self.laser_number is None else self.laser_number

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        elif "name_en" in self._json_nulls:
            field_dict["name_en"] = None
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        elif "ref_number" in self._json_nulls:
            field_dict["ref_number"] = None
        if side is not UNSET:
            field_dict["side"] = side
        elif "side" in self._json_nulls:
            field_dict["side"] = None
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        elif "id_number" in self._json_nulls:
            field_dict["id_number"] = None
        if name_th is not UNSET:
            field_dict["name_th"] = name_th
        elif "name_th" in self._json_nulls:
            field_dict["name_th"] = None
        if first_name_en is not UNSET:
            field_dict["first_name_en"] = first_name_en
        elif "first_name_en" in self._json_nulls:
            field_dict["first_name_en"] = None
        if last_name_en is not UNSET:
            field_dict["last_name_en"] = last_name_en
        elif "last_name_en" in self._json_nulls:
            field_dict["last_name_en"] = None
        if date_of_birth_th is not UNSET:
            field_dict["date_of_birth_th"] = date_of_birth_th
        elif "date_of_birth_th" in self._json_nulls:
            field_dict["date_of_birth_th"] = None
        if date_of_birth_en is not UNSET:
            field_dict["date_of_birth_en"] = date_of_birth_en
        elif "date_of_birth_en" in self._json_nulls:
            field_dict["date_of_birth_en"] = None
        if religion_th is not UNSET:
            field_dict["religion_th"] = religion_th
        elif "religion_th" in self._json_nulls:
            field_dict["religion_th"] = None
        if address_th is not UNSET:
            field_dict["address_th"] = address_th
        elif "address_th" in self._json_nulls:
            field_dict["address_th"] = None
        if date_of_issue_th is not UNSET:
            field_dict["date_of_issue_th"] = date_of_issue_th
        elif "date_of_issue_th" in self._json_nulls:
            field_dict["date_of_issue_th"] = None
        if date_of_issue_en is not UNSET:
            field_dict["date_of_issue_en"] = date_of_issue_en
        elif "date_of_issue_en" in self._json_nulls:
            field_dict["date_of_issue_en"] = None
        if date_of_expiry_th is not UNSET:
            field_dict["date_of_expiry_th"] = date_of_expiry_th
        elif "date_of_expiry_th" in self._json_nulls:
            field_dict["date_of_expiry_th"] = None
        if date_of_expiry_en is not UNSET:
            field_dict["date_of_expiry_en"] = date_of_expiry_en
        elif "date_of_expiry_en" in self._json_nulls:
            field_dict["date_of_expiry_en"] = None
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        elif "serial_number" in self._json_nulls:
            field_dict["serial_number"] = None
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        elif "card_number" in self._json_nulls:
            field_dict["card_number"] = None
        if laser_number is not UNSET:
            field_dict["laser_number"] = laser_number
        elif "laser_number" in self._json_nulls:
            field_dict["laser_number"] = None
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thailand_idcard_confidence import ThailandIdcardConfidence  # noqa: PLC0415
        from ..models.thailand_idcard_result_text_location import ThailandIdcardResultTextLocation  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        type_ = pop_optional(d, "type", json_nulls)

        name_en = pop_optional(d, "name_en", json_nulls)

        ref_number = pop_optional(d, "ref_number", json_nulls)

        side = pop_optional(d, "side", json_nulls)

        id_number = pop_optional(d, "id_number", json_nulls)

        name_th = pop_optional(d, "name_th", json_nulls)

        first_name_en = pop_optional(d, "first_name_en", json_nulls)

        last_name_en = pop_optional(d, "last_name_en", json_nulls)

        date_of_birth_th = pop_optional(d, "date_of_birth_th", json_nulls)

        date_of_birth_en = pop_optional(d, "date_of_birth_en", json_nulls)

        religion_th = pop_optional(d, "religion_th", json_nulls)

        address_th = pop_optional(d, "address_th", json_nulls)

        date_of_issue_th = pop_optional(d, "date_of_issue_th", json_nulls)

        date_of_issue_en = pop_optional(d, "date_of_issue_en", json_nulls)

        date_of_expiry_th = pop_optional(d, "date_of_expiry_th", json_nulls)

        date_of_expiry_en = pop_optional(d, "date_of_expiry_en", json_nulls)

        serial_number = pop_optional(d, "serial_number", json_nulls)

        card_number = pop_optional(d, "card_number", json_nulls)

        laser_number = pop_optional(d, "laser_number", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: ThailandIdcardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = ThailandIdcardConfidence.from_dict(_confidence)

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
        text_location: ThailandIdcardResultTextLocation | Unset
        if isinstance(_text_location, Unset):
            text_location = UNSET
        else:
            text_location = ThailandIdcardResultTextLocation.from_dict(_text_location)

        thailand_idcard_result = cls(
            type=None if isinstance(type_, Unset) else type_,
            name_en=None if isinstance(name_en, Unset) else name_en,
            ref_number=None if isinstance(ref_number, Unset) else ref_number,
            side=None if isinstance(side, Unset) else side,
            id_number=None if isinstance(id_number, Unset) else id_number,
            name_th=None if isinstance(name_th, Unset) else name_th,
            first_name_en=None if isinstance(first_name_en, Unset) else first_name_en,
            last_name_en=None if isinstance(last_name_en, Unset) else last_name_en,
            date_of_birth_th=None if isinstance(date_of_birth_th, Unset) else date_of_birth_th,
            date_of_birth_en=None if isinstance(date_of_birth_en, Unset) else date_of_birth_en,
            religion_th=None if isinstance(religion_th, Unset) else religion_th,
            address_th=None if isinstance(address_th, Unset) else address_th,
            date_of_issue_th=None if isinstance(date_of_issue_th, Unset) else date_of_issue_th,
            date_of_issue_en=None if isinstance(date_of_issue_en, Unset) else date_of_issue_en,
            date_of_expiry_th=None if isinstance(date_of_expiry_th, Unset) else date_of_expiry_th,
            date_of_expiry_en=None if isinstance(date_of_expiry_en, Unset) else date_of_expiry_en,
            serial_number=None if isinstance(serial_number, Unset) else serial_number,
            card_number=None if isinstance(card_number, Unset) else card_number,
            laser_number=None if isinstance(laser_number, Unset) else laser_number,
            confidence=None if isinstance(confidence, Unset) else confidence,
            portrait_image=None if isinstance(portrait_image, Unset) else portrait_image,
            portrait_location=None if isinstance(portrait_location, Unset) else portrait_location,
            idcard_type=None if isinstance(idcard_type, Unset) else idcard_type,
            text_location=None if isinstance(text_location, Unset) else text_location,
        )
        thailand_idcard_result._json_nulls = frozenset(json_nulls)

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
