from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.cambodian_id_card_confidence import CambodianIdCardConfidence
    from ..models.cambodian_id_card_score_information_result import CambodianIdCardScoreInformationResult


T = TypeVar("T", bound="CambodianIdCardResult")


@_attrs_define(repr=False)
class CambodianIdCardResult:
    """Recognition result (seed 002 Table 4-87 CambodianIdCardResult; seeds 003 and 004). This
    parameter is not included when the API fails to be called.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            id_number (str | None): ID number
            name_kh (str | None): Khmer name
            name_en (str | None): Name in English
            birth_date (str | None): Date of birth
            sex (str | None): Gender
            height (str | None): Height
            birth_place (str | None): Place of birth
            address (str | None): Addresses, separated by spaces
            issue_date (str | None): Date of issue
            expiry_date (str | None): Date of expiry
            description (str | None): Personal features in the image
            machine_code1 (str | None): Machine code in the first line
            machine_code2 (str | None): Machine code in the second line
            machine_code3 (str | None): Machine code in the third line
            portrait_image (str | None): Base64 code of the portrait. This parameter is available only when
                return_portrait_image is set to true.
            portrait_location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | None): ID card type. This parameter is returned only when idcard_type is set to true.
                * normal: original ID card
                * copy: copy of the ID card
            adjusted_image (str | None): Base64-encoded string of the original ID card image. This parameter is returned
                only
                when return_adjusted_image is set to true.
            detect_border_integrity_result (bool | None): Whether ID card borders are complete. true: The borders are
                incomplete. false: The
                borders are complete. This parameter is returned only when detect_border_integrity
                is set to true.
            detect_blocking_within_border_result (bool | None): Whether the ID card is blocked within its borders. true: The
                ID card is blocked
                within its borders. false: The ID card is not blocked within its borders. This
                parameter is returned only when detect_blocking_within_border is set to true.
            detect_blur_result (bool | None): Whether the ID card image is blurry. true: The image is blurry. false: The
                image is
                clear. This parameter is returned only when detect_blur is set to true.
            detect_glare_result (bool | None): Alarm result for glaring ID cards. true: The ID card is glaring. false: The
                ID card
                is not glaring. This parameter is returned only when detect_glare is set to true.
            detect_tampering_result (bool | None): Alarm result for whether the portrait on the ID card has been tampered
                with. true:
                The portrait has been tampered with. false: The portrait has not been tampered with.
                This parameter is returned only when detect_tampering is set to true.
            detect_reproduce_result (bool | None): Whether the ID card image is recaptured. The value true indicates that
                the ID card
                image is recaptured, and the value false indicates that the ID card image is not
                recaptured. This parameter is returned only when detect_reproduce is set to true.
            score_info (CambodianIdCardScoreInformationResult | None): Alarm scores (seed 002 Table 4-88
                CambodianIdCardScoreInformationResult; seed 003),
                including idcard_type_score, border_integrity_score, blocking_within_border_score,
                blur_score, glare_score, tampering_score, and reproduce_score. The value range of these
                parameters is [0, 99].
            confidence (CambodianIdCardConfidence | None): Confidence of a field, from 0 to 1, keyed by the field's name. A
                higher confidence
                indicates a higher accuracy of the field identified. The confidence is calculated using
                algorithms and is not equal to the accuracy (seed 002 Table 4-87, "confidence").
    """

    id_number: str | None = None
    name_kh: str | None = None
    name_en: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    height: str | None = None
    birth_place: str | None = None
    address: str | None = None
    issue_date: str | None = None
    expiry_date: str | None = None
    description: str | None = None
    machine_code1: str | None = None
    machine_code2: str | None = None
    machine_code3: str | None = None
    portrait_image: str | None = None
    portrait_location: list[list[int]] | None = None
    idcard_type: str | None = None
    adjusted_image: str | None = None
    detect_border_integrity_result: bool | None = None
    detect_blocking_within_border_result: bool | None = None
    detect_blur_result: bool | None = None
    detect_glare_result: bool | None = None
    detect_tampering_result: bool | None = None
    detect_reproduce_result: bool | None = None
    score_info: CambodianIdCardScoreInformationResult | None = None
    confidence: CambodianIdCardConfidence | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        id_number = UNSET if self.id_number is None else self.id_number

        name_kh = UNSET if self.name_kh is None else self.name_kh

        name_en = UNSET if self.name_en is None else self.name_en

        birth_date = UNSET if self.birth_date is None else self.birth_date

        sex = UNSET if self.sex is None else self.sex

        height = UNSET if self.height is None else self.height

        birth_place = UNSET if self.birth_place is None else self.birth_place

        address = UNSET if self.address is None else self.address

        issue_date = UNSET if self.issue_date is None else self.issue_date

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        description = UNSET if self.description is None else self.description

        machine_code1 = UNSET if self.machine_code1 is None else self.machine_code1

        machine_code2 = UNSET if self.machine_code2 is None else self.machine_code2

        machine_code3 = UNSET if self.machine_code3 is None else self.machine_code3

        portrait_image = UNSET if self.portrait_image is None else self.portrait_image

        _portrait_location_or_unset = UNSET if self.portrait_location is None else self.portrait_location
        portrait_location: list[list[int]] | Unset = UNSET
        if not isinstance(_portrait_location_or_unset, Unset):
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location_or_unset:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = UNSET if self.idcard_type is None else self.idcard_type

        adjusted_image = UNSET if self.adjusted_image is None else self.adjusted_image

        detect_border_integrity_result = (
            UNSET if self.detect_border_integrity_result is None else self.detect_border_integrity_result
        )

        detect_blocking_within_border_result = (
            UNSET if self.detect_blocking_within_border_result is None else self.detect_blocking_within_border_result
        )

        detect_blur_result = UNSET if self.detect_blur_result is None else self.detect_blur_result

        detect_glare_result = UNSET if self.detect_glare_result is None else self.detect_glare_result

        detect_tampering_result = UNSET if self.detect_tampering_result is None else self.detect_tampering_result

        detect_reproduce_result = UNSET if self.detect_reproduce_result is None else self.detect_reproduce_result

        _score_info_or_unset = UNSET if self.score_info is None else self.score_info
        score_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_score_info_or_unset, Unset):
            score_info = _score_info_or_unset.to_dict()

        _confidence_or_unset = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence_or_unset, Unset):
            confidence = _confidence_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        elif "id_number" in self._json_nulls:
            field_dict["id_number"] = None
        if name_kh is not UNSET:
            field_dict["name_kh"] = name_kh
        elif "name_kh" in self._json_nulls:
            field_dict["name_kh"] = None
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        elif "name_en" in self._json_nulls:
            field_dict["name_en"] = None
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        elif "birth_date" in self._json_nulls:
            field_dict["birth_date"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if height is not UNSET:
            field_dict["height"] = height
        elif "height" in self._json_nulls:
            field_dict["height"] = None
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        elif "birth_place" in self._json_nulls:
            field_dict["birth_place"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        elif "expiry_date" in self._json_nulls:
            field_dict["expiry_date"] = None
        if description is not UNSET:
            field_dict["description"] = description
        elif "description" in self._json_nulls:
            field_dict["description"] = None
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
        if adjusted_image is not UNSET:
            field_dict["adjusted_image"] = adjusted_image
        elif "adjusted_image" in self._json_nulls:
            field_dict["adjusted_image"] = None
        if detect_border_integrity_result is not UNSET:
            field_dict["detect_border_integrity_result"] = detect_border_integrity_result
        elif "detect_border_integrity_result" in self._json_nulls:
            field_dict["detect_border_integrity_result"] = None
        if detect_blocking_within_border_result is not UNSET:
            field_dict["detect_blocking_within_border_result"] = detect_blocking_within_border_result
        elif "detect_blocking_within_border_result" in self._json_nulls:
            field_dict["detect_blocking_within_border_result"] = None
        if detect_blur_result is not UNSET:
            field_dict["detect_blur_result"] = detect_blur_result
        elif "detect_blur_result" in self._json_nulls:
            field_dict["detect_blur_result"] = None
        if detect_glare_result is not UNSET:
            field_dict["detect_glare_result"] = detect_glare_result
        elif "detect_glare_result" in self._json_nulls:
            field_dict["detect_glare_result"] = None
        if detect_tampering_result is not UNSET:
            field_dict["detect_tampering_result"] = detect_tampering_result
        elif "detect_tampering_result" in self._json_nulls:
            field_dict["detect_tampering_result"] = None
        if detect_reproduce_result is not UNSET:
            field_dict["detect_reproduce_result"] = detect_reproduce_result
        elif "detect_reproduce_result" in self._json_nulls:
            field_dict["detect_reproduce_result"] = None
        if score_info is not UNSET:
            field_dict["score_info"] = score_info
        elif "score_info" in self._json_nulls:
            field_dict["score_info"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cambodian_id_card_confidence import CambodianIdCardConfidence  # noqa: PLC0415
        from ..models.cambodian_id_card_score_information_result import CambodianIdCardScoreInformationResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        id_number = pop_optional(d, "id_number", json_nulls)

        name_kh = pop_optional(d, "name_kh", json_nulls)

        name_en = pop_optional(d, "name_en", json_nulls)

        birth_date = pop_optional(d, "birth_date", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        height = pop_optional(d, "height", json_nulls)

        birth_place = pop_optional(d, "birth_place", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        description = pop_optional(d, "description", json_nulls)

        machine_code1 = pop_optional(d, "machine_code1", json_nulls)

        machine_code2 = pop_optional(d, "machine_code2", json_nulls)

        machine_code3 = pop_optional(d, "machine_code3", json_nulls)

        portrait_image = pop_optional(d, "portrait_image", json_nulls)

        _portrait_location = pop_optional(d, "portrait_location", json_nulls)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = pop_optional(d, "idcard_type", json_nulls)

        adjusted_image = pop_optional(d, "adjusted_image", json_nulls)

        detect_border_integrity_result = pop_optional(d, "detect_border_integrity_result", json_nulls)

        detect_blocking_within_border_result = pop_optional(d, "detect_blocking_within_border_result", json_nulls)

        detect_blur_result = pop_optional(d, "detect_blur_result", json_nulls)

        detect_glare_result = pop_optional(d, "detect_glare_result", json_nulls)

        detect_tampering_result = pop_optional(d, "detect_tampering_result", json_nulls)

        detect_reproduce_result = pop_optional(d, "detect_reproduce_result", json_nulls)

        _score_info = pop_optional(d, "score_info", json_nulls)
        score_info: CambodianIdCardScoreInformationResult | Unset
        if isinstance(_score_info, Unset):
            score_info = UNSET
        else:
            score_info = CambodianIdCardScoreInformationResult.from_dict(_score_info)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: CambodianIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = CambodianIdCardConfidence.from_dict(_confidence)

        cambodian_id_card_result = cls(
            id_number=None if isinstance(id_number, Unset) else id_number,
            name_kh=None if isinstance(name_kh, Unset) else name_kh,
            name_en=None if isinstance(name_en, Unset) else name_en,
            birth_date=None if isinstance(birth_date, Unset) else birth_date,
            sex=None if isinstance(sex, Unset) else sex,
            height=None if isinstance(height, Unset) else height,
            birth_place=None if isinstance(birth_place, Unset) else birth_place,
            address=None if isinstance(address, Unset) else address,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
            description=None if isinstance(description, Unset) else description,
            machine_code1=None if isinstance(machine_code1, Unset) else machine_code1,
            machine_code2=None if isinstance(machine_code2, Unset) else machine_code2,
            machine_code3=None if isinstance(machine_code3, Unset) else machine_code3,
            portrait_image=None if isinstance(portrait_image, Unset) else portrait_image,
            portrait_location=None if isinstance(portrait_location, Unset) else portrait_location,
            idcard_type=None if isinstance(idcard_type, Unset) else idcard_type,
            adjusted_image=None if isinstance(adjusted_image, Unset) else adjusted_image,
            detect_border_integrity_result=None
            if isinstance(detect_border_integrity_result, Unset)
            else detect_border_integrity_result,
            detect_blocking_within_border_result=None
            if isinstance(detect_blocking_within_border_result, Unset)
            else detect_blocking_within_border_result,
            detect_blur_result=None if isinstance(detect_blur_result, Unset) else detect_blur_result,
            detect_glare_result=None if isinstance(detect_glare_result, Unset) else detect_glare_result,
            detect_tampering_result=None if isinstance(detect_tampering_result, Unset) else detect_tampering_result,
            detect_reproduce_result=None if isinstance(detect_reproduce_result, Unset) else detect_reproduce_result,
            score_info=None if isinstance(score_info, Unset) else score_info,
            confidence=None if isinstance(confidence, Unset) else confidence,
        )
        cambodian_id_card_result._json_nulls = frozenset(json_nulls)

        cambodian_id_card_result.additional_properties = d
        return cambodian_id_card_result

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
