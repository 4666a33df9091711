"""What a Spot Instance request launches: `LaunchSpecification` (and boto 2's `GroupList`)."""

from __future__ import annotations

from boto.ec2.blockdevicemapping import BlockDeviceMapping
from boto.ec2.ec2object import EC2Object
from boto.ec2.group import Group
from boto.ec2.instance import SubParse
from boto.handler import is_true, set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class GroupList(list[str]):
    """Group ids, from the `groupId` elements of a list."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "groupId":
            self.append(value)


class LaunchSpecification(EC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "imageId": "image_id",
        "keyName": "key_name",
        "instanceType": "instance_type",
        "availabilityZone": "placement",
        "kernelId": "kernel",
        "ramdiskId": "ramdisk",
        "subnetId": "subnet_id",
        "ebsOptimized": ("ebs_optimized", is_true),
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.key_name: str | None = None
        self.instance_type: str | None = None
        self.image_id: str | None = None
        self.groups: list[Group] = []
        self.placement: str | None = None
        self.kernel: str | None = None
        self.ramdisk: str | None = None
        self.monitored = False
        self.subnet_id: str | None = None
        self._in_monitoring_element = False
        self.block_device_mapping: BlockDeviceMapping | None = None
        self.instance_profile: SubParse | None = None
        self.ebs_optimized = False

    def __repr__(self) -> str:
        return "LaunchSpecification(%s)" % self.image_id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "groupSet":
            self.groups = ResultSet([("item", Group)])
            return self.groups
        if name == "monitoring":
            self._in_monitoring_element = True
        elif name == "blockDeviceMapping":
            self.block_device_mapping = BlockDeviceMapping()
            return self.block_device_mapping
        elif name == "iamInstanceProfile":
            self.instance_profile = SubParse("iamInstanceProfile")
            return self.instance_profile
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value) or name == "placement":
            return
        if name in ("state", "enabled") and self._in_monitoring_element:
            # boto 2 read <monitoring><state>enabled</state>; today's EC2 writes
            # <monitoring><enabled>true</enabled> in a launch specification.
            self.monitored = value in ("enabled", "true")
            self._in_monitoring_element = False
        elif name == "monitoring":
            self._in_monitoring_element = False
        else:
            super().endElement(name, value, connection)
