"""VPC endpoints to AWS services, the services one can reach so (a small catalogue, as data)
and the AWS-managed prefix lists of the gateway services (S3, DynamoDB).

A `Gateway` endpoint (S3, DynamoDB) names the route tables it serves. EC2 adds to each a
route to the service's prefix list with the endpoint as its target; localec2 does not (yet):
the route tables' family answers a route to a `vpce-` target as a blackhole, so the routes
are left out rather than shown wrong. An `Interface` endpoint has a requester-managed network
interface in each of its subnets (`networking.interfaces`), and DNS names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.ids import is_well_formed, new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import VpcEndpointDoc
from ..filters import Getter, fields
from ..instances.states import timestamp
from ..kinds import ROUTE_TABLE, SECURITY_GROUP, SUBNET, VPC, VPC_ENDPOINT
from ..tags.tagging import specified_tags
from . import interfaces
from .regions import zone_documents

GATEWAY, INTERFACE = "Gateway", "Interface"
# The default policy EC2 gives an endpoint: full access to the service.
DEFAULT_POLICY = json.dumps(
    {
        "Version": "2008-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}],
    }
)
# The services of the catalogue, by their short name, and the endpoint types each offers.
# reconstructed: a small part of EC2's catalogue (S3 and DynamoDB offer gateway endpoints,
# as EC2 documents; the others are interface services of AWS).
SERVICES: dict[str, tuple[str, ...]] = {
    "s3": (GATEWAY, INTERFACE),
    "dynamodb": (GATEWAY, INTERFACE),
    "ec2": (INTERFACE,),
    "ec2messages": (INTERFACE,),
    "ecr.api": (INTERFACE,),
    "ecr.dkr": (INTERFACE,),
    "kms": (INTERFACE,),
    "logs": (INTERFACE,),
    "monitoring": (INTERFACE,),
    "secretsmanager": (INTERFACE,),
    "sns": (INTERFACE,),
    "sqs": (INTERFACE,),
    "ssm": (INTERFACE,),
    "ssmmessages": (INTERFACE,),
    "sts": (INTERFACE,),
}
# reconstructed: sample ranges of the managed prefix lists (EC2 publishes each region's own)
_PREFIX_LIST_CIDRS = {
    "s3": ["3.5.0.0/19", "16.15.176.0/20", "52.216.0.0/15", "54.231.0.0/16"],
    "dynamodb": ["3.218.180.0/22", "52.94.0.0/22", "52.119.224.0/20"],
}
_HOSTED_ZONE = "Z7HUB22UULQXV"  # reconstructed: the hosted zone of endpoint DNS names


def _service_name(region: str, short: str) -> str:
    return f"com.amazonaws.{region}.{short}"


def _short(region: str, service_name: str) -> str | None:
    prefix = f"com.amazonaws.{region}."
    if service_name.startswith(prefix) and service_name[len(prefix) :] in SERVICES:
        return service_name[len(prefix) :]
    return None


def _hex(*parts: str, length: int = 17) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:length]


# --- DescribePrefixLists ----------------------------------------------------------------------


def prefix_lists(region: str) -> list[shapes.PrefixList]:
    """The region's managed prefix lists of the gateway services; ids stable per region."""
    return [
        {
            "PrefixListId": f"pl-{_hex(region, short, length=8)}",
            "PrefixListName": _service_name(region, short),
            "Cidrs": cidrs,
        }
        for short, cidrs in _PREFIX_LIST_CIDRS.items()
    ]


PREFIX_LIST_FILTERS: dict[str, Getter] = fields(
    {"prefix-list-id": "PrefixListId", "prefix-list-name": "PrefixListName"}
)


def described_prefix_lists(region: str, ids: Sequence[str] | None) -> list[shapes.PrefixList]:
    lists = prefix_lists(region)
    if not ids:
        return lists
    for value in ids:
        if not is_well_formed(value, "pl"):
            raise errors.InvalidPrefixListIdMalformed(f'Invalid id: "{value}" (expecting "pl-...")')
    by_id = {p["PrefixListId"]: p for p in lists}
    missing = [i for i in dict.fromkeys(ids) if i not in by_id]
    if missing:
        # reconstructed wording
        raise errors.InvalidPrefixListIDNotFound(
            f"The prefix list ID '{', '.join(missing)}' does not exist"
        )
    return [by_id[i] for i in dict.fromkeys(ids)]


# --- DescribeVpcEndpointServices --------------------------------------------------------------


def _dns_base(region: str, short: str) -> str:
    return f"{short}.{region}.vpce.amazonaws.com"


def service_details(region: str) -> list[shapes.ServiceDetail]:
    zones = zone_documents(region)
    out: list[shapes.ServiceDetail] = []
    for short, types in SERVICES.items():
        for service_type in types:
            detail: shapes.ServiceDetail = {
                "ServiceName": _service_name(region, short),
                "ServiceId": f"vpce-svc-{_hex(region, short, service_type)}",
                "ServiceType": [{"ServiceType": service_type}],
                "ServiceRegion": region,
                "AvailabilityZones": [z["ZoneName"] for z in zones],
                "Owner": "amazon",
                "BaseEndpointDnsNames": [_dns_base(region, short)],
                "VpcEndpointPolicySupported": True,
                "AcceptanceRequired": False,
                "ManagesVpcEndpoints": False,
                "Tags": [],
                "SupportedIpAddressTypes": ["ipv4"],
            }
            if service_type == INTERFACE:
                detail["PrivateDnsName"] = f"{short}.{region}.amazonaws.com"
                detail["PrivateDnsNames"] = [{"PrivateDnsName": detail["PrivateDnsName"]}]
                detail["PrivateDnsNameVerificationState"] = "verified"
            out.append(detail)
    return out


SERVICE_FILTERS: dict[str, Getter] = fields(
    {
        "owner": "Owner",
        "service-name": "ServiceName",
        "service-region": "ServiceRegion",
        "service-type": "ServiceType.ServiceType",
        "supported-ip-address-types": "SupportedIpAddressTypes",
    }
)


def _unknown_service(name: str) -> errors.EC2Error:
    # reconstructed wording
    return errors.InvalidServiceName(f"The Vpc Endpoint Service '{name}' does not exist")


def described_services(region: str, names: Sequence[str] | None) -> list[shapes.ServiceDetail]:
    details = service_details(region)
    if not names:
        return details
    known = {d["ServiceName"] for d in details}
    for name in names:
        if name not in known:
            raise _unknown_service(name)
    return [d for d in details if d["ServiceName"] in names]


# --- VPC endpoints ----------------------------------------------------------------------------

ENDPOINT_FILTERS: dict[str, Getter] = fields(
    {
        "ip-address-type": "IpAddressType",
        "service-name": "ServiceName",
        "vpc-id": "VpcId",
        "vpc-endpoint-id": "VpcEndpointId",
        "vpc-endpoint-state": "State",
        "vpc-endpoint-type": "VpcEndpointType",
    }
)


@dataclass(frozen=True)
class NewEndpoint:
    vpc_id: str
    service_name: str | None
    endpoint_type: str | None
    policy_document: str | None
    route_table_ids: Sequence[str]
    subnet_ids: Sequence[str]
    security_group_ids: Sequence[str]
    private_dns_enabled: bool | None
    tag_specifications: Sequence[shapes.TagSpecification] | None
    client_token: str | None = None


def _policy(document: str) -> str:
    try:
        json.loads(document)
    except ValueError:
        # reconstructed: code and wording
        raise invalid_parameter_value("The policy document is not valid JSON.")
    return document


def _route_tables(ctx: Context, vpc_id: str, table_ids: Sequence[str]) -> list[str]:
    for table_id in dict.fromkeys(table_ids):
        table = ROUTE_TABLE.get(ctx.tx, table_id)
        if table["VpcId"] != vpc_id:
            # reconstructed wording
            raise invalid_parameter_value(
                f"Route table {table_id} and VPC {vpc_id} belong to different networks"
            )
    return list(dict.fromkeys(table_ids))


def _subnets(ctx: Context, vpc_id: str, subnet_ids: Sequence[str]) -> list[str]:
    zones: set[str] = set()
    for subnet_id in dict.fromkeys(subnet_ids):
        subnet = SUBNET.get(ctx.tx, subnet_id)
        if subnet["VpcId"] != vpc_id:
            # reconstructed wording
            raise invalid_parameter_value(
                f"Subnet {subnet_id} and VPC {vpc_id} belong to different networks"
            )
        if subnet["AvailabilityZone"] in zones:
            # reconstructed: EC2 allows one subnet per zone for an interface endpoint
            raise errors.InvalidParameter(
                "Found another VPC endpoint subnet in the availability zone of "
                f"{subnet_id}. VPC endpoint subnets should be in different availability zones "
                "supported by the VPC endpoint service."
            )
        zones.add(subnet["AvailabilityZone"])
    return list(dict.fromkeys(subnet_ids))


def _interface(
    ctx: Context, endpoint_id: str, subnet_id: str, group_ids: Sequence[str]
) -> tuple[str, list[shapes.SecurityGroupIdentifier]]:
    """A requester-managed interface of the endpoint in the subnet: (its id, its groups)."""
    created = interfaces.create(
        ctx,
        interfaces.NewInterface(
            subnet_id=subnet_id,
            description=f"VPC Endpoint Interface {endpoint_id}",
            group_ids=group_ids,
        ),
    )
    interfaces.store(
        ctx,
        {
            **created,
            "InterfaceType": "vpc_endpoint",
            "RequesterManaged": True,
            "RequesterId": "amazon",
        },
    )
    groups: list[shapes.SecurityGroupIdentifier] = [
        {"GroupId": g["GroupId"], "GroupName": g["GroupName"]} for g in created.get("Groups") or ()
    ]
    return created["NetworkInterfaceId"], groups


def _dns_entries(
    ctx: Context, endpoint_id: str, short: str, subnet_ids: Sequence[str]
) -> list[shapes.DnsEntry]:
    base = _dns_base(ctx.region, short)
    name = f"{endpoint_id}-{_hex(endpoint_id, length=8)}"
    entries: list[shapes.DnsEntry] = [{"DnsName": f"{name}.{base}", "HostedZoneId": _HOSTED_ZONE}]
    for subnet_id in subnet_ids:
        zone = SUBNET.get(ctx.tx, subnet_id)["AvailabilityZone"]
        entries.append({"DnsName": f"{name}-{zone}.{base}", "HostedZoneId": _HOSTED_ZONE})
    return entries


def create_endpoint(ctx: Context, new: NewEndpoint) -> VpcEndpointDoc:
    """A new endpoint, as CreateVpcEndpoint answers it (an interface endpoint `pending`); a
    request repeating an earlier one's `ClientToken` answers the endpoint that one made."""
    VPC.get(ctx.tx, new.vpc_id)
    made = VPC_ENDPOINT.made_with_token(ctx.tx, new.client_token)
    if made is not None:
        if (made["VpcId"], made["ServiceName"]) != (new.vpc_id, new.service_name):
            raise errors.idempotent_mismatch()
        return made
    endpoint_type = new.endpoint_type or GATEWAY  # EC2's default type
    if new.service_name is None:
        raise errors.missing_parameter("serviceName")
    short = _short(ctx.region, new.service_name)
    if short is None:
        raise _unknown_service(new.service_name)
    if endpoint_type not in SERVICES[short]:
        # reconstructed wording
        raise errors.InvalidVpcEndpointType(
            f"Endpoint type ({endpoint_type}) does not match available service types "
            f"({', '.join(SERVICES[short])})."
        )
    policy = _policy(new.policy_document) if new.policy_document else DEFAULT_POLICY
    tags = specified_tags(new.tag_specifications, VPC_ENDPOINT.name)
    endpoint_id = new_id("vpce")
    endpoint: VpcEndpointDoc = {
        "VpcEndpointId": endpoint_id,
        "VpcEndpointType": endpoint_type,
        "VpcId": new.vpc_id,
        "ServiceName": new.service_name,
        # EC2 answers the state in lower case, whatever the model's enum spells
        "State": "available",
        "PolicyDocument": policy,
        "RequesterManaged": False,
        "CreationTimestamp": timestamp(ctx.now),
        "OwnerId": ctx.account_id,
        "Tags": tags,
    }
    if new.client_token:
        endpoint["_"] = {"client_token": new.client_token}
    if endpoint_type == GATEWAY:
        if new.subnet_ids or new.security_group_ids:
            # reconstructed: a gateway endpoint has no subnets or groups
            raise invalid_parameter_value(
                "Subnets and security groups cannot be specified for a Gateway endpoint."
            )
        endpoint["RouteTableIds"] = _route_tables(ctx, new.vpc_id, new.route_table_ids)
        endpoint["SubnetIds"] = []
        endpoint["Groups"] = []
        endpoint["NetworkInterfaceIds"] = []
        endpoint["DnsEntries"] = []
        endpoint["PrivateDnsEnabled"] = False
        VPC_ENDPOINT.put(ctx.tx, endpoint)
        return endpoint
    if new.route_table_ids:
        # reconstructed: route tables are a gateway endpoint's
        raise invalid_parameter_value("Route tables cannot be specified for an Interface endpoint.")
    subnet_ids = _subnets(ctx, new.vpc_id, new.subnet_ids)
    interface_ids: list[str] = []
    groups: list[shapes.SecurityGroupIdentifier] = []
    for subnet_id in subnet_ids:
        interface_id, groups = _interface(ctx, endpoint_id, subnet_id, new.security_group_ids)
        interface_ids.append(interface_id)
    endpoint.update(
        {
            "RouteTableIds": [],
            "SubnetIds": subnet_ids,
            "Groups": groups,
            "NetworkInterfaceIds": interface_ids,
            "DnsEntries": _dns_entries(ctx, endpoint_id, short, subnet_ids),
            "PrivateDnsEnabled": True
            if new.private_dns_enabled is None
            else new.private_dns_enabled,
            "IpAddressType": "ipv4",
            "DnsOptions": {"DnsRecordIpType": "ipv4"},
        }
    )
    VPC_ENDPOINT.put(ctx.tx, endpoint)
    return {**endpoint, "State": "pending"}


def _forget_interfaces(ctx: Context, interface_ids: Sequence[str]) -> None:
    for interface_id in interface_ids:
        view = interfaces.find(ctx, interface_id)
        if view is not None:
            interfaces.forget(ctx, view)


def delete_endpoints(ctx: Context, endpoint_ids: Sequence[str]) -> list[shapes.UnsuccessfulItem]:
    """Delete the endpoints (and their interfaces); an unknown one is listed as unsuccessful,
    as EC2 answers a bulk request."""
    VPC_ENDPOINT.check_ids(endpoint_ids)
    unsuccessful: list[shapes.UnsuccessfulItem] = []
    for endpoint_id in dict.fromkeys(endpoint_ids):
        endpoint = VPC_ENDPOINT.stored(ctx.tx, endpoint_id)
        if endpoint is None:
            error = VPC_ENDPOINT.not_found([endpoint_id])
            unsuccessful.append(
                {"Error": {"Code": error.code, "Message": error.message}, "ResourceId": endpoint_id}
            )
            continue
        _forget_interfaces(ctx, endpoint.get("NetworkInterfaceIds") or ())
        VPC_ENDPOINT.delete(ctx.tx, endpoint_id)
    return unsuccessful


@dataclass(frozen=True)
class EndpointChanges:
    reset_policy: bool
    policy_document: str | None
    add_route_table_ids: Sequence[str]
    remove_route_table_ids: Sequence[str]
    add_subnet_ids: Sequence[str]
    remove_subnet_ids: Sequence[str]
    add_security_group_ids: Sequence[str]
    remove_security_group_ids: Sequence[str]
    private_dns_enabled: bool | None


def modify_endpoint(ctx: Context, endpoint_id: str, changes: EndpointChanges) -> None:
    endpoint = VPC_ENDPOINT.get(ctx.tx, endpoint_id)
    vpc_id = endpoint["VpcId"]
    changed: VpcEndpointDoc = {**endpoint}
    if changes.reset_policy and changes.policy_document:
        raise errors.invalid_parameter_combination(
            "ResetPolicy and PolicyDocument cannot be specified together."
        )
    if changes.reset_policy:
        changed["PolicyDocument"] = DEFAULT_POLICY
    elif changes.policy_document:
        changed["PolicyDocument"] = _policy(changes.policy_document)
    is_gateway = endpoint["VpcEndpointType"] == GATEWAY
    wrong = (
        (changes.add_subnet_ids or changes.remove_subnet_ids or changes.add_security_group_ids)
        if is_gateway
        else (changes.add_route_table_ids or changes.remove_route_table_ids)
    )
    if wrong:
        # reconstructed wording
        raise invalid_parameter_value(
            f"The requested change is not supported for a {endpoint['VpcEndpointType']} endpoint."
        )
    if is_gateway:
        tables = list(endpoint.get("RouteTableIds") or ())
        added = _route_tables(ctx, vpc_id, changes.add_route_table_ids)
        for table_id in changes.remove_route_table_ids:
            ROUTE_TABLE.get(ctx.tx, table_id)
        tables = [t for t in tables if t not in changes.remove_route_table_ids]
        changed["RouteTableIds"] = [*tables, *(t for t in added if t not in tables)]
    else:
        short = _short(ctx.region, endpoint["ServiceName"]) or ""
        subnets = list(endpoint.get("SubnetIds") or ())
        interface_ids = list(endpoint.get("NetworkInterfaceIds") or ())
        for subnet_id in changes.remove_subnet_ids:
            SUBNET.get(ctx.tx, subnet_id)
            if subnet_id in subnets:
                index = subnets.index(subnet_id)
                _forget_interfaces(ctx, [interface_ids[index]])
                del subnets[index], interface_ids[index]
        new_subnets = [s for s in changes.add_subnet_ids if s not in subnets]
        _subnets(ctx, vpc_id, [*subnets, *new_subnets])
        group_ids = [g["GroupId"] for g in endpoint.get("Groups") or ()]
        group_ids = [g for g in group_ids if g not in changes.remove_security_group_ids]
        group_ids += [g for g in changes.add_security_group_ids if g not in group_ids]
        groups = list(endpoint.get("Groups") or ())
        for subnet_id in new_subnets:
            interface_id, groups = _interface(ctx, endpoint_id, subnet_id, group_ids)
            subnets.append(subnet_id)
            interface_ids.append(interface_id)
        if changes.add_security_group_ids or changes.remove_security_group_ids:
            groups = _groups_of(ctx, vpc_id, group_ids)
        changed["SubnetIds"] = subnets
        changed["NetworkInterfaceIds"] = interface_ids
        changed["Groups"] = groups
        changed["DnsEntries"] = _dns_entries(ctx, endpoint_id, short, subnets)
        if changes.private_dns_enabled is not None:
            changed["PrivateDnsEnabled"] = changes.private_dns_enabled
    VPC_ENDPOINT.put(ctx.tx, changed)


def _groups_of(
    ctx: Context, vpc_id: str, group_ids: Sequence[str]
) -> list[shapes.SecurityGroupIdentifier]:
    out: list[shapes.SecurityGroupIdentifier] = []
    for group_id in group_ids:
        group = SECURITY_GROUP.get(ctx.tx, group_id)
        if group.get("VpcId") != vpc_id:
            # reconstructed wording
            raise invalid_parameter_value(
                f"Security group {group_id} and VPC {vpc_id} belong to different networks"
            )
        out.append({"GroupId": group["GroupId"], "GroupName": group["GroupName"]})
    if not out:
        # reconstructed: an interface endpoint keeps at least one security group
        raise invalid_parameter_value(
            "An Interface endpoint must have at least one security group."
        )
    return out


def endpoints_of(tx: Transaction, vpc_id: str) -> list[str]:
    """The VPC's endpoints (they keep it from being deleted). reconstructed: EC2 documents
    that a VPC's resources must be deleted first; that a gateway endpoint is one of them is
    not documented."""
    return [e["VpcEndpointId"] for e in VPC_ENDPOINT.every(tx) if e["VpcId"] == vpc_id]
