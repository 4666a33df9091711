"""DescribeInstanceTypes: the catalog, filters and paging."""

from __future__ import annotations

from groups_support import expect_error


def test_named_instance_types(ec2_client):
    types = ec2_client.describe_instance_types(InstanceTypes=["t3.micro", "m1.small"])
    by_name = {t["InstanceType"]: t for t in types["InstanceTypes"]}
    assert by_name["t3.micro"]["VCpuInfo"]["DefaultVCpus"] == 2
    assert by_name["t3.micro"]["MemoryInfo"]["SizeInMiB"] == 1024
    assert by_name["t3.micro"]["ProcessorInfo"]["SupportedArchitectures"] == ["x86_64"]
    assert by_name["m1.small"]["ProcessorInfo"]["SupportedArchitectures"] == ["i386", "x86_64"]
    assert by_name["m1.small"]["CurrentGeneration"] is False


def test_catalog_has_current_families_and_tutorial_types(ec2_client):
    names = set()
    paginator = ec2_client.get_paginator("describe_instance_types")
    for page in paginator.paginate(PaginationConfig={"PageSize": 20}):
        assert len(page["InstanceTypes"]) <= 20
        names.update(t["InstanceType"] for t in page["InstanceTypes"])
    families = {name.split(".")[0] for name in names}
    assert {
        "t3",
        "t3a",
        "t4g",
        "m5",
        "m6i",
        "m6g",
        "m7i",
        "m7g",
        "c5",
        "c6i",
        "c7g",
        "r5",
        "r6g",
    } <= families
    assert {"m1.small", "c1.xlarge"} <= names


def test_filter_by_architecture_and_vcpus(ec2_client):
    arm = ec2_client.describe_instance_types(
        Filters=[
            {"Name": "processor-info.supported-architecture", "Values": ["arm64"]},
            {"Name": "vcpu-info.default-vcpus", "Values": ["2"]},
        ]
    )["InstanceTypes"]
    assert arm
    for t in arm:
        assert t["ProcessorInfo"]["SupportedArchitectures"] == ["arm64"]
        assert t["VCpuInfo"]["DefaultVCpus"] == 2
    names = {t["InstanceType"] for t in arm}
    assert "t4g.micro" in names and "t3.micro" not in names


def test_filter_wildcards_on_instance_type(ec2_client):
    found = ec2_client.describe_instance_types(
        Filters=[{"Name": "instance-type", "Values": ["c7g.*"]}]
    )["InstanceTypes"]
    assert found and all(t["InstanceType"].startswith("c7g.") for t in found)


def test_instance_type_missing_from_the_catalog(ec2_client):
    error = expect_error(
        ec2_client.describe_instance_types,
        "InvalidInstanceType",
        InstanceTypes=["t3.micro", "u-24tb1.metal"],
    )
    assert "u-24tb1.metal" in error["Message"]


def test_instance_type_not_in_the_model_is_invalid(ec2_client):
    expect_error(
        ec2_client.describe_instance_types, "InvalidParameterValue", InstanceTypes=["z9.huge"]
    )


def test_max_results_out_of_range(ec2_client):
    expect_error(ec2_client.describe_instance_types, "InvalidParameterValue", MaxResults=1000)


def test_cli_describe_instance_types(aws_cli):
    out = aws_cli("describe-instance-types", "--instance-types", "c1.xlarge")
    (info,) = out["InstanceTypes"]
    assert info["VCpuInfo"]["DefaultVCpus"] == 8
    assert info["ProcessorInfo"]["SupportedArchitectures"] == ["x86_64"]


def test_catalog_entries_are_complete():
    from localec2.ec2 import catalogs

    for name, info in catalogs.instance_types().items():
        assert info["InstanceType"] == name
        assert info["VCpuInfo"]["DefaultVCpus"] >= 1
        assert info["MemoryInfo"]["SizeInMiB"] > 0
        assert set(info["ProcessorInfo"]["SupportedArchitectures"]) <= {"i386", "x86_64", "arm64"}
        vcpu = info["VCpuInfo"]
        assert vcpu["DefaultCores"] * vcpu["DefaultThreadsPerCore"] == vcpu["DefaultVCpus"]
