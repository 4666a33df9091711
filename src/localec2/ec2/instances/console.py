"""GetConsoleScreenshot and GetInstanceUefiData: what an instance's console and firmware show.

A screenshot is a JPEG of the instance's screen, as EC2 gives it (base64): here a blank
console, `data/console_screenshot.jpg` (320x240, greyscale, baseline), for a running
instance. reconstructed: the refusal of one that is not running, as EC2 takes screenshots of
running instances only.

UEFI data is the instance's non-volatile UEFI variable store (base64). An instance not booted
in UEFI mode has none: EC2 answers without `UefiData`; a UEFI instance answers the store its
image was registered with (`RegisterImage` `UefiData`), while the image is still known.
"""

from __future__ import annotations

import base64
from functools import cache
from importlib import resources

from ... import errors
from ..context import Context
from ..images.lookup import lookup_image
from ..kinds import private
from .lookup import get_instance
from .states import name_of


@cache
def _screenshot() -> str:
    image = resources.files("localec2.data").joinpath("console_screenshot.jpg").read_bytes()
    return base64.b64encode(image).decode()


def console_screenshot(ctx: Context, instance_id: str) -> str:
    """The base64 JPEG of the running instance's screen."""
    doc = get_instance(ctx, instance_id)
    if name_of(doc) != "running":
        raise errors.IncorrectInstanceState(
            f"The instance '{doc['InstanceId']}' is not in the 'running' state.",
        )
    return _screenshot()


def uefi_data(ctx: Context, instance_id: str) -> str | None:
    """The instance's UEFI variable store (None: it has none)."""
    doc = get_instance(ctx, instance_id)
    if doc.get("CurrentInstanceBootMode") != "uefi":
        return None
    image = lookup_image(ctx.tx, doc["ImageId"])
    stored: str | None = private(image).get("uefi_data") if image is not None else None
    return stored
