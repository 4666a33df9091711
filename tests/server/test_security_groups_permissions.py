"""The rule <-> IpPermission conversion on its own: merging loses and invents nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from localec2.ec2.security_groups.permissions import (
    identity,
    merge_into_permissions,
    normalise_protocol,
    rules_from_permissions,
)
from localec2.errors import EC2Error

GROUPS = {"sg-0000000a": "111122223333", "sg-0000000b": "111122223333"}


def resolve(pair: dict) -> dict:
    return {"GroupId": pair["GroupId"], "OwnerId": GROUPS[pair["GroupId"]]}


ranges = st.sampled_from(
    [
        ("tcp", 22, 22),
        ("tcp", 80, 443),
        ("udp", 0, 65535),
        ("icmp", -1, -1),
        ("icmp", 8, 0),
        ("-1", -1, -1),
        ("50", -1, -1),
    ]
)
peers = st.one_of(
    st.builds(lambda n: {"CidrIpv4": f"10.{n}.0.0/16"}, st.integers(0, 5)),
    st.builds(lambda n: {"CidrIpv6": f"2001:db8:{n}::/48"}, st.integers(0, 5)),
    st.builds(lambda n: {"PrefixListId": f"pl-0000000{n}"}, st.integers(0, 5)),
    st.builds(
        lambda g: {"ReferencedGroupInfo": {"GroupId": g, "UserId": GROUPS[g]}},
        st.sampled_from(sorted(GROUPS)),
    ),
)
rules = st.lists(
    st.builds(
        lambda r, p, d: {
            "IpProtocol": r[0],
            "FromPort": r[1],
            "ToPort": r[2],
            **p,
            **({"Description": d} if d else {}),
        },
        ranges,
        peers,
        st.sampled_from([None, "web", "from the office"]),
    ),
    max_size=12,
    unique_by=identity,
)


@given(rules)
def test_merging_then_splitting_gives_back_the_rules(original):
    permissions = merge_into_permissions(original)
    keys = [(p["IpProtocol"], p.get("FromPort"), p.get("ToPort")) for p in permissions]
    assert len(keys) == len(set(keys))  # one permission per protocol and range
    split = rules_from_permissions(permissions, resolve)
    assert sorted(map(repr, split)) == sorted(map(repr, original))


@given(st.sampled_from(["TCP", "tcp", "6", "Udp", "17", "ICMP", "1", "icmpv6", "58", "-1"]))
def test_protocols_have_one_spelling(protocol):
    assert normalise_protocol(protocol) in {"tcp", "udp", "icmp", "icmpv6", "-1"}


def _ascii_number(text: str) -> bool:
    digits = text.strip().lstrip("-")
    return digits.isascii() and digits.isdigit() and int(digits) <= 255


@given(
    st.one_of(st.text(min_size=1), st.sampled_from(["\u00b2", "\u0663", "256", "tcp6"])).filter(
        lambda s: not _ascii_number(s) and s.strip().lower() not in {"tcp", "udp", "icmp", "icmpv6"}
    )
)
def test_unknown_protocols_are_refused(protocol):
    try:
        normalise_protocol(protocol)
    except EC2Error as error:
        assert error.code == "InvalidParameterValue"
    else:
        raise AssertionError(f"{protocol!r} was accepted")
