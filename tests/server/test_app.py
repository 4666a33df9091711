"""The ASGI app's own endpoints and its handling of failures inside actions."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.error
import urllib.request

import botocore.exceptions
import pytest

from localec2.actions import registry
from localec2.config import ServerConfig
from localec2.server.app import LocalEC2App
from localec2.state.store import Store


def fetch(url: str, method: str = "GET") -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method)) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_health(localec2):
    with urllib.request.urlopen(localec2.endpoint_url + "/_localec2/health") as response:
        assert response.status == 200
        assert json.loads(response.read())["status"] == "ok"
        assert response.headers["x-amzn-requestid"]


def test_reset_empties_resources_but_keeps_accounts(localec2, ec2_client):
    ec2_client.create_key_pair(KeyName="gone-soon")
    status, _ = fetch(localec2.endpoint_url + "/_localec2/reset", method="POST")
    assert status == 200
    assert ec2_client.describe_key_pairs()["KeyPairs"] == []  # the same key still works


def test_reset_needs_post(localec2, ec2_client):
    ec2_client.create_key_pair(KeyName="stays")
    assert fetch(localec2.endpoint_url + "/_localec2/reset")[0] == 405
    assert [k["KeyName"] for k in ec2_client.describe_key_pairs()["KeyPairs"]] == ["stays"]


def _asgi_call(app, scope: dict) -> tuple[int, bytes]:
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], sent[1]["body"]


def test_reset_is_refused_to_clients_off_loopback():
    store = Store(None)
    with store.transaction("123456789012", "us-east-1") as tx:
        tx.put("thing", "t-1", {"id": "t-1"})
    app = LocalEC2App(store, ServerConfig())
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/_localec2/reset",
        "headers": [],
        "query_string": b"",
        "client": ("192.0.2.7", 5000),
    }
    status, _ = _asgi_call(app, scope)
    assert status == 403
    with store.transaction("123456789012", "us-east-1") as tx:
        assert tx.get("thing", "t-1") == {"id": "t-1"}
    status, _ = _asgi_call(app, dict(scope, client=("127.0.0.1", 5000)))
    assert status == 200
    with store.transaction("123456789012", "us-east-1") as tx:
        assert tx.get("thing", "t-1") is None


def test_a_bug_in_an_action_is_logged_and_answered_internal_error(
    localec2, ec2_client, monkeypatch, caplog
):
    def broken(ctx, params):
        ctx.tx.put("key-pair", "half-done", {"KeyName": "half-done"})
        raise RuntimeError("boom")

    monkeypatch.setitem(registry.ACTIONS, "CreateKeyPair", broken)
    import boto3
    from botocore.config import Config

    no_retry = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
        config=Config(retries={"max_attempts": 1}),
    )
    with caplog.at_level(logging.ERROR, logger="localec2"):
        with pytest.raises(botocore.exceptions.ClientError) as raised:
            no_retry.create_key_pair(KeyName="half-done")
    response = raised.value.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 500
    assert response["Error"]["Code"] == "InternalError"
    assert "boom" not in response["Error"]["Message"]  # no internals leak to the client
    assert any(
        "boom" in (r.exc_text or "") or (r.exc_info and "boom" in str(r.exc_info[1]))
        for r in caplog.records
    )
    monkeypatch.undo()
    assert ec2_client.describe_key_pairs()["KeyPairs"] == []  # the failed action wrote nothing
