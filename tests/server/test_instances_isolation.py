"""Instances belong to one account and survive a restart of the endpoint."""

from __future__ import annotations

import boto3
from compute_support import catalog_image, described, launch
from groups_support import expect_error

from localec2.embedded import LocalEC2


def _client(endpoint_url: str, region: str, key: str, secret: str):
    return boto3.client(
        "ec2",
        endpoint_url=endpoint_url,
        region_name=region,
        aws_access_key_id=key,
        aws_secret_access_key=secret,
    )


def test_another_account_sees_none_of_them(localec2, ec2_client):
    (instance,) = launch(ec2_client)
    other = localec2.create_account()
    stranger = _client(
        localec2.endpoint_url, localec2.region, other["access_key_id"], other["secret_access_key"]
    )
    assert described(stranger) == []
    expect_error(
        stranger.describe_instances,
        "InvalidInstanceID.NotFound",
        InstanceIds=[instance["InstanceId"]],
    )
    expect_error(
        stranger.terminate_instances,
        "InvalidInstanceID.NotFound",
        InstanceIds=[instance["InstanceId"]],
    )
    assert described(ec2_client)[0]["State"]["Name"] == "running"


def test_instances_images_and_tokens_survive_a_restart(tmp_path):
    with LocalEC2(data_dir=tmp_path) as server:
        client = _client(
            server.endpoint_url, server.region, server.access_key_id, server.secret_access_key
        )
        image = catalog_image(client)
        first = client.run_instances(
            ImageId=image, MinCount=2, MaxCount=2, InstanceType="t3.micro", ClientToken="launch-1"
        )
        stopped_id = first["Instances"][0]["InstanceId"]
        client.stop_instances(InstanceIds=[stopped_id])
        own_image = client.create_image(
            InstanceId=first["Instances"][1]["InstanceId"], Name="kept"
        )["ImageId"]
        before = described(client)
    with LocalEC2(data_dir=tmp_path) as server:
        client = _client(
            server.endpoint_url, server.region, server.access_key_id, server.secret_access_key
        )
        after = described(client)
        assert [(i["InstanceId"], i["State"]["Name"], i["PrivateIpAddress"]) for i in after] == [
            (i["InstanceId"], i["State"]["Name"], i["PrivateIpAddress"]) for i in before
        ]
        assert after[0]["State"]["Name"] == "stopped"
        assert client.describe_images(Owners=["self"])["Images"][0]["ImageId"] == own_image
        again = client.run_instances(
            ImageId=image, MinCount=2, MaxCount=2, InstanceType="t3.micro", ClientToken="launch-1"
        )
        assert again["ReservationId"] == first["ReservationId"]
        (fresh,) = client.run_instances(
            ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro"
        )["Instances"]
        assert fresh["PrivateIpAddress"] not in {i["PrivateIpAddress"] for i in after}
