"""The Query parameters boto 2 built, built the same way (names, numbering, values)."""

from __future__ import annotations

import pytest

from boto.ec2.blockdevicemapping import BlockDeviceMapping, BlockDeviceType
from boto.ec2.connection import EC2Connection
from boto.ec2.networkinterface import (
    NetworkInterfaceCollection,
    NetworkInterfaceSpecification,
    PrivateIPAddress,
)


@pytest.fixture
def conn():
    return EC2Connection("AKIDEXAMPLE", "secret", host="127.0.0.1", port=9, is_secure=False)


def test_filters(conn):
    params = {}
    conn.build_filter_params(
        params, {"instance_state_name": ["running", "stopped"], "tag:Name_Tag": "web"}
    )
    assert params == {
        "Filter.1.Name": "instance-state-name",
        "Filter.1.Value.1": "running",
        "Filter.1.Value.2": "stopped",
        "Filter.2.Name": "tag:Name_Tag",
        "Filter.2.Value.1": "web",
    }


def test_tags_sorted_with_optional_values(conn):
    params = {}
    conn.build_tag_param_list(params, {"b": "2", "a": None})
    assert params == {"Tag.1.Key": "a", "Tag.2.Key": "b", "Tag.2.Value": "2"}


def test_block_device_mapping():
    mapping = BlockDeviceMapping()
    mapping["/dev/sdb"] = BlockDeviceType(ephemeral_name="ephemeral0")
    mapping["/dev/sdc"] = BlockDeviceType(
        snapshot_id="snap-1", size=50, iops=300, volume_type="io1", encrypted=True
    )
    mapping["/dev/sdd"] = BlockDeviceType(no_device=True)
    params = {}
    mapping.ec2_build_list_params(params)
    assert params == {
        "BlockDeviceMapping.1.DeviceName": "/dev/sdb",
        "BlockDeviceMapping.1.VirtualName": "ephemeral0",
        "BlockDeviceMapping.2.DeviceName": "/dev/sdc",
        "BlockDeviceMapping.2.Ebs.SnapshotId": "snap-1",
        "BlockDeviceMapping.2.Ebs.VolumeSize": "50",
        "BlockDeviceMapping.2.Ebs.DeleteOnTermination": "false",
        "BlockDeviceMapping.2.Ebs.VolumeType": "io1",
        "BlockDeviceMapping.2.Ebs.Iops": "300",
        "BlockDeviceMapping.2.Ebs.Encrypted": "true",
        "BlockDeviceMapping.3.DeviceName": "/dev/sdd",
        "BlockDeviceMapping.3.NoDevice": "",
    }


def test_network_interfaces():
    spec = NetworkInterfaceSpecification(
        subnet_id="subnet-1",
        groups=["sg-1", "sg-2"],
        delete_on_termination=True,
        private_ip_addresses=[PrivateIPAddress(private_ip_address="10.0.0.5", primary=True)],
        associate_public_ip_address=False,
    )
    params = {}
    NetworkInterfaceCollection(spec).build_list_params(params)
    assert params == {
        "NetworkInterface.1.DeviceIndex": "0",
        "NetworkInterface.1.SubnetId": "subnet-1",
        "NetworkInterface.1.DeleteOnTermination": "true",
        "NetworkInterface.1.AssociatePublicIpAddress": "false",
        "NetworkInterface.1.SecurityGroupId.1": "sg-1",
        "NetworkInterface.1.SecurityGroupId.2": "sg-2",
        "NetworkInterface.1.PrivateIpAddresses.1.PrivateIpAddress": "10.0.0.5",
        "NetworkInterface.1.PrivateIpAddresses.1.Primary": "true",
    }


def test_ingress_cidr_list(conn):
    params = conn._ingress_params(
        "web", None, None, "tcp", 22, 22, ["10.0.0.0/8", "192.168.0.0/16"], None, None, False
    )
    assert params == {
        "GroupName": "web",
        "IpPermissions.1.IpProtocol": "tcp",
        "IpPermissions.1.FromPort": "22",
        "IpPermissions.1.ToPort": "22",
        "IpPermissions.1.IpRanges.1.CidrIp": "10.0.0.0/8",
        "IpPermissions.1.IpRanges.2.CidrIp": "192.168.0.0/16",
    }


def test_ingress_from_a_group_without_ports_is_three_permissions(conn):
    params = conn._ingress_params(
        None, None, "123456789012", None, None, None, None, "sg-app", "sg-web", True
    )
    assert params["GroupId"] == "sg-app" and params["DryRun"] == "true"
    permissions = sorted(
        (
            params["IpPermissions.%d.IpProtocol" % n],
            params["IpPermissions.%d.FromPort" % n],
            params["IpPermissions.%d.ToPort" % n],
            params["IpPermissions.%d.Groups.1.GroupId" % n],
            params["IpPermissions.%d.Groups.1.UserId" % n],
        )
        for n in (1, 2, 3)
    )
    assert permissions == [
        ("icmp", "-1", "-1", "sg-web", "123456789012"),
        ("tcp", "0", "65535", "sg-web", "123456789012"),
        ("udp", "0", "65535", "sg-web", "123456789012"),
    ]
