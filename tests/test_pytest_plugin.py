"""The pytest plugin (`localec2.pytest_plugin`) as a user's suite meets it: test files run by
pytest in a process of its own (`pytester`), the plugin loaded by `-p` or by its entry point."""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

import pytest

import localec2.pytest_plugin

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """pytest in a process of its own (as a user runs it), with the plugin loaded."""
    return pytester.runpytest_subprocess("-p", "localec2.pytest_plugin", *args)


def test_the_example_passes(pytester):
    example = ROOT / "examples" / "test_with_localec2.py"
    pytester.makepyfile(test_with_localec2=example.read_text())
    run(pytester).assert_outcomes(passed=5)


def test_each_test_starts_from_a_fresh_account(pytester):
    pytester.makepyfile(
        """
        def test_makes_things(localec2_boto3, localec2_boto):
            localec2_boto3.create_vpc(CidrBlock="10.1.0.0/16")
            localec2_boto.create_key_pair("kept?")

        def test_finds_them_gone(localec2_boto3, localec2_boto):
            vpcs = localec2_boto3.describe_vpcs()["Vpcs"]
            assert [vpc["IsDefault"] for vpc in vpcs] == [True]
            assert localec2_boto.get_all_key_pairs() == []
        """
    )
    run(pytester).assert_outcomes(passed=2)


def test_a_suite_that_asks_for_no_fixture_never_starts_the_server(pytester):
    pytester.makepyfile(
        """
        import sys

        SERVER = {"localec2.embedded", "uvicorn", "cryptography", "boto3", "boto"}

        def test_without_fixtures(request):
            assert request.config.pluginmanager.has_plugin("localec2.pytest_plugin")
            assert not SERVER & set(sys.modules)

        def test_with_one(localec2):
            assert SERVER - {"boto3", "boto"} <= set(sys.modules)
        """
    )
    run(pytester).assert_outcomes(passed=2)


def test_the_env_fixture_points_clients_made_by_the_code_under_test(pytester):
    pytester.makepyfile(
        """
        import os

        import boto
        import boto3

        def test_with_the_variables(localec2_env, localec2):
            assert localec2_env == {
                "AWS_ENDPOINT_URL_EC2": localec2.endpoint_url,
                "AWS_ACCESS_KEY_ID": localec2.access_key_id,
                "AWS_SECRET_ACCESS_KEY": localec2.secret_access_key,
                "AWS_DEFAULT_REGION": localec2.region,
            }
            assert localec2_env.items() <= os.environ.items()
            boto3.client("ec2").create_key_pair(KeyName="by-boto3")
            boto.connect_ec2().create_key_pair("by-boto")
            keys = boto3.client("ec2").describe_key_pairs()["KeyPairs"]
            assert sorted(key["KeyName"] for key in keys) == ["by-boto", "by-boto3"]

        def test_without_them(localec2):
            assert not {"AWS_ENDPOINT_URL_EC2", "AWS_ACCESS_KEY_ID"} & set(os.environ)
        """
    )
    run(pytester).assert_outcomes(passed=2)


@pytest.mark.parametrize(
    ("ini", "option", "expected"),
    [
        (None, None, "us-east-1"),
        ("eu-west-1", None, "eu-west-1"),
        ("eu-west-1", "ap-south-1", "ap-south-1"),
    ],
)
def test_the_region_is_an_option(pytester, ini, option, expected):
    if ini is not None:
        pytester.makeini(f"[pytest]\nlocalec2_region = {ini}\n")
    pytester.makepyfile(
        f"""
        def test_region(localec2, localec2_env, localec2_boto3, localec2_boto):
            assert localec2.region == localec2_env["AWS_DEFAULT_REGION"] == "{expected}"
            zones = localec2_boto3.describe_availability_zones()["AvailabilityZones"]
            assert {{zone["RegionName"] for zone in zones}} == {{"{expected}"}}
            assert {{zone.region_name for zone in localec2_boto.get_all_zones()}} == {{"{expected}"}}
        """
    )
    options = () if option is None else ("--localec2-region", option)
    run(pytester, *options).assert_outcomes(passed=1)


def test_without_boto3_the_boto3_client_is_skipped_saying_why(pytester):
    pytester.makeconftest('import sys\n\nsys.modules["boto3"] = None  # `import boto3` fails\n')
    pytester.makepyfile(
        """
        def test_boto3(localec2_boto3):
            pass

        def test_boto(localec2_boto):
            assert localec2_boto.get_all_zones()
        """
    )
    result = run(pytester, "-rs")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["*localec2_boto3 needs boto3: pip install boto3*"])


def installed_from(distribution: importlib.metadata.Distribution) -> str | None:
    """Where pip installed `distribution` from (a `file:` URL for a checkout), if it says."""
    origin = distribution.read_text("direct_url.json")
    return None if origin is None else str(json.loads(origin)["url"])


def test_installing_boto_ec2_registers_the_plugin(pytester):
    installs = importlib.metadata.distributions(name="boto-ec2")
    ours = [dist for dist in installs if installed_from(dist) == ROOT.as_uri()]
    if not ours:
        # Another checkout's install describes that checkout's pyproject.toml, not this one's.
        pytest.skip(f"boto-ec2 is not installed from {ROOT} (scripts/test installs it)")
    plugins = ours[0].entry_points.select(group="pytest11")
    assert [(plugin.name, plugin.value) for plugin in plugins] == [("localec2.pytest_plugin",) * 2]
    assert plugins["localec2.pytest_plugin"].load() is localec2.pytest_plugin
    pytester.makepyfile("def test_found(localec2_boto3): localec2_boto3.describe_vpcs()")
    pytester.runpytest_subprocess().assert_outcomes(passed=1)  # no -p: found as users find it
