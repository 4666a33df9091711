"""boto 2's methods against localec2 for an instance's read path: a Windows password the key
pair's owner decrypts, the account's attributes, and the instance attributes EC2 has."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding

from boto.exception import EC2ResponseError


def _image(conn, **filters) -> str:
    return conn.get_all_images(filters=filters)[0].id


def test_windows_password_decrypts_with_the_key_pairs_private_key(conn):
    pair = conn.create_key_pair("admin")
    windows = _image(conn, platform="windows")
    (instance,) = conn.run_instances(windows, key_name="admin", instance_type="t3.large").instances
    encrypted = conn.get_password_data(instance.id)
    assert encrypted and instance.get_password_data() == encrypted
    key = serialization.load_pem_private_key(pair.material.encode(), password=None)
    password = key.decrypt(base64.b64decode(encrypted), padding.PKCS1v15()).decode()
    assert len(password) == 32


def test_a_linux_instance_has_no_password(conn):
    linux = _image(conn, name="al2023-ami-*", architecture="x86_64")
    (instance,) = conn.run_instances(linux, instance_type="t3.micro").instances
    assert instance.get_password_data() == ""


def test_account_attributes(conn):
    attributes = {
        a.attribute_name: list(a.attribute_values) for a in conn.describe_account_attributes()
    }
    linux = _image(conn, name="al2023-ami-*", architecture="x86_64")
    (instance,) = conn.run_instances(linux, instance_type="t3.micro").instances  # default VPC
    assert attributes["supported-platforms"] == ["VPC"]
    assert attributes["default-vpc"] == [instance.vpc_id]
    assert attributes["vpc-max-elastic-ips"] == ["5"]
    (only,) = conn.describe_account_attributes(["default-vpc"])
    assert only.attribute_name == "default-vpc"


@pytest.fixture
def stopped(conn):
    linux = _image(conn, name="al2023-ami-*", architecture="x86_64")
    (instance,) = conn.run_instances(linux, instance_type="m5.large").instances
    instance.stop()
    return instance


def test_stopped_only_attributes(conn, stopped):
    assert stopped.modify_attribute("sriovNetSupport", "simple")
    assert stopped.get_attribute("sriovNetSupport")["sriovNetSupport"] == "simple"
    assert conn.modify_instance_attribute(stopped.id, "kernel", "aki-0123abcd")
    assert conn.get_instance_attribute(stopped.id, "kernel")["kernel"] == "aki-0123abcd"
    assert stopped.modify_attribute("enaSupport", False)
    assert stopped.get_attribute("enaSupport")["enaSupport"] is False
    stopped.start()
    with pytest.raises(EC2ResponseError) as caught:
        stopped.modify_attribute("ebsOptimized", True)
    assert caught.value.error_code == "IncorrectInstanceState"


def test_block_device_mapping_and_read_only_attributes(conn, stopped):
    assert conn.modify_instance_attribute(stopped.id, "blockDeviceMapping", ["/dev/xvda=false"])
    mapping = conn.get_instance_attribute(stopped.id, "blockDeviceMapping")["blockDeviceMapping"]
    assert mapping["/dev/xvda"].delete_on_termination is False
    (volume,) = conn.get_all_volumes(filters={"attachment.instance-id": stopped.id})
    assert volume.attach_data.deleteOnTermination == "false"  # boto 2 keeps the text
    root = conn.get_instance_attribute(stopped.id, "rootDeviceName")
    assert root["rootDeviceName"] == "/dev/xvda"
    assert stopped.modify_attribute("disableApiStop", True)
    assert stopped.get_attribute("disableApiStop")["disableApiStop"] is True
