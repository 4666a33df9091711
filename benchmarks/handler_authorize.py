"""localec2's own time per AuthorizeSecurityGroupIngress, without HTTP: signed requests
handed straight to `EC2Handler.handle` in this process (12 groups, 50 rules added to each).

    .venv-3.11/bin/python benchmarks/handler_authorize.py
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlencode

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from localec2.config import ServerConfig
from localec2.server.app import LocalEC2App, open_store
from localec2.server.request import HttpRequest
from localec2.state import accounts

GROUPS = 12
RULES_PER_GROUP = 50


def main() -> None:
    store = open_store(None)
    handler = LocalEC2App(store, ServerConfig()).handler
    account = accounts.default_account(store)
    credentials = Credentials(account["access_key_id"], account["secret_access_key"])

    def request(action: str, **params: str) -> HttpRequest:
        body = urlencode({"Action": action, "Version": "2016-11-15", **params}).encode()
        signed = AWSRequest(
            method="POST",
            url="http://127.0.0.1:8773/",
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        )
        SigV4Auth(credentials, "ec2", "us-east-1").add_auth(signed)
        headers = {name.lower(): value for name, value in signed.headers.items()}
        headers["host"] = "127.0.0.1:8773"
        return HttpRequest("POST", "/", "", headers, body)

    groups = []
    for index in range(GROUPS):
        reply = handler.handle(
            request("CreateSecurityGroup", GroupName=f"bench-{index}", GroupDescription="benchmark")
        )
        groups.append(re.search(rb"<groupId>(.*?)</groupId>", reply.body).group(1).decode())
    calls = [
        request(
            "AuthorizeSecurityGroupIngress",
            GroupId=groups[n // RULES_PER_GROUP],
            IpProtocol="tcp",
            FromPort=str(1000 + n % RULES_PER_GROUP),
            ToPort=str(1000 + n % RULES_PER_GROUP),
            CidrIp="10.0.0.0/8",
        )
        for n in range(GROUPS * RULES_PER_GROUP)
    ]
    started = time.perf_counter()
    for call in calls:
        reply = handler.handle(call)
        if reply.status != 200:
            raise RuntimeError(reply.body.decode())
    elapsed = time.perf_counter() - started
    print(
        f"AuthorizeSecurityGroupIngress in process: {elapsed / len(calls) * 1000:.2f} ms "
        f"per call ({len(calls)} calls)"
    )


if __name__ == "__main__":
    main()
