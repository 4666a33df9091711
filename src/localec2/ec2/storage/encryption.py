"""EBS encryption: which KMS key a volume or snapshot is encrypted with.

A request that asks for encryption without naming a key gets the account's AWS managed key
for EBS (`aws/ebs`), shown by its ARN, as EC2 shows it; a key named by id or alias is shown
as the ARN it names in the account and region. localec2 keeps no keys: any key is accepted.
"""

from __future__ import annotations

import hashlib
import uuid

from ... import errors

_ARN = "arn:aws:kms:"


def default_key_arn(region: str, account: str) -> str:
    """The ARN of the account's `aws/ebs` key in the region (a stable key id per both)."""
    digest = hashlib.sha256(f"aws/ebs/{account}/{region}".encode()).digest()
    return f"{_ARN}{region}:{account}:key/{uuid.UUID(bytes=digest[:16])}"


def _arn(region: str, account: str, key: str) -> str:
    if key.startswith(_ARN):
        return key
    if key.startswith("alias/"):
        return f"{_ARN}{region}:{account}:{key}"
    return f"{_ARN}{region}:{account}:key/{key}"


def kms_key(region: str, account: str, encrypted: bool, key: str | None) -> str | None:
    """The ARN of the key a new volume or copy is encrypted with (None: not encrypted).
    `KmsKeyId` needs `Encrypted`, as EC2 answers."""
    if key and not encrypted:
        raise errors.InvalidParameterDependency(
            "The parameter KmsKeyId requires the parameter Encrypted to be set."
        )
    if not encrypted:
        return None
    return _arn(region, account, key) if key else default_key_arn(region, account)


def is_default_key(region: str, account: str, key: str | None) -> bool:
    return key is None or key == default_key_arn(region, account)
