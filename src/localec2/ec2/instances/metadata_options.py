"""An instance's metadata options (IMDS): EC2's defaults at launch, the `MetadataOptions` a
RunInstances request gives, and ModifyInstanceMetadataOptions.

Defaults (EC2's documentation, "order of precedence for instance metadata options"): an
image whose `ImdsSupport` is `v2.0` launches with IMDSv2 required and a hop limit of 2;
any other with IMDSv2 optional and a hop limit of 1; the endpoint enabled, IPv6 and tags in
the metadata disabled. A change is `pending` until it is applied, which takes as long as a
boot (`--boot-seconds`, on the instance's clock: the private `metadata_at`, see `states`).
"""

from __future__ import annotations

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import ImageDoc, InstanceDoc
from ..kinds import INSTANCE, with_private
from .lookup import get_instance
from .states import name_of

MAX_HOP_LIMIT = 64


def _hop_limit(value: int) -> int:
    if not 1 <= value <= MAX_HOP_LIMIT:
        # reconstructed: the wording of EC2's refusal
        raise invalid_parameter_value(
            f"Value ({value}) for parameter httpPutResponseHopLimit is invalid. "
            f"Valid values are integers from 1 to {MAX_HOP_LIMIT}."
        )
    return value


def _with_request(
    options: shapes.InstanceMetadataOptionsResponse,
    request: shapes.InstanceMetadataOptionsRequest | shapes.ModifyInstanceMetadataOptionsRequest,
) -> shapes.InstanceMetadataOptionsResponse:
    """`options` with what the request sets (the rest as they were)."""
    changed: shapes.InstanceMetadataOptionsResponse = {**options}
    if "HttpTokens" in request:
        changed["HttpTokens"] = request["HttpTokens"]
    if "HttpPutResponseHopLimit" in request:
        changed["HttpPutResponseHopLimit"] = _hop_limit(request["HttpPutResponseHopLimit"])
    if "HttpEndpoint" in request:
        changed["HttpEndpoint"] = request["HttpEndpoint"]
    if "HttpProtocolIpv6" in request:
        changed["HttpProtocolIpv6"] = request["HttpProtocolIpv6"]
    if "InstanceMetadataTags" in request:
        changed["InstanceMetadataTags"] = request["InstanceMetadataTags"]
    return changed


def launch_metadata_options(
    image: ImageDoc, request: shapes.InstanceMetadataOptionsRequest | None
) -> shapes.InstanceMetadataOptionsResponse:
    """The options an instance of `image` launches with: EC2's defaults, then the request's."""
    v2_only = image.get("ImdsSupport") == "v2.0"
    defaults: shapes.InstanceMetadataOptionsResponse = {
        "State": "applied",
        "HttpTokens": "required" if v2_only else "optional",
        "HttpPutResponseHopLimit": 2 if v2_only else 1,
        "HttpEndpoint": "enabled",
        "HttpProtocolIpv6": "disabled",
        "InstanceMetadataTags": "disabled",
    }
    return _with_request(defaults, request or {})


def modify_metadata_options(
    ctx: Context, request: shapes.ModifyInstanceMetadataOptionsRequest
) -> shapes.InstanceMetadataOptionsResponse:
    """Change the options; answered `pending`, applied after a boot's time."""
    doc = get_instance(ctx, request["InstanceId"])
    if name_of(doc) in ("shutting-down", "terminated"):
        # reconstructed: the wording, as EC2 refuses other changes to a terminated instance
        raise errors.IncorrectInstanceState(
            f"The instance '{doc['InstanceId']}' is not in a valid state for this operation."
        )
    changed = _with_request(doc["MetadataOptions"], request)
    pending: shapes.InstanceMetadataOptionsResponse = {**changed, "State": "pending"}
    delay = ctx.config.boot_seconds
    stored: InstanceDoc
    if delay > 0:
        stored = {**doc, "MetadataOptions": pending}
        stored = with_private(stored, metadata_at=ctx.now + delay)
    else:
        stored = {**doc, "MetadataOptions": {**changed, "State": "applied"}}
    INSTANCE.put(ctx.tx, stored)
    return pending
