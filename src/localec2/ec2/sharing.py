"""Sharing a resource with other accounts: an image's launch permissions, a snapshot's
create-volume permissions.

Both are the same mechanism in EC2: the group `all` (public) and a list of account ids, added
and removed either as a structure of `Add`/`Remove` permissions or as `UserId.N` /
`UserGroup.N` lists with an `OperationType`. The owner keeps them in its own partition; the
accounts they name find the resource there (`shared_from_others`), in the same region.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .. import errors
from ..errors import EC2Error
from ..state.store import GLOBAL, Transaction
from .kinds import Kind

ALL = "all"  # the permission group that makes a resource public
ACCOUNT_ID = re.compile(r"\d{12}")
D = TypeVar("D", bound=Mapping[str, Any])
Permission = Mapping[str, Any]  # {"UserId": …} or {"Group": "all"} (and EC2's other members)


@dataclass(frozen=True)
class Permissions:
    """Who may use a resource besides its owner: everyone (`public`) and these accounts."""

    public: bool
    users: tuple[str, ...] = ()

    def allow(self, account: str) -> bool:
        return self.public or account in self.users


def requested_changes(
    add: Sequence[Permission],
    remove: Sequence[Permission],
    user_ids: Sequence[str],
    groups: Sequence[str],
    operation_type: str | None,
    bad_user: Callable[[str], EC2Error],
) -> tuple[list[Permission], list[Permission]]:
    """The permissions to add and to remove, from either of the request's forms; an account
    id that is not 12 digits is `bad_user(id)`, a group other than `all` is refused."""
    adding, removing = list(add), list(remove)
    flat: list[Permission] = [{"UserId": u} for u in user_ids]
    flat += [{"Group": g} for g in groups]
    if flat:
        if operation_type not in ("add", "remove"):
            raise errors.missing_parameter("operationType")
        (adding if operation_type == "add" else removing).extend(flat)
    for permission in adding + removing:
        if permission.get("OrganizationArn") or permission.get("OrganizationalUnitArn"):
            raise errors.UnsupportedOperation("Organization launch permissions are not supported")
        user = permission.get("UserId")
        if user is not None and not ACCOUNT_ID.fullmatch(user):
            raise bad_user(user)
        group = permission.get("Group")
        if group is not None and group != ALL:
            raise errors.invalid_parameter_value(f"Invalid value '{group}' for group")
    return adding, removing


def changed(
    permissions: Permissions, add: Sequence[Permission], remove: Sequence[Permission]
) -> Permissions:
    """The permissions with `add` added, then `remove` removed."""
    users = list(permissions.users)
    public = permissions.public
    for permission in add:
        user = permission.get("UserId")
        if permission.get("Group") == ALL:
            public = True
        elif user and user not in users:
            users.append(user)
    for permission in remove:
        user = permission.get("UserId")
        if permission.get("Group") == ALL:
            public = False
        elif user in users:
            users.remove(user)
    return Permissions(public, tuple(users))


def shared_from_others(
    tx: Transaction, kind: Kind[D], permissions: Callable[[D], Permissions]
) -> list[D]:
    """Other accounts' documents of `kind` in this region that this account may use."""
    out: list[D] = []
    for account, region in tx.store.partitions():
        if region != tx.region or account in (tx.account, GLOBAL):
            continue
        for doc in kind.every(Transaction(tx.store, account, region)):
            if permissions(doc).allow(tx.account):
                out.append(doc)
    return out
