"""The parser's shortcuts (`_leaf_fields`, `_child_factories`, `_ignored_elements`) change
nothing: every published example parses to the same objects with them turned off, that is
with every element going through `startElement`/`endElement` as in boto 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from ec2_support import connect, x86_image_id

from boto import handler
from boto.ec2.connection import _DescribedRegion
from boto.ec2.image import Image
from boto.ec2.instance import ConsoleOutput, Instance, InstanceAttribute, Reservation
from boto.ec2.instanceinfo import InstanceInfo
from boto.ec2.keypair import KeyPair
from boto.ec2.securitygroup import SecurityGroup
from boto.ec2.spotdatafeedsubscription import SpotDatafeedSubscription
from boto.ec2.tag import Tag
from boto.ec2.zone import Zone
from boto.resultset import ResultSet
from boto.vpc.vpc import VPC

RESPONSES = Path(__file__).parent / "responses"

LISTS = {
    "describe_instances.xml": Reservation,
    "stop_instances.xml": Instance,
    "start_instances.xml": Instance,
    "terminate_instances.xml": Instance,
    "describe_key_pairs.xml": KeyPair,
    "describe_security_groups_peered.xml": SecurityGroup,
    "describe_security_groups_default.xml": SecurityGroup,
    "describe_tags.xml": Tag,
    "describe_regions.xml": _DescribedRegion,
    "describe_availability_zones.xml": Zone,
    "monitor_instances.xml": InstanceInfo,
    "describe_images_2007.xml": Image,
    "describe_vpcs.xml": VPC,
}
OBJECTS = {
    "create_key_pair.xml": KeyPair,
    "import_key_pair.xml": KeyPair,
    "create_security_group.xml": SecurityGroup,
    "get_console_output.xml": ConsoleOutput,
    "describe_instance_attribute_instance_type.xml": InstanceAttribute,
    "run_instances_2007.xml": Reservation,
    "describe_spot_datafeed_subscription.xml": SpotDatafeedSubscription,
}


def snapshot(value, seen=None):
    """A comparable picture of an object graph (types, attributes, items)."""
    seen = set() if seen is None else seen
    if isinstance(value, str | bytes | int | float | bool | type(None)):
        return value
    if id(value) in seen:
        return "<cycle>"
    seen = seen | {id(value)}
    picture: dict = {"type": type(value).__name__}
    if isinstance(value, dict):
        picture["items"] = {k: snapshot(v, seen) for k, v in value.items()}
    elif isinstance(value, list | tuple):
        picture["items"] = [snapshot(v, seen) for v in value]
    attributes = getattr(value, "__dict__", {})
    picture["attrs"] = {
        k: snapshot(v, seen)
        for k, v in attributes.items()
        if k not in ("connection", "parent", "region", "instance")
    }
    return picture


def parse(name: str, without_shortcuts: bool, monkeypatch):
    if without_shortcuts:
        monkeypatch.setattr(handler, "_plan", lambda cls: handler._NO_PLAN)
    body = (RESPONSES / name).read_bytes()
    if name in LISTS:
        target = ResultSet([("item", LISTS[name])])
    else:
        target = OBJECTS[name](None)
    handler.parse(body, target, None)
    monkeypatch.undo()
    return snapshot(target)


@pytest.mark.parametrize("name", sorted({**LISTS, **OBJECTS}))
def test_shortcuts_are_only_shortcuts(name, monkeypatch):
    assert parse(name, False, monkeypatch) == parse(name, True, monkeypatch)


def test_every_published_example_is_covered():
    stored = {path.name for path in RESPONSES.glob("*.xml")}
    covered = (
        set(LISTS)
        | set(OBJECTS)
        | {"reboot_instances.xml", "describe_instance_attribute_disable_api_termination.xml"}
    )
    assert stored == covered


def test_shortcuts_are_only_shortcuts_on_a_moto_response(moto_endpoint, monkeypatch):
    conn = connect(moto_endpoint)
    group = conn.create_security_group("web", "Web")
    conn.run_instances(
        x86_image_id(conn),
        min_count=3,
        max_count=3,
        monitoring_enabled=True,
        security_group_ids=[group.id],
    )
    body = conn.make_request("DescribeInstances", {}, verb="POST").read()

    def parse_body(without_shortcuts: bool):
        if without_shortcuts:
            monkeypatch.setattr(handler, "_plan", lambda cls: handler._NO_PLAN)
        target = ResultSet([("item", Reservation)])
        handler.parse(body, target, None)
        monkeypatch.undo()
        return snapshot(target)

    fast = parse_body(False)
    assert len(fast["items"][0]["attrs"]["instances"]["items"]) == 3
    assert fast == parse_body(True)
