"""VPC peering connections: create, accept, reject, delete, describe, options; across regions."""

from __future__ import annotations

import boto3
import pytest
from groups_support import expect_error


def _vpc(client, cidr):
    return client.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]


def _describe(client, pcx_id):
    (connection,) = client.describe_vpc_peering_connections(VpcPeeringConnectionIds=[pcx_id])[
        "VpcPeeringConnections"
    ]
    return connection


@pytest.fixture
def west_client(localec2):
    return boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name="us-west-2",
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )


def test_create_accept_modify_delete(ec2_client):
    a, b = _vpc(ec2_client, "10.0.0.0/16"), _vpc(ec2_client, "10.1.0.0/16")
    created = ec2_client.create_vpc_peering_connection(
        VpcId=a,
        PeerVpcId=b,
        TagSpecifications=[
            {"ResourceType": "vpc-peering-connection", "Tags": [{"Key": "Name", "Value": "ab"}]}
        ],
    )["VpcPeeringConnection"]
    pcx = created["VpcPeeringConnectionId"]
    assert pcx.startswith("pcx-")
    assert created["Status"]["Code"] == "initiating-request"
    assert created["RequesterVpcInfo"]["CidrBlock"] == "10.0.0.0/16"
    assert "CidrBlock" not in created["AccepterVpcInfo"]
    assert created["AccepterVpcInfo"]["VpcId"] == b and "ExpirationTime" in created
    assert created["Tags"] == [{"Key": "Name", "Value": "ab"}]
    pending = _describe(ec2_client, pcx)
    assert pending["Status"]["Code"] == "pending-acceptance"
    assert pending["Status"]["Message"].startswith("Pending Acceptance by ")
    accepted = ec2_client.accept_vpc_peering_connection(VpcPeeringConnectionId=pcx)[
        "VpcPeeringConnection"
    ]
    assert accepted["Status"] == {"Code": "active", "Message": "Active"}
    assert accepted["AccepterVpcInfo"]["CidrBlock"] == "10.1.0.0/16"
    assert accepted["AccepterVpcInfo"]["PeeringOptions"]["AllowDnsResolutionFromRemoteVpc"] is False
    assert "ExpirationTime" not in accepted
    # an active connection keeps both VPCs
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=a)
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=b)
    options = ec2_client.modify_vpc_peering_connection_options(
        VpcPeeringConnectionId=pcx,
        RequesterPeeringConnectionOptions={"AllowDnsResolutionFromRemoteVpc": True},
    )
    assert options["RequesterPeeringConnectionOptions"]["AllowDnsResolutionFromRemoteVpc"] is True
    assert "AccepterPeeringConnectionOptions" not in options
    described = _describe(ec2_client, pcx)
    assert described["RequesterVpcInfo"]["PeeringOptions"]["AllowDnsResolutionFromRemoteVpc"]
    assert ec2_client.delete_vpc_peering_connection(VpcPeeringConnectionId=pcx)["Return"] is True
    deleted = _describe(ec2_client, pcx)  # still visible for a while
    assert deleted["Status"]["Code"] == "deleted"
    assert deleted["Status"]["Message"].startswith("Deleted by ")
    expect_error(
        ec2_client.delete_vpc_peering_connection,
        "InvalidStateTransition",
        VpcPeeringConnectionId=pcx,
    )
    ec2_client.delete_vpc(VpcId=a)
    ec2_client.delete_vpc(VpcId=b)


def test_reject_and_state_errors(ec2_client):
    a, b = _vpc(ec2_client, "10.0.0.0/16"), _vpc(ec2_client, "10.1.0.0/16")
    pcx = ec2_client.create_vpc_peering_connection(VpcId=a, PeerVpcId=b)["VpcPeeringConnection"][
        "VpcPeeringConnectionId"
    ]
    expect_error(
        ec2_client.modify_vpc_peering_connection_options,
        "OperationNotPermitted",
        VpcPeeringConnectionId=pcx,
        AccepterPeeringConnectionOptions={"AllowDnsResolutionFromRemoteVpc": True},
    )
    assert ec2_client.reject_vpc_peering_connection(VpcPeeringConnectionId=pcx)["Return"] is True
    rejected = _describe(ec2_client, pcx)
    assert rejected["Status"]["Code"] == "rejected"
    for call in (
        ec2_client.accept_vpc_peering_connection,
        ec2_client.reject_vpc_peering_connection,
        ec2_client.delete_vpc_peering_connection,
    ):
        expect_error(call, "InvalidStateTransition", VpcPeeringConnectionId=pcx)
    assert _describe(ec2_client, pcx) == rejected
    ec2_client.delete_vpc(VpcId=a)  # a rejected connection keeps nothing


def test_overlapping_blocks_fail(ec2_client):
    a, b = _vpc(ec2_client, "10.0.0.0/16"), _vpc(ec2_client, "10.0.128.0/17")
    pcx = ec2_client.create_vpc_peering_connection(VpcId=a, PeerVpcId=b)["VpcPeeringConnection"][
        "VpcPeeringConnectionId"
    ]
    failed = _describe(ec2_client, pcx)
    assert failed["Status"]["Code"] == "failed"
    assert "overlapping CIDR range" in failed["Status"]["Message"]
    expect_error(
        ec2_client.accept_vpc_peering_connection,
        "InvalidStateTransition",
        VpcPeeringConnectionId=pcx,
    )


def test_create_errors_change_nothing(ec2_client):
    a = _vpc(ec2_client, "10.0.0.0/16")
    b = _vpc(ec2_client, "10.1.0.0/16")
    expect_error(
        ec2_client.create_vpc_peering_connection,
        "InvalidVpcID.NotFound",
        VpcId="vpc-12345678",
        PeerVpcId=b,
    )
    expect_error(
        ec2_client.create_vpc_peering_connection,
        "InvalidVpcID.Malformed",
        VpcId=a,
        PeerVpcId="nope",
    )
    expect_error(
        ec2_client.create_vpc_peering_connection,
        "InvalidVpcID.NotFound",
        VpcId=a,
        PeerVpcId="vpc-12345678",
    )
    expect_error(ec2_client.create_vpc_peering_connection, "MissingParameter", VpcId=a)
    expect_error(
        ec2_client.create_vpc_peering_connection,
        "InvalidParameterValue",
        VpcId=a,
        PeerVpcId=b,
        PeerRegion="mars-north-1",
    )
    expect_error(
        ec2_client.create_vpc_peering_connection,
        "InvalidParameterValue",
        VpcId=a,
        PeerVpcId=b,
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}],
    )
    expect_error(
        ec2_client.create_vpc_peering_connection,
        "OperationNotPermitted",
        VpcId=a,
        PeerVpcId=b,
        PeerOwnerId="111122223333",
    )
    expect_error(
        ec2_client.create_vpc_peering_connection,
        "DryRunOperation",
        412,
        VpcId=a,
        PeerVpcId=b,
        DryRun=True,
    )
    assert ec2_client.describe_vpc_peering_connections()["VpcPeeringConnections"] == []


def test_describe_ids_filters_and_errors(ec2_client):
    a, b, c = (_vpc(ec2_client, f"10.{i}.0.0/16") for i in range(3))
    ab = ec2_client.create_vpc_peering_connection(VpcId=a, PeerVpcId=b)["VpcPeeringConnection"]
    ac = ec2_client.create_vpc_peering_connection(VpcId=a, PeerVpcId=c)["VpcPeeringConnection"]
    ec2_client.accept_vpc_peering_connection(VpcPeeringConnectionId=ac["VpcPeeringConnectionId"])

    def ids(*filters):
        found = ec2_client.describe_vpc_peering_connections(Filters=list(filters))
        return {p["VpcPeeringConnectionId"] for p in found["VpcPeeringConnections"]}

    assert ids({"Name": "status-code", "Values": ["active"]}) == {ac["VpcPeeringConnectionId"]}
    assert ids({"Name": "accepter-vpc-info.vpc-id", "Values": [b]}) == {
        ab["VpcPeeringConnectionId"]
    }
    assert len(ids({"Name": "requester-vpc-info.vpc-id", "Values": [a]})) == 2
    assert ids({"Name": "accepter-vpc-info.cidr-block", "Values": ["10.2.0.0/16"]}) == {
        ac["VpcPeeringConnectionId"]
    }
    ec2_client.create_tags(
        Resources=[ab["VpcPeeringConnectionId"]], Tags=[{"Key": "team", "Value": "x"}]
    )
    assert ids({"Name": "tag:team", "Values": ["x"]}) == {ab["VpcPeeringConnectionId"]}
    expect_error(
        ec2_client.describe_vpc_peering_connections,
        "InvalidVpcPeeringConnectionID.NotFound",
        VpcPeeringConnectionIds=["pcx-12345678"],
    )
    expect_error(
        ec2_client.describe_vpc_peering_connections,
        "InvalidVpcPeeringConnectionId.Malformed",
        VpcPeeringConnectionIds=["pcx"],
    )
    expect_error(
        ec2_client.accept_vpc_peering_connection,
        "InvalidVpcPeeringConnectionID.NotFound",
        VpcPeeringConnectionId="pcx-12345678",
    )
    expect_error(
        ec2_client.describe_vpc_peering_connections,
        "InvalidParameterValue",
        Filters=[{"Name": "bogus", "Values": ["x"]}],
    )


def test_peering_across_regions(ec2_client, west_client):
    east = _vpc(ec2_client, "10.0.0.0/16")
    west = _vpc(west_client, "10.50.0.0/16")
    created = ec2_client.create_vpc_peering_connection(
        VpcId=east, PeerVpcId=west, PeerRegion="us-west-2"
    )["VpcPeeringConnection"]
    pcx = created["VpcPeeringConnectionId"]
    assert created["AccepterVpcInfo"]["Region"] == "us-west-2"
    assert created["RequesterVpcInfo"]["Region"] == "us-east-1"
    assert _describe(west_client, pcx)["Status"]["Code"] == "pending-acceptance"
    expect_error(
        ec2_client.accept_vpc_peering_connection,
        "OperationNotPermitted",
        VpcPeeringConnectionId=pcx,
    )
    west_client.accept_vpc_peering_connection(VpcPeeringConnectionId=pcx)
    assert _describe(ec2_client, pcx)["Status"]["Code"] == "active"
    expect_error(west_client.delete_vpc, "DependencyViolation", VpcId=west)
    ec2_client.delete_vpc_peering_connection(VpcPeeringConnectionId=pcx)
    assert _describe(west_client, pcx)["Status"]["Code"] == "deleted"
    west_client.delete_vpc(VpcId=west)


def test_cli_peering(aws_cli):
    a = aws_cli("create-vpc", "--cidr-block", "10.7.0.0/16")["Vpc"]["VpcId"]
    b = aws_cli("create-vpc", "--cidr-block", "10.8.0.0/16")["Vpc"]["VpcId"]
    pcx = aws_cli("create-vpc-peering-connection", "--vpc-id", a, "--peer-vpc-id", b)[
        "VpcPeeringConnection"
    ]["VpcPeeringConnectionId"]
    accepted = aws_cli("accept-vpc-peering-connection", "--vpc-peering-connection-id", pcx)
    assert accepted["VpcPeeringConnection"]["Status"]["Code"] == "active"
    listed = aws_cli(
        "describe-vpc-peering-connections", "--filters", "Name=status-code,Values=active"
    )
    assert [p["VpcPeeringConnectionId"] for p in listed["VpcPeeringConnections"]] == [pcx]
    failed = aws_cli(
        "delete-vpc-peering-connection",
        "--vpc-peering-connection-id",
        "pcx-12345678",
        expect_error=True,
    )
    assert "InvalidVpcPeeringConnectionID.NotFound" in failed


# --- the state clock, in process (a request's time is the context's `now`) -------------------


@pytest.fixture
def at():
    """A context at a given time, on one in-memory transaction with two VPCs."""
    from localec2.ec2.context import Context
    from localec2.ec2.kinds import VPC
    from localec2.state.store import Store

    store = Store(None)
    with store.transaction("111122223333", "us-east-1") as tx:
        _two_vpcs(tx, VPC)
        yield lambda now: Context(tx, "test", now=now)


def _two_vpcs(tx, VPC):
    for vpc_id, cidr in (
        ("vpc-0000000000000000a", "10.0.0.0/16"),
        ("vpc-0000000000000000b", "10.1.0.0/16"),
    ):
        VPC.put(
            tx,
            {
                "VpcId": vpc_id,
                "OwnerId": "111122223333",
                "CidrBlock": cidr,
                "CidrBlockAssociationSet": [{"CidrBlock": cidr}],
                "Tags": [],
            },
        )


def test_an_unaccepted_request_expires_after_7_days_and_vanishes_2_days_later(at):
    from localec2.ec2.networking import peering

    created = peering.create(
        at(0), "vpc-0000000000000000a", "vpc-0000000000000000b", None, None, None
    )
    pcx = created["VpcPeeringConnectionId"]
    day = 86400
    assert created["ExpirationTime"] == "1970-01-08T00:00:00.000Z"
    assert peering.get(at(7 * day - 1), pcx)["Status"]["Code"] == "pending-acceptance"
    expired = peering.get(at(7 * day), pcx)
    assert expired["Status"]["Code"] == "expired" and "ExpirationTime" not in expired
    assert peering.described(at(9 * day - 1), None)
    assert peering.described(at(9 * day), None) == []


def test_deleted_and_rejected_stay_visible_for_a_while(at):
    from localec2.ec2.networking import peering

    a, b = "vpc-0000000000000000a", "vpc-0000000000000000b"
    deleted = peering.create(at(0), a, b, None, None, None)["VpcPeeringConnectionId"]
    rejected = peering.create(at(0), a, b, None, None, None)["VpcPeeringConnectionId"]
    peering.accept(at(10), deleted)
    peering.delete(at(20), deleted)
    peering.reject(at(20), rejected)
    hours = 3600
    visible = {p["VpcPeeringConnectionId"] for p in peering.described(at(20 + 2 * hours - 1), None)}
    assert visible == {deleted, rejected}
    visible = {p["VpcPeeringConnectionId"] for p in peering.described(at(20 + 2 * hours), None)}
    assert visible == {rejected}  # deleted: 2 hours; rejected: 2 days
    assert peering.described(at(20 + 48 * hours), None) == []
