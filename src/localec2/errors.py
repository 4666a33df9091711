"""EC2 errors as actions raise them; the protocol layer renders them as EC2's error XML."""

from __future__ import annotations


class EC2Error(Exception):
    """An error EC2 would answer with: its code, message and HTTP status."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


def missing_parameter(name: str) -> EC2Error:
    return EC2Error("MissingParameter", f"The request must contain the parameter {name}")


def invalid_parameter_value(message: str) -> EC2Error:
    return EC2Error("InvalidParameterValue", message)


def invalid_parameter_combination(message: str) -> EC2Error:
    return EC2Error("InvalidParameterCombination", message)


def not_found(code: str, message: str) -> EC2Error:
    """A `<Resource>.NotFound` error (`InvalidInstanceID.NotFound`, ...)."""
    return EC2Error(code, message)


def malformed(code: str, value: str, what: str) -> EC2Error:
    """A `<Resource>.Malformed` error: `Invalid id: "x" (expecting "i-...")`."""
    return EC2Error(code, f'Invalid id: "{value}"{what}')


def dry_run_operation() -> EC2Error:
    return EC2Error(
        "DryRunOperation", "Request would have succeeded, but DryRun flag is set.", status=412
    )
