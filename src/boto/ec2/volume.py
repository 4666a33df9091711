"""EBS volumes: `Volume` and its attachment, `AttachmentSet`, as DescribeVolumes,
CreateVolume and AttachVolume answer them."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import is_true, set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.ec2.snapshot import Snapshot
    from boto.handler import LeafField


class AttachmentSet:
    """Where a volume is attached (boto 2 kept only the first attachment)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "volumeId": "id",
        "instanceId": "instance_id",
        "status": "status",
        "attachTime": "attach_time",
        "device": "device",
    }

    def __init__(self) -> None:
        self.id: str | None = None
        self.instance_id: str | None = None
        self.status: str | None = None
        self.attach_time: str | None = None
        self.device: str | None = None

    def __repr__(self) -> str:
        return "AttachmentSet:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class Volume(TaggedEC2Object):
    """An EBS volume."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "volumeId": "id",
        "createTime": "create_time",
        "size": ("size", int),
        "snapshotId": "snapshot_id",
        "availabilityZone": "zone",
        "volumeType": "type",
        "iops": ("iops", int),
        "encrypted": ("encrypted", is_true),
        "kmsKeyId": "kms_key_id",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.create_time: str | None = None
        self.status: str | None = None
        self.size: int | None = None
        self.snapshot_id: str | None = None
        self.attach_data: AttachmentSet | None = None
        self.zone: str | None = None
        self.type: str | None = None
        self.iops: int | None = None
        self.encrypted: bool | None = None
        self.kms_key_id: str | None = None

    def __repr__(self) -> str:
        return "Volume:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "attachmentSet":
            self.attach_data = AttachmentSet()
            return self.attach_data
        return super().startElement(name, attrs, connection)

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        if name == "status":
            if value:  # the end of an attachmentSet's status must not blank the volume's
                self.status = value
        elif name not in ("requestId", "volumeSet"):
            super().endElement(name, value, connection)

    def update(self, validate: bool = False, dry_run: bool = False) -> str | None:
        """Refresh from DescribeVolumes; returns the volume's status."""
        volumes = self.connection.get_all_volumes([self.id], dry_run=dry_run)
        if volumes:
            self.__dict__.update(volumes[0].__dict__)
        elif validate:
            raise ValueError("%s is not a valid Volume ID" % self.id)
        return self.status

    def delete(self, dry_run: bool = False) -> bool:
        return self.connection.delete_volume(self.id, dry_run=dry_run)

    def attach(self, instance_id: str, device: str, dry_run: bool = False) -> bool:
        return self.connection.attach_volume(self.id, instance_id, device, dry_run=dry_run)

    def detach(self, force: bool = False, dry_run: bool = False) -> bool:
        """Detach from the instance this object last saw it attached to."""
        instance_id = self.attach_data.instance_id if self.attach_data else None
        device = self.attach_data.device if self.attach_data else None
        return self.connection.detach_volume(self.id, instance_id, device, force, dry_run=dry_run)

    def create_snapshot(self, description: str | None = None, dry_run: bool = False) -> Snapshot:
        return self.connection.create_snapshot(self.id, description, dry_run=dry_run)

    def volume_state(self) -> str | None:
        return self.status

    def attachment_state(self) -> str | None:
        return self.attach_data.status if self.attach_data else None

    def snapshots(
        self,
        owner: str | list[str] | None = None,
        restorable_by: str | list[str] | None = None,
        dry_run: bool = False,
    ) -> list[Snapshot]:
        """The snapshots (visible with `owner` / `restorable_by`) taken of this volume."""
        snapshots = self.connection.get_all_snapshots(
            owner=owner, restorable_by=restorable_by, dry_run=dry_run
        )
        return [snapshot for snapshot in snapshots if snapshot.volume_id == self.id]


class VolumeAttribute:
    """DescribeVolumeAttribute's answer: `id` (the volume) and `attrs`, e.g.
    `{'autoEnableIO': True}`."""

    def __init__(self, parent: Any = None) -> None:
        self.id: str | None = None
        self._key_name: str | None = None
        self.attrs: dict[str | None, bool] = {}

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        if name in ("autoEnableIO", "productCodes"):
            self._key_name = name
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "value":
            self.attrs[self._key_name] = value.lower() == "true"
        elif name == "volumeId":
            self.id = value
        else:
            setattr(self, name, value)
