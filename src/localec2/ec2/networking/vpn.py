"""Site-to-Site VPN: customer gateways, virtual private gateways (and their VPC attachments),
VPN connections between the two and their static routes.

localec2 brings a gateway or connection up at once: CreateVpnConnection answers `pending`
(as EC2 does) and it is `available` from then on; an attachment is answered `attaching` and is
`attached`. A deleted customer gateway, VPN gateway or VPN connection is gone at once
(reconstructed: EC2 lists it as `deleted` for a while; clients treat either as deleted).
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
import string
from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...protocol.xml import escape
from ...state.ids import new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import CustomerGatewayDoc, VpnConnectionDoc, VpnGatewayDoc
from ..filters import Getter, fields
from ..instances.states import timestamp
from ..kinds import CUSTOMER_GATEWAY, VPC, VPN_CONNECTION, VPN_GATEWAY
from ..tags.tagging import specified_tags

IPSEC = "ipsec.1"  # the one VPN type
DEFAULT_BGP_ASN = 65000  # EC2's default for a customer gateway
DEFAULT_AMAZON_ASN = 64512  # EC2's default Amazon side ASN of a virtual private gateway
MAX_BGP_ASN = 2147483647  # BgpAsn; larger ASNs go in BgpAsnExtended
MAX_EXTENDED_ASN = 4294967295

# --- customer gateways ------------------------------------------------------------------------

CUSTOMER_GATEWAY_FILTERS: dict[str, Getter] = fields(
    {
        "bgp-asn": "BgpAsn",
        "customer-gateway-id": "CustomerGatewayId",
        "ip-address": "IpAddress",
        "state": "State",
        "type": "Type",
        "device-name": "DeviceName",
    }
)


def _ipv4(value: str, parameter: str) -> str:
    try:
        return str(ipaddress.IPv4Address(value))
    except ValueError:
        # reconstructed wording
        raise invalid_parameter_value(f"Value ({value}) for parameter {parameter} is invalid.")


def _asn(bgp_asn: int | None, extended: int | None) -> tuple[str, str | None]:
    """(BgpAsn, BgpAsnExtended) as EC2 shows them: a 2-byte or 4-byte ASN below 2^31 in
    BgpAsn; a larger one in BgpAsnExtended (EC2 documents the two ranges)."""
    if bgp_asn is not None and extended is not None:
        raise errors.invalid_parameter_combination(
            "Only one of BgpAsn and BgpAsnExtended can be specified."
        )
    if extended is not None:
        if not MAX_BGP_ASN < extended <= MAX_EXTENDED_ASN:
            raise invalid_parameter_value(
                f"Value ({extended}) for parameter BgpAsnExtended is invalid. "
                f"Expecting a value between {MAX_BGP_ASN + 1} and {MAX_EXTENDED_ASN}."
            )
        return str(extended), str(extended)
    asn = DEFAULT_BGP_ASN if bgp_asn is None else bgp_asn
    if not 1 <= asn <= MAX_BGP_ASN:
        raise invalid_parameter_value(
            f"Value ({asn}) for parameter BgpAsn is invalid. "
            f"Expecting a value between 1 and {MAX_BGP_ASN}."
        )
    return str(asn), None


def create_customer_gateway(
    tx: Transaction,
    gateway_type: str,
    ip_address: str | None,
    bgp_asn: int | None,
    bgp_asn_extended: int | None,
    device_name: str | None,
    certificate_arn: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> CustomerGatewayDoc:
    """A customer gateway; an identical request (type, address, ASN, device name) answers
    the existing gateway, as EC2 documents."""
    if ip_address is None and certificate_arn is None:
        # reconstructed: the device's address is needed unless a certificate names it
        raise errors.missing_parameter("ipAddress")
    address = _ipv4(ip_address, "ipAddress") if ip_address is not None else None
    asn, extended = _asn(bgp_asn, bgp_asn_extended)
    tags = specified_tags(tag_specifications, CUSTOMER_GATEWAY.name)
    for existing in CUSTOMER_GATEWAY.every(tx):
        if (
            existing["Type"] == gateway_type
            and existing.get("IpAddress") == address
            and existing["BgpAsn"] == asn
            and existing.get("DeviceName") == device_name
        ):
            return existing
    gateway: CustomerGatewayDoc = {
        "CustomerGatewayId": new_id("cgw"),
        "State": "available",
        "Type": gateway_type,
        "BgpAsn": asn,
        "Tags": tags,
    }
    if address is not None:
        gateway["IpAddress"] = address
    if extended is not None:
        gateway["BgpAsnExtended"] = extended
    if device_name is not None:
        gateway["DeviceName"] = device_name
    if certificate_arn is not None:
        gateway["CertificateArn"] = certificate_arn
    CUSTOMER_GATEWAY.put(tx, gateway)
    return gateway


def delete_customer_gateway(tx: Transaction, gateway_id: str) -> None:
    """Delete a customer gateway no VPN connection uses (EC2: delete the VPN connection
    first)."""
    CUSTOMER_GATEWAY.get(tx, gateway_id)
    if any(c["CustomerGatewayId"] == gateway_id for c in VPN_CONNECTION.every(tx)):
        # reconstructed: the error code and wording
        raise errors.IncorrectState(
            f"The customer gateway '{gateway_id}' is in use by a VPN connection."
        )
    CUSTOMER_GATEWAY.delete(tx, gateway_id)


# --- virtual private gateways -----------------------------------------------------------------

VPN_GATEWAY_FILTERS: dict[str, Getter] = fields(
    {
        "amazon-side-asn": "AmazonSideAsn",
        "attachment.state": "VpcAttachments.State",
        "attachment.vpc-id": "VpcAttachments.VpcId",
        "availability-zone": "AvailabilityZone",
        "state": "State",
        "type": "Type",
        "vpn-gateway-id": "VpnGatewayId",
    }
)


def _amazon_asn(asn: int | None) -> int:
    """EC2's documented ranges for the Amazon side: 64512-65534 or 4200000000-4294967294."""
    if asn is None:
        return DEFAULT_AMAZON_ASN
    if 64512 <= asn <= 65534 or 4200000000 <= asn <= 4294967294:
        return asn
    # reconstructed wording
    raise invalid_parameter_value(
        f"Value ({asn}) for parameter amazonSideAsn is invalid. "
        "Expecting a private ASN in the range 64512-65534 or 4200000000-4294967294."
    )


def create_vpn_gateway(
    tx: Transaction,
    gateway_type: str,
    zone: str | None,
    amazon_side_asn: int | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> VpnGatewayDoc:
    asn = _amazon_asn(amazon_side_asn)
    tags = specified_tags(tag_specifications, VPN_GATEWAY.name)
    gateway: VpnGatewayDoc = {
        "VpnGatewayId": new_id("vgw"),
        "State": "available",
        "Type": gateway_type,
        "AmazonSideAsn": asn,
        "VpcAttachments": [],
        "Tags": tags,
    }
    if zone is not None:
        gateway["AvailabilityZone"] = zone
    VPN_GATEWAY.put(tx, gateway)
    return gateway


def _attached(gateway: VpnGatewayDoc) -> list[str]:
    return [a["VpcId"] for a in gateway["VpcAttachments"] if a["State"] == "attached"]


def attach_vpn_gateway(tx: Transaction, gateway_id: str, vpc_id: str) -> shapes.VpcAttachment:
    """Attach the gateway to a VPC (one VPC per gateway, one gateway per VPC)."""
    gateway = VPN_GATEWAY.get(tx, gateway_id)
    VPC.get(tx, vpc_id)
    if _attached(gateway):
        # EC2's code for a gateway already attached; reconstructed wording
        raise errors.VpnGatewayAttachmentLimitExceeded(
            f"The VPN gateway '{gateway_id}' is already attached to a VPC."
        )
    for other in VPN_GATEWAY.every(tx):
        if vpc_id in _attached(other):
            # EC2's code for a VPC that already has a virtual private gateway attached;
            # reconstructed wording
            raise errors.InvalidVpcState(
                f"The VPC '{vpc_id}' already has a virtual private gateway attached: "
                f"{other['VpnGatewayId']}."
            )
    VPN_GATEWAY.put(tx, {**gateway, "VpcAttachments": [{"VpcId": vpc_id, "State": "attached"}]})
    return {"VpcId": vpc_id, "State": "attaching"}


def detach_vpn_gateway(tx: Transaction, gateway_id: str, vpc_id: str) -> None:
    gateway = VPN_GATEWAY.get(tx, gateway_id)
    VPC.get(tx, vpc_id)
    if vpc_id not in _attached(gateway):
        # reconstructed wording
        raise errors.InvalidVpnGatewayAttachmentNotFound(
            f"The attachment with vpn gateway ID '{gateway_id}' and vpc ID '{vpc_id}' "
            "does not exist"
        )
    detached: list[shapes.VpcAttachment] = [{"VpcId": vpc_id, "State": "detached"}]
    VPN_GATEWAY.put(tx, {**gateway, "VpcAttachments": detached})


def delete_vpn_gateway(tx: Transaction, gateway_id: str) -> None:
    """Delete a gateway attached to no VPC and used by no VPN connection."""
    gateway = VPN_GATEWAY.get(tx, gateway_id)
    in_use = any(c.get("VpnGatewayId") == gateway_id for c in VPN_CONNECTION.every(tx))
    if _attached(gateway) or in_use:
        # reconstructed wording
        raise errors.dependency_violation(
            f"The vpnGateway '{gateway_id}' has dependencies and cannot be deleted."
        )
    VPN_GATEWAY.delete(tx, gateway_id)


def attached_to(tx: Transaction, vpc_id: str) -> list[str]:
    """The VPN gateway attached to a VPC (it keeps the VPC from being deleted)."""
    return [g["VpnGatewayId"] for g in VPN_GATEWAY.every(tx) if vpc_id in _attached(g)]


# --- VPN connections --------------------------------------------------------------------------


def _static_only(connection: VpnConnectionDoc) -> list[bool]:
    return [bool(connection.get("Options", {}).get("StaticRoutesOnly"))]


VPN_CONNECTION_FILTERS: dict[str, Getter] = {
    **fields(
        {
            "customer-gateway-configuration": "CustomerGatewayConfiguration",
            "customer-gateway-id": "CustomerGatewayId",
            "state": "State",
            "route.destination-cidr-block": "Routes.DestinationCidrBlock",
            "type": "Type",
            "vpn-connection-id": "VpnConnectionId",
            "vpn-gateway-id": "VpnGatewayId",
            "transit-gateway-id": "TransitGatewayId",
        }
    ),
    "option.static-routes-only": _static_only,
}

_KEY_CHARACTERS = string.ascii_letters + string.digits + "._"


def _tunnel_addresses(connection_id: str) -> list[tuple[str, str, str, str]]:
    """Two tunnels: (outside address, inside /30, AWS inside address, customer inside
    address), derived from the connection's id so that they are stable."""
    out = []
    for tunnel in (1, 2):
        digest = hashlib.sha256(f"{connection_id}/{tunnel}".encode()).digest()
        outside = f"{(3, 52)[tunnel - 1]}.{digest[0]}.{digest[1]}.{max(digest[2], 1)}"
        block = ipaddress.IPv4Network(
            f"169.254.{digest[3]}.{(digest[4] // 4) * 4}/30"  # a /30 of 169.254.0.0/16
        )
        aws, customer = (str(host) for host in block.hosts())
        out.append((outside, str(block), aws, customer))
    return out


def _configuration(
    connection_id: str,
    customer: CustomerGatewayDoc,
    vpn_gateway: VpnGatewayDoc,
    tunnels: list[tuple[str, str, str, str]],
    keys: list[str],
    static_only: bool,
) -> str:
    """The customer gateway configuration, in the form of EC2's generic XML document."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<vpn_connection id="{connection_id}">',
        f"<customer_gateway_id>{customer['CustomerGatewayId']}</customer_gateway_id>",
        f"<vpn_gateway_id>{vpn_gateway['VpnGatewayId']}</vpn_gateway_id>",
        f"<vpn_connection_type>{IPSEC}</vpn_connection_type>",
    ]
    for (outside, block, aws, cgw), key in zip(tunnels, keys, strict=True):
        prefix = block.split("/")[1]
        customer_bgp = aws_bgp = ""
        if not static_only:
            customer_bgp = f"<bgp><asn>{customer['BgpAsn']}</asn><hold_time>30</hold_time></bgp>"
            aws_bgp = (
                f"<bgp><asn>{vpn_gateway['AmazonSideAsn']}</asn><hold_time>30</hold_time></bgp>"
            )
        parts += [
            "<ipsec_tunnel>",
            "<customer_gateway>",
            "<tunnel_outside_address>"
            f"<ip_address>{escape(customer.get('IpAddress', ''))}</ip_address>"
            "</tunnel_outside_address>",
            f"<tunnel_inside_address><ip_address>{cgw}</ip_address>"
            f"<network_mask>255.255.255.252</network_mask>"
            f"<network_cidr>{prefix}</network_cidr></tunnel_inside_address>",
            customer_bgp,
            "</customer_gateway>",
            "<vpn_gateway>",
            f"<tunnel_outside_address><ip_address>{outside}</ip_address></tunnel_outside_address>",
            f"<tunnel_inside_address><ip_address>{aws}</ip_address>"
            f"<network_mask>255.255.255.252</network_mask>"
            f"<network_cidr>{prefix}</network_cidr></tunnel_inside_address>",
            aws_bgp,
            "</vpn_gateway>",
            "<ike><authentication_protocol>sha1</authentication_protocol>"
            "<encryption_protocol>aes-128-cbc</encryption_protocol>"
            "<lifetime>28800</lifetime><perfect_forward_secrecy>group2</perfect_forward_secrecy>"
            f"<mode>main</mode><pre_shared_key>{key}</pre_shared_key></ike>",
            "<ipsec><protocol>esp</protocol>"
            "<authentication_protocol>hmac-sha1-96</authentication_protocol>"
            "<encryption_protocol>aes-128-cbc</encryption_protocol><lifetime>3600</lifetime>"
            "<perfect_forward_secrecy>group2</perfect_forward_secrecy><mode>tunnel</mode>"
            "<clear_df_bit>true</clear_df_bit>"
            "<fragmentation_before_encryption>true</fragmentation_before_encryption>"
            "<tcp_mss_adjustment>1379</tcp_mss_adjustment>"
            "<dead_peer_detection><delay>10</delay><retries>3</retries></dead_peer_detection>"
            "</ipsec>",
            "</ipsec_tunnel>",
        ]
    parts.append("</vpn_connection>")
    return "".join(parts)


def create_vpn_connection(
    ctx: Context,
    customer_gateway_id: str,
    connection_type: str,
    vpn_gateway_id: str | None,
    transit_gateway_id: str | None,
    options: shapes.VpnConnectionOptionsSpecification | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> VpnConnectionDoc:
    """A VPN connection between a customer gateway and a virtual private gateway, as
    CreateVpnConnection answers it: `pending`."""
    tx = ctx.tx
    if connection_type != IPSEC:
        # reconstructed wording
        raise invalid_parameter_value(f"Invalid VPN connection type: {connection_type}")
    customer = CUSTOMER_GATEWAY.get(tx, customer_gateway_id)
    if transit_gateway_id is not None:
        # reconstructed: localec2 has no transit gateways
        raise errors.UnsupportedOperation("Transit gateways are not supported by localec2.")
    if vpn_gateway_id is None:
        # reconstructed: a connection needs a gateway on the AWS side
        raise errors.missing_parameter("vpnGatewayId")
    vpn_gateway = VPN_GATEWAY.get(tx, vpn_gateway_id)
    if customer.get("IpAddress") is None:
        raise invalid_parameter_value(
            f"The customer gateway '{customer_gateway_id}' has no IP address."
        )
    tags = specified_tags(tag_specifications, VPN_CONNECTION.name)
    static_only = bool((options or {}).get("StaticRoutesOnly"))
    connection_id = new_id("vpn")
    tunnels = _tunnel_addresses(connection_id)
    keys = ["".join(secrets.choice(_KEY_CHARACTERS) for _ in range(32)) for _ in tunnels]
    tunnel_options: list[shapes.TunnelOption] = [
        {"OutsideIpAddress": outside, "TunnelInsideCidr": block, "PreSharedKey": key}
        for (outside, block, _, _), key in zip(tunnels, keys, strict=True)
    ]
    telemetry: list[shapes.VgwTelemetry] = [
        {
            "OutsideIpAddress": outside,
            "Status": "DOWN",
            "LastStatusChange": timestamp(ctx.now),
            "StatusMessage": "",
            "AcceptedRouteCount": 0,
        }
        for outside, _, _, _ in tunnels
    ]
    connection: VpnConnectionDoc = {
        "VpnConnectionId": connection_id,
        "State": "available",
        "Type": IPSEC,
        "Category": "VPN",
        "CustomerGatewayId": customer_gateway_id,
        "VpnGatewayId": vpn_gateway_id,
        "CustomerGatewayConfiguration": _configuration(
            connection_id, customer, vpn_gateway, tunnels, keys, static_only
        ),
        "Options": {
            "EnableAcceleration": False,
            "StaticRoutesOnly": static_only,
            "LocalIpv4NetworkCidr": (options or {}).get("LocalIpv4NetworkCidr", "0.0.0.0/0"),
            "RemoteIpv4NetworkCidr": (options or {}).get("RemoteIpv4NetworkCidr", "0.0.0.0/0"),
            "OutsideIpAddressType": "PublicIpv4",
            "TunnelInsideIpVersion": "ipv4",
            "TunnelOptions": tunnel_options,
        },
        "Routes": [],
        "VgwTelemetry": telemetry,
        "Tags": tags,
    }
    VPN_CONNECTION.put(tx, connection)
    return {**connection, "State": "pending"}


def delete_vpn_connection(tx: Transaction, connection_id: str) -> None:
    VPN_CONNECTION.get(tx, connection_id)
    VPN_CONNECTION.delete(tx, connection_id)


def _destination(cidr: str) -> str:
    try:
        return str(ipaddress.IPv4Network(cidr, strict=False))
    except ValueError:
        raise invalid_parameter_value(
            f"Value ({cidr}) for parameter destinationCidrBlock is invalid. "
            "This is not a valid CIDR block."
        )


def create_vpn_connection_route(tx: Transaction, connection_id: str, cidr: str) -> None:
    """A static route of the connection, to the customer's network `cidr`."""
    connection = VPN_CONNECTION.get(tx, connection_id)
    destination = _destination(cidr)
    if not connection.get("Options", {}).get("StaticRoutesOnly"):
        # EC2's code for a connection that does not support static routes; reconstructed
        # wording
        raise errors.InvalidVpnConnectionInvalidType(
            f"The VPN connection '{connection_id}' does not support static routes."
        )
    routes = list(connection.get("Routes") or ())
    if any(r["DestinationCidrBlock"] == destination for r in routes):
        # reconstructed wording
        raise errors.RouteAlreadyExists(f"The route identified by {destination} already exists.")
    routes.append({"DestinationCidrBlock": destination, "Source": "Static", "State": "available"})
    VPN_CONNECTION.put(tx, {**connection, "Routes": routes})


def delete_vpn_connection_route(tx: Transaction, connection_id: str, cidr: str) -> None:
    connection = VPN_CONNECTION.get(tx, connection_id)
    destination = _destination(cidr)
    routes = list(connection.get("Routes") or ())
    kept = [r for r in routes if r["DestinationCidrBlock"] != destination]
    if len(kept) == len(routes):
        # reconstructed wording
        raise errors.InvalidRouteNotFound(
            f"The route identified by {destination} does not exist for {connection_id}."
        )
    VPN_CONNECTION.put(tx, {**connection, "Routes": kept})
