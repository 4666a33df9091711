"""The protocol layer against botocore, the independent peer, on AWS's published examples.

Outputs: our XML serializer renders each example output, botocore's EC2 response parser
reads it back, and the result must equal the example. Inputs: botocore's EC2 request
serializer flattens each example input, our Query parser reads it back, and the result
must equal the example.
"""

from __future__ import annotations

import datetime
import gzip
import json
from pathlib import Path

import botocore
import botocore.parsers
import botocore.serialize
import botocore.session
import pytest

from localec2.errors import EC2Error
from localec2.protocol.model import XML_NAMESPACE, load_model
from localec2.protocol.query import QueryParser
from localec2.protocol.xml import UnknownMember, XmlSerializer, error_response

EXAMPLES_PATH = Path(botocore.__file__).parent / "data/ec2/2016-11-15/examples-1.json"
# Examples whose data disagrees with the model itself, so no faithful parser reproduces them.
INPUT_QUIRKS = {
    ("CreateImage", 0): "VolumeSize is an integer in the model, a string in the example",
    ("ModifySpotFleetRequest", 1): "'NoTermination ' is not one of the model's enum values",
}
OUTPUT_QUIRKS = {
    ("DescribeInstanceAttribute", 1): "a boolean given as the string 'false'",
}


def _examples() -> dict:
    text = (
        EXAMPLES_PATH.read_bytes()
        if EXAMPLES_PATH.exists()
        else gzip.open(str(EXAMPLES_PATH) + ".gz").read()
    )
    return json.loads(text)["examples"]


EXAMPLES = _examples()
SERVICE = botocore.session.get_session().get_service_model("ec2")
MODEL = load_model()


def _cases(kind: str, quirks: dict) -> list:
    cases = []
    for operation, items in sorted(EXAMPLES.items()):
        for index, example in enumerate(items):
            shape = getattr(SERVICE.operation_model(operation), f"{kind}_shape")
            if example.get(kind) and shape is not None and (operation, index) not in quirks:
                cases.append(pytest.param(operation, example[kind], id=f"{operation}-{index}"))
    return cases


def _timestamp(value: object) -> float:
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.timestamp()


def same(a: object, b: object) -> bool:
    """Equal, where a timestamp may be a datetime on one side and ISO text on the other."""
    if isinstance(a, datetime.datetime) or isinstance(b, datetime.datetime):
        return _timestamp(a) == _timestamp(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


@pytest.mark.parametrize(("operation", "output"), _cases("output", OUTPUT_QUIRKS))
def test_botocore_reads_our_xml_as_the_example_output(operation, output):
    operation_model = SERVICE.operation_model(operation)
    body = XmlSerializer(MODEL).response(operation, output, "req-1")
    parsed = botocore.parsers.create_parser("ec2").parse(
        {"body": body, "headers": {}, "status_code": 200}, operation_model.output_shape
    )
    assert parsed.pop("ResponseMetadata")["RequestId"] == "req-1"
    assert same(parsed, output), (parsed, output)


@pytest.mark.parametrize(("operation", "params"), _cases("input", INPUT_QUIRKS))
def test_we_read_botocores_query_as_the_example_input(operation, params):
    request = botocore.serialize.create_serializer(
        "ec2", include_validation=False
    ).serialize_to_request(params, SERVICE.operation_model(operation))
    body = request["body"]
    assert body.pop("Action") == operation
    assert body.pop("Version") == "2016-11-15"
    parsed = QueryParser(MODEL).parse(operation, [(k, str(v)) for k, v in body.items()])
    assert same(parsed, params), (parsed, params)


def parse(operation: str, **pairs: str) -> dict:
    return QueryParser(MODEL).parse(
        operation, [(k.replace("__", "."), v) for k, v in pairs.items()]
    )


def test_types_nesting_and_member_names():
    parsed = parse(
        "RunInstances",
        ImageId="ami-12345678",
        MinCount="1",
        MaxCount="3",
        DryRun="TRUE",
        SecurityGroup__2="b",
        SecurityGroup__1="a",
        BlockDeviceMapping__1__DeviceName="/dev/sda1",
        BlockDeviceMapping__1__Ebs__VolumeSize="8",
        BlockDeviceMapping__1__Ebs__DeleteOnTermination="false",
        NetworkInterface__1__Ipv6Addresses__1__Ipv6Address="::1",
    )
    assert parsed == {
        "ImageId": "ami-12345678",
        "MinCount": 1,
        "MaxCount": 3,
        "DryRun": True,
        "SecurityGroups": ["a", "b"],
        "BlockDeviceMappings": [
            {"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 8, "DeleteOnTermination": False}}
        ],
        "NetworkInterfaces": [{"Ipv6Addresses": [{"Ipv6Address": "::1"}]}],
    }


def test_filters_and_blob():
    assert parse(
        "DescribeSecurityGroups",
        Filter__1__Name="group-name",
        Filter__1__Value__1="web",
        Filter__1__Value__2="db",
    ) == {"Filters": [{"Name": "group-name", "Values": ["web", "db"]}]}
    assert parse("ImportKeyPair", KeyName="k", PublicKeyMaterial="c3NoLXJzYSBBQUFB") == {
        "KeyName": "k",
        "PublicKeyMaterial": b"ssh-rsa AAAA",
    }


@pytest.mark.parametrize(
    ("operation", "pairs", "code", "message"),
    [
        (
            "CreateSecurityGroup",
            {"GroupName": "g"},
            "MissingParameter",
            "The request must contain the parameter GroupDescription",
        ),
        (
            "CreateTags",
            {"Tag.1.Key": "Name"},
            "MissingParameter",
            "The request must contain the parameter ResourceId",
        ),
        ("DescribeSecurityGroups", {"MaxResults": "ten"}, "InvalidParameterValue", "MaxResults"),
        (
            "DescribeSecurityGroups",
            {"MaxResults": "1"},
            "InvalidParameterValue",
            "greater than or equal to 5",
        ),
        (
            "DescribeSecurityGroups",
            {"MaxResults": "1001"},
            "InvalidParameterValue",
            "less than or equal to 1000",
        ),
        ("DescribeSecurityGroups", {"DryRun": "yes"}, "InvalidParameterValue", "DryRun"),
        (
            "RunInstances",
            {"ImageId": "ami-1", "MinCount": "1", "MaxCount": "1", "InstanceType": "m9.huge"},
            "InvalidParameterValue",
            "m9.huge",
        ),
        (
            "ImportKeyPair",
            {"KeyName": "k", "PublicKeyMaterial": "!!!"},
            "InvalidParameterValue",
            "PublicKeyMaterial",
        ),
        (
            "DescribeSpotPriceHistory",
            {"StartTime": "yesterday"},
            "InvalidParameterValue",
            "StartTime",
        ),
        (
            "DescribeSecurityGroups",
            {"Bogus": "1"},
            "UnknownParameter",
            "The parameter Bogus is not recognized",
        ),
        (
            "DescribeSecurityGroups",
            {"Filter.1.Nme": "x"},
            "UnknownParameter",
            "The parameter Filter.1.Nme is not recognized",
        ),
        ("DescribeSecurityGroups", {"GroupId.x": "sg-1"}, "UnknownParameter", "GroupId.x"),
        ("DescribeSecurityGroups", {"GroupId": "sg-1"}, "UnknownParameter", "GroupId"),
        ("DescribeSecurityGroups", {"MaxResults.1": "5"}, "UnknownParameter", "MaxResults.1"),
        ("DescribeSecurityGroups", {"Filter.0.Name": "x"}, "UnknownParameter", "Filter.0"),
    ],
)
def test_invalid_input_gets_ec2s_error(operation, pairs, code, message):
    with pytest.raises(EC2Error) as raised:
        QueryParser(MODEL).parse(operation, list(pairs.items()))
    assert raised.value.code == code
    assert raised.value.status == 400
    assert message in raised.value.message


def test_response_envelope_and_escaping():
    body = (
        XmlSerializer(MODEL)
        .response(
            "CreateSecurityGroup",
            {
                "GroupId": "sg-1",
                "_internal": "x",
                "Unknown": "y",
                "Tags": [{"Key": "a<b", "Value": "&"}],
            },
            "r&1",
        )
        .decode()
    )
    assert body.startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<CreateSecurityGroupResponse '
        f'xmlns="{XML_NAMESPACE}"><requestId>r&amp;1</requestId>'
    )
    assert "<groupId>sg-1</groupId>" in body
    assert "<tagSet><item><key>a&lt;b</key><value>&amp;</value></item></tagSet>" in body
    assert "_internal" not in body and "Unknown" not in body


def test_strict_serializer_refuses_a_member_the_shape_lacks_but_not_the_private_part():
    serializer = XmlSerializer(MODEL, strict=True)
    group = {"GroupId": "sg-1", "GroupName": "web", "_": {"rule_ids": ["sgr-1"]}}
    body = serializer.response("DescribeSecurityGroups", {"SecurityGroups": [group]}, "r")
    assert b"rule_ids" not in body and b"<groupName>web</groupName>" in body
    misspelt = {"GroupId": "sg-1", "GroupNmae": "web"}
    with pytest.raises(UnknownMember, match="GroupNmae"):
        serializer.response("DescribeSecurityGroups", {"SecurityGroups": [misspelt]}, "r")
    with pytest.raises(UnknownMember, match="NextTokn"):
        serializer.response("DescribeSecurityGroups", {"NextTokn": "x"}, "r")


def test_the_suite_runs_localec2_with_strict_output():
    from localec2.config import ServerConfig

    assert ServerConfig().strict_output


def test_action_without_output_shape_returns_true():
    body = XmlSerializer(MODEL).response("RebootInstances", {}, "r1").decode()
    assert "<return>true</return>" in body


def test_rendering_a_stored_document_again_gives_the_same_xml():
    serializer = XmlSerializer(MODEL)
    doc = {"GroupId": "sg-1", "GroupName": "web", "Description": "d"}
    outputs = [
        serializer.response("DescribeSecurityGroups", {"SecurityGroups": [doc]}, "r")
        for _ in range(3)
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert b"<groupName>web</groupName>" in outputs[2]
    replaced = dict(doc, GroupName="db")  # a change is a new document
    changed = serializer.response("DescribeSecurityGroups", {"SecurityGroups": [replaced]}, "r")
    assert b"<groupName>db</groupName>" in changed


def test_error_document():
    body = error_response("InvalidAction", "The action X is not valid", "rid").decode()
    assert body == (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error>'
        "<Code>InvalidAction</Code><Message>The action X is not valid</Message>"
        "</Error></Errors><RequestID>rid</RequestID></Response>"
    )
