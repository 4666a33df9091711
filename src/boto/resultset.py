"""boto 2's ResultSet (a list that also carries paging and status) and BooleanResult."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, TypeVar

    _T = TypeVar("_T")
else:
    _T = "_T"  # `list[_T]` below is then a plain `types.GenericAlias`; only checkers read it


def _to_boolean(value: str, true_value: str = "true") -> bool:
    return value == true_value


class ResultSet(list[_T]):
    """A list of parsed objects; `markers` are (element name, class) pairs to collect.

    Besides the items it keeps what the response says about the list as a whole:
    `next_token`, `marker`, `is_truncated`, `status` and `request_id`.

    For type checkers it is generic in its items: `ResultSet[Reservation]`.
    """

    def __init__(self, marker_elem: list[tuple[str, type[_T]]] | None = None) -> None:
        super().__init__()
        self.markers: list[tuple[str, type[_T]]] = (
            marker_elem if isinstance(marker_elem, list) else []
        )
        self.marker: str | None = None
        self.next_marker: str | None = None
        self.next_token: str | None = None
        self.is_truncated = False
        self.status = True
        self.request_id: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        for marker_name, cls in self.markers:
            if name == marker_name:
                # A marker class takes the connection (boto 2's protocol); `type[_T]` says
                # nothing of its constructor, but it infers the item type from a literal.
                obj = cls(connection)  # type: ignore[call-arg]
                self.append(obj)
                return obj
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "IsTruncated":
            self.is_truncated = _to_boolean(value)
        elif name == "Marker":
            self.marker = value
        elif name == "NextMarker":
            self.next_marker = value
        elif name in ("NextToken", "nextToken"):
            self.next_token = value or None
        elif name in ("requestId", "RequestId"):
            self.request_id = value
        elif name == "return":
            self.status = _to_boolean(value)
        elif name == "IsValid":
            self.status = _to_boolean(value, "True")
        else:
            setattr(self, name, value)

    def to_boolean(self, value: str, true_value: str = "true") -> bool:
        """Whether `value` is `true_value` (boto 2's helper)."""
        return _to_boolean(value, true_value)


class BooleanResult:
    """The outcome of an action that answers only `<return>true</return>`."""

    def __init__(self, marker_elem: Any = None) -> None:
        self.status = True
        self.request_id: str | None = None

    def __repr__(self) -> str:
        return "True" if self.status else "False"

    def __bool__(self) -> bool:
        return self.status

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "return":
            self.status = _to_boolean(value)
        elif name in ("requestId", "RequestId"):
            self.request_id = value
        else:
            setattr(self, name, value)

    def to_boolean(self, value: str, true_value: str = "true") -> bool:
        """Whether `value` is `true_value` (boto 2's helper)."""
        return _to_boolean(value, true_value)
