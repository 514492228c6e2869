from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.myanmar_idcard_confidence import MyanmarIdcardConfidence
    from ..models.myanmar_idcard_translation_info import MyanmarIdcardTranslationInfo


T = TypeVar("T", bound="MyanmarIdcardResult")


@_attrs_define(repr=False)
class MyanmarIdcardResult:
    """Calling result (seed 002 Table 4-94 MyanmarIdcardResult; seed 000). This parameter is
    not returned when the API fails to be called. The front of the card gives nrc_id,
    issue_date, name, father_name, birth, bloodlines_religion, height and blood_group; the
    back gives card_id, nrc_id_back, profession and address.

        Attributes:
            side (str | Unset): Front or back of a national registration card. The options are front and back.
            class_ (str | Unset): ID card type.
                * new_version: new version of ID card
                * old_version: old version of ID card
            nrc_id (str | Unset): ID number
            issue_date (str | Unset): Date of issue
            name (str | Unset): Name
            father_name (str | Unset): Father's name
            birth (str | Unset): Date of birth
            bloodlines_religion (str | Unset): Ethnic group or religion
            height (str | Unset): Height
            blood_group (str | Unset): Blood type
            card_id (str | Unset): Card number on the back of the ID card
            nrc_id_back (str | Unset): ID number on the back of the ID card
            profession (str | Unset): Occupation
            address (str | Unset): Address
            confidence (MyanmarIdcardConfidence | Unset): Confidence of a field, from 0 to 1 (seed 002 Table 4-95
                MyanmarIdcardConfidence). A
                higher confidence indicates a higher accuracy of the field identified.
            portrait_image (str | Unset): Base64 encoded string of the portrait. This parameter is returned only when
                return_portrait_image is set to true.
            portrait_location (list[list[int]] | Unset): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | Unset): ID card type. This parameter is returned only when return_idcard_type is set to
                true.
                * normal: original ID card
                * copy: copy of the ID card
            translation_info (MyanmarIdcardTranslationInfo | Unset): Translation information (seed 002 Table 4-96
                MyanmarIdcardTranslationInfo).
    """

    side: str | Unset = UNSET
    class_: str | Unset = UNSET
    nrc_id: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    name: str | Unset = UNSET
    father_name: str | Unset = UNSET
    birth: str | Unset = UNSET
    bloodlines_religion: str | Unset = UNSET
    height: str | Unset = UNSET
    blood_group: str | Unset = UNSET
    card_id: str | Unset = UNSET
    nrc_id_back: str | Unset = UNSET
    profession: str | Unset = UNSET
    address: str | Unset = UNSET
    confidence: MyanmarIdcardConfidence | Unset = UNSET
    portrait_image: str | Unset = UNSET
    portrait_location: list[list[int]] | Unset = UNSET
    idcard_type: str | Unset = UNSET
    translation_info: MyanmarIdcardTranslationInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side

        class_ = self.class_

        nrc_id = self.nrc_id

        issue_date = self.issue_date

        name = self.name

        father_name = self.father_name

        birth = self.birth

        bloodlines_religion = self.bloodlines_religion

        height = self.height

        blood_group = self.blood_group

        card_id = self.card_id

        nrc_id_back = self.nrc_id_back

        profession = self.profession

        address = self.address

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

        translation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translation_info, Unset):
            translation_info = self.translation_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if side is not UNSET:
            field_dict["side"] = side
        if class_ is not UNSET:
            field_dict["class"] = class_
        if nrc_id is not UNSET:
            field_dict["nrc_id"] = nrc_id
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if name is not UNSET:
            field_dict["name"] = name
        if father_name is not UNSET:
            field_dict["father_name"] = father_name
        if birth is not UNSET:
            field_dict["birth"] = birth
        if bloodlines_religion is not UNSET:
            field_dict["bloodlines_religion"] = bloodlines_religion
        if height is not UNSET:
            field_dict["height"] = height
        if blood_group is not UNSET:
            field_dict["blood_group"] = blood_group
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if nrc_id_back is not UNSET:
            field_dict["nrc_id_back"] = nrc_id_back
        if profession is not UNSET:
            field_dict["profession"] = profession
        if address is not UNSET:
            field_dict["address"] = address
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        if portrait_location is not UNSET:
            field_dict["portrait_location"] = portrait_location
        if idcard_type is not UNSET:
            field_dict["idcard_type"] = idcard_type
        if translation_info is not UNSET:
            field_dict["translation_info"] = translation_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.myanmar_idcard_confidence import MyanmarIdcardConfidence  # noqa: PLC0415
        from ..models.myanmar_idcard_translation_info import MyanmarIdcardTranslationInfo  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        side = d.pop("side", UNSET)

        class_ = d.pop("class", UNSET)

        nrc_id = d.pop("nrc_id", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        name = d.pop("name", UNSET)

        father_name = d.pop("father_name", UNSET)

        birth = d.pop("birth", UNSET)

        bloodlines_religion = d.pop("bloodlines_religion", UNSET)

        height = d.pop("height", UNSET)

        blood_group = d.pop("blood_group", UNSET)

        card_id = d.pop("card_id", UNSET)

        nrc_id_back = d.pop("nrc_id_back", UNSET)

        profession = d.pop("profession", UNSET)

        address = d.pop("address", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: MyanmarIdcardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = MyanmarIdcardConfidence.from_dict(_confidence)

        portrait_image = d.pop("portrait_image", UNSET)

        _portrait_location = d.pop("portrait_location", UNSET)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = d.pop("idcard_type", UNSET)

        _translation_info = d.pop("translation_info", UNSET)
        translation_info: MyanmarIdcardTranslationInfo | Unset
        if isinstance(_translation_info, Unset):
            translation_info = UNSET
        else:
            translation_info = MyanmarIdcardTranslationInfo.from_dict(_translation_info)

        myanmar_idcard_result = cls(
            side=side,
            class_=class_,
            nrc_id=nrc_id,
            issue_date=issue_date,
            name=name,
            father_name=father_name,
            birth=birth,
            bloodlines_religion=bloodlines_religion,
            height=height,
            blood_group=blood_group,
            card_id=card_id,
            nrc_id_back=nrc_id_back,
            profession=profession,
            address=address,
            confidence=confidence,
            portrait_image=portrait_image,
            portrait_location=portrait_location,
            idcard_type=idcard_type,
            translation_info=translation_info,
        )

        myanmar_idcard_result.additional_properties = d
        return myanmar_idcard_result

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
