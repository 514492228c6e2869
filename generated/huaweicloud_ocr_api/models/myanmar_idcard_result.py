from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

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

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            side (str | None): Front or back of a national registration card. The options are front and back.
            class_ (str | None): ID card type.
                * new_version: new version of ID card
                * old_version: old version of ID card
            nrc_id (str | None): ID number
            issue_date (str | None): Date of issue
            name (str | None): Name
            father_name (str | None): Father's name
            birth (str | None): Date of birth
            bloodlines_religion (str | None): Ethnic group or religion
            height (str | None): Height
            blood_group (str | None): Blood type
            card_id (str | None): Card number on the back of the ID card
            nrc_id_back (str | None): ID number on the back of the ID card
            profession (str | None): Occupation
            address (str | None): Address
            confidence (MyanmarIdcardConfidence | None): Confidence of a field, from 0 to 1 (seed 002 Table 4-95
                MyanmarIdcardConfidence). A
                higher confidence indicates a higher accuracy of the field identified.
            portrait_image (str | None): Base64 encoded string of the portrait. This parameter is returned only when
                return_portrait_image is set to true.
            portrait_location (list[list[int]] | None): Location of a text area: the 2D coordinates (x, y) of its four
                vertexes, where the
                origin is the upper-left corner of the image, the X axis is horizontal and the Y axis
                vertical. For PDF input the coordinates are for reference only and indicate the relative
                positions between fields.
            idcard_type (str | None): ID card type. This parameter is returned only when return_idcard_type is set to
                true.
                * normal: original ID card
                * copy: copy of the ID card
            translation_info (MyanmarIdcardTranslationInfo | None): Translation information (seed 002 Table 4-96
                MyanmarIdcardTranslationInfo).
    """

    side: str | None = None
    class_: str | None = None
    nrc_id: str | None = None
    issue_date: str | None = None
    name: str | None = None
    father_name: str | None = None
    birth: str | None = None
    bloodlines_religion: str | None = None
    height: str | None = None
    blood_group: str | None = None
    card_id: str | None = None
    nrc_id_back: str | None = None
    profession: str | None = None
    address: str | None = None
    confidence: MyanmarIdcardConfidence | None = None
    portrait_image: str | None = None
    portrait_location: list[list[int]] | None = None
    idcard_type: str | None = None
    translation_info: MyanmarIdcardTranslationInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        side = UNSET if self.side is None else self.side

        class_ = UNSET if self.class_ is None else self.class_

        nrc_id = UNSET if self.nrc_id is None else self.nrc_id

        issue_date = UNSET if self.issue_date is None else self.issue_date

        name = UNSET if self.name is None else self.name

        father_name = UNSET if self.father_name is None else self.father_name

        birth = UNSET if self.birth is None else self.birth

        bloodlines_religion = UNSET if self.bloodlines_religion is None else self.bloodlines_religion

        height = UNSET if self.height is None else self.height

        blood_group = UNSET if self.blood_group is None else self.blood_group

        card_id = UNSET if self.card_id is None else self.card_id

        nrc_id_back = UNSET if self.nrc_id_back is None else self.nrc_id_back

        profession = UNSET if self.profession is None else self.profession

        address = UNSET if self.address is None else self.address

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

        _translation_info_or_unset = UNSET if self.translation_info is None else self.translation_info
        translation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_translation_info_or_unset, Unset):
            translation_info = _translation_info_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if side is not UNSET:
            field_dict["side"] = side
        elif "side" in self._json_nulls:
            field_dict["side"] = None
        if class_ is not UNSET:
            field_dict["class"] = class_
        elif "class" in self._json_nulls:
            field_dict["class"] = None
        if nrc_id is not UNSET:
            field_dict["nrc_id"] = nrc_id
        elif "nrc_id" in self._json_nulls:
            field_dict["nrc_id"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if name is not UNSET:
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if father_name is not UNSET:
            field_dict["father_name"] = father_name
        elif "father_name" in self._json_nulls:
            field_dict["father_name"] = None
        if birth is not UNSET:
            field_dict["birth"] = birth
        elif "birth" in self._json_nulls:
            field_dict["birth"] = None
        if bloodlines_religion is not UNSET:
            field_dict["bloodlines_religion"] = bloodlines_religion
        elif "bloodlines_religion" in self._json_nulls:
            field_dict["bloodlines_religion"] = None
        if height is not UNSET:
            field_dict["height"] = height
        elif "height" in self._json_nulls:
            field_dict["height"] = None
        if blood_group is not UNSET:
            field_dict["blood_group"] = blood_group
        elif "blood_group" in self._json_nulls:
            field_dict["blood_group"] = None
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        elif "card_id" in self._json_nulls:
            field_dict["card_id"] = None
        if nrc_id_back is not UNSET:
            field_dict["nrc_id_back"] = nrc_id_back
        elif "nrc_id_back" in self._json_nulls:
            field_dict["nrc_id_back"] = None
        if profession is not UNSET:
            field_dict["profession"] = profession
        elif "profession" in self._json_nulls:
            field_dict["profession"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None
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
        if translation_info is not UNSET:
            field_dict["translation_info"] = translation_info
        elif "translation_info" in self._json_nulls:
            field_dict["translation_info"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.myanmar_idcard_confidence import MyanmarIdcardConfidence  # noqa: PLC0415
        from ..models.myanmar_idcard_translation_info import MyanmarIdcardTranslationInfo  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        side = pop_optional(d, "side", json_nulls)

        class_ = pop_optional(d, "class", json_nulls)

        nrc_id = pop_optional(d, "nrc_id", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        name = pop_optional(d, "name", json_nulls)

        father_name = pop_optional(d, "father_name", json_nulls)

        birth = pop_optional(d, "birth", json_nulls)

        bloodlines_religion = pop_optional(d, "bloodlines_religion", json_nulls)

        height = pop_optional(d, "height", json_nulls)

        blood_group = pop_optional(d, "blood_group", json_nulls)

        card_id = pop_optional(d, "card_id", json_nulls)

        nrc_id_back = pop_optional(d, "nrc_id_back", json_nulls)

        profession = pop_optional(d, "profession", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: MyanmarIdcardConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = MyanmarIdcardConfidence.from_dict(_confidence)

        portrait_image = pop_optional(d, "portrait_image", json_nulls)

        _portrait_location = pop_optional(d, "portrait_location", json_nulls)
        portrait_location: list[list[int]] | Unset = UNSET
        if _portrait_location is not UNSET:
            portrait_location = []
            for componentsschemas_quadrilateral_item_data in _portrait_location:
                componentsschemas_quadrilateral_item = cast(list[int], componentsschemas_quadrilateral_item_data)

                portrait_location.append(componentsschemas_quadrilateral_item)

        idcard_type = pop_optional(d, "idcard_type", json_nulls)

        _translation_info = pop_optional(d, "translation_info", json_nulls)
        translation_info: MyanmarIdcardTranslationInfo | Unset
        if isinstance(_translation_info, Unset):
            translation_info = UNSET
        else:
            translation_info = MyanmarIdcardTranslationInfo.from_dict(_translation_info)

        myanmar_idcard_result = cls(
            side=None if isinstance(side, Unset) else side,
            class_=None if isinstance(class_, Unset) else class_,
            nrc_id=None if isinstance(nrc_id, Unset) else nrc_id,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            name=None if isinstance(name, Unset) else name,
            father_name=None if isinstance(father_name, Unset) else father_name,
            birth=None if isinstance(birth, Unset) else birth,
            bloodlines_religion=None if isinstance(bloodlines_religion, Unset) else bloodlines_religion,
            height=None if isinstance(height, Unset) else height,
            blood_group=None if isinstance(blood_group, Unset) else blood_group,
            card_id=None if isinstance(card_id, Unset) else card_id,
            nrc_id_back=None if isinstance(nrc_id_back, Unset) else nrc_id_back,
            profession=None if isinstance(profession, Unset) else profession,
            address=None if isinstance(address, Unset) else address,
            confidence=None if isinstance(confidence, Unset) else confidence,
            portrait_image=None if isinstance(portrait_image, Unset) else portrait_image,
            portrait_location=None if isinstance(portrait_location, Unset) else portrait_location,
            idcard_type=None if isinstance(idcard_type, Unset) else idcard_type,
            translation_info=None if isinstance(translation_info, Unset) else translation_info,
        )
        myanmar_idcard_result._json_nulls = frozenset(json_nulls)

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
