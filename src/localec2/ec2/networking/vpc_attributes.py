"""A VPC's attributes (DNS support, DNS hostnames, network address usage metrics; its
tenancy) and a subnet's (ModifySubnetAttribute)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.store import Transaction
from ..documents import SubnetDoc, VpcDoc
from ..kinds import SUBNET, VPC, with_private

VpcAttribute = Literal["enableDnsSupport", "enableDnsHostnames", "enableNetworkAddressUsageMetrics"]
# The attribute's name in a request (DescribeVpcAttribute's `Attribute`), its member in
# ModifyVpcAttribute and in DescribeVpcAttribute's answer, and where the VPC keeps it.
_MEMBERS: Mapping[str, tuple[str, str]] = {
    "enableDnsSupport": ("EnableDnsSupport", "enable_dns_support"),
    "enableDnsHostnames": ("EnableDnsHostnames", "enable_dns_hostnames"),
    "enableNetworkAddressUsageMetrics": (
        "EnableNetworkAddressUsageMetrics",
        "enable_network_address_usage_metrics",
    ),
}


def _value(vpc: VpcDoc, attribute: str) -> bool:
    """The attribute's value: as ModifyVpcAttribute set it, else EC2's default (DNS support
    on; DNS hostnames on in the default VPC only; address usage metrics off)."""
    stored = vpc.get("_") or {}
    if attribute == "enableDnsSupport":
        return stored.get("enable_dns_support", True)
    if attribute == "enableDnsHostnames":
        return stored.get("enable_dns_hostnames", vpc["IsDefault"])
    return stored.get("enable_network_address_usage_metrics", False)


def describe_vpc_attribute(
    tx: Transaction, vpc_id: str, attribute: str
) -> shapes.DescribeVpcAttributeResult:
    vpc = VPC.get(tx, vpc_id)
    if attribute not in _MEMBERS:  # the protocol layer checks the enum: kept for the domain
        raise invalid_parameter_value(
            f"Value ({attribute}) for parameter attribute is invalid. Unknown attribute."
        )
    result: shapes.DescribeVpcAttributeResult = {"VpcId": vpc["VpcId"]}
    value: shapes.AttributeBooleanValue = {"Value": _value(vpc, attribute)}
    if attribute == "enableDnsSupport":
        result["EnableDnsSupport"] = value
    elif attribute == "enableDnsHostnames":
        result["EnableDnsHostnames"] = value
    else:
        result["EnableNetworkAddressUsageMetrics"] = value
    return result


def modify_vpc_attribute(
    tx: Transaction, vpc_id: str, changes: Mapping[str, shapes.AttributeBooleanValue | None]
) -> None:
    """ModifyVpcAttribute: exactly one attribute per request, as EC2 requires ("You cannot
    modify the DNS resolution and DNS hostnames attributes in the same request")."""
    vpc = VPC.get(tx, vpc_id)
    given = {name: value for name, value in changes.items() if value is not None}
    if not given:
        # reconstructed: the code and wording for a request that changes nothing
        raise errors.missing_parameter(
            "enableDnsSupport, enableDnsHostnames or enableNetworkAddressUsageMetrics"
        )
    if len(given) > 1:
        # EC2's words as clients report them ("Fields for multiple attribute types specified:
        # enableDnsHostnames, enableDnsSupport"), the names in the model's member order
        raise errors.invalid_parameter_combination(
            "Fields for multiple attribute types specified: " + ", ".join(given)
        )
    ((attribute, wanted),) = given.items()
    if attribute not in _MEMBERS:
        raise TypeError(f"not a VPC attribute: {attribute}")
    value = wanted.get("Value")
    if value is None:
        # reconstructed: an AttributeBooleanValue without its Value
        raise errors.missing_parameter(f"{attribute}.value")
    VPC.put(tx, with_private(vpc, **{_MEMBERS[attribute][1]: value}))


def modify_vpc_tenancy(tx: Transaction, vpc_id: str, tenancy: str) -> None:
    """ModifyVpcTenancy: only to `default` (the model's one value), from `dedicated`."""
    vpc = VPC.get(tx, vpc_id)
    if tenancy != "default":  # the protocol layer checks the enum: kept for the domain
        raise invalid_parameter_value(
            f"Value ({tenancy}) for parameter instanceTenancy is invalid."
        )
    VPC.put(tx, {**vpc, "InstanceTenancy": tenancy})


def _flag(value: shapes.AttributeBooleanValue, name: str) -> bool:
    flag = value.get("Value")
    if flag is None:
        # reconstructed: an AttributeBooleanValue without its Value
        raise errors.missing_parameter(f"{name}.value")
    return flag


def modify_subnet_attribute(
    tx: Transaction, subnet_id: str, request: shapes.ModifySubnetAttributeRequest
) -> None:
    """ModifySubnetAttribute: one attribute per request (EC2: "Only one subnet attribute can
    be modified at a time"); the Outposts-only ones are refused outside an Outpost."""
    subnet = SUBNET.get(tx, subnet_id)
    given = [name for name in request if name not in ("SubnetId", "DryRun")]
    if "CustomerOwnedIpv4Pool" in given and "MapCustomerOwnedIpOnLaunch" in given:
        given.remove("CustomerOwnedIpv4Pool")  # the two go together
    if not given:
        # reconstructed: the code and wording for a request that changes nothing
        raise errors.missing_parameter("attribute")
    if len(given) > 1:  # EC2's words, as clients quote them
        raise errors.invalid_parameter_combination(
            "Only one subnet attribute can be modified at a time"
        )
    changed: SubnetDoc = {**subnet}
    options: shapes.PrivateDnsNameOptionsOnLaunch = {**subnet["PrivateDnsNameOptionsOnLaunch"]}
    if "MapPublicIpOnLaunch" in request:
        changed["MapPublicIpOnLaunch"] = _flag(
            request["MapPublicIpOnLaunch"], "MapPublicIpOnLaunch"
        )
    elif "AssignIpv6AddressOnCreation" in request:
        changed["AssignIpv6AddressOnCreation"] = _flag(
            request["AssignIpv6AddressOnCreation"], "AssignIpv6AddressOnCreation"
        )
    elif "EnableDns64" in request:
        changed["EnableDns64"] = _flag(request["EnableDns64"], "EnableDns64")
    elif "PrivateDnsHostnameTypeOnLaunch" in request:
        options["HostnameType"] = request["PrivateDnsHostnameTypeOnLaunch"]
    elif "EnableResourceNameDnsARecordOnLaunch" in request:
        options["EnableResourceNameDnsARecord"] = _flag(
            request["EnableResourceNameDnsARecordOnLaunch"], "EnableResourceNameDnsARecordOnLaunch"
        )
    elif "EnableResourceNameDnsAAAARecordOnLaunch" in request:
        options["EnableResourceNameDnsAAAARecord"] = _flag(
            request["EnableResourceNameDnsAAAARecordOnLaunch"],
            "EnableResourceNameDnsAAAARecordOnLaunch",
        )
    elif "MapCustomerOwnedIpOnLaunch" in request:
        if _flag(request["MapCustomerOwnedIpOnLaunch"], "MapCustomerOwnedIpOnLaunch"):
            # reconstructed: localec2 has no Outposts, so no customer-owned address pools
            raise invalid_parameter_value(
                "MapCustomerOwnedIpOnLaunch is only supported for subnets on an Outpost."
            )
        changed["MapCustomerOwnedIpOnLaunch"] = False
    else:
        # CustomerOwnedIpv4Pool alone, EnableLniAtDeviceIndex, DisableLniAtDeviceIndex:
        # reconstructed: Outposts-only, and localec2 has no Outposts
        raise invalid_parameter_value(f"{given[0]} is only supported for subnets on an Outpost.")
    changed["PrivateDnsNameOptionsOnLaunch"] = options
    SUBNET.put(tx, changed)
