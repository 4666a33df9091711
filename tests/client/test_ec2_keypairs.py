"""Key pairs: EC2Connection's key-pair methods and KeyPair, against moto's server."""

from __future__ import annotations

import os
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from boto.exception import BotoClientError, EC2ResponseError


def test_create_save_and_delete(conn, tmp_path):
    key_pair = conn.create_key_pair("deploy")
    assert repr(key_pair) == "KeyPair:deploy"
    assert "PRIVATE KEY" in key_pair.material
    assert key_pair.fingerprint

    assert key_pair.save(str(tmp_path)) is True
    saved = tmp_path / "deploy.pem"
    assert saved.read_text() == key_pair.material
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600

    with pytest.raises(BotoClientError, match="already exists"):
        key_pair.save(str(tmp_path))
    assert saved.read_text() == key_pair.material

    assert key_pair.delete() is True
    assert conn.get_all_key_pairs() == []


def test_a_listed_key_pair_has_no_material_to_save(conn, tmp_path):
    conn.create_key_pair("listed")
    listed = conn.get_key_pair("listed")
    assert listed.name == "listed" and listed.material is None
    with pytest.raises(BotoClientError, match="no material"):
        listed.save(str(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_describe_by_name_and_filter(conn):
    for name in ("alpha", "beta"):
        conn.create_key_pair(name)
    assert sorted(k.name for k in conn.get_all_key_pairs()) == ["alpha", "beta"]
    assert [k.name for k in conn.get_all_key_pairs(keynames=["beta"])] == ["beta"]
    assert [k.name for k in conn.get_all_key_pairs(filters={"key-name": "alpha"})] == ["alpha"]
    assert conn.get_key_pair("gamma") is None


def test_import_key_pair_sends_the_public_key(conn):
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_openssh = private_key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    imported = conn.import_key_pair("laptop", public_openssh.decode())
    assert imported.name == "laptop"
    assert imported.fingerprint
    assert conn.get_key_pair("laptop").fingerprint == imported.fingerprint


def test_duplicate_and_unknown_key_pairs(conn):
    conn.create_key_pair("deploy")
    with pytest.raises(EC2ResponseError) as raised:
        conn.create_key_pair("deploy")
    assert (raised.value.status, raised.value.error_code) == (400, "InvalidKeyPair.Duplicate")
    with pytest.raises(EC2ResponseError) as raised:
        conn.get_all_key_pairs(keynames=["missing"])
    assert (raised.value.status, raised.value.error_code) == (400, "InvalidKeyPair.NotFound")
    assert [k.name for k in conn.get_all_key_pairs()] == ["deploy"]
