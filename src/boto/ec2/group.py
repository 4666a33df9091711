"""`Group`: a security group as an instance or reservation refers to it (id and name)."""

from __future__ import annotations

from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class Group:
    """A security group as an instance, reservation or interface refers to it."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {"groupId": "id", "groupName": "name"}

    def __init__(self, parent: Any = None) -> None:
        self.id: str | None = None
        self.name: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)
