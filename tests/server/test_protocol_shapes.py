"""The generated TypedDicts (`localec2.protocol.shapes`) against the registry and the model.

shapes.py is generated from one botocore release, while CI installs the newest. Members a
newer model adds are reported as a warning (regenerate to pick them up); members the file
has that the installed model lacks, or whose type or required-ness differs, fail.

No `from __future__ import annotations` here: under Python 3.11 a TypedDict class with
string annotations ignores `Required[...]`, which the doctored `Vpc` below relies on.
"""

import difflib
import re
import typing
import warnings
from collections.abc import Mapping, Sequence
from typing import Required, TypedDict

import pytest

from localec2.protocol import generate_shapes, shapes

MODEL = generate_shapes.load_model()
IMPLEMENTED = generate_shapes.implemented_operations()
SCALARS: dict[str, object] = {
    "string": str,
    "integer": int,
    "long": int,
    "boolean": bool,
    "double": float,
    "float": float,
    "timestamp": shapes.Timestamp,
    "blob": shapes.Blob,
}


def _expected_type(name: str) -> object:
    """The Python type the model gives shape `name`, built independently of the generator."""
    shape = MODEL.shapes[name]
    kind = shape["type"]
    if kind == "structure":
        return getattr(shapes, name, f"{name} (no class in shapes.py)")
    if kind == "list":
        return Sequence[_expected_type(shape["member"]["shape"])]
    if kind == "map":
        key, value = shape["key"]["shape"], shape["value"]["shape"]
        return Mapping[_expected_type(key), _expected_type(value)]
    return SCALARS[kind]


def _disagreements(cls: type) -> tuple[list[str], list[str]]:
    """(what in `cls` the model contradicts, model members `cls` lacks)."""
    name = cls.__name__
    shape = MODEL.shapes.get(name)
    if shape is None or shape["type"] != "structure":
        return [f"{name}: the model has no structure of that name"], []
    members: dict[str, dict[str, str]] = shape["members"]
    required = set(shape.get("required", ()))
    hints = typing.get_type_hints(cls, include_extras=True)
    problems = []
    for member, hint in hints.items():
        if member not in members:
            problems.append(f"{name}.{member}: not a member in the model")
            continue
        if typing.get_origin(hint) is Required:
            hint = typing.get_args(hint)[0]
        expected = _expected_type(members[member]["shape"])
        if hint != expected:
            problems.append(f"{name}.{member}: {hint} in shapes.py, {expected} by the model")
        if (member in cls.__required_keys__) != (member in required):
            problems.append(f"{name}.{member}: required {member in required} by the model")
    missing = [f"{name}.{member}" for member in members if member not in hints]
    return problems, missing


def test_every_implemented_operation_is_listed_with_the_models_shapes() -> None:
    expected = {op: (MODEL.input_shape(op), MODEL.output_shape(op)) for op in IMPLEMENTED}
    assert shapes.OPERATIONS == expected
    for input, output in shapes.OPERATIONS.values():
        for name in (input, output):
            assert name is None or typing.is_typeddict(getattr(shapes, name, None)), name


def test_every_typeddict_agrees_with_the_installed_model() -> None:
    classes = [value for value in vars(shapes).values() if typing.is_typeddict(value)]
    assert len(classes) > 100
    problems: list[str] = []
    missing: list[str] = []
    for cls in classes:
        wrong, absent = _disagreements(cls)
        problems += wrong
        missing += absent
    if missing:
        warnings.warn(
            f"shapes.py lacks {len(missing)} member(s) of botocore"
            f" {generate_shapes.botocore_version()}'s EC2 model (regenerate it):"
            f" {', '.join(sorted(missing))}",
            stacklevel=1,
        )
    assert not problems, "\n".join(problems)


def test_the_model_check_catches_a_wrong_class() -> None:
    """The check above on a doctored `Vpc`: a wrong type, a member the model lacks, a wrong
    required-ness, and members left out."""

    class Vpc(TypedDict, total=False):
        VpcId: int
        Bogus: str
        CidrBlock: Required[str]

    problems, missing = _disagreements(Vpc)
    assert [problem.split(":")[0] for problem in problems] == [
        "Vpc.VpcId",
        "Vpc.Bogus",
        "Vpc.CidrBlock",
    ]
    assert "Vpc.State" in missing and "Vpc.VpcId" not in missing
    assert _disagreements(shapes.Vpc)[0] == []


def test_shapes_py_is_what_the_generator_writes() -> None:
    """No hand edits: shapes.py equals a regeneration, in memory, from the installed model.

    Only meaningful when the installed botocore is the one named in shapes.py's header: a
    newer model legitimately regenerates differently. Otherwise this test skips, the one
    accepted skip here; the model checks above still run.
    """
    recorded = re.search(r"GENERATED from botocore ([0-9][\w.]*)'s", shapes.__doc__ or "")
    assert recorded, "shapes.py's header does not name the botocore it was generated from"
    installed = generate_shapes.botocore_version()
    if recorded[1] != installed:
        pytest.skip(f"shapes.py is from botocore {recorded[1]}; {installed} is installed")
    current = generate_shapes.TARGET.read_text(encoding="utf-8")
    regenerated = generate_shapes.render(MODEL, IMPLEMENTED, installed)
    diff = difflib.unified_diff(
        current.splitlines(), regenerated.splitlines(), "shapes.py", "regenerated", lineterm=""
    )
    assert current == regenerated, "\n".join([*list(diff)[:40], f"run {generate_shapes.COMMAND}"])
