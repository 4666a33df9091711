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
# The most IOPS per GiB (gp3 has its 3,000 baseline at any size).
IOPS_PER_GIB = {"gp3": 500, "io1": 50, "io2": 1000}
DEFAULT_THROUGHPUT = 125  # MiB/s, a gp3 volume's unless it asks for more
THROUGHPUT_LIMITS = (125, 1000)  # MiB/s, gp3's
THROUGHPUT_PER_IOPS = 0.25  # MiB/s, the most a gp3 volume's IOPS carry
MULTI_ATTACH_TYPES = ("io1", "io2")


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
    most = IOPS_PER_GIB[volume_type]
    if iops > low and iops / size > most:
        raise invalid_parameter_value(
            f"Iops to volume size ratio of {iops / size:f} is too high; maximum is {most:f}"
        )
    return iops


def throughput_of(volume_type: str, throughput: int | None, iops: int | None) -> int | None:
    """The volume's throughput: only gp3 volumes take one (125 MiB/s unless given), within
    gp3's range and at most 0.25 MiB/s per provisioned IOPS."""
    if volume_type != "gp3":
        if throughput is not None:
            raise invalid_parameter_combination(
                f"The parameter throughput is not supported for {volume_type} volumes."
            )
        return None
    throughput = throughput or DEFAULT_THROUGHPUT
    low, high = THROUGHPUT_LIMITS
    if not low <= throughput <= high:
        # reconstructed: the wording, after EC2's for IOPS
        raise invalid_parameter_value(
            f"Volume throughput of {throughput} is invalid for gp3; "
            f"must be between {low} and {high}."
        )
    if iops and throughput / iops > THROUGHPUT_PER_IOPS:
        raise invalid_parameter_value(
            f"Throughput (MiBps) to iops ratio of {throughput / iops:f} is too high; "
            f"maximum is {THROUGHPUT_PER_IOPS:f} MiBps per iops."
        )
    return throughput


def check_multi_attach(volume_type: str, enabled: bool) -> None:
    """Multi-Attach is for Provisioned IOPS SSD volumes only."""
    if enabled and volume_type not in MULTI_ATTACH_TYPES:
        # reconstructed: the wording, as EC2 refuses iops and throughput on other types
        raise invalid_parameter_combination(
            f"The parameter multiAttachEnabled is not supported for {volume_type} volumes."
        )
