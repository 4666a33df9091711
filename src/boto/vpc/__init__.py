"""boto 2's `boto.vpc`: `VPCConnection` (an `EC2Connection` with the VPC methods), regions
and connecting to one.

Imported only when used: `import boto.ec2` does not load this package.

On the wire each method sends what boto 2 sent, verb included (boto 2 sent the VPC actions
with GET, DescribeVpcClassicLink with POST); docs/boto2_wire_deviations.md lists where
today's EC2 made us differ.
"""

from __future__ import annotations

from boto.ec2.connection import EC2Connection
from boto.resultset import ResultSet
from boto.vpc.customergateway import CustomerGateway
from boto.vpc.dhcpoptions import DhcpOptions
from boto.vpc.internetgateway import InternetGateway
from boto.vpc.networkacl import NetworkAcl
from boto.vpc.routetable import RouteTable
from boto.vpc.subnet import Subnet
from boto.vpc.vpc import VPC
from boto.vpc.vpc_peering_connection import VpcPeeringConnection
from boto.vpc.vpnconnection import VpnConnection
from boto.vpc.vpngateway import Attachment, VpnGateway

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any, TypeAlias, TypeVar

    from boto.ec2.securitygroup import SecurityGroup
    from boto.regioninfo import RegionInfo

    _T = TypeVar("_T")
    Filters: TypeAlias = Mapping[str, Any] | Iterable[tuple[str, Any]]


def regions(**kw_params: Any) -> list[RegionInfo]:
    """Every EC2 region as a `RegionInfo` that connects with `VPCConnection`."""
    from boto.regioninfo import get_regions

    return get_regions("ec2", connection_cls=VPCConnection)


def connect_to_region(region_name: str, **kw_params: Any) -> VPCConnection | None:
    """A `VPCConnection` to `region_name`, or None for an unknown region (as boto 2).

    A `host` keyword connects to that host while signing for `region_name`.
    """
    from boto.regioninfo import RegionInfo

    host = kw_params.pop("host", None)
    if host:
        kw_params.pop("region", None)
        region = RegionInfo(name=region_name, endpoint=host, connection_cls=VPCConnection)
        connection: VPCConnection = region.connect(**kw_params)
        return connection
    for region in regions():
        if region.name == region_name:
            kw_params.pop("region", None)
            connection = region.connect(**kw_params)
            return connection
    return None


def _flag(value: bool | str) -> str:
    """boto 2's booleans on the wire: a bool as 'true' / 'false', a string as given."""
    return str(value).lower() if isinstance(value, bool) else value


def _answered(result: ResultSet[Any], name: str) -> str:
    """A field of an answer read into a ResultSet (such as `associationId`)."""
    value: str = getattr(result, name)
    return value


class VPCConnection(EC2Connection):
    """An `EC2Connection` with boto 2's VPC methods."""

    # --- helpers -------------------------------------------------------------------------

    def _params(self, dry_run: bool = False, **fields: Any) -> dict[str, Any]:
        """The named fields (None ones left out), plus `DryRun`."""
        params = {key: value for key, value in fields.items() if value is not None}
        if dry_run:
            params["DryRun"] = "true"
        return params

    def _list(
        self,
        action: str,
        cls: type[_T],
        label: str,
        ids: Sequence[str] | None,
        filters: Filters | None,
        dry_run: bool = False,
        verb: str = "GET",
    ) -> ResultSet[_T]:
        params: dict[str, Any] = {}
        if ids:
            self.build_list_params(params, ids, label)
        if filters:
            self.build_filter_params(params, filters)
        if dry_run:
            params["DryRun"] = "true"
        return self.get_list(action, params, [("item", cls)], verb=verb)

    def _status(self, action: str, params: dict[str, Any]) -> bool:
        return self.get_status(action, params)

    # --- VPCs ----------------------------------------------------------------------------

    def get_all_vpcs(
        self,
        vpc_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[VPC]:
        return self._list("DescribeVpcs", VPC, "VpcId", vpc_ids, filters, dry_run)

    def create_vpc(
        self, cidr_block: str, instance_tenancy: str | None = None, dry_run: bool = False
    ) -> VPC:
        params = self._params(
            dry_run, CidrBlock=cidr_block, InstanceTenancy=instance_tenancy or None
        )
        return self.get_object("CreateVpc", params, VPC)

    def delete_vpc(self, vpc_id: str, dry_run: bool = False) -> bool:
        return self._status("DeleteVpc", self._params(dry_run, VpcId=vpc_id))

    def modify_vpc_attribute(
        self,
        vpc_id: str,
        enable_dns_support: bool | None = None,
        enable_dns_hostnames: bool | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._params(dry_run, VpcId=vpc_id)
        if enable_dns_support is not None:
            params["EnableDnsSupport.Value"] = "true" if enable_dns_support else "false"
        if enable_dns_hostnames is not None:
            params["EnableDnsHostnames.Value"] = "true" if enable_dns_hostnames else "false"
        return self._status("ModifyVpcAttribute", params)

    # --- route tables --------------------------------------------------------------------

    def get_all_route_tables(
        self,
        route_table_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[RouteTable]:
        return self._list(
            "DescribeRouteTables", RouteTable, "RouteTableId", route_table_ids, filters, dry_run
        )

    def associate_route_table(
        self, route_table_id: str, subnet_id: str, dry_run: bool = False
    ) -> str:
        """Associate the route table with a subnet; returns the association's id."""
        params = self._params(dry_run, RouteTableId=route_table_id, SubnetId=subnet_id)
        result = self.get_object("AssociateRouteTable", params, ResultSet)
        return _answered(result, "associationId")

    def disassociate_route_table(self, association_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, AssociationId=association_id)
        return self._status("DisassociateRouteTable", params)

    def create_route_table(self, vpc_id: str, dry_run: bool = False) -> RouteTable:
        params = self._params(dry_run, VpcId=vpc_id)
        return self.get_object("CreateRouteTable", params, RouteTable)

    def delete_route_table(self, route_table_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, RouteTableId=route_table_id)
        return self._status("DeleteRouteTable", params)

    def _replace_route_table_association(
        self, association_id: str, route_table_id: str, dry_run: bool = False
    ) -> ResultSet[Any]:
        params = self._params(dry_run, AssociationId=association_id, RouteTableId=route_table_id)
        return self.get_object("ReplaceRouteTableAssociation", params, ResultSet)

    def replace_route_table_assocation(
        self, association_id: str, route_table_id: str, dry_run: bool = False
    ) -> bool:
        """boto 2's spelling: returns the request's status (True)."""
        result = self._replace_route_table_association(
            association_id, route_table_id, dry_run=dry_run
        )
        return result.status

    # Also under the right spelling (not in boto 2).
    replace_route_table_association = replace_route_table_assocation

    def replace_route_table_association_with_assoc(
        self, association_id: str, route_table_id: str, dry_run: bool = False
    ) -> str:
        """Point the association at another route table; returns the new association id."""
        result = self._replace_route_table_association(
            association_id, route_table_id, dry_run=dry_run
        )
        return _answered(result, "newAssociationId")

    def _route_params(
        self,
        route_table_id: str,
        destination_cidr_block: str,
        gateway_id: str | None,
        instance_id: str | None,
        interface_id: str | None,
        vpc_peering_connection_id: str | None,
        dry_run: bool,
    ) -> dict[str, Any]:
        """boto 2 sent only the first target given, in this order."""
        params = self._params(
            dry_run, RouteTableId=route_table_id, DestinationCidrBlock=destination_cidr_block
        )
        targets = (
            ("GatewayId", gateway_id),
            ("InstanceId", instance_id),
            ("NetworkInterfaceId", interface_id),
            ("VpcPeeringConnectionId", vpc_peering_connection_id),
        )
        for label, value in targets:
            if value is not None:
                params[label] = value
                break
        return params

    def create_route(
        self,
        route_table_id: str,
        destination_cidr_block: str,
        gateway_id: str | None = None,
        instance_id: str | None = None,
        interface_id: str | None = None,
        vpc_peering_connection_id: str | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._route_params(
            route_table_id,
            destination_cidr_block,
            gateway_id,
            instance_id,
            interface_id,
            vpc_peering_connection_id,
            dry_run,
        )
        return self._status("CreateRoute", params)

    def replace_route(
        self,
        route_table_id: str,
        destination_cidr_block: str,
        gateway_id: str | None = None,
        instance_id: str | None = None,
        interface_id: str | None = None,
        vpc_peering_connection_id: str | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._route_params(
            route_table_id,
            destination_cidr_block,
            gateway_id,
            instance_id,
            interface_id,
            vpc_peering_connection_id,
            dry_run,
        )
        return self._status("ReplaceRoute", params)

    def delete_route(
        self, route_table_id: str, destination_cidr_block: str, dry_run: bool = False
    ) -> bool:
        params = self._params(
            dry_run, RouteTableId=route_table_id, DestinationCidrBlock=destination_cidr_block
        )
        return self._status("DeleteRoute", params)

    # --- network ACLs (boto 2 had no dry_run here; new trailing keyword) -------------------

    def get_all_network_acls(
        self,
        network_acl_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[NetworkAcl]:
        return self._list(
            "DescribeNetworkAcls", NetworkAcl, "NetworkAclId", network_acl_ids, filters, dry_run
        )

    def associate_network_acl(
        self, network_acl_id: str, subnet_id: str, dry_run: bool = False
    ) -> str:
        """Make `network_acl_id` the subnet's ACL (replacing the subnet's current association,
        found by a DescribeNetworkAcls); returns the new association id."""
        current = self.get_all_network_acls(filters=[("association.subnet-id", subnet_id)])
        association = next(
            association
            for acl in current
            for association in acl.associations
            if association.subnet_id == subnet_id
        )
        params = self._params(dry_run, AssociationId=association.id, NetworkAclId=network_acl_id)
        result = self.get_object("ReplaceNetworkAclAssociation", params, ResultSet)
        return _answered(result, "newAssociationId")

    def disassociate_network_acl(
        self, subnet_id: str, vpc_id: str | None = None, dry_run: bool = False
    ) -> str:
        """Give the subnet its VPC's default ACL again; returns the new association id."""
        if not vpc_id:
            found = self.get_all_subnets([subnet_id])[0].vpc_id
            assert found is not None  # EC2 always sends a subnet's VPC
            vpc_id = found
        defaults = self.get_all_network_acls(filters=[("vpc-id", vpc_id), ("default", "true")])
        return self.associate_network_acl(defaults[0].id, subnet_id, dry_run=dry_run)

    def create_network_acl(self, vpc_id: str, dry_run: bool = False) -> NetworkAcl:
        params = self._params(dry_run, VpcId=vpc_id)
        return self.get_object("CreateNetworkAcl", params, NetworkAcl)

    def delete_network_acl(self, network_acl_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, NetworkAclId=network_acl_id)
        return self._status("DeleteNetworkAcl", params)

    def _acl_entry_params(
        self,
        network_acl_id: str,
        rule_number: int | str,
        protocol: int | str,
        rule_action: str,
        cidr_block: str,
        egress: bool | str | None,
        icmp_code: int | str | None,
        icmp_type: int | str | None,
        port_range_from: int | str | None,
        port_range_to: int | str | None,
        dry_run: bool,
    ) -> dict[str, Any]:
        params = self._params(
            dry_run,
            NetworkAclId=network_acl_id,
            RuleNumber=rule_number,
            Protocol=protocol,
            RuleAction=rule_action,
            CidrBlock=cidr_block,
        )
        optional = {
            "Egress": None if egress is None else _flag(egress),
            "Icmp.Code": icmp_code,
            "Icmp.Type": icmp_type,
            "PortRange.From": port_range_from,
            "PortRange.To": port_range_to,
        }
        params.update((key, value) for key, value in optional.items() if value is not None)
        return params

    def create_network_acl_entry(
        self,
        network_acl_id: str,
        rule_number: int | str,
        protocol: int | str,
        rule_action: str,
        cidr_block: str,
        egress: bool | str | None = None,
        icmp_code: int | str | None = None,
        icmp_type: int | str | None = None,
        port_range_from: int | str | None = None,
        port_range_to: int | str | None = None,
        dry_run: bool = False,
    ) -> bool:
        """A rule (`rule_action` 'allow' or 'deny'; `protocol` a number, -1 for all)."""
        params = self._acl_entry_params(
            network_acl_id,
            rule_number,
            protocol,
            rule_action,
            cidr_block,
            egress,
            icmp_code,
            icmp_type,
            port_range_from,
            port_range_to,
            dry_run,
        )
        return self._status("CreateNetworkAclEntry", params)

    def replace_network_acl_entry(
        self,
        network_acl_id: str,
        rule_number: int | str,
        protocol: int | str,
        rule_action: str,
        cidr_block: str,
        egress: bool | str | None = None,
        icmp_code: int | str | None = None,
        icmp_type: int | str | None = None,
        port_range_from: int | str | None = None,
        port_range_to: int | str | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._acl_entry_params(
            network_acl_id,
            rule_number,
            protocol,
            rule_action,
            cidr_block,
            egress,
            icmp_code,
            icmp_type,
            port_range_from,
            port_range_to,
            dry_run,
        )
        return self._status("ReplaceNetworkAclEntry", params)

    def delete_network_acl_entry(
        self,
        network_acl_id: str,
        rule_number: int | str,
        egress: bool | str | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._params(dry_run, NetworkAclId=network_acl_id, RuleNumber=rule_number)
        if egress is not None:
            params["Egress"] = _flag(egress)
        return self._status("DeleteNetworkAclEntry", params)

    # --- internet gateways ---------------------------------------------------------------

    def get_all_internet_gateways(
        self,
        internet_gateway_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[InternetGateway]:
        return self._list(
            "DescribeInternetGateways",
            InternetGateway,
            "InternetGatewayId",
            internet_gateway_ids,
            filters,
            dry_run,
        )

    def create_internet_gateway(self, dry_run: bool = False) -> InternetGateway:
        return self.get_object("CreateInternetGateway", self._params(dry_run), InternetGateway)

    def delete_internet_gateway(self, internet_gateway_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, InternetGatewayId=internet_gateway_id)
        return self._status("DeleteInternetGateway", params)

    def attach_internet_gateway(
        self, internet_gateway_id: str, vpc_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(dry_run, InternetGatewayId=internet_gateway_id, VpcId=vpc_id)
        return self._status("AttachInternetGateway", params)

    def detach_internet_gateway(
        self, internet_gateway_id: str, vpc_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(dry_run, InternetGatewayId=internet_gateway_id, VpcId=vpc_id)
        return self._status("DetachInternetGateway", params)

    # --- customer gateways ---------------------------------------------------------------

    def get_all_customer_gateways(
        self,
        customer_gateway_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[CustomerGateway]:
        return self._list(
            "DescribeCustomerGateways",
            CustomerGateway,
            "CustomerGatewayId",
            customer_gateway_ids,
            filters,
            dry_run,
        )

    def create_customer_gateway(
        self, type: str, ip_address: str, bgp_asn: int, dry_run: bool = False
    ) -> CustomerGateway:
        """A customer gateway (`type` 'ipsec.1') at `ip_address` with BGP ASN `bgp_asn`."""
        params = self._params(dry_run, Type=type, IpAddress=ip_address, BgpAsn=bgp_asn)
        return self.get_object("CreateCustomerGateway", params, CustomerGateway)

    def delete_customer_gateway(self, customer_gateway_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, CustomerGatewayId=customer_gateway_id)
        return self._status("DeleteCustomerGateway", params)

    # --- VPN gateways --------------------------------------------------------------------

    def get_all_vpn_gateways(
        self,
        vpn_gateway_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[VpnGateway]:
        return self._list(
            "DescribeVpnGateways", VpnGateway, "VpnGatewayId", vpn_gateway_ids, filters, dry_run
        )

    def create_vpn_gateway(
        self, type: str, availability_zone: str | None = None, dry_run: bool = False
    ) -> VpnGateway:
        params = self._params(dry_run, Type=type, AvailabilityZone=availability_zone or None)
        return self.get_object("CreateVpnGateway", params, VpnGateway)

    def delete_vpn_gateway(self, vpn_gateway_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, VpnGatewayId=vpn_gateway_id)
        return self._status("DeleteVpnGateway", params)

    def attach_vpn_gateway(
        self, vpn_gateway_id: str, vpc_id: str, dry_run: bool = False
    ) -> Attachment:
        params = self._params(dry_run, VpnGatewayId=vpn_gateway_id, VpcId=vpc_id)
        return self.get_object("AttachVpnGateway", params, Attachment)

    def detach_vpn_gateway(self, vpn_gateway_id: str, vpc_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, VpnGatewayId=vpn_gateway_id, VpcId=vpc_id)
        return self._status("DetachVpnGateway", params)

    # --- subnets -------------------------------------------------------------------------

    def get_all_subnets(
        self,
        subnet_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[Subnet]:
        return self._list("DescribeSubnets", Subnet, "SubnetId", subnet_ids, filters, dry_run)

    def create_subnet(
        self,
        vpc_id: str,
        cidr_block: str,
        availability_zone: str | None = None,
        dry_run: bool = False,
    ) -> Subnet:
        params = self._params(
            dry_run,
            VpcId=vpc_id,
            CidrBlock=cidr_block,
            AvailabilityZone=availability_zone or None,
        )
        return self.get_object("CreateSubnet", params, Subnet)

    def delete_subnet(self, subnet_id: str, dry_run: bool = False) -> bool:
        return self._status("DeleteSubnet", self._params(dry_run, SubnetId=subnet_id))

    # --- DHCP options --------------------------------------------------------------------

    def get_all_dhcp_options(
        self,
        dhcp_options_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[DhcpOptions]:
        return self._list(
            "DescribeDhcpOptions", DhcpOptions, "DhcpOptionsId", dhcp_options_ids, filters, dry_run
        )

    def create_dhcp_options(
        self,
        domain_name: str | None = None,
        domain_name_servers: str | Sequence[str] | None = None,
        ntp_servers: str | Sequence[str] | None = None,
        netbios_name_servers: str | Sequence[str] | None = None,
        netbios_node_type: str | int | None = None,
        dry_run: bool = False,
    ) -> DhcpOptions:
        """A DHCP option set; each option one value or a list of them."""
        options = (
            ("domain-name", domain_name),
            ("domain-name-servers", domain_name_servers),
            ("ntp-servers", ntp_servers),
            ("netbios-name-servers", netbios_name_servers),
            ("netbios-node-type", netbios_node_type),
        )
        params: dict[str, Any] = {}
        index = 0
        for key, value in options:
            if not value:
                continue
            index += 1
            params["DhcpConfiguration.%d.Key" % index] = key
            values = value if isinstance(value, list | tuple) else [value]
            for value_index, item in enumerate(values, start=1):
                params["DhcpConfiguration.%d.Value.%d" % (index, value_index)] = item
        params.update(self._params(dry_run))
        return self.get_object("CreateDhcpOptions", params, DhcpOptions)

    def delete_dhcp_options(self, dhcp_options_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, DhcpOptionsId=dhcp_options_id)
        return self._status("DeleteDhcpOptions", params)

    def associate_dhcp_options(
        self, dhcp_options_id: str, vpc_id: str, dry_run: bool = False
    ) -> bool:
        """Give the VPC this option set ('default' for none)."""
        params = self._params(dry_run, DhcpOptionsId=dhcp_options_id, VpcId=vpc_id)
        return self._status("AssociateDhcpOptions", params)

    # --- VPN connections -----------------------------------------------------------------

    def get_all_vpn_connections(
        self,
        vpn_connection_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[VpnConnection]:
        return self._list(
            "DescribeVpnConnections",
            VpnConnection,
            "VpnConnectionId",
            vpn_connection_ids,
            filters,
            dry_run,
        )

    def create_vpn_connection(
        self,
        type: str,
        customer_gateway_id: str,
        vpn_gateway_id: str,
        static_routes_only: bool | str | None = None,
        dry_run: bool = False,
    ) -> VpnConnection:
        params = self._params(
            dry_run,
            Type=type,
            CustomerGatewayId=customer_gateway_id,
            VpnGatewayId=vpn_gateway_id,
        )
        if static_routes_only is not None:
            params["Options.StaticRoutesOnly"] = _flag(static_routes_only)
        return self.get_object("CreateVpnConnection", params, VpnConnection)

    def delete_vpn_connection(self, vpn_connection_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, VpnConnectionId=vpn_connection_id)
        return self._status("DeleteVpnConnection", params)

    def disable_vgw_route_propagation(
        self, route_table_id: str, gateway_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(dry_run, RouteTableId=route_table_id, GatewayId=gateway_id)
        return self._status("DisableVgwRoutePropagation", params)

    def enable_vgw_route_propagation(
        self, route_table_id: str, gateway_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(dry_run, RouteTableId=route_table_id, GatewayId=gateway_id)
        return self._status("EnableVgwRoutePropagation", params)

    def create_vpn_connection_route(
        self, destination_cidr_block: str, vpn_connection_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(
            dry_run,
            DestinationCidrBlock=destination_cidr_block,
            VpnConnectionId=vpn_connection_id,
        )
        return self._status("CreateVpnConnectionRoute", params)

    def delete_vpn_connection_route(
        self, destination_cidr_block: str, vpn_connection_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(
            dry_run,
            DestinationCidrBlock=destination_cidr_block,
            VpnConnectionId=vpn_connection_id,
        )
        return self._status("DeleteVpnConnectionRoute", params)

    # --- VPC peering ---------------------------------------------------------------------

    def get_all_vpc_peering_connections(
        self,
        vpc_peering_connection_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[VpcPeeringConnection]:
        return self._list(
            "DescribeVpcPeeringConnections",
            VpcPeeringConnection,
            "VpcPeeringConnectionId",
            vpc_peering_connection_ids,
            filters,
            dry_run,
        )

    def create_vpc_peering_connection(
        self,
        vpc_id: str,
        peer_vpc_id: str,
        peer_owner_id: str | None = None,
        dry_run: bool = False,
    ) -> VpcPeeringConnection:
        params = self._params(
            dry_run, VpcId=vpc_id, PeerVpcId=peer_vpc_id, PeerOwnerId=peer_owner_id
        )
        return self.get_object("CreateVpcPeeringConnection", params, VpcPeeringConnection)

    def delete_vpc_peering_connection(
        self, vpc_peering_connection_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(dry_run, VpcPeeringConnectionId=vpc_peering_connection_id)
        return self._status("DeleteVpcPeeringConnection", params)

    def reject_vpc_peering_connection(
        self, vpc_peering_connection_id: str, dry_run: bool = False
    ) -> bool:
        params = self._params(dry_run, VpcPeeringConnectionId=vpc_peering_connection_id)
        return self._status("RejectVpcPeeringConnection", params)

    def accept_vpc_peering_connection(
        self, vpc_peering_connection_id: str, dry_run: bool = False
    ) -> VpcPeeringConnection:
        params = self._params(dry_run, VpcPeeringConnectionId=vpc_peering_connection_id)
        return self.get_object("AcceptVpcPeeringConnection", params, VpcPeeringConnection)

    # --- ClassicLink ---------------------------------------------------------------------

    def get_all_classic_link_vpcs(
        self,
        vpc_ids: Sequence[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[VPC]:
        """Each VPC with `classic_link_enabled` ('true' / 'false')."""
        return self._list(
            "DescribeVpcClassicLink", VPC, "VpcId", vpc_ids, filters, dry_run, verb="POST"
        )

    def attach_classic_link_vpc(
        self,
        vpc_id: str,
        instance_id: str,
        groups: Sequence[SecurityGroup | str],
        dry_run: bool = False,
    ) -> bool:
        params = self._params(dry_run, VpcId=vpc_id, InstanceId=instance_id)
        group_ids = [getattr(group, "id", group) for group in groups]
        self.build_list_params(params, group_ids, "SecurityGroupId")
        return self._status("AttachClassicLinkVpc", params)

    def detach_classic_link_vpc(self, vpc_id: str, instance_id: str, dry_run: bool = False) -> bool:
        params = self._params(dry_run, VpcId=vpc_id, InstanceId=instance_id)
        return self._status("DetachClassicLinkVpc", params)

    def disable_vpc_classic_link(self, vpc_id: str, dry_run: bool = False) -> bool:
        return self._status("DisableVpcClassicLink", self._params(dry_run, VpcId=vpc_id))

    def enable_vpc_classic_link(self, vpc_id: str, dry_run: bool = False) -> bool:
        return self._status("EnableVpcClassicLink", self._params(dry_run, VpcId=vpc_id))


__all__ = [
    "VPC",
    "Attachment",
    "CustomerGateway",
    "DhcpOptions",
    "InternetGateway",
    "NetworkAcl",
    "RouteTable",
    "Subnet",
    "VPCConnection",
    "VpcPeeringConnection",
    "VpnConnection",
    "VpnGateway",
    "connect_to_region",
    "regions",
]
