"""A holder for the nested structures today's EC2 sends inside VPC resources.

boto 2's VPC classes let every nested element end on the resource itself, so a nested
`<state>` (a CIDR block association's, say) overwrote the resource's own `state`. Here each
nested structure gets an object of its own: a known one its own class, any other a `Nested`.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any


class Nested:
    """A nested structure kept as it came: each leaf a camelCase attribute, each `item` of a
    list an entry of `items`, each nested structure a `Nested` of its own."""

    def __init__(self, connection: Any = None) -> None:
        self.items: list[Any] = []
        self._owner: tuple[Any, str] | None = None

    def fields(self) -> dict[str, Any]:
        """The structure's members (without `items`)."""
        return {k: v for k, v in vars(self).items() if k not in ("items", "_owner")}

    def __repr__(self) -> str:
        if self.items:
            return "Nested(%r)" % self.items
        return "Nested(%s)" % ", ".join("%s=%r" % pair for pair in self.fields().items())

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        child = Nested()
        child._owner = (self, name)
        if name == "item":
            self.items.append(child)
        else:
            setattr(self, name, child)
        return child

    def endElement(self, name: str, value: str, connection: Any) -> None:
        owner = self._owner
        if owner is not None and name == owner[1] and not self.items and not self.fields():
            # This element had no children: it was a leaf, its text is the value.
            parent, key = owner
            if key == "item":
                parent.items[parent.items.index(self)] = value
            else:
                setattr(parent, key, value)
            return
        if name != "item" and value:
            setattr(self, name, value)


def nested(obj: Any, name: str) -> Nested:
    """A `Nested` for the element `name` of `obj`, kept as its attribute `name`."""
    holder = Nested()
    setattr(obj, name, holder)
    return holder
