"""An Elastic IP's reverse DNS attribute: Describe/Modify/ResetAddressAttribute (boto3 and the
AWS CLI), as Terraform's aws_eip reads it."""

from __future__ import annotations

from groups_support import expect_error


def _attributes(client, **kwargs) -> list[dict]:
    return client.describe_addresses_attribute(Attribute="domain-name", **kwargs)["Addresses"]


def test_set_describe_and_reset_the_reverse_dns_record(ec2_client):
    allocation = ec2_client.allocate_address(Domain="vpc")
    allocation_id, public_ip = allocation["AllocationId"], allocation["PublicIp"]
    assert _attributes(ec2_client, AllocationIds=[allocation_id]) == [
        {"AllocationId": allocation_id, "PublicIp": public_ip}
    ]
    changed = ec2_client.modify_address_attribute(
        AllocationId=allocation_id, DomainName="mail.example.com"
    )["Address"]
    assert changed["PtrRecordUpdate"] == {"Value": "mail.example.com.", "Status": "PENDING"}
    (described,) = _attributes(ec2_client, AllocationIds=[allocation_id])
    assert described["PtrRecord"] == "mail.example.com."
    reset = ec2_client.reset_address_attribute(AllocationId=allocation_id, Attribute="domain-name")[
        "Address"
    ]
    assert "PtrRecord" not in reset
    assert "PtrRecord" not in _attributes(ec2_client)[0]


def test_bad_requests_change_nothing(ec2_client):
    allocation_id = ec2_client.allocate_address(Domain="vpc")["AllocationId"]
    expect_error(
        ec2_client.describe_addresses_attribute,
        "InvalidAllocationID.Malformed",
        AllocationIds=["eipalloc-zz"],
        Attribute="domain-name",
    )
    expect_error(
        ec2_client.describe_addresses_attribute,
        "InvalidAllocationID.NotFound",
        AllocationIds=["eipalloc-0123456789abcdef0"],
        Attribute="domain-name",
    )
    expect_error(
        ec2_client.modify_address_attribute,
        "InvalidParameterValue",
        AllocationId=allocation_id,
        DomainName="not a name",
    )
    expect_error(
        ec2_client.modify_address_attribute,
        "InvalidAllocationID.NotFound",
        AllocationId="eipalloc-0123456789abcdef0",
        DomainName="mail.example.com",
    )
    assert "PtrRecord" not in _attributes(ec2_client, AllocationIds=[allocation_id])[0]


def test_aws_cli_describes_the_attribute(aws_cli, ec2_client):
    allocation_id = ec2_client.allocate_address(Domain="vpc")["AllocationId"]
    ec2_client.modify_address_attribute(AllocationId=allocation_id, DomainName="a.example.org")
    out = aws_cli(
        "describe-addresses-attribute",
        "--allocation-ids",
        allocation_id,
        "--attribute",
        "domain-name",
    )
    assert out["Addresses"][0]["PtrRecord"] == "a.example.org."
