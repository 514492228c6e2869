from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.myanmar_idcard_request_body import MyanmarIdcardRequestBody
from ...models.recognize_myanmar_idcard_response import RecognizeMyanmarIdcardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: MyanmarIdcardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enterprise_project_id, Unset):
        headers["Enterprise-Project-Id"] = enterprise_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/ocr/myanmar-id-card".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecognizeMyanmarIdcardResponse | None:
    if response.status_code == 200:
        response_200 = RecognizeMyanmarIdcardResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RecognizeMyanmarIdcardResponse]:
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
    body: MyanmarIdcardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeMyanmarIdcardResponse]:
    """Myanmar ID Card OCR

     Detects and extracts text from Myanmar-issued national registration cards and converts
    the text into a structured format (seed 002 §4.11; seed 000).

    Notes and constraints:
    * Only images in PNG, JPG, JPEG, BMP, or TIFF format can be recognized.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels. The file size
      of a single image after Base64 encoding should not exceed 10 MB.
    * An ID card to be recognized must occupy more than 25% of the image. When scanning an
      ID card, ensure that the entire ID card is displayed in the image.
    * An ID card can be rotated to any angle.
    * The ID card in the image can be moderately distorted, but the aspect ratio cannot be
      distorted by more than 10%.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.
    * Only the front or back of a single ID card can be identified each time.
    * This page's url row (seed 002 lines 9983-10011; seed 000's lost its lists) does not
      say that the URL may not contain Chinese characters: `url` carries that rule from the
      other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (MyanmarIdcardRequestBody): Request body of Myanmar ID Card OCR (seed 002 Table 4-92;
            seed 000 has the same rows
            except return_translation). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeMyanmarIdcardResponse]
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
    body: MyanmarIdcardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeMyanmarIdcardResponse | None:
    """Myanmar ID Card OCR

     Detects and extracts text from Myanmar-issued national registration cards and converts
    the text into a structured format (seed 002 §4.11; seed 000).

    Notes and constraints:
    * Only images in PNG, JPG, JPEG, BMP, or TIFF format can be recognized.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels. The file size
      of a single image after Base64 encoding should not exceed 10 MB.
    * An ID card to be recognized must occupy more than 25% of the image. When scanning an
      ID card, ensure that the entire ID card is displayed in the image.
    * An ID card can be rotated to any angle.
    * The ID card in the image can be moderately distorted, but the aspect ratio cannot be
      distorted by more than 10%.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.
    * Only the front or back of a single ID card can be identified each time.
    * This page's url row (seed 002 lines 9983-10011; seed 000's lost its lists) does not
      say that the URL may not contain Chinese characters: `url` carries that rule from the
      other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (MyanmarIdcardRequestBody): Request body of Myanmar ID Card OCR (seed 002 Table 4-92;
            seed 000 has the same rows
            except return_translation). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeMyanmarIdcardResponse
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
    body: MyanmarIdcardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeMyanmarIdcardResponse]:
    """Myanmar ID Card OCR

     Detects and extracts text from Myanmar-issued national registration cards and converts
    the text into a structured format (seed 002 §4.11; seed 000).

    Notes and constraints:
    * Only images in PNG, JPG, JPEG, BMP, or TIFF format can be recognized.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels. The file size
      of a single image after Base64 encoding should not exceed 10 MB.
    * An ID card to be recognized must occupy more than 25% of the image. When scanning an
      ID card, ensure that the entire ID card is displayed in the image.
    * An ID card can be rotated to any angle.
    * The ID card in the image can be moderately distorted, but the aspect ratio cannot be
      distorted by more than 10%.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.
    * Only the front or back of a single ID card can be identified each time.
    * This page's url row (seed 002 lines 9983-10011; seed 000's lost its lists) does not
      say that the URL may not contain Chinese characters: `url` carries that rule from the
      other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (MyanmarIdcardRequestBody): Request body of Myanmar ID Card OCR (seed 002 Table 4-92;
            seed 000 has the same rows
            except return_translation). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeMyanmarIdcardResponse]
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
    body: MyanmarIdcardRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeMyanmarIdcardResponse | None:
    """Myanmar ID Card OCR

     Detects and extracts text from Myanmar-issued national registration cards and converts
    the text into a structured format (seed 002 §4.11; seed 000).

    Notes and constraints:
    * Only images in PNG, JPG, JPEG, BMP, or TIFF format can be recognized.
    * No side of the image can be smaller than 15 or larger than 8,192 pixels. The file size
      of a single image after Base64 encoding should not exceed 10 MB.
    * An ID card to be recognized must occupy more than 25% of the image. When scanning an
      ID card, ensure that the entire ID card is displayed in the image.
    * An ID card can be rotated to any angle.
    * The ID card in the image can be moderately distorted, but the aspect ratio cannot be
      distorted by more than 10%.
    * Illuminated or dark images can be recognized, but the accuracy may be compromised.
    * Only the front or back of a single ID card can be identified each time.
    * This page's url row (seed 002 lines 9983-10011; seed 000's lost its lists) does not
      say that the URL may not contain Chinese characters: `url` carries that rule from the
      other pages (ImageUrl, x-inferred).

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (MyanmarIdcardRequestBody): Request body of Myanmar ID Card OCR (seed 002 Table 4-92;
            seed 000 has the same rows
            except return_translation). Set exactly one of `image` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeMyanmarIdcardResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed
