"""What a VPC has of its own from its creation to its deletion, as in EC2: its default
security group (and, with their families, its main route table and its default network ACL).

`ensure_defaults` creates whichever of them is missing (all of them for a new VPC; the ones a
data directory made by an older localec2 lacks, when `bootstrap` runs again); `delete_defaults`
removes them with the VPC; `dependents` is what keeps a VPC from being deleted.
"""

from __future__ import annotations

from ...state.store import Transaction
from ..documents import VpcDoc
from ..kinds import SECURITY_GROUP, SUBNET
from ..security_groups.groups import create_default_security_group, delete_group, find_by_name
from .dhcp_options import ensure_default as ensure_default_dhcp_options
from .endpoints import endpoints_of
from .internet_gateways import egress_only_gateways_of, gateway_of
from .network_acls import delete_default_acl, ensure_default_acl, own_acls
from .peering import active_with
from .route_tables import delete_main_table, ensure_main_table, other_tables
from .vpn import attached_to

DEFAULT_GROUP = "default"


def ensure_defaults(tx: Transaction, vpc: VpcDoc) -> None:
    vpc_id = vpc["VpcId"]
    if find_by_name(tx, DEFAULT_GROUP, vpc_id) is None:
        create_default_security_group(tx, vpc_id)
    ensure_default_dhcp_options(tx, vpc)  # the region's default DHCP option set
    ensure_main_table(tx, vpc)  # with the default VPC's internet gateway
    ensure_default_acl(tx, vpc)


def delete_defaults(tx: Transaction, vpc_id: str) -> None:
    """Remove the VPC's own parts (callers checked `dependents` first)."""
    group = find_by_name(tx, DEFAULT_GROUP, vpc_id)
    if group is not None:
        delete_group(tx, group)
    delete_main_table(tx, vpc_id)
    delete_default_acl(tx, vpc_id)


def dependents(tx: Transaction, vpc_id: str) -> list[str]:
    """The ids of what keeps the VPC from being deleted: anything in it but its own parts."""
    out = [s["SubnetId"] for s in SUBNET.every(tx) if s["VpcId"] == vpc_id]
    out += [
        g["GroupId"]
        for g in SECURITY_GROUP.every(tx)
        if g.get("VpcId") == vpc_id and g["GroupName"] != DEFAULT_GROUP
    ]
    out += own_acls(tx, vpc_id)
    out += active_with(tx, vpc_id)
    out += attached_to(tx, vpc_id)
    out += endpoints_of(tx, vpc_id)
    gateway = gateway_of(tx, vpc_id)
    out += [gateway["InternetGatewayId"]] if gateway is not None else []
    out += egress_only_gateways_of(tx, vpc_id)
    out += other_tables(tx, vpc_id)
    return out
