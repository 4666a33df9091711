"""Reserved Instances: the offerings catalogue, purchases and their states, Marketplace
listings, modifications; every refusal changes nothing."""

from __future__ import annotations

import time

import boto3
import pytest
from groups_support import expect_error

from localec2.embedded import LocalEC2

YEAR = 31536000


def _offering(client, **kwargs) -> dict:
    wanted = {
        "InstanceType": "m5.large",
        "AvailabilityZone": "us-east-1a",
        "ProductDescription": "Linux/UNIX",
        "OfferingClass": "standard",
        "OfferingType": "No Upfront",
        "MaxDuration": YEAR,
        **kwargs,
    }
    (offering,) = client.describe_reserved_instances_offerings(**wanted)[
        "ReservedInstancesOfferings"
    ]
    return offering


def _buy(client, count: int = 4, **kwargs) -> str:
    offering_id = _offering(client, **kwargs)["ReservedInstancesOfferingId"]
    return client.purchase_reserved_instances_offering(
        ReservedInstancesOfferingId=offering_id, InstanceCount=count
    )["ReservedInstancesId"]


def _reservations(client, **kwargs) -> list[dict]:
    return client.describe_reserved_instances(**kwargs)["ReservedInstances"]


def _ids(listed: list[dict]) -> list[str]:
    return [r["ReservedInstancesId"] for r in listed]


def test_offerings_are_a_stable_paged_catalogue(ec2_client):
    first = ec2_client.describe_reserved_instances_offerings()
    assert len(first["ReservedInstancesOfferings"]) == 100  # EC2 pages by 100 by default
    again = ec2_client.describe_reserved_instances_offerings()
    assert again["ReservedInstancesOfferings"] == first["ReservedInstancesOfferings"]
    second = ec2_client.describe_reserved_instances_offerings(NextToken=first["NextToken"])
    first_ids = {o["ReservedInstancesOfferingId"] for o in first["ReservedInstancesOfferings"]}
    second_ids = {o["ReservedInstancesOfferingId"] for o in second["ReservedInstancesOfferings"]}
    assert len(first_ids) == 100 and not first_ids & second_ids
    small = ec2_client.describe_reserved_instances_offerings(MaxResults=5)
    assert len(small["ReservedInstancesOfferings"]) == 5 and small["NextToken"]

    offerings = ec2_client.describe_reserved_instances_offerings(
        InstanceType="t3.micro", ProductDescription="Linux/UNIX", MaxResults=100
    )["ReservedInstancesOfferings"]
    # regional and one per zone (6 in us-east-1), 2 classes, 3 offering types, 2 terms
    assert len(offerings) == 7 * 2 * 3 * 2
    regional = [o for o in offerings if o["Scope"] == "Region"]
    assert len(regional) == 12 and all("AvailabilityZone" not in o for o in regional)
    zonal = [o for o in offerings if o["Scope"] == "Availability Zone"]
    assert {o["AvailabilityZone"] for o in zonal} == {f"us-east-1{z}" for z in "abcdef"}
    for offering in offerings:
        assert offering["CurrencyCode"] == "USD" and offering["Marketplace"] is False
        assert offering["InstanceTenancy"] == "default"
        assert offering["Duration"] in (YEAR, 3 * YEAR)
    by_type = {
        (o["OfferingType"], o["Duration"]): o for o in regional if o["OfferingClass"] == "standard"
    }
    no_upfront = by_type["No Upfront", YEAR]
    all_upfront = by_type["All Upfront", YEAR]
    partial = by_type["Partial Upfront", YEAR]
    assert no_upfront["FixedPrice"] == 0.0 and no_upfront["RecurringCharges"][0]["Amount"] > 0
    assert all_upfront["FixedPrice"] > partial["FixedPrice"] > 0
    assert all_upfront["RecurringCharges"] == []
    # three years cost less an hour than one
    assert (
        by_type["No Upfront", 3 * YEAR]["RecurringCharges"][0]["Amount"]
        < no_upfront["RecurringCharges"][0]["Amount"]
    )
    # by id, and the same id in every answer
    offering_id = no_upfront["ReservedInstancesOfferingId"]
    (named,) = ec2_client.describe_reserved_instances_offerings(
        ReservedInstancesOfferingIds=[offering_id]
    )["ReservedInstancesOfferings"]
    assert named == no_upfront
    unknown = ec2_client.describe_reserved_instances_offerings(
        ReservedInstancesOfferingIds=["9818be01-41a1-4ed2-8f2c-75cbd0abf7cc"]
    )
    assert unknown["ReservedInstancesOfferings"] == []


def test_offering_members_and_filters(ec2_client):
    def listed(**kwargs) -> list[dict]:
        return ec2_client.describe_reserved_instances_offerings(MaxResults=100, **kwargs)[
            "ReservedInstancesOfferings"
        ]

    zone = listed(InstanceType="c5.large", AvailabilityZone="us-east-1b")
    assert zone and {o["AvailabilityZone"] for o in zone} == {"us-east-1b"}
    by_zone_id = listed(InstanceType="c5.large", AvailabilityZoneId="use1-az2")
    assert by_zone_id == zone
    assert {o["Duration"] for o in listed(InstanceType="c5.large", MinDuration=YEAR + 1)} == {
        3 * YEAR
    }
    assert {o["Duration"] for o in listed(InstanceType="c5.large", MaxDuration=YEAR)} == {YEAR}
    convertible = listed(InstanceType="c5.large", OfferingClass="convertible")
    assert {o["OfferingClass"] for o in convertible} == {"convertible"}
    dedicated = listed(InstanceType="c5.large", InstanceTenancy="dedicated")
    assert {o["InstanceTenancy"] for o in dedicated} == {"dedicated"}
    windows = listed(
        InstanceType="c5.large", ProductDescription="Windows", OfferingType="All Upfront"
    )
    linux = listed(
        InstanceType="c5.large", ProductDescription="Linux/UNIX", OfferingType="All Upfront"
    )
    assert {o["OfferingType"] for o in windows} == {"All Upfront"}
    assert windows[0]["FixedPrice"] > linux[0]["FixedPrice"]
    filtered = listed(
        Filters=[
            {"Name": "instance-type", "Values": ["r5.*"]},
            {"Name": "scope", "Values": ["Region"]},
            {"Name": "duration", "Values": [str(3 * YEAR)]},
            {"Name": "product-description", "Values": ["Linux/UNIX"]},
        ]
    )
    assert filtered and {o["InstanceType"].split(".")[0] for o in filtered} == {"r5"}
    assert {o["Scope"] for o in filtered} == {"Region"}
    fixed = filtered[0]["FixedPrice"]
    by_price = listed(
        InstanceType=filtered[0]["InstanceType"],
        Filters=[{"Name": "fixed-price", "Values": [str(fixed)]}],
    )
    assert by_price and {o["FixedPrice"] for o in by_price} == {fixed}
    assert listed(Filters=[{"Name": "marketplace", "Values": ["true"]}]) == []
    offerings = ec2_client.describe_reserved_instances_offerings
    expect_error(offerings, "InvalidParameterValue", InstanceTenancy="host")
    expect_error(
        offerings,
        "InvalidParameterCombination",
        AvailabilityZone="us-east-1a",
        AvailabilityZoneId="use1-az1",
    )
    expect_error(offerings, "InvalidParameterValue", AvailabilityZone="us-east-1z")
    expect_error(offerings, "InvalidParameterValue", Filters=[{"Name": "nope", "Values": ["x"]}])
    expect_error(offerings, "InvalidParameterValue", MaxResults=101)
    expect_error(offerings, "DryRunOperation", 412, DryRun=True)


def test_purchase_and_describe(ec2_client):
    offering = _offering(ec2_client)
    reservation_id = ec2_client.purchase_reserved_instances_offering(
        ReservedInstancesOfferingId=offering["ReservedInstancesOfferingId"], InstanceCount=3
    )["ReservedInstancesId"]
    (reservation,) = _reservations(ec2_client)
    assert reservation["ReservedInstancesId"] == reservation_id
    assert reservation["State"] == "active"  # boot_seconds is 0: the payment is taken at once
    for member in ("InstanceType", "AvailabilityZone", "Duration", "FixedPrice", "UsagePrice"):
        assert reservation[member] == offering[member], member
    for member in ("ProductDescription", "OfferingClass", "OfferingType", "InstanceTenancy"):
        assert reservation[member] == offering[member], member
    assert reservation["InstanceCount"] == 3 and reservation["Scope"] == "Availability Zone"
    assert (reservation["End"] - reservation["Start"]).total_seconds() == YEAR
    regional = ec2_client.describe_reserved_instances_offerings(
        InstanceType="t3.micro",
        ProductDescription="Linux/UNIX",
        OfferingClass="convertible",
        OfferingType="All Upfront",
        MaxDuration=YEAR,
        Filters=[{"Name": "scope", "Values": ["Region"]}],
    )["ReservedInstancesOfferings"][0]
    other_id = ec2_client.purchase_reserved_instances_offering(
        ReservedInstancesOfferingId=regional["ReservedInstancesOfferingId"],
        InstanceCount=1,
        LimitPrice={"Amount": regional["FixedPrice"], "CurrencyCode": "USD"},
    )["ReservedInstancesId"]
    assert _ids(_reservations(ec2_client)) == [reservation_id, other_id]
    assert _ids(_reservations(ec2_client, ReservedInstancesIds=[other_id])) == [other_id]
    assert _ids(_reservations(ec2_client, OfferingClass="convertible")) == [other_id]
    assert _ids(_reservations(ec2_client, OfferingType="No Upfront")) == [reservation_id]
    for name, value, expected in [
        ("instance-type", "m5.large", [reservation_id]),
        ("scope", "Region", [other_id]),
        ("state", "active", [reservation_id, other_id]),
        ("availability-zone", "us-east-1a", [reservation_id]),
        ("reserved-instances-id", other_id, [other_id]),
        ("duration", str(YEAR), [reservation_id, other_id]),
    ]:
        found = _reservations(ec2_client, Filters=[{"Name": name, "Values": [value]}])
        assert _ids(found) == expected, name
    # tags
    ec2_client.create_tags(Resources=[other_id], Tags=[{"Key": "team", "Value": "a"}])
    tagged = _reservations(ec2_client, Filters=[{"Name": "tag:team", "Values": ["a"]}])
    assert _ids(tagged) == [other_id] and tagged[0]["Tags"] == [{"Key": "team", "Value": "a"}]
    (tag,) = ec2_client.describe_tags(
        Filters=[{"Name": "resource-type", "Values": ["reserved-instances"]}]
    )["Tags"]
    assert tag["ResourceId"] == other_id
    expect_error(
        ec2_client.describe_reserved_instances,
        "InvalidReservedInstancesId",
        ReservedInstancesIds=["9818be01-41a1-4ed2-8f2c-75cbd0abf7cc"],
    )
    expect_error(
        ec2_client.describe_reserved_instances,
        "InvalidParameterValue",
        Filters=[{"Name": "nope", "Values": ["x"]}],
    )


def test_purchase_refusals_change_nothing(ec2_client):
    offering = _offering(ec2_client)
    purchase = ec2_client.purchase_reserved_instances_offering
    offering_id = offering["ReservedInstancesOfferingId"]
    expect_error(
        purchase,
        "InvalidReservedInstancesOfferingId",
        ReservedInstancesOfferingId="9818be01-41a1-4ed2-8f2c-75cbd0abf7cc",
        InstanceCount=1,
    )
    expect_error(
        purchase,
        "InvalidReservedInstancesOfferingId",
        ReservedInstancesOfferingId="not-an-offering",
        InstanceCount=1,
    )
    expect_error(
        purchase, "InvalidParameterValue", ReservedInstancesOfferingId=offering_id, InstanceCount=0
    )
    upfront = _offering(ec2_client, OfferingType="All Upfront")
    expect_error(
        purchase,
        "LimitPriceExceeded",
        ReservedInstancesOfferingId=upfront["ReservedInstancesOfferingId"],
        InstanceCount=2,
        LimitPrice={"Amount": upfront["FixedPrice"], "CurrencyCode": "USD"},
    )
    # EC2's quota: 20 a month in a zone
    expect_error(
        purchase,
        "ReservedInstancesLimitExceeded",
        ReservedInstancesOfferingId=offering_id,
        InstanceCount=21,
    )
    expect_error(
        purchase,
        "DryRunOperation",
        412,
        ReservedInstancesOfferingId=offering_id,
        InstanceCount=1,
        DryRun=True,
    )
    assert _reservations(ec2_client) == []
    purchase(ReservedInstancesOfferingId=offering_id, InstanceCount=20)
    expect_error(
        purchase,
        "ReservedInstancesLimitExceeded",
        ReservedInstancesOfferingId=offering_id,
        InstanceCount=1,
    )
    assert len(_reservations(ec2_client)) == 1


def _clocked_client(server: LocalEC2):
    return boto3.client(
        "ec2",
        endpoint_url=server.endpoint_url,
        region_name=server.region,
        aws_access_key_id=server.access_key_id,
        aws_secret_access_key=server.secret_access_key,
    )


def test_states_move_on_the_clock():
    with LocalEC2(in_memory=True, boot_seconds=0.5) as server:
        client = _clocked_client(server)
        reservation_id = _buy(client)
        (reservation,) = _reservations(client)
        assert reservation["State"] == "payment-pending"
        expect_error(
            client.modify_reserved_instances,
            "IncorrectState",
            ReservedInstancesIds=[reservation_id],
            TargetConfigurations=[{"AvailabilityZone": "us-east-1b", "InstanceCount": 4}],
        )
        time.sleep(0.6)
        (reservation,) = _reservations(client)
        assert reservation["State"] == "active"
        modification_id = client.modify_reserved_instances(
            ReservedInstancesIds=[reservation_id],
            TargetConfigurations=[{"AvailabilityZone": "us-east-1b", "InstanceCount": 4}],
        )["ReservedInstancesModificationId"]
        (modification,) = client.describe_reserved_instances_modifications()[
            "ReservedInstancesModifications"
        ]
        assert modification["Status"] == "processing"
        assert "ReservedInstancesId" not in modification["ModificationResults"][0]
        (reservation,) = _reservations(client)
        assert reservation["State"] == "active"  # until the modification is done
        time.sleep(0.6)
        (modification,) = client.describe_reserved_instances_modifications(
            ReservedInstancesModificationIds=[modification_id]
        )["ReservedInstancesModifications"]
        assert modification["Status"] == "fulfilled"
        new_id = modification["ModificationResults"][0]["ReservedInstancesId"]
        states = {r["ReservedInstancesId"]: r["State"] for r in _reservations(client)}
        assert states == {reservation_id: "retired", new_id: "active"}


def test_listings(ec2_client, aws_cli):
    reservation_id = _buy(ec2_client, count=4)
    listing = ec2_client.create_reserved_instances_listing(
        ReservedInstancesId=reservation_id,
        InstanceCount=2,
        PriceSchedules=[{"Term": 11, "Price": 90.0}, {"Term": 4, "Price": 30.0}],
        ClientToken="listing-1",
    )["ReservedInstancesListings"][0]
    listing_id = listing["ReservedInstancesListingId"]
    assert listing["Status"] == "active" and listing["ReservedInstancesId"] == reservation_id
    counts = {c["State"]: c["InstanceCount"] for c in listing["InstanceCounts"]}
    assert counts == {"available": 2, "sold": 0, "cancelled": 0, "pending": 0}
    schedules = listing["PriceSchedules"]
    # a price for each of the 12 months left, the first active
    assert [s["Term"] for s in schedules] == list(range(12, 0, -1))
    assert [s["Active"] for s in schedules] == [True] + [False] * 11
    prices = {s["Term"]: s["Price"] for s in schedules}
    assert prices[12] == prices[11] == prices[5] == 90.0 and prices[4] == prices[1] == 30.0
    # the client token makes the request idempotent
    again = ec2_client.create_reserved_instances_listing(
        ReservedInstancesId=reservation_id,
        InstanceCount=2,
        PriceSchedules=[{"Term": 11, "Price": 90.0}],
        ClientToken="listing-1",
    )["ReservedInstancesListings"][0]
    assert again["ReservedInstancesListingId"] == listing_id
    listings = ec2_client.describe_reserved_instances_listings
    assert [x["ReservedInstancesListingId"] for x in listings()["ReservedInstancesListings"]] == [
        listing_id
    ]
    assert listings(ReservedInstancesId=reservation_id)["ReservedInstancesListings"]
    assert listings(ReservedInstancesListingId=listing_id)["ReservedInstancesListings"]
    assert (
        listings(Filters=[{"Name": "status", "Values": ["cancelled"]}])["ReservedInstancesListings"]
        == []
    )
    # listed reservations can be neither listed again nor modified
    create = ec2_client.create_reserved_instances_listing
    expect_error(
        create,
        "InvalidParameterValue",
        ReservedInstancesId=reservation_id,
        InstanceCount=1,
        PriceSchedules=[{"Term": 3, "Price": 1.0}],
        ClientToken="listing-2",
    )
    expect_error(
        ec2_client.modify_reserved_instances,
        "InvalidParameterValue",
        ReservedInstancesIds=[reservation_id],
        TargetConfigurations=[{"AvailabilityZone": "us-east-1b", "InstanceCount": 4}],
    )
    cancelled = ec2_client.cancel_reserved_instances_listing(ReservedInstancesListingId=listing_id)[
        "ReservedInstancesListings"
    ][0]
    assert cancelled["Status"] == "cancelled"
    counts = {c["State"]: c["InstanceCount"] for c in cancelled["InstanceCounts"]}
    assert counts["available"] == 0 and counts["cancelled"] == 2
    assert [
        x["ReservedInstancesListingId"]
        for x in listings(Filters=[{"Name": "status", "Values": ["cancelled"]}])[
            "ReservedInstancesListings"
        ]
    ] == [listing_id]
    expect_error(
        ec2_client.cancel_reserved_instances_listing,
        "IncorrectState",
        ReservedInstancesListingId=listing_id,
    )
    expect_error(
        ec2_client.cancel_reserved_instances_listing,
        "InvalidParameterValue",
        ReservedInstancesListingId="9818be01-41a1-4ed2-8f2c-75cbd0abf7cc",
    )
    # the AWS CLI
    shown = aws_cli(
        "describe-reserved-instances-listings", "--reserved-instances-id", reservation_id
    )
    assert [x["Status"] for x in shown["ReservedInstancesListings"]] == ["cancelled"]


def test_listing_refusals_change_nothing(ec2_client):
    no_upfront = _buy(ec2_client, count=2)
    upfront = _buy(ec2_client, count=1, OfferingType="All Upfront")
    convertible = _buy(ec2_client, count=1, OfferingClass="convertible")
    create = ec2_client.create_reserved_instances_listing
    schedule = [{"Term": 6, "Price": 10.0}]
    for code, reservation_id, count, schedules in [
        ("InvalidReservedInstancesId", "9818be01-41a1-4ed2-8f2c-75cbd0abf7cc", 1, schedule),
        ("InvalidParameterValue", convertible, 1, schedule),  # standard ones only
        ("InvalidParameterValue", upfront, 1, schedule),  # paid upfront: 30 days first
        ("InvalidParameterValue", no_upfront, 3, schedule),  # more than it has
        ("InvalidParameterValue", no_upfront, 0, schedule),
        ("InvalidParameterValue", no_upfront, 1, [{"Term": 13, "Price": 1.0}]),  # 12 months left
        ("InvalidParameterValue", no_upfront, 1, [{"Term": 2, "Price": -1.0}]),
    ]:
        expect_error(
            create,
            code,
            ReservedInstancesId=reservation_id,
            InstanceCount=count,
            PriceSchedules=schedules,
            ClientToken=f"token-{code}-{count}-{reservation_id}",
        )
    assert ec2_client.describe_reserved_instances_listings()["ReservedInstancesListings"] == []


def test_modifications(ec2_client, aws_cli):
    reservation_id = _buy(ec2_client, count=4)
    (before,) = _reservations(ec2_client)
    modify = ec2_client.modify_reserved_instances
    # split: two stay in us-east-1a, two move to us-east-1b as one m5.xlarge
    modification_id = modify(
        ReservedInstancesIds=[reservation_id],
        TargetConfigurations=[
            {"AvailabilityZone": "us-east-1a", "InstanceCount": 2},
            {"AvailabilityZone": "us-east-1b", "InstanceCount": 1, "InstanceType": "m5.xlarge"},
        ],
        ClientToken="modify-1",
    )["ReservedInstancesModificationId"]
    assert modification_id.startswith("rimod-")
    # the same client token answers the same modification
    assert (
        modify(
            ReservedInstancesIds=[reservation_id],
            TargetConfigurations=[{"AvailabilityZone": "us-east-1a", "InstanceCount": 4}],
            ClientToken="modify-1",
        )["ReservedInstancesModificationId"]
        == modification_id
    )
    (modification,) = ec2_client.describe_reserved_instances_modifications()[
        "ReservedInstancesModifications"
    ]
    assert modification["Status"] == "fulfilled" and modification["ClientToken"] == "modify-1"
    assert modification["ReservedInstancesIds"] == [{"ReservedInstancesId": reservation_id}]
    results = modification["ModificationResults"]
    new_ids = [r["ReservedInstancesId"] for r in results]
    assert [r["TargetConfiguration"]["InstanceType"] for r in results] == ["m5.large", "m5.xlarge"]
    by_id = {r["ReservedInstancesId"]: r for r in _reservations(ec2_client)}
    original = by_id[reservation_id]
    assert original["State"] == "retired"
    for new_id, (zone, count) in zip(new_ids, [("us-east-1a", 2), ("us-east-1b", 1)], strict=True):
        new = by_id[new_id]
        assert (new["State"], new["AvailabilityZone"], new["InstanceCount"]) == (
            "active",
            zone,
            count,
        )
        assert new["FixedPrice"] == 0.0  # as EC2 lists modified reservations
        # the new ones end when the original would have; it ends when they start
        assert new["End"] == before["End"] and new["Start"] == original["End"]
    # merge them back into four m5.large in us-east-1c
    merged_id = modify(
        ReservedInstancesIds=new_ids,
        TargetConfigurations=[
            {"AvailabilityZone": "us-east-1c", "InstanceCount": 4, "InstanceType": "m5.large"}
        ],
    )["ReservedInstancesModificationId"]
    found = ec2_client.describe_reserved_instances_modifications(
        Filters=[{"Name": "reserved-instances-id", "Values": [new_ids[1]]}]
    )["ReservedInstancesModifications"]
    assert [m["ReservedInstancesModificationId"] for m in found] == [merged_id]
    for name, value, expected in [
        ("status", "fulfilled", [modification_id, merged_id]),
        ("client-token", "modify-1", [modification_id]),
        ("modification-result.target-configuration.availability-zone", "us-east-1c", [merged_id]),
        ("modification-result.target-configuration.instance-type", "m5.xlarge", [modification_id]),
        ("modification-result.reserved-instances-id", new_ids[0], [modification_id]),
    ]:
        found = ec2_client.describe_reserved_instances_modifications(
            Filters=[{"Name": name, "Values": [value]}]
        )["ReservedInstancesModifications"]
        assert [m["ReservedInstancesModificationId"] for m in found] == expected, name
    shown = aws_cli(
        "describe-reserved-instances-modifications",
        "--reserved-instances-modification-ids",
        merged_id,
    )
    assert [m["Status"] for m in shown["ReservedInstancesModifications"]] == ["fulfilled"]


def test_modification_refusals_change_nothing(ec2_client):
    reservation_id = _buy(ec2_client, count=2)
    windows_id = _buy(ec2_client, count=2, ProductDescription="Windows")
    modify = ec2_client.modify_reserved_instances
    for code, ids, targets in [
        (
            "InvalidReservedInstancesId",
            ["9818be01-41a1-4ed2-8f2c-75cbd0abf7cc"],
            [{"InstanceCount": 2}],
        ),
        # the footprint must stay: 2 large (8 units) are not 1 xlarge plus 1 large (12)
        (
            "InvalidParameterValue",
            [reservation_id],
            [
                {"AvailabilityZone": "us-east-1a", "InstanceCount": 1, "InstanceType": "m5.xlarge"},
                {"AvailabilityZone": "us-east-1a", "InstanceCount": 1},
            ],
        ),
        # the family must stay
        (
            "InvalidParameterValue",
            [reservation_id],
            [{"AvailabilityZone": "us-east-1a", "InstanceCount": 2, "InstanceType": "c5.large"}],
        ),
        # Windows reservations keep their size
        (
            "InvalidParameterValue",
            [windows_id],
            [{"AvailabilityZone": "us-east-1a", "InstanceCount": 1, "InstanceType": "m5.xlarge"}],
        ),
        (
            "InvalidParameterValue",
            [reservation_id],
            [{"AvailabilityZone": "us-east-1z", "InstanceCount": 2}],
        ),
        (
            "InvalidParameterCombination",
            [reservation_id],
            [{"AvailabilityZone": "us-east-1a", "InstanceCount": 2, "Scope": "Region"}],
        ),
        ("MissingParameter", [reservation_id], [{"AvailabilityZone": "us-east-1a"}]),
        # alike but for zone, platform and size
        ("InvalidParameterCombination", [reservation_id, windows_id], [{"InstanceCount": 3}]),
        (
            "InvalidParameterValue",
            [reservation_id],
            [{"AvailabilityZone": "us-east-1a", "InstanceCount": 2, "Platform": "EC2-Classic"}],
        ),
    ]:
        expect_error(modify, code, ReservedInstancesIds=ids, TargetConfigurations=targets)
    assert (
        ec2_client.describe_reserved_instances_modifications()["ReservedInstancesModifications"]
        == []
    )
    assert {r["State"] for r in _reservations(ec2_client)} == {"active"}
    expect_error(
        ec2_client.describe_reserved_instances_modifications,
        "InvalidParameterValue",
        ReservedInstancesModificationIds=["rimod-9818be01-41a1-4ed2-8f2c-75cbd0abf7cc"],
    )
    # a retired reservation cannot be modified again
    modify(
        ReservedInstancesIds=[reservation_id],
        TargetConfigurations=[{"Scope": "Region", "InstanceCount": 2}],
    )
    expect_error(
        modify,
        "IncorrectState",
        ReservedInstancesIds=[reservation_id],
        TargetConfigurations=[{"AvailabilityZone": "us-east-1a", "InstanceCount": 2}],
    )


@pytest.mark.parametrize("command", ["describe-reserved-instances-offerings"])
def test_cli(aws_cli, command):
    offerings = aws_cli(
        command,
        "--instance-type",
        "t3.small",
        "--availability-zone",
        "us-east-1a",
        "--offering-type",
        "No Upfront",
        "--product-description",
        "Linux/UNIX",
        "--offering-class",
        "standard",
        "--max-duration",
        str(YEAR),
    )["ReservedInstancesOfferings"]
    (offering,) = offerings
    bought = aws_cli(
        "purchase-reserved-instances-offering",
        "--reserved-instances-offering-id",
        offering["ReservedInstancesOfferingId"],
        "--instance-count",
        "2",
    )
    shown = aws_cli("describe-reserved-instances")["ReservedInstances"]
    assert [r["ReservedInstancesId"] for r in shown] == [bought["ReservedInstancesId"]]
    error = aws_cli(
        "purchase-reserved-instances-offering",
        "--reserved-instances-offering-id",
        "9818be01-41a1-4ed2-8f2c-75cbd0abf7cc",
        "--instance-count",
        "1",
        expect_error=True,
    )
    assert "InvalidReservedInstancesOfferingId" in error
