"""The credit option of burstable instances: at launch, per instance, the account's defaults."""

from __future__ import annotations

import pytest
from compute_support import launch
from groups_support import expect_error


def _credits(client, **kwargs) -> dict[str, str]:
    specs = client.describe_instance_credit_specifications(**kwargs)["InstanceCreditSpecifications"]
    return {s["InstanceId"]: s["CpuCredits"] for s in specs}


@pytest.mark.parametrize(
    ("family", "default"),
    [("t2", "standard"), ("t3", "unlimited"), ("t3a", "unlimited"), ("t4g", "unlimited")],
)
def test_ec2_defaults_by_family(ec2_client, family, default):
    answer = ec2_client.get_default_credit_specification(InstanceFamily=family)
    assert answer["InstanceFamilyCreditSpecification"] == {
        "InstanceFamily": family,
        "CpuCredits": default,
    }


def test_instances_launch_with_their_family_default_or_the_one_asked(ec2_client):
    (t2,) = launch(ec2_client, InstanceType="t2.micro")
    (t3,) = launch(ec2_client, InstanceType="t3.micro")
    (asked,) = launch(
        ec2_client, InstanceType="t3.small", CreditSpecification={"CpuCredits": "standard"}
    )
    (m5,) = launch(ec2_client, InstanceType="m5.large")
    ids = [i["InstanceId"] for i in (t2, t3, asked, m5)]
    assert _credits(ec2_client, InstanceIds=ids) == {
        t2["InstanceId"]: "standard",
        t3["InstanceId"]: "unlimited",
        asked["InstanceId"]: "standard",
        m5["InstanceId"]: "standard",  # not burstable: EC2 answers standard
    }
    # without ids: only the instances whose option is unlimited
    assert _credits(ec2_client) == {t3["InstanceId"]: "unlimited"}


def test_credit_specification_of_a_type_that_is_not_burstable_is_refused(ec2_client):
    error = expect_error(
        launch,
        "InstanceCreditSpecification.NotSupported",
        client=ec2_client,
        InstanceType="m5.large",
        CreditSpecification={"CpuCredits": "standard"},
    )
    assert "m5.large" in error["Message"]
    expect_error(
        launch,
        "InvalidParameterValue",
        client=ec2_client,
        InstanceType="t3.micro",
        CreditSpecification={"CpuCredits": "boundless"},
    )
    assert ec2_client.describe_instances()["Reservations"] == []


def test_account_default_applies_to_later_launches_only(ec2_client):
    (before,) = launch(ec2_client, InstanceType="t3.micro")
    changed = ec2_client.modify_default_credit_specification(
        InstanceFamily="t3", CpuCredits="standard"
    )
    assert changed["InstanceFamilyCreditSpecification"] == {
        "InstanceFamily": "t3",
        "CpuCredits": "standard",
    }
    assert (
        ec2_client.get_default_credit_specification(InstanceFamily="t3")[
            "InstanceFamilyCreditSpecification"
        ]["CpuCredits"]
        == "standard"
    )
    # another family keeps EC2's default
    t3a = ec2_client.get_default_credit_specification(InstanceFamily="t3a")
    assert t3a["InstanceFamilyCreditSpecification"]["CpuCredits"] == "unlimited"
    (after,) = launch(ec2_client, InstanceType="t3.micro")
    ids = [before["InstanceId"], after["InstanceId"]]
    assert _credits(ec2_client, InstanceIds=ids) == {ids[0]: "unlimited", ids[1]: "standard"}


def test_modify_default_refuses_a_bad_option_and_family(ec2_client):
    expect_error(
        ec2_client.modify_default_credit_specification,
        "InvalidParameterValue",
        InstanceFamily="t2",
        CpuCredits="sometimes",
    )
    expect_error(
        ec2_client.get_default_credit_specification,
        "InvalidParameterValue",
        InstanceFamily="m5",
    )
    answer = ec2_client.get_default_credit_specification(InstanceFamily="t2")
    assert answer["InstanceFamilyCreditSpecification"]["CpuCredits"] == "standard"


def test_modify_instance_credits_answers_each_instance(ec2_client):
    (t2,) = launch(ec2_client, InstanceType="t2.micro")
    (m5,) = launch(ec2_client, InstanceType="m5.large")
    (gone,) = launch(ec2_client, InstanceType="t3.micro")
    ec2_client.terminate_instances(InstanceIds=[gone["InstanceId"]])
    answer = ec2_client.modify_instance_credit_specification(
        InstanceCreditSpecifications=[
            {"InstanceId": t2["InstanceId"], "CpuCredits": "unlimited"},
            {"InstanceId": m5["InstanceId"], "CpuCredits": "unlimited"},
            {"InstanceId": gone["InstanceId"], "CpuCredits": "unlimited"},
            {"InstanceId": "i-0123456789abcdef0", "CpuCredits": "unlimited"},
            {"InstanceId": "instance-1", "CpuCredits": "unlimited"},
        ]
    )
    assert answer["SuccessfulInstanceCreditSpecifications"] == [{"InstanceId": t2["InstanceId"]}]
    codes = {
        u["InstanceId"]: u["Error"]["Code"]
        for u in answer["UnsuccessfulInstanceCreditSpecifications"]
    }
    assert codes == {
        m5["InstanceId"]: "InstanceCreditSpecification.NotSupported",
        gone["InstanceId"]: "IncorrectInstanceState",
        "i-0123456789abcdef0": "InvalidInstanceID.NotFound",
        "instance-1": "InvalidInstanceID.Malformed",
    }
    assert _credits(ec2_client, InstanceIds=[t2["InstanceId"]]) == {t2["InstanceId"]: "unlimited"}


def test_a_bad_option_changes_no_instance(ec2_client):
    (t2,) = launch(ec2_client, InstanceType="t2.micro")
    expect_error(
        ec2_client.modify_instance_credit_specification,
        "InvalidParameterValue",
        InstanceCreditSpecifications=[
            {"InstanceId": t2["InstanceId"], "CpuCredits": "unlimited"},
            {"InstanceId": t2["InstanceId"], "CpuCredits": "lavish"},
        ],
    )
    assert _credits(ec2_client, InstanceIds=[t2["InstanceId"]]) == {t2["InstanceId"]: "standard"}


def test_the_option_follows_a_resize(ec2_client):
    (m5,) = launch(ec2_client, InstanceType="m5.large")
    (t3,) = launch(ec2_client, InstanceType="t3.micro")
    for instance, new_type in ((m5, "t2.micro"), (t3, "m5.large")):
        iid = instance["InstanceId"]
        ec2_client.stop_instances(InstanceIds=[iid])
        ec2_client.modify_instance_attribute(InstanceId=iid, InstanceType={"Value": new_type})
    # the M5 became a T2 with T2's default; the unlimited T3 is an unlimited M5, still listed
    assert _credits(ec2_client, InstanceIds=[m5["InstanceId"]]) == {m5["InstanceId"]: "standard"}
    assert _credits(ec2_client) == {t3["InstanceId"]: "unlimited"}


def test_describe_ids_filters_and_paging(ec2_client):
    instances = launch(ec2_client, count=7, InstanceType="t3.nano")
    ids = [i["InstanceId"] for i in instances]
    expect_error(
        ec2_client.describe_instance_credit_specifications,
        "InvalidInstanceID.Malformed",
        InstanceIds=["i-nothex"],
    )
    expect_error(
        ec2_client.describe_instance_credit_specifications,
        "InvalidInstanceID.NotFound",
        InstanceIds=["i-0123456789abcdef0"],
    )
    expect_error(
        ec2_client.describe_instance_credit_specifications,
        "InvalidParameterCombination",
        InstanceIds=ids[:1],
        MaxResults=5,
    )
    filtered = _credits(ec2_client, Filters=[{"Name": "instance-id", "Values": ids[:2]}])
    assert sorted(filtered) == sorted(ids[:2])
    expect_error(
        ec2_client.describe_instance_credit_specifications,
        "InvalidParameterValue",
        Filters=[{"Name": "cpu-credits", "Values": ["unlimited"]}],
    )
    paginator = ec2_client.get_paginator("describe_instance_credit_specifications")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 5}))
    assert [len(p["InstanceCreditSpecifications"]) for p in pages] == [5, 2]
    seen = [s["InstanceId"] for p in pages for s in p["InstanceCreditSpecifications"]]
    assert sorted(seen) == sorted(ids)


def test_cli_describe_and_modify(aws_cli, ec2_client):
    (t3,) = launch(ec2_client, InstanceType="t3.micro")
    iid = t3["InstanceId"]
    out = aws_cli(
        "modify-instance-credit-specification",
        "--instance-credit-specification",
        f"InstanceId={iid},CpuCredits=standard",
    )
    assert out["SuccessfulInstanceCreditSpecifications"] == [{"InstanceId": iid}]
    out = aws_cli("describe-instance-credit-specifications", "--instance-ids", iid)
    assert out["InstanceCreditSpecifications"] == [{"InstanceId": iid, "CpuCredits": "standard"}]
