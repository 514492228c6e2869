from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_id_doc_classification_request_body import AutoIdDocClassificationRequestBody
from ...models.error_response import ErrorResponse
from ...models.recognize_auto_id_doc_classification_response import RecognizeAutoIdDocClassificationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: AutoIdDocClassificationRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enterprise_project_id, Unset):
        headers["Enterprise-Project-Id"] = enterprise_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/ocr/auto-id-doc-classification".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecognizeAutoIdDocClassificationResponse | None:
    if response.status_code == 200:
        response_200 = RecognizeAutoIdDocClassificationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RecognizeAutoIdDocClassificationResponse]:
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
    body: AutoIdDocClassificationRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeAutoIdDocClassificationResponse]:
    """Auto ID Document Classification OCR

     Classifies nine types of ID documents, detects alarms, and returns the results in JSON
    format (seed 002 §4.3). Supported document types include Peru ID card, Cambodian ID
    card, Hong Kong ID card, Macao ID card, Myanmar ID card, Myanmar driver's license,
    Thailand ID card, passport, and Chinese ID card.

    Notes and constraints (the page has no such section; these are the rules of `data` and
    `url` in Table 4-30):
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB; keep the original under 7 MB.
    * The image is sent in `data` (not `image`) or `url`: set exactly one of the two.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (AutoIdDocClassificationRequestBody): Request body of Auto ID Document Classification
            OCR (seed 002 Table 4-30). Set exactly
            one of `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeAutoIdDocClassificationResponse]
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
    body: AutoIdDocClassificationRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeAutoIdDocClassificationResponse | None:
    """Auto ID Document Classification OCR

     Classifies nine types of ID documents, detects alarms, and returns the results in JSON
    format (seed 002 §4.3). Supported document types include Peru ID card, Cambodian ID
    card, Hong Kong ID card, Macao ID card, Myanmar ID card, Myanmar driver's license,
    Thailand ID card, passport, and Chinese ID card.

    Notes and constraints (the page has no such section; these are the rules of `data` and
    `url` in Table 4-30):
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB; keep the original under 7 MB.
    * The image is sent in `data` (not `image`) or `url`: set exactly one of the two.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (AutoIdDocClassificationRequestBody): Request body of Auto ID Document Classification
            OCR (seed 002 Table 4-30). Set exactly
            one of `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeAutoIdDocClassificationResponse
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
    body: AutoIdDocClassificationRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeAutoIdDocClassificationResponse]:
    """Auto ID Document Classification OCR

     Classifies nine types of ID documents, detects alarms, and returns the results in JSON
    format (seed 002 §4.3). Supported document types include Peru ID card, Cambodian ID
    card, Hong Kong ID card, Macao ID card, Myanmar ID card, Myanmar driver's license,
    Thailand ID card, passport, and Chinese ID card.

    Notes and constraints (the page has no such section; these are the rules of `data` and
    `url` in Table 4-30):
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB; keep the original under 7 MB.
    * The image is sent in `data` (not `image`) or `url`: set exactly one of the two.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (AutoIdDocClassificationRequestBody): Request body of Auto ID Document Classification
            OCR (seed 002 Table 4-30). Set exactly
            one of `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeAutoIdDocClassificationResponse]
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
    body: AutoIdDocClassificationRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeAutoIdDocClassificationResponse | None:
    """Auto ID Document Classification OCR

     Classifies nine types of ID documents, detects alarms, and returns the results in JSON
    format (seed 002 §4.3). Supported document types include Peru ID card, Cambodian ID
    card, Hong Kong ID card, Macao ID card, Myanmar ID card, Myanmar driver's license,
    Thailand ID card, passport, and Chinese ID card.

    Notes and constraints (the page has no such section; these are the rules of `data` and
    `url` in Table 4-30):
    * Only JPEG, JPG, PNG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB; keep the original under 7 MB.
    * The image is sent in `data` (not `image`) or `url`: set exactly one of the two.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (AutoIdDocClassificationRequestBody): Request body of Auto ID Document Classification
            OCR (seed 002 Table 4-30). Set exactly
            one of `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeAutoIdDocClassificationResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed
