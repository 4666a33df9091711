"""Helpers shared by the security-group, key-pair and tag tests."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError


def expect_error(call, code: str, status: int = 400, **kwargs) -> dict:
    """Run a boto3 call that must fail with this EC2 error code and HTTP status."""
    with pytest.raises(ClientError) as caught:
        call(**kwargs)
    response = caught.value.response
    assert response["Error"]["Code"] == code, response["Error"]
    assert response["ResponseMetadata"]["HTTPStatusCode"] == status
    return response["Error"]
