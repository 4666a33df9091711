"""Base classes of EC2 resources: `EC2Object` and `TaggedEC2Object` (with `tags`)."""

from __future__ import annotations

from boto.ec2.tag import TagSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any

    from boto.ec2.connection import EC2Connection
    from boto.regioninfo import RegionInfo


class EC2Object:
    """A resource seen through a connection; `region` is the connection's region."""

    def __init__(self, connection: Any = None) -> None:
        # The connection that parsed the object (None for one made by hand): typed as the
        # EC2Connection its methods call.
        self.connection: EC2Connection = connection
        self.region: RegionInfo | None = (
            getattr(connection, "region", None) if connection is not None else None
        )

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        """Keep an element no subclass knows as a camelCase attribute, as boto 2 did.

        Names the class itself defines (properties such as `state`) are never overwritten,
        and the ends of containers (which carry no text) are not kept.
        """
        if value and not hasattr(type(self), name):
            setattr(self, name, value)

    def _connect_to_region(self, region: RegionInfo) -> EC2Connection:
        """A connection like this object's, to another `region` (for `copy_to_region`)."""
        from boto.exception import BotoClientError

        if region.name == getattr(self.region, "name", self.region):
            raise BotoClientError("Unable to copy to the same Region")
        connection: EC2Connection = region.connect(**self.connection.get_params())
        return connection


class TaggedEC2Object(EC2Object):
    """An EC2Object with `tags` (a TagSet) and methods to add and remove them."""

    # Set by each subclass: the id `create_tags` names the resource by. None only until the
    # response is parsed (or in an object made by hand): EC2 always sends it.
    id: str

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.tags = TagSet()

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        return None

    def add_tag(self, key: str, value: str = "", dry_run: bool = False) -> None:
        """Tag this resource with `key` = `value` (on the service, then locally)."""
        self.add_tags({key: value}, dry_run)

    def add_tags(self, tags: dict[str, str], dry_run: bool = False) -> None:
        self.connection.create_tags([self.id], tags, dry_run=dry_run)
        if getattr(self, "tags", None) is None:  # a caller may have set it to None (boto 2)
            self.tags = TagSet()
        self.tags.update(tags)

    def remove_tag(self, key: str, value: str | None = None, dry_run: bool = False) -> None:
        """Remove the tag `key` (only if its value is `value`, when one is given)."""
        self.remove_tags({key: value}, dry_run)

    def remove_tags(self, tags: dict[str, str | None], dry_run: bool = False) -> None:
        self.connection.delete_tags([self.id], tags, dry_run=dry_run)
        for key, value in tags.items():
            if key in self.tags and (value is None or value == self.tags[key]):
                del self.tags[key]
