from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.iam_error_response import IamErrorResponse
from ...models.keystone_list_projects_response import KeystoneListProjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IamErrorResponse | KeystoneListProjectsResponse | None:
    if response.status_code == 200:
        response_200 = KeystoneListProjectsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = IamErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = IamErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IamErrorResponse | KeystoneListProjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
) -> Response[IamErrorResponse | KeystoneListProjectsResponse]:
    """List projects (to find a project_id)

     Lists the projects the caller may see; with `name` set to a region id (for example
    ap-southeast-1) it returns that region's default project, whose `id` is the
    `project_id` of the OCR URIs (seed 002 §7.1 "Obtaining a Project ID").

    Args:
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IamErrorResponse | KeystoneListProjectsResponse]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
) -> IamErrorResponse | KeystoneListProjectsResponse | None:
    """List projects (to find a project_id)

     Lists the projects the caller may see; with `name` set to a region id (for example
    ap-southeast-1) it returns that region's default project, whose `id` is the
    `project_id` of the OCR URIs (seed 002 §7.1 "Obtaining a Project ID").

    Args:
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IamErrorResponse | KeystoneListProjectsResponse
    """

    return sync_detailed(
        client=client,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
) -> Response[IamErrorResponse | KeystoneListProjectsResponse]:
    """List projects (to find a project_id)

     Lists the projects the caller may see; with `name` set to a region id (for example
    ap-southeast-1) it returns that region's default project, whose `id` is the
    `project_id` of the OCR URIs (seed 002 §7.1 "Obtaining a Project ID").

    Args:
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IamErrorResponse | KeystoneListProjectsResponse]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
) -> IamErrorResponse | KeystoneListProjectsResponse | None:
    """List projects (to find a project_id)

     Lists the projects the caller may see; with `name` set to a region id (for example
    ap-southeast-1) it returns that region's default project, whose `id` is the
    `project_id` of the OCR URIs (seed 002 §7.1 "Obtaining a Project ID").

    Args:
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IamErrorResponse | KeystoneListProjectsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
        )
    ).parsed
