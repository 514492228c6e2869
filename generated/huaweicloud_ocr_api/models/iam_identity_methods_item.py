from typing import Literal

IamIdentityMethodsItem = Literal["password"]

IAM_IDENTITY_METHODS_ITEM_VALUES: set[IamIdentityMethodsItem] = {
    "password",
}


def check_iam_identity_methods_item(value: str) -> IamIdentityMethodsItem:
    if value in IAM_IDENTITY_METHODS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IAM_IDENTITY_METHODS_ITEM_VALUES!r}")
