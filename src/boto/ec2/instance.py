"""Instances and reservations, with the small objects they are made of."""

from __future__ import annotations

import time

from boto.ec2.blockdevicemapping import BlockDeviceMapping
from boto.ec2.ec2object import EC2Object, TaggedEC2Object
from boto.ec2.group import Group
from boto.ec2.networkinterface import NetworkInterface
from boto.handler import is_true, set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from collections.abc import Callable
    from typing import Any, ClassVar

    from boto.ec2.address import Address
    from boto.ec2.instanceinfo import InstanceInfo
    from boto.handler import ChildFactory, LeafField

# States an instance never leaves on its own, so waiting for another state is pointless.
_FINAL_STATES = {"terminated"}


class InstanceStateTimeout(TimeoutError):
    """`Instance.wait_for_state` gave up: the instance did not reach the state in time."""


class InstanceState:
    """An instance's state: `name` ('running', ...) and `code` (16, ...)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {"name": "name", "code": ("code", int)}

    def __init__(self, code: int = 0, name: str | None = None) -> None:
        self.code = code
        self.name = name

    def __repr__(self) -> str:
        return "%s(%d)" % (self.name, self.code)

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class InstancePlacement:
    """Where an instance runs: availability `zone`, placement `group_name`, `tenancy`."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "availabilityZone": "zone",
        "groupName": "group_name",
        "tenancy": "tenancy",
    }

    def __init__(
        self, zone: str | None = None, group_name: str | None = None, tenancy: str | None = None
    ) -> None:
        self.zone = zone
        self.group_name = group_name
        self.tenancy = tenancy

    def __repr__(self) -> str:
        return str(self.zone)

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class SubParse(dict[str, str]):
    """A nested element kept as a dict of its leaves (e.g. `iamInstanceProfile`)."""

    def __init__(self, section: str, parent: Any = None) -> None:
        super().__init__()
        self.section = section

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name != self.section:
            self[name] = value


class StateReason(SubParse):
    """Why an instance is in its state: {'code': ..., 'message': ...}."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("stateReason", parent)


class ProductCodes(list[str]):
    """An image's or instance's product codes (the codes as strings)."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "productCode":
            self.append(value)


class _MonitoringReader:
    """Reads `<monitoring><state>` into the instance's `monitoring_state` and `monitored`."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "state":
            self.instance.monitoring_state = value
            self.instance.monitored = value == "enabled"


class Reservation(EC2Object):
    """A launch request's result: `id`, `owner_id`, `groups` and `instances`."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "reservationId": "id",
        "ownerId": "owner_id",
        "requesterId": "requester_id",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.owner_id: str | None = None
        self.requester_id: str | None = None
        self.groups: list[Group] = []
        self.instances: list[Instance] = []

    def __repr__(self) -> str:
        return "Reservation:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "instancesSet":
            self.instances = ResultSet([("item", Instance)])
            return self.instances
        if name == "groupSet":
            self.groups = ResultSet([("item", Group)])
            return self.groups
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        super().endElement(name, value, connection)

    def stop_all(self, dry_run: bool = False) -> None:
        for instance in self.instances:
            instance.stop(dry_run=dry_run)


class Instance(TaggedEC2Object):
    """An EC2 instance, with boto 2's attributes and methods."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "instanceId": "id",
        "imageId": "image_id",
        "privateDnsName": "private_dns_name",
        "keyName": "key_name",
        "amiLaunchIndex": "ami_launch_index",
        "instanceType": "instance_type",
        "rootDeviceName": "root_device_name",
        "rootDeviceType": "root_device_type",
        "launchTime": "launch_time",
        "platform": "platform",
        "kernelId": "kernel",
        "ramdiskId": "ramdisk",
        "spotInstanceRequestId": "spot_instance_request_id",
        "subnetId": "subnet_id",
        "vpcId": "vpc_id",
        "privateIpAddress": "private_ip_address",
        "ipAddress": "ip_address",
        "requesterId": "requester_id",
        "clientToken": "client_token",
        "hypervisor": "hypervisor",
        "virtualizationType": "virtualization_type",
        "architecture": "architecture",
        "reason": "reason",
        "instanceLifecycle": "instance_lifecycle",
        "dnsName": "dns_name",
        "publicDnsName": "dns_name",
        # Kept under their own names, as boto 2 kept every element it did not know.
        "sriovNetSupport": "sriovNetSupport",
        "httpTokens": "httpTokens",
        "httpPutResponseHopLimit": "httpPutResponseHopLimit",
        "httpEndpoint": "httpEndpoint",
        "httpProtocolIpv6": "httpProtocolIpv6",
        "instanceMetadataTags": "instanceMetadataTags",
        "ebsOptimized": ("ebs_optimized", is_true),
        "sourceDestCheck": ("source_dest_check", is_true),
        "persistent": ("persistent", is_true),
    }
    _ignored_elements: ClassVar[frozenset[str]] = frozenset(
        {"hibernationOptions", "metadataOptions"}
    )
    # Nested elements and how each is received (assigned below the class).
    _child_factories: ClassVar[dict[str, ChildFactory]]

    # Kept under their own names when the response has them, as boto 2 kept every element
    # it did not know.
    sriovNetSupport: str
    httpTokens: str
    httpPutResponseHopLimit: str
    httpEndpoint: str
    httpProtocolIpv6: str
    instanceMetadataTags: str

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.dns_name: str | None = None
        self.private_dns_name: str | None = None
        self.key_name: str | None = None
        self.instance_type: str | None = None
        self.launch_time: str | None = None
        self.image_id: str | None = None
        self.kernel: str | None = None
        self.ramdisk: str | None = None
        self.product_codes = ProductCodes()
        self.ami_launch_index: str | None = None
        self.monitored = False
        self.monitoring_state: str | None = None
        self.spot_instance_request_id: str | None = None
        self.subnet_id: str | None = None
        self.vpc_id: str | None = None
        self.private_ip_address: str | None = None
        self.ip_address: str | None = None
        self.requester_id: str | None = None
        self.persistent = False
        self.root_device_name: str | None = None
        self.root_device_type: str | None = None
        self.block_device_mapping: BlockDeviceMapping | None = None
        self.state_reason: StateReason | None = None
        self.group_name: str | None = None
        self.client_token: str | None = None
        self.eventsSet: Any = None
        self.groups: list[Group] = []
        self.platform: str | None = None
        self.interfaces: list[NetworkInterface] = []
        self.hypervisor: str | None = None
        self.virtualization_type: str | None = None
        self.architecture: str | None = None
        self.instance_profile: SubParse | None = None
        self.reason: str | None = None
        self.instance_lifecycle: str | None = None
        self.ebs_optimized = False
        self.source_dest_check: bool | None = None
        self._previous_state: InstanceState | None = None
        self._state = InstanceState()
        self._placement = InstancePlacement()

    def __repr__(self) -> str:
        return "Instance:%s" % self.id

    @property
    def public_dns_name(self) -> str | None:
        """The public DNS name (boto 2 kept it twice, as `dns_name` too)."""
        return self.dns_name

    @public_dns_name.setter
    def public_dns_name(self, value: str | None) -> None:
        self.dns_name = value

    @property
    def sourceDestCheck(self) -> bool | None:
        """boto 2's name for `source_dest_check`."""
        return self.source_dest_check

    @property
    def state(self) -> str | None:
        return self._state.name

    @property
    def state_code(self) -> int:
        return self._state.code

    @property
    def previous_state(self) -> str | None:
        return self._previous_state.name if self._previous_state else None

    @property
    def previous_state_code(self) -> int:
        return self._previous_state.code if self._previous_state else 0

    @property
    def placement(self) -> str | None:
        return self._placement.zone

    @placement.setter
    def placement(self, value: str | None) -> None:
        self._placement.zone = value

    @property
    def placement_group(self) -> str | None:
        return self._placement.group_name

    @property
    def placement_tenancy(self) -> str | None:
        return self._placement.tenancy

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        nested = self._child_factories.get(name)
        if nested is not None:
            return nested(self)
        return super().startElement(name, attrs, connection)

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        if name not in _INSTANCE_CONTAINERS and name not in self._ignored_elements:
            super().endElement(name, value, connection)

    # --- talking to EC2 about this instance -------------------------------------------

    def _update(self, updated: Instance) -> None:
        self.__dict__.update(updated.__dict__)

    def _update_state(self, changed: Instance) -> None:
        """Take the states from a Start/Stop/TerminateInstances answer for this instance."""
        self._state = changed._state
        self._previous_state = changed._previous_state

    def update(self, validate: bool = False, dry_run: bool = False) -> str | None:
        """Refresh every attribute from DescribeInstances; returns the state.

        With `validate`, an instance EC2 no longer reports raises ValueError.
        """
        reservations = self.connection.get_all_reservations([self.id], dry_run=dry_run)
        matches = [i for r in reservations for i in r.instances if i.id == self.id]
        if matches:
            self._update(matches[0])
        elif validate:
            raise ValueError("%s is not a valid Instance ID" % self.id)
        return self.state

    def use_ip(self, ip_address: str | Address, dry_run: bool = False) -> bool:
        """Associate an Elastic IP (its address, or an Address) with this instance."""
        from boto.ec2.address import Address

        if isinstance(ip_address, Address):
            ip_address = ip_address.public_ip  # type: ignore[assignment]
        return self.connection.associate_address(self.id, ip_address, dry_run=dry_run)  # type: ignore[arg-type]

    def confirm_product(self, product_code: str, dry_run: bool = False) -> tuple[bool, str | None]:
        """Whether `product_code` is attached to this instance, and the owner's account.
        (boto 2 passed the instance id as the product code and the other way round.)"""
        return self.connection.confirm_product_instance(product_code, self.id, dry_run=dry_run)

    def get_password_data(self, dry_run: bool = False) -> str:
        """This Windows instance's encrypted administrator password (base64)."""
        return self.connection.get_password_data(self.id, dry_run=dry_run)

    def wait_for_state(self, state: str, timeout: float = 600.0, interval: float = 5.0) -> str:
        """Poll `update()` until the instance is in `state`; returns the state.

        Raises InstanceStateTimeout after `timeout` seconds, and ValueError as soon as the
        instance is in a state it never leaves (terminated) that is not the one awaited.
        """
        deadline = time.monotonic() + timeout
        while True:
            current = self.update(validate=True)
            if current == state:
                return current
            if current in _FINAL_STATES:
                raise ValueError("%r is %s and will never be %s" % (self, current, state))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise InstanceStateTimeout(
                    "%r still %s, not %s, after %ss" % (self, current, state, timeout)
                )
            time.sleep(min(interval, remaining))

    def start(self, dry_run: bool = False) -> None:
        changed = self.connection.start_instances([self.id], dry_run=dry_run)
        if changed:
            self._update_state(changed[0])

    def stop(self, force: bool = False, dry_run: bool = False) -> None:
        changed = self.connection.stop_instances([self.id], force, dry_run=dry_run)
        if changed:
            self._update_state(changed[0])

    def terminate(self, dry_run: bool = False) -> None:
        changed = self.connection.terminate_instances([self.id], dry_run=dry_run)
        if changed:
            self._update_state(changed[0])

    def reboot(self, dry_run: bool = False) -> bool:
        return self.connection.reboot_instances([self.id], dry_run=dry_run)

    def get_console_output(self, dry_run: bool = False) -> ConsoleOutput:
        return self.connection.get_console_output(self.id, dry_run=dry_run)

    def monitor(self, dry_run: bool = False) -> ResultSet[InstanceInfo]:
        return self.connection.monitor_instance(self.id, dry_run=dry_run)

    def unmonitor(self, dry_run: bool = False) -> ResultSet[InstanceInfo]:
        return self.connection.unmonitor_instance(self.id, dry_run=dry_run)

    def get_attribute(self, attribute: str, dry_run: bool = False) -> InstanceAttribute:
        """One attribute (instanceType, kernel, ramdisk, userData, ...) from EC2."""
        return self.connection.get_instance_attribute(self.id, attribute, dry_run=dry_run)

    def modify_attribute(self, attribute: str, value: Any, dry_run: bool = False) -> bool:
        return self.connection.modify_instance_attribute(self.id, attribute, value, dry_run=dry_run)

    def reset_attribute(self, attribute: str, dry_run: bool = False) -> bool:
        return self.connection.reset_instance_attribute(self.id, attribute, dry_run=dry_run)

    def create_image(
        self,
        name: str,
        description: str | None = None,
        no_reboot: bool = False,
        dry_run: bool = False,
    ) -> str:
        """Make an AMI of this instance; returns the new image's id."""
        return self.connection.create_image(self.id, name, description, no_reboot, dry_run=dry_run)


def _new_child(attribute: str, factory: Callable[[], Any]) -> ChildFactory:
    """A child factory: make `factory()`, keep it as the instance's `attribute`."""

    def push(instance: Instance) -> Any:
        value = factory()
        setattr(instance, attribute, value)
        return value

    return push


# Nested elements of an instance and how each is received.
Instance._child_factories = {
    "instanceState": _new_child("_state", InstanceState),
    "currentState": _new_child("_state", InstanceState),
    "previousState": _new_child("_previous_state", InstanceState),
    "placement": lambda instance: instance._placement,
    "monitoring": lambda instance: _MonitoringReader(instance),
    "groupSet": _new_child("groups", lambda: ResultSet([("item", Group)])),
    "networkInterfaceSet": _new_child(
        "interfaces", lambda: ResultSet([("item", NetworkInterface)])
    ),
    "blockDeviceMapping": _new_child("block_device_mapping", BlockDeviceMapping),
    "productCodes": lambda instance: instance.product_codes,
    "stateReason": _new_child("state_reason", StateReason),
    "iamInstanceProfile": _new_child("instance_profile", lambda: SubParse("iamInstanceProfile")),
}
# Elements whose end carries nothing for the instance itself: containers read by a child,
# and `<state>`, which means something only inside `<monitoring>` (read by its child).
_INSTANCE_CONTAINERS = {"tagSet", "state", *Instance._child_factories}


class ConsoleOutput:
    """GetConsoleOutput's answer; `output` is the decoded console text (bytes)."""

    def __init__(self, parent: Any = None) -> None:
        self.parent = parent
        self.instance_id: str | None = None
        self.timestamp: str | None = None
        self.comment: str | None = None
        self.output: bytes | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "instanceId":
            self.instance_id = value
        elif name == "timestamp":
            self.timestamp = value
        elif name == "output":
            from base64 import b64decode

            self.output = b64decode(value) if value else None
        elif name != "requestId":
            setattr(self, name, value)


class InstanceAttribute(dict[str, "Any"]):
    """DescribeInstanceAttribute's answer: {attribute name: value}, plus `instance_id`."""

    ValidValues = [
        "instanceType",
        "kernel",
        "ramdisk",
        "userData",
        "disableApiTermination",
        "instanceInitiatedShutdownBehavior",
        "rootDeviceName",
        "blockDeviceMapping",
        "sourceDestCheck",
        "groupSet",
        "ebsOptimized",
        "sriovNetSupport",
        "enaSupport",
        "disableApiStop",
        "productCodes",
    ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__()
        self.instance_id: str | None = None
        self.request_id: str | None = None
        self._current_value: Any = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "blockDeviceMapping":
            self[name] = BlockDeviceMapping()
            return self[name]
        if name == "groupSet":
            self[name] = ResultSet([("item", Group)])
            return self[name]
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "instanceId":
            self.instance_id = value
        elif name == "requestId":
            self.request_id = value
        elif name == "value":
            self._current_value = {"true": True, "false": False}.get(value, value)
        elif name in self.ValidValues and name not in ("blockDeviceMapping", "groupSet"):
            self[name] = self._current_value
