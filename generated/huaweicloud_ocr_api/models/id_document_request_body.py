from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_document_request_body_country_region_type_0_item import (
    IdDocumentRequestBodyCountryRegionType0Item,
    check_id_document_request_body_country_region_type_0_item,
)
from ..models.id_document_request_body_country_region_type_1 import (
    IdDocumentRequestBodyCountryRegionType1,
    check_id_document_request_body_country_region_type_1,
)
from ..models.id_document_request_body_id_type_type_0_item import (
    IdDocumentRequestBodyIdTypeType0Item,
    check_id_document_request_body_id_type_type_0_item,
)
from ..models.id_document_request_body_id_type_type_1 import (
    IdDocumentRequestBodyIdTypeType1,
    check_id_document_request_body_id_type_type_1,
)
from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IdDocumentRequestBody")


@_attrs_define(repr=False)
class IdDocumentRequestBody:
    """Request body of ID Document OCR (seed 002 Table 4-24). Set exactly one of `image` and `url`.

    A field typed `... | None` is None when the JSON leaves it out (or sends null).

    Attributes:
        image (str | None): Set either this parameter or url. Base64-encoded image file. The image file has a
            size limit of 10 MB. No side of the image can be smaller than 100 or larger than
            8,192 pixels. Only images in JPEG, JPG, PNG, BMP, or TIFF format can be recognized.
        url (str | None): Image URL. Set either this parameter or image. Public HTTP/HTTPS URLs and URLs provided
            by OBS (authorized for OBS data: service, temporary or anonymous public authorization)
            are supported. The response time depends on the image download time; a slow download
            makes the call fail. OBS is recommended for storing images. An OBS URL must be in the
            same region as the OCR endpoint, and OCR must be authorized for OBS in the console
            (seed 002 §7.3, the appendix the url rows link to).

            Rules only some pages state (see x-inferred; each operation's description names those
            its own page leaves out):
            * The URL cannot contain Chinese characters; encode them in UTF-8.
            * The file behind the URL may not exceed 10 MB after Base64 encoding; keep the original
              under 7 MB.
            * The file behind the URL is held to the operation's pixel and format limits, as
              `image` is.
        country_region (IdDocumentRequestBodyCountryRegionType1 | list[IdDocumentRequestBodyCountryRegionType0Item] |
            None): Code of the country or region where a certificate is issued, defined in ISO 3166-1
            alpha-3 codes. Optional; one or more country/region codes can be entered. After this
            parameter is specified, the service identifies cards only in the specified country or
            region. If it is left blank, all supported cards are identified. It is recommended
            that this field be filled in when the country/region is fixed or limited. For the
            supported countries and regions, see Table 4-21.

            This parameter is mandatory when Vietnamese is recognized.
        id_type (IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | None): Document type.
            Optional; one or more types of documents are supported. If this
            parameter is specified, the service identifies only the documents of the specified
            type. If it is left blank, all types of documents are identified by default. You are
            advised to configure this parameter if the document type is known.
            * PP: passport
            * DL: driving license
            * ID: identity card, which is an identity card issued by a country or region, such
              as an ID card, voter registration card, and social security card.
        return_portrait_image (bool | None): Whether to return the portrait image (face image in the document). true:
            the
            portrait image needs to be returned; false: the portrait image does not need to be
            returned.
    """

    image: str | None = None
    url: str | None = None
    country_region: (
        IdDocumentRequestBodyCountryRegionType1 | list[IdDocumentRequestBodyCountryRegionType0Item] | None
    ) = None
    id_type: IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | None = None
    return_portrait_image: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        image = UNSET if self.image is None else self.image

        url = UNSET if self.url is None else self.url

        _country_region_or_unset = UNSET if self.country_region is None else self.country_region
        country_region: list[str] | str | Unset
        if isinstance(_country_region_or_unset, Unset):
            country_region = UNSET
        elif isinstance(_country_region_or_unset, list):
            country_region = []
            for country_region_type_0_item_data in _country_region_or_unset:
                country_region_type_0_item: str = country_region_type_0_item_data
                country_region.append(country_region_type_0_item)

        else:
            country_region = _country_region_or_unset

        _id_type_or_unset = UNSET if self.id_type is None else self.id_type
        id_type: list[str] | str | Unset
        if isinstance(_id_type_or_unset, Unset):
            id_type = UNSET
        elif isinstance(_id_type_or_unset, list):
            id_type = []
            for id_type_type_0_item_data in _id_type_or_unset:
                id_type_type_0_item: str = id_type_type_0_item_data
                id_type.append(id_type_type_0_item)

        else:
            id_type = _id_type_or_unset

        return_portrait_image = UNSET if self.return_portrait_image is None else self.return_portrait_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        elif "image" in self._json_nulls:
            field_dict["image"] = None
        if url is not UNSET:
            field_dict["url"] = url
        elif "url" in self._json_nulls:
            field_dict["url"] = None
        if country_region is not UNSET:
            field_dict["country_region"] = country_region
        elif "country_region" in self._json_nulls:
            field_dict["country_region"] = None
        if id_type is not UNSET:
            field_dict["id_type"] = id_type
        elif "id_type" in self._json_nulls:
            field_dict["id_type"] = None
        if return_portrait_image is not UNSET:
            field_dict["return_portrait_image"] = return_portrait_image
        elif "return_portrait_image" in self._json_nulls:
            field_dict["return_portrait_image"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []
        image = pop_optional(d, "image", json_nulls)

        url = pop_optional(d, "url", json_nulls)

        def _parse_country_region(
            data: object,
        ) -> IdDocumentRequestBodyCountryRegionType1 | list[IdDocumentRequestBodyCountryRegionType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_region_type_0 = []
                _country_region_type_0 = data
                for country_region_type_0_item_data in _country_region_type_0:
                    country_region_type_0_item = check_id_document_request_body_country_region_type_0_item(
                        country_region_type_0_item_data
                    )

                    country_region_type_0.append(country_region_type_0_item)

                return country_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            country_region_type_1 = check_id_document_request_body_country_region_type_1(data)

            return country_region_type_1

        country_region = _parse_country_region(pop_optional(d, "country_region", json_nulls))

        def _parse_id_type(
            data: object,
        ) -> IdDocumentRequestBodyIdTypeType1 | list[IdDocumentRequestBodyIdTypeType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                id_type_type_0 = []
                _id_type_type_0 = data
                for id_type_type_0_item_data in _id_type_type_0:
                    id_type_type_0_item = check_id_document_request_body_id_type_type_0_item(id_type_type_0_item_data)

                    id_type_type_0.append(id_type_type_0_item)

                return id_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            id_type_type_1 = check_id_document_request_body_id_type_type_1(data)

            return id_type_type_1

        id_type = _parse_id_type(pop_optional(d, "id_type", json_nulls))

        return_portrait_image = pop_optional(d, "return_portrait_image", json_nulls)

        id_document_request_body = cls(
            image=None if isinstance(image, Unset) else image,
            url=None if isinstance(url, Unset) else url,
            country_region=None if isinstance(country_region, Unset) else country_region,
            id_type=None if isinstance(id_type, Unset) else id_type,
            return_portrait_image=None if isinstance(return_portrait_image, Unset) else return_portrait_image,
        )
        id_document_request_body._json_nulls = frozenset(json_nulls)

        id_document_request_body.additional_properties = d
        return id_document_request_body

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
