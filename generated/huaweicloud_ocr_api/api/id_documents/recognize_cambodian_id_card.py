from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cambodian_id_card_request_body import CambodianIdCardRequestBody
from ...models.error_response import ErrorResponse
from ...models.recognize_cambodian_id_card_response import RecognizeCambodianIdCardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: CambodianIdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enterprise_project_id, Unset):
        headers["Enterprise-Project-Id"] = enterprise_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/ocr/cambodian-idcard".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecognizeCambodianIdCardResponse | None:
    if response.status_code == 200:
        response_200 = RecognizeCambodianIdCardResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RecognizeCambodianIdCardResponse]:
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
    body: CambodianIdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeCambodianIdCardResponse]:
    """Cambodian ID Card OCR

     Detects and extracts text from images of Cambodia-issued ID cards and converts the text
    into a structured format (seed 002 §4.10; seeds 003 and 004).

    Notes and constraints:
    * Currently, only the front of an ID card can be recognized each time.
    * Only images in PNG, JPG, BMP, or TIFF format can be recognized. The file size of a
      single image after Base64 encoding should not exceed 10 MB.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels.
    * An ID card can be rotated to any angle.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (CambodianIdCardRequestBody): Request body of Cambodian ID Card OCR (seed 002 Table
            4-85; the same rows in seed 003;
            seed 004 has image, url, return_portrait_image, return_portrait_location and
            return_idcard_type only). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeCambodianIdCardResponse]
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
    body: CambodianIdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeCambodianIdCardResponse | None:
    """Cambodian ID Card OCR

     Detects and extracts text from images of Cambodia-issued ID cards and converts the text
    into a structured format (seed 002 §4.10; seeds 003 and 004).

    Notes and constraints:
    * Currently, only the front of an ID card can be recognized each time.
    * Only images in PNG, JPG, BMP, or TIFF format can be recognized. The file size of a
      single image after Base64 encoding should not exceed 10 MB.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels.
    * An ID card can be rotated to any angle.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (CambodianIdCardRequestBody): Request body of Cambodian ID Card OCR (seed 002 Table
            4-85; the same rows in seed 003;
            seed 004 has image, url, return_portrait_image, return_portrait_location and
            return_idcard_type only). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeCambodianIdCardResponse
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
    body: CambodianIdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeCambodianIdCardResponse]:
    """Cambodian ID Card OCR

     Detects and extracts text from images of Cambodia-issued ID cards and converts the text
    into a structured format (seed 002 §4.10; seeds 003 and 004).

    Notes and constraints:
    * Currently, only the front of an ID card can be recognized each time.
    * Only images in PNG, JPG, BMP, or TIFF format can be recognized. The file size of a
      single image after Base64 encoding should not exceed 10 MB.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels.
    * An ID card can be rotated to any angle.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (CambodianIdCardRequestBody): Request body of Cambodian ID Card OCR (seed 002 Table
            4-85; the same rows in seed 003;
            seed 004 has image, url, return_portrait_image, return_portrait_location and
            return_idcard_type only). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeCambodianIdCardResponse]
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
    body: CambodianIdCardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeCambodianIdCardResponse | None:
    """Cambodian ID Card OCR

     Detects and extracts text from images of Cambodia-issued ID cards and converts the text
    into a structured format (seed 002 §4.10; seeds 003 and 004).

    Notes and constraints:
    * Currently, only the front of an ID card can be recognized each time.
    * Only images in PNG, JPG, BMP, or TIFF format can be recognized. The file size of a
      single image after Base64 encoding should not exceed 10 MB.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels.
    * An ID card can be rotated to any angle.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (CambodianIdCardRequestBody): Request body of Cambodian ID Card OCR (seed 002 Table
            4-85; the same rows in seed 003;
            seed 004 has image, url, return_portrait_image, return_portrait_location and
            return_idcard_type only). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeCambodianIdCardResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed
