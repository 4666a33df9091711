"""Who a caller is, in AWS's words: ARNs and user ids of an account's root and of roles.

A principal is stored with the temporary credentials acting as it: {Kind, Arn, UserId},
Kind being `account` (the account's own key, or a session of it from GetSessionToken) or
`assumed-role`.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from .. import errors

ACCOUNT = "account"
ASSUMED_ROLE = "assumed-role"

Principal = dict[str, str]

# An IAM role's ARN: arn:<partition>:iam::<12 digits>:role/<optional path/><name>
_ROLE_ARN = re.compile(
    r"arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role/(?:[\x21-\x7e]*/)?([\w+=,.@-]{1,64})",
    re.ASCII,
)


def partition(region: str) -> str:
    """The AWS partition of a region: aws-cn for China, aws-us-gov for GovCloud, else aws."""
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    return "aws"


def account_root(account_id: str, region: str) -> Principal:
    """An account's own credentials: GetCallerIdentity answers the root user's ARN, and the
    account id as its user id (AWS's documented answer for root credentials)."""
    return {
        "Kind": ACCOUNT,
        "Arn": f"arn:{partition(region)}:iam::{account_id}:root",
        "UserId": account_id,
    }


@dataclass(frozen=True)
class Role:
    arn: str
    partition: str
    account_id: str
    name: str

    @property
    def role_id(self) -> str:
        """`AROA…`: a role's unique id, stable per role ARN (localec2 keeps no roles)."""
        digest = base64.b32encode(hashlib.sha256(self.arn.encode()).digest()).decode()
        return "AROA" + digest[:17]

    def session(self, session_name: str) -> Principal:
        """The principal a session of this role acts as (AssumedRoleUser's Arn and id)."""
        return {
            "Kind": ASSUMED_ROLE,
            "Arn": f"arn:{self.partition}:sts::{self.account_id}:assumed-role/"
            f"{self.name}/{session_name}",
            "UserId": f"{self.role_id}:{session_name}",
        }


def role(arn: str) -> Role:
    """The role an ARN names, or STS's ValidationError.

    Reconstructed: STS's wording for an ARN that is not a role's ("<arn> is invalid") is not
    documented; it is the one the emulators that follow STS closely answer.
    """
    found = _ROLE_ARN.fullmatch(arn)
    if found is None:
        raise errors.ValidationError(f"{arn} is invalid")
    partition_name, account_id, name = found.groups()
    return Role(arn, partition_name, account_id, name)
