"""EBS snapshots: `Snapshot`, and `SnapshotAttribute` as DescribeSnapshotAttribute answers
it."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import is_true, set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.ec2.volume import Volume
    from boto.ec2.zone import Zone
    from boto.handler import LeafField


def _size(value: str) -> int | str:
    """A size in GiB; boto 2 kept text that is not a number as it came."""
    try:
        return int(value)
    except ValueError:
        return value


class Snapshot(TaggedEC2Object):
    """A point-in-time copy of a volume."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "snapshotId": "id",
        "volumeId": "volume_id",
        "status": "status",
        "startTime": "start_time",
        "ownerId": "owner_id",
        "ownerAlias": "owner_alias",
        "volumeSize": ("volume_size", _size),
        "description": "description",
        "encrypted": ("encrypted", is_true),
        "progress": "progress",
        "kmsKeyId": "kms_key_id",
    }
    AttrName = "createVolumePermission"

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.volume_id: str | None = None
        self.status: str | None = None
        self.progress: str | None = None
        self.start_time: str | None = None
        self.owner_id: str | None = None
        self.owner_alias: str | None = None
        self.volume_size: int | str | None = None  # text that is not a number stays text
        self.description: str | None = None
        self.encrypted: bool | None = None
        self.kms_key_id: str | None = None

    def __repr__(self) -> str:
        return "Snapshot:%s" % self.id

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        if name not in ("requestId", "snapshotSet"):
            super().endElement(name, value, connection)

    def update(self, validate: bool = False, dry_run: bool = False) -> str | None:
        """Refresh from DescribeSnapshots; returns the progress (as boto 2 did)."""
        snapshots = self.connection.get_all_snapshots([self.id], dry_run=dry_run)
        if snapshots:
            self.__dict__.update(snapshots[0].__dict__)
        elif validate:
            raise ValueError("%s is not a valid Snapshot ID" % self.id)
        return self.progress

    def delete(self, dry_run: bool = False) -> bool:
        return self.connection.delete_snapshot(self.id, dry_run=dry_run)

    def get_permissions(self, dry_run: bool = False) -> dict[str, list[str]]:
        """`{"user_ids": [...], "groups": [...]}`, each key only when it has items."""
        return self.connection.get_snapshot_attribute(self.id, self.AttrName, dry_run=dry_run).attrs

    def share(
        self,
        user_ids: list[str] | None = None,
        groups: list[str] | None = None,
        dry_run: bool = False,
    ) -> bool:
        return self.connection.modify_snapshot_attribute(
            self.id, self.AttrName, "add", user_ids, groups, dry_run=dry_run
        )

    def unshare(
        self,
        user_ids: list[str] | None = None,
        groups: list[str] | None = None,
        dry_run: bool = False,
    ) -> bool:
        return self.connection.modify_snapshot_attribute(
            self.id, self.AttrName, "remove", user_ids, groups, dry_run=dry_run
        )

    def reset_permissions(self, dry_run: bool = False) -> bool:
        return self.connection.reset_snapshot_attribute(self.id, self.AttrName, dry_run=dry_run)

    def create_volume(
        self,
        zone: Zone | str,
        size: int | None = None,
        volume_type: str | None = None,
        iops: int | None = None,
        dry_run: bool = False,
        encrypted: bool = False,
    ) -> Volume:
        """A new volume in `zone` (a Zone or its name) from this snapshot; encrypted when
        the snapshot is (as boto 2) or when `encrypted` (a keyword of ours) asks."""
        return self.connection.create_volume(
            size,
            zone,
            self.id,
            volume_type,
            iops,
            encrypted or bool(self.encrypted),
            dry_run=dry_run,
        )


class SnapshotAttribute:
    """One attribute of a snapshot: `attrs` holds `user_ids` and `groups` for
    createVolumePermission."""

    _LISTED = {"userId": "user_ids", "group": "groups"}

    def __init__(self, parent: Any = None) -> None:
        self.snapshot_id: str | None = None
        self.name: str | None = None
        self.attrs: dict[str, list[str]] = {}

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name in self._LISTED:
            self.attrs.setdefault(self._LISTED[name], []).append(value)
        elif name == "createVolumePermission":
            self.name = "create_volume_permission"
        elif name == "snapshotId":
            self.snapshot_id = value
