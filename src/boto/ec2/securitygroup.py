"""Security groups, their permissions (`IPPermissions`) and each permission's grants."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from collections.abc import Callable
    from typing import Any, ClassVar

    from boto.ec2.connection import Port
    from boto.ec2.instance import Instance
    from boto.handler import LeafField
    from boto.regioninfo import RegionInfo

# What a source group with no protocol and no ports is granted: boto 2's EC2-Classic
# meaning of `authorize(src_group=...)`, spelt out because a VPC needs explicit permissions.
ALL_TRAFFIC_FROM_GROUP = (("tcp", 0, 65535), ("udp", 0, 65535), ("icmp", -1, -1))


class SecurityGroup(TaggedEC2Object):
    """A security group: `id`, `name`, `description`, `owner_id`, `vpc_id`, `rules`."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "ownerId": "owner_id",
        "groupId": "id",
        "groupName": "name",
        "vpcId": "vpc_id",
        "groupDescription": "description",
    }

    def __init__(
        self,
        connection: Any = None,
        owner_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(connection)
        # EC2 always sends the id, name and description: None only in a group made by hand
        # without them.
        self.id: str = id  # type: ignore[assignment]
        self.owner_id = owner_id
        self.name: str = name  # type: ignore[assignment]
        self.description: str = description  # type: ignore[assignment]
        self.vpc_id: str | None = None
        self.rules = IPPermissionsList()
        self.rules_egress = IPPermissionsList()

    def __repr__(self) -> str:
        return "SecurityGroup:%s" % self.name

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "ipPermissions":
            return self.rules
        if name == "ipPermissionsEgress":
            return self.rules_egress
        return super().startElement(name, attrs, connection)

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        if name == "return":
            self.status = value == "true"
        elif name not in ("ipRanges", "securityGroupRuleSet", "requestId"):
            super().endElement(name, value, connection)

    def _target(self) -> dict[str, str | None]:
        """This group as the API addresses it: by id when known, else by name."""
        return {"group_id": self.id} if self.id else {"group_name": self.name}

    def authorize(
        self,
        ip_protocol: str | None = None,
        from_port: Port = None,
        to_port: Port = None,
        cidr_ip: str | list[str] | tuple[str, ...] | None = None,
        src_group: SecurityGroup | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Allow traffic in from `cidr_ip` or from `src_group`; updates `rules` on success.

        A source group with no protocol and no ports is granted all TCP, UDP and ICMP, as
        boto 2 users got from EC2-Classic.
        """
        return self._change_ingress(
            self.connection.authorize_security_group,
            self.add_rule,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            src_group,
            dry_run,
        )

    def revoke(
        self,
        ip_protocol: str | None = None,
        from_port: Port = None,
        to_port: Port = None,
        cidr_ip: str | list[str] | tuple[str, ...] | None = None,
        src_group: SecurityGroup | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Remove what `authorize` with the same arguments allowed; updates `rules`."""
        return self._change_ingress(
            self.connection.revoke_security_group,
            self.remove_rule,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            src_group,
            dry_run,
        )

    def _change_ingress(
        self,
        send: Callable[..., bool],
        record: Callable[..., None],
        ip_protocol: str | None,
        from_port: Port,
        to_port: Port,
        cidr_ip: str | list[str] | tuple[str, ...] | None,
        src_group: SecurityGroup | None,
        dry_run: bool,
    ) -> bool:
        """Send an authorize/revoke to EC2, then `record` each permission locally."""
        source = _source_arguments(src_group)
        if src_group is not None:
            cidr_ip = None
        status = send(
            ip_protocol=ip_protocol,
            from_port=from_port,
            to_port=to_port,
            cidr_ip=cidr_ip,
            dry_run=dry_run,
            **self._target(),
            **source,
        )
        if status:
            permissions = expand_permissions(ip_protocol, from_port, to_port, src_group is not None)
            for protocol, low, high in permissions:
                for single_cidr in _as_list(cidr_ip):
                    record(
                        protocol,
                        low,
                        high,
                        source.get("src_security_group_name"),
                        source.get("src_security_group_owner_id"),
                        single_cidr,
                        source.get("src_security_group_group_id"),
                    )
        return status

    def add_rule(
        self,
        ip_protocol: str | None,
        from_port: Port,
        to_port: Port,
        src_group_name: str | None,
        src_group_owner_id: str | None,
        cidr_ip: str | None,
        src_group_group_id: str | None = None,
        dry_run: bool = False,
    ) -> None:
        """Record a permission locally (what `authorize` does after EC2 said yes)."""
        rule = IPPermissions(self)
        rule.ip_protocol = ip_protocol
        rule.from_port = from_port
        rule.to_port = to_port
        self.rules.append(rule)
        rule.add_grant(src_group_name, src_group_owner_id, cidr_ip, src_group_group_id)

    def remove_rule(
        self,
        ip_protocol: str | None,
        from_port: Port,
        to_port: Port,
        src_group_name: str | None,
        src_group_owner_id: str | None,
        cidr_ip: str | None,
        src_group_group_id: str | None = None,
        dry_run: bool = False,
    ) -> None:
        """Forget a permission locally (what `revoke` does after EC2 said yes).

        A permission this object never saw is simply not there to forget (boto 2 raised
        ValueError here, after EC2 had already revoked it).
        """
        wanted = (str(ip_protocol), str(from_port), str(to_port))
        for rule in list(self.rules):
            if (str(rule.ip_protocol), str(rule.from_port), str(rule.to_port)) != wanted:
                continue
            for grant in list(rule.grants):
                same_source = grant.cidr_ip == cidr_ip and (
                    cidr_ip is not None
                    or grant.group_id == src_group_group_id
                    or (src_group_name is not None and grant.name == src_group_name)
                )
                if same_source:
                    rule.grants.remove(grant)
            if not rule.grants:
                self.rules.remove(rule)

    def delete(self, dry_run: bool = False) -> bool:
        if self.vpc_id or self.id:
            return self.connection.delete_security_group(group_id=self.id, dry_run=dry_run)
        return self.connection.delete_security_group(self.name, dry_run=dry_run)

    def copy_to_region(
        self, region: RegionInfo, name: str | None = None, dry_run: bool = False
    ) -> SecurityGroup:
        """Create this group with its CIDR rules in another region (references to other
        groups do not cross regions, so they are not copied)."""
        remote = self._connect_to_region(region)
        copy = remote.create_security_group(name or self.name, self.description, dry_run=dry_run)
        for rule in self.rules:
            for grant in rule.grants:
                if grant.cidr_ip:
                    copy.authorize(
                        rule.ip_protocol,
                        rule.from_port,
                        rule.to_port,
                        grant.cidr_ip,
                        dry_run=dry_run,
                    )
        return copy

    def instances(self, dry_run: bool = False) -> list[Instance]:
        """The instances in this group."""
        reservations = self.connection.get_all_reservations(
            filters={"instance.group-id": self.id}, dry_run=dry_run
        )
        return [instance for r in reservations for instance in r.instances]


def _as_list(cidr_ip: str | list[str] | tuple[str, ...] | None) -> list[str | None]:
    return list(cidr_ip) if isinstance(cidr_ip, list | tuple) else [cidr_ip]


def _source_arguments(src_group: SecurityGroup | None) -> dict[str, str | None]:
    """The connection's src_security_group_* arguments naming `src_group` (id over name)."""
    if src_group is None:
        return {}
    group_id = getattr(src_group, "group_id", None) or src_group.id
    if group_id:
        return {
            "src_security_group_group_id": group_id,
            "src_security_group_owner_id": src_group.owner_id,
        }
    return {
        "src_security_group_name": src_group.name,
        "src_security_group_owner_id": src_group.owner_id,
    }


def expand_permissions(
    ip_protocol: str | None, from_port: Port, to_port: Port, from_group: bool
) -> tuple[tuple[str | None, Port, Port], ...]:
    """The (protocol, from, to) permissions boto 2's flat arguments stand for: one, or all
    TCP, UDP and ICMP for a source group given without protocol and ports."""
    if from_group and ip_protocol is None and from_port is None and to_port is None:
        return ALL_TRAFFIC_FROM_GROUP
    return ((ip_protocol, from_port, to_port),)


class IPPermissionsList(list["IPPermissions"]):
    """A group's `rules` (or `rules_egress`): a list of IPPermissions."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "item":
            self.append(IPPermissions(self))
            return self[-1]
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        return None


class IPPermissions:
    """One permission: protocol, port range and the grants (CIDRs or groups) it applies to."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "ipProtocol": "ip_protocol",
        "fromPort": "from_port",
        "toPort": "to_port",
    }

    def __init__(self, parent: Any = None) -> None:
        self.parent = parent
        self.ip_protocol: str | None = None
        # Text when parsed, as given when recorded by `add_rule`.
        self.from_port: Port = None
        self.to_port: Port = None
        self.grants: list[GroupOrCIDR] = []

    def __repr__(self) -> str:
        return "IPPermissions:%s(%s-%s)" % (self.ip_protocol, self.from_port, self.to_port)

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "item":
            self.grants.append(GroupOrCIDR(self))
            return self.grants[-1]
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)

    def add_grant(
        self,
        name: str | None = None,
        owner_id: str | None = None,
        cidr_ip: str | None = None,
        group_id: str | None = None,
        dry_run: bool = False,
    ) -> GroupOrCIDR:
        grant = GroupOrCIDR(self)
        grant.owner_id = owner_id
        grant.group_id = group_id
        grant.name = name
        grant.cidr_ip = cidr_ip
        self.grants.append(grant)
        return grant


class GroupOrCIDR:
    """A grant: a CIDR range (`cidr_ip`) or a source group (`group_id`, `name`, `owner_id`)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "userId": "owner_id",
        "groupId": "group_id",
        "groupName": "name",
        "cidrIp": "cidr_ip",
        "cidrIpv6": "cidr_ipv6",
        "description": "description",
        "prefixListId": "prefix_list_id",
    }

    def __init__(self, parent: Any = None) -> None:
        self.owner_id: str | None = None
        self.group_id: str | None = None
        self.name: str | None = None
        self.cidr_ip: str | None = None

    # Set when the response has them.
    cidr_ipv6: str
    description: str
    prefix_list_id: str

    def __repr__(self) -> str:
        if self.cidr_ip:
            return "%s" % self.cidr_ip
        return "%s-%s" % (self.name or self.group_id, self.owner_id)

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)
