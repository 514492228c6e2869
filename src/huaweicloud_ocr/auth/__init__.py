"""Authentication: AK/SK request signing, IAM tokens, temporary credentials, credential chain.

The only hand-written code that touches requests: each class here is an httpx.Auth.
"""

from huaweicloud_ocr import _logging
from huaweicloud_ocr.auth.aksk import MAX_SIGNED_BODY_BYTES, AkSkAuth
from huaweicloud_ocr.auth.chain import Credentials, resolve_credentials
from huaweicloud_ocr.auth.projects import ProjectIdResolver
from huaweicloud_ocr.auth.token import IamPasswordTokenProvider, IamToken, IamTokenAuth, TokenAuth

__all__ = [
    "MAX_SIGNED_BODY_BYTES",
    "AkSkAuth",
    "Credentials",
    "IamPasswordTokenProvider",
    "IamToken",
    "IamTokenAuth",
    "ProjectIdResolver",
    "TokenAuth",
    "resolve_credentials",
]

_logging.install()
