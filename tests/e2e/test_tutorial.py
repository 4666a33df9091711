"""The tutorial end to end: `boto` against localec2, both real, over loopback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from boto.exception import EC2ResponseError

ROOT = Path(__file__).resolve().parents[2]


def x86_image(conn):
    return conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0]


def test_launch_stop_terminate(conn):
    image = x86_image(conn)
    reservation = conn.run_instances(image.id)
    assert repr(reservation) == f"Reservation:{reservation.id}"
    [instance] = reservation.instances
    assert repr(instance) == f"Instance:{instance.id}"
    assert instance.image_id == image.id
    assert instance.instance_type == "m1.small"

    conn.create_key_pair("myKey")
    conn.create_security_group("public-facing", "Public facing servers")
    second = conn.run_instances(
        image.id, key_name="myKey", instance_type="c1.xlarge", security_groups=["public-facing"]
    ).instances[0]
    assert (second.instance_type, second.key_name) == ("c1.xlarge", "myKey")
    assert [g.name for g in second.groups] == ["public-facing"]

    ids = [instance.id, second.id]
    stopping = conn.stop_instances(instance_ids=ids)
    assert sorted(i.id for i in stopping) == sorted(ids)
    assert {i.state for i in conn.get_only_instances(ids)} <= {"stopping", "stopped"}
    conn.terminate_instances(instance_ids=ids)
    assert {i.state for i in conn.get_only_instances(ids)} <= {"shutting-down", "terminated"}


def test_instance_type_incompatible_with_image_is_refused(conn):
    arm = conn.get_all_images(owners=["amazon"], filters={"architecture": "arm64"})[0]
    with pytest.raises(EC2ResponseError) as raised:
        conn.run_instances(arm.id, instance_type="m1.small")
    assert raised.value.status == 400
    assert raised.value.error_code == "InvalidParameterValue"
    assert conn.get_only_instances() == []


def test_security_groups_as_the_tutorial_shows(conn):
    web = conn.create_security_group("apache", "Our Apache Group")
    assert repr(web) == "SecurityGroup:apache"
    assert web.authorize("tcp", 80, 80, "0.0.0.0/0") is True

    app = conn.create_security_group("appserver", "The application tier")
    assert app.authorize(src_group=web) is True
    assert [repr(r) for r in app.rules] == [
        "IPPermissions:tcp(0-65535)",
        "IPPermissions:udp(0-65535)",
        "IPPermissions:icmp(-1--1)",
    ]
    # The server agrees with the client's local view.
    [app_again] = conn.get_all_security_groups(groupnames=["appserver"])
    assert sorted(repr(r) for r in app_again.rules) == sorted(repr(r) for r in app.rules)
    assert all(g.group_id == web.id for r in app_again.rules for g in r.grants)

    assert (
        web.authorize(ip_protocol="tcp", from_port=22, to_port=22, cidr_ip="192.168.1.130/32")
        is True
    )
    assert [repr(r) for r in web.rules] == ["IPPermissions:tcp(80-80)", "IPPermissions:tcp(22-22)"]
    assert web.revoke("tcp", 22, 22, cidr_ip="192.168.1.130/32") is True
    assert [repr(r) for r in web.rules] == ["IPPermissions:tcp(80-80)"]
    [web_again] = conn.get_all_security_groups(groupnames=["apache"])
    assert [repr(r) for r in web_again.rules] == ["IPPermissions:tcp(80-80)"]

    names = sorted(g.name for g in conn.get_all_security_groups())
    assert names == ["apache", "appserver", "default"]


def test_duplicate_group_is_refused(conn):
    conn.create_security_group("apache", "Our Apache Group")
    with pytest.raises(EC2ResponseError) as raised:
        conn.create_security_group("apache", "again")
    assert (raised.value.status, raised.value.error_code) == (400, "InvalidGroup.Duplicate")


def test_example_script_runs_the_whole_tutorial():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "ec2_tutorial.py")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "SecurityGroup:apache" in out
    assert "[IPPermissions:tcp(80-80), IPPermissions:tcp(22-22)]" in out
    assert out.rstrip().endswith("[IPPermissions:tcp(80-80)]")
    assert "InvalidParameterValue" in out
    assert "Traceback" not in proc.stderr
