from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.passport_request_body import PassportRequestBody
from ...models.recognize_passport_response import RecognizePassportResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: PassportRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enterprise_project_id, Unset):
        headers["Enterprise-Project-Id"] = enterprise_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/ocr/passport".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecognizePassportResponse | None:
    if response.status_code == 200:
        response_200 = RecognizePassportResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RecognizePassportResponse]:
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
    body: PassportRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizePassportResponse]:
    """Passport OCR

     Detects and extracts text from the first page of images of passports and converts the
    text into a structured JSON format (seed 002 §4.7).

    All fields of a Chinese ordinary electronic passport issued in 2012 or later can be
    recognized. For passports issued by Hong Kong (China), Macao (China) and Taiwan (China),
    and non-Chinese passports, the two lines of machine-readable code at the bottom of the
    page are recognized and 7 key fields are extracted from them.

    Notes and constraints:
    * Only PNG, JPG, JPEG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * The information page must occupy more than 25% of the image, and the whole page must
      be in the image.
    * The passport may be rotated to any angle and moderately distorted, but its aspect
      ratio may not be distorted by more than 10%.
    * Illuminated or dark images can be recognized, with lower accuracy.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (PassportRequestBody): Request body of Passport OCR (seed 002 Table 4-66). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizePassportResponse]
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
    body: PassportRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizePassportResponse | None:
    """Passport OCR

     Detects and extracts text from the first page of images of passports and converts the
    text into a structured JSON format (seed 002 §4.7).

    All fields of a Chinese ordinary electronic passport issued in 2012 or later can be
    recognized. For passports issued by Hong Kong (China), Macao (China) and Taiwan (China),
    and non-Chinese passports, the two lines of machine-readable code at the bottom of the
    page are recognized and 7 key fields are extracted from them.

    Notes and constraints:
    * Only PNG, JPG, JPEG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * The information page must occupy more than 25% of the image, and the whole page must
      be in the image.
    * The passport may be rotated to any angle and moderately distorted, but its aspect
      ratio may not be distorted by more than 10%.
    * Illuminated or dark images can be recognized, with lower accuracy.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (PassportRequestBody): Request body of Passport OCR (seed 002 Table 4-66). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizePassportResponse
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
    body: PassportRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizePassportResponse]:
    """Passport OCR

     Detects and extracts text from the first page of images of passports and converts the
    text into a structured JSON format (seed 002 §4.7).

    All fields of a Chinese ordinary electronic passport issued in 2012 or later can be
    recognized. For passports issued by Hong Kong (China), Macao (China) and Taiwan (China),
    and non-Chinese passports, the two lines of machine-readable code at the bottom of the
    page are recognized and 7 key fields are extracted from them.

    Notes and constraints:
    * Only PNG, JPG, JPEG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * The information page must occupy more than 25% of the image, and the whole page must
      be in the image.
    * The passport may be rotated to any angle and moderately distorted, but its aspect
      ratio may not be distorted by more than 10%.
    * Illuminated or dark images can be recognized, with lower accuracy.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (PassportRequestBody): Request body of Passport OCR (seed 002 Table 4-66). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizePassportResponse]
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
    body: PassportRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizePassportResponse | None:
    """Passport OCR

     Detects and extracts text from the first page of images of passports and converts the
    text into a structured JSON format (seed 002 §4.7).

    All fields of a Chinese ordinary electronic passport issued in 2012 or later can be
    recognized. For passports issued by Hong Kong (China), Macao (China) and Taiwan (China),
    and non-Chinese passports, the two lines of machine-readable code at the bottom of the
    page are recognized and 7 key fields are extracted from them.

    Notes and constraints:
    * Only PNG, JPG, JPEG, BMP and TIFF images.
    * No side of the image may be smaller than 15 or larger than 8,192 pixels. The Base64
      image may not exceed 10 MB.
    * The information page must occupy more than 25% of the image, and the whole page must
      be in the image.
    * The passport may be rotated to any angle and moderately distorted, but its aspect
      ratio may not be distorted by more than 10%.
    * Illuminated or dark images can be recognized, with lower accuracy.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (PassportRequestBody): Request body of Passport OCR (seed 002 Table 4-66). Set
            exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizePassportResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed
