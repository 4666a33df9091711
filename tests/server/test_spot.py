"""Spot Instances: requests and their lifecycle, their instances, cancelling, the Spot price
history, RunInstances' InstanceMarketOptions, the data feed; every refusal changes nothing."""

from __future__ import annotations

import datetime
import time

import boto3
from compute_support import catalog_image, described
from groups_support import expect_error

from localec2.embedded import LocalEC2


def _request(client, **kwargs) -> list[dict]:
    spec = {"ImageId": catalog_image(client), "InstanceType": "t3.micro"}
    spec.update(kwargs.pop("spec", {}))
    return client.request_spot_instances(LaunchSpecification=spec, **kwargs)["SpotInstanceRequests"]


def _requests(client, **kwargs) -> list[dict]:
    return client.describe_spot_instance_requests(**kwargs)["SpotInstanceRequests"]


def _one(client, request_id: str) -> dict:
    (request,) = _requests(client, SpotInstanceRequestIds=[request_id])
    return request


def _state(client, request_id: str) -> tuple[str, str]:
    request = _one(client, request_id)
    return request["State"], request["Status"]["Code"]


def test_a_one_time_request_is_fulfilled_by_a_spot_instance(ec2_client):
    group_id = ec2_client.create_security_group(GroupName="web", Description="web")["GroupId"]
    ec2_client.create_key_pair(KeyName="k")
    subnet = ec2_client.describe_subnets(
        Filters=[{"Name": "availability-zone", "Values": ["us-east-1b"]}]
    )["Subnets"][0]
    (asked,) = _request(
        ec2_client,
        SpotPrice="0.05",
        spec={
            "SecurityGroupIds": [group_id],
            "SubnetId": subnet["SubnetId"],
            "KeyName": "k",
            "UserData": "aGVsbG8=",
            "BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 5}}],
        },
        TagSpecifications=[
            {"ResourceType": "spot-instances-request", "Tags": [{"Key": "team", "Value": "a"}]}
        ],
    )
    request_id = asked["SpotInstanceRequestId"]
    assert request_id.startswith("sir-") and len(request_id) == 12
    assert (asked["State"], asked["Status"]["Code"]) == ("open", "pending-evaluation")
    assert asked["Type"] == "one-time" and asked["SpotPrice"] == "0.050000"
    assert asked["ProductDescription"] == "Linux/UNIX"
    assert asked["InstanceInterruptionBehavior"] == "terminate"
    assert asked["Tags"] == [{"Key": "team", "Value": "a"}]
    # EC2's default: valid for 7 days
    assert (asked["ValidUntil"] - asked["CreateTime"]).total_seconds() == 7 * 86400
    spec = asked["LaunchSpecification"]
    assert spec["SecurityGroups"] == [{"GroupId": group_id, "GroupName": "web"}]
    assert spec["KeyName"] == "k" and spec["SubnetId"] == subnet["SubnetId"]
    assert spec["Placement"] == {"AvailabilityZone": "us-east-1b"}
    # boot_seconds is 0: evaluated and fulfilled by the next read
    request = _one(ec2_client, request_id)
    assert (request["State"], request["Status"]["Code"]) == ("active", "fulfilled")
    assert request["Status"]["Message"] == "Your spot request is fulfilled."
    assert request["LaunchedAvailabilityZone"] == "us-east-1b"
    assert request["LaunchedAvailabilityZoneId"] == "use1-az2"
    by_zone = _requests(
        ec2_client, Filters=[{"Name": "launched-availability-zone-id", "Values": ["use1-az2"]}]
    )
    assert [r["SpotInstanceRequestId"] for r in by_zone] == [request_id]
    (instance,) = described(ec2_client, InstanceIds=[request["InstanceId"]])
    assert instance["InstanceLifecycle"] == "spot"
    assert instance["SpotInstanceRequestId"] == request_id
    assert instance["KeyName"] == "k" and instance["SubnetId"] == subnet["SubnetId"]
    assert [d["DeviceName"] for d in instance["BlockDeviceMappings"]][-1] == "/dev/sdf"
    user_data = ec2_client.describe_instance_attribute(
        InstanceId=instance["InstanceId"], Attribute="userData"
    )["UserData"]["Value"]
    assert user_data == "aGVsbG8="
    for name, value in [
        ("instance-lifecycle", "spot"),
        ("spot-instance-request-id", request_id),
    ]:
        found = described(ec2_client, Filters=[{"Name": name, "Values": [value]}])
        assert [i["InstanceId"] for i in found] == [instance["InstanceId"]], name
    # its instance terminated: a one-time request closes
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"]])
    assert _state(ec2_client, request_id) == ("closed", "instance-terminated-by-user")


def test_a_persistent_request_relaunches_and_stops_with_its_instance(ec2_client):
    (asked,) = _request(ec2_client, Type="persistent", InstanceInterruptionBehavior="stop")
    request_id = asked["SpotInstanceRequestId"]
    first = _one(ec2_client, request_id)["InstanceId"]
    ec2_client.stop_instances(InstanceIds=[first])
    assert _state(ec2_client, request_id) == ("disabled", "instance-stopped-by-user")
    ec2_client.start_instances(InstanceIds=[first])
    assert _state(ec2_client, request_id) == ("active", "fulfilled")
    # terminated: the request opens again and launches a new instance
    ec2_client.terminate_instances(InstanceIds=[first])
    request = _one(ec2_client, request_id)
    assert (request["State"], request["Status"]["Code"]) == ("active", "fulfilled")
    second = request["InstanceId"]
    assert second != first
    # cancelled: the instance keeps running
    cancelled = ec2_client.cancel_spot_instance_requests(SpotInstanceRequestIds=[request_id])
    assert cancelled["CancelledSpotInstanceRequests"] == [
        {"SpotInstanceRequestId": request_id, "State": "cancelled"}
    ]
    assert _state(ec2_client, request_id) == ("cancelled", "request-canceled-and-instance-running")
    (instance,) = described(ec2_client, InstanceIds=[second])
    assert instance["State"]["Name"] == "running"
    ec2_client.terminate_instances(InstanceIds=[second])
    assert _state(ec2_client, request_id) == ("cancelled", "instance-terminated-by-user")
    assert (
        len(described(ec2_client, Filters=[{"Name": "instance-lifecycle", "Values": ["spot"]}]))
        == 2
    )


def test_price_too_low_cancel_and_filters(ec2_client):
    low = _request(ec2_client, SpotPrice="0.002", spec={"InstanceType": "m5.large"})[0]
    request = _one(ec2_client, low["SpotInstanceRequestId"])
    assert (request["State"], request["Status"]["Code"]) == ("open", "price-too-low")
    assert "0.002000" in request["Status"]["Message"] and "InstanceId" not in request
    many = _request(
        ec2_client, InstanceCount=3, Type="persistent", InstanceInterruptionBehavior="hibernate"
    )
    assert len({r["SpotInstanceRequestId"] for r in many}) == 3
    ids = [low["SpotInstanceRequestId"]] + [r["SpotInstanceRequestId"] for r in many]
    cancelled = ec2_client.cancel_spot_instance_requests(SpotInstanceRequestIds=[ids[0]])
    assert cancelled["CancelledSpotInstanceRequests"][0]["State"] == "cancelled"
    assert _state(ec2_client, ids[0]) == ("cancelled", "canceled-before-fulfillment")
    instance_id = _one(ec2_client, ids[1])["InstanceId"]

    def listed(*filters) -> list[str]:
        found = _requests(ec2_client, Filters=[{"Name": n, "Values": [v]} for n, v in filters])
        return [r["SpotInstanceRequestId"] for r in found]

    assert listed(("state", "cancelled")) == [ids[0]]
    assert listed(("state", "active")) == ids[1:]
    assert listed(("status-code", "canceled-before-fulfillment")) == [ids[0]]
    assert listed(("instance-id", instance_id)) == [ids[1]]
    assert listed(("launch.instance-type", "m5.large")) == [ids[0]]
    assert listed(("type", "persistent")) == ids[1:]
    assert listed(("spot-price", "0.002000")) == [ids[0]]
    assert listed(("spot-instance-request-id", ids[2])) == [ids[2]]
    assert listed(("launch.image-id", catalog_image(ec2_client))) == ids
    ec2_client.create_tags(Resources=[ids[3]], Tags=[{"Key": "k", "Value": "v"}])
    assert listed(("tag:k", "v")) == [ids[3]]
    assert (
        ec2_client.describe_tags(Filters=[{"Name": "resource-id", "Values": [ids[3]]}])["Tags"][0][
            "ResourceType"
        ]
        == "spot-instances-request"
    )
    page = ec2_client.describe_spot_instance_requests(MaxResults=5)
    assert len(page["SpotInstanceRequests"]) == 4 and "NextToken" not in page
    assert [
        r["SpotInstanceRequestId"]
        for r in _requests(ec2_client, SpotInstanceRequestIds=[ids[2], ids[0]])
    ] == [ids[2], ids[0]]
    expect_error(
        ec2_client.describe_spot_instance_requests,
        "InvalidSpotInstanceRequestID.NotFound",
        SpotInstanceRequestIds=["sir-12345678"],
    )
    expect_error(
        ec2_client.describe_spot_instance_requests,
        "InvalidSpotInstanceRequestID.Malformed",
        SpotInstanceRequestIds=["spot-1"],
    )
    expect_error(
        ec2_client.describe_spot_instance_requests,
        "InvalidParameterValue",
        Filters=[{"Name": "nope", "Values": ["x"]}],
    )
    expect_error(
        ec2_client.cancel_spot_instance_requests,
        "InvalidSpotInstanceRequestID.NotFound",
        SpotInstanceRequestIds=["sir-12345678"],
    )
    expect_error(
        ec2_client.cancel_spot_instance_requests,
        "DryRunOperation",
        412,
        SpotInstanceRequestIds=[ids[1]],
        DryRun=True,
    )
    assert _state(ec2_client, ids[1]) == ("active", "fulfilled")


def test_request_refusals_change_nothing(ec2_client):
    image = catalog_image(ec2_client)
    request = ec2_client.request_spot_instances
    spec = {"ImageId": image, "InstanceType": "t3.micro"}
    future = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    past = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    for code, kwargs in [
        ("InvalidAMIID.NotFound", {"LaunchSpecification": {**spec, "ImageId": "ami-12345678"}}),
        ("InvalidKeyPair.NotFound", {"LaunchSpecification": {**spec, "KeyName": "nope"}}),
        (
            "InvalidSubnetID.NotFound",
            {"LaunchSpecification": {**spec, "SubnetId": "subnet-12345678"}},
        ),
        ("InvalidParameterValue", {"LaunchSpecification": {**spec, "InstanceType": "m9.huge"}}),
        ("MissingParameter", {"LaunchSpecification": {"InstanceType": "t3.micro"}}),
        ("InvalidParameterValue", {"LaunchSpecification": spec, "SpotPrice": "cheap"}),
        ("InvalidParameterValue", {"LaunchSpecification": spec, "SpotPrice": "0.0001"}),
        ("InvalidParameterValue", {"LaunchSpecification": spec, "InstanceCount": 0}),
        ("InvalidParameterValue", {"LaunchSpecification": spec, "ValidFrom": past}),
        ("InvalidParameterValue", {"LaunchSpecification": spec, "ValidUntil": past}),
        (
            "InvalidParameterValue",
            {"LaunchSpecification": spec, "ValidFrom": future, "ValidUntil": future},
        ),
        (
            "InvalidParameterCombination",
            {"LaunchSpecification": spec, "InstanceInterruptionBehavior": "stop"},
        ),
        (
            "InvalidParameterValue",
            {
                "LaunchSpecification": spec,
                "TagSpecifications": [
                    {"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]}
                ],
            },
        ),
    ]:
        expect_error(request, code, **kwargs)
    expect_error(request, "DryRunOperation", 412, LaunchSpecification=spec, DryRun=True)
    assert _requests(ec2_client) == [] and described(ec2_client) == []


def test_a_request_waits_for_its_start():
    with LocalEC2(in_memory=True, boot_seconds=0.5) as server:
        client = boto3.client(
            "ec2",
            endpoint_url=server.endpoint_url,
            region_name=server.region,
            aws_access_key_id=server.access_key_id,
            aws_secret_access_key=server.secret_access_key,
        )
        (asked,) = _request(client)
        request_id = asked["SpotInstanceRequestId"]
        assert _state(client, request_id) == ("open", "pending-evaluation")
        time.sleep(0.6)
        assert _state(client, request_id) == ("active", "fulfilled")
        start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=1)
        (later,) = _request(client, ValidFrom=start)
        assert later["Status"]["Code"] == "not-scheduled-yet" and later["ValidFrom"]
        assert _state(client, later["SpotInstanceRequestId"]) == ("open", "not-scheduled-yet")
        time.sleep(1.7)
        assert _state(client, later["SpotInstanceRequestId"]) == ("active", "fulfilled")
        until = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=0.3)
        (expiring,) = _request(client, ValidUntil=until)
        time.sleep(0.6)
        assert _state(client, expiring["SpotInstanceRequestId"]) == (
            "cancelled",
            "schedule-expired",
        )


def test_spot_price_history(ec2_client, aws_cli):
    current = ec2_client.describe_spot_price_history(
        InstanceTypes=["t3.micro"], ProductDescriptions=["Linux/UNIX"]
    )["SpotPriceHistory"]
    # without a start: the price now, in each zone
    assert sorted(p["AvailabilityZone"] for p in current) == [f"us-east-1{z}" for z in "abcdef"]
    for point in current:
        assert 0 < float(point["SpotPrice"]) < 0.0104  # under the On-Demand price
        assert len(point["SpotPrice"].split(".")[1]) == 6
    again = ec2_client.describe_spot_price_history(
        InstanceTypes=["t3.micro"], ProductDescriptions=["Linux/UNIX"]
    )["SpotPriceHistory"]
    assert again == current  # a stable, deterministic series
    start = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    day = ec2_client.describe_spot_price_history(
        InstanceTypes=["t3.micro"],
        ProductDescriptions=["Linux/UNIX"],
        AvailabilityZone="us-east-1a",
        StartTime=start,
    )["SpotPriceHistory"]
    # a price every 4 hours: those of the day, and the one in effect at its start
    assert len(day) == 7
    stamps = [p["Timestamp"] for p in day]
    assert stamps == sorted(stamps, reverse=True) and stamps[-1] <= start
    windows = ec2_client.describe_spot_price_history(
        InstanceTypes=["t3.micro"], ProductDescriptions=["Windows"], AvailabilityZone="us-east-1a"
    )["SpotPriceHistory"]
    assert float(windows[0]["SpotPrice"]) > float(day[0]["SpotPrice"])
    filtered = ec2_client.describe_spot_price_history(
        Filters=[
            {"Name": "instance-type", "Values": ["c5.*"]},
            {"Name": "availability-zone", "Values": ["us-east-1c"]},
            {"Name": "product-description", "Values": ["Linux/UNIX (Amazon VPC)"]},
        ]
    )["SpotPriceHistory"]
    assert len(filtered) == 8 and {p["AvailabilityZone"] for p in filtered} == {"us-east-1c"}
    price = filtered[0]["SpotPrice"]
    by_price = ec2_client.describe_spot_price_history(
        InstanceTypes=[filtered[0]["InstanceType"]],
        Filters=[{"Name": "spot-price", "Values": [price]}],
    )["SpotPriceHistory"]
    assert by_price and {p["SpotPrice"] for p in by_price} == {price}
    page = ec2_client.describe_spot_price_history(MaxResults=10)
    rest = ec2_client.describe_spot_price_history(MaxResults=10, NextToken=page["NextToken"])
    assert (
        len(page["SpotPriceHistory"]) == 10 and rest["SpotPriceHistory"] != page["SpotPriceHistory"]
    )
    history = ec2_client.describe_spot_price_history
    expect_error(history, "InvalidParameterValue", AvailabilityZone="us-east-1z")
    expect_error(
        history,
        "InvalidParameterCombination",
        AvailabilityZone="us-east-1a",
        AvailabilityZoneId="use1-az1",
    )
    expect_error(
        history,
        "InvalidParameterValue",
        StartTime=start,
        EndTime=start - datetime.timedelta(hours=1),
    )
    expect_error(history, "InvalidParameterValue", Filters=[{"Name": "nope", "Values": ["x"]}])
    expect_error(history, "InvalidParameterValue", MaxResults=1001)
    shown = aws_cli(
        "describe-spot-price-history",
        "--instance-types",
        "t3.micro",
        "--product-descriptions",
        "Linux/UNIX",
        "--availability-zone",
        "us-east-1a",
    )["SpotPriceHistory"]
    assert [p["SpotPrice"] for p in shown] == [day[0]["SpotPrice"]]


def test_run_instances_on_the_spot_market(ec2_client):
    image = catalog_image(ec2_client)
    run = ec2_client.run_instances
    launched = run(
        ImageId=image,
        MinCount=2,
        MaxCount=2,
        InstanceType="t3.micro",
        InstanceMarketOptions={"MarketType": "spot", "SpotOptions": {"MaxPrice": "0.05"}},
        TagSpecifications=[
            {"ResourceType": "spot-instances-request", "Tags": [{"Key": "via", "Value": "run"}]}
        ],
    )["Instances"]
    for instance in launched:
        assert instance["InstanceLifecycle"] == "spot"
        request = _one(ec2_client, instance["SpotInstanceRequestId"])
        assert (request["State"], request["Status"]["Code"]) == ("active", "fulfilled")
        assert request["InstanceId"] == instance["InstanceId"]
        assert request["SpotPrice"] == "0.050000" and request["Type"] == "one-time"
        assert request["Tags"] == [{"Key": "via", "Value": "run"}]
    persistent = run(
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        InstanceType="t3.micro",
        InstanceMarketOptions={
            "MarketType": "spot",
            "SpotOptions": {
                "SpotInstanceType": "persistent",
                "InstanceInterruptionBehavior": "stop",
            },
        },
    )["Instances"][0]
    request = _one(ec2_client, persistent["SpotInstanceRequestId"])
    assert request["Type"] == "persistent" and request["InstanceInterruptionBehavior"] == "stop"
    assert float(request["SpotPrice"]) == 0.0104  # the On-Demand price when none is given
    before = described(ec2_client)
    for code, options in [
        ("SpotMaxPriceTooLow", {"MarketType": "spot", "SpotOptions": {"MaxPrice": "0.001"}}),
        ("InvalidParameterValue", {"MarketType": "spot", "SpotOptions": {"MaxPrice": "0.0001"}}),
        ("InvalidParameterValue", {"MarketType": "capacity-block"}),
        (
            "InvalidParameterCombination",
            {"MarketType": "spot", "SpotOptions": {"SpotInstanceType": "persistent"}},
        ),
        (
            "InvalidParameterCombination",
            {
                "MarketType": "spot",
                "SpotOptions": {
                    "ValidUntil": datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
                },
            },
        ),
    ]:
        expect_error(
            run,
            code,
            ImageId=image,
            MinCount=1,
            MaxCount=1,
            InstanceType="t3.micro",
            InstanceMarketOptions=options,
        )
    assert described(ec2_client) == before and len(_requests(ec2_client)) == 3


def test_datafeed_subscription(ec2_client, aws_cli):
    describe = ec2_client.describe_spot_datafeed_subscription
    expect_error(describe, "InvalidSpotDatafeed.NotFound")
    expect_error(ec2_client.delete_spot_datafeed_subscription, "InvalidSpotDatafeed.NotFound")
    expect_error(
        ec2_client.create_spot_datafeed_subscription, "InvalidParameterValue", Bucket="No_Such"
    )
    expect_error(
        ec2_client.create_spot_datafeed_subscription,
        "DryRunOperation",
        412,
        Bucket="feed",
        DryRun=True,
    )
    expect_error(describe, "InvalidSpotDatafeed.NotFound")
    created = ec2_client.create_spot_datafeed_subscription(Bucket="feed-bucket", Prefix="spot/")[
        "SpotDatafeedSubscription"
    ]
    account = ec2_client.describe_security_groups()["SecurityGroups"][0]["OwnerId"]
    assert created == {
        "Bucket": "feed-bucket",
        "Prefix": "spot/",
        "OwnerId": account,
        "State": "Active",
    }
    assert describe()["SpotDatafeedSubscription"] == created
    # one per account: a new one replaces it
    ec2_client.create_spot_datafeed_subscription(Bucket="other-bucket")
    assert describe()["SpotDatafeedSubscription"]["Bucket"] == "other-bucket"
    assert "Prefix" not in describe()["SpotDatafeedSubscription"]
    assert (
        aws_cli("describe-spot-datafeed-subscription")["SpotDatafeedSubscription"]["Bucket"]
        == "other-bucket"
    )
    aws_cli("delete-spot-datafeed-subscription")
    assert "InvalidSpotDatafeed.NotFound" in aws_cli(
        "describe-spot-datafeed-subscription", expect_error=True
    )


def test_cli(aws_cli):
    image = aws_cli(
        "describe-images", "--owners", "amazon", "--filters", "Name=name,Values=al2023-*x86_64*"
    )["Images"][0]["ImageId"]
    asked = aws_cli(
        "request-spot-instances",
        "--instance-count",
        "1",
        "--type",
        "one-time",
        "--launch-specification",
        f'{{"ImageId": "{image}", "InstanceType": "t3.small"}}',
    )["SpotInstanceRequests"][0]
    request_id = asked["SpotInstanceRequestId"]
    shown = aws_cli("describe-spot-instance-requests", "--spot-instance-request-ids", request_id)
    assert shown["SpotInstanceRequests"][0]["State"] == "active"
    cancelled = aws_cli("cancel-spot-instance-requests", "--spot-instance-request-ids", request_id)
    assert cancelled["CancelledSpotInstanceRequests"][0]["State"] == "cancelled"
    error = aws_cli(
        "describe-spot-instance-requests",
        "--spot-instance-request-ids",
        "sir-12345678",
        expect_error=True,
    )
    assert "InvalidSpotInstanceRequestID.NotFound" in error
