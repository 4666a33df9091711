"""boto 2's placement group methods against localec2, both real, over loopback."""

from __future__ import annotations

import pytest

from boto.exception import EC2ResponseError


def test_create_list_and_delete(conn):
    assert conn.create_placement_group("hpc") is True
    assert conn.create_placement_group("wide", strategy="spread") is True
    groups = conn.get_all_placement_groups()
    assert [(g.name, g.strategy, g.state) for g in groups] == [
        ("hpc", "cluster", "available"),
        ("wide", "spread", "available"),
    ]
    assert repr(groups[0]) == "PlacementGroup:hpc"
    (wide,) = conn.get_all_placement_groups(filters={"strategy": "spread"})
    assert wide.name == "wide"
    (hpc,) = conn.get_all_placement_groups(groupnames=["hpc"])
    assert hpc.delete() is True
    assert conn.delete_placement_group("wide") is True
    assert conn.get_all_placement_groups() == []


def test_errors(conn):
    conn.create_placement_group("hpc")
    with pytest.raises(EC2ResponseError) as caught:
        conn.create_placement_group("hpc")
    assert caught.value.error_code == "InvalidPlacementGroup.Duplicate"
    assert caught.value.status == 400
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_all_placement_groups(groupnames=["nope"])
    assert caught.value.error_code == "InvalidPlacementGroup.Unknown"
    with pytest.raises(EC2ResponseError) as caught:
        conn.delete_placement_group("hpc", dry_run=True)
    assert caught.value.error_code == "DryRunOperation"
    assert [g.name for g in conn.get_all_placement_groups()] == ["hpc"]


def test_an_instance_in_a_group_keeps_it(conn):
    conn.create_placement_group("parts", strategy="partition")
    image = conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0]
    instance = conn.run_instances(
        image.id, instance_type="t3.micro", placement_group="parts"
    ).instances[0]
    assert instance.placement_group == "parts"
    with pytest.raises(EC2ResponseError) as caught:
        conn.delete_placement_group("parts")
    assert caught.value.error_code == "InvalidPlacementGroup.InUse"
    instance.terminate()
    assert conn.delete_placement_group("parts") is True
