"""The HTTP shell the connectors share: one pooled ``httpx.AsyncClient`` per provider.

It sends one JSON request, bounds it by a total timeout, and turns every transport failure
into a ``ProviderError``. Protocol specifics (paths, headers, bodies, error shapes) stay in
the connectors. The default transport pools connections with aiohttp (see
``aiohttp_transport.py`` for why); tests pass ``httpx.MockTransport``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from .aiohttp_transport import AiohttpTransport
from .errors import (
    InvalidResponseBody,
    ProviderConnectError,
    ProviderConnectionReset,
    ProviderError,
    ProviderTimeout,
    ProviderTransportError,
    status_error,
)
from .retry_after import parse_retry_after

# From an error body: (human message, the provider's own error type/code).
ErrorDetail = Callable[[Any], tuple[str | None, str | None]]


@dataclass(frozen=True, slots=True)
class JsonAnswer:
    body: Any
    latency_ms: float


# OpenAI documents X-Client-Request-Id (ASCII, at most 512 characters) for tracing a call.
CLIENT_REQUEST_ID_HEADER = "x-client-request-id"


def client_request_id_header(request_id: str | None) -> dict[str, str]:
    """The tracing header for ``request_id``, or none when it is not a valid header value."""
    if not request_id or len(request_id) > 512:
        return {}
    if not all(" " <= char <= "~" for char in request_id):
        return {}
    return {CLIENT_REQUEST_ID_HEADER: request_id}


def transport_error(error: httpx.TransportError) -> ProviderError:
    """The ``ProviderError`` that names what went wrong below HTTP."""
    message = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return ProviderTimeout(message)
    if isinstance(error, httpx.ConnectError):
        return ProviderConnectError(message)
    if isinstance(error, (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)):
        return ProviderConnectionReset(message)
    if isinstance(error, httpx.CloseError):
        return ProviderConnectionReset(message)
    return ProviderTransportError(message)


class JsonHttpClient:
    def __init__(
        self,
        base_url: str,
        headers: dict[str, str],
        error_detail: ErrorDetail,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers=headers,
            transport=transport or AiohttpTransport(),
            follow_redirects=False,
        )
        self._error_detail = error_detail

    async def post(
        self,
        path: str,
        body: dict[str, Any],
        timeout_s: float,
        extra_headers: dict[str, str] | None = None,
    ) -> JsonAnswer:
        """POST ``body``; return the decoded 2xx body or raise ``ProviderError``."""
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"content-type": "application/json", **(extra_headers or {})}
        started = time.perf_counter()
        try:
            async with asyncio.timeout(timeout_s):
                response = await self._client.post(
                    path, content=content, headers=headers, timeout=httpx.Timeout(timeout_s)
                )
        except TimeoutError:
            raise ProviderTimeout(f"no complete answer within {timeout_s:.3f}s") from None
        except httpx.TransportError as error:
            raise transport_error(error) from error
        latency_ms = (time.perf_counter() - started) * 1000.0
        if not response.is_success:
            raise self._status_error(response)
        try:
            decoded = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InvalidResponseBody(
                f"{response.status_code} answer is not JSON: {error}",
                status_code=response.status_code,
            ) from None
        return JsonAnswer(body=decoded, latency_ms=latency_ms)

    def _status_error(self, response: httpx.Response) -> ProviderError:
        try:
            message, code = self._error_detail(response.json())
        except (json.JSONDecodeError, UnicodeDecodeError, TypeError, KeyError, AttributeError):
            message, code = None, None
        text = message or response.text[:200] or response.reason_phrase
        return status_error(
            response.status_code,
            f"{response.status_code} {text}",
            retry_after_s=parse_retry_after(response.headers, time.time()),
            provider_code=code,
        )

    async def aclose(self) -> None:
        await self._client.aclose()
