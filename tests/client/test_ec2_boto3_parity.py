"""boto's objects agree with what boto3 (botocore's parser) reads from the same server."""

from __future__ import annotations

import boto3
import pytest
from ec2_support import KEY, x86_image_id


@pytest.fixture
def client(moto_endpoint):
    return boto3.client(
        "ec2",
        region_name="us-east-1",
        endpoint_url=moto_endpoint,
        aws_access_key_id=KEY,
        aws_secret_access_key=KEY,
    )


def test_instances_match_boto3(conn, client):
    group = conn.create_security_group("web", "Web")
    conn.create_key_pair("kp")
    reservation = conn.run_instances(
        x86_image_id(conn),
        min_count=2,
        max_count=2,
        key_name="kp",
        security_group_ids=[group.id],
        instance_type="t2.small",
        monitoring_enabled=True,
    )
    conn.create_tags([reservation.instances[0].id], {"Name": "first"})
    conn.stop_instances([reservation.instances[1].id])

    theirs = {
        i["InstanceId"]: i
        for r in client.describe_instances()["Reservations"]
        for i in r["Instances"]
    }
    ours = {i.id: i for i in conn.get_only_instances()}
    assert set(ours) == set(theirs)
    for instance_id, mine in ours.items():
        other = theirs[instance_id]
        assert (mine.state, mine.state_code) == (other["State"]["Name"], other["State"]["Code"])
        assert mine.image_id == other["ImageId"]
        assert mine.instance_type == other["InstanceType"]
        assert mine.key_name == other["KeyName"]
        assert mine.placement == other["Placement"]["AvailabilityZone"]
        assert mine.private_ip_address == other.get("PrivateIpAddress")
        assert mine.ip_address == other.get("PublicIpAddress")
        assert mine.dns_name == other.get("PublicDnsName")
        assert mine.private_dns_name == other.get("PrivateDnsName")
        assert (mine.subnet_id, mine.vpc_id) == (other.get("SubnetId"), other.get("VpcId"))
        assert mine.monitored == (other["Monitoring"]["State"] == "enabled")
        assert mine.ebs_optimized == other["EbsOptimized"]
        assert mine.architecture == other["Architecture"]
        assert (mine.root_device_type, mine.root_device_name) == (
            other["RootDeviceType"],
            other["RootDeviceName"],
        )
        assert [(g.id, g.name) for g in mine.groups] == [
            (g["GroupId"], g["GroupName"]) for g in other["SecurityGroups"]
        ]
        assert mine.tags == {t["Key"]: t["Value"] for t in other.get("Tags", [])}
        assert sorted(mine.block_device_mapping) == sorted(
            m["DeviceName"] for m in other["BlockDeviceMappings"]
        )
        for device in other["BlockDeviceMappings"]:
            assert (
                mine.block_device_mapping[device["DeviceName"]].volume_id
                == (device["Ebs"]["VolumeId"])
            )
        assert [(n.id, n.mac_address, n.private_ip_address) for n in mine.interfaces] == [
            (n["NetworkInterfaceId"], n["MacAddress"], n["PrivateIpAddress"])
            for n in other["NetworkInterfaces"]
        ]


def test_security_groups_match_boto3(conn, client):
    web = conn.create_security_group("web", "Web")
    app = conn.create_security_group("app", "App")
    web.authorize("tcp", 80, 80, ["0.0.0.0/0", "10.0.0.0/8"])
    app.authorize(src_group=web)

    theirs = {g["GroupId"]: g for g in client.describe_security_groups()["SecurityGroups"]}
    ours = {g.id: g for g in conn.get_all_security_groups()}
    assert set(ours) == set(theirs)
    for group_id, mine in ours.items():
        other = theirs[group_id]
        assert (mine.name, mine.description, mine.owner_id, mine.vpc_id) == (
            other["GroupName"],
            other["Description"],
            other["OwnerId"],
            other["VpcId"],
        )
        for rules, permissions in (
            (mine.rules, other["IpPermissions"]),
            (mine.rules_egress, other["IpPermissionsEgress"]),
        ):
            assert [(r.ip_protocol, r.from_port, r.to_port) for r in rules] == [
                (p["IpProtocol"], _port(p.get("FromPort")), _port(p.get("ToPort")))
                for p in permissions
            ]
            assert [sorted(g.cidr_ip or g.group_id for g in r.grants) for r in rules] == [
                sorted(
                    [c["CidrIp"] for c in p["IpRanges"]]
                    + [s["GroupId"] for s in p["UserIdGroupPairs"]]
                )
                for p in permissions
            ]


def _port(value):
    """boto 2 keeps ports as the strings EC2 sent."""
    return None if value is None else str(value)
