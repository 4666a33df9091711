"""boto 2's security group and key pair methods against localec2, both real, over loopback."""

from __future__ import annotations

import pytest

from boto.exception import EC2ResponseError


def test_a_security_group_through_its_rules(conn):
    web = conn.create_security_group("web", "web servers")
    admin = conn.create_security_group("admin", "admin hosts")
    assert repr(web) == "SecurityGroup:web"
    assert web.id.startswith("sg-") and web.vpc_id is None  # boto 2 keeps the vpc_id it sent
    assert web.authorize("tcp", 443, 443, "0.0.0.0/0") is True
    assert conn.authorize_security_group(
        group_id=web.id,
        ip_protocol="tcp",
        from_port=22,
        to_port=22,
        src_security_group_group_id=admin.id,
    )
    (listed,) = conn.get_all_security_groups(group_ids=[web.id])
    rules = {(r.ip_protocol, r.from_port, r.to_port): r for r in listed.rules}
    assert [g.cidr_ip for g in rules["tcp", "443", "443"].grants] == ["0.0.0.0/0"]
    assert [g.group_id for g in rules["tcp", "22", "22"].grants] == [admin.id]
    assert [r.ip_protocol for r in listed.rules_egress] == ["-1"]
    assert listed.vpc_id == conn.get_all_security_groups(groupnames=["default"])[0].vpc_id

    (by_filter,) = conn.get_all_security_groups(filters={"ip-permission.from-port": "22"})
    assert by_filter.id == web.id
    assert conn.revoke_security_group(
        group_id=web.id, ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0"
    )
    assert conn.authorize_security_group_egress(web.id, "tcp", 5432, 5432, cidr_ip="10.0.0.0/8")
    assert conn.revoke_security_group_egress(web.id, "tcp", 5432, 5432, cidr_ip="10.0.0.0/8")
    (listed,) = conn.get_all_security_groups(group_ids=[web.id])
    assert [(r.from_port, r.to_port) for r in listed.rules] == [("22", "22")]

    with pytest.raises(EC2ResponseError) as caught:  # web's rule names admin
        admin.delete()
    assert (caught.value.status, caught.value.error_code) == (400, "DependencyViolation")
    assert web.delete() is True
    assert admin.delete() is True
    assert [g.name for g in conn.get_all_security_groups()] == ["default"]


def test_a_duplicate_rule_is_ec2s_error(conn):
    group = conn.create_security_group("dup", "duplicates")
    group.authorize("tcp", 80, 80, "0.0.0.0/0")
    with pytest.raises(EC2ResponseError) as caught:
        group.authorize("tcp", 80, 80, "0.0.0.0/0")
    assert caught.value.error_code == "InvalidPermission.Duplicate"


def test_key_pairs_made_imported_listed_and_deleted(conn, tmp_path):
    made = conn.create_key_pair("made")
    assert repr(made) == "KeyPair:made"
    assert made.material.startswith("-----BEGIN RSA PRIVATE KEY-----")
    assert made.save(str(tmp_path)) is True
    assert (tmp_path / "made.pem").read_text() == made.material

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    public = (
        ed25519.Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    )
    imported = conn.import_key_pair("imported", public)
    assert imported.name == "imported" and imported.fingerprint

    assert sorted(k.name for k in conn.get_all_key_pairs()) == ["imported", "made"]
    assert conn.get_key_pair("made").fingerprint == made.fingerprint
    assert conn.get_key_pair("absent") is None
    with pytest.raises(EC2ResponseError) as caught:
        conn.create_key_pair("made")
    assert caught.value.error_code == "InvalidKeyPair.Duplicate"
    assert made.delete() is True
    assert conn.delete_key_pair("imported") is True
    assert conn.get_all_key_pairs() == []


def test_copies_to_another_region(conn):
    group = conn.create_security_group("copied", "copied across regions")
    group.authorize("tcp", 80, 80, "0.0.0.0/0")
    other = conn.get_all_regions(region_names=["eu-west-1"])[0]
    copy = group.copy_to_region(other)
    assert copy.name == "copied" and copy.region.name == "eu-west-1"
    (listed,) = copy.connection.get_all_security_groups(groupnames=["copied"])
    assert [(r.from_port, [g.cidr_ip for g in r.grants]) for r in listed.rules] == [
        ("80", ["0.0.0.0/0"])
    ]
    assert conn.get_all_security_groups(groupnames=["copied"])[0].id != listed.id
