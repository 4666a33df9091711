"""`InstanceType`: what boto 2 read from Eucalyptus's DescribeInstanceTypes (name, cores,
memory, disk), read from EC2's DescribeInstanceTypes; its other leaves are kept as
attributes under their own names."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class InstanceType(EC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "name": "name",
        "cpu": "cores",
        "disk": "disk",
        "memory": "memory",
        # EC2's own answer (boto 2 read Eucalyptus's): the type, its default vCPUs, its
        # memory in MiB and its instance storage in GB.
        "instanceType": "name",
        "defaultVCpus": "cores",
        "sizeInMiB": "memory",
        "totalSizeInGB": "disk",
    }

    def __init__(
        self,
        connection: Any = None,
        name: str | None = None,
        cores: str | None = None,
        memory: str | None = None,
        disk: str | None = None,
    ) -> None:
        super().__init__(connection)
        self.connection = connection
        self.name = name
        self.cores = cores
        self.memory = memory
        self.disk = disk

    def __repr__(self) -> str:
        return "InstanceType:%s-%s,%s,%s" % (self.name, self.cores, self.memory, self.disk)

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)
