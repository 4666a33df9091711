"""A snapshot's attributes (Describe/Modify/ResetSnapshotAttribute) and who may use it.

`createVolumePermission` shares a snapshot as launch permissions share an image
(`ec2.sharing`): the group `all` makes it public, account ids share it with those accounts.
An account it is shared with sees it in DescribeSnapshots and makes volumes and copies from
it (`usable_snapshot`); the owner's tags stay the owner's. An encrypted snapshot is never
public, nor shared while it is encrypted with the account's `aws/ebs` key, as in EC2.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.store import Transaction
from ..documents import SnapshotDoc
from ..kinds import SNAPSHOT, private, with_private
from ..sharing import ALL, Permission, Permissions, changed, requested_changes, shared_from_others
from .encryption import is_default_key
from .reads import get_snapshot, snapshot_view

CREATE_VOLUME_PERMISSION = "createVolumePermission"


def create_volume_permissions(snapshot: SnapshotDoc) -> Permissions:
    state = private(snapshot)
    return Permissions(bool(state.get("public")), tuple(state.get("shared_with") or ()))


def _as_seen(snapshot: SnapshotDoc) -> SnapshotDoc:
    """Another owner's snapshot as this account sees it: without the owner's tags."""
    return {**snapshot, "Tags": []}


def shared_snapshots(tx: Transaction) -> list[SnapshotDoc]:
    """Other accounts' snapshots of this region that are public or shared with this one."""
    shared = shared_from_others(tx, SNAPSHOT, create_volume_permissions)
    return [_as_seen(snapshot_view(tx, s)) for s in shared]


def visible_snapshots(tx: Transaction) -> list[SnapshotDoc]:
    """The account's own snapshots, then those others let it create volumes from."""
    own = [snapshot_view(tx, doc) for doc in SNAPSHOT.every(tx)]
    return own + shared_snapshots(tx)


def _lookup(tx: Transaction, snapshot_id: str) -> SnapshotDoc | None:
    own = SNAPSHOT.stored(tx, snapshot_id)
    if own is not None:
        return snapshot_view(tx, own)
    return next((s for s in shared_snapshots(tx) if s["SnapshotId"] == snapshot_id), None)


def usable_snapshot(tx: Transaction, snapshot_id: str) -> SnapshotDoc:
    """A snapshot the account may create a volume from or copy: its own, or one shared with
    it (Malformed / NotFound as EC2 answers)."""
    return SNAPSHOT.get(tx, snapshot_id, lambda i: _lookup(tx, i))


def selected_snapshots(tx: Transaction, snapshot_ids: Sequence[str]) -> list[SnapshotDoc]:
    """The visible snapshots with these ids (NotFound naming every unknown one)."""
    return SNAPSHOT.select(tx, snapshot_ids, lambda i: _lookup(tx, i))


def restorable_by(snapshot: SnapshotDoc, user: str, account: str) -> bool:
    """`RestorableByUserIds`, as EC2 defines it: `all` for public snapshots, `self` for
    the account's own and those shared with it explicitly, an account id for the account's
    own snapshots that account may use (and for those shared with the account itself)."""
    permissions = create_volume_permissions(snapshot)
    own = snapshot["OwnerId"] == account
    if user == ALL:
        return permissions.public
    if user in ("self", account):
        return own or account in permissions.users
    return own and permissions.allow(user)


def _invalid_attribute(attribute: str) -> errors.EC2Error:
    return invalid_parameter_value(f"Value ({attribute}) for parameter attribute is invalid.")


def snapshot_attribute(
    tx: Transaction, snapshot_id: str, attribute: str
) -> shapes.DescribeSnapshotAttributeResult:
    """DescribeSnapshotAttribute of an own snapshot: its create-volume permissions (the
    `all` group, then each account) or its product codes (none)."""
    snapshot = get_snapshot(tx, snapshot_id)
    if attribute == "productCodes":
        return {"SnapshotId": snapshot["SnapshotId"], "ProductCodes": []}
    permissions = create_volume_permissions(snapshot)
    listed: list[shapes.CreateVolumePermission] = [{"Group": ALL}] if permissions.public else []
    listed += [{"UserId": u} for u in permissions.users]
    return {"SnapshotId": snapshot["SnapshotId"], "CreateVolumePermissions": listed}


def _bad_user(user: str) -> errors.EC2Error:
    # reconstructed: the wording, as EC2 words its other invalid values
    return invalid_parameter_value(f"Invalid value '{user}' for userId")


def _check_encrypted(tx: Transaction, snapshot: SnapshotDoc, permissions: Permissions) -> None:
    if not snapshot.get("Encrypted"):
        return
    if permissions.public:
        # reconstructed: the wording
        raise errors.OperationNotPermitted("Encrypted snapshots cannot be shared publicly")
    default_key = is_default_key(tx.region, tx.account, snapshot.get("KmsKeyId"))
    if permissions.users and default_key:
        raise errors.OperationNotPermitted(
            "Encrypted snapshots with EBS default key cannot be shared"
        )


def modify_snapshot_attribute(
    tx: Transaction,
    snapshot_id: str,
    *,
    attribute: str | None,
    add: Sequence[Permission],
    remove: Sequence[Permission],
    user_ids: Sequence[str],
    groups: Sequence[str],
    operation_type: str | None,
) -> None:
    """ModifySnapshotAttribute: add or remove create-volume permissions of an own snapshot
    (the only attribute it changes)."""
    snapshot = get_snapshot(tx, snapshot_id)
    if attribute not in (None, CREATE_VOLUME_PERMISSION):
        raise _invalid_attribute(attribute)
    adding, removing = requested_changes(add, remove, user_ids, groups, operation_type, _bad_user)
    if not adding and not removing:
        raise errors.missing_parameter("createVolumePermission")
    permissions = changed(create_volume_permissions(snapshot), adding, removing)
    _check_encrypted(tx, snapshot, permissions)
    stored = SNAPSHOT.get(tx, snapshot["SnapshotId"])
    SNAPSHOT.put(
        tx, with_private(stored, public=permissions.public, shared_with=list(permissions.users))
    )


def reset_snapshot_attribute(tx: Transaction, snapshot_id: str, attribute: str) -> None:
    """ResetSnapshotAttribute: only `createVolumePermission` is reset (shared with no one)."""
    snapshot = get_snapshot(tx, snapshot_id)
    if attribute != CREATE_VOLUME_PERMISSION:
        raise _invalid_attribute(attribute)
    stored = SNAPSHOT.get(tx, snapshot["SnapshotId"])
    SNAPSHOT.put(tx, with_private(stored, public=None, shared_with=None))
