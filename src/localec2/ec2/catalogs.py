"""The built-in catalogs (regions and zones, instance types, images), read once from `data/`.

They are data, not code: each JSON file is loaded the first time it is needed and kept.
Images get per-region ids derived from the region and the image name, so every region has
its own, stable ids of the real form.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources

from ..state.ids import derived_id

AMAZON_OWNER_ALIAS = "amazon"


def _load(name: str) -> dict:
    return json.loads(resources.files("localec2.data").joinpath(name).read_text("utf-8"))


def check_known(
    catalog: dict[str, dict], names: list[str], error: Callable[[list[str]], Exception]
) -> None:
    """Raise `error(unknown names)` if a request names something the catalog lacks."""
    unknown = [name for name in names if name not in catalog]
    if unknown:
        raise error(unknown)


@cache
def regions() -> dict[str, dict]:
    """Region name -> {RegionName, OptIn, Geography, Zones: [{ZoneName, ZoneId}]}."""
    return {region["RegionName"]: region for region in _load("regions.json")["Regions"]}


def zones(region: str) -> list[dict]:
    """The region's zones; a region missing from the catalog gets three of the usual form."""
    known = regions().get(region)
    if known is not None:
        return known["Zones"]
    short = "".join(part[0] for part in region.split("-")[:-1]) + region.rsplit("-", 1)[-1]
    return [
        {"ZoneName": f"{region}{letter}", "ZoneId": f"{short}-az{n}"}
        for n, letter in enumerate("abc", start=1)
    ]


@cache
def instance_types() -> dict[str, dict]:
    """Instance type name -> its `InstanceTypeInfo` document."""
    return {t["InstanceType"]: t for t in _load("instance_types.json")["InstanceTypes"]}


@cache
def _image_templates() -> list[dict]:
    return _load("images.json")["Images"]


@cache
def images(region: str) -> dict[str, dict]:
    """Image id -> the built-in public `Image` document as the region has it."""
    out = {}
    for template in _image_templates():
        image = _public_image(region, template)
        out[image["ImageId"]] = image
    return out


def _public_image(region: str, template: dict) -> dict:
    name = template["Name"]
    image_id = derived_id("ami", region, name)
    owner = template["OwnerId"]
    image = {
        "ImageId": image_id,
        "ImageLocation": f"{template.get('ImageOwnerAlias') or owner}/{name}",
        "State": "available",
        "OwnerId": owner,
        "CreationDate": template["CreationDate"],
        "Public": True,
        "Architecture": template["Architecture"],
        "ImageType": "machine",
        "Name": name,
        "Description": template["Description"],
        "RootDeviceName": template["RootDeviceName"],
        "RootDeviceType": "ebs",
        "VirtualizationType": "hvm",
        "Hypervisor": "xen",
        "EnaSupport": True,
        "SriovNetSupport": "simple",
        "PlatformDetails": template["PlatformDetails"],
        "UsageOperation": template["UsageOperation"],
        "BlockDeviceMappings": [
            {
                "DeviceName": template["RootDeviceName"],
                "Ebs": {
                    "DeleteOnTermination": True,
                    "SnapshotId": derived_id("snap", region, name),
                    "VolumeSize": template["VolumeSize"],
                    "VolumeType": "gp3" if "gp2" not in name else "gp2",
                    "Encrypted": False,
                },
            }
        ],
        "Tags": [],
    }
    for optional in ("ImageOwnerAlias", "Platform", "BootMode"):
        if optional in template:
            image[optional] = template[optional]
    return image
