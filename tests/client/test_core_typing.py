"""boto is a typed package: it ships `py.typed`, and mypy --strict checks code written
against its public API, accepting a correct script and catching the mistakes a port makes.

mypy runs once (in-process, through `mypy.api`) over two small user programs, with boto
read from this repository's `src`: so the run also fails if boto itself stops passing
--strict.
"""

from __future__ import annotations

import importlib.resources
import re
import textwrap
from pathlib import Path

import mypy.api
import pytest

SRC = Path(__file__).resolve().parents[2] / "src"

# The tutorial, as a team porting it to Python 3.12+ would write it, fully annotated.
GOOD_PROGRAM = """
from __future__ import annotations

import boto
import boto.ec2
from boto.ec2.connection import EC2Connection
from boto.ec2.instance import Instance, Reservation
from boto.ec2.securitygroup import SecurityGroup
from boto.exception import EC2ResponseError
from boto.resultset import ResultSet


def launch(region: str, image_id: str) -> str:
    conn = boto.ec2.connect_to_region(region)
    if conn is None:
        raise SystemExit("no such region: %s" % region)
    group: SecurityGroup = conn.create_security_group("web", "web servers")
    opened: bool = group.authorize("tcp", 80, 80, "0.0.0.0/0")
    assert opened
    reservation: Reservation = conn.run_instances(
        image_id, key_name="deploy", instance_type="t3.micro", security_groups=[group]
    )
    instance: Instance = reservation.instances[0]
    instance_id: str = instance.id
    state: str | None = instance.update()
    print(instance_id, state, instance.ip_address, instance.tags.get("Name"))
    tagged: bool = conn.create_tags([instance_id], {"Name": "web-1", "team": None})
    assert tagged
    return instance_id


def running(conn: EC2Connection) -> list[str]:
    reservations: ResultSet[Reservation] = conn.get_all_reservations(
        filters={"instance-state-name": "running"}
    )
    print(reservations.next_token)
    return [i.id for r in reservations for i in r.instances]


def stop_all(conn: EC2Connection, ids: list[str]) -> list[str | None]:
    try:
        stopped: ResultSet[Instance] = conn.stop_instances(ids)
    except EC2ResponseError as error:
        code: str | None = error.error_code
        status: int = error.status
        print(code, status, error.errors)
        return []
    return [i.state for i in stopped]


def volumes(conn: EC2Connection) -> dict[str, int | None]:
    return {v.id: v.size for v in conn.get_all_volumes()}


debug: int = boto.config.getint("Boto", "debug")
endpoint: str | None = boto.config.get("Boto", "ec2_region_endpoint")
"""

# Each line marked `# E: <code>` must be reported with that error code, and no other line.
BAD_PROGRAM = """
from __future__ import annotations

import boto.ec2
from boto.ec2.connection import EC2Connection


def port(conn: EC2Connection) -> None:
    conn.run_instances(123)  # E: arg-type
    reservation = conn.run_instances("ami-12345678")
    count: int = reservation.instances[0].id  # E: assignment
    reservation.instances[0].instance_id  # E: attr-defined
    ok: str = conn.get_all_security_groups()[0].authorize("tcp", 22, 22, "0.0.0.0/0")  # E: assignment
    conn.terminate_instances("i-12345678")  # E: arg-type
    conn.get_all_volumes()[0].attach("i-12345678")  # E: call-arg


boto.ec2.connect_to_region("us-east-1").get_all_reservations()  # E: union-attr
"""

_ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def test_py_typed_ships_with_the_package():
    marker = importlib.resources.files("boto") / "py.typed"
    assert marker.is_file()


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[int, str]]]:
    """{file name: {(line, error code)}} from one strict mypy run over both programs."""
    work = tmp_path_factory.mktemp("typing")
    (work / "good.py").write_text(textwrap.dedent(GOOD_PROGRAM))
    (work / "bad.py").write_text(textwrap.dedent(BAD_PROGRAM))
    config = work / "mypy.ini"  # this run's own settings, whatever the working directory has
    config.write_text("[mypy]\nmypy_path = %s\nwarn_unreachable = True\n" % SRC)
    stdout, stderr, _ = mypy.api.run(
        [
            "--strict",
            "--config-file",
            str(config),
            "--cache-dir",
            str(work / ".mypy_cache"),
            # Not the packages of this interpreter: in-process, mypy would take every entry
            # of sys.path (the editable install's `src` among them) for installed packages,
            # and silence the errors in boto itself.
            "--no-site-packages",
            "--show-error-codes",
            "--no-pretty",
            "--no-color-output",
            str(work / "good.py"),
            str(work / "bad.py"),
        ]
    )
    assert not stderr, stderr
    errors: dict[str, set[tuple[int, str]]] = {}
    for line in stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            name = Path(match["file"]).name if match["file"].startswith(str(work)) else line
            errors.setdefault(name, set()).add((int(match["line"]), match["code"]))
        else:
            assert ": note: " in line or line.startswith(("Found ", "Success")), line
    return errors


def test_mypy_strict_accepts_a_typed_port_of_the_tutorial(mypy_errors):
    """No error in the good program, nor in boto itself (any other key is a boto file)."""
    assert set(mypy_errors) <= {"bad.py"}, mypy_errors


def test_mypy_strict_rejects_the_mistakes_a_port_makes(mypy_errors):
    expected = {
        (number, line.rsplit("# E: ", 1)[1])
        for number, line in enumerate(textwrap.dedent(BAD_PROGRAM).splitlines(), start=1)
        if "# E: " in line
    }
    assert mypy_errors.get("bad.py") == expected
