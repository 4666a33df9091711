"""When to retry a request, and how long to wait first (exponential backoff, full jitter)."""

from __future__ import annotations

DEFAULT_NUM_RETRIES = 5
BASE_DELAY_SECONDS = 0.05
MAX_DELAY_SECONDS = 20.0

THROTTLING_CODES = frozenset(
    {"RequestLimitExceeded", "Throttling", "ThrottlingException", "RequestThrottled"}
)


def is_retryable_status(status: int, error_code: str | None) -> bool:
    """5xx and throttling are transient; every other 4xx is the caller's to fix."""
    return status >= 500 or error_code in THROTTLING_CODES


def retryable_exceptions() -> tuple[type[BaseException], ...]:
    """Connection resets and refusals (e.g. a keep-alive connection the server closed),
    timeouts and truncated responses. Certificate failures are not retried."""
    import http.client

    return (ConnectionError, TimeoutError, http.client.HTTPException)


def backoff_delay(attempt: int) -> float:
    """Seconds to sleep before retry number `attempt` (0-based): uniform in
    [0, min(cap, base * 2**attempt)]."""
    import random

    return random.uniform(0, min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * (2**attempt)))
