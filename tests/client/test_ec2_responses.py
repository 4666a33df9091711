"""AWS's published example responses (EC2 API reference), parsed into boto objects.

Each file under `responses/` is the example response of one action as the API reference
prints it; the assertions are the values printed there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from boto import handler
from boto.ec2.connection import EC2Connection, _DescribedRegion
from boto.ec2.image import Image
from boto.ec2.instance import ConsoleOutput, Instance, InstanceAttribute, Reservation
from boto.ec2.instanceinfo import InstanceInfo
from boto.ec2.keypair import KeyPair
from boto.ec2.securitygroup import SecurityGroup
from boto.ec2.tag import Tag
from boto.ec2.zone import Zone
from boto.resultset import ResultSet

RESPONSES = Path(__file__).parent / "responses"


def parse_list(name: str, cls: type) -> ResultSet:
    result = ResultSet([("item", cls)])
    handler.parse((RESPONSES / name).read_bytes(), result, None)
    return result


def parse_object(name: str, cls: type):
    obj = cls(None)
    handler.parse((RESPONSES / name).read_bytes(), obj, None)
    return obj


def test_describe_instances():
    reservations = parse_list("describe_instances.xml", Reservation)
    assert reservations.request_id == "8f7724cf-496f-496e-8fe3-example"
    [reservation] = reservations
    assert repr(reservation) == "Reservation:r-1234567890abcdef0"
    assert reservation.owner_id == "123456789012"
    [instance] = reservation.instances
    assert repr(instance) == "Instance:i-1234567890abcdef0"
    assert instance.image_id == "ami-bff32ccc"
    assert (instance.state, instance.state_code) == ("running", 16)
    assert instance.private_dns_name == "ip-192-168-1-88.eu-west-1.compute.internal"
    assert (
        instance.dns_name
        == instance.public_dns_name
        == ("ec2-54-194-252-215.eu-west-1.compute.amazonaws.com")
    )
    assert instance.key_name == "my_keypair"
    assert instance.instance_type == "t2.micro"
    assert instance.launch_time == "2018-05-08T16:46:19.000Z"
    assert instance.placement == "eu-west-1c"
    assert instance.placement_tenancy == "default"
    assert instance.monitored is False and instance.monitoring_state == "disabled"
    assert (instance.subnet_id, instance.vpc_id) == ("subnet-56f5f633", "vpc-11112222")
    assert (instance.private_ip_address, instance.ip_address) == ("192.168.1.88", "54.194.252.215")
    assert instance.source_dest_check is True and instance.sourceDestCheck is True
    assert instance.ebs_optimized is False
    assert [(g.id, g.name) for g in instance.groups] == [("sg-e4076980", "SecurityGroup1")]
    assert instance.architecture == "x86_64"
    assert (instance.root_device_type, instance.root_device_name) == ("ebs", "/dev/xvda")
    device = instance.block_device_mapping["/dev/xvda"]
    assert (device.volume_id, device.status, device.delete_on_termination) == (
        "vol-1234567890abcdef0",
        "attached",
        True,
    )
    assert instance.virtualization_type == "hvm"
    assert instance.hypervisor == "xen"
    assert instance.client_token == "xMcwG14507example"
    assert instance.tags == {"Name": "Server_1"}
    assert instance.instance_profile == {
        "arn": "arn:aws:iam::123456789012:instance-profile/AdminRole",
        "id": "ABCAJEDNCAA64SSD123AB",
    }
    [interface] = instance.interfaces
    assert repr(interface) == "NetworkInterface:eni-551ba033"
    assert interface.mac_address == "02:dd:2c:5e:01:69"
    assert interface.public_ip == "54.194.252.215"
    assert (interface.attachment.id, interface.attachment.device_index) == (
        "eni-attach-39697adc",
        0,
    )
    assert interface.attachment.delete_on_termination is True
    [address] = interface.private_ip_addresses
    assert (address.private_ip_address, address.primary) == ("192.168.1.88", True)
    assert [g.id for g in interface.groups] == ["sg-e4076980"]


@pytest.mark.parametrize(
    "name, current, previous",
    [
        ("stop_instances.xml", ("stopping", 64), ("running", 16)),
        ("terminate_instances.xml", ("shutting-down", 32), ("running", 16)),
    ],
)
def test_instance_state_changes(name, current, previous):
    [instance] = parse_list(name, Instance)
    assert instance.id == "i-1234567890abcdef0"
    assert (instance.state, instance.state_code) == current
    assert (instance.previous_state, instance.previous_state_code) == previous


def test_describe_instance_attribute():
    attribute = parse_object("describe_instance_attribute_instance_type.xml", InstanceAttribute)
    assert attribute == {"instanceType": "t1.micro"}
    assert attribute.instance_id == "i-1234567890abcdef0"
    flag = parse_object(
        "describe_instance_attribute_disable_api_termination.xml", InstanceAttribute
    )
    assert flag == {"disableApiTermination": False}


def test_get_console_output_is_decoded():
    output = parse_object("get_console_output.xml", ConsoleOutput)
    assert output.instance_id == "i-1234567890abcdef0"
    assert output.timestamp == "2022-10-14T01:12:41.000Z"
    assert output.output.startswith(b"Linux version 2.6.16-xenU")
    assert output.output.endswith(b"Enabling fast FPU save and restore... done.\n")


def test_describe_key_pairs():
    [key_pair] = parse_list("describe_key_pairs.xml", KeyPair)
    assert repr(key_pair) == "KeyPair:my-key-pair"
    assert key_pair.fingerprint == ("1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca:9f:f5:f1:6f")
    assert key_pair.material is None


def test_create_key_pair_keeps_material_and_tags():
    key_pair = parse_object("create_key_pair.xml", KeyPair)
    assert key_pair.name == "my-key-pair"
    assert key_pair.id == "key-abcd12345eEXAMPLE"
    assert key_pair.material.startswith("---- BEGIN RSA PRIVATE KEY ----\nMIICiTCCAfIC")
    assert key_pair.material.endswith("-----END RSA PRIVATE KEY-----")
    assert key_pair.tags == {"purpose": "production"}


def test_describe_security_groups_with_peered_group_grant():
    [group] = parse_list("describe_security_groups_peered.xml", SecurityGroup)
    assert repr(group) == "SecurityGroup:MySecurityGroup"
    assert (group.id, group.owner_id, group.vpc_id) == (
        "sg-1a2b3c4d",
        "123456789012",
        "vpc-81326ae4",
    )
    assert group.description == "MySecurityGroup"
    assert repr(group.rules) == "[IPPermissions:tcp(22-22), IPPermissions:icmp(-1--1)]"
    assert [repr(g) for g in group.rules[0].grants] == ["0.0.0.0/0"]
    [peer] = group.rules[1].grants
    assert (peer.group_id, peer.owner_id) == ("sg-11aa22bb", "111222333444")
    assert repr(peer) == "sg-11aa22bb-111222333444"
    assert repr(group.rules_egress) == "[IPPermissions:-1(None-None)]"


def test_describe_default_security_group():
    [group] = parse_list("describe_security_groups_default.xml", SecurityGroup)
    assert group.name == "default"
    assert repr(group.rules) == "[IPPermissions:-1(None-None), IPPermissions:tcp(3389-3389)]"
    [itself] = group.rules[0].grants
    assert itself.group_id == "sg-bcc24bcd"
    [cidr] = group.rules[1].grants
    assert (cidr.cidr_ip, cidr.description) == ("203.0.113.0/24", "RDP access from B network")


def test_create_security_group():
    group = parse_object("create_security_group.xml", SecurityGroup)
    assert group.id == "sg-0a42d66a"
    assert group.status is True


def test_describe_images_from_the_2007_api_reference():
    """The only DescribeImages example response we could retrieve is the 2007-01-19
    Developer Guide's (the current reference's example was not reachable offline): its
    namespace carries no trailing slash and its owner id is an old-style canonical id."""
    [image] = parse_list("describe_images_2007.xml", Image)
    assert repr(image) == "Image:ami-61a54008"
    assert (image.location, image.state) == ("aes-ttylinux/image.manifest", "available")
    assert image.owner_id == "UYY3TLBUXIEON5NQVUUX6OMPWBZIQNFM"
    assert image.is_public is False


def test_run_instances_from_the_2007_developer_guide():
    """AWS's RunInstances example response of the 2007-08-29 Developer Guide (three
    instances of ami-60a54009; we could retrieve no newer one offline)."""
    reservation = parse_object("run_instances_2007.xml", Reservation)
    assert repr(reservation) == "Reservation:r-47a5402e"
    assert reservation.owner_id == "495219933132"
    assert [group.id for group in reservation.groups] == ["default"]
    assert [i.id for i in reservation.instances] == ["i-2ba64342", "i-2bc64242", "i-2be64332"]
    assert [i.ami_launch_index for i in reservation.instances] == ["0", "1", "2"]
    for instance in reservation.instances:
        assert (instance.state, instance.state_code) == ("pending", 0)
        assert (instance.image_id, instance.instance_type) == ("ami-60a54009", "m1.small")
        assert instance.key_name == "example-key-name"
        assert instance.launch_time == "2007-08-07T11:51:50.000Z"
        assert instance.placement == "us-east-1b"
        assert instance.dns_name == instance.private_dns_name == ""  # empty, as in boto 2


def test_describe_regions():
    regions = parse_list("describe_regions.xml", _DescribedRegion)
    assert repr(regions) == "[RegionInfo:us-east-1, RegionInfo:eu-west-1]"
    assert [r.endpoint for r in regions] == [
        "ec2.us-east-1.amazonaws.com",
        "ec2.eu-west-1.amazonaws.com",
    ]
    assert regions[1].geography == ["Ireland"]
    assert regions[0].connection_cls is EC2Connection


def test_describe_availability_zones():
    zones = parse_list("describe_availability_zones.xml", Zone)
    assert [z.name for z in zones] == ["us-west-2a", "us-west-2b", "us-west-2c", "us-west-2d"]
    first = zones[0]
    assert repr(first) == "Zone:us-west-2a"
    assert (first.state, first.region_name, first.zone_id) == ("available", "us-west-2", "usw2-az1")
    assert first.messages == []
    assert first.sub_geography == ["Oregon"]


def test_describe_tags():
    tags = parse_list("describe_tags.xml", Tag)
    assert tags.request_id == "7a62c49f-347e-4fc4-9331-6e8eEXAMPLE"
    assert [(t.res_id, t.res_type, t.name, t.value) for t in tags[:2]] == [
        ("ami-1a2b3c4d", "image", "webserver", ""),
        ("ami-1a2b3c4d", "image", "stack", "Production"),
    ]
    assert repr(tags[-1]) == "Tag:stack"
    assert len(tags) == 6


def test_start_instances():
    [instance] = parse_list("start_instances.xml", Instance)
    assert (instance.state, instance.state_code) == ("pending", 0)
    assert (instance.previous_state, instance.previous_state_code) == ("stopped", 80)


def test_reboot_instances_status():
    status = ResultSet()
    handler.parse((RESPONSES / "reboot_instances.xml").read_bytes(), status, None)
    assert status.status is True
    assert status.request_id == "59dbff89-35bd-4eac-99ed-be587EXAMPLE"


def test_monitor_instances():
    infos = parse_list("monitor_instances.xml", InstanceInfo)
    assert repr(infos) == "[InstanceInfo:i-1234567890abcdef0, InstanceInfo:i-0598c7d356eba48d7]"
    assert [info.state for info in infos] == ["pending", "pending"]


def test_import_key_pair():
    key_pair = parse_object("import_key_pair.xml", KeyPair)
    assert (key_pair.name, key_pair.id) == ("my-key-pair", "key-abced1234eEXAMPLE")
    assert key_pair.fingerprint.startswith("1f:51:ae:28")
    assert key_pair.material is None
    assert key_pair.tags == {"purpose": "production"}
