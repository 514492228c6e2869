from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.iam_error_response import IamErrorResponse
from ...models.keystone_create_user_token_by_password_request_body import KeystoneCreateUserTokenByPasswordRequestBody
from ...models.keystone_create_user_token_by_password_response import KeystoneCreateUserTokenByPasswordResponse
from ...types import Response


def _get_kwargs(
    *,
    body: KeystoneCreateUserTokenByPasswordRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/auth/tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse | None:
    if response.status_code == 201:
        response_201 = KeystoneCreateUserTokenByPasswordResponse.from_dict(response.json())

        return response_201

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
) -> Response[IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: KeystoneCreateUserTokenByPasswordRequestBody,
) -> Response[IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse]:
    """Obtain an IAM user token (password, project scope)

     Obtains a user token with an IAM user name, password and account (domain) name, scoped
    to a project (seed 002 §3.4 "Token-based Authentication"). The token is returned in the
    `X-Subject-Token` response header and is valid for 24 hours: cache it. `auth.scope` must
    be set to a project. An account upgraded to a Huawei ID cannot obtain a token; create an
    IAM user instead.

    Args:
        body (KeystoneCreateUserTokenByPasswordRequestBody): Request body of Obtaining a User
            Token (seed 002 §3.4 pseudocode).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: KeystoneCreateUserTokenByPasswordRequestBody,
) -> IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse | None:
    """Obtain an IAM user token (password, project scope)

     Obtains a user token with an IAM user name, password and account (domain) name, scoped
    to a project (seed 002 §3.4 "Token-based Authentication"). The token is returned in the
    `X-Subject-Token` response header and is valid for 24 hours: cache it. `auth.scope` must
    be set to a project. An account upgraded to a Huawei ID cannot obtain a token; create an
    IAM user instead.

    Args:
        body (KeystoneCreateUserTokenByPasswordRequestBody): Request body of Obtaining a User
            Token (seed 002 §3.4 pseudocode).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: KeystoneCreateUserTokenByPasswordRequestBody,
) -> Response[IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse]:
    """Obtain an IAM user token (password, project scope)

     Obtains a user token with an IAM user name, password and account (domain) name, scoped
    to a project (seed 002 §3.4 "Token-based Authentication"). The token is returned in the
    `X-Subject-Token` response header and is valid for 24 hours: cache it. `auth.scope` must
    be set to a project. An account upgraded to a Huawei ID cannot obtain a token; create an
    IAM user instead.

    Args:
        body (KeystoneCreateUserTokenByPasswordRequestBody): Request body of Obtaining a User
            Token (seed 002 §3.4 pseudocode).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: KeystoneCreateUserTokenByPasswordRequestBody,
) -> IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse | None:
    """Obtain an IAM user token (password, project scope)

     Obtains a user token with an IAM user name, password and account (domain) name, scoped
    to a project (seed 002 §3.4 "Token-based Authentication"). The token is returned in the
    `X-Subject-Token` response header and is valid for 24 hours: cache it. `auth.scope` must
    be set to a project. An account upgraded to a Huawei ID cannot obtain a token; create an
    IAM user instead.

    Args:
        body (KeystoneCreateUserTokenByPasswordRequestBody): Request body of Obtaining a User
            Token (seed 002 §3.4 pseudocode).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IamErrorResponse | KeystoneCreateUserTokenByPasswordResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
