"""One exception hierarchy for every way a provider call can fail.

Each error carries a machine-readable ``error_type`` (``http_429``, ``timeout``,
``connection_reset``...) that telemetry records as is, whether a retry may help, and the
wait the provider asked for, if any.
"""

from __future__ import annotations

# 408 and 409 are transient by nature (the official OpenAI and Anthropic SDKs retry them);
# 429 and every 5xx (including Anthropic's 529 "overloaded") are capacity problems.
RETRYABLE_STATUS_CODES = frozenset({408, 409, 429})


def is_retryable_status(status_code: int) -> bool:
    return status_code in RETRYABLE_STATUS_CODES or status_code >= 500


class ProviderError(Exception):
    """Base of every provider failure."""

    error_type: str = "provider_error"
    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.retry_after_s = retry_after_s

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(error_type={self.error_type!r}, "
            f"status_code={self.status_code!r}, message={self.message!r})"
        )


class ProviderStatusError(ProviderError):
    """The provider answered with a non-2xx status; ``error_type`` is ``http_<status>``."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        retry_after_s: float | None = None,
        provider_code: str | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, retry_after_s=retry_after_s)
        self.error_type = f"http_{status_code}"
        self.retryable = is_retryable_status(status_code)
        # The provider's own error type or code ("rate_limit_error", "invalid_api_key"...).
        self.provider_code = provider_code


class RateLimitedError(ProviderStatusError):
    """429: the provider's rate limit; ``retry_after_s`` says when to come back, if known."""


class ServerError(ProviderStatusError):
    """5xx (including 529 overloaded)."""


class ClientRequestError(ProviderStatusError):
    """Other 4xx: the request itself is at fault (bad parameters, key, model...)."""


class ProviderTimeout(ProviderError):
    error_type = "timeout"
    retryable = True


class ProviderConnectError(ProviderError):
    """The connection could not be opened (refused, DNS, TLS)."""

    error_type = "connect_error"
    retryable = True


class ProviderConnectionReset(ProviderError):
    """The connection broke before a complete answer arrived."""

    error_type = "connection_reset"
    retryable = True


class InvalidResponseBody(ProviderError):
    """A 2xx answer whose body is not JSON or lacks what the protocol promises."""

    error_type = "invalid_body"
    retryable = False


class ProviderTransportError(ProviderError):
    """Any other transport failure (unsupported scheme, proxy misconfiguration...)."""

    error_type = "transport_error"
    retryable = False


def status_error(
    status_code: int,
    message: str,
    *,
    retry_after_s: float | None = None,
    provider_code: str | None = None,
) -> ProviderStatusError:
    """The ``ProviderStatusError`` subclass that names what a status code means."""
    kind: type[ProviderStatusError]
    if status_code == 429:
        kind = RateLimitedError
    elif status_code >= 500:
        kind = ServerError
    else:
        kind = ClientRequestError
    return kind(
        message,
        status_code=status_code,
        retry_after_s=retry_after_s,
        provider_code=provider_code,
    )
