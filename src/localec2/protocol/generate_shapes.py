"""Write `shapes.py`: TypedDicts of the implemented operations, from botocore's EC2 model.

    python -m localec2.protocol.generate_shapes          # (re)write shapes.py
    python -m localec2.protocol.generate_shapes --check  # exit 1 if shapes.py differs

One `TypedDict` (total=False) per structure shape reachable from the implemented
operations' inputs and outputs, named as the model names it; members the model marks
required are `Required[...]`. Lists are `Sequence` and maps `Mapping`, covariant, so that
stored documents with extra private keys are usable where the wire shape is expected.

The output is written already formatted as `ruff format` would (line length 100), so the
file and `--check` depend on the model alone, not on which ruff is installed.

References to classes are quoted rather than relying on `from __future__ import
annotations`: under Python 3.11 a TypedDict built from string annotations ignores
`Required[...]`, and its `__required_keys__` would be empty.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .model import ServiceModel, load_model

TARGET = Path(__file__).with_name("shapes.py")
COMMAND = "python -m localec2.protocol.generate_shapes"
LINE_LENGTH = 100  # [tool.ruff] line-length
INDENT = "    "

Shape = dict[str, Any]

SCALARS = {
    "string": "str",
    "integer": "int",
    "long": "int",
    "boolean": "bool",
    "double": "float",
    "float": "float",
    "timestamp": "Timestamp",
    "blob": "Blob",
}
# Names shapes.py uses, which a class named after a shape must not shadow.
RESERVED = {"Blob", "Mapping", "OPERATIONS", "Required", "Sequence", "Timestamp", "TypedDict"}
RESERVED |= {"bool", "bytes", "datetime", "dict", "float", "int", "str", "tuple"}


def implemented_operations() -> list[str]:
    """The operations localec2 implements, by the action registry, sorted."""
    from ..actions import registry

    registry.load_actions()
    return sorted(registry.ACTIONS)


def botocore_version() -> str:
    return importlib.metadata.version("botocore")


def _referenced(shape: Shape) -> list[str]:
    refs = [shape.get("member"), shape.get("key"), shape.get("value")]
    refs += shape.get("members", {}).values()
    return [str(ref["shape"]) for ref in refs if ref]


def structures(model: ServiceModel, operations: Iterable[str]) -> list[str]:
    """Names of the structure shapes reachable from the operations' inputs and outputs."""
    pending = [
        name
        for operation in operations
        for name in (model.input_shape(operation), model.output_shape(operation))
        if name is not None
    ]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(_referenced(model.shapes[name]))
    return sorted(name for name in seen if model.shapes[name]["type"] == "structure")


def annotation(model: ServiceModel, name: str) -> str:
    """The Python type of shape `name`: a scalar, a quoted class, or a Sequence/Mapping."""
    shape: Shape = model.shapes[name]
    kind = shape["type"]
    if kind == "structure":
        return f'"{name}"'
    if kind == "list":
        return f"Sequence[{annotation(model, shape['member']['shape'])}]"
    if kind == "map":
        key = annotation(model, shape["key"]["shape"])
        return f"Mapping[{key}, {annotation(model, shape['value']['shape'])}]"
    if kind not in SCALARS:
        raise ValueError(f"shape {name}: type {kind!r} has no Python type here")
    return SCALARS[kind]


def _member_lines(name: str, annotation: str, indent: str = INDENT) -> list[str]:
    """`name: annotation`, split inside its outermost brackets while too long, as ruff does.

    Only single-argument subscripts get this layout; a long `Mapping[K, V]` (none in the EC2
    model today) is refused rather than laid out differently from ruff.
    """
    line = f"{indent}{name}{annotation}"
    if len(line) <= LINE_LENGTH or "[" not in annotation:
        return [line]
    if "," in annotation:
        raise ValueError(f"no layout for the long annotation {annotation}")
    head, inner = annotation.split("[", 1)
    return [f"{indent}{name}{head}[", *_member_lines("", inner[:-1], indent + INDENT), f"{indent}]"]


def _class_lines(model: ServiceModel, name: str) -> list[str]:
    shape: Shape = model.shapes[name]
    required = set(shape.get("required", ()))
    lines = [f"class {name}(TypedDict, total=False):"]
    for member, ref in shape["members"].items():
        text = annotation(model, ref["shape"])
        if member in required:
            text = f"Required[{text}]"
        lines += _member_lines(f"{member}: ", text)
    if len(lines) == 1:
        lines.append(f"{INDENT}pass")
    return lines


def _operation_lines(operation: str, input: str | None, output: str | None) -> list[str]:
    def quoted(name: str | None) -> str:
        return "None" if name is None else f'"{name}"'

    line = f'{INDENT}"{operation}": ({quoted(input)}, {quoted(output)}),'
    if len(line) <= LINE_LENGTH:
        return [line]
    inner = INDENT * 2
    return [
        f'{INDENT}"{operation}": (',
        f"{inner}{quoted(input)},",
        f"{inner}{quoted(output)},",
        f"{INDENT}),",
    ]


def render(model: ServiceModel, operations: Iterable[str], version: str) -> str:
    """The text of shapes.py for `operations` of `model` (from botocore `version`)."""
    operations = sorted(operations)
    names = structures(model, operations)
    clashes = RESERVED.intersection(names)
    if clashes:
        raise ValueError(f"shape names clash with the module's own names: {sorted(clashes)}")
    body = "\n\n\n".join("\n".join(_class_lines(model, name)) for name in names)
    abc = ["Mapping", "Sequence"] if re.search(r"\bMapping\[", body) else ["Sequence"]
    typing = ["Required", "TypedDict"] if re.search(r"\bRequired\[", body) else ["TypedDict"]
    api = model.metadata["apiVersion"]
    out = [
        '"""Typed inputs and outputs of the EC2 operations localec2 implements.',
        "",
        f"GENERATED from botocore {version}'s EC2 model (API version {api}); do not edit.",
        f"Regenerate with `{COMMAND}`.",
        '"""',
        "",
        f"from collections.abc import {', '.join(abc)}",
        "from datetime import datetime",
        f"from typing import {', '.join(typing)}",
        "",
        "Timestamp = str | datetime  # stored documents hold ISO strings; the parser, datetimes",
        "Blob = bytes | str",
    ]
    if body:
        out += ["", "", body]
    out += ["", "", "OPERATIONS: dict[str, tuple[str | None, str | None]] = {"]
    for operation in operations:
        input, output = model.input_shape(operation), model.output_shape(operation)
        out += _operation_lines(operation, input, output)
    out.append("}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if shapes.py differs")
    args = parser.parse_args(argv)
    text = render(load_model(), implemented_operations(), botocore_version())
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if not args.check:
        if text != current:
            TARGET.write_text(text, encoding="utf-8")
        print(f"{TARGET}: {text.count('(TypedDict')} classes, {len(text)} bytes")
        return 0
    if text == current:
        return 0
    diff = difflib.unified_diff(
        current.splitlines(), text.splitlines(), "shapes.py", "generated", lineterm=""
    )
    print("\n".join(list(diff)[:60]))
    print(f"{TARGET} differs from what the generator writes; run `{COMMAND}`", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
