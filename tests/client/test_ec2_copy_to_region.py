"""copy_to_region for security groups and key pairs: moto keeps each region apart."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from ec2_support import KEY

from boto.ec2.connection import EC2Connection
from boto.ec2.regioninfo import EC2RegionInfo
from boto.exception import BotoClientError


@pytest.fixture
def eu_west_1(moto_endpoint):
    """eu-west-1, served by the same moto server (it scopes by the signature's region)."""
    parts = urlsplit(moto_endpoint)
    return EC2RegionInfo(name="eu-west-1", endpoint=parts.hostname)


def in_region(region: EC2RegionInfo, conn: EC2Connection) -> EC2Connection:
    return region.connect(
        aws_access_key_id=KEY, aws_secret_access_key=KEY, port=conn.port, is_secure=False
    )


def test_security_group_copy_keeps_its_cidr_rules(conn, eu_west_1):
    web = conn.create_security_group("web", "Web servers")
    web.authorize("tcp", 443, 443, "0.0.0.0/0")
    copy = web.copy_to_region(eu_west_1)
    assert (copy.name, copy.description) == ("web", "Web servers")
    assert copy.id != web.id

    remote = in_region(eu_west_1, conn)
    [stored] = remote.get_all_security_groups(groupnames=["web"])
    assert repr(stored.rules) == "[IPPermissions:tcp(443-443)]"
    assert [g.cidr_ip for g in stored.rules[0].grants] == ["0.0.0.0/0"]


def test_key_pair_copy_creates_the_name_in_the_other_region(conn, eu_west_1):
    conn.create_key_pair("deploy")
    original = conn.get_key_pair("deploy")
    copy = original.copy_to_region(eu_west_1)
    assert copy.name == "deploy" and copy.material
    assert [k.name for k in in_region(eu_west_1, conn).get_all_key_pairs()] == ["deploy"]


def test_copy_to_the_same_region_is_refused(conn):
    group = conn.create_security_group("web", "Web servers")
    with pytest.raises(BotoClientError, match="same Region"):
        group.copy_to_region(EC2RegionInfo(name="us-east-1", endpoint="127.0.0.1"))
    assert [g.name for g in conn.get_all_security_groups()] == ["default", "web"]
