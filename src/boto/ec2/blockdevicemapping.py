"""Block device mappings: what an instance or image attaches, and what run_instances asks for."""

from __future__ import annotations

from boto.handler import is_true, set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class BlockDeviceType:
    """One device: an EBS volume (from a snapshot or attached), an ephemeral disk or none."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "volumeId": "volume_id",
        "virtualName": "ephemeral_name",
        "snapshotId": "snapshot_id",
        "status": "status",
        "attachTime": "attach_time",
        "volumeType": "volume_type",
        "kmsKeyId": "kms_key_id",
        "volumeSize": ("size", int),
        "iops": ("iops", int),
        "deleteOnTermination": ("delete_on_termination", is_true),
        "encrypted": ("encrypted", is_true),
    }

    def __init__(
        self,
        connection: Any = None,
        ephemeral_name: str | None = None,
        no_device: bool = False,
        volume_id: str | None = None,
        snapshot_id: str | None = None,
        status: str | None = None,
        attach_time: str | None = None,
        delete_on_termination: bool = False,
        size: int | None = None,
        volume_type: str | None = None,
        iops: int | None = None,
        encrypted: bool | None = None,
    ) -> None:
        self.connection = connection
        self.ephemeral_name = ephemeral_name
        self.no_device = no_device
        self.volume_id = volume_id
        self.snapshot_id = snapshot_id
        self.status = status
        self.attach_time = attach_time
        self.delete_on_termination = delete_on_termination
        self.size = size
        self.volume_type = volume_type
        self.iops = iops
        self.encrypted = encrypted

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        # As boto 2: names in any case (Auto Scaling's and older answers capitalize them),
        # except `volumeId`; booleans are "true"; an unknown element becomes an attribute.
        if set_leaf(self, name, value):
            return
        lname = name.lower()
        if lname == "nodevice":
            # boto 2 read "true" only. Today's EC2 marks a suppressed device with an empty
            # <noDevice/>, which boto 2 read as False: an empty one means suppressed too.
            self.no_device = value in ("true", "")
            return
        field = _FIELDS_BY_LOWER_NAME.get(lname)
        if field is None:
            setattr(self, name, value)
        elif isinstance(field, str):
            setattr(self, field, value)
        else:
            setattr(self, field[0], field[1](value))


_FIELDS_BY_LOWER_NAME: dict[str, LeafField] = {
    name.lower(): field
    for name, field in BlockDeviceType._leaf_fields.items()
    if name != "volumeId"  # boto 2 took it in this spelling only
}


# boto 2's older name for the same class.
EBSBlockDeviceType = BlockDeviceType


class BlockDeviceMapping(dict[str, BlockDeviceType]):
    """Device name -> BlockDeviceType, parsed from `blockDeviceMapping` or built by the user."""

    def __init__(self, connection: Any = None) -> None:
        super().__init__()
        self.connection = connection
        self.current_name: str | None = None
        self.current_value: BlockDeviceType | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name.lower() in ("ebs", "virtualname"):
            self.current_value = BlockDeviceType(self)
            return self.current_value
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        lname = name.lower()
        if lname in ("device", "devicename"):
            self.current_name = value
        elif lname == "nodevice":
            # A suppressed device: today's EC2 writes <noDevice/> beside <deviceName>, not in
            # an <ebs>; boto 2 dropped it (None). It is a BlockDeviceType with no_device.
            if self.current_value is None:
                self.current_value = BlockDeviceType(self)
            self.current_value.endElement(name, value, connection)
        elif lname in ("item", "member"):
            # Each item names its device and has its `ebs` (or `virtualName`); one without is
            # kept with None, as boto 2 did.
            self[self.current_name] = self.current_value  # type: ignore[index, assignment]
            self.current_value = None

    def ec2_build_list_params(self, params: dict[str, Any], prefix: str = "") -> None:
        """Add `BlockDeviceMapping.N.*` Query parameters describing this mapping."""
        self._build_list_params(params, prefix="%sBlockDeviceMapping" % prefix)

    def autoscale_build_list_params(self, params: dict[str, Any], prefix: str = "") -> None:
        """Add Auto Scaling's `BlockDeviceMappings.member.N.*` parameters for this mapping."""
        self._build_list_params(params, prefix="%sBlockDeviceMappings.member" % prefix)

    def _build_list_params(self, params: dict[str, Any], prefix: str = "") -> None:
        for index, (device_name, device) in enumerate(self.items(), start=1):
            pre = "%s.%d" % (prefix, index)
            params["%s.DeviceName" % pre] = device_name
            if device.ephemeral_name:
                params["%s.VirtualName" % pre] = device.ephemeral_name
            elif device.no_device:
                params["%s.NoDevice" % pre] = ""
            else:
                _build_ebs_params(params, pre + ".Ebs", device)


def _build_ebs_params(params: dict[str, Any], pre: str, device: BlockDeviceType) -> None:
    if device.snapshot_id:
        params["%s.SnapshotId" % pre] = device.snapshot_id
    if device.size:
        params["%s.VolumeSize" % pre] = str(device.size)
    params["%s.DeleteOnTermination" % pre] = "true" if device.delete_on_termination else "false"
    if device.volume_type:
        params["%s.VolumeType" % pre] = device.volume_type
    if device.iops is not None:
        params["%s.Iops" % pre] = str(device.iops)
    if device.encrypted is not None:
        params["%s.Encrypted" % pre] = "true" if device.encrypted else "false"
