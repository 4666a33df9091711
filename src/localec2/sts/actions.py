"""STS's actions: action name -> `(caller, params) -> output`, as boto3 shows them.

`params` holds the request's members by their model names, already typed and checked
against STS's model (DurationSeconds' range, RoleSessionName's pattern, …) by the protocol
layer. The durations and who may call what follow STS's API reference.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import errors
from ..state import accounts
from ..state.store import Store
from . import principals

Output = dict[str, Any]


@dataclass(frozen=True)
class Caller:
    """What an STS action sees of its request."""

    store: Store
    account_id: str
    region: str
    principal: Mapping[str, str] | None  # temporary credentials' (None: the account's key)
    now: float

    @property
    def identity(self) -> Mapping[str, str]:
        if self.principal is not None:
            return self.principal
        return principals.account_root(self.account_id, self.region)


def _credentials(
    caller: Caller, account_id: str, principal: Mapping[str, str], seconds: int
) -> Output:
    issued = accounts.create_session_key(
        caller.store, account_id, principal, caller.now + seconds, caller.now
    )
    return {
        "AccessKeyId": issued["AccessKeyId"],
        "SecretAccessKey": issued["SecretAccessKey"],
        "SessionToken": issued["SessionToken"],
        "Expiration": issued["Expiration"],
    }


def get_caller_identity(caller: Caller, params: Mapping[str, Any]) -> Output:
    identity = caller.identity
    return {"UserId": identity["UserId"], "Account": caller.account_id, "Arn": identity["Arn"]}


# Sessions of an account's own (root) credentials last at most an hour, and an hour by
# default; a longer DurationSeconds is shortened to an hour, not refused (GetSessionToken's
# documentation). localec2's keys are the accounts' own.
ROOT_SESSION_SECONDS = 3600


def get_session_token(caller: Caller, params: Mapping[str, Any]) -> Output:
    if caller.principal is not None:
        raise errors.AccessDenied("Cannot call GetSessionToken with session credentials")
    seconds = min(params.get("DurationSeconds", ROOT_SESSION_SECONDS), ROOT_SESSION_SECONDS)
    return {"Credentials": _credentials(caller, caller.account_id, caller.identity, seconds)}


DEFAULT_ROLE_SECONDS = 3600
CHAINED_ROLE_SECONDS = 3600  # a role assumed with a role's credentials: an hour at most


def assume_role(caller: Caller, params: Mapping[str, Any]) -> Output:
    # STS refuses roles to root credentials ("Roles may not be assumed by root accounts");
    # localec2's keys are the accounts' own, so it lets them assume roles, as it lets every
    # caller assume every role: it keeps no roles, trust policies nor MaxSessionDuration (a
    # role's duration may then be anything up to the model's 12 hours).
    role = principals.role(params["RoleArn"])
    seconds: int = params.get("DurationSeconds", DEFAULT_ROLE_SECONDS)
    chained = caller.principal is not None and caller.principal["Kind"] == principals.ASSUMED_ROLE
    if chained and seconds > CHAINED_ROLE_SECONDS:
        raise errors.ValidationError(
            "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed "
            "by role chaining."
        )
    session = role.session(params["RoleSessionName"])
    output: Output = {
        "Credentials": _credentials(caller, role.account_id, session, seconds),
        "AssumedRoleUser": {"AssumedRoleId": session["UserId"], "Arn": session["Arn"]},
    }
    if "SourceIdentity" in params:
        output["SourceIdentity"] = params["SourceIdentity"]
    return output


ACTIONS: dict[str, Callable[[Caller, Mapping[str, Any]], Output]] = {
    "GetCallerIdentity": get_caller_identity,
    "GetSessionToken": get_session_token,
    "AssumeRole": assume_role,
}
