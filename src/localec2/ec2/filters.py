"""EC2's `Filter.N.Name` / `Filter.N.Values` semantics and `MaxResults` / `NextToken` paging.

Most of EC2's filters name one field: `instance-type` is `InstanceType`,
`vcpu-info.default-vcpus` is `VCpuInfo.DefaultVCpus`. A Describe action declares those as a
table of paths (`fields`) instead of one getter each; the few filters that compute something
keep their own getters.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from ..errors import invalid_parameter_value
from ..protocol.shapes import Filter

T = TypeVar("T")
# A field getter returns the document's value(s) for a filter: a scalar, a list, or None.
# It takes any document (a TypedDict of the kind being described).
Getter = Callable[[Any], Any]


@lru_cache(maxsize=1024)
def _pattern(value: str) -> re.Pattern[str]:
    """EC2 filter values are literal except `*` (any run) and `?` (one char); `\\` escapes."""
    out = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            out.append(re.escape(next(chars, "\\")))
        elif ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        else:
            out.append(re.escape(ch))
    return re.compile("".join(out), re.DOTALL)


def _as_strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [s for item in value for s in _as_strings(item)]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [str(value)]


def value_matches(actual: Any, wanted: Sequence[str]) -> bool:
    """True if any of the document's values matches any wanted pattern."""
    actual_strings = _as_strings(actual)
    return any(_pattern(w).fullmatch(a) for w in wanted for a in actual_strings)


def _tag_getter(name: str) -> Getter | None:
    if name.startswith("tag:"):
        key = name[4:]
        return lambda doc: [t["Value"] for t in doc.get("Tags") or () if t["Key"] == key]
    if name == "tag-key":
        return lambda doc: [t["Key"] for t in doc.get("Tags") or ()]
    if name == "tag-value":
        return lambda doc: [t["Value"] for t in doc.get("Tags") or ()]
    return None


def apply_filters(
    docs: Iterable[T], filters: Sequence[Filter] | None, getters: Mapping[str, Getter]
) -> list[T]:
    """Keep the documents that match every filter (values of one filter are OR-ed).

    `getters` maps the filter names a Describe action supports to getters; the tag filters
    (`tag:<key>`, `tag-key`, `tag-value`) are understood for every resource with `Tags`.
    An unknown filter name is `InvalidParameterValue`, as EC2 answers.
    """
    checks = []
    for f in filters or ():
        name = f.get("Name") or ""
        getter = getters.get(name) or _tag_getter(name)
        if getter is None:
            raise invalid_parameter_value(f"The filter '{name}' is invalid")
        checks.append((getter, list(f.get("Values") or ())))
    if not checks:
        return list(docs)
    return [d for d in docs if all(value_matches(g(d), values) for g, values in checks)]


def paginate(
    items: list[T],
    max_results: int | None,
    next_token: str | None,
    *,
    minimum: int = 5,
    maximum: int = 1000,
) -> tuple[list[T], str | None]:
    """One page of `items` and the token for the next, as EC2's `MaxResults` paging works."""
    start = 0
    if next_token:
        try:
            start = int(base64.urlsafe_b64decode(next_token.encode()).decode())
        except (ValueError, UnicodeDecodeError):
            raise invalid_parameter_value(f"Invalid value '{next_token}' for NextToken")
    if max_results is None:
        return items[start:], None
    if not minimum <= max_results <= maximum:
        raise invalid_parameter_value(
            f"Value ( {max_results} ) for parameter maxResults is invalid. "
            f"Expecting a value between {minimum} and {maximum}.",
        )
    end = start + max_results
    token = base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else None
    return items[start:end], token


def _read(value: Any, steps: tuple[str, ...]) -> Any:
    """Follow `steps` into `value`; a list on the way is followed item by item."""
    for position, step in enumerate(steps):
        if isinstance(value, list):
            return [_read(item, steps[position:]) for item in value]
        if not isinstance(value, dict):
            return None
        value = value.get(step)
    return value


def field(path: str) -> Getter:
    """A getter for the dotted `path` (`Placement.AvailabilityZone`, `Messages.Message`)."""
    steps = tuple(path.split("."))
    return lambda doc: _read(doc, steps)


def fields(paths: dict[str, str]) -> dict[str, Getter]:
    """Getters for a table of filter name -> field path."""
    return {name: field(path) for name, path in paths.items()}
