"""boto 2's EC2Connection methods that were missing, against moto's server where it answers
the action: Spot requests and prices, Reserved Instance offerings, network interfaces,
account and VPC attributes, passwords, copies, kernels and instance types."""

from __future__ import annotations

import re

import pytest
from ec2_support import ZONE, x86_image_id

from boto.ec2.attributes import AccountAttribute, VPCAttribute
from boto.ec2.image import CopyImage
from boto.ec2.instancetype import InstanceType
from boto.ec2.launchspecification import LaunchSpecification
from boto.ec2.networkinterface import NetworkInterface
from boto.ec2.reservedinstance import ReservedInstancesOffering
from boto.ec2.spotinstancerequest import SpotInstanceRequest, SpotInstanceStatus
from boto.ec2.spotpricehistory import SpotPriceHistory
from boto.exception import EC2ResponseError


def _expect_error(code: str, status: int, call, *args, **kwargs) -> EC2ResponseError:
    with pytest.raises(EC2ResponseError) as caught:
        call(*args, **kwargs)
    assert (caught.value.error_code, caught.value.status) == (code, status)
    assert caught.value.request_id
    return caught.value


def _default_subnet(conn) -> tuple[str, str]:
    body = conn.make_request("DescribeSubnets", {}, verb="POST").read()
    subnet = re.search(rb"<subnetId>(subnet-[0-9a-f]+)</subnetId>", body).group(1).decode()
    vpc = re.search(rb"<vpcId>(vpc-[0-9a-f]+)</vpcId>", body).group(1).decode()
    return subnet, vpc


# --- Spot Instances -------------------------------------------------------------------------


def test_request_describe_cancel_spot_instances(conn):
    image_id = x86_image_id(conn)
    requests = conn.request_spot_instances(
        "0.05", image_id, count=2, instance_type="t2.micro", placement=ZONE
    )
    assert len(requests) == 2
    request = requests[0]
    assert isinstance(request, SpotInstanceRequest)
    assert request.id.startswith("sir-")
    assert request.price == 0.05
    assert request.type == "one-time"
    assert isinstance(request.launch_specification, LaunchSpecification)
    assert request.launch_specification.image_id == image_id
    assert request.launch_specification.instance_type == "t2.micro"
    assert repr(request) == "SpotInstanceRequest:%s" % request.id

    (described,) = conn.get_all_spot_instance_requests([request.id])
    assert described.id == request.id
    assert isinstance(described.status, SpotInstanceStatus)
    assert described.status.code

    cancelled = request.cancel()
    assert [(c.id, c.state) for c in cancelled] == [(request.id, "cancelled")]


def test_request_spot_instances_dry_run(conn):
    _expect_error(
        "DryRunOperation",
        412,
        conn.request_spot_instances,
        "0.05",
        x86_image_id(conn),
        dry_run=True,
    )


def test_launch_group_filter_by_name_warns(conn):
    with pytest.warns(UserWarning, match="launch.group-id"):
        conn.get_all_spot_instance_requests(filters={"launch.group-id": "default"})


def test_spot_price_history(conn):
    prices = conn.get_spot_price_history(instance_type="t2.micro")
    assert prices
    assert all(isinstance(p, SpotPriceHistory) for p in prices)
    assert {p.instance_type for p in prices} == {"t2.micro"}
    assert isinstance(prices[0].price, float)
    assert prices[0].availability_zone and prices[0].timestamp
    assert repr(prices[0]).startswith("SpotPriceHistory(t2.micro):")


# --- Reserved Instances ----------------------------------------------------------------------


def test_reserved_instances_offerings(conn):
    offerings = conn.get_all_reserved_instances_offerings(instance_type="t2.micro")
    assert offerings
    offering = offerings[0]
    assert isinstance(offering, ReservedInstancesOffering)
    assert offering.instance_type == "t2.micro"
    assert isinstance(offering.duration, int)
    assert offering.id and offering.availability_zone


# --- network interfaces ----------------------------------------------------------------------


def test_network_interface_lifecycle(conn):
    subnet_id, vpc_id = _default_subnet(conn)
    group = conn.create_security_group("eni", "for the interface", vpc_id=vpc_id)
    interface = conn.create_network_interface(subnet_id, description="d", groups=[group])
    assert isinstance(interface, NetworkInterface)
    assert interface.id.startswith("eni-")
    assert (interface.subnet_id, interface.description, interface.status) == (
        subnet_id,
        "d",
        "available",
    )
    assert [g.id for g in interface.groups] == [group.id]

    (listed,) = conn.get_all_network_interfaces([interface.id])
    assert listed.id == interface.id
    assert conn.get_all_network_interfaces(filters={"subnet-id": subnet_id})

    instance = conn.run_instances(x86_image_id(conn), subnet_id=subnet_id).instances[0]
    assert interface.attach(instance.id, 1)
    assert interface.update() == "in-use"
    assert interface.attachment.instance_id == instance.id
    assert interface.attachment.device_index == 1

    assert conn.modify_network_interface_attribute(interface.id, "description", "new")
    assert conn.modify_network_interface_attribute(interface.id, "sourceDestCheck", False)
    interface.update()
    assert interface.description == "new"

    assert conn.assign_private_ip_addresses(interface.id, secondary_private_ip_address_count=2)
    interface.update()
    assert len(interface.private_ip_addresses) == 3
    secondary = interface.private_ip_addresses[-1].private_ip_address
    assert conn.unassign_private_ip_addresses(interface.id, [secondary])
    interface.update()
    assert secondary not in [p.private_ip_address for p in interface.private_ip_addresses]

    assert interface.detach()
    assert interface.delete()
    _expect_error("InvalidNetworkInterfaceID.NotFound", 400, interface.delete)
    # EC2 refuses to describe an id it does not know (boto 2's `validate` never comes into it).
    _expect_error("InvalidNetworkInterfaceID.NotFound", 400, interface.update, validate=True)


def test_network_interface_errors(conn):
    _expect_error(
        "InvalidNetworkInterfaceID.NotFound", 400, conn.get_all_network_interfaces, ["eni-12345678"]
    )
    with pytest.raises(ValueError, match="attachment_id"):
        conn.modify_network_interface_attribute("eni-1", "deleteOnTermination", True)
    with pytest.raises(ValueError, match="must be a boolean"):
        conn.modify_network_interface_attribute("eni-1", "sourceDestCheck", "yes")
    with pytest.raises(ValueError, match="Unknown attribute"):
        conn.modify_network_interface_attribute("eni-1", "mtu", "9001")


# --- account and VPC attributes ----------------------------------------------------------------


def test_account_attributes(conn):
    attributes = conn.describe_account_attributes()
    assert all(isinstance(a, AccountAttribute) for a in attributes)
    by_name = {a.attribute_name: a.attribute_values for a in attributes}
    assert by_name["supported-platforms"] == ["EC2", "VPC"]
    assert by_name["max-instances"] == ["20"]


def test_vpc_attributes(conn):
    _subnet_id, vpc_id = _default_subnet(conn)
    support = conn.describe_vpc_attribute(vpc_id, "enableDnsSupport")
    assert isinstance(support, VPCAttribute)
    assert (support.vpc_id, support.enable_dns_support) == (vpc_id, True)
    assert conn.modify_vpc_attribute(vpc_id, enable_dns_hostnames=False)
    hostnames = conn.describe_vpc_attribute(vpc_id, "enableDnsHostnames")
    assert hostnames.enable_dns_hostnames is False
    assert conn.modify_vpc_attribute(vpc_id, enable_dns_hostnames=True)
    assert conn.describe_vpc_attribute(vpc_id, "enableDnsHostnames").enable_dns_hostnames is True
    _expect_error(
        "InvalidVpcID.NotFound",
        400,
        conn.describe_vpc_attribute,
        "vpc-12345678",
        "enableDnsSupport",
    )


# --- instances: passwords, products, types -------------------------------------------------------


def test_password_data(conn, instance):
    password = conn.get_password_data(instance.id)
    assert isinstance(password, str) and password  # moto makes one up for every call
    assert isinstance(instance.get_password_data(), str)
    _expect_error("InvalidInstanceID.NotFound", 400, conn.get_password_data, "i-1234567890abcdef0")


def test_instance_use_ip(conn, instance):
    address = conn.allocate_address()
    assert instance.use_ip(address)
    (described,) = conn.get_all_addresses([address.public_ip])
    assert described.instance_id == instance.id


def test_instance_types(conn):
    types = conn.get_all_instance_types()
    assert len(types) > 100
    assert all(isinstance(t, InstanceType) for t in types)
    micro = next(t for t in types if t.name == "t2.micro")
    assert (micro.cores, micro.memory) == ("1", "1024")
    assert repr(micro).startswith("InstanceType:t2.micro-1,1024")


# --- images and snapshots -------------------------------------------------------------------------


def test_copy_image_and_snapshot(conn, volume):
    image_id = x86_image_id(conn)
    copy = conn.copy_image("us-east-1", image_id, name="copy", description="a copy")
    assert isinstance(copy, CopyImage)
    assert copy.image_id.startswith("ami-") and copy.image_id != image_id
    assert conn.get_image(copy.image_id).name == "copy"

    snapshot = conn.create_snapshot(volume.id)
    copied = conn.copy_snapshot("us-east-1", snapshot.id, "copied")
    assert isinstance(copied, str) and copied.startswith("snap-") and copied != snapshot.id
    (described,) = conn.get_all_snapshots([copied])
    assert described.description == "copied"
    _expect_error(
        "InvalidSnapshot.NotFound", 400, conn.copy_snapshot, "us-east-1", "snap-1234567890abcdef0"
    )


def test_kernels_and_ramdisks_are_image_type_filters(conn):
    assert list(conn.get_all_kernels()) == []
    assert list(conn.get_all_ramdisks(owners=["amazon"])) == []


def test_trim_snapshots_keeps_the_newest(conn, volume):
    first = conn.create_snapshot(volume.id)
    second = conn.create_snapshot(volume.id)
    for snapshot in (first, second):
        snapshot.add_tag("Name", "data")
    conn.trim_snapshots()
    remaining = {s.id for s in conn.get_all_snapshots(owner="self")}
    # Both were taken this hour: the oldest of the period stays, and so does the newest.
    assert {first.id, second.id} <= remaining
