"""Elastic network interfaces: Create/Delete/Describe, Attach/Detach, attributes, secondary
private addresses; an instance's interfaces described like those of their own."""

from __future__ import annotations

import ipaddress

from compute_support import described, launch
from groups_support import expect_error


def _subnet(client, zone: str = "us-east-1a") -> dict:
    return client.describe_subnets(
        Filters=[
            {"Name": "availability-zone", "Values": [zone]},
            {"Name": "default-for-az", "Values": ["true"]},
        ]
    )["Subnets"][0]


def _free(client, subnet_id: str) -> int:
    (subnet,) = client.describe_subnets(SubnetIds=[subnet_id])["Subnets"]
    return subnet["AvailableIpAddressCount"]


def _eni(client, subnet_id: str, **kwargs) -> dict:
    return client.create_network_interface(SubnetId=subnet_id, **kwargs)["NetworkInterface"]


def test_create_describe_and_delete(ec2_client):
    subnet = _subnet(ec2_client)
    free = subnet["AvailableIpAddressCount"]
    eni = _eni(
        ec2_client,
        subnet["SubnetId"],
        Description="web",
        SecondaryPrivateIpAddressCount=2,
        TagSpecifications=[
            {"ResourceType": "network-interface", "Tags": [{"Key": "Name", "Value": "a"}]}
        ],
    )
    assert eni["NetworkInterfaceId"].startswith("eni-")
    assert eni["Status"] == "available" and "Attachment" not in eni
    assert eni["SubnetId"] == subnet["SubnetId"] and eni["VpcId"] == subnet["VpcId"]
    assert eni["AvailabilityZone"] == "us-east-1a"
    assert eni["Description"] == "web" and eni["InterfaceType"] == "interface"
    assert eni["RequesterManaged"] is False and eni["SourceDestCheck"] is True
    assert [g["GroupName"] for g in eni["Groups"]] == ["default"]
    assert eni["TagSet"] == [{"Key": "Name", "Value": "a"}]
    addresses = eni["PrivateIpAddresses"]
    assert [a["Primary"] for a in addresses] == [True, False, False]
    assert addresses[0]["PrivateIpAddress"] == eni["PrivateIpAddress"]
    assert len({a["PrivateIpAddress"] for a in addresses}) == 3
    assert _free(ec2_client, subnet["SubnetId"]) == free - 3
    (listed,) = ec2_client.describe_network_interfaces(
        NetworkInterfaceIds=[eni["NetworkInterfaceId"]]
    )["NetworkInterfaces"]
    assert listed == eni
    ec2_client.delete_network_interface(NetworkInterfaceId=eni["NetworkInterfaceId"])
    assert _free(ec2_client, subnet["SubnetId"]) == free
    expect_error(
        ec2_client.describe_network_interfaces,
        "InvalidNetworkInterfaceID.NotFound",
        NetworkInterfaceIds=[eni["NetworkInterfaceId"]],
    )


def test_create_with_given_addresses_and_groups(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]
    subnet = ec2_client.create_subnet(
        VpcId=vpc["VpcId"], CidrBlock="10.1.0.0/24", AvailabilityZone="us-east-1b"
    )["Subnet"]
    group = ec2_client.create_security_group(
        GroupName="web", Description="web", VpcId=vpc["VpcId"]
    )["GroupId"]
    eni = _eni(
        ec2_client,
        subnet["SubnetId"],
        Groups=[group],
        PrivateIpAddresses=[
            {"PrivateIpAddress": "10.1.0.10", "Primary": True},
            {"PrivateIpAddress": "10.1.0.11", "Primary": False},
        ],
    )
    assert eni["PrivateIpAddress"] == "10.1.0.10"
    assert [a["PrivateIpAddress"] for a in eni["PrivateIpAddresses"]] == [
        "10.1.0.10",
        "10.1.0.11",
    ]
    assert [g["GroupId"] for g in eni["Groups"]] == [group]
    assert _free(ec2_client, subnet["SubnetId"]) == 251 - 2
    second = _eni(ec2_client, subnet["SubnetId"], PrivateIpAddress="10.1.0.12")
    assert second["PrivateIpAddress"] == "10.1.0.12"
    third = _eni(ec2_client, subnet["SubnetId"])
    assert third["PrivateIpAddress"] not in ("10.1.0.10", "10.1.0.11", "10.1.0.12")
    expect_error(
        _eni,
        "InvalidIPAddress.InUse",
        client=ec2_client,
        subnet_id=subnet["SubnetId"],
        PrivateIpAddress="10.1.0.10",
    )
    expect_error(
        _eni,
        "InvalidParameterValue",
        client=ec2_client,
        subnet_id=subnet["SubnetId"],
        PrivateIpAddress="10.2.0.10",
    )
    default_group = ec2_client.describe_security_groups(
        Filters=[
            {"Name": "group-name", "Values": ["default"]},
            {"Name": "vpc-id", "Values": [_subnet(ec2_client)["VpcId"]]},
        ]
    )["SecurityGroups"][0]["GroupId"]
    expect_error(
        _eni,
        "InvalidParameter",
        client=ec2_client,
        subnet_id=subnet["SubnetId"],
        Groups=[default_group],
    )
    expect_error(
        _eni,
        "InvalidGroup.NotFound",
        client=ec2_client,
        subnet_id=subnet["SubnetId"],
        Groups=["sg-12345678"],
    )
    assert _free(ec2_client, subnet["SubnetId"]) == 251 - 4  # the refusals took none
    assert len(ec2_client.describe_network_interfaces()["NetworkInterfaces"]) == 3


def test_create_errors_change_nothing(ec2_client):
    subnet = _subnet(ec2_client)
    before = ec2_client.describe_network_interfaces()["NetworkInterfaces"]
    expect_error(
        ec2_client.create_network_interface, "InvalidSubnetID.NotFound", SubnetId="subnet-12345678"
    )
    expect_error(ec2_client.create_network_interface, "InvalidSubnetID.Malformed", SubnetId="x")
    expect_error(
        ec2_client.create_network_interface,
        "InvalidParameterCombination",
        SubnetId=subnet["SubnetId"],
        SecondaryPrivateIpAddressCount=1,
        PrivateIpAddresses=[{"PrivateIpAddress": "172.31.0.50", "Primary": False}],
    )
    expect_error(
        ec2_client.create_network_interface,
        "InvalidParameterValue",
        SubnetId=subnet["SubnetId"],
        TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "a", "Value": "b"}]}],
    )
    expect_error(
        ec2_client.create_network_interface,
        "DryRunOperation",
        412,
        SubnetId=subnet["SubnetId"],
        DryRun=True,
    )
    assert ec2_client.describe_network_interfaces()["NetworkInterfaces"] == before
    assert _free(ec2_client, subnet["SubnetId"]) == subnet["AvailableIpAddressCount"]


def test_instance_interfaces_are_described_too(ec2_client):
    (instance,) = launch(ec2_client)
    (primary,) = instance["NetworkInterfaces"]
    (eni,) = ec2_client.describe_network_interfaces(
        Filters=[{"Name": "attachment.instance-id", "Values": [instance["InstanceId"]]}]
    )["NetworkInterfaces"]
    assert eni["NetworkInterfaceId"] == primary["NetworkInterfaceId"]
    assert eni["Status"] == "in-use" and eni["InterfaceType"] == "interface"
    assert eni["Attachment"]["DeviceIndex"] == 0
    assert eni["Attachment"]["InstanceId"] == instance["InstanceId"]
    assert eni["Attachment"]["Status"] == "attached"
    assert eni["Attachment"]["DeleteOnTermination"] is True
    assert eni["PrivateIpAddress"] == instance["PrivateIpAddress"]
    assert eni["Association"]["PublicIp"] == described(ec2_client)[0]["PublicIpAddress"]
    assert eni["MacAddress"] == primary["MacAddress"]
    assert eni["AvailabilityZone"] == instance["Placement"]["AvailabilityZone"]
    expect_error(
        ec2_client.delete_network_interface,
        "InvalidNetworkInterface.InUse",
        NetworkInterfaceId=eni["NetworkInterfaceId"],
    )
    expect_error(
        ec2_client.detach_network_interface,
        "OperationNotPermitted",
        AttachmentId=eni["Attachment"]["AttachmentId"],
    )
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"]])
    assert (
        ec2_client.describe_network_interfaces(
            Filters=[{"Name": "attachment.instance-id", "Values": [instance["InstanceId"]]}]
        )["NetworkInterfaces"]
        == []
    )


def test_attach_detach_and_termination(ec2_client):
    subnet = _subnet(ec2_client)
    (instance,) = launch(ec2_client, SubnetId=subnet["SubnetId"], InstanceType="t3.xlarge")
    instance_id = instance["InstanceId"]
    eni = _eni(ec2_client, subnet["SubnetId"])
    eni_id = eni["NetworkInterfaceId"]
    attachment_id = ec2_client.attach_network_interface(
        NetworkInterfaceId=eni_id, InstanceId=instance_id, DeviceIndex=1
    )["AttachmentId"]
    assert attachment_id.startswith("eni-attach-")
    (attached,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert attached["Status"] == "in-use"
    assert attached["Attachment"]["InstanceId"] == instance_id
    assert attached["Attachment"]["DeviceIndex"] == 1
    (shown,) = described(ec2_client, InstanceIds=[instance_id])
    assert [i["NetworkInterfaceId"] for i in shown["NetworkInterfaces"]] == [
        instance["NetworkInterfaces"][0]["NetworkInterfaceId"],
        eni_id,
    ]
    assert shown["NetworkInterfaces"][1]["Attachment"]["AttachmentId"] == attachment_id
    # refusals: attached already, device index taken, other zone, in use
    other = _eni(ec2_client, subnet["SubnetId"])
    expect_error(
        ec2_client.attach_network_interface,
        "InvalidNetworkInterface.InUse",
        NetworkInterfaceId=eni_id,
        InstanceId=instance_id,
        DeviceIndex=2,
    )
    expect_error(
        ec2_client.attach_network_interface,
        "InvalidParameterValue",
        NetworkInterfaceId=other["NetworkInterfaceId"],
        InstanceId=instance_id,
        DeviceIndex=1,
    )
    far = _eni(ec2_client, _subnet(ec2_client, "us-east-1b")["SubnetId"])
    expect_error(
        ec2_client.attach_network_interface,
        "InvalidParameterCombination",
        NetworkInterfaceId=far["NetworkInterfaceId"],
        InstanceId=instance_id,
        DeviceIndex=2,
    )
    expect_error(
        ec2_client.attach_network_interface,
        "InvalidInstanceID.NotFound",
        NetworkInterfaceId=other["NetworkInterfaceId"],
        InstanceId="i-12345678901234567",
        DeviceIndex=2,
    )
    expect_error(
        ec2_client.delete_network_interface,
        "InvalidNetworkInterface.InUse",
        NetworkInterfaceId=eni_id,
    )
    # detach, then attach again; termination detaches an interface it does not delete
    ec2_client.detach_network_interface(AttachmentId=attachment_id)
    (back,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert back["Status"] == "available" and "Attachment" not in back
    assert len(described(ec2_client, InstanceIds=[instance_id])[0]["NetworkInterfaces"]) == 1
    expect_error(
        ec2_client.detach_network_interface,
        "InvalidAttachmentID.NotFound",
        AttachmentId=attachment_id,
    )
    ec2_client.attach_network_interface(
        NetworkInterfaceId=eni_id, InstanceId=instance_id, DeviceIndex=1
    )
    other_attachment = ec2_client.attach_network_interface(
        NetworkInterfaceId=other["NetworkInterfaceId"], InstanceId=instance_id, DeviceIndex=2
    )["AttachmentId"]
    ec2_client.modify_network_interface_attribute(
        NetworkInterfaceId=other["NetworkInterfaceId"],
        Attachment={"AttachmentId": other_attachment, "DeleteOnTermination": True},
    )
    free = _free(ec2_client, subnet["SubnetId"])
    ec2_client.terminate_instances(InstanceIds=[instance_id])
    (kept,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert kept["Status"] == "available" and "Attachment" not in kept
    expect_error(
        ec2_client.describe_network_interfaces,
        "InvalidNetworkInterfaceID.NotFound",
        NetworkInterfaceIds=[other["NetworkInterfaceId"]],
    )
    assert _free(ec2_client, subnet["SubnetId"]) == free + 2  # the instance's and `other`'s
    ec2_client.delete_network_interface(NetworkInterfaceId=eni_id)


def test_attributes(ec2_client):
    subnet = _subnet(ec2_client)
    eni_id = _eni(ec2_client, subnet["SubnetId"], Description="one")["NetworkInterfaceId"]

    def attribute(name: str) -> dict:
        return ec2_client.describe_network_interface_attribute(
            NetworkInterfaceId=eni_id, Attribute=name
        )

    assert attribute("description")["Description"] == {"Value": "one"}
    assert attribute("sourceDestCheck")["SourceDestCheck"] == {"Value": True}
    assert [g["GroupName"] for g in attribute("groupSet")["Groups"]] == ["default"]
    assert "Attachment" not in attribute("attachment")
    ec2_client.modify_network_interface_attribute(
        NetworkInterfaceId=eni_id, Description={"Value": "two"}
    )
    ec2_client.modify_network_interface_attribute(
        NetworkInterfaceId=eni_id, SourceDestCheck={"Value": False}
    )
    group = ec2_client.create_security_group(GroupName="g", Description="g", VpcId=subnet["VpcId"])[
        "GroupId"
    ]
    ec2_client.modify_network_interface_attribute(NetworkInterfaceId=eni_id, Groups=[group])
    (eni,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert eni["Description"] == "two" and eni["SourceDestCheck"] is False
    assert [g["GroupId"] for g in eni["Groups"]] == [group]
    ec2_client.reset_network_interface_attribute(
        NetworkInterfaceId=eni_id, SourceDestCheck="sourceDestCheck"
    )
    assert attribute("sourceDestCheck")["SourceDestCheck"] == {"Value": True}
    # errors change nothing
    expect_error(
        ec2_client.modify_network_interface_attribute,
        "InvalidParameterCombination",
        NetworkInterfaceId=eni_id,
        Description={"Value": "three"},
        SourceDestCheck={"Value": False},
    )
    expect_error(
        ec2_client.modify_network_interface_attribute,
        "InvalidGroup.NotFound",
        NetworkInterfaceId=eni_id,
        Groups=["sg-12345678"],
    )
    expect_error(
        ec2_client.modify_network_interface_attribute,
        "InvalidAttachmentID.NotFound",
        NetworkInterfaceId=eni_id,
        Attachment={"AttachmentId": "eni-attach-12345678", "DeleteOnTermination": True},
    )
    expect_error(
        ec2_client.describe_network_interface_attribute,
        "InvalidNetworkInterfaceID.Malformed",
        NetworkInterfaceId="nope",
        Attribute="description",
    )
    (after,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert after["Description"] == "two" and [g["GroupId"] for g in after["Groups"]] == [group]


def test_primary_interface_attributes_follow_the_instance(ec2_client):
    (instance,) = launch(ec2_client)
    eni_id = instance["NetworkInterfaces"][0]["NetworkInterfaceId"]
    ec2_client.modify_network_interface_attribute(
        NetworkInterfaceId=eni_id, SourceDestCheck={"Value": False}
    )
    (shown,) = described(ec2_client, InstanceIds=[instance["InstanceId"]])
    assert shown["SourceDestCheck"] is False
    assert shown["NetworkInterfaces"][0]["SourceDestCheck"] is False


def test_secondary_private_addresses(ec2_client):
    subnet = _subnet(ec2_client)
    free = subnet["AvailableIpAddressCount"]
    eni = _eni(ec2_client, subnet["SubnetId"])
    eni_id = eni["NetworkInterfaceId"]
    assigned = ec2_client.assign_private_ip_addresses(
        NetworkInterfaceId=eni_id, SecondaryPrivateIpAddressCount=2
    )["AssignedPrivateIpAddresses"]
    assert len(assigned) == 2
    ec2_client.assign_private_ip_addresses(
        NetworkInterfaceId=eni_id, PrivateIpAddresses=["172.31.0.200"]
    )
    (now,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    held = [a["PrivateIpAddress"] for a in now["PrivateIpAddresses"]]
    assert held == [
        eni["PrivateIpAddress"],
        *[a["PrivateIpAddress"] for a in assigned],
        "172.31.0.200",
    ]
    assert _free(ec2_client, subnet["SubnetId"]) == free - 4
    other = _eni(ec2_client, subnet["SubnetId"])["NetworkInterfaceId"]
    expect_error(
        ec2_client.assign_private_ip_addresses,
        "InvalidIPAddress.InUse",
        NetworkInterfaceId=other,
        PrivateIpAddresses=["172.31.0.200"],
    )
    ec2_client.assign_private_ip_addresses(
        NetworkInterfaceId=other, PrivateIpAddresses=["172.31.0.200"], AllowReassignment=True
    )
    (moved_from,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert "172.31.0.200" not in [a["PrivateIpAddress"] for a in moved_from["PrivateIpAddresses"]]
    expect_error(
        ec2_client.unassign_private_ip_addresses,
        "InvalidParameterValue",
        NetworkInterfaceId=eni_id,
        PrivateIpAddresses=[eni["PrivateIpAddress"]],
    )
    ec2_client.unassign_private_ip_addresses(
        NetworkInterfaceId=eni_id, PrivateIpAddresses=[a["PrivateIpAddress"] for a in assigned]
    )
    (after,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert [a["PrivateIpAddress"] for a in after["PrivateIpAddresses"]] == [eni["PrivateIpAddress"]]
    assert _free(ec2_client, subnet["SubnetId"]) == free - 3
    expect_error(
        ec2_client.assign_private_ip_addresses,
        "InvalidParameterCombination",
        NetworkInterfaceId=eni_id,
        PrivateIpAddresses=["172.31.0.201"],
        SecondaryPrivateIpAddressCount=1,
    )
    assert _free(ec2_client, subnet["SubnetId"]) == free - 3


def test_instance_type_limits_secondary_addresses(ec2_client):
    (instance,) = launch(ec2_client)  # t3.micro: 2 interfaces, 2 addresses each
    eni_id = instance["NetworkInterfaces"][0]["NetworkInterfaceId"]
    expect_error(
        ec2_client.assign_private_ip_addresses,
        "PrivateIpAddressLimitExceeded",
        NetworkInterfaceId=eni_id,
        SecondaryPrivateIpAddressCount=30,
    )
    ec2_client.assign_private_ip_addresses(
        NetworkInterfaceId=eni_id, SecondaryPrivateIpAddressCount=1
    )
    (shown,) = described(ec2_client, InstanceIds=[instance["InstanceId"]])
    assert len(shown["NetworkInterfaces"][0]["PrivateIpAddresses"]) == 2


def test_filters_and_paging(ec2_client):
    subnet = _subnet(ec2_client)
    a = _eni(ec2_client, subnet["SubnetId"], Description="a")
    _eni(ec2_client, _subnet(ec2_client, "us-east-1b")["SubnetId"], Description="b")

    def ids(*filters: tuple[str, str]) -> list[str]:
        return [
            i["NetworkInterfaceId"]
            for i in ec2_client.describe_network_interfaces(
                Filters=[{"Name": n, "Values": [v]} for n, v in filters]
            )["NetworkInterfaces"]
        ]

    assert ids(("description", "a")) == [a["NetworkInterfaceId"]]
    assert ids(("availability-zone", "us-east-1a"), ("status", "available")) == [
        a["NetworkInterfaceId"]
    ]
    assert ids(("private-ip-address", a["PrivateIpAddress"])) == [a["NetworkInterfaceId"]]
    assert ids(("addresses.private-ip-address", a["PrivateIpAddress"])) == [a["NetworkInterfaceId"]]
    assert ids(("group-name", "default"), ("subnet-id", subnet["SubnetId"])) == [
        a["NetworkInterfaceId"]
    ]
    assert ids(("requester-managed", "true")) == []
    expect_error(
        ec2_client.describe_network_interfaces,
        "InvalidParameterValue",
        Filters=[{"Name": "nope", "Values": ["x"]}],
    )
    page = ec2_client.describe_network_interfaces(MaxResults=5)
    assert len(page["NetworkInterfaces"]) == 2 and "NextToken" not in page


def test_tags_on_interfaces(ec2_client):
    eni_id = _eni(ec2_client, _subnet(ec2_client)["SubnetId"])["NetworkInterfaceId"]
    ec2_client.create_tags(Resources=[eni_id], Tags=[{"Key": "k", "Value": "v"}])
    (eni,) = ec2_client.describe_network_interfaces(Filters=[{"Name": "tag:k", "Values": ["v"]}])[
        "NetworkInterfaces"
    ]
    assert eni["TagSet"] == [{"Key": "k", "Value": "v"}]
    tags = ec2_client.describe_tags(Filters=[{"Name": "resource-id", "Values": [eni_id]}])["Tags"]
    assert tags == [
        {"Key": "k", "Value": "v", "ResourceId": eni_id, "ResourceType": "network-interface"}
    ]


def test_interfaces_keep_their_subnet_and_vpc(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.3.0.0/16")["Vpc"]
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.3.0.0/24")["Subnet"]
    eni_id = _eni(ec2_client, subnet["SubnetId"])["NetworkInterfaceId"]
    expect_error(ec2_client.delete_subnet, "DependencyViolation", SubnetId=subnet["SubnetId"])
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc["VpcId"])
    ec2_client.delete_network_interface(NetworkInterfaceId=eni_id)
    ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])
    ec2_client.delete_vpc(VpcId=vpc["VpcId"])


def test_unknown_and_malformed_ids(ec2_client):
    expect_error(
        ec2_client.delete_network_interface,
        "InvalidNetworkInterfaceID.NotFound",
        NetworkInterfaceId="eni-12345678",
    )
    expect_error(
        ec2_client.delete_network_interface,
        "InvalidNetworkInterfaceID.Malformed",
        NetworkInterfaceId="nic-1",
    )
    expect_error(
        ec2_client.detach_network_interface,
        "InvalidAttachmentID.NotFound",
        AttachmentId="eni-attach-12345678",
    )


def test_cli(aws_cli):
    subnet_id = aws_cli("describe-subnets")["Subnets"][0]["SubnetId"]
    eni = aws_cli("create-network-interface", "--subnet-id", subnet_id, "--description", "cli")[
        "NetworkInterface"
    ]
    listed = aws_cli(
        "describe-network-interfaces", "--network-interface-ids", eni["NetworkInterfaceId"]
    )["NetworkInterfaces"]
    assert listed[0]["Description"] == "cli"
    aws_cli("delete-network-interface", "--network-interface-id", eni["NetworkInterfaceId"])
    error = aws_cli(
        "delete-network-interface",
        "--network-interface-id",
        eni["NetworkInterfaceId"],
        expect_error=True,
    )
    assert "InvalidNetworkInterfaceID.NotFound" in error


def test_elastic_ip_on_an_interface(ec2_client):
    subnet = _subnet(ec2_client)
    eni = _eni(ec2_client, subnet["SubnetId"], SecondaryPrivateIpAddressCount=1)
    eni_id = eni["NetworkInterfaceId"]
    secondary = eni["PrivateIpAddresses"][1]["PrivateIpAddress"]
    address = ec2_client.allocate_address(Domain="vpc")
    association_id = ec2_client.associate_address(
        AllocationId=address["AllocationId"], NetworkInterfaceId=eni_id
    )["AssociationId"]
    (shown,) = ec2_client.describe_addresses(AllocationIds=[address["AllocationId"]])["Addresses"]
    assert shown["NetworkInterfaceId"] == eni_id and "InstanceId" not in shown
    assert shown["PrivateIpAddress"] == eni["PrivateIpAddress"]
    (now,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert now["Association"]["PublicIp"] == address["PublicIp"]
    assert now["Association"]["AllocationId"] == address["AllocationId"]
    assert now["Association"]["AssociationId"] == association_id
    assert now["PrivateIpAddresses"][0]["Association"]["PublicIp"] == address["PublicIp"]
    found = ec2_client.describe_network_interfaces(
        Filters=[{"Name": "association.public-ip", "Values": [address["PublicIp"]]}]
    )["NetworkInterfaces"]
    assert [i["NetworkInterfaceId"] for i in found] == [eni_id]
    # to the secondary address: needs AllowReassociation, then moves
    expect_error(
        ec2_client.associate_address,
        "Resource.AlreadyAssociated",
        AllocationId=address["AllocationId"],
        NetworkInterfaceId=eni_id,
        PrivateIpAddress=secondary,
    )
    expect_error(
        ec2_client.associate_address,
        "InvalidParameterValue",
        AllocationId=address["AllocationId"],
        NetworkInterfaceId=eni_id,
        PrivateIpAddress="172.31.99.99",
        AllowReassociation=True,
    )
    ec2_client.associate_address(
        AllocationId=address["AllocationId"],
        NetworkInterfaceId=eni_id,
        PrivateIpAddress=secondary,
        AllowReassociation=True,
    )
    (now,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert "Association" not in now
    assert now["PrivateIpAddresses"][1]["Association"]["PublicIp"] == address["PublicIp"]
    # it follows the interface to an instance and back
    (instance,) = launch(ec2_client, SubnetId=subnet["SubnetId"])
    attachment_id = ec2_client.attach_network_interface(
        NetworkInterfaceId=eni_id, InstanceId=instance["InstanceId"], DeviceIndex=1
    )["AttachmentId"]
    (shown,) = ec2_client.describe_addresses(AllocationIds=[address["AllocationId"]])["Addresses"]
    assert shown["NetworkInterfaceId"] == eni_id
    (on_instance,) = described(ec2_client, InstanceIds=[instance["InstanceId"]])
    second = on_instance["NetworkInterfaces"][1]
    assert second["PrivateIpAddresses"][1]["Association"]["PublicIp"] == address["PublicIp"]
    ec2_client.detach_network_interface(AttachmentId=attachment_id)
    # disassociating clears the interface; deleting an interface disassociates its address
    ec2_client.disassociate_address(PublicIp=address["PublicIp"])
    (now,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert all("Association" not in p for p in now["PrivateIpAddresses"])
    ec2_client.associate_address(AllocationId=address["AllocationId"], NetworkInterfaceId=eni_id)
    ec2_client.delete_network_interface(NetworkInterfaceId=eni_id)
    (shown,) = ec2_client.describe_addresses(AllocationIds=[address["AllocationId"]])["Addresses"]
    assert "AssociationId" not in shown and "NetworkInterfaceId" not in shown
    ec2_client.release_address(AllocationId=address["AllocationId"])


def test_run_instances_with_several_interfaces(ec2_client):
    subnet = _subnet(ec2_client)
    free = subnet["AvailableIpAddressCount"]
    own = _eni(ec2_client, subnet["SubnetId"])
    (instance,) = launch(
        ec2_client,
        NetworkInterfaces=[
            {
                "DeviceIndex": 0,
                "SubnetId": subnet["SubnetId"],
                "SecondaryPrivateIpAddressCount": 1,
            },
            {"DeviceIndex": 1, "SubnetId": subnet["SubnetId"], "Description": "second"},
            {"DeviceIndex": 2, "NetworkInterfaceId": own["NetworkInterfaceId"]},
        ],
        InstanceType="t3.xlarge",
    )
    instance_id = instance["InstanceId"]
    entries = instance["NetworkInterfaces"]
    assert [e["Attachment"]["DeviceIndex"] for e in entries] == [0, 1, 2]
    assert len(entries[0]["PrivateIpAddresses"]) == 2
    assert entries[1]["Description"] == "second"
    assert entries[2]["NetworkInterfaceId"] == own["NetworkInterfaceId"]
    assert [e["Attachment"]["DeleteOnTermination"] for e in entries] == [True, True, False]
    assert _free(ec2_client, subnet["SubnetId"]) == free - 1 - 2 - 1  # own, primary+1, second
    listed = ec2_client.describe_network_interfaces(
        Filters=[{"Name": "attachment.instance-id", "Values": [instance_id]}]
    )["NetworkInterfaces"]
    assert sorted(i["Attachment"]["DeviceIndex"] for i in listed) == [0, 1, 2]
    assert {i["NetworkInterfaceId"] for i in listed} == {e["NetworkInterfaceId"] for e in entries}
    (shown,) = described(ec2_client, InstanceIds=[instance_id])
    assert [e["NetworkInterfaceId"] for e in shown["NetworkInterfaces"]] == [
        e["NetworkInterfaceId"] for e in entries
    ]
    ec2_client.terminate_instances(InstanceIds=[instance_id])
    (kept,) = ec2_client.describe_network_interfaces()["NetworkInterfaces"]
    assert kept["NetworkInterfaceId"] == own["NetworkInterfaceId"]
    assert kept["Status"] == "available"
    assert _free(ec2_client, subnet["SubnetId"]) == free - 1


def test_run_instances_on_an_existing_interface(ec2_client):
    subnet = _subnet(ec2_client)
    own = _eni(ec2_client, subnet["SubnetId"])
    (instance,) = launch(
        ec2_client,
        NetworkInterfaces=[{"DeviceIndex": 0, "NetworkInterfaceId": own["NetworkInterfaceId"]}],
    )
    assert instance["PrivateIpAddress"] == own["PrivateIpAddress"]
    assert instance["SubnetId"] == subnet["SubnetId"]
    assert instance["NetworkInterfaces"][0]["NetworkInterfaceId"] == own["NetworkInterfaceId"]
    (eni,) = ec2_client.describe_network_interfaces(
        NetworkInterfaceIds=[own["NetworkInterfaceId"]]
    )["NetworkInterfaces"]
    assert eni["Status"] == "in-use" and eni["Attachment"]["InstanceId"] == instance["InstanceId"]
    expect_error(
        ec2_client.detach_network_interface,
        "OperationNotPermitted",
        AttachmentId=eni["Attachment"]["AttachmentId"],
    )
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"]])
    (eni,) = ec2_client.describe_network_interfaces(
        NetworkInterfaceIds=[own["NetworkInterfaceId"]]
    )["NetworkInterfaces"]
    assert eni["Status"] == "available"


def test_run_instances_interface_refusals_change_nothing(ec2_client):
    subnet = _subnet(ec2_client)
    own = _eni(ec2_client, subnet["SubnetId"])
    before = ec2_client.describe_network_interfaces()["NetworkInterfaces"]
    free = _free(ec2_client, subnet["SubnetId"])
    refusals = [
        (
            "InvalidParameterCombination",
            [
                {
                    "DeviceIndex": 0,
                    "SubnetId": subnet["SubnetId"],
                    "AssociatePublicIpAddress": True,
                },
                {"DeviceIndex": 1, "SubnetId": subnet["SubnetId"]},
            ],
        ),
        (
            "InvalidParameterValue",
            [
                {"DeviceIndex": 0, "SubnetId": subnet["SubnetId"]},
                {"DeviceIndex": 0, "SubnetId": subnet["SubnetId"]},
            ],
        ),
        (
            "InvalidNetworkInterfaceID.NotFound",
            [{"DeviceIndex": 0, "NetworkInterfaceId": "eni-12345678"}],
        ),
        (
            "InvalidParameterCombination",
            [
                {
                    "DeviceIndex": 0,
                    "NetworkInterfaceId": own["NetworkInterfaceId"],
                    "SubnetId": subnet["SubnetId"],
                }
            ],
        ),
        (
            "InvalidParameterCombination",
            [
                {"DeviceIndex": 0, "SubnetId": subnet["SubnetId"]},
                {"DeviceIndex": 1, "SubnetId": _subnet(ec2_client, "us-east-1b")["SubnetId"]},
            ],
        ),
    ]
    for code, interfaces in refusals:
        expect_error(launch, code, client=ec2_client, NetworkInterfaces=interfaces)
    expect_error(
        launch,
        "InvalidParameterCombination",
        client=ec2_client,
        count=2,
        NetworkInterfaces=[{"DeviceIndex": 0, "NetworkInterfaceId": own["NetworkInterfaceId"]}],
    )
    assert ec2_client.describe_network_interfaces()["NetworkInterfaces"] == before
    assert _free(ec2_client, subnet["SubnetId"]) == free
    assert described(ec2_client) == []


def _ipv6_subnet(client) -> dict:
    vpc_id = client.create_vpc(CidrBlock="10.6.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"][
        "VpcId"
    ]
    (vpc,) = client.describe_vpcs(VpcIds=[vpc_id])["Vpcs"]
    block = vpc["Ipv6CidrBlockAssociationSet"][0]["Ipv6CidrBlock"]
    subnet_block = block.replace("/56", "/64")
    return client.create_subnet(VpcId=vpc_id, CidrBlock="10.6.0.0/24", Ipv6CidrBlock=subnet_block)[
        "Subnet"
    ]


def test_ipv6_addresses(ec2_client):
    subnet = _ipv6_subnet(ec2_client)
    block = ipaddress.IPv6Network(subnet["Ipv6CidrBlockAssociationSet"][0]["Ipv6CidrBlock"])
    eni_id = _eni(ec2_client, subnet["SubnetId"])["NetworkInterfaceId"]
    assigned = ec2_client.assign_ipv6_addresses(NetworkInterfaceId=eni_id, Ipv6AddressCount=2)[
        "AssignedIpv6Addresses"
    ]
    assert len(set(assigned)) == 2
    assert all(ipaddress.IPv6Address(a) in block for a in assigned)
    chosen = str(block.network_address + 0x10)
    ec2_client.assign_ipv6_addresses(NetworkInterfaceId=eni_id, Ipv6Addresses=[chosen])
    (eni,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert [a["Ipv6Address"] for a in eni["Ipv6Addresses"]] == [*assigned, chosen]
    found = ec2_client.describe_network_interfaces(
        Filters=[{"Name": "ipv6-addresses.ipv6-address", "Values": [chosen]}]
    )["NetworkInterfaces"]
    assert [i["NetworkInterfaceId"] for i in found] == [eni_id]
    other = _eni(ec2_client, subnet["SubnetId"])["NetworkInterfaceId"]
    for code, kwargs in [
        ("InvalidIPAddress.InUse", {"Ipv6Addresses": [chosen]}),
        ("InvalidParameterValue", {"Ipv6Addresses": ["2001:db8::1"]}),
        ("InvalidParameterCombination", {"Ipv6Addresses": [chosen], "Ipv6AddressCount": 1}),
    ]:
        expect_error(ec2_client.assign_ipv6_addresses, code, NetworkInterfaceId=other, **kwargs)
    expect_error(
        ec2_client.unassign_ipv6_addresses,
        "InvalidParameterValue",
        NetworkInterfaceId=other,
        Ipv6Addresses=[chosen],
    )
    removed = ec2_client.unassign_ipv6_addresses(NetworkInterfaceId=eni_id, Ipv6Addresses=[chosen])[
        "UnassignedIpv6Addresses"
    ]
    assert removed == [chosen]
    (eni,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[eni_id])[
        "NetworkInterfaces"
    ]
    assert [a["Ipv6Address"] for a in eni["Ipv6Addresses"]] == assigned
    (untouched,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[other])[
        "NetworkInterfaces"
    ]
    assert untouched["Ipv6Addresses"] == []


def test_ipv6_needs_a_subnet_with_an_ipv6_block(ec2_client):
    eni_id = _eni(ec2_client, _subnet(ec2_client)["SubnetId"])["NetworkInterfaceId"]
    expect_error(
        ec2_client.assign_ipv6_addresses,
        "InvalidParameterValue",
        NetworkInterfaceId=eni_id,
        Ipv6AddressCount=1,
    )
    expect_error(
        ec2_client.assign_ipv6_addresses,
        "InvalidNetworkInterfaceID.NotFound",
        NetworkInterfaceId="eni-12345678",
        Ipv6AddressCount=1,
    )


def test_attachment_limit_of_the_instance_type(ec2_client):
    subnet = _subnet(ec2_client)
    (instance,) = launch(ec2_client, SubnetId=subnet["SubnetId"])  # t3.micro: 2 interfaces
    first, second = (_eni(ec2_client, subnet["SubnetId"])["NetworkInterfaceId"] for _ in range(2))
    ec2_client.attach_network_interface(
        NetworkInterfaceId=first, InstanceId=instance["InstanceId"], DeviceIndex=1
    )
    expect_error(
        ec2_client.attach_network_interface,
        "AttachmentLimitExceeded",
        NetworkInterfaceId=second,
        InstanceId=instance["InstanceId"],
        DeviceIndex=2,
    )
    (eni,) = ec2_client.describe_network_interfaces(NetworkInterfaceIds=[second])[
        "NetworkInterfaces"
    ]
    assert eni["Status"] == "available"


def test_an_instance_interface_keeps_its_own_subnet(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.7.0.0/16")["Vpc"]
    home, other = (
        ec2_client.create_subnet(
            VpcId=vpc["VpcId"], CidrBlock=f"10.7.{i}.0/24", AvailabilityZone="us-east-1a"
        )["Subnet"]["SubnetId"]
        for i in (1, 2)
    )
    (instance,) = launch(
        ec2_client,
        NetworkInterfaces=[
            {"DeviceIndex": 0, "SubnetId": home},
            {"DeviceIndex": 1, "SubnetId": other},
        ],
    )
    expect_error(ec2_client.delete_subnet, "DependencyViolation", SubnetId=other)
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"]])
    ec2_client.delete_subnet(SubnetId=other)
    ec2_client.delete_subnet(SubnetId=home)


def test_a_launch_never_takes_an_interface_address(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.8.0.0/16")["Vpc"]
    subnet_id = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.8.0.0/28")["Subnet"][
        "SubnetId"
    ]
    taken = _eni(ec2_client, subnet_id, PrivateIpAddress="10.8.0.5")["PrivateIpAddress"]
    instances = launch(ec2_client, count=2, SubnetId=subnet_id)
    addresses = [i["PrivateIpAddress"] for i in instances]
    assert taken not in addresses and len(set(addresses)) == 2
    assert _free(ec2_client, subnet_id) == 16 - 5 - 3


def test_an_instance_elastic_ip_on_its_interface(ec2_client):
    (instance,) = launch(ec2_client)
    address = ec2_client.allocate_address(Domain="vpc")
    association_id = ec2_client.associate_address(
        AllocationId=address["AllocationId"], InstanceId=instance["InstanceId"]
    )["AssociationId"]
    (eni,) = ec2_client.describe_network_interfaces(
        Filters=[{"Name": "association.allocation-id", "Values": [address["AllocationId"]]}]
    )["NetworkInterfaces"]
    assert eni["NetworkInterfaceId"] == instance["NetworkInterfaces"][0]["NetworkInterfaceId"]
    assert eni["Association"]["PublicIp"] == address["PublicIp"]
    assert eni["Association"]["AssociationId"] == association_id
    assert eni["Association"]["IpOwnerId"] == eni["OwnerId"]
    (shown,) = described(ec2_client, InstanceIds=[instance["InstanceId"]])
    assert shown["PublicIpAddress"] == address["PublicIp"]


def test_create_with_ipv6_addresses(ec2_client):
    subnet = _ipv6_subnet(ec2_client)
    block = ipaddress.IPv6Network(subnet["Ipv6CidrBlockAssociationSet"][0]["Ipv6CidrBlock"])
    counted = _eni(ec2_client, subnet["SubnetId"], Ipv6AddressCount=2)
    assert len(counted["Ipv6Addresses"]) == 2
    chosen = str(block.network_address + 0x20)
    given = _eni(ec2_client, subnet["SubnetId"], Ipv6Addresses=[{"Ipv6Address": chosen}])
    assert [a["Ipv6Address"] for a in given["Ipv6Addresses"]] == [chosen]
    plain = _subnet(ec2_client)
    expect_error(
        _eni,
        "InvalidParameterValue",
        client=ec2_client,
        subnet_id=plain["SubnetId"],
        Ipv6AddressCount=1,
    )
    expect_error(
        _eni,
        "InvalidParameterValue",
        client=ec2_client,
        subnet_id=plain["SubnetId"],
        Ipv4PrefixCount=1,
    )
    assert _free(ec2_client, plain["SubnetId"]) == plain["AvailableIpAddressCount"]
    assert len(ec2_client.describe_network_interfaces()["NetworkInterfaces"]) == 2
