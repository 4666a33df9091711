"""Placement groups: DescribePlacementGroups' `PlacementGroup`."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class PlacementGroup(EC2Object):
    """A placement group: its name, strategy (cluster, spread, partition) and state."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "groupName": "name",
        "strategy": "strategy",
        "state": "state",
    }

    def __init__(
        self,
        connection: Any = None,
        name: str | None = None,
        strategy: str | None = None,
        state: str | None = None,
    ) -> None:
        super().__init__(connection)
        self.name = name
        self.strategy = strategy
        self.state = state

    def __repr__(self) -> str:
        return "PlacementGroup:%s" % self.name

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)

    def delete(self, dry_run: bool = False) -> bool:
        return self.connection.delete_placement_group(self.name, dry_run=dry_run)  # type: ignore[arg-type]
