"""`Group`: a security group as an instance or reservation refers to it (id and name)."""

from __future__ import annotations

from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any


class Group:
    _leaf_fields = {"groupId": "id", "groupName": "name"}

    def __init__(self, parent: Any = None) -> None:
        self.id = None
        self.name = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)
