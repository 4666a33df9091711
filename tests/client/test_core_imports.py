"""Cold start stays cheap: importing boto loads none of the heavy standard modules."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("http", "ssl", "xml", "json", "email", "logging", "typing", "hashlib", "configparser")


def modules_after(code: str) -> set[str]:
    """Every module loaded in a fresh interpreter once `code` has run (listed before the
    probe imports json to report them)."""
    script = "import sys\n%s\nloaded = sorted(sys.modules)\nimport json\nprint(json.dumps(loaded))"
    output = subprocess.run(
        [sys.executable, "-c", script % code], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(output))


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_import_boto_and_boto_ec2_loads_nothing_heavy():
    loaded = top_level(modules_after("import boto, boto.ec2"))
    assert "boto" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_creating_a_connection_defers_http_and_tls_to_the_first_request():
    loaded = top_level(
        modules_after(
            "import boto\nfrom boto.connection import AWSQueryConnection\n"
            "AWSQueryConnection('AKID', 'secret')"
        )
    )
    assert {"boto", "configparser"} <= loaded
    assert loaded.isdisjoint({"http", "ssl", "xml", "json", "email", "hashlib", "logging"})
