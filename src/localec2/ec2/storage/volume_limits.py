"""What each EBS volume type allows: its sizes, its provisioned IOPS and its throughput."""

from __future__ import annotations

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value

# Size limits in GiB per volume type, as the EC2 API reference gives them.
SIZE_LIMITS = {
    "gp2": (1, 16384),
    "gp3": (1, 16384),
    "io1": (4, 16384),
    "io2": (4, 16384),
    "st1": (125, 16384),
    "sc1": (125, 16384),
    "standard": (1, 1024),
}
IOPS_LIMITS = {"gp3": (3000, 16000), "io1": (100, 64000), "io2": (100, 256000)}
DEFAULT_THROUGHPUT = 125  # MiB/s, a gp3 volume's unless it asks for more


def check_size(volume_type: str, size: int) -> None:
    low, high = SIZE_LIMITS[volume_type]
    if size < low:
        raise invalid_parameter_value(
            f"Volume of size {size}GiB is too small; minimum is {low}GiB."
        )
    if size > high:
        raise invalid_parameter_value(f"Volume of {size}GiB is too large; maximum is {high}GiB.")


def provisioned_iops(volume_type: str, iops: int | None, size: int) -> int | None:
    """The volume's provisioned IOPS: required for io1/io2, optional for gp3, refused else
    (a gp2 volume has its baseline, 3 per GiB, at least 100)."""
    if volume_type not in IOPS_LIMITS:
        if iops is not None:
            raise invalid_parameter_combination(
                f"The parameter iops is not supported for {volume_type} volumes."
            )
        return max(100, 3 * size) if volume_type == "gp2" else None
    if iops is None:
        if volume_type != "gp3":
            raise errors.MissingParameter(
                f"The request must contain the parameter iops for {volume_type} volumes",
            )
        return 3000
    low, high = IOPS_LIMITS[volume_type]
    if not low <= iops <= high:
        raise invalid_parameter_value(
            f"Volume iops of {iops} is invalid for {volume_type}; must be between {low} and {high}."
        )
    return iops


def check_throughput(volume_type: str, throughput: int | None) -> None:
    """Only gp3 volumes take a throughput."""
    if throughput is not None and volume_type != "gp3":
        raise invalid_parameter_combination(
            f"The parameter throughput is not supported for {volume_type} volumes."
        )
