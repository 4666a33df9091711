"""Places where we differed from boto 2.49 and now do as it did: `Tag`'s argument order,
`Image.run`'s parameters, `Snapshot.create_volume`'s `dry_run`, what `Address.associate`
sends, and how `BlockDeviceType` reads its elements."""

from __future__ import annotations

import pytest
from ec2_support import ZONE, x86_image_id
from wire_support import wire  # noqa: F401

from boto import handler
from boto.ec2.address import Address
from boto.ec2.blockdevicemapping import BlockDeviceType
from boto.ec2.image import Image
from boto.ec2.tag import Tag
from boto.exception import EC2ResponseError


def test_tag_takes_resource_id_before_type():
    tag = Tag(None, "i-12345678", "instance", "Name", "web")
    assert (tag.res_id, tag.res_type, tag.name, tag.value) == (
        "i-12345678",
        "instance",
        "Name",
        "web",
    )


def test_image_run_positional_parameters_as_boto2(conn):
    conn.create_key_pair("k")
    group = conn.create_security_group("g", "d")
    image = conn.get_image(x86_image_id(conn))
    # boto 2's order: min_count, max_count, key_name, security_groups, user_data,
    # addressing_type, instance_type, placement
    reservation = image.run(2, 2, "k", ["g"], "hello", None, "t2.micro", ZONE)
    assert len(reservation.instances) == 2
    instance = reservation.instances[0]
    assert instance.key_name == "k"
    assert instance.instance_type == "t2.micro"
    assert instance.placement == ZONE
    assert [g.id for g in instance.groups] == [group.id]
    user_data = conn.get_instance_attribute(instance.id, "userData")
    assert user_data["userData"] == "aGVsbG8="  # base64 of "hello"


def test_image_run_sends_every_named_parameter(wire):  # noqa: F811
    wire.answer("<RunInstancesResponse><reservationId>r-1</reservationId></RunInstancesResponse>")
    conn = wire.connect()
    image = Image(conn)
    image.id = "ami-12345678"
    image.run(
        key_name="k",
        kernel_id="aki-1",
        ramdisk_id="ari-1",
        monitoring_enabled=True,
        subnet_id="subnet-1",
        disable_api_termination=True,
        instance_initiated_shutdown_behavior="terminate",
        private_ip_address="10.0.0.5",
        placement_group="pg",
        security_group_ids=["sg-1"],
        additional_info="info",
        instance_profile_name="prof",
        tenancy="dedicated",
        client_token="tok",
        ebs_optimized=True,
    )
    sent = wire.last
    assert sent["Action"] == "RunInstances"
    assert sent["ImageId"] == "ami-12345678"
    assert sent["KernelId"] == "aki-1" and sent["RamdiskId"] == "ari-1"
    assert sent["Monitoring.Enabled"] == "true"
    assert sent["SubnetId"] == "subnet-1"
    assert sent["DisableApiTermination"] == "true"
    assert sent["InstanceInitiatedShutdownBehavior"] == "terminate"
    assert sent["PrivateIpAddress"] == "10.0.0.5"
    assert sent["Placement.GroupName"] == "pg"
    assert sent["Placement.Tenancy"] == "dedicated"
    assert sent["SecurityGroupId.1"] == "sg-1"
    assert sent["AdditionalInfo"] == "info"
    assert sent["IamInstanceProfile.Name"] == "prof"
    assert sent["ClientToken"] == "tok"
    assert sent["EbsOptimized"] == "true"
    assert "DryRun" not in sent


def test_image_run_dry_run(conn):
    image = conn.get_image(x86_image_id(conn))
    with pytest.raises(EC2ResponseError) as caught:
        image.run(dry_run=True)
    assert caught.value.error_code == "DryRunOperation"
    assert caught.value.status == 412


def test_snapshot_create_volume_fifth_argument_is_dry_run(conn, volume):
    snapshot = conn.create_snapshot(volume.id)
    with pytest.raises(EC2ResponseError) as caught:
        snapshot.create_volume(ZONE, 10, "gp2", None, True)
    assert caught.value.error_code == "DryRunOperation"
    created = snapshot.create_volume(ZONE, 10, "gp2")
    assert (created.snapshot_id, created.size, created.type) == (snapshot.id, 10, "gp2")


def test_address_associate_sends_public_ip_and_allocation_id(wire):  # noqa: F811
    conn = wire.connect()
    vpc_address = Address(conn, "198.51.100.1", "i-1")
    vpc_address.allocation_id = "eipalloc-1"
    assert vpc_address.associate("i-2", allow_reassociation=True)
    # boto 2 named both; our connection sends the allocation id, as EC2 wants for a VPC one.
    assert wire.last == {
        "Action": "AssociateAddress",
        "InstanceId": "i-2",
        "AllocationId": "eipalloc-1",
        "AllowReassociation": "true",
    }
    classic = Address(conn, "198.51.100.2")
    assert classic.associate(network_interface_id="eni-1", private_ip_address="10.0.0.9")
    assert wire.last == {
        "Action": "AssociateAddress",
        "NetworkInterfaceId": "eni-1",
        "PublicIp": "198.51.100.2",
        "PrivateIpAddress": "10.0.0.9",
    }


def test_address_associate_keywords_as_boto2(conn, instance):
    """The keywords boto 2 passed reach `associate_address` (a subclass sees them)."""
    seen = {}

    class Recording(type(conn)):
        def associate_address(self, **kwargs):
            seen.update(kwargs)
            return True

    address = Address(Recording.__new__(Recording), "198.51.100.1")
    address.allocation_id = "eipalloc-1"
    address.associate(instance.id)
    assert seen == {
        "instance_id": instance.id,
        "public_ip": "198.51.100.1",
        "allocation_id": "eipalloc-1",
        "network_interface_id": None,
        "private_ip_address": None,
        "allow_reassociation": False,
        "dry_run": False,
    }
    seen.clear()
    Address(address.connection, "198.51.100.2").associate(instance.id)
    assert "allocation_id" not in seen and seen["public_ip"] == "198.51.100.2"


def test_address_associate_against_moto(conn, instance):
    address = conn.allocate_address(domain="vpc")
    assert address.associate(instance.id)
    (described,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert described.instance_id == instance.id


def _device(**elements: str) -> BlockDeviceType:
    device = BlockDeviceType()
    for name, value in elements.items():
        device.endElement(name, value, None)
    return device


def test_block_device_type_no_device():
    assert _device(noDevice="true").no_device is True
    assert _device(noDevice="false").no_device is False
    # Today's EC2 writes an empty element for a suppressed device.
    assert _device(noDevice="").no_device is True
    assert _device(NoDevice="true").no_device is True


def test_block_device_type_encrypted_and_case():
    device = _device(Encrypted="true", VolumeSize="20", DeleteOnTermination="true", Iops="100")
    assert (device.encrypted, device.size, device.delete_on_termination, device.iops) == (
        True,
        20,
        True,
        100,
    )
    assert _device(encrypted="false").encrypted is False
    assert _device(encrypted="TRUE").encrypted is False  # boto 2: "true" only
    assert BlockDeviceType().encrypted is None


def test_block_device_type_unknown_elements_become_attributes():
    device = _device(throughput="125", outpostArn="arn:x", VolumeId="vol-upper")
    assert device.throughput == "125"
    assert device.outpostArn == "arn:x"
    assert device.VolumeId == "vol-upper"  # boto 2 took volumeId in this spelling only
    assert device.volume_id is None


def test_image_mapping_with_suppressed_device():
    image = Image(None)
    handler.parse(
        b"""<DescribeImagesResponse><imagesSet><item><imageId>ami-1</imageId>
        <blockDeviceMapping>
          <item><deviceName>/dev/sda1</deviceName>
            <ebs><snapshotId>snap-1</snapshotId><volumeSize>8</volumeSize>
              <deleteOnTermination>true</deleteOnTermination><volumeType>gp3</volumeType>
              <throughput>125</throughput><encrypted>false</encrypted></ebs></item>
          <item><deviceName>/dev/sdb</deviceName><virtualName>ephemeral0</virtualName></item>
          <item><deviceName>/dev/sdc</deviceName><noDevice/></item>
        </blockDeviceMapping></item></imagesSet></DescribeImagesResponse>""",
        _ImageList(image),
        None,
    )
    mapping = image.block_device_mapping
    root = mapping["/dev/sda1"]
    assert (root.snapshot_id, root.size, root.delete_on_termination, root.encrypted) == (
        "snap-1",
        8,
        True,
        False,
    )
    assert root.throughput == "125"
    assert mapping["/dev/sdb"].ephemeral_name == "ephemeral0"
    assert mapping["/dev/sdc"].no_device is True


class _ImageList:
    def __init__(self, image: Image) -> None:
        self.image = image

    def startElement(self, name, attrs, connection):
        return self.image if name == "item" else None

    def endElement(self, name, value, connection):
        return None
