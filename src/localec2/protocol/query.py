"""The request side of the Query protocols: flat parameters → a typed dict by the model.

The model says which protocol it speaks (`ec2` for EC2, `query` for STS); `dialects.py` says
how each names its keys (`Filter.1.Name`; `Tags.member.1.Key`) and words a bad parameter.
The typed dict uses the model's member names, as boto3 shows them.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, cast

from .dialects import DIALECTS, Invalid, Violation
from .model import Json, ServiceModel

# A parsed key prefix: segment -> Node, and _VALUE -> the value (str) given at it.
Node = dict[str | None, Any]
_VALUE = None  # key of a node's own value (segments are always strings)
Reader = Callable[[Node, str], object]
# A structure's members by wire key: (member name, member shape); and its required wire keys.
Members = tuple[dict[str, tuple[str, str]], list[str]]


class _NotOfType(Exception):
    """A value that does not convert to its member's type (`integer`, `boolean`, …)."""


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


def _pattern(text: str) -> re.Pattern[str] | None:
    """A model's pattern (Java's syntax) as Python reads it; None if Python cannot."""
    try:
        return re.compile(text, re.ASCII)
    except re.error:
        return None


class QueryParser:
    """Per-shape readers derived once from the model, then applied to each request."""

    def __init__(self, model: ServiceModel) -> None:
        self.model = model
        self.dialect = DIALECTS[model.protocol]
        self._readers: dict[str, Reader] = {}

    def parse(self, operation: str, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        """The typed input of `operation` from its Query pairs (without Action/Version)."""
        tree = build_tree(pairs)
        shape = self.model.input_shape(operation)
        if shape is None:
            for key in _children(tree):
                self._unknown(key)
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
            return self._list_reader(shape)
        convert, type_name = _CONVERTERS[kind]
        dialect = self.dialect
        enum = tuple(shape["enum"]) if "enum" in shape else None
        low, high = (
            (shape.get("min"), shape.get("max")) if kind in ("integer", "long") else (None, None)
        )
        strings = dialect.checks_strings and kind == "string"
        shortest, longest = (shape.get("min"), shape.get("max")) if strings else (None, None)
        pattern = _pattern(shape["pattern"]) if strings and "pattern" in shape else None

        def read(node: Node, path: str) -> object:
            raw = self._leaf(node, path)
            violations: list[Violation] = []
            if enum is not None and raw not in enum:
                raise dialect.invalid(path, raw, [Violation("enum", enum)])
            try:
                value = convert(raw)
            except _NotOfType:
                raise dialect.invalid(path, raw, [Violation("type", type_name)])
            if low is not None and value < low:
                violations.append(Violation("min", low))
            if high is not None and value > high:
                violations.append(Violation("max", high))
            if shortest is not None and len(raw) < shortest:
                violations.append(Violation("min_length", shortest))
            if longest is not None and len(raw) > longest:
                violations.append(Violation("max_length", longest))
            if pattern is not None and not pattern.fullmatch(raw):
                violations.append(Violation("pattern", shape["pattern"]))
            if violations:
                raise dialect.invalid(path, raw, violations)
            return value

        return read

    def _unknown(self, path: str) -> None:
        error = self.dialect.unknown(path)
        if error is not None:
            raise error

    def _leaf(self, node: Node, path: str) -> str:
        """The value given at `path`; sub-keys under a scalar are parameters nobody knows."""
        for key in _children(node):
            self._unknown(f"{path}.{key}")
        value: str = node.get(_VALUE, "")
        return value

    def _list_reader(self, shape: Json) -> Reader:
        member_shape = shape["member"]["shape"]
        segment = self.dialect.list_segment(shape)

        def read(node: Node, path: str) -> list[object]:
            if _VALUE in node:
                self._unknown(path)
            if segment is not None:
                for key in _children(node):
                    if key != segment:
                        self._unknown(f"{path}.{key}")
                node = node.get(segment, {})
                path = f"{path}.{segment}"
            indexed = []
            for key in _children(node):
                if not (key.isascii() and key.isdigit()) or int(key) < 1:
                    self._unknown(f"{path}.{key}")
                else:
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
        key_of = self.dialect.member_key
        by_wire = {
            key_of(name, ref): (name, ref["shape"])
            for name, ref in shape.get("members", {}).items()
        }
        required = [key_of(name, shape["members"][name]) for name in shape.get("required", ())]
        members = (by_wire, required)
        self.model.derived[key] = members
        return members

    def _structure_members(self, shape_name: str, node: Node, prefix: str) -> dict[str, Any]:
        by_wire, required = self._members(shape_name)
        if _VALUE in node:
            self._unknown(prefix[:-1])
        result: dict[str, Any] = {}
        clauses: list[str] = []  # the query protocol's broken constraints, all answered at once
        for key in _children(node):
            found = by_wire.get(key)
            if found is None:
                self._unknown(prefix + key)
                continue
            name, member_shape = found
            try:
                result[name] = self._reader(member_shape)(node[key], prefix + key)
            except Invalid as invalid:
                clauses += invalid.clauses
        for key in required:
            if key not in node:
                missing = self.dialect.missing(prefix + key)
                if not isinstance(missing, Invalid):  # EC2's: answered at once
                    raise missing
                clauses += missing.clauses
        if clauses:
            raise Invalid(clauses)
        return result


def _string(raw: str) -> str:
    return raw


def _integer(raw: str) -> int:
    try:
        return int(raw.strip())
    except ValueError:
        raise _NotOfType()


def _double(raw: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise _NotOfType()


def _boolean(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise _NotOfType()


def _timestamp(raw: str) -> datetime:
    text = raw.strip()
    try:
        if text.isascii() and text.replace(".", "", 1).isdigit():
            return datetime.fromtimestamp(float(text), UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        raise _NotOfType()
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _blob(raw: str) -> bytes:
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise _NotOfType()


# model type -> (converter, the type's name in an error)
_CONVERTERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "string": (_string, "string"),
    "integer": (_integer, "integer"),
    "long": (_integer, "integer"),
    "double": (_double, "number"),
    "float": (_double, "number"),
    "boolean": (_boolean, "boolean"),
    "timestamp": (_timestamp, "timestamp"),
    "blob": (_blob, "blob"),
}
