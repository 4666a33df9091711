"""VPC peering connections between two VPCs of the account, in one region or two.

EC2's states: a new request is `initiating-request` (as CreateVpcPeeringConnection answers
it), then `pending-acceptance` until accepted (`active`), rejected (`rejected`), deleted
(`deleted`) or 7 days old (`expired`); a request between VPCs whose CIDR blocks overlap is
`failed`. A connection that has ended stays visible for a while, then is gone (`_VISIBLE`).

A connection between two regions is stored in both (the same document under the same id):
each side describes it, and every change is written to both (`_save`).

EC2's error list spells an unknown id `InvalidVpcPeeringConnectionID.NotFound` (moto answers
`InvalidVpcPeeringConnectionId.NotFound`; localec2 follows EC2), a malformed one
`InvalidVpcPeeringConnectionId.Malformed`, and a request in the wrong state
`InvalidStateTransition`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from .. import catalogs
from ..context import Context
from ..documents import VpcDoc, VpcPeeringConnectionDoc
from ..filters import Getter, fields
from ..instances.states import timestamp
from ..kinds import VPC, VPC_PEERING_CONNECTION, private, with_private
from ..tags.tagging import specified_tags

HOUR, DAY = 3600.0, 86400.0
# EC2's documented lifecycle: an unaccepted request expires after 7 days.
EXPIRES_AFTER = 7 * DAY
# How long a connection that ended stays visible, as EC2's VPC peering guide gives it for
# the requester: failed 2 hours, expired 2 days, rejected 2 days, deleted 2 hours (for the
# owner that deleted it). Within one account the requester is also the accepter.
_VISIBLE = {"failed": 2 * HOUR, "expired": 2 * DAY, "rejected": 2 * DAY, "deleted": 2 * HOUR}
_FAILED_MESSAGE = "Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range"
_NO_OPTIONS: shapes.VpcPeeringConnectionOptionsDescription = {
    "AllowDnsResolutionFromRemoteVpc": False,
    "AllowEgressFromLocalClassicLinkToRemoteVpc": False,
    "AllowEgressFromLocalVpcToRemoteClassicLink": False,
}


def _status(code: str, message: str) -> shapes.VpcPeeringConnectionStateReason:
    return {"Code": code, "Message": message}


def _info(vpc: VpcDoc, region: str, full: bool) -> shapes.VpcPeeringConnectionVpcInfo:
    """A side of the connection; its CIDR blocks (`full`) as EC2 shows them."""
    info: shapes.VpcPeeringConnectionVpcInfo = {
        "OwnerId": vpc["OwnerId"],
        "VpcId": vpc["VpcId"],
        "Region": region,
    }
    if full:
        info["CidrBlock"] = vpc["CidrBlock"]
        info["CidrBlockSet"] = [
            {"CidrBlock": a["CidrBlock"]} for a in vpc.get("CidrBlockAssociationSet") or ()
        ]
        ipv6: list[shapes.Ipv6CidrBlock] = [
            {"Ipv6CidrBlock": a["Ipv6CidrBlock"]}
            for a in vpc.get("Ipv6CidrBlockAssociationSet") or ()
            if "Ipv6CidrBlock" in a
        ]
        if ipv6:
            info["Ipv6CidrBlockSet"] = ipv6
    return info


def _overlap(a: VpcDoc, b: VpcDoc) -> bool:
    def blocks(vpc: VpcDoc) -> list[ipaddress.IPv4Network]:
        return [
            ipaddress.IPv4Network(x["CidrBlock"]) for x in vpc.get("CidrBlockAssociationSet") or ()
        ]

    return any(x.overlaps(y) for x in blocks(a) for y in blocks(b))


# --- reading connections as they are now ------------------------------------------------------


def _now(doc: VpcPeeringConnectionDoc, now: float) -> VpcPeeringConnectionDoc | None:
    """The connection as it is at `now`: an unaccepted request past its expiration time has
    expired; one that ended is gone once its visible time is over (None)."""
    state = private(doc)
    code = doc["Status"]["Code"]
    expires = state.get("expires")
    if code == "pending-acceptance" and expires is not None and now >= expires:
        doc = {
            **with_private(doc, expires=None, ended=expires),
            "Status": _status("expired", "Expired"),
        }
        doc.pop("ExpirationTime", None)
        code = "expired"
    ended = private(doc).get("ended")
    if code in _VISIBLE and ended is not None and now >= ended + _VISIBLE[code]:
        return None
    return doc


def _find(ctx: Context, connection_id: str) -> VpcPeeringConnectionDoc | None:
    return VPC_PEERING_CONNECTION.as_now(ctx.tx, connection_id, lambda doc: _now(doc, ctx.now))


def get(ctx: Context, connection_id: str) -> VpcPeeringConnectionDoc:
    return VPC_PEERING_CONNECTION.get(ctx.tx, connection_id, lambda i: _find(ctx, i))


def described(ctx: Context, ids: Sequence[str] | None) -> list[VpcPeeringConnectionDoc]:
    return VPC_PEERING_CONNECTION.described(ctx.tx, ids, lambda doc: _now(doc, ctx.now))


FILTERS: dict[str, Getter] = fields(
    {
        "accepter-vpc-info.cidr-block": "AccepterVpcInfo.CidrBlock",
        "accepter-vpc-info.owner-id": "AccepterVpcInfo.OwnerId",
        "accepter-vpc-info.vpc-id": "AccepterVpcInfo.VpcId",
        "expiration-time": "ExpirationTime",
        "requester-vpc-info.cidr-block": "RequesterVpcInfo.CidrBlock",
        "requester-vpc-info.owner-id": "RequesterVpcInfo.OwnerId",
        "requester-vpc-info.vpc-id": "RequesterVpcInfo.VpcId",
        "status-code": "Status.Code",
        "status-message": "Status.Message",
        "vpc-peering-connection-id": "VpcPeeringConnectionId",
    }
)


def active_with(tx: Transaction, vpc_id: str) -> list[str]:
    """The active connections of a VPC (they keep it from being deleted)."""
    return [
        doc["VpcPeeringConnectionId"]
        for doc in VPC_PEERING_CONNECTION.every(tx)
        if doc["Status"]["Code"] == "active"
        and vpc_id in (doc["RequesterVpcInfo"]["VpcId"], doc["AccepterVpcInfo"]["VpcId"])
    ]


# --- changes ----------------------------------------------------------------------------------


def _regions(doc: VpcPeeringConnectionDoc) -> tuple[str, str]:
    return doc["RequesterVpcInfo"]["Region"], doc["AccepterVpcInfo"]["Region"]


def _save(ctx: Context, doc: VpcPeeringConnectionDoc) -> None:
    """Store the connection in its region, and in the other side's region if that differs."""
    for region in dict.fromkeys(_regions(doc)):
        tx = ctx.tx if region == ctx.region else ctx.tx.other(region)
        VPC_PEERING_CONNECTION.put(tx, doc)


def _vpc_in(ctx: Context, region: str, vpc_id: str) -> VpcDoc:
    tx = ctx.tx if region == ctx.region else ctx.tx.other(region)
    return VPC.get(tx, vpc_id)


def create(
    ctx: Context,
    vpc_id: str,
    peer_vpc_id: str | None,
    peer_owner_id: str | None,
    peer_region: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> VpcPeeringConnectionDoc:
    """A request from one of the account's VPCs to another of its VPCs (this region or
    `peer_region`), as CreateVpcPeeringConnection answers it: `initiating-request`."""
    vpc = VPC.get(ctx.tx, vpc_id)
    if not peer_vpc_id:
        # reconstructed: the model leaves PeerVpcId optional, but a request needs one
        raise errors.missing_parameter("peerVpcId")
    region = peer_region or ctx.region
    if region not in catalogs.regions():
        # reconstructed wording
        raise invalid_parameter_value(f"Invalid value '{region}' for peerRegion")
    owner = peer_owner_id or ctx.account_id
    if owner != ctx.account_id:
        # reconstructed: localec2 peers VPCs of one account only (it cannot see another
        # account's VPCs); EC2 answers an incorrect account by failing the request.
        raise errors.OperationNotPermitted(
            "localec2 peers VPCs of the same account only: "
            f"the peer owner {owner} is not the requester {ctx.account_id}"
        )
    peer = _vpc_in(ctx, region, peer_vpc_id)
    tags = specified_tags(tag_specifications, VPC_PEERING_CONNECTION.name)
    connection_id = new_id("pcx")
    requester = _info(vpc, ctx.region, full=True)
    accepter = _info(peer, region, full=False)
    # EC2's documented rule: a request between VPCs with overlapping CIDR blocks has the
    # status `failed` (it is not refused).
    failed = _overlap(vpc, peer)
    doc: VpcPeeringConnectionDoc = {
        "VpcPeeringConnectionId": connection_id,
        "RequesterVpcInfo": requester,
        "AccepterVpcInfo": accepter,
        "Tags": tags,
    }
    if failed:
        doc["Status"] = _status("failed", _FAILED_MESSAGE)
        doc = with_private(doc, ended=ctx.now)
    else:
        doc["Status"] = _status("pending-acceptance", f"Pending Acceptance by {owner}")
        doc["ExpirationTime"] = timestamp(ctx.now + EXPIRES_AFTER)
        doc = with_private(doc, expires=ctx.now + EXPIRES_AFTER)
    _save(ctx, doc)
    answer: VpcPeeringConnectionDoc = {
        **doc,
        "Status": _status("initiating-request", f"Initiating Request to {owner}"),
    }
    return answer


def _wrong_state(doc: VpcPeeringConnectionDoc) -> errors.EC2Error:
    # reconstructed wording
    return errors.InvalidStateTransition(
        f"Invalid state transition for {doc['VpcPeeringConnectionId']}, "
        f"attempted to transition from {doc['Status']['Code']}."
    )


def accept(ctx: Context, connection_id: str) -> VpcPeeringConnectionDoc:
    """Accept a pending request, in the accepter VPC's region: `active`."""
    doc = get(ctx, connection_id)
    if doc["Status"]["Code"] != "pending-acceptance":
        raise _wrong_state(doc)
    requester_region, accepter_region = _regions(doc)
    if ctx.region != accepter_region:
        # reconstructed: EC2 accepts a request only in the accepter VPC's region
        raise errors.OperationNotPermitted(
            f"The VPC peering connection {connection_id} must be accepted in "
            f"region {accepter_region}."
        )
    requester_vpc = _vpc_in(ctx, requester_region, doc["RequesterVpcInfo"]["VpcId"])
    accepter_vpc = _vpc_in(ctx, accepter_region, doc["AccepterVpcInfo"]["VpcId"])
    active: VpcPeeringConnectionDoc = {
        **with_private(doc, expires=None),
        "Status": _status("active", "Active"),
        "RequesterVpcInfo": {
            **_info(requester_vpc, requester_region, full=True),
            "PeeringOptions": _NO_OPTIONS,
        },
        "AccepterVpcInfo": {
            **_info(accepter_vpc, accepter_region, full=True),
            "PeeringOptions": _NO_OPTIONS,
        },
    }
    active.pop("ExpirationTime", None)
    _save(ctx, active)
    return active


def _end(ctx: Context, doc: VpcPeeringConnectionDoc, code: str, message: str) -> None:
    ended: VpcPeeringConnectionDoc = {
        **with_private(doc, expires=None, ended=ctx.now),
        "Status": _status(code, message),
    }
    ended.pop("ExpirationTime", None)
    _save(ctx, ended)


def reject(ctx: Context, connection_id: str) -> None:
    """Reject a pending request: `rejected`."""
    doc = get(ctx, connection_id)
    if doc["Status"]["Code"] != "pending-acceptance":
        raise _wrong_state(doc)
    _end(ctx, doc, "rejected", f"Rejected by {ctx.account_id}")


def delete(ctx: Context, connection_id: str) -> None:
    """Delete an active connection or a pending request (EC2: not a failed or rejected
    one): `deleted`."""
    doc = get(ctx, connection_id)
    if doc["Status"]["Code"] not in ("active", "pending-acceptance"):
        raise _wrong_state(doc)
    _end(ctx, doc, "deleted", f"Deleted by {ctx.account_id}")


def _options(
    current: shapes.VpcPeeringConnectionOptionsDescription | None,
    request: shapes.PeeringConnectionOptionsRequest,
) -> shapes.VpcPeeringConnectionOptionsDescription:
    out: shapes.VpcPeeringConnectionOptionsDescription = {**_NO_OPTIONS, **(current or {})}
    if "AllowDnsResolutionFromRemoteVpc" in request:
        out["AllowDnsResolutionFromRemoteVpc"] = request["AllowDnsResolutionFromRemoteVpc"]
    if "AllowEgressFromLocalClassicLinkToRemoteVpc" in request:
        out["AllowEgressFromLocalClassicLinkToRemoteVpc"] = request[
            "AllowEgressFromLocalClassicLinkToRemoteVpc"
        ]
    if "AllowEgressFromLocalVpcToRemoteClassicLink" in request:
        out["AllowEgressFromLocalVpcToRemoteClassicLink"] = request[
            "AllowEgressFromLocalVpcToRemoteClassicLink"
        ]
    return out


def modify_options(
    ctx: Context,
    connection_id: str,
    requester: shapes.PeeringConnectionOptionsRequest | None,
    accepter: shapes.PeeringConnectionOptionsRequest | None,
) -> shapes.ModifyVpcPeeringConnectionOptionsResult:
    """Change an active connection's options for either side."""
    doc = get(ctx, connection_id)
    if requester is None and accepter is None:
        # reconstructed: EC2 needs options for at least one side
        raise errors.missing_parameter(
            "requesterPeeringConnectionOptions or accepterPeeringConnectionOptions"
        )
    if doc["Status"]["Code"] != "active":
        # reconstructed: only an active connection has options to change
        raise errors.OperationNotPermitted(
            f"Peering connection {connection_id} is not active; its options cannot be modified."
        )
    result: shapes.ModifyVpcPeeringConnectionOptionsResult = {}
    changed: VpcPeeringConnectionDoc = {**doc}
    if requester is not None:
        options = _options(doc["RequesterVpcInfo"].get("PeeringOptions"), requester)
        changed["RequesterVpcInfo"] = {**doc["RequesterVpcInfo"], "PeeringOptions": options}
        result["RequesterPeeringConnectionOptions"] = options
    if accepter is not None:
        options = _options(doc["AccepterVpcInfo"].get("PeeringOptions"), accepter)
        changed["AccepterVpcInfo"] = {**doc["AccepterVpcInfo"], "PeeringOptions": options}
        result["AccepterPeeringConnectionOptions"] = options
    _save(ctx, changed)
    return result
