"""Start, stop, reboot, terminate; the state clock; attributes, monitoring, console output."""

from __future__ import annotations

import base64
import dataclasses
import ipaddress
import re
import time

import boto3
import pytest
from compute_support import catalog_image, described, launch
from groups_support import expect_error

from localec2.embedded import LocalEC2


def _state(client, instance_id):
    return described(client, InstanceIds=[instance_id])[0]


def test_stop_start_and_state_changes(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    stopping = ec2_client.stop_instances(InstanceIds=[iid])["StoppingInstances"]
    assert stopping == [
        {
            "InstanceId": iid,
            "CurrentState": {"Code": 64, "Name": "stopping"},
            "PreviousState": {"Code": 16, "Name": "running"},
        }
    ]
    stopped = _state(ec2_client, iid)
    assert stopped["State"] == {"Code": 80, "Name": "stopped"}
    assert stopped["StateReason"]["Code"] == "Client.UserInitiatedShutdown"
    assert re.fullmatch(
        r"User initiated \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT\)", stopped["StateTransitionReason"]
    )
    assert "PublicIpAddress" not in stopped
    again = ec2_client.stop_instances(InstanceIds=[iid], Force=True)["StoppingInstances"][0]
    assert again["CurrentState"]["Name"] == again["PreviousState"]["Name"] == "stopped"
    starting = ec2_client.start_instances(InstanceIds=[iid])["StartingInstances"][0]
    assert starting["CurrentState"]["Name"] == "pending"
    assert starting["PreviousState"]["Name"] == "stopped"
    started = _state(ec2_client, iid)
    assert started["State"]["Name"] == "running"
    assert started["StateTransitionReason"] == ""
    assert "StateReason" not in started
    assert started["PublicIpAddress"]


def test_terminate_then_stop_is_incorrect_state(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    change = ec2_client.terminate_instances(InstanceIds=[iid])["TerminatingInstances"][0]
    assert change["CurrentState"] == {"Code": 32, "Name": "shutting-down"}
    assert _state(ec2_client, iid)["State"] == {"Code": 48, "Name": "terminated"}
    error = expect_error(ec2_client.stop_instances, "IncorrectInstanceState", InstanceIds=[iid])
    assert error["Message"] == (
        f"This instance '{iid}' is not in a state from which it can be stopped."
    )
    expect_error(ec2_client.start_instances, "IncorrectInstanceState", InstanceIds=[iid])
    expect_error(ec2_client.reboot_instances, "IncorrectInstanceState", InstanceIds=[iid])
    repeat = ec2_client.terminate_instances(InstanceIds=[iid])["TerminatingInstances"][0]
    assert repeat["PreviousState"]["Name"] == repeat["CurrentState"]["Name"] == "terminated"


def test_failed_request_for_many_changes_none(ec2_client):
    (first,) = launch(ec2_client)
    expect_error(
        ec2_client.stop_instances,
        "InvalidInstanceID.NotFound",
        InstanceIds=[first["InstanceId"], "i-12345678"],
    )
    assert _state(ec2_client, first["InstanceId"])["State"]["Name"] == "running"


def test_disable_api_termination(ec2_client):
    (instance,) = launch(ec2_client, DisableApiTermination=True)
    iid = instance["InstanceId"]
    expect_error(ec2_client.terminate_instances, "OperationNotPermitted", InstanceIds=[iid])
    assert _state(ec2_client, iid)["State"]["Name"] == "running"
    ec2_client.modify_instance_attribute(InstanceId=iid, DisableApiTermination={"Value": False})
    flag = ec2_client.describe_instance_attribute(InstanceId=iid, Attribute="disableApiTermination")
    assert flag["DisableApiTermination"]["Value"] is False
    ec2_client.terminate_instances(InstanceIds=[iid])
    assert _state(ec2_client, iid)["State"]["Name"] == "terminated"


def test_instance_type_changes_only_while_stopped(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    expect_error(
        ec2_client.modify_instance_attribute,
        "IncorrectInstanceState",
        InstanceId=iid,
        InstanceType={"Value": "t3.large"},
    )
    ec2_client.stop_instances(InstanceIds=[iid])
    expect_error(
        ec2_client.modify_instance_attribute,
        "InvalidParameterValue",
        InstanceId=iid,
        InstanceType={"Value": "m7g.large"},
    )  # arm64 type
    ec2_client.modify_instance_attribute(InstanceId=iid, InstanceType={"Value": "t3.large"})
    assert _state(ec2_client, iid)["InstanceType"] == "t3.large"
    ec2_client.modify_instance_attribute(InstanceId=iid, Attribute="instanceType", Value="m5.large")
    value = ec2_client.describe_instance_attribute(InstanceId=iid, Attribute="instanceType")
    assert value["InstanceType"]["Value"] == "m5.large"


def test_instance_type_changes_after_its_image_is_deregistered(ec2_client):
    (source,) = launch(ec2_client)
    image_id = ec2_client.create_image(InstanceId=source["InstanceId"], Name="short-lived")[
        "ImageId"
    ]
    (instance,) = ec2_client.run_instances(
        ImageId=image_id, MinCount=1, MaxCount=1, InstanceType="t3.micro"
    )["Instances"]
    iid = instance["InstanceId"]
    ec2_client.stop_instances(InstanceIds=[iid])
    ec2_client.deregister_image(ImageId=image_id)
    expect_error(
        ec2_client.modify_instance_attribute,
        "InvalidParameterValue",
        InstanceId=iid,
        InstanceType={"Value": "m7g.large"},
    )
    ec2_client.modify_instance_attribute(InstanceId=iid, InstanceType={"Value": "t3.large"})
    assert _state(ec2_client, iid)["InstanceType"] == "t3.large"


def test_user_data_and_groups_attributes(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    group = ec2_client.create_security_group(GroupName="app", Description="app")
    ec2_client.modify_instance_attribute(InstanceId=iid, Groups=[group["GroupId"]])
    groups = ec2_client.describe_instance_attribute(InstanceId=iid, Attribute="groupSet")
    assert groups["Groups"] == [{"GroupName": "app", "GroupId": group["GroupId"]}]
    assert _state(ec2_client, iid)["SecurityGroups"][0]["GroupId"] == group["GroupId"]
    expect_error(
        ec2_client.modify_instance_attribute,
        "IncorrectInstanceState",
        InstanceId=iid,
        UserData={"Value": b"echo hi"},
    )
    ec2_client.stop_instances(InstanceIds=[iid])
    ec2_client.modify_instance_attribute(InstanceId=iid, UserData={"Value": b"echo hi"})
    data = ec2_client.describe_instance_attribute(InstanceId=iid, Attribute="userData")
    assert base64.b64decode(data["UserData"]["Value"]) == b"echo hi"


def test_source_dest_check_modify_and_reset(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    ec2_client.modify_instance_attribute(InstanceId=iid, SourceDestCheck={"Value": False})
    assert _state(ec2_client, iid)["SourceDestCheck"] is False
    ec2_client.reset_instance_attribute(InstanceId=iid, Attribute="sourceDestCheck")
    assert _state(ec2_client, iid)["SourceDestCheck"] is True
    expect_error(
        ec2_client.reset_instance_attribute,
        "InvalidParameterValue",
        InstanceId=iid,
        Attribute="instanceType",
    )


def test_monitoring(ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    answer = ec2_client.monitor_instances(InstanceIds=[iid])["InstanceMonitorings"]
    assert answer == [{"InstanceId": iid, "Monitoring": {"State": "pending"}}]
    assert _state(ec2_client, iid)["Monitoring"]["State"] == "enabled"
    answer = ec2_client.unmonitor_instances(InstanceIds=[iid])["InstanceMonitorings"]
    assert answer[0]["Monitoring"]["State"] == "disabling"
    assert _state(ec2_client, iid)["Monitoring"]["State"] == "disabled"


def test_console_output_and_reboot(ec2_client, aws_cli):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    ec2_client.reboot_instances(InstanceIds=[iid])
    assert _state(ec2_client, iid)["State"]["Name"] == "running"
    raw = aws_cli("get-console-output", "--instance-id", iid, "--no-latest")
    assert raw["InstanceId"] == iid
    assert "login:" in raw["Output"]  # the CLI decodes the base64 output
    output = ec2_client.get_console_output(InstanceId=iid)["Output"]
    assert instance["PrivateIpAddress"] in output
    expect_error(
        ec2_client.get_console_output, "InvalidInstanceID.NotFound", InstanceId="i-12345678"
    )


def test_cli_stop_and_terminate(aws_cli, ec2_client):
    (instance,) = launch(ec2_client)
    iid = instance["InstanceId"]
    out = aws_cli("stop-instances", "--instance-ids", iid)
    assert out["StoppingInstances"][0]["CurrentState"]["Name"] == "stopping"
    out = aws_cli("terminate-instances", "--instance-ids", iid)
    assert out["TerminatingInstances"][0]["PreviousState"]["Name"] == "stopped"


# --- the clock ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def slow_server():
    server = LocalEC2(in_memory=True, boot_seconds=0.5)
    # LocalEC2 takes no argument for the visibility window; its config is read at start()
    server.config = dataclasses.replace(server.config, terminated_visible_seconds=1.0)
    with server:
        yield server


@pytest.fixture
def slow_client(slow_server):
    slow_server.reset()
    client = boto3.client(
        "ec2",
        endpoint_url=slow_server.endpoint_url,
        region_name=slow_server.region,
        aws_access_key_id=slow_server.access_key_id,
        aws_secret_access_key=slow_server.secret_access_key,
    )
    return client


def _wait(client, name, ids):
    client.get_waiter(name).wait(InstanceIds=ids, WaiterConfig={"Delay": 0.2, "MaxAttempts": 50})


def test_states_move_on_the_clock_and_waiters_work(slow_client):
    image = catalog_image(slow_client)
    (instance,) = slow_client.run_instances(ImageId=image, MinCount=1, MaxCount=1)["Instances"]
    iid = instance["InstanceId"]
    assert _state(slow_client, iid)["State"]["Name"] in ("pending", "running")
    _wait(slow_client, "instance_running", [iid])
    assert _state(slow_client, iid)["State"]["Name"] == "running"
    slow_client.stop_instances(InstanceIds=[iid])
    _wait(slow_client, "instance_stopped", [iid])
    assert _state(slow_client, iid)["State"] == {"Code": 80, "Name": "stopped"}
    slow_client.terminate_instances(InstanceIds=[iid])
    _wait(slow_client, "instance_terminated", [iid])
    assert _state(slow_client, iid)["State"]["Name"] == "terminated"


def test_terminated_instances_vanish(slow_client):
    image = catalog_image(slow_client)
    (instance,) = slow_client.run_instances(ImageId=image, MinCount=1, MaxCount=1)["Instances"]
    iid = instance["InstanceId"]
    slow_client.terminate_instances(InstanceIds=[iid])
    _wait(slow_client, "instance_terminated", [iid])
    # once the visibility window (1 s) has passed, the id is unknown; poll for it
    for _ in range(200):
        try:
            described(slow_client, InstanceIds=[iid])
        except slow_client.exceptions.ClientError as error:
            assert error.response["Error"]["Code"] == "InvalidInstanceID.NotFound"
            break
        time.sleep(0.1)
    else:
        pytest.fail("the terminated instance never vanished")


def _poll(attempt) -> None:
    """Retry `attempt` until it returns True; the clock moves without anyone describing."""
    for _ in range(200):
        if attempt():
            return
        time.sleep(0.1)
    pytest.fail("the state never moved on")


def test_groups_and_tags_follow_the_clock_without_describe(slow_client):
    """DeleteSecurityGroup and DescribeTags see the instance as it is now, not as stored."""
    group = slow_client.create_security_group(GroupName="busy", Description="d")["GroupId"]
    (instance,) = slow_client.run_instances(
        ImageId=catalog_image(slow_client),
        MinCount=1,
        MaxCount=1,
        SecurityGroupIds=[group],
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web"}]}],
    )["Instances"]
    iid = instance["InstanceId"]
    slow_client.terminate_instances(InstanceIds=[iid])

    def deleted() -> bool:
        try:
            slow_client.delete_security_group(GroupId=group)
        except slow_client.exceptions.ClientError as error:
            assert error.response["Error"]["Code"] == "DependencyViolation"
            return False
        return True

    _poll(deleted)

    def untagged() -> bool:
        return all(t["ResourceId"] != iid for t in slow_client.describe_tags()["Tags"])

    _poll(untagged)
    expect_error(
        slow_client.create_tags,
        "InvalidInstanceID.NotFound",
        Resources=[iid],
        Tags=[{"Key": "k", "Value": "v"}],
    )


def test_resource_api_instances_images_and_key_pairs(localec2, ec2_client):
    ec2 = boto3.resource(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    key = ec2.create_key_pair(KeyName="resource-key")
    assert key.key_material.startswith("-----BEGIN")
    image = ec2.Image(catalog_image(ec2_client))
    assert image.architecture == "x86_64" and image.state == "available"
    (instance,) = ec2.create_instances(
        ImageId=image.id, MinCount=1, MaxCount=1, InstanceType="t3.micro", KeyName="resource-key"
    )
    instance.wait_until_running(WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    instance.reload()
    assert instance.state["Name"] == "running" and instance.key_name == "resource-key"
    assert instance.image.id == image.id
    assert [
        i.id
        for i in ec2.instances.filter(Filters=[{"Name": "key-name", "Values": ["resource-key"]}])
    ] == [instance.id]
    instance.create_tags(Tags=[{"Key": "Name", "Value": "via-resource"}])
    own = ec2.Image(instance.create_image(Name="from-resource").id)
    assert own.name == "from-resource" and own.public is False
    assert own.owner_id == instance.network_interfaces_attribute[0]["OwnerId"]
    instance.terminate()
    instance.wait_until_terminated(WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    instance.reload()
    assert instance.state == {"Code": 48, "Name": "terminated"}
    assert instance.tags == [{"Key": "Name", "Value": "via-resource"}]
    own.deregister()
    assert ec2_client.describe_images(Owners=["self"])["Images"] == []
    key.delete()
    assert ec2_client.describe_key_pairs()["KeyPairs"] == []


def test_private_address_is_free_once_terminated_without_describe(slow_client):
    subnet = slow_client.describe_subnets()["Subnets"][0]
    address = str(ipaddress.ip_network(subnet["CidrBlock"])[200])
    launch_args = {
        "ImageId": catalog_image(slow_client),
        "MinCount": 1,
        "MaxCount": 1,
        "SubnetId": subnet["SubnetId"],
        "PrivateIpAddress": address,
    }
    (first,) = slow_client.run_instances(**launch_args)["Instances"]
    expect_error(slow_client.run_instances, "InvalidIPAddress.InUse", **launch_args)
    slow_client.terminate_instances(InstanceIds=[first["InstanceId"]])

    def relaunched() -> bool:
        try:
            slow_client.run_instances(**launch_args)
        except slow_client.exceptions.ClientError as error:
            assert error.response["Error"]["Code"] == "InvalidIPAddress.InUse"
            return False
        return True

    _poll(relaunched)
