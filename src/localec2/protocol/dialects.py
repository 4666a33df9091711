"""How a Query protocol names its parameters and words a bad one: EC2's, and STS's.

Both send flat `Key=value` pairs; they differ in the keys and in the errors:

- `ec2` (EC2): a member's key is its `queryName`, else its `locationName` with the first
  letter upper-cased, else its name; lists are `Name.1`, `Name.2`, …; an unknown parameter
  is `UnknownParameter`, a missing one `MissingParameter`, a bad value
  `InvalidParameterValue` ("Value (x) for parameter Name is invalid. …").
- `query` (STS and AWS's other Query services): a member's key is its `locationName`, else
  its name; lists are `Name.member.1`, … (`Name.1` when the list is `flattened`); unknown
  parameters are ignored; a missing or bad value is `ValidationError`, worded as those
  services word a broken constraint of their model ("1 validation error detected: Value
  '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater
  than or equal to 900"; "Value null at 'roleSessionName' …: Member must not be null"), and
  the model's string lengths and patterns are checked too, and every broken constraint of
  the request is listed in one error ("2 validation errors detected: …; …").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from .. import errors
from ..errors import EC2Error, missing_parameter
from .model import Json


class Violation(NamedTuple):
    """A value breaking one constraint of its shape."""

    constraint: str  # enum, min, max, min_length, max_length, pattern, or type
    bound: int | float | str | tuple[str, ...]  # the enum's values, a limit, a pattern, a type


class Invalid(EC2Error):
    """A `ValidationError` of the query protocol, with its clauses, to be merged with others
    of the same request into one error."""

    def __init__(self, clauses: Sequence[str]) -> None:
        count = len(clauses)
        noun = "error" if count == 1 else "errors"
        error = errors.ValidationError(f"{count} validation {noun} detected: {'; '.join(clauses)}")
        super().__init__(error.code, error.message, error.status)
        self.clauses = list(clauses)


class Dialect(Protocol):
    checks_strings: bool  # the model's string lengths and patterns

    def member_key(self, name: str, ref: Json) -> str: ...

    def list_segment(self, shape: Json) -> str | None:
        """The key segment between a list's name and its 1-based indexes, if any."""
        ...

    def unknown(self, path: str) -> EC2Error | None:
        """The error for a parameter the shape lacks, or None to ignore it."""
        ...

    def missing(self, path: str) -> EC2Error: ...

    def invalid(self, path: str, raw: str, violations: Sequence[Violation]) -> EC2Error: ...


_EC2_TYPES = {
    "integer": "Expected an integer.",
    "number": "Expected a number.",
    "boolean": "Expected true or false.",
    "timestamp": "Expected an ISO 8601 timestamp.",
    "blob": "Expected base64-encoded data.",
}


class Ec2Dialect:
    checks_strings = False

    def member_key(self, name: str, ref: Json) -> str:
        query_name: str | None = ref.get("queryName")
        if query_name is not None:
            return query_name
        location: str | None = ref.get("locationName")
        if location:
            return location[0].upper() + location[1:]
        return name

    def list_segment(self, shape: Json) -> str | None:
        return None

    def unknown(self, path: str) -> EC2Error:
        return errors.UnknownParameter(f"The parameter {path} is not recognized")

    def missing(self, path: str) -> EC2Error:
        return missing_parameter(path)

    def invalid(self, path: str, raw: str, violations: Sequence[Violation]) -> EC2Error:
        constraint, bound = violations[0]
        if isinstance(bound, tuple):
            expected = f"Expected one of: {', '.join(sorted(bound))}."
        elif constraint == "min":
            expected = f"Expecting a value greater than or equal to {bound}."
        elif constraint == "max":
            expected = f"Expecting a value less than or equal to {bound}."
        else:
            expected = _EC2_TYPES[str(bound)]
        shown = raw[:64] if bound == "blob" else raw
        return errors.invalid_parameter_value(
            f"Value ({shown}) for parameter {path} is invalid. {expected}"
        )


def _coral_path(path: str) -> str:
    """`Tags.member.1.Key` -> `tags.1.member.key`: how these services name a member."""
    out: list[str] = []
    for segment in path.split("."):
        if segment.isascii() and segment.isdigit() and out and out[-1] == "member":
            out[-1:] = [segment, "member"]
        else:
            out.append(segment[:1].lower() + segment[1:])
    return ".".join(out)


_CORAL_CONSTRAINTS = {
    "min": "Member must have value greater than or equal to {}",
    "max": "Member must have value less than or equal to {}",
    "min_length": "Member must have length greater than or equal to {}",
    "max_length": "Member must have length less than or equal to {}",
    "pattern": "Member must satisfy regular expression pattern: {}",
    # Reconstructed: what these services answer for a value that is not of the member's
    # type is not documented; the wording follows their other constraints.
    "type": "Member must be a valid {}",
}


def _coral_constraint(violation: Violation) -> str:
    if isinstance(violation.bound, tuple):
        return f"Member must satisfy enum value set: [{', '.join(violation.bound)}]"
    return _CORAL_CONSTRAINTS[violation.constraint].format(violation.bound)


class QueryDialect:
    checks_strings = True

    def member_key(self, name: str, ref: Json) -> str:
        location: str | None = ref.get("locationName")
        return location or name

    def list_segment(self, shape: Json) -> str | None:
        if shape.get("flattened"):
            return None
        segment: str = shape["member"].get("locationName", "member")
        return segment

    def unknown(self, path: str) -> None:
        # Reconstructed: AWS's Query services ignore parameters their operation lacks.
        return None

    def missing(self, path: str) -> Invalid:
        return Invalid(
            [
                f"Value null at '{_coral_path(path)}' failed to satisfy constraint: "
                "Member must not be null"
            ]
        )

    def invalid(self, path: str, raw: str, violations: Sequence[Violation]) -> Invalid:
        at = f"Value '{raw}' at '{_coral_path(path)}' failed to satisfy constraint: "
        return Invalid([at + _coral_constraint(v) for v in violations])


DIALECTS: dict[str, Dialect] = {"ec2": Ec2Dialect(), "query": QueryDialect()}
