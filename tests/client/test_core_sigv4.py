"""SigV4: AWS's published test-suite vectors, then byte-identity with botocore's signer."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path
from urllib.parse import unquote

import botocore.auth
import botocore.credentials
import pytest
from botocore.awsrequest import AWSRequest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boto import auth
from boto.connection import AWSQueryConnection

VECTORS = Path(__file__).parent / "sigv4_vectors"
CASES = sorted(path.name for path in VECTORS.iterdir() if path.is_dir())


def parse_suite_request(text: str):
    """(method, path, query pairs, header pairs, body) from a suite `request.txt`."""
    head, _, body = text.partition("\n\n")
    request_line, *header_lines = head.split("\n")
    method, rest = request_line.split(" ", 1)
    target = rest.rsplit(" ", 1)[0]
    path, _, query = target.partition("?")
    pairs = [pair.partition("=") for pair in query.split("&")] if query else []
    params = [(unquote(key), unquote(value)) for key, _, value in pairs]
    headers: list[list[str]] = []
    for line in header_lines:
        if not line:
            continue
        if line[0] in " \t":  # folded continuation of the previous header
            headers[-1][1] += " " + line.strip()
        else:
            name, _, value = line.partition(":")
            headers.append([name, value])
    return method, path, params, [tuple(h) for h in headers], body.encode()


@pytest.mark.parametrize("case", CASES)
def test_published_vector(case):
    directory = VECTORS / case
    context = json.loads((directory / "context.json").read_text())
    method, path, params, headers, body = parse_suite_request(
        (directory / "request.txt").read_text(encoding="utf-8")
    )
    if context["sign_body"]:
        headers.append(("X-Amz-Content-Sha256", hashlib.sha256(body).hexdigest()))
    host = next(value for name, value in headers if name.lower() == "host")
    creds = context["credentials"]
    signature = auth.sign(
        method,
        host,
        path,
        params,
        headers,
        body,
        auth.Credentials(creds["access_key_id"], creds["secret_access_key"], creds.get("token")),
        context["region"],
        context["service"],
        datetime.datetime.fromisoformat(context["timestamp"].replace("Z", "+00:00")),
    )
    expected_signature = (directory / "header-signature.txt").read_text().strip()
    assert signature.canonical_request == (directory / "header-canonical-request.txt").read_text(
        encoding="utf-8"
    )
    assert signature.string_to_sign == (directory / "header-string-to-sign.txt").read_text()
    signed_headers = signature.canonical_request.split("\n")[-2]
    assert signature.authorization == (
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/%s/%s/aws4_request, "
        "SignedHeaders=%s, Signature=%s"
        % (context["region"], context["service"], signed_headers, expected_signature)
    )
    assert signature.headers["X-Amz-Date"] == "20150830T123600Z"
    assert signature.headers.get("X-Amz-Security-Token") == creds.get("token")


class Captured(Exception):
    """Raised by the capturing transport to stop after the request is built."""

    def __init__(self, request):
        super().__init__("captured")
        self.request = request


def capture_request(conn: AWSQueryConnection, action, params, verb):
    def capture(is_secure, host, port, method, url, body, headers):
        raise Captured((method, url, body, dict(headers)))

    conn._pool.send = capture
    with pytest.raises(Captured) as caught:
        conn.make_request(action, params, verb=verb)
    return caught.value.request


param_names = st.from_regex(
    r"[A-Z][A-Za-z]{0,12}(\.[1-9][0-9]?(\.[A-Z][A-Za-z]{0,8})?)?", fullmatch=True
)
param_values = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    params=st.dictionaries(param_names, param_values, max_size=8),
    verb=st.sampled_from(["GET", "POST"]),
    token=st.one_of(
        st.none(),
        st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=60),
    ),
    region=st.sampled_from(["us-east-1", "eu-west-3", "cn-north-1", "us-gov-west-1"]),
    port=st.sampled_from([None, 8080]),
    secret=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40),
)
def test_authorization_matches_botocore(params, verb, token, region, port, secret):
    from boto.regioninfo import RegionInfo

    class Conn(AWSQueryConnection):
        APIVersion = "2016-11-15"

        def __init__(self, **kwargs):
            self.region = RegionInfo(name=region, endpoint="ec2.%s.amazonaws.com" % region)
            super().__init__(**kwargs)

    conn = Conn(
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key=secret,
        security_token=token,
        host="ec2.example.test",
        port=port,
        is_secure=False,
    )
    method, url, body, headers = capture_request(conn, "DescribeInstances", params, verb)

    request = AWSRequest(
        method=method, url="http://%s%s" % (headers["Host"], url), data=body or None
    )
    if "Content-Type" in headers:
        request.headers["Content-Type"] = headers["Content-Type"]
    stamp = datetime.datetime.strptime(headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ")
    original = botocore.auth.get_current_datetime
    botocore.auth.get_current_datetime = lambda: stamp
    try:
        botocore.auth.SigV4Auth(
            botocore.credentials.Credentials("AKIDEXAMPLE", secret, token), "ec2", region
        ).add_auth(request)
    finally:
        botocore.auth.get_current_datetime = original
    assert headers["Authorization"] == request.headers["Authorization"]
    assert headers.get("X-Amz-Security-Token") == request.headers.get("X-Amz-Security-Token")
    assert (
        "Credential=AKIDEXAMPLE/%s/%s/ec2/aws4_request" % (stamp.strftime("%Y%m%d"), region)
        in headers["Authorization"]
    )
