"""Every VPCConnection method sends what boto 2.49 sent: the same calls are made with the
real boto 2 (its venv, `.venv-boto2`, in a child process) and with ours against one loopback
recorder, and the requests (verb and Query parameters, without the signature's) compared.

Skipped where the boto 2 venv is not installed.
"""

from __future__ import annotations

import json
import subprocess

from vpc_support import Recorder, connect_vpc

# Parameters only the signature adds (boto 2 signed EC2 with Signature Version 2).
SIGNATURE_PARAMS = {
    "AWSAccessKeyId",
    "SignatureVersion",
    "SignatureMethod",
    "Signature",
    "Timestamp",
    "Version",
}

CALLS: list[tuple[str, list, dict]] = [
    ("get_all_vpcs", [], {}),
    ("get_all_vpcs", [["vpc-1", "vpc-2"]], {"filters": {"state": "available"}, "dry_run": True}),
    ("create_vpc", ["10.0.0.0/16"], {}),
    ("create_vpc", ["10.0.0.0/16", "dedicated"], {"dry_run": True}),
    ("delete_vpc", ["vpc-1"], {}),
    ("modify_vpc_attribute", ["vpc-1"], {"enable_dns_support": True}),
    ("modify_vpc_attribute", ["vpc-1", False, False], {"dry_run": True}),
    ("get_all_route_tables", [["rtb-1"]], {"filters": [("vpc-id", "vpc-1")]}),
    ("disassociate_route_table", ["rtbassoc-1"], {}),
    ("create_route_table", ["vpc-1"], {}),
    ("delete_route_table", ["rtb-1"], {"dry_run": True}),
    ("replace_route_table_assocation", ["rtbassoc-1", "rtb-2"], {}),
    ("create_route", ["rtb-1", "0.0.0.0/0"], {"gateway_id": "igw-1"}),
    ("create_route", ["rtb-1", "0.0.0.0/0", None, "i-1"], {}),
    ("create_route", ["rtb-1", "0.0.0.0/0"], {"interface_id": "eni-1"}),
    ("create_route", ["rtb-1", "0.0.0.0/0"], {"vpc_peering_connection_id": "pcx-1"}),
    ("create_route", ["rtb-1", "0.0.0.0/0", "igw-1", "i-1"], {}),
    ("replace_route", ["rtb-1", "0.0.0.0/0"], {"instance_id": "i-1", "dry_run": True}),
    ("delete_route", ["rtb-1", "0.0.0.0/0"], {}),
    ("get_all_network_acls", [["acl-1"]], {"filters": {"default": "true"}}),
    ("create_network_acl", ["vpc-1"], {}),
    ("delete_network_acl", ["acl-1"], {}),
    ("create_network_acl_entry", ["acl-1", 100, 6, "allow", "0.0.0.0/0"], {}),
    (
        "create_network_acl_entry",
        ["acl-1", 110, -1, "deny", "10.0.0.0/8", True, 0, 8, 22, 23],
        {},
    ),
    (
        "replace_network_acl_entry",
        ["acl-1", 100, "6", "allow", "0.0.0.0/0"],
        {"egress": "false", "port_range_from": 80, "port_range_to": 80},
    ),
    ("delete_network_acl_entry", ["acl-1", 100], {}),
    ("delete_network_acl_entry", ["acl-1", 100, False], {}),
    ("get_all_internet_gateways", [["igw-1"]], {"dry_run": True}),
    ("create_internet_gateway", [], {}),
    ("delete_internet_gateway", ["igw-1"], {}),
    ("attach_internet_gateway", ["igw-1", "vpc-1"], {}),
    ("detach_internet_gateway", ["igw-1", "vpc-1"], {"dry_run": True}),
    ("get_all_customer_gateways", [["cgw-1"]], {"filters": {"state": ["available", "pending"]}}),
    ("create_customer_gateway", ["ipsec.1", "203.0.113.12", 65534], {}),
    ("delete_customer_gateway", ["cgw-1"], {}),
    ("get_all_vpn_gateways", [["vgw-1"]], {}),
    ("create_vpn_gateway", ["ipsec.1"], {}),
    ("create_vpn_gateway", ["ipsec.1", "us-east-1a"], {"dry_run": True}),
    ("delete_vpn_gateway", ["vgw-1"], {}),
    ("attach_vpn_gateway", ["vgw-1", "vpc-1"], {}),
    ("detach_vpn_gateway", ["vgw-1", "vpc-1"], {}),
    ("get_all_subnets", [["subnet-1"]], {"filters": {"vpc_id": "vpc-1"}}),
    ("create_subnet", ["vpc-1", "10.0.1.0/24"], {}),
    ("create_subnet", ["vpc-1", "10.0.1.0/24", "us-east-1a"], {"dry_run": True}),
    ("delete_subnet", ["subnet-1"], {}),
    ("get_all_dhcp_options", [["dopt-1"]], {}),
    ("create_dhcp_options", [], {}),
    (
        "create_dhcp_options",
        ["example.com", ["10.2.5.1", "10.2.5.2"], "10.2.5.3", ["10.2.5.4"], 2],
        {"dry_run": True},
    ),
    ("create_dhcp_options", [None, None, ["10.2.5.3"]], {}),
    ("delete_dhcp_options", ["dopt-1"], {}),
    ("associate_dhcp_options", ["dopt-1", "vpc-1"], {}),
    ("get_all_vpn_connections", [["vpn-1"]], {"filters": {"tag:Name": "office"}}),
    ("create_vpn_connection", ["ipsec.1", "cgw-1", "vgw-1"], {}),
    ("create_vpn_connection", ["ipsec.1", "cgw-1", "vgw-1", True], {"dry_run": True}),
    ("create_vpn_connection", ["ipsec.1", "cgw-1", "vgw-1", "false"], {}),
    ("delete_vpn_connection", ["vpn-1"], {}),
    ("disable_vgw_route_propagation", ["rtb-1", "vgw-1"], {}),
    ("enable_vgw_route_propagation", ["rtb-1", "vgw-1"], {"dry_run": True}),
    ("create_vpn_connection_route", ["192.168.0.0/24", "vpn-1"], {}),
    ("delete_vpn_connection_route", ["192.168.0.0/24", "vpn-1"], {}),
    ("get_all_vpc_peering_connections", [["pcx-1"]], {"filters": [("status-code", "active")]}),
    ("create_vpc_peering_connection", ["vpc-1", "vpc-2"], {}),
    ("create_vpc_peering_connection", ["vpc-1", "vpc-2", "123456789012"], {"dry_run": True}),
    ("delete_vpc_peering_connection", ["pcx-1"], {}),
    ("reject_vpc_peering_connection", ["pcx-1"], {}),
    ("accept_vpc_peering_connection", ["pcx-1"], {}),
    ("get_all_classic_link_vpcs", [["vpc-1"]], {"filters": {"is-classic-link-enabled": "true"}}),
    ("attach_classic_link_vpc", ["vpc-1", "i-1", ["sg-1", "sg-2"]], {}),
    ("detach_classic_link_vpc", ["vpc-1", "i-1"], {}),
    ("disable_vpc_classic_link", ["vpc-1"], {}),
    ("enable_vpc_classic_link", ["vpc-1"], {"dry_run": True}),
]

BOTO2_SCRIPT = """
import json, sys
from boto.regioninfo import RegionInfo
from boto.vpc import VPCConnection
port, calls = int(sys.argv[1]), json.loads(sys.stdin.read())
region = RegionInfo(name="us-east-1", endpoint="127.0.0.1")
conn = VPCConnection("a", "b", region=region, port=port, is_secure=False)
for name, args, kwargs in calls:
    try:
        getattr(conn, name)(*args, **kwargs)
    except Exception as error:  # a result boto 2 cannot read from the canned answer
        print(name, repr(error), file=sys.stderr)
"""


def _requests(recorder: Recorder) -> list[tuple[str, dict[str, str]]]:
    return [
        (verb, {k: v for k, v in params.items() if k not in SIGNATURE_PARAMS})
        for verb, params in recorder.requests
    ]


def test_every_method_sends_what_boto_2_sent(boto2_python):
    recorder = Recorder()
    try:
        subprocess.run(
            [str(boto2_python), "-c", BOTO2_SCRIPT, str(recorder.server.server_address[1])],
            input=json.dumps(CALLS),
            text=True,
            check=True,
            timeout=60,
            env={"BOTO_CONFIG": "/dev/null", "PATH": "/usr/bin:/bin"},
        )
        theirs = _requests(recorder)
        recorder.requests.clear()
        conn = connect_vpc(recorder.url)
        for name, args, kwargs in CALLS:
            getattr(conn, name)(*args, **kwargs)
        ours = _requests(recorder)
    finally:
        recorder.close()
    assert len(theirs) == len(ours) == len(CALLS)
    for (name, args, kwargs), boto2, mine in zip(CALLS, theirs, ours, strict=True):
        assert mine == boto2, (name, args, kwargs)
