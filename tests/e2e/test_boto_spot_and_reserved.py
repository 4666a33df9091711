"""boto 2's Spot Instance and Reserved Instance methods against localec2, both real, over
loopback."""

from __future__ import annotations

import pytest

from boto.ec2.reservedinstance import ReservedInstancesConfiguration
from boto.exception import EC2ResponseError

YEAR = 31536000


@pytest.fixture
def image_id(conn) -> str:
    images = conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})
    return next(i.id for i in images if i.name.startswith("al2023"))


def test_spot_requests(conn, image_id):
    requests = conn.request_spot_instances(
        "0.05", image_id, count=2, instance_type="t3.micro", security_groups=["default"]
    )
    assert len(requests) == 2
    first = requests[0]
    assert repr(first) == "SpotInstanceRequest:%s" % first.id
    assert (first.price, first.type, first.state) == (0.05, "one-time", "open")
    assert first.status.code == "pending-evaluation"
    assert first.launch_specification.instance_type == "t3.micro"
    assert first.launch_specification.image_id == image_id
    active = conn.get_all_spot_instance_requests(filters={"state": "active"})
    assert sorted(r.id for r in active) == sorted(r.id for r in requests)
    (fulfilled,) = conn.get_all_spot_instance_requests([first.id])
    assert fulfilled.status.code == "fulfilled" and fulfilled.instance_id.startswith("i-")
    assert fulfilled.launched_availability_zone.startswith("us-east-1")
    (reservation,) = conn.get_all_reservations(instance_ids=[fulfilled.instance_id])
    (instance,) = reservation.instances
    assert instance.spot_instance_request_id == first.id
    cancelled = conn.cancel_spot_instance_requests([first.id])
    assert [(r.id, r.state) for r in cancelled] == [(first.id, "cancelled")]
    (after,) = conn.get_all_spot_instance_requests([first.id])
    assert after.status.code == "request-canceled-and-instance-running"
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_all_spot_instance_requests(["sir-12345678"])
    assert caught.value.error_code == "InvalidSpotInstanceRequestID.NotFound"


def test_spot_price_history_and_datafeed(conn):
    history = conn.get_spot_price_history(
        instance_type="t3.micro", product_description="Linux/UNIX", availability_zone="us-east-1a"
    )
    (point,) = history
    assert point.instance_type == "t3.micro" and point.availability_zone == "us-east-1a"
    assert 0 < point.price < 0.0104 and point.timestamp
    assert repr(point).startswith("SpotPriceHistory(t3.micro):")
    subscription = conn.create_spot_datafeed_subscription("spot-feed", "logs/")
    assert (subscription.bucket, subscription.prefix, subscription.state) == (
        "spot-feed",
        "logs/",
        "Active",
    )
    assert conn.get_spot_datafeed_subscription().bucket == "spot-feed"
    assert conn.delete_spot_datafeed_subscription() is True
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_spot_datafeed_subscription()
    assert caught.value.error_code == "InvalidSpotDatafeed.NotFound"


def test_reserved_instances(conn):
    offerings = conn.get_all_reserved_instances_offerings(
        instance_type="m5.large",
        availability_zone="us-east-1a",
        product_description="Linux/UNIX",
        offering_type="No Upfront",
        max_duration=YEAR,
    )
    assert len(offerings) == 2  # standard and convertible
    offering = offerings[0]
    assert (offering.instance_type, offering.availability_zone) == ("m5.large", "us-east-1a")
    assert offering.duration == YEAR and offering.currency_code == "USD"
    assert offering.recurring_charges[0].frequency == "Hourly"
    bought = conn.purchase_reserved_instance_offering(offering.id, instance_count=2)
    (reserved,) = conn.get_all_reserved_instances()
    assert reserved.id == bought.id
    assert (reserved.instance_count, reserved.state) == (2, "active")
    assert conn.get_all_reserved_instances(filters={"state": "retired"}) == []

    (listing,) = conn.create_reserved_instances_listing(reserved.id, 1, [(5.0, 11)], "e2e-token")
    assert (listing.id, listing.status) == (reserved.id, "active")
    counts = {c.state: c.instance_count for c in listing.instance_counts}
    assert counts["available"] == 1
    (cancelled,) = conn.cancel_reserved_instances_listing([listing.listing_id])
    assert cancelled.status == "cancelled"

    modification_id = conn.modify_reserved_instances(
        "e2e-modify",
        [reserved.id],
        [
            ReservedInstancesConfiguration(
                availability_zone="us-east-1b",
                platform="EC2-VPC",
                instance_count=2,
                instance_type="m5.large",
            )
        ],
    )
    assert modification_id.startswith("rimod-")
    (modification,) = conn.describe_reserved_instances_modifications([modification_id])
    assert (modification.status, modification.client_token) == ("fulfilled", "e2e-modify")
    assert [r.id for r in modification.reserved_instances] == [reserved.id]
    (result,) = modification.modification_results
    assert (result.availability_zone, result.instance_count) == ("us-east-1b", 2)
    states = {r.id: r.state for r in conn.get_all_reserved_instances()}
    assert states[reserved.id] == "retired" and sorted(states.values()) == ["active", "retired"]
    with pytest.raises(EC2ResponseError) as caught:
        conn.purchase_reserved_instance_offering("9818be01-41a1-4ed2-8f2c-75cbd0abf7cc")
    assert caught.value.error_code == "InvalidReservedInstancesOfferingId"
