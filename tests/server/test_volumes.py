"""EBS volumes on localec2 (boto3 and the AWS CLI): CreateVolume, DescribeVolumes,
DeleteVolume, AttachVolume, DetachVolume, and an instance's own root volume."""

from __future__ import annotations

import dataclasses
import time

import boto3
import pytest
from compute_support import launch
from groups_support import expect_error
from storage_support import client_for, states_until
from test_tags_dependents import described_instance, parts_of

from localec2.embedded import LocalEC2


def zone_of(client) -> str:
    return client.describe_availability_zones()["AvailabilityZones"][0]["ZoneName"]


def volume_ids(client, **kwargs) -> list[str]:
    return sorted(v["VolumeId"] for v in client.describe_volumes(**kwargs)["Volumes"])


def one_volume(client, volume_id: str) -> dict:
    (volume,) = client.describe_volumes(VolumeIds=[volume_id])["Volumes"]
    return volume


@pytest.fixture
def zone(ec2_client) -> str:
    return zone_of(ec2_client)


@pytest.fixture
def running(ec2_client) -> dict:
    (launched,) = launch(ec2_client)
    return described_instance(ec2_client, launched["InstanceId"])


def test_create_volume_answers_and_describes_it(ec2_client, zone):
    created = ec2_client.create_volume(
        AvailabilityZone=zone,
        Size=20,
        VolumeType="gp3",
        Encrypted=True,
        TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "data"}]}],
    )
    assert created["VolumeId"].startswith("vol-")
    assert (created["Size"], created["State"], created["VolumeType"]) == (20, "available", "gp3")
    assert (created["Iops"], created["Throughput"], created["Encrypted"]) == (3000, 125, True)
    volume = one_volume(ec2_client, created["VolumeId"])
    assert volume["AvailabilityZone"] == zone
    assert volume["Attachments"] == []
    assert volume["Tags"] == [{"Key": "Name", "Value": "data"}]
    assert volume["CreateTime"] == created["CreateTime"]


def test_gp2_iops_follow_the_size_and_io1_keeps_its_own(ec2_client, zone):
    gp2 = ec2_client.create_volume(AvailabilityZone=zone, Size=50)
    assert (gp2["VolumeType"], gp2["Iops"]) == ("gp2", 150)
    io1 = ec2_client.create_volume(AvailabilityZone=zone, Size=10, VolumeType="io1", Iops=500)
    assert io1["Iops"] == 500


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"Size": 20000}, "InvalidParameterValue"),
        ({"Size": 0}, "InvalidParameterValue"),
        ({"Size": 10, "VolumeType": "st1"}, "InvalidParameterValue"),
        ({"Size": 2000, "VolumeType": "standard"}, "InvalidParameterValue"),
        ({"Size": 10, "Iops": 300}, "InvalidParameterCombination"),
        ({"Size": 10, "VolumeType": "io1"}, "MissingParameter"),
        ({"Size": 10, "VolumeType": "gp3", "Iops": 20000}, "InvalidParameterValue"),
        ({"Size": 10, "Throughput": 200}, "InvalidParameterCombination"),
        ({}, "MissingParameter"),
        ({"SnapshotId": "snap-0123456789abcdef0"}, "InvalidSnapshot.NotFound"),
        ({"SnapshotId": "snapshot-1"}, "InvalidSnapshotID.Malformed"),
    ],
)
def test_bad_create_volume_is_refused_and_creates_nothing(ec2_client, zone, kwargs, code):
    expect_error(ec2_client.create_volume, code, AvailabilityZone=zone, **kwargs)
    assert volume_ids(ec2_client) == []


def test_unknown_zone_is_not_found(ec2_client):
    error = expect_error(
        ec2_client.create_volume, "InvalidZone.NotFound", AvailabilityZone="us-east-1z", Size=1
    )
    assert "us-east-1z" in error["Message"]
    assert volume_ids(ec2_client) == []


def test_volume_from_a_snapshot_takes_its_size(ec2_client, zone):
    source = ec2_client.create_volume(AvailabilityZone=zone, Size=30)
    snapshot_id = ec2_client.create_snapshot(VolumeId=source["VolumeId"])["SnapshotId"]
    restored = ec2_client.create_volume(AvailabilityZone=zone, SnapshotId=snapshot_id)
    assert (restored["Size"], restored["SnapshotId"]) == (30, snapshot_id)
    bigger = ec2_client.create_volume(AvailabilityZone=zone, SnapshotId=snapshot_id, Size=40)
    assert bigger["Size"] == 40
    expect_error(
        ec2_client.create_volume,
        "InvalidParameterValue",
        AvailabilityZone=zone,
        SnapshotId=snapshot_id,
        Size=10,
    )
    assert len(volume_ids(ec2_client)) == 3


def test_describe_unknown_and_malformed_ids(ec2_client, zone):
    ec2_client.create_volume(AvailabilityZone=zone, Size=1)
    expect_error(
        ec2_client.describe_volumes, "InvalidVolume.NotFound", VolumeIds=["vol-0123456789abcdef0"]
    )
    expect_error(ec2_client.describe_volumes, "InvalidVolumeID.Malformed", VolumeIds=["vol-x"])
    expect_error(
        ec2_client.describe_volumes,
        "InvalidParameterValue",
        Filters=[{"Name": "no-such-filter", "Values": ["x"]}],
    )


def test_describe_filters(ec2_client, zone, running):
    small = ec2_client.create_volume(
        AvailabilityZone=zone,
        Size=5,
        VolumeType="gp3",
        TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "tier", "Value": "a"}]}],
    )["VolumeId"]
    big = ec2_client.create_volume(AvailabilityZone=zone, Size=500, VolumeType="sc1")["VolumeId"]
    root, _ = parts_of(running)

    def ids(name: str, *values: str) -> list[str]:
        return volume_ids(ec2_client, Filters=[{"Name": name, "Values": list(values)}])

    assert ids("size", "5") == [small]
    assert ids("volume-type", "sc1") == [big]
    assert ids("tag:tier", "a") == [small]
    assert ids("tag-key", "tier") == [small]
    assert ids("status", "in-use") == [root]
    assert ids("status", "available") == sorted([small, big])
    assert ids("attachment.instance-id", running["InstanceId"]) == [root]
    assert ids("attachment.delete-on-termination", "true") == [root]
    assert ids("encrypted", "false") == sorted([small, big, root])
    assert ids("volume-id", "vol-*") == sorted([small, big, root])
    assert ids("availability-zone", "nowhere-1a") == []


def test_pagination(ec2_client, zone):
    made = sorted(
        ec2_client.create_volume(AvailabilityZone=zone, Size=1)["VolumeId"] for _ in range(7)
    )
    first = ec2_client.describe_volumes(MaxResults=5)
    second = ec2_client.describe_volumes(MaxResults=5, NextToken=first["NextToken"])
    assert len(first["Volumes"]) == 5 and "NextToken" not in second
    assert sorted(v["VolumeId"] for v in first["Volumes"] + second["Volumes"]) == made
    expect_error(
        ec2_client.describe_volumes,
        "InvalidParameterCombination",
        VolumeIds=[made[0]],
        MaxResults=5,
    )


def test_delete_volume(ec2_client, zone):
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=1)["VolumeId"]
    expect_error(ec2_client.delete_volume, "InvalidVolumeID.Malformed", VolumeId="volume")
    ec2_client.delete_volume(VolumeId=volume_id)
    assert volume_ids(ec2_client) == []
    expect_error(ec2_client.delete_volume, "InvalidVolume.NotFound", VolumeId=volume_id)


def test_dry_run_creates_nothing(ec2_client, zone):
    expect_error(
        ec2_client.create_volume, "DryRunOperation", 412, AvailabilityZone=zone, Size=1, DryRun=True
    )
    assert volume_ids(ec2_client) == []


def test_root_volume_is_in_use_then_goes_with_its_instance(ec2_client, running):
    root, _ = parts_of(running)
    volume = one_volume(ec2_client, root)
    assert volume["State"] == "in-use"
    assert volume["AvailabilityZone"] == running["Placement"]["AvailabilityZone"]
    (attachment,) = volume["Attachments"]
    assert (attachment["InstanceId"], attachment["Device"]) == (
        running["InstanceId"],
        running["RootDeviceName"],
    )
    expect_error(ec2_client.delete_volume, "VolumeInUse", VolumeId=root)
    ec2_client.terminate_instances(InstanceIds=[running["InstanceId"]])
    expect_error(ec2_client.describe_volumes, "InvalidVolume.NotFound", VolumeIds=[root])


def test_root_volume_is_what_the_images_mapping_says(ec2_client, running):
    (image,) = ec2_client.describe_images(ImageIds=[running["ImageId"]])["Images"]
    (mapping,) = image["BlockDeviceMappings"]
    assert mapping["Ebs"]["VolumeType"] == "gp3"
    root, _ = parts_of(running)
    volume = one_volume(ec2_client, root)
    assert (volume["VolumeType"], volume["Iops"], volume["Throughput"]) == ("gp3", 3000, 125)
    assert volume["Size"] == mapping["Ebs"]["VolumeSize"]
    assert volume["SnapshotId"] == mapping["Ebs"]["SnapshotId"]
    assert volume["Encrypted"] is False


def test_launch_volumes_take_the_mapping_and_its_overrides(ec2_client, zone):
    image_id = ec2_client.register_image(
        Name="encrypted-io1",
        RootDeviceName="/dev/xvda",
        BlockDeviceMappings=[
            {
                "DeviceName": "/dev/xvda",
                "Ebs": {"VolumeSize": 30, "VolumeType": "io1", "Iops": 500, "Encrypted": True},
            },
            {"DeviceName": "/dev/sdb", "Ebs": {"VolumeSize": 10, "VolumeType": "gp2"}},
        ],
    )["ImageId"]
    (launched,) = launch(
        ec2_client,
        ImageId=image_id,
        BlockDeviceMappings=[{"DeviceName": "/dev/sdb", "Ebs": {"VolumeSize": 50}}],
    )
    instance = described_instance(ec2_client, launched["InstanceId"])
    by_device = {m["DeviceName"]: m["Ebs"]["VolumeId"] for m in instance["BlockDeviceMappings"]}
    root = one_volume(ec2_client, by_device["/dev/xvda"])
    assert (root["VolumeType"], root["Size"], root["Iops"], root["Encrypted"]) == (
        "io1",
        30,
        500,
        True,
    )
    data = one_volume(ec2_client, by_device["/dev/sdb"])
    assert (data["VolumeType"], data["Size"], data["Iops"]) == ("gp2", 50, 150)
    image = ec2_client.create_image(InstanceId=instance["InstanceId"], Name="copy-of-it")
    (copied,) = ec2_client.describe_images(ImageIds=[image["ImageId"]])["Images"]
    sizes = {
        m["DeviceName"]: (m["Ebs"]["VolumeType"], m["Ebs"]["VolumeSize"], m["Ebs"]["Encrypted"])
        for m in copied["BlockDeviceMappings"]
    }
    assert sizes == {"/dev/xvda": ("io1", 30, True), "/dev/sdb": ("gp2", 50, False)}


def test_root_volume_kept_on_termination_becomes_available(ec2_client):
    (launched,) = launch(
        ec2_client,
        BlockDeviceMappings=[
            {"DeviceName": "/dev/xvda", "Ebs": {"DeleteOnTermination": False, "VolumeSize": 12}},
        ],
    )
    root, _ = parts_of(described_instance(ec2_client, launched["InstanceId"]))
    ec2_client.terminate_instances(InstanceIds=[launched["InstanceId"]])
    volume = one_volume(ec2_client, root)
    assert (volume["State"], volume["Attachments"], volume["Size"]) == ("available", [], 12)


def test_attach_and_detach(ec2_client, running):
    zone = running["Placement"]["AvailabilityZone"]
    instance_id = running["InstanceId"]
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=4)["VolumeId"]
    answer = ec2_client.attach_volume(VolumeId=volume_id, InstanceId=instance_id, Device="/dev/sdf")
    assert (answer["State"], answer["Device"]) == ("attaching", "/dev/sdf")
    volume = one_volume(ec2_client, volume_id)
    assert volume["State"] == "in-use"
    assert volume["Attachments"][0]["InstanceId"] == instance_id
    devices = [
        m["DeviceName"] for m in described_instance(ec2_client, instance_id)["BlockDeviceMappings"]
    ]
    assert devices == [running["RootDeviceName"], "/dev/sdf"]
    expect_error(ec2_client.delete_volume, "VolumeInUse", VolumeId=volume_id)
    expect_error(
        ec2_client.attach_volume,
        "VolumeInUse",
        VolumeId=volume_id,
        InstanceId=instance_id,
        Device="/dev/sdg",
    )
    expect_error(
        ec2_client.detach_volume,
        "InvalidAttachment.NotFound",
        VolumeId=volume_id,
        Device="/dev/sdz",
    )
    detached = ec2_client.detach_volume(VolumeId=volume_id)
    assert detached["State"] == "detaching"
    assert one_volume(ec2_client, volume_id)["State"] == "available"
    devices = [
        m["DeviceName"] for m in described_instance(ec2_client, instance_id)["BlockDeviceMappings"]
    ]
    assert devices == [running["RootDeviceName"]]
    expect_error(ec2_client.detach_volume, "IncorrectState", VolumeId=volume_id)


def test_attach_errors_change_nothing(ec2_client, running):
    zone = running["Placement"]["AvailabilityZone"]
    others = [
        z["ZoneName"]
        for z in ec2_client.describe_availability_zones()["AvailabilityZones"]
        if z["ZoneName"] != zone
    ]
    elsewhere = ec2_client.create_volume(AvailabilityZone=others[0], Size=1)["VolumeId"]
    here = ec2_client.create_volume(AvailabilityZone=zone, Size=1)["VolumeId"]
    expect_error(
        ec2_client.attach_volume,
        "InvalidVolume.ZoneMismatch",
        VolumeId=elsewhere,
        InstanceId=running["InstanceId"],
        Device="/dev/sdf",
    )
    expect_error(
        ec2_client.attach_volume,
        "InvalidParameterValue",
        VolumeId=here,
        InstanceId=running["InstanceId"],
        Device=running["RootDeviceName"],
    )
    expect_error(
        ec2_client.attach_volume,
        "InvalidInstanceID.NotFound",
        VolumeId=here,
        InstanceId="i-0123456789abcdef0",
        Device="/dev/sdf",
    )
    assert {one_volume(ec2_client, v)["State"] for v in (here, elsewhere)} == {"available"}
    assert len(described_instance(ec2_client, running["InstanceId"])["BlockDeviceMappings"]) == 1


def test_root_volume_of_a_running_instance_cannot_be_detached(ec2_client, running):
    root, _ = parts_of(running)
    expect_error(ec2_client.detach_volume, "OperationNotPermitted", VolumeId=root)
    assert one_volume(ec2_client, root)["State"] == "in-use"


def test_attached_volume_is_available_after_terminate(ec2_client, running):
    zone = running["Placement"]["AvailabilityZone"]
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=1)["VolumeId"]
    ec2_client.attach_volume(
        VolumeId=volume_id, InstanceId=running["InstanceId"], Device="/dev/sdf"
    )
    ec2_client.terminate_instances(InstanceIds=[running["InstanceId"]])
    volume = one_volume(ec2_client, volume_id)
    assert (volume["State"], volume["Attachments"]) == ("available", [])


def test_aws_cli_creates_describes_and_deletes_a_volume(aws_cli, ec2_client, zone):
    created = aws_cli(
        "create-volume", "--availability-zone", zone, "--size", "3", "--volume-type", "gp3"
    )
    described = aws_cli("describe-volumes", "--volume-ids", created["VolumeId"])
    assert described["Volumes"][0]["Size"] == 3
    aws_cli("delete-volume", "--volume-id", created["VolumeId"])
    assert volume_ids(ec2_client) == []
    failed = aws_cli("delete-volume", "--volume-id", created["VolumeId"], expect_error=True)
    assert "InvalidVolume.NotFound" in failed


def test_root_volume_of_a_stopped_instance_can_be_detached(ec2_client, running):
    root, _ = parts_of(running)
    ec2_client.stop_instances(InstanceIds=[running["InstanceId"]])
    ec2_client.detach_volume(VolumeId=root)
    volume = one_volume(ec2_client, root)
    assert (volume["State"], volume["Attachments"]) == ("available", [])
    ec2_client.terminate_instances(InstanceIds=[running["InstanceId"]])
    assert one_volume(ec2_client, root)["State"] == "available"
    ec2_client.delete_volume(VolumeId=root)
    assert volume_ids(ec2_client) == []


def test_attach_to_a_terminated_instance_is_refused(ec2_client, running):
    zone = running["Placement"]["AvailabilityZone"]
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=1)["VolumeId"]
    ec2_client.terminate_instances(InstanceIds=[running["InstanceId"]])
    expect_error(
        ec2_client.attach_volume,
        "IncorrectState",
        VolumeId=volume_id,
        InstanceId=running["InstanceId"],
        Device="/dev/sdf",
    )
    assert one_volume(ec2_client, volume_id)["State"] == "available"


@pytest.fixture(scope="module")
def vanishing_server():
    """A localec2 whose terminated instances vanish after a moment."""
    server = LocalEC2(in_memory=True)
    server.config = dataclasses.replace(server.config, terminated_visible_seconds=0.2)
    with server:
        yield server


def test_a_kept_root_volume_outlives_its_vanished_instance(vanishing_server):
    client = boto3.client(
        "ec2",
        endpoint_url=vanishing_server.endpoint_url,
        region_name=vanishing_server.region,
        aws_access_key_id=vanishing_server.access_key_id,
        aws_secret_access_key=vanishing_server.secret_access_key,
    )
    (kept_on,) = launch(
        client,
        BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"DeleteOnTermination": False}}],
    )
    (deleted_on,) = launch(client)
    kept, _ = parts_of(described_instance(client, kept_on["InstanceId"]))
    deleted, _ = parts_of(described_instance(client, deleted_on["InstanceId"]))
    client.terminate_instances(InstanceIds=[kept_on["InstanceId"], deleted_on["InstanceId"]])
    for _ in range(200):  # poll until the terminated instances have vanished
        if not [i for r in client.describe_instances()["Reservations"] for i in r["Instances"]]:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the terminated instances never vanished")
    assert volume_ids(client) == [kept]
    volume = one_volume(client, kept)
    assert (volume["State"], volume["Attachments"], volume["Size"]) == ("available", [], 8)
    client.create_tags(Resources=[kept], Tags=[{"Key": "k", "Value": "v"}])
    client.delete_volume(VolumeId=kept)
    assert volume_ids(client) == []


def test_aws_cli_attaches_and_detaches_a_volume(aws_cli, ec2_client, running):
    zone = running["Placement"]["AvailabilityZone"]
    volume_id = aws_cli("create-volume", "--availability-zone", zone, "--size", "2")["VolumeId"]
    attached = aws_cli(
        "attach-volume",
        "--volume-id",
        volume_id,
        "--instance-id",
        running["InstanceId"],
        "--device",
        "/dev/sdh",
    )
    assert (attached["State"], attached["InstanceId"]) == ("attaching", running["InstanceId"])
    failed = aws_cli("delete-volume", "--volume-id", volume_id, expect_error=True)
    assert "VolumeInUse" in failed
    aws_cli("detach-volume", "--volume-id", volume_id)
    assert one_volume(ec2_client, volume_id)["State"] == "available"


def test_modify_volume_grows_and_changes_type(ec2_client, zone):
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=10)["VolumeId"]
    answer = ec2_client.modify_volume(VolumeId=volume_id, Size=20, VolumeType="gp3")
    modification = answer["VolumeModification"]
    assert (modification["OriginalSize"], modification["TargetSize"]) == (10, 20)
    assert (modification["OriginalVolumeType"], modification["TargetVolumeType"]) == ("gp2", "gp3")
    assert (modification["ModificationState"], modification["Progress"]) == ("modifying", 0)
    volume = one_volume(ec2_client, volume_id)
    assert (volume["Size"], volume["VolumeType"], volume["Iops"]) == (20, "gp3", 3000)
    (described,) = ec2_client.describe_volumes_modifications(VolumeIds=[volume_id])[
        "VolumesModifications"
    ]
    assert (described["ModificationState"], described["Progress"]) == ("completed", 100)
    assert described["StartTime"] == modification["StartTime"] and "EndTime" in described
    ec2_client.modify_volume(VolumeId=volume_id, VolumeType="io1", Iops=1000)
    volume = one_volume(ec2_client, volume_id)
    assert (volume["VolumeType"], volume["Iops"], "Throughput" in volume) == ("io1", 1000, False)


def test_modify_an_instance_root_volume(ec2_client, running):
    root, _ = parts_of(running)
    ec2_client.modify_volume(VolumeId=root, Size=30)
    volume = one_volume(ec2_client, root)
    assert (volume["Size"], volume["State"]) == (30, "in-use")


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"Size": 5}, "InvalidParameterValue"),
        ({"Size": 20000}, "InvalidParameterValue"),
        ({"VolumeType": "io2"}, "MissingParameter"),
        ({"Throughput": 300}, "InvalidParameterCombination"),
    ],
)
def test_bad_modify_volume_changes_nothing(ec2_client, zone, kwargs, code):
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=10)["VolumeId"]
    before = one_volume(ec2_client, volume_id)
    expect_error(ec2_client.modify_volume, code, VolumeId=volume_id, **kwargs)
    assert one_volume(ec2_client, volume_id) == before


# --- CreateVolume checked as EC2 checks it --------------------------------------------------


def test_client_token_makes_one_volume(ec2_client, zone):
    first = ec2_client.create_volume(AvailabilityZone=zone, Size=5, ClientToken="token-1")
    again = ec2_client.create_volume(AvailabilityZone=zone, Size=5, ClientToken="token-1")
    assert again["VolumeId"] == first["VolumeId"]
    expect_error(
        ec2_client.create_volume,
        "IdempotentParameterMismatch",
        AvailabilityZone=zone,
        Size=6,
        ClientToken="token-1",
    )
    other = ec2_client.create_volume(AvailabilityZone=zone, Size=5, ClientToken="token-2")
    assert volume_ids(ec2_client) == sorted([first["VolumeId"], other["VolumeId"]])


def test_encryption_shows_the_default_key_or_the_one_asked_for(localec2, ec2_client, zone):
    default = ec2_client.create_volume(AvailabilityZone=zone, Size=1, Encrypted=True)
    prefix = f"arn:aws:kms:{localec2.region}:{localec2.account_id}:key/"
    assert default["KmsKeyId"].startswith(prefix) and default["Encrypted"] is True
    again = ec2_client.create_volume(AvailabilityZone=zone, Size=1, Encrypted=True)
    assert again["KmsKeyId"] == default["KmsKeyId"]
    key = "1234abcd-12ab-34cd-56ef-1234567890ab"
    own = ec2_client.create_volume(AvailabilityZone=zone, Size=1, Encrypted=True, KmsKeyId=key)
    assert own["KmsKeyId"] == prefix + key
    plain = ec2_client.create_volume(AvailabilityZone=zone, Size=1)
    assert "KmsKeyId" not in plain and plain["Encrypted"] is False
    snapshot_id = ec2_client.create_snapshot(VolumeId=own["VolumeId"])["SnapshotId"]
    restored = ec2_client.create_volume(AvailabilityZone=zone, SnapshotId=snapshot_id)
    assert (restored["Encrypted"], restored["KmsKeyId"]) == (True, prefix + key)


def test_multi_attach_is_for_io1_and_io2(ec2_client, zone):
    volume = ec2_client.create_volume(
        AvailabilityZone=zone, Size=10, VolumeType="io2", Iops=1000, MultiAttachEnabled=True
    )
    assert one_volume(ec2_client, volume["VolumeId"])["MultiAttachEnabled"] is True


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"KmsKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab"}, "InvalidParameterDependency"),
        ({"VolumeType": "gp3", "MultiAttachEnabled": True}, "InvalidParameterCombination"),
        ({"VolumeType": "gp3", "Throughput": 2000, "Iops": 10000}, "InvalidParameterValue"),
        ({"VolumeType": "gp3", "Throughput": 100}, "InvalidParameterValue"),
        ({"VolumeType": "gp3", "Throughput": 1000}, "InvalidParameterValue"),  # > 0.25/IOPS
        ({"VolumeType": "io1", "Iops": 1000}, "InvalidParameterValue"),  # > 50 IOPS per GiB
        ({"VolumeType": "io2", "Iops": 50}, "InvalidParameterValue"),
        ({"VolumeType": "sc1"}, "InvalidParameterValue"),  # 125 GiB at least
    ],
)
def test_create_volume_limits_change_nothing(ec2_client, zone, kwargs, code):
    expect_error(ec2_client.create_volume, code, AvailabilityZone=zone, Size=10, **kwargs)
    assert volume_ids(ec2_client) == []


def test_limits_within_range_are_accepted(ec2_client, zone):
    gp3 = ec2_client.create_volume(
        AvailabilityZone=zone, Size=100, VolumeType="gp3", Iops=4000, Throughput=1000
    )
    assert (gp3["Iops"], gp3["Throughput"]) == (4000, 1000)
    io1 = ec2_client.create_volume(AvailabilityZone=zone, Size=10, VolumeType="io1", Iops=500)
    assert io1["Iops"] == 500


# --- ModifyVolume: the same checks; its modifications ---------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"MultiAttachEnabled": True}, "InvalidParameterCombination"),
        ({"VolumeType": "gp3", "Throughput": 1200}, "InvalidParameterValue"),
        ({"VolumeType": "io1", "Iops": 5000}, "InvalidParameterValue"),
    ],
)
def test_modify_volume_limits_change_nothing(ec2_client, zone, kwargs, code):
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=10)["VolumeId"]
    before = one_volume(ec2_client, volume_id)
    expect_error(ec2_client.modify_volume, code, VolumeId=volume_id, **kwargs)
    assert one_volume(ec2_client, volume_id) == before
    expect_error(
        ec2_client.describe_volumes_modifications,
        "InvalidVolumeModification.NotFound",
        VolumeIds=[volume_id],
    )


def test_describe_volumes_modifications(ec2_client, zone):
    made = [ec2_client.create_volume(AvailabilityZone=zone, Size=10)["VolumeId"] for _ in range(3)]
    ec2_client.modify_volume(VolumeId=made[0], Size=20)
    ec2_client.modify_volume(VolumeId=made[1], VolumeType="io2", Iops=500, MultiAttachEnabled=True)
    listed = ec2_client.describe_volumes_modifications()["VolumesModifications"]
    assert sorted(m["VolumeId"] for m in listed) == sorted(made[:2])
    by_id = {m["VolumeId"]: m for m in listed}
    io2 = by_id[made[1]]
    assert (io2["OriginalVolumeType"], io2["TargetVolumeType"], io2["TargetIops"]) == (
        "gp2",
        "io2",
        500,
    )
    assert (io2["OriginalMultiAttachEnabled"], io2["TargetMultiAttachEnabled"]) == (False, True)

    def ids(name: str, *values: str) -> list[str]:
        found = ec2_client.describe_volumes_modifications(
            Filters=[{"Name": name, "Values": list(values)}]
        )["VolumesModifications"]
        return sorted(m["VolumeId"] for m in found)

    assert ids("target-size", "20") == [made[0]]
    assert ids("target-volume-type", "io2") == [made[1]]
    assert ids("modification-state", "completed") == sorted(made[:2])
    assert ids("original-size", "10") == sorted(made[:2])
    expect_error(
        ec2_client.describe_volumes_modifications,
        "InvalidParameterValue",
        Filters=[{"Name": "size", "Values": ["1"]}],
    )
    expect_error(
        ec2_client.describe_volumes_modifications,
        "InvalidVolume.NotFound",
        VolumeIds=["vol-0123456789abcdef0"],
    )
    first = ec2_client.describe_volumes_modifications(MaxResults=5)
    assert len(first["VolumesModifications"]) == 2 and "NextToken" not in first


def test_aws_cli_modifies_a_volume(aws_cli, ec2_client, zone):
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=10)["VolumeId"]
    out = aws_cli("modify-volume", "--volume-id", volume_id, "--size", "12")
    assert out["VolumeModification"]["ModificationState"] == "modifying"
    out = aws_cli("describe-volumes-modifications", "--volume-ids", volume_id)
    assert out["VolumesModifications"][0]["TargetSize"] == 12


@pytest.fixture(scope="module")
def slow_server():
    with LocalEC2(in_memory=True, boot_seconds=0.3) as server:
        yield server


def test_a_modification_moves_on_the_clock(slow_server):
    client = client_for(slow_server)
    zone = zone_of(client)
    volume_id = client.create_volume(AvailabilityZone=zone, Size=10)["VolumeId"]
    answer = client.modify_volume(VolumeId=volume_id, Size=30)["VolumeModification"]
    assert answer["ModificationState"] == "modifying"
    assert one_volume(client, volume_id)["Size"] == 30  # the target shows at once

    def state() -> str:
        (found,) = client.describe_volumes_modifications(VolumeIds=[volume_id])[
            "VolumesModifications"
        ]
        return found["ModificationState"]

    seen = states_until(state, "completed")
    assert seen[-1] == "completed"
    assert seen == [s for s in ("modifying", "optimizing", "completed") if s in seen]


@pytest.fixture(scope="module")
def stuck_server():
    """A localec2 whose modifications take an hour a step."""
    with LocalEC2(in_memory=True, boot_seconds=3600) as server:
        yield server


def test_a_volume_is_modified_again_only_once_completed(stuck_server):
    client = client_for(stuck_server)
    volume_id = client.create_volume(AvailabilityZone=zone_of(client), Size=10)["VolumeId"]
    client.modify_volume(VolumeId=volume_id, Size=20)
    expect_error(client.modify_volume, "IncorrectModificationState", VolumeId=volume_id, Size=40)
    assert one_volume(client, volume_id)["Size"] == 20
    (found,) = client.describe_volumes_modifications(VolumeIds=[volume_id])["VolumesModifications"]
    assert (found["ModificationState"], found["Progress"], "EndTime" in found) == (
        "modifying",
        0,
        False,
    )
