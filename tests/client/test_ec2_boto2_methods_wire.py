"""boto 2's EC2Connection methods for actions moto does not answer: the request each sends
(seen by a recording peer on loopback) and the objects it makes of EC2's answer (AWS's
published example where the API reference prints one, `responses/`; otherwise an answer
shaped by the reference's response elements, `responses/shaped/`), errors included."""

from __future__ import annotations

import datetime

import pytest
from wire_support import wire  # noqa: F401

from boto.ec2.bundleinstance import BundleInstanceTask
from boto.ec2.placementgroup import PlacementGroup
from boto.ec2.reservedinstance import (
    ModificationResult,
    ReservedInstance,
    ReservedInstanceListing,
    ReservedInstancesConfiguration,
    ReservedInstancesModification,
)
from boto.ec2.spotdatafeedsubscription import SpotDatafeedSubscription
from boto.ec2.volume import VolumeAttribute
from boto.ec2.volumestatus import VolumeStatusSet
from boto.exception import EC2ResponseError

ERROR = (
    '<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>%s</Code>'
    "<Message>%s</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example"
    "</RequestID></Response>"
)


def _answer_error(peer, code: str, status: int = 400) -> None:
    peer.answer(ERROR % (code, "the message"), status)


# --- Spot data feed ------------------------------------------------------------------------


def test_spot_datafeed_subscription(wire):  # noqa: F811
    conn = wire.connect()
    wire.answer("describe_spot_datafeed_subscription.xml")
    subscription = conn.get_spot_datafeed_subscription()
    assert wire.last == {"Action": "DescribeSpotDatafeedSubscription"}
    assert isinstance(subscription, SpotDatafeedSubscription)
    assert (subscription.owner_id, subscription.bucket, subscription.prefix) == (
        "123456789012",
        "my-s3-bucket",
        "spotdata_",
    )
    assert subscription.state == "Active"
    assert repr(subscription) == "SpotDatafeedSubscription:my-s3-bucket"

    conn.create_spot_datafeed_subscription("my-s3-bucket", "spotdata_", dry_run=True)
    assert wire.last == {
        "Action": "CreateSpotDatafeedSubscription",
        "Bucket": "my-s3-bucket",
        "Prefix": "spotdata_",
        "DryRun": "true",
    }
    wire.answer(
        "<DeleteSpotDatafeedSubscriptionResponse><return>true</return>"
        "</DeleteSpotDatafeedSubscriptionResponse>"
    )
    assert subscription.delete() is True
    assert wire.last == {"Action": "DeleteSpotDatafeedSubscription"}

    _answer_error(wire, "InvalidSpotDatafeed.NotFound")
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_spot_datafeed_subscription()
    assert (caught.value.error_code, caught.value.status) == ("InvalidSpotDatafeed.NotFound", 400)
    assert caught.value.request_id == "ea966190-f9aa-478e-9ede-example"


# --- Reserved Instances --------------------------------------------------------------------


def test_get_all_reserved_instances(wire):  # noqa: F811
    wire.answer("shaped/describe_reserved_instances.xml")
    (reserved,) = wire.connect().get_all_reserved_instances(
        ["e5a2ff3b-7d14-494f-90af-0b5d0EXAMPLE"], filters={"state": "active"}
    )
    assert wire.last == {
        "Action": "DescribeReservedInstances",
        "ReservedInstancesId.1": "e5a2ff3b-7d14-494f-90af-0b5d0EXAMPLE",
        "Filter.1.Name": "state",
        "Filter.1.Value.1": "active",
    }
    assert isinstance(reserved, ReservedInstance)
    assert reserved.id == "e5a2ff3b-7d14-494f-90af-0b5d0EXAMPLE"
    assert (reserved.instance_type, reserved.availability_zone) == ("m1.xlarge", "us-east-1b")
    assert (reserved.instance_count, reserved.state, reserved.duration) == (2, "active", 31536000)
    assert (reserved.start, reserved.end) == (
        "2015-07-14T11:00:00.000Z",
        "2016-07-13T12:00:00.000Z",
    )
    assert (reserved.fixed_price, reserved.usage_price) == ("0.0", "0.034")
    assert reserved.description == "Linux/UNIX (Amazon VPC)"
    assert (reserved.currency_code, reserved.offering_type) == ("USD", "Partial Upfront")
    ((charge),) = reserved.recurring_charges
    assert (charge.frequency, charge.amount) == ("Hourly", "0.05")
    assert repr(reserved) == "ReservedInstance:e5a2ff3b-7d14-494f-90af-0b5d0EXAMPLE"


def test_purchase_reserved_instance_offering(wire):  # noqa: F811
    wire.answer("shaped/purchase_reserved_instances_offering.xml")
    reserved = wire.connect().purchase_reserved_instance_offering(
        "offering-1", 3, limit_price=(12.5, "USD")
    )
    assert wire.last == {
        "Action": "PurchaseReservedInstancesOffering",
        "ReservedInstancesOfferingId": "offering-1",
        "InstanceCount": "3",
        "LimitPrice.Amount": "12.5",
        "LimitPrice.CurrencyCode": "USD",
    }
    assert reserved.id == "e5a2ff3b-7d14-494f-90af-0b5d0EXAMPLE"


def test_reserved_instances_listing(wire):  # noqa: F811
    wire.answer("shaped/create_reserved_instances_listing.xml")
    conn = wire.connect()
    (listing,) = conn.create_reserved_instances_listing(
        "e5a2ff3b-7d14-494f-90af-0b5d0example", 1, [(2.5, 11), ("2.0", 10)], "myIdempToken1"
    )
    assert wire.last == {
        "Action": "CreateReservedInstancesListing",
        "ReservedInstancesId": "e5a2ff3b-7d14-494f-90af-0b5d0example",
        "InstanceCount": "1",
        "ClientToken": "myIdempToken1",
        # boto 2 numbered these from 0; EC2 counts from 1.
        "PriceSchedules.1.Price": "2.5",
        "PriceSchedules.1.Term": "11",
        "PriceSchedules.2.Price": "2.0",
        "PriceSchedules.2.Term": "10",
    }
    assert isinstance(listing, ReservedInstanceListing)
    assert listing.listing_id == "5ec28771-05ff-4b9b-aa31-9e57dexample"
    assert listing.id == "e5a2ff3b-7d14-494f-90af-0b5d0example"
    assert (listing.status, listing.status_message) == ("active", "ACTIVE")
    assert listing.create_date == "2012-07-17T17:11:09.449Z"
    assert [(c.state, c.instance_count) for c in listing.instance_counts] == [
        ("Available", 1),
        ("Sold", 0),
    ]
    assert [(p.term, p.price, p.currency_code, p.active) for p in listing.price_schedules] == [
        (11, "2.5", "USD", True),
        (10, "2.5", "USD", False),
    ]
    assert listing.clientToken == "myIdempToken1"

    conn.cancel_reserved_instances_listing(["5ec28771-05ff-4b9b-aa31-9e57dexample"])
    assert wire.last == {
        "Action": "CancelReservedInstancesListing",
        "ReservedInstancesListingId": "5ec28771-05ff-4b9b-aa31-9e57dexample",
    }


def test_modify_reserved_instances(wire):  # noqa: F811
    wire.answer("shaped/modify_reserved_instances.xml")
    target = ReservedInstancesConfiguration(
        availability_zone="us-east-1a",
        platform="EC2-VPC",
        instance_count=1,
        instance_type="m1.large",
    )
    modification_id = wire.connect().modify_reserved_instances("token", ["ri-1", "ri-2"], [target])
    assert modification_id == "rimod-3aae219d-3d63-47a9-a7e9-e764EXAMPLE"
    assert wire.last == {
        "Action": "ModifyReservedInstances",
        "ClientToken": "token",
        "ReservedInstancesId.1": "ri-1",
        "ReservedInstancesId.2": "ri-2",
        "ReservedInstancesConfigurationSetItemType.1.AvailabilityZone": "us-east-1a",
        "ReservedInstancesConfigurationSetItemType.1.Platform": "EC2-VPC",
        "ReservedInstancesConfigurationSetItemType.1.InstanceCount": "1",
        "ReservedInstancesConfigurationSetItemType.1.InstanceType": "m1.large",
    }


def test_describe_reserved_instances_modifications(wire):  # noqa: F811
    wire.answer("shaped/describe_reserved_instances_modifications.xml")
    (modification,) = wire.connect().describe_reserved_instances_modifications(
        ["rimod-1"], next_token="t", filters={"status": "fulfilled"}
    )
    assert wire.last == {
        "Action": "DescribeReservedInstancesModifications",
        "ReservedInstancesModificationId.1": "rimod-1",
        "NextToken": "t",
        "Filter.1.Name": "status",
        "Filter.1.Value.1": "fulfilled",
    }
    assert isinstance(modification, ReservedInstancesModification)
    assert modification.modification_id == "rimod-49b9433e-fdc7-464a-a6e5-9dabcEXAMPLE"
    assert modification.status == "fulfilled"
    assert modification.create_date == datetime.datetime(2013, 9, 2, 21, 20, 19, 637000)
    assert modification.effective_date == datetime.datetime(2013, 9, 2, 21, 0)
    assert modification.client_token == "token-f5b56c05-09b0-4d17-8d8c-c75d8EXAMPLE"
    assert [r.id for r in modification.reserved_instances] == [
        "2567o137-8a55-48d6-82fb-7258506bb497"
    ]
    (result,) = modification.modification_results
    assert isinstance(result, ModificationResult)
    assert (result.availability_zone, result.platform, result.instance_count) == (
        "us-east-1a",
        "EC2-VPC",
        1,
    )
    assert result.instance_type == "m1.large"
    assert result.reservedInstancesId == "9d5cb137-5d65-4479-b4ac-8c337EXAMPLE"


# --- placement groups --------------------------------------------------------------------


def test_placement_groups(wire):  # noqa: F811
    conn = wire.connect()
    assert conn.create_placement_group("XYZ-cluster")
    assert wire.last == {
        "Action": "CreatePlacementGroup",
        "GroupName": "XYZ-cluster",
        "Strategy": "cluster",
    }
    wire.answer("shaped/describe_placement_groups.xml")
    groups = conn.get_all_placement_groups(["XYZ-cluster", "ABC-spread"])
    assert wire.last == {
        "Action": "DescribePlacementGroups",
        "GroupName.1": "XYZ-cluster",
        "GroupName.2": "ABC-spread",
    }
    assert all(isinstance(g, PlacementGroup) for g in groups)
    assert [(g.name, g.strategy, g.state) for g in groups] == [
        ("XYZ-cluster", "cluster", "available"),
        ("ABC-spread", "spread", "available"),
    ]
    assert groups[0].groupId == "pg-0123456789EXAMPLE"
    assert repr(groups[0]) == "PlacementGroup:XYZ-cluster"
    wire.answer(
        "<DeletePlacementGroupResponse><return>true</return></DeletePlacementGroupResponse>"
    )
    assert groups[0].delete()
    assert wire.last == {"Action": "DeletePlacementGroup", "GroupName": "XYZ-cluster"}
    _answer_error(wire, "InvalidPlacementGroup.Unknown")
    with pytest.raises(EC2ResponseError) as caught:
        conn.delete_placement_group("nope")
    assert caught.value.error_code == "InvalidPlacementGroup.Unknown"


# --- volume status and attributes -----------------------------------------------------------


def test_volume_status(wire):  # noqa: F811
    wire.answer("shaped/describe_volume_status.xml")
    statuses = wire.connect().get_all_volume_status(
        ["vol-1234567890abcdef0"], max_results=5, filters={"volume-status.status": "impaired"}
    )
    assert wire.last == {
        "Action": "DescribeVolumeStatus",
        "VolumeId.1": "vol-1234567890abcdef0",
        "MaxResults": "5",
        "Filter.1.Name": "volume-status.status",
        "Filter.1.Value.1": "impaired",
    }
    assert isinstance(statuses, VolumeStatusSet)
    assert statuses.next_token == "token-2"
    ok, impaired = statuses
    assert (ok.id, ok.zone, ok.volume_status.status) == (
        "vol-1234567890abcdef0",
        "us-east-1d",
        "ok",
    )
    assert ok.volume_status.details == {"io-enabled": "passed"}
    assert (impaired.volume_status.status, impaired.volume_status.details) == (
        "impaired",
        {"io-enabled": "failed"},
    )
    (event,) = impaired.events
    assert (event.id, event.type, event.not_before) == (
        "evol-61a54008",
        "potential-data-inconsistency",
        "2011-12-01T14:00:00.000Z",
    )
    (action,) = impaired.actions
    assert (action.code, action.id, action.type) == (
        "enable-volume-io",
        "evol-61a54008",
        "potential-data-inconsistency",
    )
    assert repr(impaired) == "VolumeStatus:vol-0987654321abcdef0"


def test_enable_volume_io_and_attribute(wire):  # noqa: F811
    conn = wire.connect()
    assert conn.enable_volume_io("vol-1")
    assert wire.last == {"Action": "EnableVolumeIO", "VolumeId": "vol-1"}
    wire.answer("shaped/describe_volume_attribute.xml")
    attribute = conn.get_volume_attribute("vol-1234567890abcdef0")
    assert wire.last == {
        "Action": "DescribeVolumeAttribute",
        "VolumeId": "vol-1234567890abcdef0",
        "Attribute": "autoEnableIO",
    }
    assert isinstance(attribute, VolumeAttribute)
    assert (attribute.id, attribute.attrs) == ("vol-1234567890abcdef0", {"autoEnableIO": False})
    wire.answer(
        "<ModifyVolumeAttributeResponse><return>true</return></ModifyVolumeAttributeResponse>"
    )
    assert conn.modify_volume_attribute("vol-1", "AutoEnableIO", True, dry_run=True)
    assert wire.last == {
        "Action": "ModifyVolumeAttribute",
        "VolumeId": "vol-1",
        "AutoEnableIO.Value": "true",
        "DryRun": "true",
    }


# --- bundle tasks, products, ClassicLink ------------------------------------------------------


def test_bundle_tasks(wire):  # noqa: F811
    conn = wire.connect()
    wire.answer("shaped/describe_bundle_tasks.xml")
    (task,) = conn.get_all_bundle_tasks(["bun-c1a540a8"])
    assert wire.last == {"Action": "DescribeBundleTasks", "BundleId.1": "bun-c1a540a8"}
    assert isinstance(task, BundleInstanceTask)
    assert (task.id, task.instance_id, task.state, task.progress) == (
        "bun-c1a540a8",
        "i-1234567890abcdef0",
        "cancelling",
        "20%",
    )
    assert (task.bucket, task.prefix) == ("myawsbucket", "winami")
    assert (task.start_time, task.update_time) == (
        "2008-10-07T11:41:50.000Z",
        "2008-10-07T11:51:50.000Z",
    )
    assert (task.code, task.message) == ("Client.Timeout", "The instance did not shut down in time")

    conn.cancel_bundle_task("bun-c1a540a8")
    assert wire.last == {"Action": "CancelBundleTask", "BundleId": "bun-c1a540a8"}

    policy = "eyJleHBpcmF0aW9uIjogIjIwMDgtMDgtMzBUMDg6NDk6MDlaIn0="
    conn.bundle_instance("i-1", "myawsbucket", "winami", policy)
    sent = wire.last
    assert sent["Action"] == "BundleInstance"
    assert sent["Storage.S3.Bucket"] == "myawsbucket"
    assert sent["Storage.S3.Prefix"] == "winami"
    assert sent["Storage.S3.UploadPolicy"] == policy
    assert sent["Storage.S3.AWSAccessKeyId"] == "AKIDEXAMPLE"
    # HMAC-SHA1 of the policy with the secret key, base64: S3's POST policy signature.
    import base64
    import hashlib
    import hmac

    expected = base64.b64encode(hmac.new(b"secret", policy.encode(), hashlib.sha1).digest())
    assert sent["Storage.S3.UploadPolicySignature"] == expected.decode()


def test_confirm_product_instance(wire):  # noqa: F811
    wire.answer("shaped/confirm_product_instance.xml")
    conn = wire.connect()
    assert conn.confirm_product_instance("774F4FF8", "i-1") == (True, "111122223333")
    assert wire.last == {
        "Action": "ConfirmProductInstance",
        "ProductCode": "774F4FF8",
        "InstanceId": "i-1",
    }
    from boto.ec2.instance import Instance

    instance = Instance(conn)
    instance.id = "i-2"
    assert instance.confirm_product("774F4FF8") == (True, "111122223333")
    assert wire.last["ProductCode"] == "774F4FF8" and wire.last["InstanceId"] == "i-2"


def test_classic_link_instances(wire):  # noqa: F811
    wire.answer("shaped/describe_classic_link_instances.xml")
    instances = wire.connect().get_all_classic_link_instances(
        ["i-1234567890abcdef0"], max_results=10, next_token="page-1"
    )
    assert wire.last == {
        "Action": "DescribeClassicLinkInstances",
        "InstanceId.1": "i-1234567890abcdef0",
        "MaxResults": "10",
        "NextToken": "page-1",
    }
    (instance,) = instances
    assert (instance.id, instance.vpc_id) == ("i-1234567890abcdef0", "vpc-88888888")
    assert [g.id for g in instance.groups] == ["sg-11122233"]
    assert instance.tags == {"Name": "web"}
    assert instances.next_token == "page-2"


# --- wire-only checks of methods moto also answers ------------------------------------------


def test_request_spot_instances_parameters(wire):  # noqa: F811
    from boto.ec2.blockdevicemapping import BlockDeviceMapping, BlockDeviceType

    mapping = BlockDeviceMapping()
    mapping["/dev/sdb"] = BlockDeviceType(ephemeral_name="ephemeral0")
    wire.answer(
        "<RequestSpotInstancesResponse><spotInstanceRequestSet/></RequestSpotInstancesResponse>"
    )
    wire.connect().request_spot_instances(
        0.5,
        "ami-1",
        count=2,
        type="persistent",
        valid_until="2030-01-01T00:00:00Z",
        launch_group="lg",
        key_name="k",
        security_groups=["web"],
        user_data="hi",
        instance_type="m5.large",
        placement="us-east-1a",
        monitoring_enabled=True,
        subnet_id="subnet-1",
        placement_group="pg",
        block_device_map=mapping,
        instance_profile_name="prof",
        security_group_ids=["sg-1"],
        ebs_optimized=True,
    )
    assert wire.last == {
        "Action": "RequestSpotInstances",
        "SpotPrice": "0.5",
        "Type": "persistent",
        "InstanceCount": "2",
        "ValidUntil": "2030-01-01T00:00:00Z",
        "LaunchGroup": "lg",
        "LaunchSpecification.ImageId": "ami-1",
        "LaunchSpecification.KeyName": "k",
        "LaunchSpecification.SecurityGroup.1": "web",
        "LaunchSpecification.SecurityGroupId.1": "sg-1",
        "LaunchSpecification.UserData": "aGk=",
        "LaunchSpecification.InstanceType": "m5.large",
        "LaunchSpecification.Placement.AvailabilityZone": "us-east-1a",
        "LaunchSpecification.Placement.GroupName": "pg",
        "LaunchSpecification.Monitoring.Enabled": "true",
        "LaunchSpecification.SubnetId": "subnet-1",
        "LaunchSpecification.IamInstanceProfile.Name": "prof",
        "LaunchSpecification.EbsOptimized": "true",
        "LaunchSpecification.BlockDeviceMapping.1.DeviceName": "/dev/sdb",
        "LaunchSpecification.BlockDeviceMapping.1.VirtualName": "ephemeral0",
    }


def test_deprecated_security_group_calls(wire):  # noqa: F811
    conn = wire.connect()
    assert conn.authorize_security_group_deprecated(
        "web", ip_protocol="tcp", from_port=80, to_port=80, cidr_ip="0.0.0.0/0"
    )
    assert wire.last == {
        "Action": "AuthorizeSecurityGroupIngress",
        "GroupName": "web",
        "IpProtocol": "tcp",
        "FromPort": "80",
        "ToPort": "80",
        "CidrIp": "0.0.0.0/0",
    }
    assert conn.revoke_security_group_deprecated("web", "other", "123456789012")
    assert wire.last == {
        "Action": "RevokeSecurityGroupIngress",
        "GroupName": "web",
        "SourceSecurityGroupName": "other",
        "SourceSecurityGroupOwnerId": "123456789012",
    }


def test_spot_price_history_parameters(wire):  # noqa: F811
    wire.answer(
        "<DescribeSpotPriceHistoryResponse><spotPriceHistorySet/></DescribeSpotPriceHistoryResponse>"
    )
    wire.connect().get_spot_price_history(
        "2030-01-01T00:00:00Z", None, "m5.large", "Linux/UNIX", "us-east-1a", max_results=5
    )
    assert wire.last == {
        "Action": "DescribeSpotPriceHistory",
        "StartTime": "2030-01-01T00:00:00Z",
        "InstanceType.1": "m5.large",
        "ProductDescription.1": "Linux/UNIX",
        "AvailabilityZone": "us-east-1a",
        "MaxResults": "5",
    }


# --- the parser's shortcuts change nothing on these answers ---------------------------------

SHAPED_LISTS = {
    "shaped/describe_reserved_instances.xml": ReservedInstance,
    "shaped/create_reserved_instances_listing.xml": ReservedInstanceListing,
    "shaped/describe_reserved_instances_modifications.xml": ReservedInstancesModification,
    "shaped/describe_placement_groups.xml": PlacementGroup,
    "shaped/describe_bundle_tasks.xml": BundleInstanceTask,
}


@pytest.mark.parametrize("name", sorted(SHAPED_LISTS))
def test_shortcuts_are_only_shortcuts(name, monkeypatch):
    from test_ec2_fast_path import RESPONSES, snapshot

    from boto import handler
    from boto.resultset import ResultSet

    def parse(without_shortcuts: bool):
        if without_shortcuts:
            monkeypatch.setattr(handler, "_plan", lambda cls: handler._NO_PLAN)
        target = ResultSet([("item", SHAPED_LISTS[name])])
        handler.parse((RESPONSES / name).read_bytes(), target, None)
        monkeypatch.undo()
        return snapshot(target)

    assert parse(False) == parse(True)
