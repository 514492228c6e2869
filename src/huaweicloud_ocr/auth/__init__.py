"""Authentication: AK/SK request signing, IAM tokens and temporary credentials."""

from huaweicloud_ocr.auth.aksk import MAX_SIGNED_BODY_BYTES, AkSkAuth

__all__ = ["MAX_SIGNED_BODY_BYTES", "AkSkAuth"]
