"""Elastic IP addresses: `Address`, as DescribeAddresses, AllocateAddress and
AssociateAddress answer it."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.ec2.tag import TagSet
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class Address(EC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "publicIp": "public_ip",
        "instanceId": "instance_id",
        "domain": "domain",
        "allocationId": "allocation_id",
        "associationId": "association_id",
        "networkInterfaceId": "network_interface_id",
        "networkInterfaceOwnerId": "network_interface_owner_id",
        "privateIpAddress": "private_ip_address",
    }

    def __init__(
        self, connection: Any = None, public_ip: str | None = None, instance_id: str | None = None
    ) -> None:
        super().__init__(connection)
        self.public_ip = public_ip
        self.instance_id = instance_id
        self.domain: str | None = None
        self.allocation_id: str | None = None
        self.association_id: str | None = None
        self.network_interface_id: str | None = None
        self.network_interface_owner_id: str | None = None
        self.private_ip_address: str | None = None
        self.tags = TagSet()

    def __repr__(self) -> str:
        return "Address:%s" % self.public_ip

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        if name != "requestId":
            super().endElement(name, value, connection)

    def release(self, dry_run: bool = False) -> bool:
        """Release the address: by allocation id when it has one, else by public IP."""
        if self.allocation_id:
            return self.connection.release_address(
                allocation_id=self.allocation_id, dry_run=dry_run
            )
        return self.connection.release_address(public_ip=self.public_ip, dry_run=dry_run)

    delete = release

    def associate(
        self,
        instance_id: str | None = None,
        network_interface_id: str | None = None,
        private_ip_address: str | None = None,
        allow_reassociation: bool = False,
        dry_run: bool = False,
    ) -> bool:
        """Associate the address with an instance or a network interface.

        As boto 2: always by `public_ip`, plus `allocation_id` for a VPC address.
        """
        if self.allocation_id:
            return self.connection.associate_address(
                instance_id=instance_id,
                public_ip=self.public_ip,
                allocation_id=self.allocation_id,
                network_interface_id=network_interface_id,
                private_ip_address=private_ip_address,
                allow_reassociation=allow_reassociation,
                dry_run=dry_run,
            )
        return self.connection.associate_address(
            instance_id=instance_id,
            public_ip=self.public_ip,
            network_interface_id=network_interface_id,
            private_ip_address=private_ip_address,
            allow_reassociation=allow_reassociation,
            dry_run=dry_run,
        )

    def disassociate(self, dry_run: bool = False) -> bool:
        """Disassociate the address: by association id when known, else by public IP."""
        if self.association_id:
            return self.connection.disassociate_address(
                association_id=self.association_id, dry_run=dry_run
            )
        return self.connection.disassociate_address(public_ip=self.public_ip, dry_run=dry_run)
