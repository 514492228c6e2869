from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.recognize_smart_document_recognizer_response import RecognizeSmartDocumentRecognizerResponse
from ...models.smart_document_recognizer_request_body import SmartDocumentRecognizerRequestBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: SmartDocumentRecognizerRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(enterprise_project_id, Unset):
        headers["Enterprise-Project-Id"] = enterprise_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/ocr/smart-document-recognizer".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecognizeSmartDocumentRecognizerResponse | None:
    if response.status_code == 200:
        response_200 = RecognizeSmartDocumentRecognizerResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RecognizeSmartDocumentRecognizerResponse]:
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
    body: SmartDocumentRecognizerRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeSmartDocumentRecognizerResponse]:
    """Smart Document Recognizer OCR

     Recognizes text, analyzes layout, extracts key-value pairs and identifies tables in
    various formatted documents such as certificates, receipts and forms, and converts the
    results into a structured JSON format (seed 002 §4.1).

    Notes and constraints:
    * English, Chinese, and some traditional Chinese characters are supported.
    * Only images in PNG, JPG, JPEG, BMP, GIF, TIFF, WebP, PCX, ICO or PSD format and PDF
      files. PDF files are recognized one page at a time; `pdf_page_number` selects the page.
    * No side of the image may be smaller than 15 or larger than 30,000 pixels. The file
      size of a single image or PDF file after Base64 encoding may not exceed 10 MB.
    * The area to be recognized must occupy more than 80% of the image. When scanning a
      table, ensure that all text and its surrounding area are included in the image.
    * An image can be rotated to any angle.
    * For more accurate results, limit a single page to 1,800 characters or less.
    * Text in images with complex backgrounds (such as outdoor scenery or anti-counterfeit
      watermarks) or distorted text cannot be analyzed.
    * OCR is a public cloud service whose resources are shared by all online users; to call
      multiple APIs concurrently, contact us.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (SmartDocumentRecognizerRequestBody): Request body of Smart Document Recognizer (seed
            002 Table 4-3). Set exactly one of
            `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeSmartDocumentRecognizerResponse]
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
    body: SmartDocumentRecognizerRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeSmartDocumentRecognizerResponse | None:
    """Smart Document Recognizer OCR

     Recognizes text, analyzes layout, extracts key-value pairs and identifies tables in
    various formatted documents such as certificates, receipts and forms, and converts the
    results into a structured JSON format (seed 002 §4.1).

    Notes and constraints:
    * English, Chinese, and some traditional Chinese characters are supported.
    * Only images in PNG, JPG, JPEG, BMP, GIF, TIFF, WebP, PCX, ICO or PSD format and PDF
      files. PDF files are recognized one page at a time; `pdf_page_number` selects the page.
    * No side of the image may be smaller than 15 or larger than 30,000 pixels. The file
      size of a single image or PDF file after Base64 encoding may not exceed 10 MB.
    * The area to be recognized must occupy more than 80% of the image. When scanning a
      table, ensure that all text and its surrounding area are included in the image.
    * An image can be rotated to any angle.
    * For more accurate results, limit a single page to 1,800 characters or less.
    * Text in images with complex backgrounds (such as outdoor scenery or anti-counterfeit
      watermarks) or distorted text cannot be analyzed.
    * OCR is a public cloud service whose resources are shared by all online users; to call
      multiple APIs concurrently, contact us.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (SmartDocumentRecognizerRequestBody): Request body of Smart Document Recognizer (seed
            002 Table 4-3). Set exactly one of
            `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeSmartDocumentRecognizerResponse
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
    body: SmartDocumentRecognizerRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | RecognizeSmartDocumentRecognizerResponse]:
    """Smart Document Recognizer OCR

     Recognizes text, analyzes layout, extracts key-value pairs and identifies tables in
    various formatted documents such as certificates, receipts and forms, and converts the
    results into a structured JSON format (seed 002 §4.1).

    Notes and constraints:
    * English, Chinese, and some traditional Chinese characters are supported.
    * Only images in PNG, JPG, JPEG, BMP, GIF, TIFF, WebP, PCX, ICO or PSD format and PDF
      files. PDF files are recognized one page at a time; `pdf_page_number` selects the page.
    * No side of the image may be smaller than 15 or larger than 30,000 pixels. The file
      size of a single image or PDF file after Base64 encoding may not exceed 10 MB.
    * The area to be recognized must occupy more than 80% of the image. When scanning a
      table, ensure that all text and its surrounding area are included in the image.
    * An image can be rotated to any angle.
    * For more accurate results, limit a single page to 1,800 characters or less.
    * Text in images with complex backgrounds (such as outdoor scenery or anti-counterfeit
      watermarks) or distorted text cannot be analyzed.
    * OCR is a public cloud service whose resources are shared by all online users; to call
      multiple APIs concurrently, contact us.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (SmartDocumentRecognizerRequestBody): Request body of Smart Document Recognizer (seed
            002 Table 4-3). Set exactly one of
            `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecognizeSmartDocumentRecognizerResponse]
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
    body: SmartDocumentRecognizerRequestBody,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | RecognizeSmartDocumentRecognizerResponse | None:
    """Smart Document Recognizer OCR

     Recognizes text, analyzes layout, extracts key-value pairs and identifies tables in
    various formatted documents such as certificates, receipts and forms, and converts the
    results into a structured JSON format (seed 002 §4.1).

    Notes and constraints:
    * English, Chinese, and some traditional Chinese characters are supported.
    * Only images in PNG, JPG, JPEG, BMP, GIF, TIFF, WebP, PCX, ICO or PSD format and PDF
      files. PDF files are recognized one page at a time; `pdf_page_number` selects the page.
    * No side of the image may be smaller than 15 or larger than 30,000 pixels. The file
      size of a single image or PDF file after Base64 encoding may not exceed 10 MB.
    * The area to be recognized must occupy more than 80% of the image. When scanning a
      table, ensure that all text and its surrounding area are included in the image.
    * An image can be rotated to any angle.
    * For more accurate results, limit a single page to 1,800 characters or less.
    * Text in images with complex backgrounds (such as outdoor scenery or anti-counterfeit
      watermarks) or distorted text cannot be analyzed.
    * OCR is a public cloud service whose resources are shared by all online users; to call
      multiple APIs concurrently, contact us.

    Args:
        project_id (str):
        enterprise_project_id (str | Unset):
        body (SmartDocumentRecognizerRequestBody): Request body of Smart Document Recognizer (seed
            002 Table 4-3). Set exactly one of
            `data` and `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecognizeSmartDocumentRecognizerResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed
