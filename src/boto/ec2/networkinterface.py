"""Elastic network interfaces: as instances report them, and as run_instances requests them."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.ec2.group import Group
from boto.handler import is_true, set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField

_ASSOCIATION_FIELDS: dict[str, LeafField] = {
    "publicIp": "public_ip",
    "publicDnsName": "public_dns_name",
    "ipOwnerId": "ip_owner_id",
}


class Attachment:
    """How an interface is attached to an instance."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "attachmentId": "id",
        "instanceId": "instance_id",
        "instanceOwnerId": "instance_owner_id",
        "status": "status",
        "attachTime": "attach_time",
        "deviceIndex": ("device_index", int),
        "deleteOnTermination": ("delete_on_termination", is_true),
    }
    _ignored_elements: ClassVar[frozenset[str]] = frozenset({"networkCardIndex"})

    def __init__(self, parent: Any = None) -> None:
        self.id: str | None = None
        self.instance_id: str | None = None
        self.instance_owner_id: str | None = None
        self.device_index = 0
        self.status: str | None = None
        self.attach_time: str | None = None
        self.delete_on_termination = False

    def __repr__(self) -> str:
        return "Attachment:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class PrivateIPAddress:
    """A private IP address of an interface (and its public one, when associated)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "privateIpAddress": "private_ip_address",
        "privateDnsName": "private_dns_name",
        "primary": ("primary", is_true),
        **_ASSOCIATION_FIELDS,
    }
    _ignored_elements: ClassVar[frozenset[str]] = frozenset({"association"})

    def __init__(
        self,
        connection: Any = None,
        private_ip_address: str | None = None,
        primary: bool | None = None,
    ) -> None:
        self.connection = connection
        self.private_ip_address = private_ip_address
        self.primary = primary

    # Set when the response has them.
    private_dns_name: str
    public_ip: str
    public_dns_name: str
    ip_owner_id: str

    def __repr__(self) -> str:
        return "PrivateIPAddress(%s, primary=%s)" % (self.private_ip_address, self.primary)

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class NetworkInterface(TaggedEC2Object):
    """An elastic network interface (an item of an instance's `networkInterfaceSet`)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "networkInterfaceId": "id",
        "subnetId": "subnet_id",
        "vpcId": "vpc_id",
        "availabilityZone": "availability_zone",
        "description": "description",
        "ownerId": "owner_id",
        "status": "status",
        "macAddress": "mac_address",
        "privateIpAddress": "private_ip_address",
        "privateDnsName": "private_dns_name",
        "interfaceType": "interface_type",
        "requesterManaged": ("requester_managed", is_true),
        "sourceDestCheck": ("source_dest_check", is_true),
        **_ASSOCIATION_FIELDS,
    }
    _ignored_elements: ClassVar[frozenset[str]] = frozenset({"association"})

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.subnet_id: str | None = None
        self.vpc_id: str | None = None
        self.availability_zone: str | None = None
        self.description: str | None = None
        self.owner_id: str | None = None
        self.requester_managed = False
        self.status: str | None = None
        self.mac_address: str | None = None
        self.private_ip_address: str | None = None
        self.source_dest_check: bool | None = None
        self.groups: list[Group] = []
        self.attachment: Attachment | None = None
        self.private_ip_addresses: list[PrivateIPAddress] = []

    # Set when the response has them.
    private_dns_name: str
    interface_type: str
    public_ip: str
    public_dns_name: str
    ip_owner_id: str

    def __repr__(self) -> str:
        return "NetworkInterface:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "groupSet":
            self.groups = ResultSet([("item", Group)])
            return self.groups
        if name == "attachment":
            self.attachment = Attachment(self)
            return self.attachment
        if name == "privateIpAddressesSet":
            self.private_ip_addresses = ResultSet([("item", PrivateIPAddress)])
            return self.private_ip_addresses
        return super().startElement(name, attrs, connection)

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)

    def _update(self, updated: NetworkInterface) -> None:
        self.__dict__.update(updated.__dict__)

    def update(self, validate: bool = False, dry_run: bool = False) -> str | None:
        """Refresh every attribute from DescribeNetworkInterfaces; returns the status.

        With `validate`, an interface EC2 does not report raises ValueError.
        """
        found = self.connection.get_all_network_interfaces([self.id], dry_run=dry_run)
        if found:
            self._update(found[0])
        elif validate:
            raise ValueError("%s is not a valid ENI ID" % self.id)
        return self.status

    def attach(self, instance_id: str, device_index: int, dry_run: bool = False) -> bool:
        return self.connection.attach_network_interface(
            self.id, instance_id, device_index, dry_run=dry_run
        )

    def detach(self, force: bool = False, dry_run: bool = False) -> bool:
        attachment_id = getattr(self.attachment, "id", None)
        return self.connection.detach_network_interface(
            attachment_id,  # type: ignore[arg-type]  # EC2 answers the missing id
            force,
            dry_run=dry_run,
        )

    def delete(self, dry_run: bool = False) -> bool:
        return self.connection.delete_network_interface(self.id, dry_run=dry_run)


class NetworkInterfaceSpecification:
    """One interface to create or attach when launching instances."""

    def __init__(
        self,
        network_interface_id: str | None = None,
        device_index: int | None = None,
        subnet_id: str | None = None,
        description: str | None = None,
        private_ip_address: str | None = None,
        groups: list[str] | None = None,
        delete_on_termination: bool | None = None,
        private_ip_addresses: list[PrivateIPAddress] | None = None,
        secondary_private_ip_address_count: int | None = None,
        associate_public_ip_address: bool | None = None,
    ) -> None:
        self.network_interface_id = network_interface_id
        self.device_index = device_index
        self.subnet_id = subnet_id
        self.description = description
        self.private_ip_address = private_ip_address
        self.groups = groups
        self.delete_on_termination = delete_on_termination
        self.private_ip_addresses = private_ip_addresses
        self.secondary_private_ip_address_count = secondary_private_ip_address_count
        self.associate_public_ip_address = associate_public_ip_address

    def build_params(self, params: dict[str, Any], prefix: str) -> None:
        """Add this specification's parameters under `prefix` (e.g. `NetworkInterface.1.`)."""
        params[prefix + "DeviceIndex"] = str(self.device_index or 0)
        optional = {
            "NetworkInterfaceId": self.network_interface_id,
            "SubnetId": self.subnet_id,
            "Description": self.description,
            "PrivateIpAddress": self.private_ip_address,
            "SecondaryPrivateIpAddressCount": self.secondary_private_ip_address_count,
            "DeleteOnTermination": _flag(self.delete_on_termination),
            "AssociatePublicIpAddress": _flag(self.associate_public_ip_address),
        }
        for key, value in optional.items():
            if value is not None:
                params[prefix + key] = str(value)
        for index, group_id in enumerate(self.groups or (), start=1):
            params["%sSecurityGroupId.%d" % (prefix, index)] = group_id
        for index, address in enumerate(self.private_ip_addresses or (), start=1):
            pre = "%sPrivateIpAddresses.%d." % (prefix, index)
            params[pre + "PrivateIpAddress"] = address.private_ip_address
            if address.primary is not None:
                params[pre + "Primary"] = _flag(address.primary)


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


class NetworkInterfaceCollection(list[NetworkInterfaceSpecification]):
    """The interfaces of a run_instances call, as a list of NetworkInterfaceSpecification."""

    def __init__(self, *interfaces: NetworkInterfaceSpecification) -> None:
        super().__init__(interfaces)

    def build_list_params(self, params: dict[str, Any], prefix: str = "") -> None:
        for index, spec in enumerate(self, start=1):
            spec.build_params(params, "%sNetworkInterface.%d." % (prefix, index))
