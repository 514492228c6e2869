from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr

if TYPE_CHECKING:
    from ..models.id_document_confidence import IdDocumentConfidence


T = TypeVar("T", bound="IdDocumentItem")


@_attrs_define(repr=False)
class IdDocumentItem:
    """Recognition result (seed 002 Table 4-26). This parameter is not included when the API
    fails to be called.

        Attributes:
            country_region (str | Unset): Code of the country or region where a certificate is issued. The code must be
                defined in ISO 3166-1 alpha-3 codes. For the list of supported countries and
                regions, see Table 4-21.
            id_type (str | Unset): Document type.
                * PP: passport
                * DL: driving license
                * ID: identity card, which is an identity card issued by a country or region, such
                  as an ID card, voter registration card, and social security card.
            side (str | Unset): Front or back of an identity document.
                * front: front side of the document, which is typically the side that contains a
                  portrait.
                * back: front is returned if a document has only one side.
            first_name (str | Unset): First name
            last_name (str | Unset): Last name
            sex (str | Unset): Gender. M: male; F: female; X: third gender.
            nationality (str | Unset): Nationality of the document holder
            birth_date (str | Unset): Date of birth, in YYYY-MM-DD format
            issue_date (str | Unset): Date of issue, in YYYY-MM-DD format
            expiry_date (str | Unset): Expiration date, in YYYY-MM-DD format
            document_number (str | Unset): Document number
            address (str | Unset): Contact address of the holder
            issuing_authority (str | Unset): Issuing authority
            portrait_image (str | Unset): Base64 encoded string of the portrait on the document, which is optional
            confidence (IdDocumentConfidence | Unset): Field confidence. The value is a decimal ranging from 0 to 1. A
                larger value indicates
                more reliable recognition results (seed 002 Table 4-26, "confidence").
    """

    country_region: str | Unset = UNSET
    id_type: str | Unset = UNSET
    side: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    sex: str | Unset = UNSET
    nationality: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    document_number: str | Unset = UNSET
    address: str | Unset = UNSET
    issuing_authority: str | Unset = UNSET
    portrait_image: str | Unset = UNSET
    confidence: IdDocumentConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_region = self.country_region

        id_type = self.id_type

        side = self.side

        first_name = self.first_name

        last_name = self.last_name

        sex = self.sex

        nationality = self.nationality

        birth_date = self.birth_date

        issue_date = self.issue_date

        expiry_date = self.expiry_date

        document_number = self.document_number

        address = self.address

        issuing_authority = self.issuing_authority

        portrait_image = self.portrait_image

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_region is not UNSET:
            field_dict["country_region"] = country_region
        if id_type is not UNSET:
            field_dict["id_type"] = id_type
        if side is not UNSET:
            field_dict["side"] = side
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if document_number is not UNSET:
            field_dict["document_number"] = document_number
        if address is not UNSET:
            field_dict["address"] = address
        if issuing_authority is not UNSET:
            field_dict["issuing_authority"] = issuing_authority
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_document_confidence import IdDocumentConfidence  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        country_region = d.pop("country_region", UNSET)

        id_type = d.pop("id_type", UNSET)

        side = d.pop("side", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        sex = d.pop("sex", UNSET)

        nationality = d.pop("nationality", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        document_number = d.pop("document_number", UNSET)

        address = d.pop("address", UNSET)

        issuing_authority = d.pop("issuing_authority", UNSET)

        portrait_image = d.pop("portrait_image", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: IdDocumentConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = IdDocumentConfidence.from_dict(_confidence)

        id_document_item = cls(
            country_region=country_region,
            id_type=id_type,
            side=side,
            first_name=first_name,
            last_name=last_name,
            sex=sex,
            nationality=nationality,
            birth_date=birth_date,
            issue_date=issue_date,
            expiry_date=expiry_date,
            document_number=document_number,
            address=address,
            issuing_authority=issuing_authority,
            portrait_image=portrait_image,
            confidence=confidence,
        )

        id_document_item.additional_properties = d
        return id_document_item

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
