from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

if TYPE_CHECKING:
    from ..models.id_document_confidence import IdDocumentConfidence


T = TypeVar("T", bound="IdDocumentItem")


@_attrs_define(repr=False)
class IdDocumentItem:
    """Recognition result (seed 002 Table 4-26). This parameter is not included when the API
    fails to be called.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            country_region (str | None): Code of the country or region where a certificate is issued. The code must be
                defined in ISO 3166-1 alpha-3 codes. For the list of supported countries and
                regions, see Table 4-21.
            id_type (str | None): Document type.
                * PP: passport
                * DL: driving license
                * ID: identity card, which is an identity card issued by a country or region, such
                  as an ID card, voter registration card, and social security card.
            side (str | None): Front or back of an identity document.
                * front: front side of the document, which is typically the side that contains a
                  portrait.
                * back: front is returned if a document has only one side.
            first_name (str | None): First name
            last_name (str | None): Last name
            sex (str | None): Gender. M: male; F: female; X: third gender.
            nationality (str | None): Nationality of the document holder
            birth_date (str | None): Date of birth, in YYYY-MM-DD format
            issue_date (str | None): Date of issue, in YYYY-MM-DD format
            expiry_date (str | None): Expiration date, in YYYY-MM-DD format
            document_number (str | None): Document number
            address (str | None): Contact address of the holder
            issuing_authority (str | None): Issuing authority
            portrait_image (str | None): Base64 encoded string of the portrait on the document, which is optional
            confidence (IdDocumentConfidence | None): Field confidence. The value is a decimal ranging from 0 to 1. A larger
                value indicates
                more reliable recognition results (seed 002 Table 4-26, "confidence").
    """

    country_region: str | None = None
    id_type: str | None = None
    side: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    sex: str | None = None
    nationality: str | None = None
    birth_date: str | None = None
    issue_date: str | None = None
    expiry_date: str | None = None
    document_number: str | None = None
    address: str | None = None
    issuing_authority: str | None = None
    portrait_image: str | None = None
    confidence: IdDocumentConfidence | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        country_region = UNSET if self.country_region is None else self.country_region

        id_type = UNSET if self.id_type is None else self.id_type

        side = UNSET if self.side is None else self.side

        first_name = UNSET if self.first_name is None else self.first_name

        last_name = UNSET if self.last_name is None else self.last_name

        sex = UNSET if self.sex is None else self.sex

        nationality = UNSET if self.nationality is None else self.nationality

        birth_date = UNSET if self.birth_date is None else self.birth_date

        issue_date = UNSET if self.issue_date is None else self.issue_date

        expiry_date = UNSET if self.expiry_date is None else self.expiry_date

        document_number = UNSET if self.document_number is None else self.document_number

        address = UNSET if self.address is None else self.address

        issuing_authority = UNSET if self.issuing_authority is None else self.issuing_authority

        portrait_image = UNSET if self.portrait_image is None else self.portrait_image

        _confidence_or_unset = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence_or_unset, Unset):
            confidence = _confidence_or_unset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_region is not UNSET:
            field_dict["country_region"] = country_region
        elif "country_region" in self._json_nulls:
            field_dict["country_region"] = None
        if id_type is not UNSET:
            field_dict["id_type"] = id_type
        elif "id_type" in self._json_nulls:
            field_dict["id_type"] = None
        if side is not UNSET:
            field_dict["side"] = side
        elif "side" in self._json_nulls:
            field_dict["side"] = None
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        elif "first_name" in self._json_nulls:
            field_dict["first_name"] = None
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        elif "last_name" in self._json_nulls:
            field_dict["last_name"] = None
        if sex is not UNSET:
            field_dict["sex"] = sex
        elif "sex" in self._json_nulls:
            field_dict["sex"] = None
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        elif "nationality" in self._json_nulls:
            field_dict["nationality"] = None
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        elif "birth_date" in self._json_nulls:
            field_dict["birth_date"] = None
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        elif "issue_date" in self._json_nulls:
            field_dict["issue_date"] = None
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        elif "expiry_date" in self._json_nulls:
            field_dict["expiry_date"] = None
        if document_number is not UNSET:
            field_dict["document_number"] = document_number
        elif "document_number" in self._json_nulls:
            field_dict["document_number"] = None
        if address is not UNSET:
            field_dict["address"] = address
        elif "address" in self._json_nulls:
            field_dict["address"] = None
        if issuing_authority is not UNSET:
            field_dict["issuing_authority"] = issuing_authority
        elif "issuing_authority" in self._json_nulls:
            field_dict["issuing_authority"] = None
        if portrait_image is not UNSET:
            field_dict["portrait_image"] = portrait_image
        elif "portrait_image" in self._json_nulls:
            field_dict["portrait_image"] = None
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        elif "confidence" in self._json_nulls:
            field_dict["confidence"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_document_confidence import IdDocumentConfidence  # noqa: PLC0415

        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        country_region = pop_optional(d, "country_region", json_nulls)

        id_type = pop_optional(d, "id_type", json_nulls)

        side = pop_optional(d, "side", json_nulls)

        first_name = pop_optional(d, "first_name", json_nulls)

        last_name = pop_optional(d, "last_name", json_nulls)

        sex = pop_optional(d, "sex", json_nulls)

        nationality = pop_optional(d, "nationality", json_nulls)

        birth_date = pop_optional(d, "birth_date", json_nulls)

        issue_date = pop_optional(d, "issue_date", json_nulls)

        expiry_date = pop_optional(d, "expiry_date", json_nulls)

        document_number = pop_optional(d, "document_number", json_nulls)

        address = pop_optional(d, "address", json_nulls)

        issuing_authority = pop_optional(d, "issuing_authority", json_nulls)

        portrait_image = pop_optional(d, "portrait_image", json_nulls)

        _confidence = pop_optional(d, "confidence", json_nulls)
        confidence: IdDocumentConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = IdDocumentConfidence.from_dict(_confidence)

        id_document_item = cls(
            country_region=None if isinstance(country_region, Unset) else country_region,
            id_type=None if isinstance(id_type, Unset) else id_type,
            side=None if isinstance(side, Unset) else side,
            first_name=None if isinstance(first_name, Unset) else first_name,
            last_name=None if isinstance(last_name, Unset) else last_name,
            sex=None if isinstance(sex, Unset) else sex,
            nationality=None if isinstance(nationality, Unset) else nationality,
            birth_date=None if isinstance(birth_date, Unset) else birth_date,
            issue_date=None if isinstance(issue_date, Unset) else issue_date,
            expiry_date=None if isinstance(expiry_date, Unset) else expiry_date,
            document_number=None if isinstance(document_number, Unset) else document_number,
            address=None if isinstance(address, Unset) else address,
            issuing_authority=None if isinstance(issuing_authority, Unset) else issuing_authority,
            portrait_image=None if isinstance(portrait_image, Unset) else portrait_image,
            confidence=None if isinstance(confidence, Unset) else confidence,
        )
        id_document_item._json_nulls = frozenset(json_nulls)

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
