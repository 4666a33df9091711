"""Our public surface against boto 2.49's own.

boto 2.49 itself (in `.venv-boto2`, made when absent: `boto2_support`) dumps its surface as JSON: for
every public module of `boto.ec2` (and `boto`, `boto.exception`, `boto.regioninfo`,
`boto.resultset`, `boto.utils`, `boto.vpc`), every public class and function defined there,
and every public method (and `__init__`) a class has from those modules, with its parameters'
names, kinds and defaults. We look each name up in our package (attribute access, so lazily
loaded names count) and compare:

- every module, class, function and method boto 2 has exists;
- boto 2's parameters come first, in boto 2's order, with boto 2's names and kinds
  (`*args`, `**kwargs` included); a default boto 2 had is kept, with the same value where it
  was a plain literal; a default where boto 2 had none is fine;
- parameters of ours beyond boto 2's have a default or are keyword-only.

Whatever differs and is not on `ALLOWED` below fails the test; an `ALLOWED` entry that
matches nothing fails it too, so the list can only shrink.

boto 2.49 does not import on Python 3.12+ (it needs `imp` and old `collections` names): it
runs in a venv of its own made with Python 3.11 (`boto2_support`), whatever runs the test.
"""

from __future__ import annotations

import fnmatch
import importlib
import importlib.util
import inspect
import json
import subprocess
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOTO2_VENV = ROOT / ".venv-boto2"

# What boto 2's surface holds and we do not (yet): (fnmatch patterns, reason). Keep it short.
ALLOWED: list[tuple[tuple[str, ...], str]] = [
    (
        ("boto.ec2.autoscale*", "boto.ec2.cloudwatch*", "boto.ec2.elb*"),
        "other services (Auto Scaling, CloudWatch, ELB) that boto 2 kept under boto.ec2",
    ),
    (
        ("boto.connect_*", "boto.storage_uri", "boto.storage_uri_for_key"),
        "shortcuts to other services (S3, SQS, IAM, ...): boto-ec2 is EC2 only "
        "(boto.connect_ec2, connect_ec2_endpoint, connect_euca can never be allowed here)",
    ),
    (
        (
            "boto.exception.S3*",
            "boto.exception.GS*",
            "boto.exception.Storage*",
            "boto.exception.Resumable*",
            "boto.exception.Invalid*ConfigError",
            "boto.exception.InvalidAclError",
            "boto.exception.InvalidCorsError",
            "boto.exception.SDB*",
            "boto.exception.SQSDecodeError",
            "boto.exception.SWFResponseError",
            "boto.exception.DynamoDBResponseError",
            "boto.exception.EmrResponseError",
        ),
        "errors of services boto-ec2 does not speak (S3, GS, SDB, SQS, SWF, DynamoDB, EMR)",
    ),
    (
        tuple(
            "boto.utils." + name
            for name in (
                "AuthSMTPHandler",
                "LRUCache",
                "Password",
                "RequestHook",
                "ShellCommand",
                "canonical_string",
                "compute_hash",
                "compute_md5",
                "fetch_file",
                "find_class",
                "find_matching_headers",
                "get_aws_metadata",
                "get_utf8_value",
                "host_is_ipv6",
                "merge_headers_by_name",
                "merge_meta",
                "notify",
                "parse_host",
                "unquote_v",
                "update_dme",
            )
        ),
        "S3/GS header signing and hashing, mail, shell and pyami helpers: not EC2",
    ),
]

# The boto.vpc package is being written by another engineer: allowed while it is absent (no
# `boto/vpc/__init__.py` yet).
_vpc = importlib.util.find_spec("boto.vpc")
if _vpc is None or _vpc.origin is None:
    ALLOWED.append((("boto.vpc*", "boto.connect_vpc"), "boto.vpc: in progress"))

# Never allowed to be missing, whatever a pattern says.
REQUIRED = {"boto.connect_ec2", "boto.connect_ec2_endpoint", "boto.connect_euca"}

# Run by boto 2's interpreter: prints boto 2.49's surface as JSON.
DUMP_SCRIPT = r"""
import importlib, inspect, json, pkgutil, sys, types

ROOTS = ["boto", "boto.exception", "boto.regioninfo", "boto.resultset", "boto.utils"]


def module_names():
    names = list(ROOTS)
    for package in ("boto.ec2", "boto.vpc"):
        names.append(package)
        path = importlib.import_module(package).__path__
        names += [package + "." + m.name for m in pkgutil.iter_modules(path)
                  if not m.name.startswith("_")]
    return names


def default(parameter):
    if parameter.default is inspect.Parameter.empty:
        return None
    value = parameter.default
    if value is None or isinstance(value, (bool, int, float, str)):
        return [repr(value)]
    return ["<%s>" % type(value).__name__]


def signature(function):
    return [[p.name, p.kind.name, default(p)]
            for p in inspect.signature(function).parameters.values()]


def surface():
    names = module_names()
    out = {}
    for name in names:
        module = importlib.import_module(name)
        entry = out[name] = {}
        for attr, obj in vars(module).items():
            if attr.startswith("_") or getattr(obj, "__module__", None) != name:
                continue
            if isinstance(obj, type):
                # A method is listed where it is defined; a class names its bases (those of
                # the compared modules) so that what it inherits is checked there once.
                methods = {}
                for method, function in vars(obj).items():
                    if method.startswith("_") and method != "__init__":
                        continue
                    if isinstance(function, (staticmethod, classmethod)):
                        function = function.__func__
                    if isinstance(function, types.FunctionType):
                        methods[method] = signature(function)
                bases = [b.__module__ + "." + b.__name__ for b in obj.__mro__[1:]
                         if b.__module__ in names]
                entry[attr] = {"class": methods, "bases": bases}
            elif isinstance(obj, types.FunctionType):
                entry[attr] = {"function": signature(obj)}
    return out


json.dump(surface(), sys.stdout, sort_keys=True)
"""


@pytest.fixture(scope="module")
def boto2_surface(boto2_python: Path) -> dict[str, dict[str, dict[str, object]]]:
    result = subprocess.run(
        [str(boto2_python), "-c", DUMP_SCRIPT],
        capture_output=True,
        text=True,
        timeout=300,
        cwd="/",  # never our src on its path
        env={"PATH": "/usr/bin:/bin", "BOTO_CONFIG": "/dev/null", "HOME": "/nonexistent"},
    )
    assert result.returncode == 0, result.stderr
    surface: dict[str, dict[str, dict[str, object]]] = json.loads(result.stdout)
    return surface


def _default(parameter: inspect.Parameter) -> list[str] | None:
    if parameter.default is inspect.Parameter.empty:
        return None
    value = parameter.default
    if value is None or isinstance(value, bool | int | float | str):
        return [repr(value)]
    return ["<%s>" % type(value).__name__]


def _our_signature(function: object) -> list[list[object]] | None:
    try:
        parameters = inspect.signature(function).parameters.values()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return [[p.name, p.kind.name, _default(p)] for p in parameters]


def signature_problem(theirs: list[list[object]], ours: list[list[object]] | None) -> str | None:
    """What makes `ours` unable to stand in for boto 2's `theirs`, or None."""
    if ours is None:
        return "no signature"
    for index, (name, kind, default) in enumerate(theirs):
        if index >= len(ours):
            return "lacks parameter %s" % name
        our_name, our_kind, our_default = ours[index]
        if (our_name, our_kind) != (name, kind):
            return "parameter %d is %s (%s), boto 2's is %s (%s)" % (
                index + 1,
                our_name,
                our_kind,
                name,
                kind,
            )
        if default is not None:
            if our_default is None:
                return "parameter %s has no default, boto 2's is %s" % (name, default[0])  # type: ignore[index]
            literal = not str(default[0]).startswith("<")  # type: ignore[index]
            if literal and our_default != default:
                return "parameter %s defaults to %s, boto 2's to %s" % (
                    name,
                    our_default[0],  # type: ignore[index]
                    default[0],  # type: ignore[index]
                )
    for name, kind, default in ours[len(theirs) :]:
        if kind in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD") and default is None:
            return "extra required parameter %s" % name
    return None


def compare(boto2: dict[str, dict[str, dict[str, object]]]) -> dict[str, str]:
    """`{qualified name: problem}` for every difference from boto 2's surface."""
    problems: dict[str, str] = {}
    for module_name, names in boto2.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            problems[module_name] = "module missing"
            continue
        for name, entry in names.items():
            qualified = "%s.%s" % (module_name, name)
            ours = getattr(module, name, None)
            if ours is None:
                problems[qualified] = "missing"
                continue
            if "function" in entry:
                if isinstance(ours, type) or not callable(ours):
                    problems[qualified] = "not a function"
                    continue
                problem = signature_problem(entry["function"], _our_signature(ours))  # type: ignore[arg-type]
                if problem:
                    problems[qualified] = problem
                continue
            if not isinstance(ours, type):
                problems[qualified] = "not a class"
                continue
            for base in entry["bases"]:  # type: ignore[attr-defined]
                base_module, _, base_name = base.rpartition(".")
                try:
                    our_base = getattr(importlib.import_module(base_module), base_name, None)
                except ImportError:
                    our_base = None
                if isinstance(our_base, type) and not issubclass(ours, our_base):
                    problems[qualified] = "not a subclass of %s" % base
            for method, theirs in entry["class"].items():  # type: ignore[attr-defined]
                qualified_method = "%s.%s" % (qualified, method)
                function = inspect.getattr_static(ours, method, None)
                if isinstance(function, staticmethod | classmethod):
                    function = function.__func__
                if function is None or (method == "__init__" and function is object.__init__):
                    problems[qualified_method] = "missing"
                    continue
                if not isinstance(function, types.FunctionType):
                    problems[qualified_method] = "not a method"
                    continue
                problem = signature_problem(theirs, _our_signature(function))
                if problem:
                    problems[qualified_method] = problem
    return problems


def allowed_by(qualified: str) -> int | None:
    if qualified in REQUIRED:
        return None
    for index, (patterns, _reason) in enumerate(ALLOWED):
        if any(fnmatch.fnmatchcase(qualified, pattern) for pattern in patterns):
            return index
    return None


def test_surface_matches_boto2(boto2_surface):
    problems = compare(boto2_surface)
    unexplained = {name: why for name, why in problems.items() if allowed_by(name) is None}
    assert not unexplained, "differences from boto 2.49 not on the allow-list:\n" + "\n".join(
        "  %s: %s" % item for item in sorted(unexplained.items())
    )
    used = {allowed_by(name) for name in problems}
    stale = [
        pattern
        for index, (patterns, _reason) in enumerate(ALLOWED)
        for pattern in patterns
        if index not in used or not any(fnmatch.fnmatchcase(name, pattern) for name in problems)
    ]
    assert not stale, "allow-list patterns that match no difference any more: %s" % stale


def test_boto2_surface_is_complete(boto2_surface):
    """The dump sees what it should: boto 2's EC2Connection and its modules."""
    connection = boto2_surface["boto.ec2.connection"]["EC2Connection"]["class"]
    assert "run_instances" in connection and "request_spot_instances" in connection  # type: ignore[operator]
    assert boto2_surface["boto.vpc"]["VPCConnection"]["bases"] == [  # type: ignore[index]
        "boto.ec2.connection.EC2Connection"
    ]
    assert "boto.ec2.spotinstancerequest" in boto2_surface
    assert "boto.vpc.vpc" in boto2_surface


def test_signature_rules():
    boto2 = [["self", "POSITIONAL_OR_KEYWORD", None], ["a", "POSITIONAL_OR_KEYWORD", ["None"]]]
    assert signature_problem(boto2, boto2) is None
    assert signature_problem(boto2, [*boto2, ["b", "KEYWORD_ONLY", None]]) is None
    assert signature_problem(boto2, [*boto2, ["b", "POSITIONAL_OR_KEYWORD", ["1"]]]) is None
    assert "extra required" in str(
        signature_problem(boto2, [*boto2, ["b", "POSITIONAL_OR_KEYWORD", None]])
    )
    assert "defaults to" in str(
        signature_problem(boto2, [boto2[0], ["a", "POSITIONAL_OR_KEYWORD", ["1"]]])
    )
    assert "lacks" in str(signature_problem(boto2, boto2[:1]))
    assert "parameter 2" in str(
        signature_problem(boto2, [boto2[0], ["kwargs", "VAR_KEYWORD", None]])
    )


def test_ec2_entry_points():
    """What boto 2's `boto.ec2` re-exported, and the EC2 shortcuts of `boto`."""
    import boto
    from boto.ec2 import (  # noqa: F401
        EC2Connection,
        RegionInfo,
        connect_to_region,
        get_region,
        get_regions,
        load_regions,
    )

    assert callable(boto.connect_ec2_endpoint) and callable(boto.connect_euca)
    assert "us-east-1" in load_regions()["ec2"]
    conn = boto.connect_ec2_endpoint("http://127.0.0.1:8773/services/x", "a", "b")
    assert (conn.host, conn.port, conn.path, conn.is_secure) == (
        "127.0.0.1",
        8773,
        "/services/x",
        False,
    )
    euca = boto.connect_euca("euca.example", "a", "b")
    assert (euca.host, euca.port, euca.path, euca.is_secure, euca.region.name) == (
        "euca.example",
        8773,
        "/services/Eucalyptus",
        False,
        "eucalyptus",
    )
