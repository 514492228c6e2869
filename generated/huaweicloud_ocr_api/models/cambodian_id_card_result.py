from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.cambodian_id_card_confidence import CambodianIdCardConfidence
    from ..models.cambodian_id_card_score_information_result import CambodianIdCardScoreInformationResult


T = TypeVar("T", bound="CambodianIdCardResult")


@_attrs_define(repr=False)
class CambodianIdCardResult:
    """Recognition result (seed 002 Table 4-87 CambodianIdCardResult; seeds 003 and 004). This
    parameter is not included when the API fails to be called.

        Attributes:
            id_number (str | Unset): ID number
            name_kh (str | Unset): Khmer name
            name_en (str | Unset): Name in English
            birth_date (str | Unset): Date of birth
            sex (str | Unset): Gender
            height (str | Unset): Height
            birth_place (str | Unset): Place of birth
            address (str | Unset): Addresses, separated by spaces
            issue_date (str | Unset): Date of issue
            expiry_date (str | Unset): Date of expiry
            description (str | Unset): Personal features in the image
            machine_code1 (str | Unset): Machine code in the first line
            machine_code2 (str | Unset): Machine code in the second line
            machine_code3 (str | Unset): Machine code in the third line
            portrait_image (str | Unset): Base64 code of the portrait. This parameter is available only when
                return_portrait_image is set to true.
            portrait_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | Unset): ID card type. This parameter is returned only when idcard_type is set to true.
                * normal: original ID card
                * copy: copy of the ID card
            adjusted_image (str | Unset): Base64-encoded string of the original ID card image. This parameter is returned
                only
                when return_adjusted_image is set to true.
            detect_border_integrity_result (bool | Unset): Whether ID card borders are complete. true: The borders are
                incomplete. false: The
                borders are complete. This parameter is returned only when detect_border_integrity
                is set to true.
            detect_blocking_within_border_result (bool | Unset): Whether the ID card is blocked within its borders. true:
                The ID card is blocked
                within its borders. false: The ID card is not blocked within its borders. This
                parameter is returned only when detect_blocking_within_border is set to true.
            detect_blur_result (bool | Unset): Whether the ID card image is blurry. true: The image is blurry. false: The
                image is
                clear. This parameter is returned only when detect_blur is set to true.
            detect_glare_result (bool | Unset): Alarm result for glaring ID cards. true: The ID card is glaring. false: The
                ID card
                is not glaring. This parameter is returned only when detect_glare is set to true.
            detect_tampering_result (bool | Unset): Alarm result for whether the portrait on the ID card has been tampered
                with. true:
                The portrait has been tampered with. false: The portrait has not been tampered with.
                This parameter is returned only when detect_tampering is set to true.
            detect_reproduce_result (bool | Unset): Whether the ID card image is recaptured. The value true indicates that
                the ID card
                image is recaptured, and the value false indicates that the ID card image is not
                recaptured. This parameter is returned only when detect_reproduce is set to true.
            score_info (CambodianIdCardScoreInformationResult | Unset): Alarm scores (seed 002 Table 4-88
                CambodianIdCardScoreInformationResult; seed 003),
                including idcard_type_score, border_integrity_score, blocking_within_border_score,
                blur_score, glare_score, tampering_score, and reproduce_score. The value range of these
                parameters is [0, 99].
            confidence (CambodianIdCardConfidence | Unset): Confidence of a field, from 0 to 1, keyed by the field's name. A
                higher confidence
                indicates a higher accuracy of the field identified. The confidence is calculated using
                algorithms and is not equal to the accuracy (seed 002 Table 4-87, "confidence").
    """

    id_number: str | Unset = UNSET
    name_kh: str | Unset = UNSET
    name_en: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    sex: str | Unset = UNSET
    height: str | Unset = UNSET
    birth_place: str | Unset = UNSET
    address: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    description: str | Unset = UNSET
    machine_code1: str | Unset = UNSET
    machine_code2: str | Unset = UNSET
    machine_code3: str | Unset = UNSET
    portrait_image: str | Unset = UNSET
    portrait_location: list[list[int]] | Unset = UNSET
    idcard_type: str | Unset = UNSET
    adjusted_image: str | Unset = UNSET
    detect_border_integrity_result: bool | Unset = UNSET
    detect_blocking_within_border_result: bool | Unset = UNSET
    detect_blur_result: bool | Unset = UNSET
    detect_glare_result: bool | Unset = UNSET
    detect_tampering_result: bool | Unset = UNSET
    detect_reproduce_result: bool | Unset = UNSET
    score_info: CambodianIdCardScoreInformationResult | Unset = UNSET
    confidence: CambodianIdCardConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        name_kh = self.name_kh

        name_en = self.name_en

        birth_date = self.birth_date

        sex = self.sex

        height = self.height

        birth_place = self.birth_place

        address = self.address

        issue_date = self.issue_date

        expiry_date = self.expiry_date

        description = self.description

        machine_code1 = self.machine_code1

        machine_code2 = self.machine_code2

        machine_code3 = self.machine_code3

        portrait_image = self.portrait_image

        portrait_location: list[list[int]] | Unset = UNSET
        if not isinstance(self.portrait_location, Unset):
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in self.portrait_location:
                componentsschemas_quadrilateral_item = componentsschemas_quadrilateral_item_data

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = self.idcard_type

        adjusted_image = self.adjusted_image

        detect_border_integrity_result = self.detect_border_integrity_result

        detect_blocking_within_border_result = self.detect_blocking_within_border_result

        detect_blur_result = self.detect_blur_result

        detect_glare_result = self.detect_glare_result

        detect_tampering_result = self.detect_tampering_result

        detect_reproduce_result = self.detect_reproduce_result

        score_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.score_info, Unset):
            score_info = self.score_info.to_dict()

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if name_kh is not UNSET:
            field_dict["name_kh"] = name_kh
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if sex is not UNSET:
            field_dict["sex"] = sex
        if height is not UNSET:
            field_dict["height"] = height
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        if address is not UNSET:
            field_dict["address"] = address
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if description is not UNSET:
            field_dict["description"] = description
        if machine_code1 is not UNSET:
            field_dict["machine_code1"] = machine_code1
        if machine_code2 is not UNSET:
            field_dict["machine_code2"] = machine_code2
        if machine_code3 is not UNSET:
            field_dict["machine_code3"] = machine_code3
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        if portrait_location is not UNSET:
            field_dict["portrait_location"] = portrait_location
        if idcard_type is not UNSET:
            field_dict["idcard_type"] = idcard_type
        if adjusted_image is not UNSET:
            field_dict["adjusted_image"] = adjusted_image
        if detect_border_integrity_result is not UNSET:
            field_dict["detect_border_integrity_result"] = detect_border_integrity_result
        if detect_blocking_within_border_result is not UNSET:
            field_dict["detect_blocking_within_border_result"] = detect_blocking_within_border_result
        if detect_blur_result is not UNSET:
            field_dict["detect_blur_result"] = detect_blur_result
        if detect_glare_result is not UNSET:
            field_dict["detect_glare_result"] = detect_glare_result
        if detect_tampering_result is not UNSET:
            field_dict["detect_tampering_result"] = detect_tampering_result
        if detect_reproduce_result is not UNSET:
            field_dict["detect_reproduce_result"] = detect_reproduce_result
        if score_info is not UNSET:
            field_dict["score_info"] = score_info
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cambodian_id_card_confidence import CambodianIdCardConfidence  # noqa: PLC0415
        from ..models.cambodian_id_card_score_information_result import CambodianIdCardScoreInformationResult  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id_number = d.pop("id_number", UNSET)

        name_kh = d.pop("name_kh", UNSET)

        name_en = d.pop("name_en", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        sex = d.pop("sex", UNSET)

        height = d.pop("height", UNSET)

        birth_place = d.pop("birth_place", UNSET)

        address = d.pop("address", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        description = d.pop("description", UNSET)

        machine_code1 = d.pop("machine_code1", UNSET)

        machine_code2 = d.pop("machine_code2", UNSET)

        machine_code3 = d.pop("machine_code3", UNSET)

        portrait_image = d.pop("portrait_image", UNSET)

        _portrait_location = d.pop("portrait_location", UNSET)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = d.pop("idcard_type", UNSET)

        adjusted_image = d.pop("adjusted_image", UNSET)

        detect_border_integrity_result = d.pop("detect_border_integrity_result", UNSET)

        detect_blocking_within_border_result = d.pop("detect_blocking_within_border_result", UNSET)

        detect_blur_result = d.pop("detect_blur_result", UNSET)

        detect_glare_result = d.pop("detect_glare_result", UNSET)

        detect_tampering_result = d.pop("detect_tampering_result", UNSET)

        detect_reproduce_result = d.pop("detect_reproduce_result", UNSET)

        _score_info = d.pop("score_info", UNSET)
        score_info: CambodianIdCardScoreInformationResult | Unset
        if isinstance(_score_info, Unset):
            score_info = UNSET
        else:
            score_info = CambodianIdCardScoreInformationResult.from_dict(_score_info)

        _confidence = d.pop("confidence", UNSET)
        confidence: CambodianIdCardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = CambodianIdCardConfidence.from_dict(_confidence)

        cambodian_id_card_result = cls(
            id_number=id_number,
            name_kh=name_kh,
            name_en=name_en,
            birth_date=birth_date,
            sex=sex,
            height=height,
            birth_place=birth_place,
            address=address,
            issue_date=issue_date,
            expiry_date=expiry_date,
            description=description,
            machine_code1=machine_code1,
            machine_code2=machine_code2,
            machine_code3=machine_code3,
            portrait_image=portrait_image,
            portrait_location=portrait_location,
            idcard_type=idcard_type,
            adjusted_image=adjusted_image,
            detect_border_integrity_result=detect_border_integrity_result,
            detect_blocking_within_border_result=detect_blocking_within_border_result,
            detect_blur_result=detect_blur_result,
            detect_glare_result=detect_glare_result,
            detect_tampering_result=detect_tampering_result,
            detect_reproduce_result=detect_reproduce_result,
            score_info=score_info,
            confidence=confidence,
        )

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
