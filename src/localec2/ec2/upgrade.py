"""Stored documents of older localec2 versions, brought up to date when a data dir is opened.

Version 2 moved each document's private state under `_` (`kinds.PRIVATE`): before, it was
kept beside the wire members under names starting with `_`, and an instance's launch volume
kept only its size (`Ebs._size`), shown as gp2 whatever the image said. A key pair's
`CreateTime`, an epoch then, is now EC2's timestamp.
"""

from __future__ import annotations

from typing import Any

from ..protocol.xml import PRIVATE, format_timestamp

SCHEMA = 2

_RENAMED = {"RuleIds": "rule_ids"}  # security groups' list of their rules


def upgrade(version: int, kind: str, key: str, doc: dict[str, Any]) -> dict[str, Any]:
    """The document as this version stores it."""
    if version < 2:
        doc = _private_apart(kind, key, doc)
    return doc


def _private_apart(kind: str, key: str, doc: dict[str, Any]) -> dict[str, Any]:
    moved = {
        _RENAMED.get(name[1:], name[1:]): value
        for name, value in doc.items()
        if name.startswith("_") and name != PRIVATE
    }
    out = {name: value for name, value in doc.items() if not name.startswith("_")}
    if kind == "instance":
        volumes = {}
        for mapping in out.get("BlockDeviceMappings") or ():
            ebs = mapping.get("Ebs") or {}
            if "_size" in ebs:
                size = ebs["_size"]
                volumes[ebs["VolumeId"]] = {
                    "Size": size,
                    "VolumeType": "gp2",
                    "Iops": max(100, 3 * size),
                    "Encrypted": False,
                    "SnapshotId": "",
                }
                mapping["Ebs"] = {k: v for k, v in ebs.items() if k != "_size"}
        moved["volumes"] = volumes
    if kind == "client-token":
        out["ClientToken"] = key
    if kind == "key-pair" and isinstance(out.get("CreateTime"), int | float):
        out["CreateTime"] = format_timestamp(out["CreateTime"])
    if moved:
        out[PRIVATE] = moved
    return out
