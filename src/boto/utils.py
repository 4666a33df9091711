"""boto 2's `boto.utils`: the helpers for code running on an EC2 instance."""

from __future__ import annotations
