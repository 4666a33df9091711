"""GetConsoleScreenshot (a real JPEG), GetInstanceUefiData, GetConsoleOutput."""

from __future__ import annotations

import base64
import struct

from compute_support import catalog_image, launch
from groups_support import expect_error


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a baseline JPEG's frame header; asserts its markers on the way."""
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"
    offset = 2
    while True:
        marker, length = data[offset + 1], struct.unpack(">H", data[offset + 2 : offset + 4])[0]
        assert data[offset] == 0xFF
        if marker == 0xC0:
            height, width = struct.unpack(">HH", data[offset + 5 : offset + 9])
            return width, height
        offset += 2 + length


def test_screenshot_is_a_jpeg_of_a_running_instance(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    answer = ec2_client.get_console_screenshot(InstanceId=iid, WakeUp=True)
    assert answer["InstanceId"] == iid
    image = base64.b64decode(answer["ImageData"])
    assert image[6:10] == b"JFIF"
    assert _jpeg_size(image) == (320, 240)
    ec2_client.stop_instances(InstanceIds=[iid])
    expect_error(ec2_client.get_console_screenshot, "IncorrectInstanceState", InstanceId=iid)
    expect_error(
        ec2_client.get_console_screenshot,
        "InvalidInstanceID.NotFound",
        InstanceId="i-0123456789abcdef0",
    )


def test_uefi_data_of_instances_by_boot_mode(ec2_client):
    (bios,) = launch(ec2_client, ImageId=catalog_image(ec2_client), InstanceType="m1.small")
    (uefi,) = launch(
        ec2_client, ImageId=catalog_image(ec2_client, "arm64"), InstanceType="t4g.micro"
    )
    described = {
        i["InstanceId"]: i["CurrentInstanceBootMode"]
        for r in ec2_client.describe_instances()["Reservations"]
        for i in r["Instances"]
    }
    # AL2023 is uefi-preferred: legacy BIOS on a type without UEFI, UEFI on Graviton
    assert described == {bios["InstanceId"]: "legacy-bios", uefi["InstanceId"]: "uefi"}
    for instance in (bios, uefi):
        answer = ec2_client.get_instance_uefi_data(InstanceId=instance["InstanceId"])
        assert answer["InstanceId"] == instance["InstanceId"]
        assert "UefiData" not in answer  # no variable store (the image registered none)
    expect_error(ec2_client.get_instance_uefi_data, "InvalidInstanceID.Malformed", InstanceId="x")


def test_uefi_preferred_image_boots_uefi_where_the_type_supports_it(ec2_client):
    (instance,) = launch(ec2_client, InstanceType="m5.large")
    (described,) = ec2_client.describe_instances(InstanceIds=[instance["InstanceId"]])[
        "Reservations"
    ][0]["Instances"]
    assert described["CurrentInstanceBootMode"] == "uefi"
    found = ec2_client.describe_instances(
        Filters=[{"Name": "current-instance-boot-mode", "Values": ["legacy-bios"]}]
    )
    assert found["Reservations"] == []


def test_console_output_as_ec2_answers_it(ec2_client):
    (instance,) = launch(ec2_client)
    answer = ec2_client.get_console_output(InstanceId=instance["InstanceId"], Latest=True)
    assert answer["InstanceId"] == instance["InstanceId"]
    assert answer["Timestamp"]
    assert "login:" in answer["Output"]  # boto3 decodes EC2's base64


def test_cli_screenshot(aws_cli, ec2_client):
    (instance,) = launch(ec2_client)
    out = aws_cli("get-console-screenshot", "--instance-id", instance["InstanceId"])
    assert base64.b64decode(out["ImageData"])[:2] == b"\xff\xd8"
