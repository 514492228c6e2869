from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.id_card_request_body import IdCardRequestBody
from ...models.recognize_id_card_response import RecognizeIdCardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: IdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enterprise_project_id, Unset):
        headers["Enterprise-Project-Id"] = enterprise_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/ocr/id-card".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecognizeIdCardResponse | None:
    if response.status_code == 200:
        response_200 = RecognizeIdCardResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RecognizeIdCardResponse]:
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
    body: IdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeIdCardResponse]:
    """ID Card OCR (People's Republic of China)

     Recognizes the text on an ID card of the People's Republic of China and returns the
    recognition result in JSON format (seed 001).

    * Only ID cards of the People's Republic of China are recognized. If the image contains
      multiple cards and tickets, call Auto Classification OCR.
    * The Base64 image may not exceed 10 MB. The narrow edge must have at least 15 pixels and
      the wide edge at most 8,000 pixels. Only JPEG, JPG, PNG, BMP and TIFF images.
    * Set `side` for accuracy; without it the service decides whether the image shows the
      front or the back.
    * This page's url row (seed 001 lines 89-101) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdCardRequestBody): Request body of ID Card OCR (seed 001 Table 3). Set exactly one
            of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeIdCardResponse]
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
    body: IdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeIdCardResponse | None:
    """ID Card OCR (People's Republic of China)

     Recognizes the text on an ID card of the People's Republic of China and returns the
    recognition result in JSON format (seed 001).

    * Only ID cards of the People's Republic of China are recognized. If the image contains
      multiple cards and tickets, call Auto Classification OCR.
    * The Base64 image may not exceed 10 MB. The narrow edge must have at least 15 pixels and
      the wide edge at most 8,000 pixels. Only JPEG, JPG, PNG, BMP and TIFF images.
    * Set `side` for accuracy; without it the service decides whether the image shows the
      front or the back.
    * This page's url row (seed 001 lines 89-101) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdCardRequestBody): Request body of ID Card OCR (seed 001 Table 3). Set exactly one
            of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeIdCardResponse
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
    body: IdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeIdCardResponse]:
    """ID Card OCR (People's Republic of China)

     Recognizes the text on an ID card of the People's Republic of China and returns the
    recognition result in JSON format (seed 001).

    * Only ID cards of the People's Republic of China are recognized. If the image contains
      multiple cards and tickets, call Auto Classification OCR.
    * The Base64 image may not exceed 10 MB. The narrow edge must have at least 15 pixels and
      the wide edge at most 8,000 pixels. Only JPEG, JPG, PNG, BMP and TIFF images.
    * Set `side` for accuracy; without it the service decides whether the image shows the
      front or the back.
    * This page's url row (seed 001 lines 89-101) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdCardRequestBody): Request body of ID Card OCR (seed 001 Table 3). Set exactly one
            of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeIdCardResponse]
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
    body: IdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeIdCardResponse | None:
    """ID Card OCR (People's Republic of China)

     Recognizes the text on an ID card of the People's Republic of China and returns the
    recognition result in JSON format (seed 001).

    * Only ID cards of the People's Republic of China are recognized. If the image contains
      multiple cards and tickets, call Auto Classification OCR.
    * The Base64 image may not exceed 10 MB. The narrow edge must have at least 15 pixels and
      the wide edge at most 8,000 pixels. Only JPEG, JPG, PNG, BMP and TIFF images.
    * Set `side` for accuracy; without it the service decides whether the image shows the
      front or the back.
    * This page's url row (seed 001 lines 89-101) states neither that the URL may not
      contain Chinese characters nor the 10 MB limit of the file behind it: `url` carries
      both from the other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (IdCardRequestBody): Request body of ID Card OCR (seed 001 Table 3). Set exactly one
            of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeIdCardResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed
