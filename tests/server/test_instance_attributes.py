"""DescribeInstanceAttribute for every attribute EC2 has; ModifyInstanceAttribute for those
EC2 changes (stopped-only ones refused while running), incl. blockDeviceMapping."""

from __future__ import annotations

import pytest
from compute_support import described, launch
from groups_support import expect_error

EVERY_ATTRIBUTE = {
    "instanceType": "InstanceType",
    "kernel": "KernelId",
    "ramdisk": "RamdiskId",
    "userData": "UserData",
    "disableApiTermination": "DisableApiTermination",
    "instanceInitiatedShutdownBehavior": "InstanceInitiatedShutdownBehavior",
    "rootDeviceName": "RootDeviceName",
    "blockDeviceMapping": "BlockDeviceMappings",
    "productCodes": "ProductCodes",
    "sourceDestCheck": "SourceDestCheck",
    "groupSet": "Groups",
    "ebsOptimized": "EbsOptimized",
    "sriovNetSupport": "SriovNetSupport",
    "enaSupport": "EnaSupport",
    "enclaveOptions": "EnclaveOptions",
    "disableApiStop": "DisableApiStop",
}


def _attribute(client, iid: str, name: str):
    answer = client.describe_instance_attribute(InstanceId=iid, Attribute=name)
    assert answer["InstanceId"] == iid
    return answer[EVERY_ATTRIBUTE[name]]


def test_every_attribute_is_answered(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    for name in EVERY_ATTRIBUTE:
        _attribute(ec2_client, iid, name)
    assert _attribute(ec2_client, iid, "rootDeviceName") == {"Value": "/dev/xvda"}
    assert _attribute(ec2_client, iid, "productCodes") == []
    assert _attribute(ec2_client, iid, "enclaveOptions") == {"Enabled": False}
    assert _attribute(ec2_client, iid, "disableApiStop") == {"Value": False}
    mappings = _attribute(ec2_client, iid, "blockDeviceMapping")
    assert [m["DeviceName"] for m in mappings] == ["/dev/xvda"]


@pytest.mark.parametrize(
    ("member", "value", "attribute", "expected"),
    [
        (
            "Kernel",
            {"Value": "aki-0123456789abcdef0"},
            "kernel",
            {"Value": "aki-0123456789abcdef0"},
        ),
        (
            "Ramdisk",
            {"Value": "ari-0123456789abcdef0"},
            "ramdisk",
            {"Value": "ari-0123456789abcdef0"},
        ),
        ("SriovNetSupport", {"Value": "simple"}, "sriovNetSupport", {"Value": "simple"}),
        ("EbsOptimized", {"Value": True}, "ebsOptimized", {"Value": True}),
        ("EnaSupport", {"Value": False}, "enaSupport", {"Value": False}),
        ("EnclaveOptions", {"Enabled": True}, "enclaveOptions", {"Enabled": True}),
    ],
)
def test_stopped_only_attributes(ec2_client, member, value, attribute, expected):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    before = _attribute(ec2_client, iid, attribute)
    error = expect_error(
        ec2_client.modify_instance_attribute,
        "IncorrectInstanceState",
        InstanceId=iid,
        **{member: value},
    )
    assert "stopped" in error["Message"]
    assert _attribute(ec2_client, iid, attribute) == before
    ec2_client.stop_instances(InstanceIds=[iid])
    ec2_client.modify_instance_attribute(InstanceId=iid, **{member: value})
    assert _attribute(ec2_client, iid, attribute) == expected


def test_attribute_value_form_sets_kernel_and_sriov(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    ec2_client.stop_instances(InstanceIds=[iid])
    ec2_client.modify_instance_attribute(InstanceId=iid, Attribute="kernel", Value="aki-01234567")
    assert _attribute(ec2_client, iid, "kernel") == {"Value": "aki-01234567"}
    ec2_client.reset_instance_attribute(InstanceId=iid, Attribute="kernel")
    assert _attribute(ec2_client, iid, "kernel") == {}
    expect_error(
        ec2_client.modify_instance_attribute,
        "InvalidParameterValue",
        InstanceId=iid,
        Attribute="sriovNetSupport",
        Value="complex",
    )
    ec2_client.modify_instance_attribute(
        InstanceId=iid, Attribute="sriovNetSupport", Value="simple"
    )
    assert described(ec2_client, InstanceIds=[iid])[0]["SriovNetSupport"] == "simple"


@pytest.mark.parametrize("attribute", ["rootDeviceName", "productCodes"])
def test_read_only_attributes_are_refused(ec2_client, attribute):
    (instance,) = launch(ec2_client)
    expect_error(
        ec2_client.modify_instance_attribute,
        "InvalidParameterValue",
        InstanceId=instance["InstanceId"],
        Attribute=attribute,
        Value="x",
    )


def _volume(client, volume_id):
    return client.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]


def test_block_device_mapping_delete_on_termination(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    root = instance["BlockDeviceMappings"][0]["Ebs"]["VolumeId"]
    zone = instance["Placement"]["AvailabilityZone"]
    extra = ec2_client.create_volume(Size=1, AvailabilityZone=zone)["VolumeId"]
    ec2_client.attach_volume(VolumeId=extra, InstanceId=iid, Device="/dev/sdf")
    # running is fine: only the flags change
    ec2_client.modify_instance_attribute(
        InstanceId=iid,
        BlockDeviceMappings=[
            {"DeviceName": "/dev/xvda", "Ebs": {"DeleteOnTermination": False}},
            {"DeviceName": "/dev/sdf", "Ebs": {"VolumeId": extra}},  # no flag: true
        ],
    )
    flags = {
        m["DeviceName"]: m["Ebs"]["DeleteOnTermination"]
        for m in described(ec2_client, InstanceIds=[iid])[0]["BlockDeviceMappings"]
    }
    assert flags == {"/dev/xvda": False, "/dev/sdf": True}
    assert _volume(ec2_client, root)["Attachments"][0]["DeleteOnTermination"] is False
    assert _volume(ec2_client, extra)["Attachments"][0]["DeleteOnTermination"] is True
    attribute = _attribute(ec2_client, iid, "blockDeviceMapping")
    assert {m["DeviceName"]: m["Ebs"]["DeleteOnTermination"] for m in attribute} == flags
    ec2_client.terminate_instances(InstanceIds=[iid])
    remaining = {v["VolumeId"]: v["State"] for v in ec2_client.describe_volumes()["Volumes"]}
    assert remaining == {root: "available"}  # the root kept, the extra volume deleted


def test_block_device_mapping_errors_change_nothing(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    expect_error(
        ec2_client.modify_instance_attribute,
        "InvalidInstanceAttributeValue",
        InstanceId=iid,
        BlockDeviceMappings=[
            {"DeviceName": "/dev/xvda", "Ebs": {"DeleteOnTermination": False}},
            {"DeviceName": "/dev/sdz", "Ebs": {"DeleteOnTermination": False}},
        ],
    )
    expect_error(
        ec2_client.modify_instance_attribute,
        "InvalidInstanceAttributeValue",
        InstanceId=iid,
        BlockDeviceMappings=[
            {"DeviceName": "/dev/xvda", "Ebs": {"VolumeId": "vol-0123456789abcdef0"}}
        ],
    )
    expect_error(
        ec2_client.modify_instance_attribute,
        "MissingParameter",
        InstanceId=iid,
        Attribute="blockDeviceMapping",
        Value="/dev/xvda",
    )
    mapping = described(ec2_client, InstanceIds=[iid])[0]["BlockDeviceMappings"][0]
    assert mapping["Ebs"]["DeleteOnTermination"] is True


def test_cli_modify_block_device_mapping_and_describe(aws_cli, ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    aws_cli(
        "modify-instance-attribute",
        "--instance-id",
        iid,
        "--block-device-mappings",
        '[{"DeviceName": "/dev/xvda", "Ebs": {"DeleteOnTermination": false}}]',
    )
    out = aws_cli(
        "describe-instance-attribute", "--instance-id", iid, "--attribute", "blockDeviceMapping"
    )
    assert out["BlockDeviceMappings"][0]["Ebs"]["DeleteOnTermination"] is False
