"""The request side of the EC2 protocol: flat Query parameters → a typed dict by the model.

Wire names follow the EC2 protocol: a member's key is its `queryName`, else its
`locationName` with the first letter upper-cased, else its member name. Lists are flattened
as `Name.1`, `Name.2`, … (1-based); structures nest as `Name.Member`. The typed dict uses
the model's member names, as boto3 shows them.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, cast

from .. import errors
from ..errors import EC2Error, missing_parameter
from .model import Json, ServiceModel

# A parsed key prefix: segment -> Node, and _VALUE -> the value (str) given at it.
Node = dict[str | None, Any]
_VALUE = None  # key of a node's own value (segments are always strings)
Reader = Callable[[Node, str], object]
# A structure's members by wire key: (member name, member shape); and its required wire keys.
Members = tuple[dict[str, tuple[str, str]], list[str]]


def unknown_parameter(name: str) -> EC2Error:
    return errors.UnknownParameter(f"The parameter {name} is not recognized")


def _invalid(name: str, value: str, expected: str) -> EC2Error:
    return errors.invalid_parameter_value(
        f"Value ({value}) for parameter {name} is invalid. {expected}"
    )


def wire_name(name: str, ref: Json) -> str:
    """The Query key of a structure member, by the EC2 protocol's naming rule."""
    query_name: str | None = ref.get("queryName")
    if query_name is not None:
        return query_name
    location: str | None = ref.get("locationName")
    if location:
        return location[0].upper() + location[1:]
    return name


def build_tree(pairs: Iterable[tuple[str, str]]) -> Node:
    """`Filter.1.Name=x` → {"Filter": {"1": {"Name": {None: "x"}}}}."""
    root: Node = {}
    for key, value in pairs:
        node = root
        for segment in key.split("."):
            node = node.setdefault(segment, {})
        node[_VALUE] = value
    return root


def _children(node: Node) -> list[str]:
    return [key for key in node if key is not None]


def _leaf(node: Node, path: str) -> str:
    """The value given at `path`; sub-keys under a scalar are parameters nobody knows."""
    for key in _children(node):
        raise unknown_parameter(f"{path}.{key}")
    value: str = node[_VALUE]
    return value


class QueryParser:
    """Per-shape readers derived once from the model, then applied to each request."""

    def __init__(self, model: ServiceModel) -> None:
        self.model = model
        self._readers: dict[str, Reader] = {}

    def parse(self, operation: str, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        """The typed input of `operation` from its Query pairs (without Action/Version)."""
        tree = build_tree(pairs)
        shape = self.model.input_shape(operation)
        if shape is None:
            for key in _children(tree):
                raise unknown_parameter(key)
            return {}
        return self._structure_members(shape, tree, "")

    def _reader(self, shape_name: str) -> Reader:
        reader = self._readers.get(shape_name)
        if reader is None:
            reader = self._build(shape_name)
            self._readers[shape_name] = reader
        return reader

    def _build(self, shape_name: str) -> Reader:
        shape = self.model.shape(shape_name)
        kind = shape["type"]
        if kind == "structure":
            return lambda node, path: self._structure_members(shape_name, node, path + ".")
        if kind == "list":
            return self._list_reader(shape["member"]["shape"])
        convert = _CONVERTERS[kind]
        enum = frozenset(shape["enum"]) if "enum" in shape else None
        low, high = (
            (shape.get("min"), shape.get("max")) if kind in ("integer", "long") else (None, None)
        )

        def read(node: Node, path: str) -> object:
            raw = _leaf(node, path)
            if enum is not None and raw not in enum:
                raise _invalid(path, raw, f"Expected one of: {', '.join(sorted(enum))}.")
            value = convert(raw, path)
            if low is not None and value < low:
                raise _invalid(path, raw, f"Expecting a value greater than or equal to {low}.")
            if high is not None and value > high:
                raise _invalid(path, raw, f"Expecting a value less than or equal to {high}.")
            return value

        return read

    def _list_reader(self, member_shape: str) -> Reader:
        def read(node: Node, path: str) -> list[object]:
            if _VALUE in node:
                raise unknown_parameter(path)
            indexed = []
            for key in _children(node):
                if not key.isdigit() or int(key) < 1:
                    raise unknown_parameter(f"{path}.{key}")
                indexed.append((int(key), key))
            indexed.sort()
            member = self._reader(member_shape)
            return [member(node[key], f"{path}.{key}") for _, key in indexed]

        return read

    def _members(self, shape_name: str) -> Members:
        """Wire key → (member name, member shape); and the required members' wire keys."""
        key = ("query-members", shape_name)
        cached = self.model.derived.get(key)
        if cached is not None:
            return cast(Members, cached)  # what this method put there, below
        shape = self.model.shape(shape_name)
        by_wire = {
            wire_name(name, ref): (name, ref["shape"])
            for name, ref in shape.get("members", {}).items()
        }
        required = [wire_name(name, shape["members"][name]) for name in shape.get("required", ())]
        members = (by_wire, required)
        self.model.derived[key] = members
        return members

    def _structure_members(self, shape_name: str, node: Node, prefix: str) -> dict[str, Any]:
        by_wire, required = self._members(shape_name)
        if _VALUE in node:
            raise unknown_parameter(prefix[:-1])
        result: dict[str, Any] = {}
        for key in _children(node):
            found = by_wire.get(key)
            if found is None:
                raise unknown_parameter(prefix + key)
            name, member_shape = found
            result[name] = self._reader(member_shape)(node[key], prefix + key)
        for key in required:
            if by_wire[key][0] not in result:
                raise missing_parameter(prefix + key)
        return result


def _string(raw: str, path: str) -> str:
    return raw


def _integer(raw: str, path: str) -> int:
    try:
        return int(raw.strip())
    except ValueError:
        raise _invalid(path, raw, "Expected an integer.")


def _double(raw: str, path: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise _invalid(path, raw, "Expected a number.")


def _boolean(raw: str, path: str) -> bool:
    lowered = raw.strip().lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise _invalid(path, raw, "Expected true or false.")


def _timestamp(raw: str, path: str) -> datetime:
    text = raw.strip()
    try:
        if text.replace(".", "", 1).isdigit():
            return datetime.fromtimestamp(float(text), UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        raise _invalid(path, raw, "Expected an ISO 8601 timestamp.")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _blob(raw: str, path: str) -> bytes:
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise _invalid(path, raw[:64], "Expected base64-encoded data.")


_CONVERTERS: dict[str, Callable[[str, str], object]] = {
    "string": _string,
    "integer": _integer,
    "long": _integer,
    "double": _double,
    "float": _double,
    "boolean": _boolean,
    "timestamp": _timestamp,
    "blob": _blob,
}
