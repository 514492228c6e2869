from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.id_document_request_body import IdDocumentRequestBody
from ...models.recognize_id_document_response import RecognizeIdDocumentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: IdDocumentRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enterprise_project_id, Unset):
        headers["Enterprise-Project-Id"] = enterprise_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/ocr/id-document".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecognizeIdDocumentResponse | None:
    if response.status_code == 200:
        response_200 = RecognizeIdDocumentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RecognizeIdDocumentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdDocumentRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeIdDocumentResponse]:
    """ID Document OCR

     Detects and extracts text from images of identity documents and converts the text into
    a structured format (seed 002 §4.2). These documents include ID cards, driving licenses
    and passports from multiple countries and regions.

    ID Document OCR will be officially removed on November 4, 2025; migrate your workloads
    as soon as possible.

    Supported countries/regions and document types (Table 4-21; PP: passport, DL: driving
    license, ID: identification card, which is an identity card issued by a country or
    region, such as an ID card, voter registration card and social security card):
    * Vietnam VNM: PP, DL and ID
    * India IND: PP
    * Philippines PHL: PP, DL, ID (UMID only)
    * Albania ALB: PP, DL and ID
    * Brazil BRA: PP
    * Indonesia IDN: PP
    * Malaysia MYS: PP
    * Nigeria NGA: PP
    * Pakistan PAK: PP
    * Russia RUS: PP (only the international standard version is supported)
    * Taiwan (China) TWN: PP
    * Ukraine UKR: PP
    * Thailand THA: ID and PP
    * Chile CHL: ID and PP
    * Hong Kong (China) HKG: ID

    Notes and constraints:
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 100 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * This page's url row (seed 002 lines 2277-2302) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdDocumentRequestBody): Request body of ID Document OCR (seed 002 Table 4-24). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeIdDocumentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        enterprise_project_id=enterprise_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdDocumentRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeIdDocumentResponse | None:
    """ID Document OCR

     Detects and extracts text from images of identity documents and converts the text into
    a structured format (seed 002 §4.2). These documents include ID cards, driving licenses
    and passports from multiple countries and regions.

    ID Document OCR will be officially removed on November 4, 2025; migrate your workloads
    as soon as possible.

    Supported countries/regions and document types (Table 4-21; PP: passport, DL: driving
    license, ID: identification card, which is an identity card issued by a country or
    region, such as an ID card, voter registration card and social security card):
    * Vietnam VNM: PP, DL and ID
    * India IND: PP
    * Philippines PHL: PP, DL, ID (UMID only)
    * Albania ALB: PP, DL and ID
    * Brazil BRA: PP
    * Indonesia IDN: PP
    * Malaysia MYS: PP
    * Nigeria NGA: PP
    * Pakistan PAK: PP
    * Russia RUS: PP (only the international standard version is supported)
    * Taiwan (China) TWN: PP
    * Ukraine UKR: PP
    * Thailand THA: ID and PP
    * Chile CHL: ID and PP
    * Hong Kong (China) HKG: ID

    Notes and constraints:
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 100 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * This page's url row (seed 002 lines 2277-2302) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdDocumentRequestBody): Request body of ID Document OCR (seed 002 Table 4-24). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeIdDocumentResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        enterprise_project_id=enterprise_project_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdDocumentRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeIdDocumentResponse]:
    """ID Document OCR

     Detects and extracts text from images of identity documents and converts the text into
    a structured format (seed 002 §4.2). These documents include ID cards, driving licenses
    and passports from multiple countries and regions.

    ID Document OCR will be officially removed on November 4, 2025; migrate your workloads
    as soon as possible.

    Supported countries/regions and document types (Table 4-21; PP: passport, DL: driving
    license, ID: identification card, which is an identity card issued by a country or
    region, such as an ID card, voter registration card and social security card):
    * Vietnam VNM: PP, DL and ID
    * India IND: PP
    * Philippines PHL: PP, DL, ID (UMID only)
    * Albania ALB: PP, DL and ID
    * Brazil BRA: PP
    * Indonesia IDN: PP
    * Malaysia MYS: PP
    * Nigeria NGA: PP
    * Pakistan PAK: PP
    * Russia RUS: PP (only the international standard version is supported)
    * Taiwan (China) TWN: PP
    * Ukraine UKR: PP
    * Thailand THA: ID and PP
    * Chile CHL: ID and PP
    * Hong Kong (China) HKG: ID

    Notes and constraints:
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 100 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * This page's url row (seed 002 lines 2277-2302) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdDocumentRequestBody): Request body of ID Document OCR (seed 002 Table 4-24). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeIdDocumentResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        enterprise_project_id=enterprise_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IdDocumentRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeIdDocumentResponse | None:
    """ID Document OCR

     Detects and extracts text from images of identity documents and converts the text into
    a structured format (seed 002 §4.2). These documents include ID cards, driving licenses
    and passports from multiple countries and regions.

    ID Document OCR will be officially removed on November 4, 2025; migrate your workloads
    as soon as possible.

    Supported countries/regions and document types (Table 4-21; PP: passport, DL: driving
    license, ID: identification card, which is an identity card issued by a country or
    region, such as an ID card, voter registration card and social security card):
    * Vietnam VNM: PP, DL and ID
    * India IND: PP
    * Philippines PHL: PP, DL, ID (UMID only)
    * Albania ALB: PP, DL and ID
    * Brazil BRA: PP
    * Indonesia IDN: PP
    * Malaysia MYS: PP
    * Nigeria NGA: PP
    * Pakistan PAK: PP
    * Russia RUS: PP (only the international standard version is supported)
    * Taiwan (China) TWN: PP
    * Ukraine UKR: PP
    * Thailand THA: ID and PP
    * Chile CHL: ID and PP
    * Hong Kong (China) HKG: ID

    Notes and constraints:
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 100 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * This page's url row (seed 002 lines 2277-2302) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdDocumentRequestBody): Request body of ID Document OCR (seed 002 Table 4-24). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeIdDocumentResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed
