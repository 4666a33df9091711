"""boto 2's Elastic IP methods against localec2, both real, over loopback."""

from __future__ import annotations

import pytest

from boto.exception import EC2ResponseError


@pytest.fixture
def instance(conn):
    image = conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0]
    return conn.run_instances(image.id, instance_type="t3.micro").instances[0]


def test_an_elastic_ip_follows_the_instance_through_stop_and_start(conn, instance):
    address = conn.allocate_address(domain="vpc")
    assert repr(address) == "Address:%s" % address.public_ip
    assert address.allocation_id.startswith("eipalloc-")
    assert address.associate(instance_id=instance.id) is True
    instance.update()
    assert instance.ip_address == address.public_ip
    instance.stop()
    instance.update()
    assert (instance.state, instance.ip_address) == ("stopped", address.public_ip)
    (listed,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert listed.instance_id == instance.id and listed.association_id
    with pytest.raises(EC2ResponseError) as caught:
        listed.release()
    assert caught.value.error_code == "InvalidIPAddress.InUse"
    assert listed.disassociate() is True
    assert listed.release() is True
    assert conn.get_all_addresses() == []


def test_terminating_an_instance_frees_its_address(conn, instance):
    address = conn.allocate_address(domain="vpc")
    conn.associate_address(instance_id=instance.id, allocation_id=address.allocation_id)
    instance.terminate()
    (listed,) = conn.get_all_addresses()
    assert not listed.instance_id
    assert conn.release_address(allocation_id=address.allocation_id) is True
