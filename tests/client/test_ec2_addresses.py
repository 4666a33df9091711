"""Elastic IP methods of EC2Connection and Address, against moto's server."""

from __future__ import annotations

import pytest
from ec2_support import x86_image_id

from boto.ec2.address import Address
from boto.exception import EC2ResponseError


@pytest.fixture
def address(conn) -> Address:
    return conn.allocate_address(domain="vpc")


def _error(call, *args, **kwargs) -> EC2ResponseError:
    with pytest.raises(EC2ResponseError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_allocate_address(conn, address):
    assert isinstance(address, Address)
    assert address.domain == "vpc"
    assert address.allocation_id.startswith("eipalloc-")
    assert address.public_ip.count(".") == 3
    assert repr(address) == "Address:%s" % address.public_ip
    assert address.instance_id is None and address.association_id is None
    assert address.connection is conn


def test_get_all_addresses_by_ip_allocation_id_and_filter(conn, address):
    other = conn.allocate_address(domain="vpc")
    assert sorted(a.public_ip for a in conn.get_all_addresses()) == sorted(
        [address.public_ip, other.public_ip]
    )
    (by_ip,) = conn.get_all_addresses(addresses=[other.public_ip])
    assert by_ip.allocation_id == other.allocation_id
    (by_id,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert by_id.public_ip == address.public_ip and by_id.domain == "vpc"
    (filtered,) = conn.get_all_addresses(filters={"allocation_id": other.allocation_id})
    assert filtered.public_ip == other.public_ip


def test_get_all_addresses_unknown_ip_is_an_error(conn, address):
    error = _error(conn.get_all_addresses, addresses=["198.51.100.7"])
    assert error.status == 400
    assert error.error_code == "InvalidAddress.NotFound"


def test_associate_and_disassociate_by_allocation(conn, address, instance):
    assert (
        conn.associate_address(instance_id=instance.id, allocation_id=address.allocation_id) is True
    )
    (associated,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert associated.instance_id == instance.id
    assert associated.association_id.startswith("eipassoc-")
    assert associated.network_interface_id.startswith("eni-")
    assert associated.network_interface_owner_id
    assert associated.private_ip_address == instance.private_ip_address
    instance.update()
    assert instance.ip_address == address.public_ip
    assert conn.disassociate_address(association_id=associated.association_id) is True
    (free,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    # moto sends empty elements for an unassociated address; boto 2 kept them as ""
    assert not free.instance_id and not free.association_id


def test_associate_address_object_returns_the_association(conn, address, instance):
    answer = conn.associate_address_object(
        instance_id=instance.id, allocation_id=address.allocation_id
    )
    assert isinstance(answer, Address)
    (described,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert answer.association_id == described.association_id
    assert answer.association_id.startswith("eipassoc-")


def test_the_allocation_id_wins_over_the_public_ip(conn, address, instance):
    """boto 2 sends AllocationId when given both (a wrong IP beside it goes unsent)."""
    assert conn.associate_address(
        instance_id=instance.id, public_ip="198.51.100.7", allocation_id=address.allocation_id
    )
    (associated,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert associated.instance_id == instance.id


def test_associate_by_network_interface(conn, address, instance):
    interface_id = instance.interfaces[0].id
    assert conn.associate_address(
        network_interface_id=interface_id,
        allocation_id=address.allocation_id,
        private_ip_address=instance.private_ip_address,
    )
    (associated,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert associated.network_interface_id == interface_id


def test_reassociation_needs_allow_reassociation(conn, address):
    reservation = conn.run_instances(x86_image_id(conn), min_count=2, max_count=2)
    first, second = reservation.instances
    address.associate(instance_id=first.id)
    error = _error(address.associate, instance_id=second.id)
    assert error.error_code == "Resource.AlreadyAssociated"
    assert address.associate(instance_id=second.id, allow_reassociation=True) is True
    (moved,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert moved.instance_id == second.id


def test_address_methods(conn, address, instance):
    assert address.associate(instance_id=instance.id) is True
    (associated,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert associated.disassociate() is True
    (free,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert not free.association_id
    assert free.release() is True
    assert conn.get_all_addresses() == []


def test_delete_is_release(conn, address):
    assert address.delete() is True
    assert conn.get_all_addresses() == []


def test_release_by_public_ip_wins_over_allocation_id(conn, address):
    """boto 2 sends PublicIp when given both (a wrong allocation id beside it goes unsent)."""
    assert (
        conn.release_address(
            public_ip=address.public_ip, allocation_id="eipalloc-0123456789abcdef0"
        )
        is True
    )
    assert conn.get_all_addresses() == []


def test_release_unknown_allocation_is_an_error(conn):
    error = _error(conn.release_address, allocation_id="eipalloc-0123456789abcdef0")
    assert error.status == 400
    assert error.error_code.startswith("InvalidAllocationID")


def test_associate_with_an_unknown_instance_is_an_error(conn, address):
    error = _error(
        conn.associate_address,
        instance_id="i-0123456789abcdef0",
        allocation_id=address.allocation_id,
    )
    assert error.error_code == "InvalidInstanceID.NotFound"
    (unchanged,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert not unchanged.instance_id


def test_dry_run(conn, address):
    for call, kwargs in [
        (conn.allocate_address, {"domain": "vpc"}),
        (conn.get_all_addresses, {}),
        (conn.release_address, {"allocation_id": address.allocation_id}),
    ]:
        error = _error(call, dry_run=True, **kwargs)
        assert error.error_code == "DryRunOperation"
    assert [a.allocation_id for a in conn.get_all_addresses()] == [address.allocation_id]


def test_tags_come_back_as_a_tag_set(conn, address):
    conn.create_tags([address.allocation_id], {"Name": "front"})
    (tagged,) = conn.get_all_addresses(allocation_ids=[address.allocation_id])
    assert dict(tagged.tags) == {"Name": "front"}
    assert not hasattr(tagged, "key") and not hasattr(tagged, "value")
