"""`boto` pointed at the session's localec2."""

from __future__ import annotations

import pytest

import boto


@pytest.fixture
def conn(localec2, monkeypatch):
    """`boto.connect_ec2()` with no arguments, configured as `eval "$(localec2 env)"` does."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", localec2.access_key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", localec2.secret_access_key)
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", localec2.endpoint_url)
    monkeypatch.setenv("AWS_DEFAULT_REGION", localec2.region)
    return boto.connect_ec2()
