"""Instance metadata options: EC2's defaults by image, RunInstances' MetadataOptions,
ModifyInstanceMetadataOptions (pending, then applied on the instance's clock)."""

from __future__ import annotations

import time

import boto3
import pytest
from compute_support import described, launch
from groups_support import expect_error

from localec2.embedded import LocalEC2


def _options(client, instance_id: str) -> dict:
    return described(client, InstanceIds=[instance_id])[0]["MetadataOptions"]


def _image(client, name: str) -> str:
    images = client.describe_images(Filters=[{"Name": "name", "Values": [name]}])["Images"]
    return images[0]["ImageId"]


def test_defaults_follow_the_image_imds_support(ec2_client):
    (al2023,) = launch(ec2_client)  # ImdsSupport v2.0
    assert _options(ec2_client, al2023["InstanceId"]) == {
        "State": "applied",
        "HttpTokens": "required",
        "HttpPutResponseHopLimit": 2,
        "HttpEndpoint": "enabled",
        "HttpProtocolIpv6": "disabled",
        "InstanceMetadataTags": "disabled",
    }
    (ubuntu,) = launch(ec2_client, ImageId=_image(ec2_client, "ubuntu/images/hvm-ssd/*amd64*"))
    options = _options(ec2_client, ubuntu["InstanceId"])
    assert options["HttpTokens"] == "optional"
    assert options["HttpPutResponseHopLimit"] == 1


def test_run_instances_metadata_options(ec2_client):
    (instance,) = launch(
        ec2_client,
        MetadataOptions={
            "HttpTokens": "optional",
            "HttpPutResponseHopLimit": 5,
            "InstanceMetadataTags": "enabled",
        },
    )
    options = _options(ec2_client, instance["InstanceId"])
    assert options["HttpTokens"] == "optional"
    assert options["HttpPutResponseHopLimit"] == 5
    assert options["InstanceMetadataTags"] == "enabled"
    assert options["HttpEndpoint"] == "enabled"


def test_describe_instances_filters_by_metadata_options(ec2_client):
    (required,) = launch(ec2_client)
    (optional,) = launch(ec2_client, MetadataOptions={"HttpTokens": "optional"})
    ec2_client.modify_instance_metadata_options(
        InstanceId=optional["InstanceId"], HttpPutResponseHopLimit=7
    )

    def ids(name, value):
        found = described(ec2_client, Filters=[{"Name": name, "Values": [value]}])
        return [i["InstanceId"] for i in found]

    assert ids("metadata-options.http-tokens", "optional") == [optional["InstanceId"]]
    assert ids("metadata-options.http-tokens", "required") == [required["InstanceId"]]
    assert ids("metadata-options.http-put-response-hop-limit", "7") == [optional["InstanceId"]]
    assert len(ids("metadata-options.http-endpoint", "enabled")) == 2
    assert ids("metadata-options.instance-metadata-tags", "enabled") == []


@pytest.mark.parametrize("hops", [0, 65])
def test_hop_limit_out_of_range_is_refused(ec2_client, hops):
    expect_error(
        launch,
        "InvalidParameterValue",
        client=ec2_client,
        MetadataOptions={"HttpPutResponseHopLimit": hops},
    )
    assert ec2_client.describe_instances()["Reservations"] == []
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    expect_error(
        ec2_client.modify_instance_metadata_options,
        "InvalidParameterValue",
        InstanceId=iid,
        HttpPutResponseHopLimit=hops,
        HttpTokens="optional",
    )
    assert _options(ec2_client, iid)["HttpTokens"] == "required"  # nothing changed


def test_modify_answers_pending_and_keeps_what_it_does_not_set(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    answer = ec2_client.modify_instance_metadata_options(
        InstanceId=iid, HttpTokens="optional", HttpEndpoint="disabled"
    )
    assert answer["InstanceId"] == iid
    assert answer["InstanceMetadataOptions"] == {
        "State": "pending",
        "HttpTokens": "optional",
        "HttpPutResponseHopLimit": 2,
        "HttpEndpoint": "disabled",
        "HttpProtocolIpv6": "disabled",
        "InstanceMetadataTags": "disabled",
    }
    assert _options(ec2_client, iid) == {**answer["InstanceMetadataOptions"], "State": "applied"}


def test_modify_errors(ec2_client):
    expect_error(
        ec2_client.modify_instance_metadata_options,
        "InvalidInstanceID.Malformed",
        InstanceId="i-xyz",
        HttpTokens="required",
    )
    expect_error(
        ec2_client.modify_instance_metadata_options,
        "InvalidInstanceID.NotFound",
        InstanceId="i-0123456789abcdef0",
        HttpTokens="required",
    )
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    expect_error(
        ec2_client.modify_instance_metadata_options,
        "InvalidParameterValue",
        InstanceId=iid,
        HttpTokens="sometimes",
    )
    expect_error(
        ec2_client.modify_instance_metadata_options,
        "DryRunOperation",
        412,
        InstanceId=iid,
        HttpTokens="optional",
        DryRun=True,
    )
    assert _options(ec2_client, iid)["HttpTokens"] == "required"
    ec2_client.terminate_instances(InstanceIds=[iid])
    expect_error(
        ec2_client.modify_instance_metadata_options,
        "IncorrectInstanceState",
        InstanceId=iid,
        HttpTokens="optional",
    )


@pytest.fixture(scope="module")
def slow_server():
    with LocalEC2(in_memory=True, boot_seconds=0.5) as server:
        yield server


def test_a_change_is_pending_until_a_boot_time_has_passed(slow_server):
    slow_server.reset()
    client = boto3.client(
        "ec2",
        endpoint_url=slow_server.endpoint_url,
        region_name=slow_server.region,
        aws_access_key_id=slow_server.access_key_id,
        aws_secret_access_key=slow_server.secret_access_key,
    )
    (instance,) = launch(client)
    iid = instance["InstanceId"]
    client.modify_instance_metadata_options(InstanceId=iid, HttpPutResponseHopLimit=3)
    assert _options(client, iid)["State"] == "pending"
    for _ in range(200):  # applied within a boot's time (0.5 s); poll, no timing threshold
        options = _options(client, iid)
        if options["State"] == "applied":
            break
        time.sleep(0.05)
    assert options["State"] == "applied"
    assert options["HttpPutResponseHopLimit"] == 3


def test_cli_modify_metadata_options(aws_cli, ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    out = aws_cli(
        "modify-instance-metadata-options",
        "--instance-id",
        iid,
        "--http-tokens",
        "optional",
        "--instance-metadata-tags",
        "enabled",
    )
    assert out["InstanceMetadataOptions"]["State"] == "pending"
    options = _options(ec2_client, iid)
    assert options["HttpTokens"] == "optional" and options["InstanceMetadataTags"] == "enabled"
